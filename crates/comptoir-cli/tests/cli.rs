//! The command-line mode on real workspace files: what it lists equals what the engine holds,
//! exported PDFs read back with poppler's `pdftotext`, bad input is refused without a byte
//! written, and every text is in the reader's language.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_cli::exit;
use comptoir_core::billing::{InvoiceKind, InvoiceStatus};
use comptoir_core::{Clock, FixedClock};
use comptoir_store::Store;

const ACTOR: i64 = comptoir_store::seed::SIGNED_IN_USER;

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap())
}

/// A demo workspace (the engine seeds it) in its own folder.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    drop(Store::open(&path, clock()).unwrap());
    (dir, path)
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn run(language: &str, args: &[&str]) -> Run {
    let mut argv: Vec<OsString> = vec!["comptoir".into()];
    argv.extend(args.iter().map(OsString::from));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = comptoir_cli::run(argv, language, clock(), &mut out, &mut err);
    Run {
        code,
        out: String::from_utf8(out).unwrap(),
        err: String::from_utf8(err).unwrap(),
    }
}

fn ws(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(out.stdout).unwrap()
}

fn sha(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn list_as_json_is_what_the_engine_lets_the_signed_in_user_read() {
    let (_d, path) = workspace();
    let s = Store::open(&path, clock()).unwrap();
    let expected = s.invoices_as(ACTOR, None).unwrap();
    assert!(expected.len() > 3, "the demo has documents");
    let r = run(
        "en",
        &["invoices", "list", "--workspace", ws(&path), "--json"],
    );
    assert_eq!(r.code, exit::OK, "{}", r.err);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.out).unwrap();
    assert_eq!(rows.len(), expected.len());
    for inv in &expected {
        let row = rows
            .iter()
            .find(|r| r["number"] == inv.number.as_str())
            .unwrap_or_else(|| panic!("{} missing", inv.number));
        assert_eq!(row["total"], inv.total.amount.round_dp(2).to_string());
        assert_eq!(row["currency"], inv.total.currency.code());
        assert_eq!(row["issued_on"], inv.issued_on.to_string());
    }
}

#[test]
fn filters_by_status_kind_dates_and_organization() {
    let (_d, path) = workspace();
    let s = Store::open(&path, clock()).unwrap();
    let all = s.invoices_as(ACTOR, None).unwrap();
    let numbers = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["invoices", "list", "--workspace", ws(&path), "--json"];
        a.extend_from_slice(args);
        let r = run("en", &a);
        assert_eq!(r.code, exit::OK, "{args:?}: {}", r.err);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&r.out).unwrap();
        let mut n: Vec<String> = rows
            .iter()
            .map(|r| r["number"].as_str().unwrap().to_owned())
            .collect();
        n.sort();
        n
    };
    let expect = |keep: &dyn Fn(&comptoir_core::billing::Invoice) -> bool| -> Vec<String> {
        let mut n: Vec<String> = all
            .iter()
            .filter(|i| keep(i))
            .map(|i| i.number.clone())
            .collect();
        n.sort();
        n
    };
    // Unpaid includes overdue: both are still to be paid.
    let unpaid = expect(&|i| matches!(i.status, InvoiceStatus::Unpaid | InvoiceStatus::Overdue));
    assert!(!unpaid.is_empty());
    assert_eq!(numbers(&["--status", "unpaid"]), unpaid);
    assert_eq!(
        numbers(&["--status", "paid"]),
        expect(&|i| i.status == InvoiceStatus::Paid)
    );
    assert_eq!(
        numbers(&["--kind", "credit-note"]),
        expect(&|i| i.kind == InvoiceKind::CreditNote)
    );
    // A date window, both ends included.
    let mut days: Vec<_> = all.iter().map(|i| i.issued_on).collect();
    days.sort();
    let (from, to) = (days[1], days[days.len() - 2]);
    assert_eq!(
        numbers(&["--from", &from.to_string(), "--to", &to.to_string()]),
        expect(&|i| i.issued_on >= from && i.issued_on <= to)
    );
    // An organization by its number or its name, in any case.
    let org = s.organizations().unwrap().remove(0);
    let of_org = expect(&|i| i.organization_id == org.id);
    assert_eq!(numbers(&["--org", &org.id.to_string()]), of_org);
    assert_eq!(numbers(&["--org", &org.name.to_uppercase()]), of_org);
}

