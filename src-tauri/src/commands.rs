//! IPC commands. Each takes typed input, calls the store or the core, and returns the one
//! error type. No business logic lives here.

use comptoir_core::billing::Invoice;
use comptoir_core::org::Organization;
use comptoir_core::security::SecuritySettings;
use comptoir_core::support::SupportGrant;
use comptoir_core::{Error, ErrorCode, Result};
use comptoir_store::StoreResult;
use comptoir_store::{
    BackupReport, MembersPage, WorkspaceInfo, WorkspaceProblem, MEMBERS_PAGE_MAX,
};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use std::path::{Path, PathBuf};

use crate::views::*;
use crate::{workspace, AppState};

/// The UI languages that are complete: each has `locales/<lang>/ui.ftl`, kept in step with
/// English by the catalogue test (ui/src/test/catalogue.test.ts).
pub const UI_LANGUAGES: &[&str] = &["en", "es", "fr", "de", "it"];

#[tauri::command(async)]
pub fn workspace_info(state: State<'_, AppState>) -> Result<WorkspaceInfo> {
    state.with(|s| s.info())
}

#[tauri::command(async)]
pub fn list_organizations(state: State<'_, AppState>) -> Result<Vec<Organization>> {
    state.with(|s| s.organizations())
}

#[tauri::command(async)]
pub fn organization_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<OrganizationOverview> {
    state.with(|s| overview(s, organization_id))
}

fn overview(
    s: &mut comptoir_store::Store,
    organization_id: i64,
) -> StoreResult<OrganizationOverview> {
    s.check_member(s.signed_in_user()?, organization_id)?;
    let page = s.members_page(organization_id, 0, MEMBERS_PAGE_MAX, None)?;
    Ok(OrganizationOverview {
        organization: s.organization(organization_id)?,
        members: page.members,
        members_total: page.total,
        actor: s.member(organization_id, s.signed_in_user()?)?,
        teams: s.teams(organization_id)?,
    })
}

/// The OS's languages, without waiting for the workspace to open: the loading screen speaks the
/// person's language (the workspace's own setting comes with `startup`).
#[tauri::command(async)]
pub fn os_languages() -> Vec<String> {
    os_language_tags()
}

/// The first screen in one reply (issue 12): what `ui_preferences`, `workspace_problem`,
/// `workspace_info`, `list_organizations` and `organization_overview` answer, read in one turn
/// of the store. `organization_id`: the organization the window shows (the first one when none
/// or gone).
#[tauri::command(async)]
pub fn startup(state: State<'_, AppState>, organization_id: Option<i64>) -> Result<Startup> {
    let preferences = ui_preferences(state.clone())?;
    let problem = state.problem()?;
    if problem.is_some() || !state.is_open() {
        return Ok(Startup {
            preferences,
            problem,
            info: None,
            organizations: Vec::new(),
            overview: None,
        });
    }
    state.with(|s| {
        let info = s.info()?;
        let organizations = s.organizations()?;
        let shown = organization_id
            .filter(|id| organizations.iter().any(|o| o.id == *id))
            .or(organizations.first().map(|o| o.id));
        // A refusal (not a member) is the page's to show, with its own retry: none here.
        let overview = shown.and_then(|id| overview(s, id).ok());
        Ok(Startup {
            preferences,
            problem: None,
            info: Some(info),
            organizations,
            overview,
        })
    })
}

/// A page of an organization's members, optionally searched by name or e-mail.
#[tauri::command(async)]
pub fn organization_members(
    state: State<'_, AppState>,
    organization_id: i64,
    offset: u32,
    limit: u32,
    search: Option<String>,
) -> Result<MembersPage> {
    state.with(|s| {
        s.check_member(s.signed_in_user()?, organization_id)?;
        s.members_page(organization_id, offset, limit, search.as_deref())
    })
}

#[tauri::command(async)]
pub fn list_invoices(
    state: State<'_, AppState>,
    organization_id: Option<i64>,
) -> Result<Vec<Invoice>> {
    state.with(|s| s.invoices_as(s.signed_in_user()?, organization_id))
}

/// The documents with a line for one product (a product's "Invoices" link).
#[tauri::command(async)]
pub fn list_invoices_of_product(
    state: State<'_, AppState>,
    product_id: i64,
) -> Result<Vec<Invoice>> {
    state.with(|s| s.invoices_for_product_as(s.signed_in_user()?, product_id))
}

#[tauri::command(async)]
pub fn billing_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<BillingOverview> {
    state.with(|s| {
        s.check_member(s.signed_in_user()?, organization_id)?;
        Ok(BillingOverview {
            payment_methods: s.payment_methods(organization_id)?,
            prepaid: s.prepaid_account(organization_id)?,
        })
    })
}

#[tauri::command(async)]
pub fn list_support_grants(state: State<'_, AppState>) -> Result<Vec<SupportGrant>> {
    state.with(|s| s.support_grants_as(s.signed_in_user()?))
}

#[tauri::command(async)]
pub fn security_overview(state: State<'_, AppState>) -> Result<Vec<SecuritySettings>> {
    state.with(|s| s.security_settings())
}

