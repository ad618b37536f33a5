//! Support requests on real SQLite files: the draft survives kill -9, who may compose (per
//! role), attachments only from the capture folder or a chosen file, the preview with the
//! person's choices is what the bundle holds, and the history.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_core::support::{AttachmentKind, RequestCategory};
use comptoir_core::{ErrorCode, FixedClock, RuleId};
use comptoir_store::support::{DraftFields, RedactionChange};
use comptoir_store::Store;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap())
}

fn open(path: &Path) -> Store {
    Store::open(path, clock()).unwrap()
}

/// (user, organization) of an active member with `role`.
fn member(path: &Path, role: &str) -> (i64, i64) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.query_row(
        "SELECT user_id, organization_id FROM memberships
         WHERE role = ?1 AND status = 'active' ORDER BY user_id LIMIT 1",
        [role],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn fields(subject: &str, product: Option<i64>) -> DraftFields {
    DraftFields {
        subject: subject.into(),
        category: RequestCategory::Hosting,
        product_id: product,
        description: String::new(),
        error_text: String::new(),
        include_system: true,
    }
}

const CHILD_ENV: &str = "COMPTOIR_SUPPORT_CHILD_WORKSPACE";

/// Run by `the_draft_survives_kill_9` in a child process: saves a draft, says so, then waits
/// to be killed. Does nothing in a normal test run.
#[test]
fn child_saves_a_draft_and_waits() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = open(Path::new(&path));
    let (user, _) = member(Path::new(&path), "legal_representative");
    let draft = store.support_draft(user).unwrap();
    let mut f = fields("Mailbox full after migration", None);
    f.description = "Typed just before the crash".into();
    store.save_support_draft(user, draft.id, &f).unwrap();
    // Tell the parent through a file (the test harness may capture stdout).
    std::fs::write(format!("{path}.saved"), draft.id.to_string()).unwrap();
    // Keep the connection open, as the app does, until SIGKILL.
    std::thread::sleep(std::time::Duration::from_secs(120));
    panic!("not killed");
}

#[test]
fn the_draft_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    drop(open(&path));
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_saves_a_draft_and_waits",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &path)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let marker = PathBuf::from(format!("{}.saved", path.display()));
    let started = std::time::Instant::now();
    let draft_id: i64 = loop {
        if let Ok(id) = std::fs::read_to_string(&marker) {
            if let Ok(id) = id.parse() {
                break id;
            }
        }
        assert!(started.elapsed().as_secs() < 60, "the child never saved");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no checkpoint.
    let status = child.wait().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9));
    }

    let store = open(&path);
    let (user, _) = member(&path, "legal_representative");
    let draft = store.support_draft(user).unwrap();
    assert_eq!(draft.id, draft_id);
    assert_eq!(draft.subject, "Mailbox full after migration");
    assert_eq!(draft.description, "Typed just before the crash");
    assert_eq!(draft.category, RequestCategory::Hosting);
}

