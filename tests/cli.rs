//! The command-line mode of the real `comptoir` binary: no window (no display is set), exit
//! codes for scripts, help in the environment's language, and printing through the system's
//! `lp` (a stand-in first on PATH keeps what it is given; poppler reads it back).

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use comptoir_core::FixedClock;
use comptoir_store::Store;

fn comptoir(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_comptoir"));
    cmd.args(args)
        // No window may be opened: without a display one could not be.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("COMPTOIR_NOW", "2026-11-27T09:00:00Z");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn help_in_the_environments_language_without_a_window() {
    let out = comptoir(&["--help"], &[("LANGUAGE", "de_CH")]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Verwendung:"), "{text}");
    assert!(text.contains("Exit-Codes"), "{text}");
    let out = comptoir(&["invoices", "list", "--help"], &[("LANG", "it_CH.UTF-8")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Elenca i documenti"), "{text}");
    let out = comptoir(&["--version"], &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_as_a_command_in_the_first_language_of_the_list_the_catalogue_has() {
    // `help invoices list` is `invoices list --help`; Portuguese is not in the catalogue, French is.
    let out = comptoir(&["help", "invoices", "list"], &[("LANGUAGE", "pt:fr")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Utilisation:"), "{text}");
    assert!(text.contains("--json"), "{text}");
    // No action: the localized help of `invoices` on standard error, exit 2.
    let out = comptoir(&["invoices"], &[("LANGUAGE", "it")]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("Scelga un comando"), "{text}");
    assert!(!text.contains("requires a subcommand"), "{text}");
}

#[test]
fn print_sends_each_matching_vault_copy_to_lp_and_exit_codes_say_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite3");
    let s = Store::open(
        &ws,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let actor = s.signed_in_user().unwrap();
    let unpaid: Vec<String> = s
        .invoices_as(actor, None)
        .unwrap()
        .into_iter()
        .filter(|i| {
            matches!(
                i.status,
                comptoir_core::billing::InvoiceStatus::Unpaid
                    | comptoir_core::billing::InvoiceStatus::Overdue
            )
        })
        .map(|i| i.number)
        .collect();
    drop(s);
    assert!(!unpaid.is_empty());
    // A stand-in for CUPS' `lp`: it copies each file it is given into `printed/`.
    let bin = dir.path().join("bin");
    let printed = dir.path().join("printed");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(&printed).unwrap();
    let lp = bin.join("lp");
    std::fs::write(
        &lp,
        format!("#!/bin/sh\ncp \"$1\" '{}/'\n", printed.display()),
    )
    .unwrap();
    std::fs::set_permissions(&lp, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let ws_arg = ws.to_str().unwrap();
    let out = comptoir(
        &[
            "invoices",
            "print",
            "--workspace",
            ws_arg,
            "--status",
            "unpaid",
        ],
        &[("PATH", &path), ("LANGUAGE", "fr")],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!(
            "{} documents envoyés à l’imprimante",
            unpaid.len()
        )),
        "{stdout}"
    );
    for number in &unpaid {
        let text = pdf_text(&printed.join(format!("{number}.pdf")));
        assert!(text.contains(number.as_str()), "{number}: {text}");
    }
    // A refusing printer: exit 1, the document named.
    std::fs::write(&lp, "#!/bin/sh\necho 'lp: printer on fire' >&2\nexit 1\n").unwrap();
    let out = comptoir(
        &[
            "invoices",
            "print",
            "--workspace",
            ws_arg,
            "--status",
            "unpaid",
        ],
        &[("PATH", &path)],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&unpaid[0]) && stderr.contains("printer on fire"),
        "{stderr}"
    );
    // Nothing matches: exit 4. A missing workspace: exit 3, and no file is made.
    let out = comptoir(
        &[
            "invoices",
            "print",
            "--workspace",
            ws_arg,
            "--from",
            "2099-01-01",
        ],
        &[("PATH", &path)],
    );
    assert_eq!(out.status.code(), Some(4));
    let missing = dir.path().join("missing.sqlite3");
    let out = comptoir(
        &["invoices", "list", "--workspace", missing.to_str().unwrap()],
        &[],
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(!missing.exists());
    // A wrong command line: exit 2.
    let out = comptoir(&["invoices", "frobnicate"], &[]);
    assert_eq!(out.status.code(), Some(2));
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(
        out.status.success(),
        "{} is not a readable PDF",
        path.display()
    );
    String::from_utf8(out.stdout).unwrap()
}
