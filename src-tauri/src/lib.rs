//! Comptoir's Tauri shell: opens the workspace, registers the commands, runs the window.
//! It only adapts; the domain lives in `crates/`.

mod capture_commands;
mod commands;
mod document_commands;
mod grant_commands;
mod org_commands;
mod partner_commands;
pub mod provider_commands;
mod reminder_commands;
pub mod rendering;
mod renewal_commands;
mod security_commands;
pub mod support_commands;
pub mod views;
pub mod workspace;

#[cfg(test)]
mod bindings;
#[cfg(test)]
mod capture_tests;
#[cfg(test)]
mod shell_tests;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use comptoir_core::{Clock, Error, ErrorCode, Result, SystemClock};
use comptoir_store::{
    OpenRefusal, Store, StoreError, StoreResult, WorkspaceInfo, WorkspaceProblem,
};
use tauri::{Builder, Manager, RunEvent, Runtime};

/// The app's memo of checked workspace files, in its data folder.
const CHECK_MEMO: &str = "checked-workspaces.json";
/// How often the WAL is folded into the `.sqlite3` file while the app runs.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(300);
/// PAY-2 reminders: first look soon after start (the window is up), then hourly.
const REMIND_AFTER_START: std::time::Duration = std::time::Duration::from_secs(3);
const REMIND_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
/// How soon a moved or resized window's state is saved.
const WINDOW_STATE_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// The state every command reaches: the open workspace, or none and why (the window then shows
/// what is wrong with the file instead of panicking). One connection behind a mutex; SQLite
/// calls here take microseconds, long work will run on its own connection.
pub struct AppState {
    store: Mutex<Option<Store>>,
    problem: Mutex<Option<WorkspaceProblem>>,
    clock: Arc<dyn Clock>,
    /// False while the startup workspace opens on its own thread (issue 12: the window maps and
    /// the page loads meanwhile); every use of the store waits for it.
    opened: Mutex<bool>,
    opened_now: Condvar,
    /// One open at a time: commands run concurrently, and two opens (two clicks on "open the
    /// demo") must not interleave their checks and replacements.
    opens: Mutex<()>,
    /// The app's memo of workspace files that passed the integrity check (issue 12; see
    /// `comptoir_store::file::CheckMemo`), set once the app's data folder is known.
    memo: std::sync::OnceLock<std::path::PathBuf>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            clock: Arc::clone(store.clock_arc()),
            store: Mutex::new(Some(store)),
            problem: Mutex::new(None),
            opened: Mutex::new(true),
            opened_now: Condvar::new(),
            opens: Mutex::new(()),
            memo: std::sync::OnceLock::new(),
        }
    }

    /// The startup state: the workspace is still opening ([`AppState::finish_opening`] ends it).
    pub fn opening(clock: Arc<dyn Clock>) -> Self {
        AppState {
            store: Mutex::new(None),
            problem: Mutex::new(None),
            clock,
            opened: Mutex::new(false),
            opened_now: Condvar::new(),
            opens: Mutex::new(()),
            memo: std::sync::OnceLock::new(),
        }
    }

    /// Where opened workspaces are remembered once checked (the app's data folder).
    pub fn remember_checks_in(&self, memo: std::path::PathBuf) {
        let _ = self.memo.set(memo);
    }

    /// Opens the startup workspace (on the opener's thread), then lets every waiting use go on.
    pub fn finish_opening(&self, path: &Path) {
        let _ = self.open_now(path);
        *self.opened.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.opened_now.notify_all();
    }

    /// Waits until the startup workspace is open (or refused); at once after that.
    fn wait_opened(&self) {
        let mut opened = self.opened.lock().unwrap_or_else(|p| p.into_inner());
        while !*opened {
            opened = self
                .opened_now
                .wait(opened)
                .unwrap_or_else(|p| p.into_inner());
        }
    }

    /// No workspace open: the window shows `problem` and offers another file or the demo.
    pub fn failed(problem: WorkspaceProblem, clock: Arc<dyn Clock>) -> Self {
        AppState {
            store: Mutex::new(None),
            problem: Mutex::new(Some(problem)),
            clock,
            opened: Mutex::new(true),
            opened_now: Condvar::new(),
            opens: Mutex::new(()),
            memo: std::sync::OnceLock::new(),
        }
    }

    fn lock<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>> {
        m.lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "the workspace lock was poisoned"))
    }

    /// Runs `f` on the store and maps its error to the one IPC error type.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> StoreResult<T>) -> Result<T> {
        self.wait_opened();
        let mut guard = Self::lock(&self.store)?;
        let store = guard.as_mut().ok_or_else(|| {
            Error::storage("no workspace is open; open another workspace or the demo")
                .with_field("workspace")
        })?;
        f(store).map_err(Error::from)
    }

    pub fn is_open(&self) -> bool {
        self.wait_opened();
        self.is_open_now()
    }

    fn is_open_now(&self) -> bool {
        Self::lock(&self.store).is_ok_and(|s| s.is_some())
    }

    /// Why no workspace is open, when none is.
    pub fn problem(&self) -> Result<Option<WorkspaceProblem>> {
        self.wait_opened();
        Ok(Self::lock(&self.problem)?.clone())
    }

    /// Opens `path` in place of the open workspace (closed cleanly). A refused file is logged,
    /// and becomes the problem shown when no workspace is open.
    pub fn open(&self, path: &Path) -> Result<WorkspaceInfo> {
        self.wait_opened();
        self.open_now(path)
    }

    fn open_now(&self, path: &Path) -> Result<WorkspaceInfo> {
        let _one_at_a_time = self.opens.lock().unwrap_or_else(|p| p.into_inner());
        match Store::open_with_memo(
            path,
            Arc::clone(&self.clock),
            self.memo.get().map(|m| m.as_path()),
        ) {
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
                // Said in the reader's language: the file's name and why (the problem screen's
                // sentence for that refusal).
                let why = serde_json::to_value(problem.reason)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let file = path
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let error = Error::storage(format!(
                    "cannot open the workspace {}: {}",
                    problem.path, problem.message
                ))
                .with_field("workspace")
                .reason("workspace_refused")
                .with_param("file", file)
                .with_param("why", why);
                if !self.is_open_now() {
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
        self.wait_opened();
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

/// The state for the workspace named by `--workspace`, `COMPTOIR_WORKSPACE` or the app-data
/// default, and the file to open: the caller opens it on its own thread (the window loads
/// meanwhile). On failure the app still starts, with no workspace and the reason.
fn open_state<R: Runtime>(app: &tauri::App<R>) -> (AppState, Option<std::path::PathBuf>) {
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
        (AppState::failed(problem, clock), None)
    };
    let (clock, path) = match (clock, path) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return failed(String::new(), e, Arc::new(SystemClock)),
    };
    (AppState::opening(clock), Some(path))
}

/// Workers of the async runtime the commands run on. A command waiting for the store's lock
/// (behind a reset of a big workspace, say) holds its worker; with one worker per core (two here)
/// a command that needs no store at all (cancel a job, a capture's status) waited behind them.
const COMMAND_WORKERS: usize = 8;

/// The runtime the commands run on (see [`COMMAND_WORKERS`]).
pub fn command_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(COMMAND_WORKERS)
        .enable_all()
        .thread_name("comptoir-commands")
        .build()
        .expect("the async runtime starts")
}

