//! Which workspace file to open and which clock to run on, from the command line and the
//! environment. Pure functions, so they are tested without a window.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_core::{Clock, Error, FixedClock, SystemClock};

/// The workspace file: `--workspace FILE`, else `COMPTOIR_WORKSPACE`, else
/// `<app data dir>/workspace.sqlite3`. Arguments and variables are taken as the OS gives them:
/// a file name need not be UTF-8.
pub fn workspace_path(
    args: &[OsString],
    env_workspace: Option<OsString>,
    app_data_dir: impl FnOnce() -> Option<PathBuf>,
) -> Result<PathBuf, Error> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(v) = flag_value(a) {
            return non_empty(&v);
        }
        if a == "--workspace" {
            let v = it
                .next()
                .ok_or_else(|| Error::invalid("--workspace", "--workspace needs a file path"))?;
            return non_empty(v);
        }
    }
    if let Some(v) = env_workspace.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(v));
    }
    app_data_dir()
        .map(|d| d.join("workspace.sqlite3"))
        .ok_or_else(|| Error::storage("no application data folder on this system"))
}

/// The demo workspace: `COMPTOIR_DEMO_WORKSPACE`, else `<app data dir>/workspace.sqlite3` (the
/// default workspace, seeded with the demo when new).
pub fn demo_path(
    env_demo: Option<OsString>,
    app_data_dir: impl FnOnce() -> Option<PathBuf>,
) -> Result<PathBuf, Error> {
    workspace_path(&[], env_demo, app_data_dir)
}

/// The name offered for a backup: the workspace's name and the day, e.g.
/// `workspace-backup-2026-11-27.sqlite3`.
pub fn backup_name(workspace: &Path, today: &str) -> String {
    let stem = workspace
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "workspace".into());
    format!("{stem}-backup-{today}.sqlite3")
}

/// Whether two paths name the same file (links and `..` resolved when the files exist).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The value of `--workspace=VALUE`, bytes as given.
fn flag_value(a: &OsStr) -> Option<OsString> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        a.as_bytes()
            .strip_prefix(b"--workspace=")
            .map(|v| OsStr::from_bytes(v).to_owned())
    }
    #[cfg(not(unix))]
    {
        a.to_str()?.strip_prefix("--workspace=").map(OsString::from)
    }
}

fn non_empty(v: &OsStr) -> Result<PathBuf, Error> {
    if v.is_empty() {
        Err(Error::invalid(
            "--workspace",
            "--workspace needs a file path",
        ))
    } else {
        Ok(PathBuf::from(v))
    }
}

