//! PAY-2 settings, the attention badge, and the OS notifications for due reminders. The engine
//! decides what is due and who may change the settings; this file only carries it.

use comptoir_core::reminders::{Attention, NotificationSettings};
use comptoir_core::Result;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::AppState;

#[tauri::command(async)]
pub fn notification_settings(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<NotificationSettings> {
    state.with(|s| {
        s.check_member(s.signed_in_user()?, organization_id)?;
        s.notification_settings(organization_id)
    })
}

#[tauri::command(async)]
pub fn set_notification_settings(
    state: State<'_, AppState>,
    organization_id: i64,
    settings: NotificationSettings,
) -> Result<NotificationSettings> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_notification_settings(organization_id, actor, &settings)
    })
}

/// The sidebar badge and the Renewals strip: a count and the nearest few, never every product.
#[tauri::command(async)]
pub fn attention(state: State<'_, AppState>, organization_id: Option<i64>) -> Result<Attention> {
    state.with(|s| s.attention_as(s.signed_in_user()?, organization_id))
}

#[tauri::command(async)]
pub fn os_notifications(state: State<'_, AppState>) -> Result<bool> {
    state.with(|s| s.os_notifications())
}

#[tauri::command(async)]
pub fn set_os_notifications(state: State<'_, AppState>, on: bool) -> Result<bool> {
    state.with(|s| {
        s.set_os_notifications(on)?;
        s.os_notifications()
    })
}

/// Shows one OS notification for the reminders due now, in the UI's language, and records them
/// as given only once it was shown (a desktop without a notification service gets them later).
pub fn remind_now<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    if !state.is_open() {
        return;
    }
    let due = state.with(|s| {
        if !s.os_notifications()? {
            return Ok(None);
        }
        let language = s
            .setting("ui.language")?
            .unwrap_or_else(|| sys_locale::get_locale().unwrap_or_else(|| "en".into()));
        Ok(Some((s.due_reminders()?, language)))
    });
    let Ok(Some((due, language))) = due else {
        return;
    };
    let cat = comptoir_i18n::Catalogue::for_tag(&language);
    let Some((title, body)) = comptoir_calendar::notification(&due, &cat) else {
        return;
    };
    match show_notification(app, &title, &body) {
        Ok(()) => {
            if let Err(e) = state.with(|s| s.mark_reminders_given(&due)) {
                tracing::warn!(error = %e.message, "reminders shown but not recorded");
            }
        }
        // Not given: the next round (hourly, or the next start) tries again.
        Err(e) => tracing::warn!(error = %e, "cannot show the reminder notification"),
    }
}

/// Shows a notification and says whether the desktop's notification service took it. On Linux
/// this asks the service directly (the plugin's `show` returns before the service answers).
#[cfg(target_os = "linux")]
pub(crate) fn show_notification<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    body: &str,
) -> std::result::Result<(), String> {
    notify_rust::Notification::new()
        .appname(&app.config().product_name.clone().unwrap_or_default())
        .summary(title)
        .body(body)
        .auto_icon()
        .show()
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn show_notification<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    body: &str,
) -> std::result::Result<(), String> {
    use tauri_plugin_notification::NotificationExt;
    app.notification()
        .builder()
        .title(title)
        .body(body)
        .show()
        .map_err(|e| e.to_string())
}