fn os_language_tags() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The language setting lives in the workspace; with none open, the OS languages still decide.
#[tauri::command(async)]
pub fn ui_preferences(state: State<'_, AppState>) -> Result<UiPreferences> {
    let language = match state.is_open() {
        true => state.with(|s| s.setting("ui.language"))?,
        false => None,
    };
    Ok(UiPreferences {
        language,
        os_languages: os_language_tags(),
    })
}

#[tauri::command(async)]
pub fn set_language(state: State<'_, AppState>, language: String) -> Result<UiPreferences> {
    if !UI_LANGUAGES.contains(&language.as_str()) {
        // Echo at most a short prefix: the refusal is read by people, and may be logged.
        let shown: String = language.chars().take(16).collect();
        let more = if language.chars().count() > 16 {
            "…"
        } else {
            ""
        };
        return Err(Error::invalid(
            "language",
            format!(
                "'{shown}{more}' is not a UI language ({})",
                UI_LANGUAGES.join(", ")
            ),
        ));
    }
    state.with(|s| {
        s.set_setting("ui.language", &language)?;
        Ok(UiPreferences {
            language: Some(language),
            os_languages: os_language_tags(),
        })
    })
}

#[tauri::command(async)]
pub fn reset_demo_workspace(state: State<'_, AppState>) -> Result<WorkspaceInfo> {
    state.with(|s| {
        s.reset_demo()?;
        s.info()
    })
}

/// Why no workspace is open (the window shows it), or nothing when one is.
#[tauri::command(async)]
pub fn workspace_problem(state: State<'_, AppState>) -> Result<Option<WorkspaceProblem>> {
    state.problem()
}

/// Opens a workspace file the user picks (native dialog opened here; `COMPTOIR_OPEN_FILE`
/// answers it for unattended runs). Nothing when the user cancelled.
#[tauri::command]
pub async fn open_workspace<R: Runtime>(app: AppHandle<R>) -> Result<Option<WorkspaceInfo>> {
    let path = match std::env::var_os("COMPTOIR_OPEN_FILE") {
        Some(p) => Some(PathBuf::from(p)),
        None => app
            .dialog()
            .file()
            .add_filter("Comptoir workspace", &["sqlite3", "sqlite", "db"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    path.map(|p| app.state::<AppState>().open(&p)).transpose()
}

/// Opens the demo workspace in the app's data folder (`COMPTOIR_DEMO_WORKSPACE` overrides it).
#[tauri::command(async)]
pub fn open_demo_workspace<R: Runtime>(app: AppHandle<R>) -> Result<WorkspaceInfo> {
    let path = workspace::demo_path(std::env::var_os("COMPTOIR_DEMO_WORKSPACE"), || {
        app.path().app_data_dir().ok()
    })?;
    app.state::<AppState>().open(&path)
}

/// A workspace file a second launch named while this window shows another one: the window
/// offers to open it (the path never comes from the web view).
#[derive(Default)]
pub struct SecondLaunch(std::sync::Mutex<Option<PathBuf>>);

/// A second `comptoir` started: it ends at once (single-instance plugin) and this window comes
/// to the front. When it named another workspace file, the window is told which, to offer it.
pub fn second_launch<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>, cwd: String) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
    let args: Vec<std::ffi::OsString> = argv.into_iter().map(Into::into).collect();
    let named_one = args
        .iter()
        .any(|a| a == "--workspace" || a.to_string_lossy().starts_with("--workspace="));
    if !named_one {
        return;
    }
    let Ok(named) = workspace::workspace_path(&args, None, || None) else {
        return;
    };
    let named = Path::new(&cwd).join(named);
    let shown = app
        .state::<AppState>()
        .with(|s| Ok(s.path().to_path_buf()))
        .ok();
    if shown.is_some_and(|p| workspace::same_file(&p, &named)) {
        return;
    }
    let name = named
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Ok(mut slot) = app.state::<SecondLaunch>().0.lock() {
        *slot = Some(named);
    }
    let _ = app.emit("second-launch", name);
}

/// Opens the workspace a second launch named ([`second_launch`]). Nothing when there is none.
#[tauri::command(async)]
pub fn open_second_launch<R: Runtime>(app: AppHandle<R>) -> Result<Option<WorkspaceInfo>> {
    let path = app
        .state::<SecondLaunch>()
        .0
        .lock()
        .ok()
        .and_then(|mut slot| slot.take());
    path.map(|p| app.state::<AppState>().open(&p)).transpose()
}

/// Writes a checked, self-contained copy of the workspace where the user chooses (native dialog
/// opened here; `COMPTOIR_SAVE_DIR` answers it for unattended runs). Nothing when cancelled.
#[tauri::command]
pub async fn backup_workspace<R: Runtime>(app: AppHandle<R>) -> Result<Option<BackupReport>> {
    let (name, handle) = app.state::<AppState>().with(|s| {
        Ok((
            workspace::backup_name(s.path(), &s.info()?.today),
            s.worker_handle(),
        ))
    })?;
    let Some(target) =
        crate::document_commands::save_target(&app, &name, "Comptoir workspace", "sqlite3")
    else {
        return Ok(None);
    };
    // A 100,000-product workspace takes a second to copy and check: on a connection of its own,
    // never under the lock the screens' reads need.
    tauri::async_runtime::spawn_blocking(move || -> Result<BackupReport> {
        Ok(handle.open()?.backup_to(&target)?)
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Internal, format!("backup stopped: {e}")))?
    .map(Some)
}