#[test]
fn who_may_compose_and_which_products_they_may_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let c = rusqlite::Connection::open(&path).unwrap();
    let (rep, org) = member(&path, "legal_representative");
    let (admin, admin_org) = member(&path, "admin");
    let org_products = |o: i64| -> u32 {
        c.query_row(
            "SELECT count(*) FROM products WHERE organization_id = ?1",
            [o],
            |r| r.get(0),
        )
        .unwrap()
    };

    // A legal representative and an admin see every product of their organization.
    let page = store.support_products(rep, "", 0, 100).unwrap();
    assert!(
        page.total >= org_products(org),
        "{} < {}",
        page.total,
        org_products(org)
    );
    assert!(page.rows.len() <= 100);
    let admin_page = store.support_products(admin, "", 0, 5).unwrap();
    assert!(admin_page.total >= org_products(admin_org));
    assert_eq!(admin_page.rows.len(), 5);

    // A plain user: exactly the products they hold a right on (own or a team's).
    let (user, user_org) = member(&path, "user");
    let rights: u32 = c
        .query_row(
            "SELECT count(DISTINCT product_id) FROM (
               SELECT product_id FROM product_rights WHERE user_id = ?1 AND organization_id = ?2
                 AND (technical OR statistics OR billing)
               UNION SELECT r.product_id FROM team_rights r
                 JOIN team_members m ON m.team_id = r.team_id JOIN teams t ON t.id = r.team_id
                 WHERE m.user_id = ?1 AND t.organization_id = ?2
                   AND (r.technical OR r.statistics OR r.billing))",
            [user, user_org],
            |r| r.get(0),
        )
        .unwrap();
    let user_page = store.support_products(user, "", 0, 100).unwrap();
    assert_eq!(user_page.total, rights);
    let hidden: i64 = c
        .query_row(
            "SELECT id FROM products WHERE organization_id = ?1 AND id NOT IN (
               SELECT product_id FROM product_rights WHERE user_id = ?2) AND id NOT IN (
               SELECT r.product_id FROM team_rights r JOIN team_members m ON m.team_id = r.team_id
               WHERE m.user_id = ?2) LIMIT 1",
            [user_org, user],
            |r| r.get(0),
        )
        .unwrap();
    let draft = store.support_draft(user).unwrap();
    let refused = store
        .save_support_draft(user, draft.id, &fields("x", Some(hidden)))
        .unwrap_err();
    let refused: comptoir_core::Error = refused.into();
    assert_eq!(refused.rule, Some(RuleId::Sup5));
    assert_eq!(refused.field.as_deref(), Some("product_id"));
    // ...while the legal representative of that organization may name it.
    let (rep_of_user_org,): (i64,) = c
        .query_row(
            "SELECT user_id FROM memberships WHERE organization_id = ?1
             AND role = 'legal_representative' AND status = 'active' LIMIT 1",
            [user_org],
            |r| Ok((r.get(0)?,)),
        )
        .unwrap();
    let d = store.support_draft(rep_of_user_org).unwrap();
    let saved = store
        .save_support_draft(rep_of_user_org, d.id, &fields("x", Some(hidden)))
        .unwrap();
    assert_eq!(saved.product.unwrap().id, hidden);

    // Search is in SQL; a page is bounded.
    let name: String = c
        .query_row("SELECT name FROM products WHERE id = ?1", [hidden], |r| {
            r.get(0)
        })
        .unwrap();
    let found = store
        .support_products(rep_of_user_org, &name, 0, 10)
        .unwrap();
    assert!(found.rows.iter().any(|p| p.id == hidden));
    assert!(store.support_products(rep, "", 0, 1000).is_err());

    // Someone who belongs to no organization may not prepare a request.
    c.execute(
        "INSERT INTO users(id, display_name, email, language) VALUES (9999, 'Nobody', 'nobody@example.ch', 'en')",
        [],
    )
    .unwrap();
    let e: comptoir_core::Error = store.support_draft(9999).unwrap_err().into();
    assert_eq!(e.rule, Some(RuleId::Sup5));
    // Nor touch another person's draft.
    let e: comptoir_core::Error = store
        .save_support_draft(rep, draft.id, &fields("mine now", None))
        .unwrap_err()
        .into();
    assert_eq!(e.code, ErrorCode::NotFound);
}

#[test]
fn bad_fields_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let e: comptoir_core::Error = store
        .save_support_draft(rep, d.id, &fields(&"x".repeat(201), None))
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("subject"));
    let mut f = fields("ok", None);
    f.error_text = "y".repeat(20_001);
    let e: comptoir_core::Error = store.save_support_draft(rep, d.id, &f).unwrap_err().into();
    assert_eq!(e.field.as_deref(), Some("error_text"));
    // Third review: said by reason code with its numbers, not an English sentence.
    let p = e.params.unwrap();
    assert_eq!(p["reason"], "support_too_long");
    assert_eq!((p["max"].as_str(), p["given"].as_str()), ("20000", "20001"));
}

/// Third review: the manual redactions (and restores) of a request were unbounded; past the
/// bound the store refuses with a reason code, and the stored choices stay at the bound.
#[test]
fn manual_redactions_are_bounded_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let max = comptoir_support::redact::MAX_MANUAL_COUNT;
    for i in 0..max {
        let change = RedactionChange::Redact {
            text: format!("ref-{i}"),
        };
        store
            .set_support_redaction(rep, d.id, &change, "en")
            .unwrap();
    }
    let change = RedactionChange::Redact {
        text: "one too many".into(),
    };
    let e: comptoir_core::Error = store
        .set_support_redaction(rep, d.id, &change, "en")
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("text"));
    let p = e.params.unwrap();
    assert_eq!(p["reason"], "support_too_many_manual");
    assert_eq!(p["max"], max.to_string());
    assert_eq!(store.support_draft(rep).unwrap().choices.manual.len(), max);
}

fn setup_root(dir: &Path) -> (PathBuf, PathBuf) {
    let root = dir.join("support");
    let incoming = root.join("incoming");
    std::fs::create_dir_all(&incoming).unwrap();
    (root, incoming)
}