/// The real clock, or one stopped at `COMPTOIR_NOW` (RFC 3339) for demos and tests.
pub fn clock(env_now: Option<String>) -> Result<Arc<dyn Clock>, Error> {
    match env_now.filter(|v| !v.is_empty()) {
        None => Ok(Arc::new(SystemClock)),
        Some(v) => FixedClock::parse(&v)
            .map(|c| Arc::new(c) as Arc<dyn Clock>)
            .ok_or_else(|| {
                Error::invalid("COMPTOIR_NOW", format!("'{v}' is not an RFC 3339 instant"))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn flag_beats_env_beats_default() {
        let data = || Some(PathBuf::from("/data"));
        assert_eq!(
            workspace_path(
                &args(&["app", "--workspace", "/a.db"]),
                Some("/b.db".into()),
                data
            )
            .unwrap(),
            PathBuf::from("/a.db")
        );
        assert_eq!(
            workspace_path(&args(&["app", "--workspace=/c.db"]), None, data).unwrap(),
            PathBuf::from("/c.db")
        );
        assert_eq!(
            workspace_path(&args(&["app"]), Some("/b.db".into()), data).unwrap(),
            PathBuf::from("/b.db")
        );
        assert_eq!(
            workspace_path(&args(&["app"]), None, data).unwrap(),
            PathBuf::from("/data/workspace.sqlite3")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_taken_as_given() {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let name = OsString::from_vec(b"/w/ws-\xff.sqlite3".to_vec());
        let mut eq = OsString::from("--workspace=");
        eq.push(&name);
        for a in [
            vec![OsString::from("app"), "--workspace".into(), name.clone()],
            vec!["app".into(), eq],
        ] {
            let p = workspace_path(&a, None, || None).unwrap();
            assert_eq!(p.as_os_str().as_bytes(), name.as_bytes());
        }
        assert_eq!(
            workspace_path(&[], Some(name.clone()), || None).unwrap(),
            PathBuf::from(name)
        );
    }

    #[test]
    fn missing_value_names_the_flag() {
        let e = workspace_path(&args(&["app", "--workspace"]), None, || None).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("--workspace"));
    }

    #[test]
    fn demo_path_and_backup_name() {
        assert_eq!(
            demo_path(Some("/t/demo.sqlite3".into()), || None).unwrap(),
            PathBuf::from("/t/demo.sqlite3")
        );
        assert_eq!(
            demo_path(None, || Some(PathBuf::from("/data"))).unwrap(),
            PathBuf::from("/data/workspace.sqlite3")
        );
        assert_eq!(
            backup_name(Path::new("/x/acme.sqlite3"), "2026-11-27"),
            "acme-backup-2026-11-27.sqlite3"
        );
    }

    /// Item 12: a refused file leaves the app running with no workspace and the reason; the
    /// demo (or another file) then opens in its place.
    #[test]
    fn a_refused_file_is_a_problem_to_show_not_a_panic() {
        use crate::AppState;
        use comptoir_store::OpenRefusal;
        let dir = tempfile::tempdir().unwrap();
        let foreign = dir.path().join("foreign.db");
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE foo (x);").unwrap();
        drop(conn);
        let before = std::fs::read(&foreign).unwrap();

        let state = AppState::failed(
            comptoir_store::WorkspaceProblem {
                path: String::new(),
                reason: OpenRefusal::Unreadable,
                message: String::new(),
            },
            clock(Some("2026-11-27T09:00:00Z".into())).unwrap(),
        );
        let err = state.open(&foreign).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("workspace"));
        let problem = state.problem().unwrap().unwrap();
        assert_eq!(problem.reason, OpenRefusal::Foreign);
        assert_eq!(problem.path, foreign.display().to_string());
        assert_eq!(std::fs::read(&foreign).unwrap(), before);
        let err = state.with(|s| s.info()).unwrap_err();
        assert!(
            err.message.contains("no workspace is open"),
            "{}",
            err.message
        );

        let info = state.open(&dir.path().join("demo.sqlite3")).unwrap();
        assert!(info.products > 0);
        assert!(state.problem().unwrap().is_none());
        assert!(state.with(|s| s.info()).is_ok());
        // With a workspace open, a refused file keeps it open.
        assert!(state.open(&foreign).is_err());
        assert!(state.is_open());
        state.close();
        assert!(!state.is_open());
    }

    /// Item 10: the exit event closes the workspace, so a copy of the `.sqlite3` alone (without
    /// its `-wal`) holds the last change.
    #[test]
    fn exit_leaves_a_self_contained_workspace_file() {
        use crate::AppState;
        use tauri::Manager;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.sqlite3");
        let store = comptoir_store::Store::open(&path, clock(None).unwrap()).unwrap();
        let app = tauri::test::mock_builder()
            .manage(AppState::new(store))
            .build(tauri::test::mock_context(tauri::test::noop_assets()))
            .unwrap();
        let state = app.state::<AppState>();
        state.with(|s| s.set_setting("ui.language", "es")).unwrap();
        // A reader elsewhere (as during a backup) keeps SQLite from folding the WAL by itself.
        let reader = rusqlite::Connection::open(&path).unwrap();
        reader
            .query_row("SELECT count(*) FROM settings", [], |r| r.get::<_, i64>(0))
            .unwrap();
        let wal = comptoir_store::file::sidecar(&path, "-wal");
        assert!(std::fs::metadata(&wal).unwrap().len() > 0);

        crate::on_run_event(app.handle(), tauri::RunEvent::Exit);
        assert!(!state.is_open());
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
        let copy = dir.path().join("copy.sqlite3");
        std::fs::copy(&path, &copy).unwrap();
        let copy = comptoir_store::Store::open(&copy, clock(None).unwrap()).unwrap();
        assert_eq!(copy.setting("ui.language").unwrap().as_deref(), Some("es"));
    }

    #[test]
    fn bad_clock_names_the_variable() {
        assert!(clock(None).is_ok());
        assert!(clock(Some("2026-11-27T09:00:00Z".into())).is_ok());
        let e = clock(Some("tomorrow".into())).err().unwrap();
        assert_eq!(e.field.as_deref(), Some("COMPTOIR_NOW"));
    }
}