#[test]
fn the_table_speaks_the_readers_language_with_amounts_right_aligned() {
    let (_d, path) = workspace();
    let r = run(
        "es",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--status",
            "paid",
        ],
    );
    assert_eq!(r.code, exit::OK, "{}", r.err);
    let lines: Vec<&str> = r.out.lines().collect();
    assert!(lines[0].starts_with("Número"), "{}", lines[0]);
    assert!(lines[0].contains("Organización") && lines[0].contains("Estado"));
    assert!(lines[1..].iter().all(|l| l.contains("Pagada")), "{}", r.out);
    assert!(!r.out.contains("Paid"), "{}", r.out);
    // Spanish amounts: "1.205,60 CHF"; each total ends at the same column.
    let ends: Vec<usize> = lines[1..]
        .iter()
        .map(|l| {
            // The amount's own space is a no-break space.
            let at = l.find("\u{a0}CHF").or_else(|| l.find("\u{a0}EUR")).unwrap();
            l[..at].chars().count()
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "{}", r.out);
    assert!(r.err.contains("documentos"), "{}", r.err);
}

#[test]
fn export_writes_readable_pdfs_and_never_replaces_without_being_told() {
    let (dir, path) = workspace();
    let out = dir.path().join("out");
    let s = Store::open(&path, clock()).unwrap();
    let unpaid: Vec<_> = s
        .invoices_as(ACTOR, None)
        .unwrap()
        .into_iter()
        .filter(|i| matches!(i.status, InvoiceStatus::Unpaid | InvoiceStatus::Overdue))
        .collect();
    let args = [
        "invoices",
        "export",
        "--workspace",
        ws(&path),
        "--status",
        "unpaid",
        "--out",
        out.to_str().unwrap(),
    ];
    let r = run("en", &args);
    assert_eq!(r.code, exit::OK, "{}", r.err);
    assert!(
        r.out.contains(&format!("{} PDFs written", unpaid.len())),
        "{}",
        r.out
    );
    for inv in &unpaid {
        let pdf = out.join(format!("{}.pdf", inv.number));
        let text = pdf_text(&pdf);
        assert!(text.contains(&inv.number), "{}: {text}", inv.number);
    }
    // Again: the files are there, nothing is written and the exit code says why.
    let first = out.join(format!("{}.pdf", unpaid[0].number));
    std::fs::write(&first, b"the user's own file").unwrap();
    let r = run("fr", &args);
    assert_eq!(r.code, exit::FILES_EXIST, "{}", r.err);
    assert!(r.err.contains("Rien n’a été écrit"), "{}", r.err);
    assert_eq!(sha(&first), b"the user's own file");
    // Keep both: "(2)" beside the user's file; replace: the user's file becomes the PDF.
    let mut keep = args.to_vec();
    keep.push("--keep-both");
    assert_eq!(run("en", &keep).code, exit::OK);
    assert_eq!(sha(&first), b"the user's own file");
    let beside = out.join(format!("{} (2).pdf", unpaid[0].number));
    assert!(pdf_text(&beside).contains(&unpaid[0].number));
    let mut replace = args.to_vec();
    replace.push("--replace");
    assert_eq!(run("en", &replace).code, exit::OK);
    assert!(pdf_text(&first).contains(&unpaid[0].number));
    // Both at once is a usage error.
    let mut both = replace.clone();
    both.push("--keep-both");
    let r = run("de", &both);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("kann nicht mit"), "{}", r.err);
}

