//! The workspace file (issue 8, items 10-14): what is opened, what is refused without writing a
//! byte, a `.sqlite3` that holds everything after a checkpoint, checked backups, reset only on
//! the demo, private files and a vault that stays inside its folder. Real files in temp folders.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_core::{Error, ErrorCode, FixedClock, SystemClock};
use comptoir_store::documents::VaultRecord;
use comptoir_store::file::{self, FileState, APPLICATION_ID};
use comptoir_store::{schema, OpenRefusal, Store, StoreError, WorkspaceKind};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap())
}

fn sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    format!("{:x}", Sha256::digest(bytes))
}

fn sidecars(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| file::sidecar(path, s))
        .filter(|p| p.exists())
        .collect()
}

/// A demo workspace at `path`, closed (so the `.sqlite3` holds everything).
fn demo_at(path: &Path) {
    Store::open(path, clock()).unwrap().close().unwrap();
    assert!(sidecars(path).is_empty(), "{:?}", sidecars(path));
}

/// Changes the file behind the store's back, as another program would.
fn sql(path: &Path, statement: &str) {
    Connection::open(path)
        .unwrap()
        .execute(statement, [])
        .unwrap();
}

/// Opens `path`, expects a refusal for `reason`, and checks the file was not touched.
fn assert_refused(path: &Path, reason: OpenRefusal) -> Error {
    let before = sha256(path);
    let err = Store::open(path, clock()).err().expect("must be refused");
    let StoreError::Refused(problem) = &err else {
        panic!("expected a refusal, got {err}");
    };
    assert_eq!(problem.reason, reason, "{}", problem.message);
    assert_eq!(problem.path, path.display().to_string());
    assert_eq!(sha256(path), before, "a refused file must not change");
    assert!(sidecars(path).is_empty(), "created {:?}", sidecars(path));
    let err: Error = err.into();
    assert_eq!(err.code, ErrorCode::Storage);
    assert_eq!(err.field.as_deref(), Some("workspace"));
    assert!(
        err.message.contains(&path.display().to_string()),
        "{}",
        err.message
    );
    err
}

#[test]
fn another_programs_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE foo (x); INSERT INTO foo VALUES (1);")
        .unwrap();
    drop(conn);
    let err = assert_refused(&path, OpenRefusal::Foreign);
    assert!(err.message.contains("another program"), "{}", err.message);
    assert!(err.message.contains("foo"), "{}", err.message);

    // Also in WAL mode: the read-only look creates no -wal/-shm.
    let wal = dir.path().join("wal.db");
    let conn = Connection::open(&wal).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch("CREATE TABLE foo (x);").unwrap();
    drop(conn);
    assert_refused(&wal, OpenRefusal::Foreign);

    // A name with what SQLite URIs treat specially: still inspected read-only, still refused.
    let odd = dir.path().join("odd name #1 ?x=%20.db");
    let conn = Connection::open(&odd).unwrap();
    conn.execute_batch("CREATE TABLE foo (x);").unwrap();
    drop(conn);
    let err = assert_refused(&odd, OpenRefusal::Foreign);
    assert!(err.message.contains("foo"), "{}", err.message);

    // Another program that happens to have a `meta` table with a kind row.
    let lookalike = dir.path().join("lookalike.db");
    let conn = Connection::open(&lookalike).unwrap();
    conn.execute_batch(
        "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('kind', 'x');
         PRAGMA user_version = 7;",
    )
    .unwrap();
    drop(conn);
    assert_refused(&lookalike, OpenRefusal::Foreign);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let short = dir.path().join("short.sqlite3");
    std::fs::write(&short, "hello").unwrap();
    assert_refused(&short, OpenRefusal::NotSqlite);
    let text = dir.path().join("text.sqlite3");
    std::fs::write(&text, "not a database\n".repeat(400)).unwrap();
    let err = assert_refused(&text, OpenRefusal::NotSqlite);
    assert!(
        err.message.contains("not a SQLite database"),
        "{}",
        err.message
    );
}