#[test]
fn attachments_come_only_from_the_capture_folder_or_a_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, incoming) = setup_root(dir.path());

    // A capture in incoming/ is moved into the draft's folder and recorded.
    let cap = incoming.join("console-1.log");
    std::fs::write(&cap, "GET /x?token=Abc123xyz 500\n").unwrap();
    let a = store
        .support_attach(
            rep,
            d.id,
            &root,
            &cap,
            AttachmentKind::WebsiteConsole,
            "Console of example.ch",
        )
        .unwrap();
    assert!(!cap.exists(), "moved, not copied");
    assert!(a.text);
    assert_eq!(a.size, 27);
    assert!(root
        .join(store.workspace_id().unwrap())
        .join(d.id.to_string())
        .join("Console of example.ch")
        .exists());

    // Outside incoming/, through `..`, or a link inside it pointing out: refused.
    let outside = dir.path().join("secret.txt");
    std::fs::write(&outside, "private").unwrap();
    let escape = incoming.join("..").join("..").join("secret.txt");
    for p in [outside.clone(), escape] {
        let e: comptoir_core::Error = store
            .support_attach(rep, d.id, &root, &p, AttachmentKind::Imported, "x")
            .unwrap_err()
            .into();
        assert_eq!(e.field.as_deref(), Some("incoming_path"), "{}", p.display());
    }
    #[cfg(unix)]
    {
        let link = incoming.join("link.log");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let e: comptoir_core::Error = store
            .support_attach(rep, d.id, &root, &link, AttachmentKind::Imported, "x")
            .unwrap_err()
            .into();
        assert_eq!(e.field.as_deref(), Some("incoming_path"));
        assert!(outside.exists());
    }

    // A chosen file is copied; binary (not an image) and oversized files are refused.
    let chosen = dir.path().join("php_errors.log");
    std::fs::write(&chosen, "PHP Warning: x\n").unwrap();
    let f = store
        .support_attach_file(rep, d.id, &root, &chosen)
        .unwrap();
    assert!(chosen.exists() && f.text && f.kind == AttachmentKind::File);
    let bin = dir.path().join("a.bin");
    std::fs::write(&bin, [0u8, 159, 146, 150, 255]).unwrap();
    let e: comptoir_core::Error = store
        .support_attach_file(rep, d.id, &root, &bin)
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("file"));
    // A whole PNG goes as an image (a PNG signature alone does not: see below).
    let png = dir.path().join("shot.png");
    image::RgbaImage::from_pixel(4, 3, image::Rgba([10, 20, 30, 255]))
        .save_with_format(&png, image::ImageFormat::Png)
        .unwrap();
    assert!(
        !store
            .support_attach_file(rep, d.id, &root, &png)
            .unwrap()
            .text
    );
    let big = dir.path().join("big.log");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(comptoir_store::support::MAX_ATTACHMENT_BYTES + 1)
        .unwrap();
    let e: comptoir_core::Error = store
        .support_attach_file(rep, d.id, &root, &big)
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("file"));

    assert_eq!(store.support_draft(rep).unwrap().attachments.len(), 3);
    store.support_detach(rep, f.id).unwrap();
    assert_eq!(store.support_draft(rep).unwrap().attachments.len(), 2);
}

fn unzip(path: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().to_owned(), b)
        })
        .collect()
}

#[test]
fn the_preview_with_the_persons_choices_is_what_the_bundle_holds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, _) = setup_root(dir.path());
    let log = dir.path().join("app.log");
    std::fs::write(
        &log,
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ\n\
         refund to CH93 0076 2011 6238 5295 7\nuser ref ACME-7781 mail anna@example.ch\n",
    )
    .unwrap();
    store.support_attach_file(rep, d.id, &root, &log).unwrap();
    let mut f = fields("Login fails with card 4111 1111 1111 1111", None);
    f.description = "Our customer number is ACME-7781.".into();
    store.save_support_draft(rep, d.id, &f).unwrap();

    let p = store.support_preview(rep, d.id, "en").unwrap();
    assert!(p.total_redactions >= 4);
    // Restore the IBAN, redact the customer number by hand.
    let att = p
        .parts
        .iter()
        .find(|x| x.id.starts_with("attachment:"))
        .unwrap();
    let iban_key = att
        .segments
        .iter()
        .filter_map(|s| s.redaction.as_ref())
        .find(|r| r.kind == comptoir_support::RedactionKind::Iban)
        .unwrap()
        .key
        .clone();
    store
        .set_support_redaction(rep, d.id, &RedactionChange::Restore { key: iban_key }, "en")
        .unwrap();
    let p2 = store
        .set_support_redaction(
            rep,
            d.id,
            &RedactionChange::Redact {
                text: "ACME-7781".into(),
            },
            // The person reads the preview in German; the bundle is written in German.
            "de",
        )
        .unwrap()
        .run();
    assert_ne!(p.digest, p2.digest);

    // The digest of an older preview is refused; the one shown is written.
    let target = dir.path().join("request.zip");
    let sys = vec![("os".to_owned(), "Linux".to_owned())];
    let e: comptoir_core::Error = store
        .save_support_bundle(
            rep,
            d.id,
            &target,
            &p.digest,
            "de",
            Some(&sys),
            "Comptoir test",
        )
        .unwrap_err()
        .into();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(!target.exists());
    let h = store
        .save_support_bundle(
            rep,
            d.id,
            &target,
            &p2.digest,
            "de",
            Some(&sys),
            "Comptoir test",
        )
        .unwrap();
    assert_eq!(h.subject, f.subject);

    let files = unzip(&target);
    let all: Vec<u8> = files.values().flatten().copied().collect();
    let has = |s: &str| all.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has("CH93 0076 2011 6238 5295 7"), "restored IBAN is sent");
    assert!(has("[geschwärzt: von Hand]") && has("[geschwärzt: Karte]"));
    assert!(!has("[redacted: "), "markers in the reader's language");
    for secret in [
        "ACME-7781",
        "4111 1111 1111 1111",
        "anna@example.ch",
        "eyJhbGciOiJIUzI1NiJ9",
    ] {
        assert!(!has(secret), "{secret} leaked");
    }
    let written_log = files
        .iter()
        .find(|(k, _)| k.starts_with("attachments/"))
        .unwrap()
        .1;
    let part = p2
        .parts
        .iter()
        .find(|x| x.id.starts_with("attachment:"))
        .unwrap();
    assert_eq!(written_log.as_slice(), part.text().as_bytes());
    assert!(String::from_utf8_lossy(&files["request.md"]).starts_with("# Support-Anfrage"));

    // History lists it; the draft is closed and a new one starts; the mail draft summarises.
    let history = store.support_history(rep, 0, 20).unwrap().rows;
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].path, target.to_string_lossy());
    assert_ne!(store.support_draft(rep).unwrap().id, d.id);
    let url = store.support_mailto(rep, h.id, "en").unwrap();
    assert!(url.starts_with("mailto:") && url.contains("request.zip"));
    assert!(!url.contains("4111"));
}