#[test]
fn a_missing_or_foreign_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.sqlite3");
    let r = run("en", &["invoices", "list", "--workspace", ws(&missing)]);
    assert_eq!(r.code, exit::WORKSPACE);
    assert!(r.err.contains("nothing was created"), "{}", r.err);
    assert!(!missing.exists(), "no demo is seeded by the command line");

    let foreign = dir.path().join("other.sqlite3");
    {
        let c = rusqlite_free_sqlite(&foreign);
        assert!(c);
    }
    let before = sha(&foreign);
    let r = run("it", &["invoices", "list", "--workspace", ws(&foreign)]);
    assert_eq!(r.code, exit::WORKSPACE, "{}", r.err);
    assert!(r.err.contains("un altro programma"), "{}", r.err);
    assert_eq!(sha(&foreign), before);
    assert!(!dir.path().join("other.sqlite3-wal").exists());

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let r = run(
        "en",
        &["invoices", "export", "--workspace", ws(&text), "--out", "x"],
    );
    assert_eq!(r.code, exit::WORKSPACE);
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "not a database");
    assert!(!Path::new("x").exists());
}

/// Another program's SQLite file.
fn rusqlite_free_sqlite(path: &Path) -> bool {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('rösti');")
        .is_ok()
}

#[test]
fn bad_dates_unknown_organizations_and_options_are_said_in_the_readers_language() {
    let (_d, path) = workspace();
    let r = run(
        "es",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--from",
            "27.11.2026",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("«27.11.2026» no es una fecha"), "{}", r.err);
    let r = run(
        "en",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--from",
            "2026-12-01",
            "--to",
            "2026-01-01",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("is after"), "{}", r.err);
    let r = run(
        "fr",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--org",
            "Nobody SA",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("« Nobody SA »"), "{}", r.err);
    let r = run(
        "de",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--status",
            "late",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(
        r.err.contains("«late» ist keiner dieser Werte"),
        "{}",
        r.err
    );
    let r = run("it", &["invoices", "list", "--colour"]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("Opzione sconosciuta: --colour"), "{}", r.err);
    let r = run("en", &["invoices", "list"]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("Missing: --workspace"), "{}", r.err);
}

#[test]
fn a_user_outside_an_organization_is_refused_its_documents() {
    let (_d, path) = workspace();
    let s = Store::open(&path, clock()).unwrap();
    let orgs = s.organizations().unwrap();
    // Someone who belongs to one organization and not to another.
    let (user, other) = orgs
        .iter()
        .flat_map(|o| {
            s.members(o.id)
                .unwrap()
                .into_iter()
                .map(move |m| (m.user_id, o.id))
        })
        .find_map(|(user, _)| {
            orgs.iter()
                .find(|o| s.members(o.id).unwrap().iter().all(|m| m.user_id != user))
                .map(|o| (user, o.id))
        })
        .expect("the demo has a user outside one organization");
    s.set_signed_in_user(user).unwrap();
    drop(s);
    let r = run(
        "en",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--org",
            &other.to_string(),
        ],
    );
    assert_eq!(r.code, exit::REFUSED, "{} {}", r.out, r.err);
    assert!(r.err.contains("is not a member"), "{}", r.err);
    // Without --org: only the organizations the user belongs to.
    let r = run(
        "en",
        &["invoices", "list", "--workspace", ws(&path), "--json"],
    );
    assert_eq!(r.code, exit::OK);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.out).unwrap();
    assert!(rows.iter().all(|r| r["organization_id"] != other));
}

#[test]
fn help_is_in_the_readers_language() {
    for (lang, usage, options, workspace_help) in [
        ("en", "Usage:", "Options:", "The workspace file"),
        (
            "es",
            "Uso:",
            "Opciones:",
            "El archivo del espacio de trabajo",
        ),
        (
            "fr",
            "Utilisation:",
            "Options:",
            "Le fichier de l’espace de travail",
        ),
        (
            "de",
            "Verwendung:",
            "Optionen:",
            "Die Datei des Arbeitsbereichs",
        ),
        ("it", "Uso:", "Opzioni:", "Il file dello spazio di lavoro"),
    ] {
        let r = run(lang, &["invoices", "export", "--help"]);
        assert_eq!(r.code, exit::OK, "{lang}: {}", r.err);
        assert!(r.out.contains(usage), "{lang}:\n{}", r.out);
        assert!(r.out.contains(options), "{lang}:\n{}", r.out);
        assert!(r.out.contains(workspace_help), "{lang}:\n{}", r.out);
        assert!(r.out.contains("--keep-both"), "{lang}:\n{}", r.out);
        if lang != "en" {
            for english in ["Usage:", "Print help", "The workspace file"] {
                assert!(!r.out.contains(english), "{lang}: {english}\n{}", r.out);
            }
        }
        let top = run(lang, &["--help"]);
        assert_eq!(top.code, exit::OK);
        assert!(top.out.contains("invoices"), "{lang}:\n{}", top.out);
        assert!(top.out.contains(" 5 "), "exit codes listed:\n{}", top.out);
        if lang == "es" || lang == "de" || lang == "it" {
            assert!(!r.out.contains("[OPTIONS]"), "{lang}:\n{}", r.out);
        }
    }
}

