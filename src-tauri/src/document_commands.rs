//! Documents (PAY-7): detail, save through the native dialog, print through the system, all from
//! the offline vault (rendered once, hash-checked).

use std::path::{Path, PathBuf};

use comptoir_core::billing::InvoiceDetail;
use comptoir_core::{Error, ErrorCode, Result};
use comptoir_invoice::Fonts;
use comptoir_store::vault::open_document;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

#[tauri::command(async)]
pub fn invoice_detail(state: State<'_, AppState>, invoice_id: i64) -> Result<InvoiceDetail> {
    state.with(|s| s.invoice_detail_as(s.signed_in_user()?, invoice_id))
}

/// Saves a document's PDF where the user chooses (native dialog, opened here: no path comes from
/// the web view). `COMPTOIR_SAVE_DIR`, when set, answers the dialog for unattended runs (the
/// end-to-end tests). Returns the path, or nothing when the user cancelled.
#[tauri::command]
pub async fn save_document<R: Runtime>(
    app: AppHandle<R>,
    invoice_id: i64,
) -> Result<Option<String>> {
    let (vault_path, bytes) = app.state::<AppState>().with(|s| {
        s.check_document_reader(s.signed_in_user()?, invoice_id)?;
        open_document(s, Fonts::shared(), invoice_id)
    })?;
    let file_name = vault_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document.pdf".into());
    let Some(target) = save_target(&app, &file_name, "PDF", "pdf") else {
        return Ok(None);
    };
    comptoir_store::vault::write_document_file(&target, &bytes).map_err(Error::from)?;
    app.state::<SavedFiles>().remember(&target);
    Ok(Some(target.display().to_string()))
}

/// The files this session saved: "Open" and "Show in folder" reach only these, never a path
/// the web view makes up.
#[derive(Default)]
pub struct SavedFiles(std::sync::Mutex<Vec<PathBuf>>);

impl SavedFiles {
    pub fn remember(&self, path: &Path) {
        if let Ok(mut v) = self.0.lock() {
            v.push(path.to_path_buf());
        }
    }

    /// `path` if this session saved it (and it is still there), else a refusal naming the field.
    pub fn check(&self, path: &str) -> Result<PathBuf> {
        let wanted = PathBuf::from(path);
        let known = self
            .0
            .lock()
            .map(|v| v.iter().any(|p| p == &wanted))
            .unwrap_or(false);
        if !known {
            return Err(Error::invalid(
                "path",
                "only a file Comptoir saved in this session can be opened",
            )
            .reason("file_not_from_session"));
        }
        // Not followed: a link put there since the save is not the file that was saved.
        if !std::fs::symlink_metadata(&wanted).is_ok_and(|m| m.is_file()) {
            return Err(Error::not_found("file", path).with_field("path"));
        }
        Ok(wanted)
    }
}

/// Opens a saved document with the system's PDF viewer (after "Save PDF").
#[tauri::command(async)]
pub fn open_saved<R: Runtime>(app: AppHandle<R>, path: String) -> Result<()> {
    use tauri_plugin_opener::OpenerExt;
    let file = app.state::<SavedFiles>().check(&path)?;
    app.opener()
        .open_path(file.display().to_string(), None::<&str>)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("cannot open the file: {e}")))
}

/// Shows a saved document in the system's file manager (after "Save PDF").
#[tauri::command(async)]
pub fn show_saved<R: Runtime>(app: AppHandle<R>, path: String) -> Result<()> {
    use tauri_plugin_opener::OpenerExt;
    let file = app.state::<SavedFiles>().check(&path)?;
    app.opener()
        .reveal_item_in_dir(file)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("cannot show the folder: {e}")))
}

/// Where to save a file the app made: the native save dialog (opened here, so no path ever
/// comes from the web view), or `COMPTOIR_SAVE_DIR` for unattended runs. `None`: cancelled.
pub(crate) fn save_target<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    filter: &str,
    extension: &str,
) -> Option<PathBuf> {
    match std::env::var_os("COMPTOIR_SAVE_DIR") {
        Some(dir) => Some(PathBuf::from(dir).join(file_name)),
        None => app
            .dialog()
            .file()
            .set_file_name(file_name)
            .add_filter(filter, &[extension])
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()),
    }
}