/// Review finding: a text file attached as a "screenshot", a Latin-1 log, a file that only starts
/// with the PNG signature, and a secret in a file's name all reached the bundle unredacted.
/// What the bytes are decides now, and names are redacted too.
#[test]
fn no_attachment_reaches_the_bundle_without_the_redactor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, incoming) = setup_root(dir.path());
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    let cases: Vec<(&str, Vec<u8>, AttachmentKind)> =
        vec![
        (
            "as-screenshot.txt",
            format!("Authorization: Bearer {jwt}\n").into_bytes(),
            AttachmentKind::Screenshot,
        ),
        (
            "latin1.log",
            b"mot de passe d\xe9fini: password=LATIN1LEAKpw99 IBAN CH93 0076 2011 6238 5295 7\n"
                .to_vec(),
            AttachmentKind::Imported,
        ),
        (
            "fake.png",
            [b"\x89PNG\r\n\x1a\n".as_slice(), b" token=PNGMAGICLEAK123456\n"].concat(),
            AttachmentKind::Screenshot,
        ),
    ];
    for (file, bytes, kind) in &cases {
        let p = incoming.join(file);
        std::fs::write(&p, bytes).unwrap();
        match store.support_attach(rep, d.id, &root, &p, *kind, file) {
            // Text passes the redactor...
            Ok(a) => assert!(a.text, "{file} must be treated as text"),
            // ...and what is neither text nor a whole image is refused, never carried as it is.
            Err(e) => {
                let e: comptoir_core::Error = e.into();
                assert_eq!(e.field.as_deref(), Some("file"), "{file}: {e:?}");
                assert_eq!(*file, "fake.png");
            }
        }
    }
    let named = incoming.join("n.log");
    std::fs::write(&named, "plain line\n").unwrap();
    let a = store
        .support_attach(
            rep,
            d.id,
            &root,
            &named,
            AttachmentKind::Imported,
            "IBAN CH93 0076 2011 6238 5295 7 token=NAMELEAK123456.log",
        )
        .unwrap();
    assert!(!a.name.contains("NAMELEAK123456"), "{}", a.name);
    store
        .save_support_draft(rep, d.id, &fields("Leaks", None))
        .unwrap();
    let p = store.support_preview(rep, d.id, "en").unwrap();
    let target = dir.path().join("request.zip");
    store
        .save_support_bundle(rep, d.id, &target, &p.digest, "en", None, "Comptoir test")
        .unwrap();
    let files = unzip(&target);
    let all: Vec<u8> = files
        .iter()
        .flat_map(|(k, v)| k.as_bytes().iter().chain(v.iter()))
        .copied()
        .collect();
    for secret in [
        jwt,
        "LATIN1LEAKpw99",
        "PNGMAGICLEAK123456",
        "NAMELEAK123456",
        "6238 5295 7",
    ] {
        assert!(
            !all.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret} is in the bundle"
        );
    }
}

