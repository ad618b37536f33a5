// The app's own commands are listed here so that the capability file can grant exactly them
// (Tauri `AppManifest`): a command not granted in `src-tauri/capabilities/` cannot be invoked.
const COMMANDS: &[&str] = &[
    "workspace_info",
    "list_organizations",
    "organization_overview",
    "list_invoices",
    "billing_overview",
    "list_support_grants",
    "security_overview",
    "partner_overview",
    "ui_preferences",
    "set_language",
    "reset_demo_workspace",
    "add_member",
    "resend_invitation",
    "remove_members",
    "leave_organization",
    "change_role",
    "replace_legal_representative",
    "user_rights",
    "set_user_rights",
    "set_contacts",
    "update_organization",
    "create_team",
    "update_team",
    "delete_team",
    "set_team_members",
    "team_rights",
    "set_team_rights",
    "effective_rights",
    "set_signed_in_user",
    "query_products",
    "renewal_counts",
    "count_selection",
    "set_auto_renew",
    "cancel_job",
    "set_period",
    "pay_preview",
    "pay_selection",
    "pay_pending_order",
    "list_orders",
    "open_order_of",
    "cancel_pending_order",
    "billing_access",
    "add_payment_method",
    "set_default_method",
    "top_up",
    "export_timeline",
    "product_timeline",
    "invoice_detail",
    "save_document",
    "print_document",
    "export_documents",
    "issue_credit_note",
    "seller",
    "set_seller",
    "workspace_problem",
    "open_workspace",
    "open_demo_workspace",
    "backup_workspace",
];

fn main() {
    // tauri.conf.json sits at the repository root; the capabilities stay with the shell.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/**/*.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
