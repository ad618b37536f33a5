//! Comptoir's Tauri shell: opens the workspace, registers the commands, runs the window.
//! It only adapts; the domain lives in `crates/`.

mod commands;
mod document_commands;
mod org_commands;
mod renewal_commands;
pub mod support_commands;
pub mod views;
pub mod workspace;

#[cfg(test)]
mod bindings;
#[cfg(test)]
mod shell_tests;

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use comptoir_core::{Clock, Error, ErrorCode, Result, SystemClock};
use comptoir_store::{
    OpenRefusal, Store, StoreError, StoreResult, WorkspaceInfo, WorkspaceProblem,
};
use tauri::{Builder, Manager, RunEvent, Runtime};

/// How often the WAL is folded into the `.sqlite3` file while the app runs.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(300);

/// The state every command reaches: the open workspace, or none and why (the window then shows
/// what is wrong with the file instead of panicking). One connection behind a mutex; SQLite
/// calls here take microseconds, long work will run on its own connection.
pub struct AppState {
    store: Mutex<Option<Store>>,
    problem: Mutex<Option<WorkspaceProblem>>,
    clock: Arc<dyn Clock>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            clock: Arc::clone(store.clock_arc()),
            store: Mutex::new(Some(store)),
            problem: Mutex::new(None),
        }
    }

    /// No workspace open: the window shows `problem` and offers another file or the demo.
    pub fn failed(problem: WorkspaceProblem, clock: Arc<dyn Clock>) -> Self {
        AppState {
            store: Mutex::new(None),
            problem: Mutex::new(Some(problem)),
            clock,
        }
    }

    fn lock<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>> {
        m.lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "the workspace lock was poisoned"))
    }

    /// Runs `f` on the store and maps its error to the one IPC error type.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> StoreResult<T>) -> Result<T> {
        let mut guard = Self::lock(&self.store)?;
        let store = guard.as_mut().ok_or_else(|| {
            Error::storage("no workspace is open; open another workspace or the demo")
                .with_field("workspace")
        })?;
        f(store).map_err(Error::from)
    }

    pub fn is_open(&self) -> bool {
        Self::lock(&self.store).is_ok_and(|s| s.is_some())
    }

    /// Why no workspace is open, when none is.
    pub fn problem(&self) -> Result<Option<WorkspaceProblem>> {
        Ok(Self::lock(&self.problem)?.clone())
    }

    /// Opens `path` in place of the open workspace (closed cleanly). A refused file is logged,
    /// and becomes the problem shown when no workspace is open.
    pub fn open(&self, path: &Path) -> Result<WorkspaceInfo> {
        match Store::open(path, Arc::clone(&self.clock)) {
            Ok(store) => {
                let info = store.info()?;
                if let Some(old) = Self::lock(&self.store)?.replace(store) {
                    log_close(old);
                }
                *Self::lock(&self.problem)? = None;
                Ok(info)
            }
            Err(e) => {
                let problem = problem_of(path, e);
                eprintln!(
                    "comptoir: cannot open the workspace {}: {}",
                    problem.path, problem.message
                );
                let error = Error::storage(format!(
                    "cannot open the workspace {}: {}",
                    problem.path, problem.message
                ))
                .with_field("workspace");
                if !self.is_open() {
                    *Self::lock(&self.problem)? = Some(problem);
                }
                Err(error)
            }
        }
    }

    /// Folds the WAL into the workspace file (timer and exit).
    pub fn checkpoint(&self) {
        if let Err(e) = self.with(|s| s.checkpoint()) {
            if self.is_open() {
                eprintln!("comptoir: checkpoint: {}", e.message);
            }
        }
    }

    /// Closes the workspace on exit, so the `.sqlite3` file alone holds everything.
    pub fn close(&self) {
        if let Ok(mut guard) = self.store.lock() {
            if let Some(store) = guard.take() {
                log_close(store);
            }
        }
    }
}

fn log_close(store: Store) {
    let path = store.path().display().to_string();
    if let Err(e) = store.close() {
        eprintln!("comptoir: closing {path}: {e}");
    }
}

/// Any open failure as the problem the window shows.
fn problem_of(path: &Path, e: StoreError) -> WorkspaceProblem {
    match e {
        StoreError::Refused(p) => p,
        other => WorkspaceProblem {
            path: path.display().to_string(),
            reason: OpenRefusal::Unreadable,
            message: Error::from(other).message,
        },
    }
}