#[test]
fn a_damaged_workspace_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // Pages after the first overwritten: the schema points at garbage.
    let pages = dir.path().join("pages.sqlite3");
    demo_at(&pages);
    let mut bytes = std::fs::read(&pages).unwrap();
    for b in &mut bytes[4096..] {
        *b = 0x5a;
    }
    std::fs::write(&pages, &bytes).unwrap();
    assert_refused(&pages, OpenRefusal::Damaged);

    // A header with an impossible page size.
    let header = dir.path().join("header.sqlite3");
    demo_at(&header);
    let mut bytes = std::fs::read(&header).unwrap();
    bytes[16] = 0x03;
    bytes[17] = 0x00;
    std::fs::write(&header, &bytes).unwrap();
    let err = assert_refused(&header, OpenRefusal::NotSqlite);
    assert!(
        err.message.contains("not a SQLite database"),
        "{}",
        err.message
    );
}

#[test]
fn a_newer_workspace_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    demo_at(&path);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = assert_refused(&path, OpenRefusal::Newer);
    assert!(err.message.contains("newer"), "{}", err.message);
}

#[test]
fn a_workspace_without_its_kind_row_is_not_reseeded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    demo_at(&path);
    let conn = Connection::open(&path).unwrap();
    conn.execute("DELETE FROM meta WHERE key = 'kind'", [])
        .unwrap();
    // Order lines keep a product's history (no cascade): remove them first.
    conn.execute(
        "DELETE FROM order_lines WHERE product_id IN (SELECT id FROM products WHERE organization_id = 2)",
        [],
    )
    .unwrap();
    conn.execute("DELETE FROM products WHERE organization_id = 2", [])
        .unwrap();
    drop(conn);
    let err = assert_refused(&path, OpenRefusal::MissingKind);
    assert!(err.message.contains("kind"), "{}", err.message);
}

#[test]
fn an_empty_sqlite_database_is_refused_but_an_empty_file_becomes_a_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.sqlite3");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t (x); DROP TABLE t;")
        .unwrap();
    drop(conn);
    assert_refused(&path, OpenRefusal::EmptyDatabase);

    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").unwrap();
    let store = Store::open(&empty, clock()).unwrap();
    assert_eq!(store.info().unwrap().kind, WorkspaceKind::Demo);
}

#[test]
fn a_new_workspace_is_ours_private_and_seeded_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/ws.sqlite3");
    let store = Store::open(&path, clock()).unwrap();
    let info = store.info().unwrap();
    assert_eq!(info.schema_version as usize, schema::MIGRATIONS.len());
    assert!(info.products >= 80);
    store.set_setting("ui.language", "es").unwrap();
    let conn = Connection::open(&path).unwrap();
    let id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, APPLICATION_ID);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [
            path.clone(),
            file::sidecar(&path, "-wal"),
            file::sidecar(&path, "-shm"),
        ] {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is {mode:o}", p.display());
        }
    }
    drop(conn);
    drop(store);
    // Opened again: the same data, not seeded a second time.
    let again = Store::open(&path, clock()).unwrap();
    assert_eq!(again.setting("ui.language").unwrap().as_deref(), Some("es"));
    assert_eq!(again.info().unwrap().products, info.products);
    assert!(
        std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .all(|e| !e.unwrap().file_name().to_string_lossy().contains(".new-")),
        "no temporary file left behind"
    );
}

#[test]
fn a_schema_4_workspace_is_recognised_migrated_and_marked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let conn = Connection::open(&path).unwrap();
    for sql in &schema::MIGRATIONS[..file::LEGACY_SCHEMA as usize] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO meta VALUES ('kind', 'local');
         INSERT INTO settings VALUES ('ui.language', 'es');",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", file::LEGACY_SCHEMA)
        .unwrap();
    drop(conn);
    assert_eq!(
        file::inspect(&path).unwrap(),
        FileState::Ours {
            schema: file::LEGACY_SCHEMA
        }
    );
    let store = Store::open(&path, clock()).unwrap();
    let info = store.info().unwrap();
    assert_eq!(info.kind, WorkspaceKind::Local);
    assert_eq!(info.products, 0, "a workspace with tables is never seeded");
    assert_eq!(info.schema_version as usize, schema::MIGRATIONS.len());
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("es"));
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, APPLICATION_ID);
}