/// Break-it review: the website console capture writes JSON lines, so an object the page logs
/// (`console.log({password: "SiteObjPw2024"})`) arrives as `{\"password\":\"SiteObjPw2024\"}`
/// and went out unredacted.
#[test]
fn a_console_capture_file_is_redacted_in_the_bundle() {
    use comptoir_capture::console::{ConsoleEvent, ConsoleLevel, Recording};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, incoming) = setup_root(dir.path());
    let t0 = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z")
        .unwrap()
        .to_utc();
    let mut rec = Recording::new("https://shop.example.ch/login", t0).unwrap();
    // What the capture script sends for console.log({...}): the object as JSON text.
    for (seq, text) in [
        r#"{"password":"SiteObjPw2024"}"#,
        r#"{"user":"shop","access_token":"SiteTok2024abc"}"#,
        r#"{"set-cookie":"sid=SiteCookie2024abcdef; Path=/"}"#,
        "login password=SitePlain2024 sent",
    ]
    .into_iter()
    .enumerate()
    {
        rec.push(ConsoleEvent::Console {
            t: 1_764_237_600_000.0 + seq as f64,
            seq: seq as u32,
            level: ConsoleLevel::Log,
            text: text.to_owned(),
        })
        .unwrap();
    }
    rec.stop(t0);
    let capture = incoming.join("console-1.jsonl");
    std::fs::write(&capture, rec.to_json_lines()).unwrap();
    let secrets = [
        "SiteObjPw2024",
        "SiteTok2024abc",
        "SiteCookie2024abcdef",
        "SitePlain2024",
    ];
    // The capture file does hold them (escaped), so the bundle check below checks something.
    let raw = std::fs::read_to_string(&capture).unwrap();
    assert!(secrets.iter().all(|s| raw.contains(s)) && raw.contains(r#"\"password\""#));
    store
        .support_attach(
            rep,
            d.id,
            &root,
            &capture,
            AttachmentKind::WebsiteConsole,
            "Console of shop.example.ch",
        )
        .unwrap();
    store
        .save_support_draft(rep, d.id, &fields("Login page", None))
        .unwrap();
    let p = store.support_preview(rep, d.id, "en").unwrap();
    let target = dir.path().join("request.zip");
    store
        .save_support_bundle(rep, d.id, &target, &p.digest, "en", None, "Comptoir test")
        .unwrap();
    let files = unzip(&target);
    let all: Vec<u8> = files.values().flatten().copied().collect();
    for secret in secrets {
        assert!(
            !all.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret} is in the bundle"
        );
    }
    // Each line of the attachment is still JSON.
    let (_, log) = files
        .iter()
        .find(|(k, _)| k.starts_with("attachments/"))
        .unwrap();
    for line in String::from_utf8_lossy(log).lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap_or_else(|e| panic!("{line}: {e}"));
    }
}