pub fn run() {
    // Before any thread and before WebKit: without a GPU, Skia draws on the CPU (issue 12).
    let cpu_drawing = rendering::choose();
    let runtime = command_runtime();
    // Lives as long as the process (the event loop below never gives it back).
    tauri::async_runtime::set(Box::leak(Box::new(runtime)).handle().clone());
    // The window comes back at its last size and place (`COMPTOIR_WINDOW_STATE=off` in tests
    // that set their own). The plugin saves at a clean exit only; a change is also saved a
    // moment after it happens, so a killed or crashed app keeps it too.
    let window_state = std::env::var_os("COMPTOIR_WINDOW_STATE").is_none_or(|v| v != "off");
    // PAY-2 reminders (`COMPTOIR_REMINDERS=off` in tests that compare the workspace).
    let reminders = std::env::var_os("COMPTOIR_REMINDERS").is_none_or(|v| v != "off");
    let moved = Arc::new(AtomicBool::new(false));
    let mark = moved.clone();
    // First of the plugins, as its docs ask: a second launch ends at once and wakes this one.
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            commands::second_launch(app, argv, cwd)
        }))
        .manage(commands::SecondLaunch::default())
        .setup(move |app| {
            // Stored texts the engine writes out for the screens follow the OS's language when
            // the workspace has no language setting, as the UI does.
            comptoir_i18n::set_os_languages(sys_locale::get_locales());
            // The log first, so that the startup's spans (workspace open, migrations check,
            // seed) are in it (issue 12: where the startup time goes).
            start_log(app);
            if cpu_drawing {
                tracing::info!(
                    "startup: no GPU device, so the window draws on the CPU ({}=1)",
                    rendering::CPU_RENDERING
                );
            }
            let setup = tracing::info_span!("startup_setup").entered();
            let (state, path) = open_state(app);
            if let Ok(dir) = app.path().app_data_dir() {
                state.remember_checks_in(dir.join(CHECK_MEMO));
            }
            app.manage(state);
            if let Some(path) = path {
                // Issue 12: checking and opening the file (a `quick_check` of a 100,000-product
                // workspace takes ~0.5 s) no longer delays the window; commands wait for it.
                let handle = app.handle().clone();
                std::thread::spawn(move || handle.state::<AppState>().finish_opening(&path));
            }
            if let Ok(dir) = app.path().app_data_dir() {
                app.state::<provider_commands::ProviderLink>()
                    .set_journal_dir(&dir);
            }
            provider_commands::start_flusher(app.handle().clone());
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(CHECKPOINT_EVERY);
                handle.state::<AppState>().checkpoint();
            });
            if reminders {
                // Shortly after start, then every hour while the app runs.
                let handle = app.handle().clone();
                std::thread::spawn(move || {
                    std::thread::sleep(REMIND_AFTER_START);
                    loop {
                        reminder_commands::remind_now(&handle);
                        grant_commands::clock_round(&handle);
                        std::thread::sleep(REMIND_EVERY);
                    }
                });
            }
            if window_state {
                use tauri_plugin_window_state::{AppHandleExt, StateFlags};
                let handle = app.handle().clone();
                std::thread::spawn(move || loop {
                    std::thread::sleep(WINDOW_STATE_EVERY);
                    if moved.swap(false, Ordering::Relaxed) {
                        let _ = handle.save_window_state(StateFlags::all());
                    }
                });
            }
            drop(setup);
            Ok(())
        })
        .on_window_event(move |_, e| {
            if matches!(
                e,
                tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_)
            ) {
                mark.store(true, Ordering::Relaxed);
            }
        });
    let builder = if window_state {
        builder.plugin(tauri_plugin_window_state::Builder::default().build())
    } else {
        builder
    };
    register_commands(builder)
        .build(tauri::generate_context!())
        .expect("error while building Comptoir")
        .run(on_run_event);
}

