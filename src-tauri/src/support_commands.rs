//! Support requests (SUP-5): the composer's draft, attachments, the redacted preview, the
//! bundle (native save dialog) and the mail draft. Each command acts as the signed-in user and
//! hands the work to the store (`comptoir_store::support`) and the pure `comptoir-support`.

use std::path::PathBuf;

use comptoir_core::support::AttachmentKind;
use comptoir_core::ErrorCode;
use comptoir_core::{Error, Result};
use comptoir_store::support::{
    DraftFields, PreviewInput, PreviewPart, RedactionChange, SupportAttachment, SupportDraft,
    SupportHistoryEntry, SupportHistoryPage, SupportPreview, SupportProductPage, SystemInfo,
    PREVIEW_PAGE_BYTES,
};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::AppState;

/// `<app data>/support`: attachments under `<draft id>/`, captures arrive in `incoming/`.
/// `COMPTOIR_SUPPORT_DIR` moves it for unattended runs.
pub fn support_root<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("COMPTOIR_SUPPORT_DIR") {
        return Ok(PathBuf::from(dir));
    }
    app.path()
        .app_data_dir()
        .map(|d| d.join("support"))
        .map_err(|e| Error::storage(format!("no app data folder: {e}")))
}

#[tauri::command(async)]
pub fn support_draft(state: State<'_, AppState>) -> Result<SupportDraft> {
    state.with(|s| s.support_draft(s.signed_in_user()?))
}

#[tauri::command(async)]
pub fn support_save_draft(
    state: State<'_, AppState>,
    draft_id: i64,
    fields: DraftFields,
) -> Result<SupportDraft> {
    state.with(|s| s.save_support_draft(s.signed_in_user()?, draft_id, &fields))
}

#[tauri::command(async)]
pub fn support_discard_draft<R: Runtime>(app: AppHandle<R>, draft_id: i64) -> Result<()> {
    let root = support_root(&app)?;
    app.state::<AppState>()
        .with(|s| s.discard_support_draft(s.signed_in_user()?, draft_id, &root))
}

#[tauri::command(async)]
pub fn support_products(
    state: State<'_, AppState>,
    search: String,
    offset: u32,
    limit: u32,
) -> Result<SupportProductPage> {
    state.with(|s| s.support_products(s.signed_in_user()?, &search, offset, limit))
}

/// Adopts a capture from `<support>/incoming/` (the capture tools' output).
#[tauri::command(async)]
pub fn support_attach<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
    incoming_path: String,
    kind: AttachmentKind,
    name: String,
) -> Result<SupportAttachment> {
    let root = support_root(&app)?;
    app.state::<AppState>().with(|s| {
        let actor = s.signed_in_user()?;
        s.support_attach(actor, draft_id, &root, incoming_path.as_ref(), kind, &name)
    })
}

/// Attaches a file the person picks (native dialog opened here; `COMPTOIR_ATTACH_FILE` answers
/// it for unattended runs). Nothing when cancelled.
#[tauri::command]
pub async fn support_attach_file<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
) -> Result<Option<SupportAttachment>> {
    let picked = match std::env::var_os("COMPTOIR_ATTACH_FILE") {
        Some(p) => Some(PathBuf::from(p)),
        None => app
            .dialog()
            .file()
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(source) = picked else {
        return Ok(None);
    };
    let root = support_root(&app)?;
    app.state::<AppState>()
        .with(|s| s.support_attach_file(s.signed_in_user()?, draft_id, &root, &source))
        .map(Some)
}

#[tauri::command(async)]
pub fn support_detach(state: State<'_, AppState>, attachment_id: i64) -> Result<()> {
    state.with(|s| s.support_detach(s.signed_in_user()?, attachment_id))
}

/// Redacts off the store's lock (texts are read under it, then it is released: a 30 MB log
/// takes seconds and every other command would wait) and sends only the first pages.
async fn redact_off_lock<T: Send + 'static>(
    input: PreviewInput,
    then: impl FnOnce(comptoir_store::support::SupportPreview) -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(move || then(input.run()))
        .await
        .map_err(|e| Error::new(ErrorCode::Internal, format!("preview stopped: {e}")))?
}

#[tauri::command]
pub async fn support_preview<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
    language: String,
) -> Result<SupportPreview> {
    let input = app
        .state::<AppState>()
        .with(|s| s.support_preview_input(s.signed_in_user()?, draft_id, &language))?;
    redact_off_lock(input, |p| Ok(p.first_pages(PREVIEW_PAGE_BYTES))).await
}