/// Hands the vault copy to the system's print path: CUPS `lp` on Linux and macOS, the shell's
/// print verb on Windows. Returns what it used.
#[tauri::command(async)]
pub fn print_document(state: State<'_, AppState>, invoice_id: i64) -> Result<String> {
    let (path, _) = state.with(|s| {
        s.check_document_reader(s.signed_in_user()?, invoice_id)?;
        open_document(s, Fonts::shared(), invoice_id)
    })?;
    comptoir_cli::print::print_file(&path)
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))
}

/// The first step of exporting the vault copies of `invoice_ids`: the user picks a folder
/// (native dialog opened here; `COMPTOIR_SAVE_DIR` answers it for unattended runs), and the
/// names already there are returned so the UI can ask before replacing (nothing written yet).
/// `None`: cancelled.
#[tauri::command]
pub async fn export_check<R: Runtime>(
    app: AppHandle<R>,
    invoice_ids: Vec<i64>,
) -> Result<Option<Vec<String>>> {
    let folder: Option<PathBuf> = match std::env::var_os("COMPTOIR_SAVE_DIR") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => app
            .dialog()
            .file()
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(folder) = folder else {
        return Ok(None);
    };
    let taken = app.state::<AppState>().with(|s| {
        let actor = s.signed_in_user()?;
        for &id in &invoice_ids {
            s.check_document_reader(actor, id)?;
        }
        comptoir_store::vault::existing_exports(s, &invoice_ids, &folder)
    })?;
    if let Ok(mut slot) = app.state::<ExportFolder>().0.lock() {
        *slot = Some(folder);
    }
    Ok(Some(taken))
}

/// The folder [`export_check`] had chosen, for the export that follows (never a UI path).
#[derive(Default)]
pub struct ExportFolder(std::sync::Mutex<Option<PathBuf>>);

/// Exports to the folder chosen by [`export_check`], doing what the user said with files of
/// the same name, on a worker thread, reporting progress through `on_progress`;
/// `cancel_job(job_id)` stops it between documents.
#[tauri::command]
pub async fn export_documents<R: Runtime>(
    app: AppHandle<R>,
    invoice_ids: Vec<i64>,
    existing: comptoir_core::billing::ExistingFiles,
    job_id: String,
    on_progress: tauri::ipc::Channel<comptoir_core::renewal::Progress>,
) -> Result<Option<comptoir_core::billing::ExportReport>> {
    let folder = app
        .state::<ExportFolder>()
        .0
        .lock()
        .ok()
        .and_then(|mut slot| slot.take());
    let Some(folder) = folder else {
        return Err(Error::invalid("folder", "choose the folder first"));
    };
    // Rendering and writing run on a connection of their own: the shared one stays free.
    let handle = app.state::<AppState>().with(|s| Ok(s.worker_handle()))?;
    let flag = app.state::<crate::renewal_commands::Jobs>().start(&job_id);
    let report = tauri::async_runtime::spawn_blocking(move || {
        let store = handle.open()?;
        let actor = store.signed_in_user()?;
        for &id in &invoice_ids {
            store.check_document_reader(actor, id)?;
        }
        comptoir_store::vault::export_documents(
            &store,
            Fonts::shared(),
            &invoice_ids,
            &folder,
            existing,
            &mut |p| {
                let _ = on_progress.send(p);
                !flag.load(std::sync::atomic::Ordering::SeqCst)
            },
        )
        .map_err(Error::from)
    })
    .await;
    app.state::<crate::renewal_commands::Jobs>().finish(&job_id);
    report
        .map_err(|e| Error::new(ErrorCode::Internal, format!("export stopped: {e}")))?
        .map(Some)
}

/// A credit note correcting an invoice (cancellation or refund).
#[tauri::command(async)]
pub fn issue_credit_note(
    state: State<'_, AppState>,
    invoice_id: i64,
    product_ids: Vec<i64>,
) -> Result<String> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        Ok(s.issue_credit_note(actor, invoice_id, &product_ids)?.1)
    })
}

#[tauri::command(async)]
pub fn seller(state: State<'_, AppState>) -> Result<comptoir_core::billing::Seller> {
    state.with(|s| s.seller())
}

#[tauri::command(async)]
pub fn set_seller(
    state: State<'_, AppState>,
    seller: comptoir_core::billing::Seller,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_seller(actor, &seller)
    })
}
