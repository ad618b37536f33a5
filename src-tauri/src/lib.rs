//! Comptoir's Tauri shell: opens the workspace, registers the commands, runs the window.
//! It only adapts; the domain lives in `crates/`.

mod commands;
mod document_commands;
mod org_commands;
mod renewal_commands;
pub mod views;
pub mod workspace;

#[cfg(test)]
mod bindings;
#[cfg(test)]
mod shell_tests;

use std::sync::Mutex;

use comptoir_core::{Error, ErrorCode, Result};
use comptoir_store::{Store, StoreResult};
use tauri::{Builder, Manager, Runtime};

/// The state every command reaches: the open workspace. One connection behind a mutex; SQLite
/// calls here take microseconds, long work will run on its own connection.
pub struct AppState {
    store: Mutex<Store>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            store: Mutex::new(store),
        }
    }

    /// Runs `f` on the store and maps its error to the one IPC error type.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> StoreResult<T>) -> Result<T> {
        let mut store = self
            .store
            .lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "the workspace lock was poisoned"))?;
        f(&mut store).map_err(Error::from)
    }
}

/// Opens the workspace named by `--workspace`, `COMPTOIR_WORKSPACE` or the app-data default.
fn open_store<R: Runtime>(app: &tauri::App<R>) -> Result<Store> {
    let args: Vec<String> = std::env::args().collect();
    let path = workspace::workspace_path(&args, std::env::var("COMPTOIR_WORKSPACE").ok(), || {
        app.path().app_data_dir().ok()
    })?;
    let clock = workspace::clock(std::env::var("COMPTOIR_NOW").ok())?;
    Store::open(&path, clock).map_err(Error::from)
}

pub fn run() {
    let builder = tauri::Builder::default().setup(|app| {
        let store = open_store(app).map_err(|e| {
            eprintln!("comptoir: cannot open the workspace: {e}");
            Box::new(e) as Box<dyn std::error::Error>
        })?;
        app.manage(AppState::new(store));
        Ok(())
    });
    register_commands(builder)
        .run(tauri::generate_context!())
        .expect("error while running Comptoir");
}

/// Registers the commands on any runtime: the real one in `run`, the mock one in tests. State is
/// managed apart: the real app opens its workspace in `setup`, where the app's paths are known.
pub fn register_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(renewal_commands::Jobs::default())
        .invoke_handler(tauri::generate_handler![
            commands::workspace_info,
            commands::list_organizations,
            commands::organization_overview,
            commands::renewals_overview,
            commands::list_invoices,
            commands::billing_overview,
            commands::list_support_grants,
            commands::security_overview,
            commands::partner_overview,
            commands::ui_preferences,
            commands::set_language,
            commands::reset_demo_workspace,
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
        ])
}
