//! IPC commands. Each takes typed input, calls the store or the core, and returns the one
//! error type. No business logic lives here.

use comptoir_core::billing::Invoice;
use comptoir_core::org::Organization;
use comptoir_core::security::SecuritySettings;
use comptoir_core::support::SupportGrant;
use comptoir_core::{Error, Result};
use comptoir_store::WorkspaceInfo;
use tauri::State;

use crate::views::*;
use crate::AppState;

/// The UI languages that are complete.
pub const UI_LANGUAGES: &[&str] = &["en", "es"];

#[tauri::command]
pub fn workspace_info(state: State<'_, AppState>) -> Result<WorkspaceInfo> {
    state.with(|s| s.info())
}

#[tauri::command]
pub fn list_organizations(state: State<'_, AppState>) -> Result<Vec<Organization>> {
    state.with(|s| s.organizations())
}

#[tauri::command]
pub fn organization_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<OrganizationOverview> {
    state.with(|s| {
        Ok(OrganizationOverview {
            organization: s.organization(organization_id)?,
            members: s.members(organization_id)?,
            teams: s.teams(organization_id)?,
        })
    })
}

#[tauri::command]
pub fn renewals_overview(
    state: State<'_, AppState>,
    organization_id: Option<i64>,
) -> Result<RenewalsOverview> {
    state.with(|s| {
        Ok(RenewalsOverview {
            counts: s.product_counts(organization_id)?,
            products: s.products(organization_id)?,
        })
    })
}

#[tauri::command]
pub fn list_invoices(
    state: State<'_, AppState>,
    organization_id: Option<i64>,
) -> Result<Vec<Invoice>> {
    state.with(|s| s.invoices(organization_id))
}

#[tauri::command]
pub fn billing_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<BillingOverview> {
    state.with(|s| {
        Ok(BillingOverview {
            payment_methods: s.payment_methods(organization_id)?,
            prepaid: s.prepaid_account(organization_id)?,
        })
    })
}

#[tauri::command]
pub fn list_support_grants(state: State<'_, AppState>) -> Result<Vec<SupportGrant>> {
    state.with(|s| s.support_grants(None))
}

#[tauri::command]
pub fn security_overview(state: State<'_, AppState>) -> Result<Vec<SecuritySettings>> {
    state.with(|s| s.security_settings())
}

#[tauri::command]
pub fn partner_overview(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<PartnerOverview> {
    state.with(|s| {
        Ok(PartnerOverview {
            status: s.partner_status(organization_id)?,
            clients: s.partner_clients(organization_id)?,
        })
    })
}

fn os_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[tauri::command]
pub fn ui_preferences(state: State<'_, AppState>) -> Result<UiPreferences> {
    state.with(|s| {
        Ok(UiPreferences {
            language: s.setting("ui.language")?,
            os_languages: os_languages(),
        })
    })
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> Result<UiPreferences> {
    if !UI_LANGUAGES.contains(&language.as_str()) {
        return Err(Error::invalid(
            "language",
            format!("'{language}' is not a UI language (en, es)"),
        ));
    }
    state.with(|s| {
        s.set_setting("ui.language", &language)?;
        Ok(UiPreferences {
            language: Some(language),
            os_languages: os_languages(),
        })
    })
}

#[tauri::command]
pub fn reset_demo_workspace(state: State<'_, AppState>) -> Result<WorkspaceInfo> {
    state.with(|s| {
        s.reset_demo()?;
        s.info()
    })
}