#[test]
fn the_language_comes_from_the_environment_as_gettext_reads_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LANGUAGE", "de_CH:fr"), ("LANG", "it_CH.UTF-8")])),
        "de_CH"
    );
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LANG", "fr_CH.UTF-8")])),
        "fr_CH.UTF-8"
    );
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LC_ALL", "C")])),
        "en"
    );
    assert_eq!(comptoir_cli::language_from_env(env(&[])), "en");
    // The first language of the list that the catalogue has, as gettext takes it.
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LANGUAGE", "pt:fr")])),
        "fr"
    );
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LANGUAGE", "pt_BR:de_CH:it")])),
        "de_CH"
    );
    // None of them: the first, which the catalogue answers in English.
    assert_eq!(
        comptoir_cli::language_from_env(env(&[("LANGUAGE", "pt:ja")])),
        "pt"
    );
}

#[test]
fn only_the_command_words_start_the_command_line() {
    let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
    assert!(comptoir_cli::is_cli(&args(&[
        "comptoir", "invoices", "list"
    ])));
    assert!(comptoir_cli::is_cli(&args(&["comptoir", "--help"])));
    assert!(comptoir_cli::is_cli(&args(&["comptoir", "help"])));
    assert!(!comptoir_cli::is_cli(&args(&["comptoir"])));
    assert!(!comptoir_cli::is_cli(&args(&[
        "comptoir",
        "--workspace",
        "x.sqlite3"
    ])));
}

/// No English engine or OS text in a non-English reader's line.
fn no_english(r: &Run) {
    for english in [
        "changed on disk",
        "SHA-256 differs",
        "os error",
        "File exists",
        "Permission denied",
        "No such file",
        "cannot",
        "CREATE",
        "already exists",
    ] {
        assert!(!r.err.contains(english), "{english}:\n{}", r.err);
    }
}

#[test]
fn failed_documents_and_folders_are_said_in_the_readers_language() {
    let (dir, path) = workspace();
    let out = dir.path().join("out");
    let export = |lang: &str, folder: &Path| {
        run(
            lang,
            &[
                "invoices",
                "export",
                "--workspace",
                ws(&path),
                "--status",
                "paid",
                "--out",
                folder.to_str().unwrap(),
                "--replace",
            ],
        )
    };
    assert_eq!(export("en", &out).code, exit::OK);
    let s = Store::open(&path, clock()).unwrap();
    let first = s
        .invoices_as(ACTOR, None)
        .unwrap()
        .into_iter()
        .find(|i| i.status == InvoiceStatus::Paid)
        .unwrap();
    let vault = s.vault_dir().join(format!("{}.pdf", first.number));
    drop(s);
    // A tampered vault copy.
    let mut bytes = std::fs::read(&vault).unwrap();
    bytes.extend_from_slice(b"% tampered");
    std::fs::write(&vault, &bytes).unwrap();
    let r = export("de", &out);
    assert_eq!(r.code, exit::SOME_FAILED, "{}", r.err);
    assert!(
        r.err.contains(&format!(
            "{} konnte nicht exportiert werden: seine abgelegte Kopie wurde",
            first.number
        )),
        "{}",
        r.err
    );
    assert!(!r.err.contains("wurde nicht erstellt"), "{}", r.err);
    no_english(&r);
    // A missing vault copy.
    std::fs::remove_file(&vault).unwrap();
    let r = export("es", &out);
    assert_eq!(r.code, exit::SOME_FAILED, "{}", r.err);
    assert!(
        r.err.contains("No se ha podido exportar")
            && r.err.contains("no se puede leer su copia guardada"),
        "{}",
        r.err
    );
    no_english(&r);
    // --out naming a file.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let r = export("fr", &file);
    assert_eq!(r.code, exit::SOME_FAILED, "{}", r.err);
    assert!(
        r.err.contains("ce chemin est un fichier, pas un dossier"),
        "{}",
        r.err
    );
    no_english(&r);
    // A folder nobody may write to, root included (sysfs).
    if Path::new("/sys/kernel").is_dir() {
        let r = export("it", Path::new("/sys"));
        assert_eq!(r.code, exit::SOME_FAILED, "{}", r.err);
        assert!(
            r.err.contains("Impossibile esportare") && r.err.contains("permesso negato"),
            "{}",
            r.err
        );
        no_english(&r);
    }
}