/// Copies only the `.sqlite3` file, as a person backing up "the workspace file" would.
fn copy_main_file(path: &Path, to: &Path) -> PathBuf {
    let copy = to.join("copy.sqlite3");
    std::fs::copy(path, &copy).unwrap();
    copy
}

#[test]
fn after_a_checkpoint_the_sqlite3_file_alone_holds_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = Store::open(&path, clock()).unwrap();
    store.set_setting("ui.language", "es").unwrap();
    let expected = store.info().unwrap();
    // A reader elsewhere keeps SQLite from checkpointing on its own.
    let reader = Connection::open(&path).unwrap();
    reader
        .query_row("SELECT count(*) FROM products", [], |r| r.get::<_, i64>(0))
        .unwrap();
    store.checkpoint().unwrap();
    assert_eq!(
        std::fs::metadata(file::sidecar(&path, "-wal"))
            .unwrap()
            .len(),
        0
    );
    let copy = copy_main_file(&path, elsewhere.path());
    let opened = Store::open(&copy, clock()).unwrap();
    assert_eq!(
        opened.setting("ui.language").unwrap().as_deref(),
        Some("es")
    );
    assert_eq!(opened.info().unwrap().products, expected.products);
    assert_eq!(opened.info().unwrap().users, expected.users);
    drop(opened);

    // Closing does the same: a copy made after the close holds everything.
    store.set_setting("ui.language", "en").unwrap();
    store.close().unwrap();
    drop(reader);
    let later = tempfile::tempdir().unwrap();
    let copy = copy_main_file(&path, later.path());
    let opened = Store::open(&copy, clock()).unwrap();
    assert_eq!(
        opened.setting("ui.language").unwrap().as_deref(),
        Some("en")
    );
}

#[test]
fn a_backup_is_one_checked_self_contained_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = Store::open(&path, clock()).unwrap();
    store.set_setting("ui.language", "es").unwrap();
    let info = store.info().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("backup.sqlite3");
    std::fs::write(&target, b"an older backup").unwrap();
    let report = store.backup_to(&target).unwrap();
    assert_eq!(report.products, info.products);
    assert_eq!(report.users, info.users);
    assert_eq!(report.organizations, info.organizations);
    assert!(report.invoices > 0);
    assert_eq!(report.bytes, std::fs::metadata(&target).unwrap().len());
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["backup.sqlite3"],
        "one file, no sidecar, no temporary"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // The copy opens on its own, with the data.
    let copy = Store::open(&target, clock()).unwrap();
    assert_eq!(copy.setting("ui.language").unwrap().as_deref(), Some("es"));
    assert_eq!(copy.info().unwrap().products, info.products);
}

#[test]
fn reset_is_refused_by_the_engine_unless_the_workspace_is_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    demo_at(&path);
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE meta SET value = 'local' WHERE key = 'kind'", [])
        .unwrap();
    // Order lines keep a product's history (no cascade): remove them first.
    conn.execute(
        "DELETE FROM order_lines WHERE product_id IN (SELECT id FROM products WHERE organization_id = 2)",
        [],
    )
    .unwrap();
    conn.execute("DELETE FROM products WHERE organization_id = 2", [])
        .unwrap();
    drop(conn);
    let mut store = Store::open(&path, clock()).unwrap();
    let before = store.info().unwrap();
    let err: Error = store.reset_demo().unwrap_err().into();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(err.field.as_deref(), Some("kind"));
    assert!(err.message.contains("local workspace"), "{}", err.message);
    assert_eq!(store.info().unwrap(), before, "nothing changed");
    // Acting as another user is a demo aid too: refused on a workspace of one's own.
    let err: Error = store.set_signed_in_user(5).unwrap_err().into();
    assert_eq!(err.field.as_deref(), Some("kind"));
    assert_eq!(store.signed_in_user().unwrap(), before.signed_in_user_id);

    sql(
        &path,
        "UPDATE meta SET value = 'provider' WHERE key = 'kind'",
    );
    let err: Error = store.reset_demo().unwrap_err().into();
    assert!(
        err.message.contains("provider workspace"),
        "{}",
        err.message
    );

    sql(&path, "UPDATE meta SET value = 'demo' WHERE key = 'kind'");
    store.reset_demo().unwrap();
    assert!(store.info().unwrap().products > before.products);
}

