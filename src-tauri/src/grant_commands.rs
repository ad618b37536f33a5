//! Support-access grants (SUP-1..4) and identity-verification blocks (KC-1/2/5/6): commands of a
//! few lines acting as the signed-in user, and the clock's round (expiries logged, the one
//! warning before a grant closes, day 10 of a blocked order, documents past 72 h).

use std::path::PathBuf;

use comptoir_core::kc::{KcBlock, KcDocument, KcResend};
use comptoir_core::support::{AccessLogPage, NewGrant, SupportGrant};
use comptoir_core::Result;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

/// KC-2: `<app data>/support/kc`, beside the support attachments, never in the workspace file.
fn kc_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf> {
    Ok(crate::support_commands::support_root(app)?.join("kc"))
}

#[tauri::command(async)]
pub fn create_support_grants(
    state: State<'_, AppState>,
    request: NewGrant,
) -> Result<Vec<SupportGrant>> {
    state.with(|s| s.create_support_grants(s.signed_in_user()?, &request))
}

#[tauri::command(async)]
pub fn revoke_support_grant(state: State<'_, AppState>, grant_id: i64) -> Result<SupportGrant> {
    state.with(|s| s.revoke_support_grant(s.signed_in_user()?, grant_id))
}

#[tauri::command(async)]
pub fn support_access_log(
    state: State<'_, AppState>,
    offset: i64,
    limit: i64,
) -> Result<AccessLogPage> {
    state.with(|s| s.support_access_log_as(s.signed_in_user()?, offset, limit))
}

/// The blocked orders of an organization, after the clock's KC-6 round (the banner never shows
/// an order that should already be cancelled).
#[tauri::command(async)]
pub fn list_kc_blocks(state: State<'_, AppState>, organization_id: i64) -> Result<Vec<KcBlock>> {
    state.with(|s| {
        s.evaluate_kc_deadlines()?;
        s.kc_blocks_as(s.signed_in_user()?, organization_id)
    })
}

#[tauri::command(async)]
pub fn kc_resend(state: State<'_, AppState>, order_id: i64) -> Result<KcResend> {
    state.with(|s| s.kc_resend(s.signed_in_user()?, order_id))
}

#[tauri::command(async)]
pub fn kc_documents(state: State<'_, AppState>, order_id: i64) -> Result<Vec<KcDocument>> {
    state.with(|s| s.kc_documents_as(s.signed_in_user()?, order_id))
}

/// KC-2: attaches a file the person picks (native dialog; `COMPTOIR_ATTACH_FILE` answers it
/// for unattended runs). Nothing when cancelled.
#[tauri::command]
pub async fn kc_attach_document<R: Runtime>(
    app: AppHandle<R>,
    order_id: i64,
) -> Result<Option<KcDocument>> {
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
    let dir = kc_dir(&app)?;
    app.state::<AppState>()
        .with(|s| s.kc_attach_document(s.signed_in_user()?, order_id, &dir, &source))
        .map(Some)
}

#[tauri::command(async)]
pub fn kc_handle_document<R: Runtime>(app: AppHandle<R>, document_id: i64) -> Result<KcDocument> {
    let dir = kc_dir(&app)?;
    app.state::<AppState>()
        .with(|s| s.kc_handle_document(s.signed_in_user()?, document_id, &dir))
}

/// The clock's round, with the reminders' (hourly): expiries logged, blocked orders past day
/// 10 cancelled and refunded, documents past 72 h deleted, and the one warning for grants
/// closing within a day, through the reminders' notification path.
pub fn clock_round<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    if !state.is_open() {
        return;
    }
    let dir = kc_dir(app);
    let round = state.with(|s| {
        s.notice_grant_expiries()?;
        s.evaluate_kc_deadlines()?;
        if let Ok(dir) = &dir {
            s.purge_kc_documents(dir)?;
        }
        Ok(())
    });
    if let Err(e) = round {
        tracing::warn!(error = %e.message, "support and verification round failed");
    }
    let due = state.with(|s| {
        if !s.os_notifications()? {
            return Ok(None);
        }
        let language = s
            .setting("ui.language")?
            .unwrap_or_else(|| sys_locale::get_locale().unwrap_or_else(|| "en".into()));
        Ok(Some((s.grants_due_warning()?, language, s.clock().now())))
    });
    let Ok(Some((due, language, now))) = due else {
        return;
    };
    let cat = comptoir_i18n::Catalogue::for_tag(&language);
    let tz = comptoir_core::clock::DEFAULT_TZ;
    let Some((title, body)) = comptoir_calendar::grant_notification(&due, now, tz, &cat) else {
        return;
    };
    match crate::reminder_commands::show_notification(app, &title, &body) {
        Ok(()) => {
            if let Err(e) = state.with(|s| s.mark_grants_warned(&due)) {
                tracing::warn!(error = %e.message, "grant warning shown but not recorded");
            }
        }
        // Not given: the next round tries again.
        Err(e) => tracing::warn!(error = %e, "cannot show the support access warning"),
    }
}
