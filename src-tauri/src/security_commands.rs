//! Account security (TFA-1..4, ID-1..4): commands of a few lines for the signed-in user's 2FA and
//! identifiers map. The engine checks that the user named is the signed-in one (a person manages
//! only their own 2FA); the TOTP seed goes to the OS keyring (the provider link's store).

use comptoir_core::security::{
    CodeAccepted, EmergencyCodes, IdentifierMap, TfaEnrolment, TfaStatus,
};
use comptoir_core::{Error, ErrorCode, Result};
use comptoir_store::security::{self as tfa, LockedStore, OsKeyring};
use comptoir_store::{Store, StoreResult};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::provider_commands::ProviderLink;
use crate::AppState;

/// The OS keyring (or the test-only in-memory store), installed once per process.
fn secrets(link: &ProviderLink) -> OsKeyring {
    link.init_keyring();
    OsKeyring
}

/// The 2FA operations take the store's lock one step at a time and ask the keyring between
/// steps (an unlock prompt must not freeze every other screen).
impl LockedStore for AppState {
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> StoreResult<T>) -> StoreResult<T> {
        Ok(self.with(|s| f(s))?)
    }
}

#[tauri::command(async)]
pub fn tfa_status(state: State<'_, AppState>) -> Result<TfaStatus> {
    state.with(|s| {
        let me = s.signed_in_user()?;
        s.tfa_status(me, me)
    })
}

#[tauri::command(async)]
pub fn tfa_begin(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    user_id: i64,
) -> Result<TfaEnrolment> {
    Ok(tfa::tfa_begin(&*state, None, user_id, &secrets(&link))?)
}

#[tauri::command(async)]
pub fn tfa_confirm(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    user_id: i64,
    code: String,
) -> Result<EmergencyCodes> {
    Ok(tfa::tfa_confirm(
        &*state,
        None,
        user_id,
        &code,
        &secrets(&link),
    )?)
}

#[tauri::command(async)]
pub fn tfa_check_code(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    user_id: i64,
    code: String,
) -> Result<CodeAccepted> {
    Ok(tfa::tfa_check_code(
        &*state,
        None,
        user_id,
        &code,
        &secrets(&link),
    )?)
}

#[tauri::command(async)]
pub fn tfa_regenerate_codes(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    user_id: i64,
    code: String,
) -> Result<EmergencyCodes> {
    Ok(tfa::tfa_regenerate_codes(
        &*state,
        None,
        user_id,
        &code,
        &secrets(&link),
    )?)
}

#[tauri::command(async)]
pub fn tfa_remove(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    user_id: i64,
    code: String,
) -> Result<()> {
    Ok(tfa::tfa_remove(
        &*state,
        None,
        user_id,
        &code,
        &secrets(&link),
    )?)
}

/// TFA-3: the codes just shown, saved as a text file where the person chooses (native dialog;
/// `COMPTOIR_SAVE_DIR` for unattended runs). The path, or nothing when cancelled.
#[tauri::command]
pub async fn tfa_save_codes<R: Runtime>(
    app: AppHandle<R>,
    codes: Vec<String>,
) -> Result<Option<String>> {
    let name = "comptoir-emergency-codes.txt";
    let Some(target) = crate::document_commands::save_target(&app, name, "Text", "txt") else {
        return Ok(None);
    };
    app.state::<AppState>()
        .with(|s| s.save_emergency_codes(s.signed_in_user()?, &codes, &target))?;
    Ok(Some(target.display().to_string()))
}

/// TFA-3: the codes printed through the system (CUPS `lp`); the temporary file is removed once
/// the print system took its copy.
#[tauri::command(async)]
pub fn tfa_print_codes(state: State<'_, AppState>, codes: Vec<String>) -> Result<String> {
    let (dir, path) = private_codes_file()?;
    state.with(|s| s.save_emergency_codes(s.signed_in_user()?, &codes, &path))?;
    let printed = comptoir_cli::print::print_file(&path)
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).reason("tfa.print_failed"));
    drop(dir);
    printed
}

/// An empty file for the codes in a folder of a random name that only this user may open
/// (0700, the file 0600): codes in clear never sit at a guessable path. The folder goes when
/// the returned guard drops.
pub(crate) fn private_codes_file() -> Result<(tempfile::TempDir, std::path::PathBuf)> {
    let fail = |e: std::io::Error| Error::storage(format!("cannot make a temporary file: {e}"));
    let dir = tempfile::Builder::new()
        .prefix("comptoir-codes-")
        .tempdir()
        .map_err(fail)?;
    let path = dir.path().join("comptoir-emergency-codes.txt");
    let mut open = std::fs::OpenOptions::new();
    open.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        open.mode(0o600);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .map_err(fail)?;
    }
    open.open(&path).map_err(fail)?;
    Ok((dir, path))
}

/// ID-1..4: the signed-in user's identifiers and ID-3's conditions per mailbox.
#[tauri::command(async)]
pub fn identifier_map(state: State<'_, AppState>) -> Result<IdentifierMap> {
    state.with(|s| s.identifier_map(s.signed_in_user()?))
}