#[test]
fn a_vault_record_outside_the_vault_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = Store::open(&path, clock()).unwrap();
    let vault = store.ensure_vault_dir().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&vault).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
    let id = store.invoices(None).unwrap()[0].id;
    let record = |name: &str| VaultRecord {
        file_name: name.into(),
        sha256: "00".repeat(32),
        size: 1,
    };
    for bad in [
        "../x.pdf",
        "/etc/passwd",
        "a/b.pdf",
        "a\\b.pdf",
        "..",
        "",
        "C:x.pdf",
    ] {
        let err: Error = store.vault_insert(id, &record(bad)).unwrap_err().into();
        assert_eq!(err.field.as_deref(), Some("file_name"), "{bad}");
    }
    store.vault_insert(id, &record("INV-1.pdf")).unwrap();
    assert!(store.vault_record(id).unwrap().is_some());

    // Tampered behind the app's back: refused before anything is read.
    std::fs::write(dir.path().join("x.pdf"), b"secret").unwrap();
    sql(&path, "UPDATE document_files SET file_name = '../x.pdf'");
    let err: Error = store.vault_record(id).unwrap_err().into();
    assert_eq!(err.field.as_deref(), Some("file_name"));
    assert!(err.message.contains("../x.pdf"), "{}", err.message);

    // A plain name that is a symbolic link out of the folder.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("x.pdf"), vault.join("link.pdf")).unwrap();
        sql(&path, "UPDATE document_files SET file_name = 'link.pdf'");
        let err: Error = store.vault_record(id).unwrap_err().into();
        assert!(err.message.contains("outside"), "{}", err.message);
    }
}

#[test]
fn a_backup_never_lands_on_the_workspace_or_its_own_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let store = Store::open(&path, clock()).unwrap();
    store.set_setting("ui.language", "es").unwrap();
    std::fs::create_dir_all(store.vault_dir()).unwrap();
    let link = dir.path().join("hard-link.sqlite3");
    std::fs::hard_link(&path, &link).unwrap();
    let before = sha256(&path);
    let targets = [
        path.clone(),
        dir.path().join("ws.sqlite3-wal"),
        dir.path().join("ws.sqlite3-shm"),
        dir.path().join("ws.sqlite3-journal"),
        // The same file through `..` and through a hard link.
        dir.path().join("sub/../ws.sqlite3"),
        link.clone(),
        store.vault_dir().join("backup.sqlite3"),
    ];
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    for target in &targets {
        let err: Error = store.backup_to(target).unwrap_err().into();
        assert_eq!(err.field.as_deref(), Some("target"), "{}", target.display());
    }
    assert_eq!(sha256(&path), before, "the workspace is untouched");
    drop(store);
    let reopened = Store::open(&path, clock()).unwrap();
    assert_eq!(
        reopened.setting("ui.language").unwrap().as_deref(),
        Some("es")
    );
}

