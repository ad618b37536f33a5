//! The 2FA seed in the REAL OS keyring (Secret Service on Linux): enrol, confirm with a code from
//! the stored seed, remove; the entry is gone after. Runs whenever a session bus is there and a
//! Secret Service answers; otherwise prints why it skipped (as the provider's keyring test).
//! `COMPTOIR_REQUIRE_KEYRING=1` turns a skip into a failure. Headless:
//! `HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
//! --components=secrets; cargo test -p comptoir-store --test security_keyring_os'`

use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use comptoir_core::security::TfaState;
use comptoir_core::FixedClock;
use comptoir_store::security::{totp, OsKeyring, SecretStore};
use comptoir_store::seed::SIGNED_IN_USER;
use comptoir_store::Store;

fn skip_or_fail(why: &str) {
    if std::env::var_os("COMPTOIR_REQUIRE_KEYRING").is_some() {
        panic!("the OS keyring test must run here: {why}");
    }
    println!("SKIPPED os keyring test: {why}");
}

/// Keyring work on a thread with a bound: a Secret Service that wants an unlock prompt (no
/// display) would block for good.
fn bounded<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(Duration::from_secs(20)).ok()
}

#[test]
fn the_seed_round_trips_through_the_os_keyring() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return skip_or_fail("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    }
    match bounded(|| {
        keyring::Entry::store_status()
            .as_ref()
            .map(|_| ())
            .map_err(|e| e.to_string())
    }) {
        None => return skip_or_fail("the Secret Service did not answer in 20 s"),
        Some(Err(e)) => return skip_or_fail(&format!("no Secret Service: {e}")),
        Some(Ok(())) => {}
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let outcome = bounded(move || -> Result<(), String> {
        let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
        let store = Store::open(&path, clock.clone()).map_err(|e| e.to_string())?;
        let me = SIGNED_IN_USER;
        store
            .tfa_begin(me, me, &OsKeyring)
            .map_err(|e| e.to_string())?;
        let entry = store.tfa_seed_entry(me).unwrap();
        // Read straight from the Secret Service, as another process would.
        let b32 = OsKeyring
            .read(&entry)
            .map_err(|e| e.to_string())?
            .ok_or("no entry")?;
        let seed = totp_rs::Secret::Encoded(b32).to_bytes().unwrap();
        let code = totp(seed, 6, "").generate(clock.0.timestamp() as u64);
        store
            .tfa_confirm(me, me, &code, &OsKeyring)
            .map_err(|e| e.to_string())?;
        assert_eq!(store.tfa_status(me, me).unwrap().state, TfaState::Enabled);
        let codes = store.tfa_status(me, me).unwrap().emergency_codes_left;
        assert_eq!(codes, 10);
        Ok(())
    });
    match outcome {
        None => skip_or_fail("the Secret Service stopped answering (locked collection?)"),
        Some(Err(e)) if e.contains("keyring") => skip_or_fail(&format!("refused: {e}")),
        Some(result) => result.unwrap(),
    }
}