#[test]
fn a_workspace_whose_schema_does_not_migrate_is_said_without_sql() {
    let (_d, path) = workspace();
    {
        // Migrations "not yet applied" whose table is there: 22 creates `product_day_counts`, so
        // it cannot run again (23 only rebuilds indexes, which could).
        let c = rusqlite::Connection::open(&path).unwrap();
        let v: u32 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert!(v >= 23, "schema {v}");
        c.pragma_update(None, "user_version", 21).unwrap();
    }
    let r = run("it", &["invoices", "list", "--workspace", ws(&path)]);
    assert_eq!(r.code, exit::WORKSPACE, "{}", r.err);
    assert!(
        r.err
            .contains("la banca dati dello spazio di lavoro è danneggiata"),
        "{}",
        r.err
    );
    no_english(&r);
}

#[test]
fn usage_mistakes_are_named_in_the_readers_language() {
    let (_d, path) = workspace();
    // No action: the localized help of `invoices`, not clap's English.
    let r = run("de", &["invoices"]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("Wählen Sie einen Befehl"), "{}", r.err);
    assert!(r.err.contains("Verwendung: comptoir invoices"), "{}", r.err);
    assert!(r.err.contains("export"), "{}", r.err);
    for english in ["error:", "Usage:", "requires a subcommand"] {
        assert!(!r.err.contains(english), "{english}:\n{}", r.err);
    }
    // An option given twice.
    let r = run(
        "fr",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--json",
            "--json",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("--json a été donné deux fois"), "{}", r.err);
    let r = run(
        "en",
        &[
            "invoices",
            "list",
            "--workspace",
            ws(&path),
            "--workspace",
            "b",
        ],
    );
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("--workspace was given twice"), "{}", r.err);
    // An empty value.
    let r = run("es", &["invoices", "list", "--workspace", ""]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("--workspace"), "{}", r.err);
    assert!(r.err.contains("el valor está vacío"), "{}", r.err);
    // `help [command…]` is `[command…] --help`.
    let r = run("it", &["help"]);
    assert_eq!(r.code, exit::OK, "{}", r.err);
    assert!(r.out.contains("Codici di uscita"), "{}", r.out);
    let r = run("it", &["help", "invoices", "list"]);
    assert_eq!(r.code, exit::OK, "{}", r.err);
    assert!(r.out.contains("Elenca i documenti"), "{}", r.out);
}

#[test]
fn exit_code_1_does_not_claim_the_others_were_done() {
    for (lang, new, old) in [
        ("en", "(the others, if any, were)", "(the others were)"),
        ("es", "(los demás, si los hay, sí)", "(los demás sí)"),
        (
            "fr",
            "(les autres, s’il y en a, l’ont été)",
            "(les autres l’ont été)",
        ),
        (
            "de",
            "(die anderen, falls vorhanden, schon)",
            "(die anderen schon)",
        ),
        ("it", "(gli altri, se ce ne sono, sì)", "(gli altri sì)"),
    ] {
        let r = run(lang, &["--help"]);
        assert!(r.out.contains(new), "{lang}:\n{}", r.out);
        assert!(!r.out.contains(old), "{lang}:\n{}", r.out);
    }
}
