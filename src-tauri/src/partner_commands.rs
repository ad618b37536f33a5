//! The partner program (PAR-1..4). Each command acts as the signed-in user and hands the
//! decision to the engine (`comptoir_store::partner`, `comptoir_core::partner`).

use chrono::NaiveDate;
use comptoir_core::partner::{ClientAccess, PartnerStatus, Statement};
use comptoir_core::{Error, Result};
use comptoir_store::partner::{
    statement_file, BillingTermsInput, NewClientProduct, NewPartnerClient, PartnerClientDetail,
    PartnerOverview, PartnerProfileInput, StatementFormat,
};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::document_commands::{save_target, SavedFiles};
use crate::AppState;

#[tauri::command(async)]
pub fn partner_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<PartnerOverview> {
    state.with(|s| s.partner_overview_as(s.signed_in_user()?, organization_id))
}

#[tauri::command(async)]
pub fn partner_save_profile(
    state: State<'_, AppState>,
    organization_id: i64,
    profile: PartnerProfileInput,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.save_partner_profile(organization_id, actor, &profile)
    })
}

#[tauri::command(async)]
pub fn partner_set_status(
    state: State<'_, AppState>,
    organization_id: i64,
    status: PartnerStatus,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_partner_status(organization_id, actor, status)
    })
}

#[tauri::command(async)]
pub fn partner_add_client(
    state: State<'_, AppState>,
    organization_id: i64,
    client: NewPartnerClient,
) -> Result<i64> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.add_partner_client(organization_id, actor, &client)
    })
}

#[tauri::command(async)]
pub fn partner_client(state: State<'_, AppState>, client_id: i64) -> Result<PartnerClientDetail> {
    state.with(|s| s.partner_client_as(s.signed_in_user()?, client_id))
}

#[tauri::command(async)]
pub fn partner_add_client_product(
    state: State<'_, AppState>,
    client_id: i64,
    product: NewClientProduct,
) -> Result<i64> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.add_client_product(actor, client_id, &product)
    })
}

#[tauri::command(async)]
pub fn partner_set_access(
    state: State<'_, AppState>,
    client_id: i64,
    access: ClientAccess,
    product_ids: Vec<i64>,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_client_access(actor, client_id, access, &product_ids)
    })
}

#[tauri::command(async)]
pub fn partner_set_billing(
    state: State<'_, AppState>,
    client_id: i64,
    terms: BillingTermsInput,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_client_billing(actor, client_id, &terms)
    })
}

#[tauri::command(async)]
pub fn partner_set_managers(
    state: State<'_, AppState>,
    client_id: i64,
    user_ids: Vec<i64>,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_client_managers(actor, client_id, &user_ids)
    })
}

#[tauri::command(async)]
pub fn partner_end_client(state: State<'_, AppState>, client_id: i64) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.end_partner_client(actor, client_id)
    })
}

#[tauri::command(async)]
pub fn partner_statement(
    state: State<'_, AppState>,
    client_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Statement> {
    state.with(|s| s.partner_statement_as(s.signed_in_user()?, client_id, from, to))
}

/// Saves a client's statement as CSV or PDF where the user chooses (the native Save dialog,
/// which asks before replacing a file; `COMPTOIR_SAVE_DIR` answers it in unattended runs).
/// Written through a temporary file renamed over the target. `None`: cancelled.
#[tauri::command]
pub async fn partner_export_statement<R: Runtime>(
    app: AppHandle<R>,
    client_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    format: StatementFormat,
    language: String,
) -> Result<Option<String>> {
    let (statement, name, bytes) = app.state::<AppState>().with(|s| {
        statement_file(
            s,
            s.signed_in_user()?,
            client_id,
            (from, to),
            format,
            &language,
        )
    })?;
    let ext = format.extension();
    let Some(target) = save_target(&app, &name, &ext.to_uppercase(), ext) else {
        return Ok(None);
    };
    comptoir_store::vault::write_document_file(&target, &bytes).map_err(Error::from)?;
    app.state::<SavedFiles>().remember(&target);
    app.state::<AppState>()
        .with(|s| s.record_statement(s.signed_in_user()?, &statement, ext))?;
    Ok(Some(target.display().to_string()))
}