/// Opens the workspace named by `--workspace`, `COMPTOIR_WORKSPACE` or the app-data default; on
/// failure the app still starts, with no workspace and the reason.
fn open_state<R: Runtime>(app: &tauri::App<R>) -> AppState {
    let clock = workspace::clock(std::env::var("COMPTOIR_NOW").ok());
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let path = workspace::workspace_path(&args, std::env::var_os("COMPTOIR_WORKSPACE"), || {
        app.path().app_data_dir().ok()
    });
    let failed = |path: String, e: Error, clock| {
        eprintln!("comptoir: cannot open the workspace {path}: {}", e.message);
        let problem = WorkspaceProblem {
            path,
            reason: OpenRefusal::Unreadable,
            message: e.message,
        };
        AppState::failed(problem, clock)
    };
    let (clock, path) = match (clock, path) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return failed(String::new(), e, Arc::new(SystemClock)),
    };
    let state = AppState::failed(
        WorkspaceProblem {
            path: path.display().to_string(),
            reason: OpenRefusal::Unreadable,
            message: String::new(),
        },
        clock,
    );
    let _ = state.open(&path);
    state
}

pub fn run() {
    let builder = tauri::Builder::default().setup(|app| {
        app.manage(open_state(app));
        let handle = app.handle().clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(CHECKPOINT_EVERY);
            handle.state::<AppState>().checkpoint();
        });
        Ok(())
    });
    register_commands(builder)
        .build(tauri::generate_context!())
        .expect("error while building Comptoir")
        .run(on_run_event);
}

/// On exit (the last window closed), the workspace is closed cleanly: the `.sqlite3` file alone
/// then holds everything. A killed process keeps at most the last checkpoint interval in the WAL
/// (still recovered by SQLite on the next open).
pub fn on_run_event<R: Runtime>(app: &tauri::AppHandle<R>, event: RunEvent) {
    if let RunEvent::Exit = event {
        if let Some(state) = app.try_state::<AppState>() {
            state.close();
        }
    }
}

/// Registers the commands on any runtime: the real one in `run`, the mock one in tests. State is
/// managed apart: the real app opens its workspace in `setup`, where the app's paths are known.
pub fn register_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(renewal_commands::Jobs::default())
        .invoke_handler(tauri::generate_handler![
            commands::workspace_info,
            commands::list_organizations,
            commands::organization_overview,
            commands::list_invoices,
            commands::billing_overview,
            commands::list_support_grants,
            commands::security_overview,
            commands::partner_overview,
            commands::ui_preferences,
            commands::set_language,
            commands::reset_demo_workspace,
            commands::workspace_problem,
            commands::open_workspace,
            commands::open_demo_workspace,
            commands::backup_workspace,
            org_commands::add_member,
            org_commands::resend_invitation,
            org_commands::remove_members,
            org_commands::leave_organization,
            org_commands::change_role,
            org_commands::replace_legal_representative,
            org_commands::user_rights,
            org_commands::set_user_rights,
            org_commands::set_contacts,
            org_commands::update_organization,
            org_commands::create_team,
            org_commands::update_team,
            org_commands::delete_team,
            org_commands::set_team_members,
            org_commands::team_rights,
            org_commands::set_team_rights,
            org_commands::effective_rights,
            org_commands::set_signed_in_user,
            renewal_commands::query_products,
            renewal_commands::renewal_counts,
            renewal_commands::count_selection,
            renewal_commands::set_auto_renew,
            renewal_commands::cancel_job,
            renewal_commands::set_period,
            renewal_commands::pay_preview,
            renewal_commands::pay_selection,
            renewal_commands::pay_pending_order,
            renewal_commands::list_orders,
            renewal_commands::open_order_of,
            renewal_commands::cancel_pending_order,
            renewal_commands::billing_access,
            renewal_commands::add_payment_method,
            renewal_commands::set_default_method,
            renewal_commands::top_up,
            renewal_commands::export_timeline,
            renewal_commands::product_timeline,
            document_commands::invoice_detail,
            document_commands::save_document,
            document_commands::print_document,
            document_commands::export_documents,
            document_commands::issue_credit_note,
            document_commands::seller,
            document_commands::set_seller,
            support_commands::support_draft,
            support_commands::support_save_draft,
            support_commands::support_discard_draft,
            support_commands::support_products,
            support_commands::support_attach,
            support_commands::support_attach_file,
            support_commands::support_detach,
            support_commands::support_preview,
            support_commands::support_set_redaction,
            support_commands::support_system_info,
            support_commands::support_save_bundle,
            support_commands::support_history,
            support_commands::support_open_mail,
        ])
}