#[test]
fn a_foreign_wal_database_left_with_its_wal_gets_no_shm() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let conn = Connection::open(&live).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0; CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');")
        .unwrap();
    // What a crash leaves: the database and its -wal, no -shm.
    let left = dir.path().join("left");
    std::fs::create_dir(&left).unwrap();
    let path = left.join("foreign.db");
    std::fs::copy(&live, &path).unwrap();
    std::fs::copy(dir.path().join("live.db-wal"), left.join("foreign.db-wal")).unwrap();
    drop(conn);
    let db = sha256(&path);
    let wal = sha256(&left.join("foreign.db-wal"));
    let err = Store::open(&path, clock()).err().expect("refused");
    assert!(matches!(err, StoreError::Refused(_)), "{err:?}");
    assert_eq!(sha256(&path), db);
    assert_eq!(sha256(&left.join("foreign.db-wal")), wal);
    let mut names: Vec<String> = std::fs::read_dir(&left)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["foreign.db", "foreign.db-wal"], "no -shm created");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_names_that_very_file() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"ws-\xff #?%.sqlite3"));
    {
        let s = Store::open(&path, clock()).unwrap();
        s.set_setting("ui.language", "es").unwrap();
    }
    let s = Store::open(&path, clock()).unwrap();
    assert_eq!(s.setting("ui.language").unwrap().as_deref(), Some("es"));
    // A foreign file under such a name is refused untouched.
    let foreign = dir.path().join(std::ffi::OsStr::from_bytes(b"f-\xfe.db"));
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE foo (x)")
        .unwrap();
    let before = sha256(&foreign);
    assert!(Store::open(&foreign, clock()).is_err());
    assert_eq!(sha256(&foreign), before);
}

/// `chattr +i` for the life of the guard (root ignores permission bits, not immutability).
struct Immutable(PathBuf);

impl Immutable {
    fn set(path: &Path) -> Option<Immutable> {
        let ok = std::process::Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Immutable(path.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

#[test]
fn a_read_only_workspace_or_folder_is_refused_untouched_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ws");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("ws.sqlite3");
    demo_at(&path);
    let before = sha256(&path);
    {
        let Some(_guard) = Immutable::set(&path) else {
            panic!("chattr +i is needed for this test (e2fsprogs on an ext4/xfs/btrfs /tmp)");
        };
        let err = assert_refused(&path, OpenRefusal::ReadOnly);
        assert!(
            err.message.contains("file cannot be written"),
            "{}",
            err.message
        );
    }
    {
        let _guard = Immutable::set(&folder).unwrap();
        let err = assert_refused(&path, OpenRefusal::ReadOnly);
        assert!(err.message.contains("folder"), "{}", err.message);
        // A new workspace in a read-only folder: refused, nothing created.
        let new = folder.join("new.sqlite3");
        assert!(Store::open(&new, clock()).is_err());
        assert!(!new.exists());
    }
    assert_eq!(sha256(&path), before);
    Store::open(&path, clock()).unwrap();
}

/// Several connections opening one workspace at the same moment (the window's worker and its
/// main connection, two threads of a test) all open it: the folder's write check used one probe
/// name per process, so a second thread got "File exists" and a refusal.
#[test]
fn connections_opened_at_the_same_moment_all_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    drop(Store::open(&path, Arc::new(SystemClock)).unwrap());
    for _ in 0..40 {
        let barrier = Arc::new(std::sync::Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    Store::open(&path, Arc::new(SystemClock)).map(|_| ())
                })
            })
            .collect();
        for h in handles {
            if let Err(e) = h.join().unwrap() {
                panic!("a concurrent open was refused: {e:?}");
            }
        }
    }
}

/// Review finding (issue 12): with commands off the main thread, two "open the demo" clicks could
/// seed the same missing file at once. Every seeding wrote the same temporary name, so they
/// removed and renamed each other's files ("attempt to write a readonly database", "disk I/O
/// error", a missing demo). Now each seeds its own temporary file and publishes it only where no
/// workspace is yet: every opener gets the one workspace, and no temporary file is left.
#[test]
fn seeding_one_missing_workspace_from_several_threads_at_once_gives_one_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite3");
    let barrier = Arc::new(std::sync::Barrier::new(4));
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let (path, barrier) = (path.clone(), Arc::clone(&barrier));
            std::thread::spawn(move || {
                barrier.wait();
                let store = Store::open(&path, clock())?;
                let info = store.info()?;
                store.close()?;
                Ok::<_, StoreError>(info)
            })
        })
        .collect();
    for opener in openers {
        let info = opener
            .join()
            .unwrap()
            .expect("every opener gets the workspace");
        assert_eq!(info.kind, WorkspaceKind::Demo);
        assert!(info.organizations > 0);
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "demo.sqlite3")
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(matches!(
        file::inspect(&path).unwrap(),
        FileState::Ours { .. }
    ));
}
