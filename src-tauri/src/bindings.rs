//! The TypeScript types of everything that crosses IPC, generated from the Rust types into one
//! committed file, `ui/src/lib/bindings.ts`. This test fails when that file is stale;
//! `UPDATE_BINDINGS=1 cargo test -p comptoir bindings` rewrites it.

use std::path::PathBuf;

use ts_rs::{Config, TS};

fn generate() -> String {
    // Ids are i64 in Rust but JSON numbers on the wire: small enough for a JS number.
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit.\n\
         // Regenerate: UPDATE_BINDINGS=1 cargo test -p comptoir bindings\n",
    );
    macro_rules! decls {
        ($($t:ty),* $(,)?) => {
            $( out.push_str(&format!("\nexport {}\n", <$t as TS>::decl(&cfg))); )*
        };
    }
    comptoir_core::for_each_ipc_type!(decls);
    comptoir_store::for_each_store_ipc_type!(decls);
    crate::for_each_view_type!(decls);
    comptoir_sync::for_each_sync_ipc_type!(decls);
    decls!(
        crate::provider_commands::ProviderStatus,
        crate::provider_commands::Connected
    );
    comptoir_capture::for_each_capture_ipc_type!(decls);
    comptoir_core::for_each_security_ipc_type!(decls);
    out
}

#[test]
fn bindings_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts");
    let fresh = generate();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p comptoir bindings` and commit it",
        path.display()
    );
}