/// The app log in the OS log folder (daily files, read back by "attach the app log").
fn start_log<R: Runtime>(app: &tauri::App<R>) {
    let Ok(dir) = app.path().app_log_dir() else {
        return;
    };
    match comptoir_capture::applog::init(&dir) {
        Ok(guard) => {
            let state = app.state::<capture_commands::CaptureState>();
            *state.log_guard.lock().unwrap_or_else(|p| p.into_inner()) = Some(guard);
            tracing::info!(version = env!("CARGO_PKG_VERSION"), "Comptoir started");
        }
        Err(e) => eprintln!("comptoir: no app log: {}", e.message),
    }
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
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .manage(renewal_commands::Jobs::default())
        .manage(org_commands::LastRemoval::default())
        .manage(org_commands::LastReplacement::default())
        .manage(document_commands::SavedFiles::default())
        .manage(document_commands::ExportFolder::default())
        .manage(provider_commands::ProviderLink::from_env())
        .manage(capture_commands::CaptureState::default())
        .invoke_handler(tauri::generate_handler![
            commands::workspace_info,
            commands::list_organizations,
            commands::organization_overview,
            commands::list_invoices,
            commands::billing_overview,
            commands::list_support_grants,
            commands::security_overview,
            partner_commands::partner_overview,
            commands::ui_preferences,
            commands::startup,
            commands::os_languages,
            commands::set_language,
            commands::reset_demo_workspace,
            commands::workspace_problem,
            commands::open_workspace,
            commands::open_demo_workspace,
            commands::open_second_launch,
            commands::backup_workspace,
            org_commands::add_member,
            org_commands::invite_members,
            org_commands::resend_invitation,
            org_commands::remove_members,
            org_commands::undo_removal,
            org_commands::undo_replacement,
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
            renewal_commands::renewal_forecast,
            renewal_commands::spending_history,
            renewal_commands::palette_search,
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
            renewal_commands::top_up_preview,
            renewal_commands::export_timeline,
            renewal_commands::product_timeline,
            document_commands::invoice_detail,
            document_commands::save_document,
            document_commands::print_document,
            document_commands::export_documents,
            document_commands::export_check,
            document_commands::open_saved,
            document_commands::show_saved,
            commands::list_invoices_of_product,
            commands::organization_members,
            grant_commands::create_support_grants,
            grant_commands::revoke_support_grant,
            grant_commands::support_access_log,
            grant_commands::list_kc_blocks,
            grant_commands::kc_resend,
            grant_commands::kc_documents,
            grant_commands::kc_attach_document,
            grant_commands::kc_handle_document,
            document_commands::issue_credit_note,
            document_commands::seller,
            document_commands::set_seller,
            reminder_commands::notification_settings,
            reminder_commands::set_notification_settings,
            reminder_commands::attention,
            reminder_commands::os_notifications,
            reminder_commands::set_os_notifications,
            provider_commands::provider_status,
            provider_commands::connect_provider,
            provider_commands::disconnect_provider,
            provider_commands::sync_provider,
            provider_commands::cancel_provider_sync,
            provider_commands::list_outbox,
            provider_commands::retry_outbox,
            provider_commands::retry_provider_now,
            provider_commands::discard_outbox,
            capture_commands::capture_environment,
            capture_commands::capture_screen,
            capture_commands::capture_window,
            capture_commands::capture_region,
            capture_commands::region_shot,
            capture_commands::region_chosen,
            capture_commands::render_shot,
            capture_commands::export_shot,
            capture_commands::forget_shot,
            capture_commands::ui_log,
            capture_commands::export_app_log,
            capture_commands::console_capture_start,
            capture_commands::console_capture_status,
            capture_commands::console_capture_stop,
            capture_commands::capture_event,
            capture_commands::import_log_file,
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
            support_commands::support_preview_page,
            security_commands::tfa_status,
            security_commands::tfa_begin,
            security_commands::tfa_confirm,
            security_commands::tfa_check_code,
            security_commands::tfa_regenerate_codes,
            security_commands::tfa_remove,
            security_commands::tfa_save_codes,
            security_commands::tfa_print_codes,
            security_commands::identifier_map,
            partner_commands::partner_save_profile,
            partner_commands::partner_set_status,
            partner_commands::partner_add_client,
            partner_commands::partner_client,
            partner_commands::partner_add_client_product,
            partner_commands::partner_set_access,
            partner_commands::partner_set_billing,
            partner_commands::partner_set_managers,
            partner_commands::partner_end_client,
            partner_commands::partner_statement,
            partner_commands::partner_export_statement,
        ])
}