/// The page of one part from `offset` (the preview's "show more").
#[tauri::command]
pub async fn support_preview_page<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
    part_id: String,
    offset: u64,
    language: String,
) -> Result<PreviewPart> {
    let input = app
        .state::<AppState>()
        .with(|s| s.support_preview_input(s.signed_in_user()?, draft_id, &language))?;
    redact_off_lock(input, move |p| {
        p.part(&part_id)
            .map(|part| part.page(offset.try_into().unwrap_or(usize::MAX), PREVIEW_PAGE_BYTES))
            .ok_or_else(|| Error::not_found("preview part", &part_id).with_field("part_id"))
    })
    .await
}

#[tauri::command]
pub async fn support_set_redaction<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
    change: RedactionChange,
    language: String,
) -> Result<SupportPreview> {
    let input = app
        .state::<AppState>()
        .with(|s| s.set_support_redaction(s.signed_in_user()?, draft_id, &change, &language))?;
    redact_off_lock(input, |p| Ok(p.first_pages(PREVIEW_PAGE_BYTES))).await
}

/// What the bundle may say about this machine; the composer shows it with a checkbox.
#[tauri::command(async)]
pub fn support_system_info<R: Runtime>(app: AppHandle<R>) -> Result<SystemInfo> {
    Ok(system_info(&app))
}

/// Saves the bundle where the person chooses (native dialog opened here; `COMPTOIR_SAVE_DIR`
/// answers it for unattended runs), if the preview they saw (`preview_digest`) is still what
/// the draft gives. Nothing when cancelled.
#[tauri::command]
pub async fn support_save_bundle<R: Runtime>(
    app: AppHandle<R>,
    draft_id: i64,
    preview_digest: String,
    language: String,
) -> Result<Option<SupportHistoryEntry>> {
    let today = app.state::<AppState>().with(|s| Ok(s.info()?.today))?;
    let name = format!("support-request-{today}-{draft_id}.zip");
    let Some(target) = crate::document_commands::save_target(&app, &name, "Zip", "zip") else {
        return Ok(None);
    };
    let system = system_info(&app);
    let app_name = format!("Comptoir {}", env!("CARGO_PKG_VERSION"));
    // Read under the store's lock, redact and zip after releasing it (big logs take seconds),
    // then record under it again.
    let input = app.state::<AppState>().with(|s| {
        s.support_bundle_input(
            s.signed_in_user()?,
            draft_id,
            &language,
            Some(&system),
            &app_name,
        )
    })?;
    let written = tauri::async_runtime::spawn_blocking(move || {
        input.write(&target, &preview_digest).map_err(Error::from)
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Internal, format!("bundle stopped: {e}")))??;
    app.state::<AppState>()
        .with(|s| s.record_support_bundle(s.signed_in_user()?, &written))
        .map(Some)
}

#[tauri::command(async)]
pub fn support_history(
    state: State<'_, AppState>,
    offset: u32,
    limit: u32,
) -> Result<SupportHistoryPage> {
    state.with(|s| s.support_history(s.signed_in_user()?, offset, limit))
}

/// Starts a mail draft with the request's summary (`mailto:` through the system); the bundle is
/// attached by hand. Returns the URL. `COMPTOIR_NO_EXTERNAL` skips the launch (tests).
#[tauri::command(async)]
pub fn support_open_mail<R: Runtime>(
    app: AppHandle<R>,
    bundle_id: i64,
    language: String,
) -> Result<String> {
    let url = app
        .state::<AppState>()
        .with(|s| s.support_mailto(s.signed_in_user()?, bundle_id, &language))?;
    if std::env::var_os("COMPTOIR_NO_EXTERNAL").is_none() {
        app.opener()
            .open_url(&url, None::<&str>)
            .map_err(|e| Error::storage(format!("no mail client could be started: {e}")))?;
    }
    Ok(url)
}

/// OS, versions, locale and screens, as labelled facts.
fn system_info<R: Runtime>(app: &AppHandle<R>) -> SystemInfo {
    let mut out: SystemInfo = Vec::new();
    let os_name = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_owned())
            })
        })
        .unwrap_or_else(|| std::env::consts::OS.to_owned());
    out.push((
        "os".into(),
        format!("{os_name} ({})", std::env::consts::ARCH),
    ));
    out.push((
        "app".into(),
        format!("Comptoir {}", env!("CARGO_PKG_VERSION")),
    ));
    out.push(("tauri".into(), tauri::VERSION.to_owned()));
    if let Ok(v) = tauri::webview_version() {
        out.push(("webview".into(), v));
    }
    out.push((
        "locale".into(),
        sys_locale::get_locale().unwrap_or_else(|| "unknown".into()),
    ));
    if let Some(w) = app.get_webview_window("main") {
        if let Ok(monitors) = w.available_monitors() {
            for (i, m) in monitors.iter().enumerate() {
                let size = m.size();
                out.push((
                    format!("screen {}", i + 1),
                    format!("{}×{} @ {}x", size.width, size.height, m.scale_factor()),
                ));
            }
        }
    }
    out
}