fn utf16(s: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if little { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in s.encode_utf16() {
        out.extend_from_slice(&if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// Break-it review: a UTF-16 log (PowerShell, Event Viewer) was taken as UTF-8 text with NULs
/// between the letters, so no pattern matched and its secrets went out. UTF-16 is decoded now
/// (with a byte-order mark or without); other text with NUL bytes is refused as binary.
#[test]
fn utf16_logs_are_decoded_before_redaction_and_nul_text_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, incoming) = setup_root(dir.path());
    let secrets = ["UTF16LEpw2024x", "UTF16BEpw2024y"];
    let le = dir.path().join("ps.log");
    std::fs::write(
        &le,
        utf16(
            &format!("PS> Connect -password={}\r\n", secrets[0]),
            true,
            true,
        ),
    )
    .unwrap();
    let be = incoming.join("events.txt");
    std::fs::write(
        &be,
        utf16(
            &format!("login password={} refused\n", secrets[1]),
            false,
            false,
        ),
    )
    .unwrap();
    assert!(
        store
            .support_attach_file(rep, d.id, &root, &le)
            .unwrap()
            .text
    );
    assert!(
        store
            .support_attach(
                rep,
                d.id,
                &root,
                &be,
                AttachmentKind::Imported,
                "events.txt"
            )
            .unwrap()
            .text
    );
    // NUL bytes in what is not UTF-16: binary, refused naming the field.
    let nul = dir.path().join("dump.log");
    std::fs::write(&nul, b"password=NULLEAKpw2024 \x00\x01 core dump follows").unwrap();
    let e: comptoir_core::Error = store
        .support_attach_file(rep, d.id, &root, &nul)
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("file"));

    store
        .save_support_draft(rep, d.id, &fields("Windows logs", None))
        .unwrap();
    let p = store.support_preview_input(rep, d.id, "en").unwrap().run();
    let texts: Vec<String> = p
        .parts
        .iter()
        .filter(|x| x.id.starts_with("attachment:"))
        .map(|x| x.text().to_owned())
        .collect();
    assert_eq!(texts.len(), 2);
    assert!(
        texts
            .iter()
            .all(|t| t.contains("password=[redacted: token]")),
        "{texts:?}"
    );
    let target = dir.path().join("request.zip");
    store
        .save_support_bundle(rep, d.id, &target, &p.digest, "en", None, "Comptoir test")
        .unwrap();
    let all: Vec<u8> = unzip(&target).values().flatten().copied().collect();
    for s in secrets {
        for enc in [
            s.as_bytes().to_vec(),
            utf16(s, true, false),
            utf16(s, false, false),
        ] {
            assert!(
                !all.windows(enc.len()).any(|w| w == enc.as_slice()),
                "{s} is in the bundle"
            );
        }
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for b in data {
        c ^= u32::from(*b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// Break-it review: images went into the bundle byte for byte, with their metadata (PNG text
/// chunks, bytes after IEND, JPEG comments). Each is encoded afresh when attached now.
#[test]
fn attached_images_keep_no_metadata_or_trailing_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, incoming) = setup_root(dir.path());
    let img = image::RgbImage::from_fn(16, 8, |x, y| image::Rgb([x as u8 * 9, y as u8 * 20, 77]));

    // A PNG with a tEXt chunk before IEND and bytes after it.
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let iend = png.len() - 12;
    let data = b"Comment\0password=PNGTEXTLEAK2024";
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"tEXt");
    chunk.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&[b"tEXt".as_slice(), data].concat()).to_be_bytes());
    png.splice(iend..iend, chunk);
    png.extend_from_slice(b"token=AFTERIENDLEAK2024");
    // A JPEG with a comment segment right after SOI.
    let mut jpeg = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut jpeg),
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    let com = b"password=JPEGCOMLEAK2024";
    let mut seg = vec![0xFF, 0xFE];
    seg.extend_from_slice(&((com.len() + 2) as u16).to_be_bytes());
    seg.extend_from_slice(com);
    jpeg.splice(2..2, seg);
    let leaks = ["PNGTEXTLEAK2024", "AFTERIENDLEAK2024", "JPEGCOMLEAK2024"];
    let has = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has(&png, leaks[0]) && has(&png, leaks[1]) && has(&jpeg, leaks[2]));
    // Both still decode as images (so they are attached as images, not refused).
    image::load_from_memory(&png).unwrap();
    image::load_from_memory(&jpeg).unwrap();

    let shot = incoming.join("shot.png");
    std::fs::write(&shot, &png).unwrap();
    let a = store
        .support_attach(
            rep,
            d.id,
            &root,
            &shot,
            AttachmentKind::Screenshot,
            "shot.png",
        )
        .unwrap();
    assert!(!a.text && !shot.exists());
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, &jpeg).unwrap();
    let b = store.support_attach_file(rep, d.id, &root, &photo).unwrap();
    assert!(!b.text);

    store
        .save_support_draft(rep, d.id, &fields("Screens", None))
        .unwrap();
    let p = store.support_preview(rep, d.id, "en").unwrap();
    let target = dir.path().join("request.zip");
    store
        .save_support_bundle(rep, d.id, &target, &p.digest, "en", None, "Comptoir test")
        .unwrap();
    let files = unzip(&target);
    let images: Vec<&Vec<u8>> = files
        .iter()
        .filter(|(k, _)| k.starts_with("attachments/"))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(images.len(), 2);
    for bytes in &images {
        // The same pixels (PNG exactly; JPEG is lossy) and nothing else.
        let got = image::load_from_memory(bytes).unwrap().to_rgb8();
        assert_eq!(got.dimensions(), img.dimensions());
        if bytes.starts_with(b"\x89PNG") {
            assert_eq!(got, img);
            assert!(bytes.ends_with(&[0xAE, 0x42, 0x60, 0x82]), "ends at IEND");
        }
    }
    let all: Vec<u8> = files.values().flatten().copied().collect();
    for leak in leaks {
        assert!(!has(&all, leak), "{leak} is in the bundle");
    }
    // Nor in the draft's copies on disk.
    for entry in walk(&root) {
        let bytes = std::fs::read(&entry).unwrap();
        for leak in leaks {
            assert!(!has(&bytes, leak), "{leak} in {}", entry.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Break-it review: the support root is shared by every workspace and draft folders were named
/// by draft id alone, so discarding draft 2 of one workspace deleted another's draft-2 files.
/// Each workspace's files live under its own id now.
#[test]
fn two_workspaces_sharing_a_support_root_keep_their_files_apart() {
    let dir = tempfile::tempdir().unwrap();
    let (root, incoming) = setup_root(dir.path());
    let mut drafts = Vec::new();
    for name in ["c", "d"] {
        let path = dir.path().join(format!("{name}.sqlite3"));
        let store = open(&path);
        let (rep, _) = member(&path, "legal_representative");
        let d = store.support_draft(rep).unwrap();
        let cap = incoming.join(format!("{name}.log"));
        std::fs::write(&cap, format!("log of workspace {name}\n")).unwrap();
        store
            .support_attach(rep, d.id, &root, &cap, AttachmentKind::Imported, "app.log")
            .unwrap();
        drafts.push((path, store, rep, d.id));
    }
    // The collision the review found: the same draft id in both workspaces.
    assert_eq!(drafts[0].3, drafts[1].3);
    let (_, d_store, d_rep, d_id) = &drafts[1];
    d_store.discard_support_draft(*d_rep, *d_id, &root).unwrap();

    let (_, c_store, c_rep, c_id) = &drafts[0];
    c_store
        .save_support_draft(*c_rep, *c_id, &fields("Still here", None))
        .unwrap();
    let p = c_store
        .support_preview_input(*c_rep, *c_id, "en")
        .unwrap()
        .run();
    let log = p
        .parts
        .iter()
        .find(|x| x.id.starts_with("attachment:"))
        .expect("workspace c's attachment is still readable");
    assert_eq!(log.text(), "log of workspace c\n");
    let target = dir.path().join("c.zip");
    c_store
        .save_support_bundle(
            *c_rep,
            *c_id,
            &target,
            &p.digest,
            "en",
            None,
            "Comptoir test",
        )
        .unwrap();
    // Workspace d's file is gone, c's stays, each under its workspace's id.
    let c_dir = root.join(c_store.workspace_id().unwrap());
    let d_dir = root.join(d_store.workspace_id().unwrap());
    assert_ne!(c_dir, d_dir);
    assert!(c_dir.join(c_id.to_string()).join("app.log").exists());
    assert!(!d_dir.join(d_id.to_string()).exists());
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Break-it review: the preview's digest covered only the texts (an image attached after the
/// preview went out unseen); two saves of one draft both wrote and the second overwrote the
/// zip; an edit typed during a save was lost. The digest covers every attachment and field
/// now, and recording refuses a draft that changed or was sent, removing that call's zip.
#[test]
fn a_save_refuses_a_draft_that_changed_or_was_already_sent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    let d = store.support_draft(rep).unwrap();
    let (root, _) = setup_root(dir.path());
    store
        .save_support_draft(rep, d.id, &fields("Saves", None))
        .unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let target = out.join("request.zip");

    // 1. An image attached after the preview: the preview's digest is refused.
    let seen = store.support_preview(rep, d.id, "en").unwrap().digest;
    let png = dir.path().join("late.png");
    image::RgbImage::from_pixel(3, 3, image::Rgb([1, 2, 3]))
        .save_with_format(&png, image::ImageFormat::Png)
        .unwrap();
    store.support_attach_file(rep, d.id, &root, &png).unwrap();
    let e: comptoir_core::Error = store
        .save_support_bundle(rep, d.id, &target, &seen, "en", None, "Comptoir test")
        .unwrap_err()
        .into();
    assert_eq!(e.code, ErrorCode::Conflict);
    // So does a change of a field that is no text (the category).
    let seen = store.support_preview(rep, d.id, "en").unwrap().digest;
    let mut f = fields("Saves", None);
    f.category = RequestCategory::Billing;
    store.save_support_draft(rep, d.id, &f).unwrap();
    assert_eq!(
        comptoir_core::Error::from(
            store
                .save_support_bundle(rep, d.id, &target, &seen, "en", None, "Comptoir test")
                .unwrap_err()
        )
        .code,
        ErrorCode::Conflict
    );
    assert!(files_in(&out).is_empty());

    // 2. An edit typed while the zip was being written: not recorded, the zip removed, the
    //    edit kept in the open draft.
    let seen = store.support_preview(rep, d.id, "en").unwrap().digest;
    let written = store
        .support_bundle_input(rep, d.id, "en", None, "Comptoir test")
        .unwrap()
        .write(&target, &seen)
        .unwrap();
    let mut edited = f.clone();
    edited.description = "typed during the save".into();
    store.save_support_draft(rep, d.id, &edited).unwrap();
    let e: comptoir_core::Error = store
        .record_support_bundle(rep, &written)
        .unwrap_err()
        .into();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(files_in(&out).is_empty(), "{:?}", files_in(&out));
    assert_eq!(store.support_history(rep, 0, 20).unwrap().total, 0);
    let again = store.support_draft(rep).unwrap();
    assert_eq!(again.id, d.id);
    assert_eq!(again.description, "typed during the save");

    // 3. Two saves of one draft at once: the first is recorded, the second refused, and its
    //    zip does not replace the first one's.
    let seen = store.support_preview(rep, d.id, "en").unwrap().digest;
    let input = |sys: &str| {
        store
            .support_bundle_input(
                rep,
                d.id,
                "en",
                Some(&vec![("os".to_owned(), sys.to_owned())]),
                "Comptoir test",
            )
            .unwrap()
    };
    let (first, second) = (input("first"), input("second"));
    let w1 = first.write(&target, &seen).unwrap();
    let w2 = second.write(&target, &seen).unwrap();
    let h1 = store.record_support_bundle(rep, &w1).unwrap();
    assert!(store.record_support_bundle(rep, &w2).is_err());
    assert_eq!(files_in(&out), vec!["request.zip".to_owned()]);
    let zip = std::fs::read(&target).unwrap();
    assert_eq!(comptoir_support::bundle::sha256_hex(&zip), h1.sha256);
    let sys = &unzip(&target)["system.json"];
    assert!(String::from_utf8_lossy(sys).contains("first"));
    assert_eq!(store.support_history(rep, 0, 20).unwrap().total, 1);
}

/// Third review: a copied workspace file (a backup opened beside the original) kept its
/// workspace id, so both files used one support folder and draft 1 of the copy was draft 1 of
/// the original: discarding it in the copy deleted the original's attachments. A copy takes a
/// new id on its first open; the original, reopened, keeps its own; neither removes the
/// other's files.
#[test]
fn a_copied_workspace_gets_its_own_support_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (root, incoming) = setup_root(dir.path());
    let original = dir.path().join("shop.sqlite3");
    let (rep, _) = {
        let store = open(&original);
        let rep = member(&original, "legal_representative");
        let d = store.support_draft(rep.0).unwrap();
        let cap = incoming.join("a.log");
        std::fs::write(&cap, "log of the original\n").unwrap();
        store
            .support_attach(
                rep.0,
                d.id,
                &root,
                &cap,
                AttachmentKind::Imported,
                "app.log",
            )
            .unwrap();
        rep
    };
    let copy = dir.path().join("shop-backup.sqlite3");
    std::fs::copy(&original, &copy).unwrap();

    let a = open(&original);
    let b = open(&copy);
    let (a_folder, b_folder) = (
        a.support_folder(&root).unwrap(),
        b.support_folder(&root).unwrap(),
    );
    assert_ne!(a_folder, b_folder, "the copy has its own support folder");
    // Stable: reopening either file keeps its id.
    let (a_id, b_id) = (a.workspace_id().unwrap(), b.workspace_id().unwrap());
    drop((a, b));
    let (a, b) = (open(&original), open(&copy));
    assert_eq!(a.workspace_id().unwrap(), a_id);
    assert_eq!(b.workspace_id().unwrap(), b_id);

    // The copy discards its (copied) draft and starts another: the original's file stays.
    let copied = b.support_draft(rep).unwrap();
    b.discard_support_draft(rep, copied.id, &root).unwrap();
    let nd = b.support_draft(rep).unwrap();
    let cap = incoming.join("b.log");
    std::fs::write(&cap, "log of the copy\n").unwrap();
    b.support_attach(rep, nd.id, &root, &cap, AttachmentKind::Imported, "app.log")
        .unwrap();
    assert!(walk(&b_folder).iter().all(|p| p.starts_with(&b_folder)));
    let d = a.support_draft(rep).unwrap();
    let p = a.support_preview_input(rep, d.id, "en").unwrap().run();
    let log = p
        .parts
        .iter()
        .find(|x| x.id.starts_with("attachment:"))
        .expect("the original's attachment is still readable");
    assert_eq!(log.text(), "log of the original\n");
    assert_eq!(walk(&a_folder).len(), 1);
    assert_eq!(walk(&b_folder).len(), 1);
}

/// Third review: the history was read whole (every request, every IPC reply). It is paged in
/// SQL with its total: a 2,000-request history's first page stays well under 64 KB.
#[test]
fn a_long_history_is_paged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = open(&path);
    let (rep, _) = member(&path, "legal_representative");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        let tx = c.unchecked_transaction().unwrap();
        for i in 0..2_000 {
            tx.execute(
                "INSERT INTO support_drafts(author_id, subject, category, description, redaction,
                                            status, created_at, updated_at)
                 VALUES (?1, ?2, 'hosting', 'x', '{}', 'sent', ?3, ?3)",
                rusqlite::params![
                    rep,
                    format!("Request {i}: the mailbox refuses mail since the migration"),
                    "2026-11-27T09:00:00Z"
                ],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO support_bundles(draft_id, path, size, sha256, redactions, created_at)
                 VALUES (last_insert_rowid(), ?1, 4096, ?2, 3, ?3)",
                rusqlite::params![
                    format!("/home/anna/Documents/support/request-{i:04}.zip"),
                    "a".repeat(64),
                    format!(
                        "2026-11-{:02}T{:02}:{:02}:00Z",
                        1 + i / 1440 % 27,
                        i / 60 % 24,
                        i % 60
                    )
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let page = store.support_history(rep, 0, 50).unwrap();
    assert_eq!(page.total, 2_000);
    assert_eq!(page.rows.len(), 50);
    let json = serde_json::to_string(&page).unwrap();
    println!("first page of 2,000: {} bytes", json.len());
    assert!(json.len() < 64 * 1024, "{} bytes", json.len());
    // Newest first, and the pages follow on without a gap or a repeat.
    let next = store.support_history(rep, 50, 50).unwrap();
    assert!(page.rows[49].created_at >= next.rows[0].created_at);
    assert_ne!(page.rows[49].id, next.rows[0].id);
    let last = store.support_history(rep, 1_990, 50).unwrap();
    assert_eq!(last.rows.len(), 10);
    // The largest page of all is still small; a bigger one is refused naming the field.
    let max = store
        .support_history(rep, 0, comptoir_store::support::MAX_HISTORY_PAGE)
        .unwrap();
    assert!(serde_json::to_string(&max).unwrap().len() < 64 * 1024);
    let e: comptoir_core::Error = store
        .support_history(rep, 0, comptoir_store::support::MAX_HISTORY_PAGE + 1)
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("limit"));
    // What the whole history was as one reply.
    let all: Vec<_> = (0..20)
        .flat_map(|k| store.support_history(rep, k * 100, 100).unwrap().rows)
        .collect();
    assert_eq!(all.len(), 2_000);
    println!(
        "the whole history as one reply (before): {} bytes",
        serde_json::to_string(&all).unwrap().len()
    );
}
