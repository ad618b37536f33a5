// What the app says after each command that changed something (issue 14 §6): one sentence per
// command, in the reader's language, with Undo where the engine can undo it safely and "Open" /
// "Show in folder" after a saved document. Every command of src-tauri/build.rs is either here
// or in QUIET (a test keeps the two lists complete), so a new action cannot go unannounced.

import type { BulkReport, ExportReport, InviteResult, KcResend, MemberResult, NewMember, PaidOrder, SupportGrant } from "./bindings";
import { api, CommandError } from "./ipc";
import { refusalText } from "./refusal";
import { t } from "./i18n/index.svelte";
import { dismissTopic, toast, type ToastAction } from "./toast.svelte";

type Said = { text: string; actions?: ToastAction[] } | null;
type Args = Record<string, unknown>;

/** Runs `f`, saying its refusal in a toast instead of losing it. */
export async function orSay(f: () => Promise<unknown>) {
  try {
    await f();
  } catch (e) {
    const message = e instanceof CommandError ? refusalText(e.detail) : e instanceof Error ? e.message : String(e);
    toast(t("toast.failed", { message }), { tone: "danger" });
  }
}

/** The sentence (and actions) for a command; `refresh` reloads the shown section. */
export const ANNOUNCED: Record<string, (args: Args, result: unknown, refresh: () => void) => Said> = {
  set_language: () => ({ text: t("toast.language") }),
  reset_demo_workspace: () => ({ text: t("toast.demoReset") }),
  set_signed_in_user: () => ({ text: t("toast.actingUser") }),
  open_workspace: (_a, r) => (r ? { text: t("toast.workspaceOpened") } : null),
  open_demo_workspace: () => ({ text: t("toast.workspaceOpened") }),
  open_second_launch: (_a, r) => (r ? { text: t("toast.workspaceOpened") } : null),
  backup_workspace: (_a, r) => (r ? { text: t("toast.backedUp", { path: (r as { path: string }).path }) } : null),

  add_member: (a) => {
    const m = a.member as NewMember;
    return { text: t(m.mode === "external" ? "toast.invited" : "toast.added", { email: m.email }) };
  },
  invite_members: (_a, r) => {
    const results = r as InviteResult[];
    const invited = results.filter((x) => !x.error).length;
    return { text: t("toast.invitedMany", { n: invited, refused: results.length - invited }) };
  },
  resend_invitation: () => ({ text: t("toast.resent") }),
  remove_members: (_a, r, refresh) => {
    const results = r as MemberResult[];
    const removed = results.filter((x) => !x.error).length;
    const kept = results.length - removed;
    return {
      text: t("toast.removed", { n: removed, kept }),
      actions:
        removed > 0
          ? [{ label: t("toast.undo"), testid: "toast-undo", run: () => orSay(async () => { await api.undoRemoval(); refresh(); }) }]
          : [],
    };
  },
  undo_removal: (_a, r) => ({ text: t("toast.removalUndone", { n: r as number }) }),
  leave_organization: () => ({ text: t("toast.left") }),
  change_role: () => ({ text: t("toast.roleChanged") }),
  replace_legal_representative: (_a, _r, refresh) => ({
    text: t("toast.replaced"),
    actions: [{ label: t("toast.undo"), testid: "toast-undo", run: () => orSay(async () => { await api.undoReplacement(); refresh(); }) }],
  }),
  undo_replacement: () => ({ text: t("toast.replacementUndone") }),
  set_user_rights: () => ({ text: t("toast.rightsSaved") }),
  set_contacts: () => ({ text: t("toast.contactsSaved") }),
  update_organization: () => ({ text: t("toast.detailsSaved") }),
  create_team: (a) => ({ text: t("toast.teamCreated", { name: String(a.name) }) }),
  update_team: (a) => ({ text: t("toast.teamSaved", { name: String(a.name) }) }),
  delete_team: () => ({ text: t("toast.teamDeleted") }),
  set_team_members: () => ({ text: t("toast.teamMembersSaved") }),
  set_team_rights: () => ({ text: t("toast.rightsSaved") }),

  set_auto_renew: (a, r) => {
    const report = r as BulkReport;
    return { text: t("toast.autoRenew", { on: a.on ? "on" : "off", n: report.changed, refused: report.refused.length }) };
  },
  set_period: () => ({ text: t("toast.periodChanged") }),
  pay_selection: (_a, r) => ({ text: t("toast.paid", { n: (r as PaidOrder[]).length }) }),
  pay_pending_order: (_a, r) => ({ text: t("toast.orderPaid", { number: (r as PaidOrder).document_number }) }),
  cancel_pending_order: () => ({ text: t("toast.orderCancelled") }),
  add_payment_method: () => ({ text: t("toast.methodAdded") }),
  set_default_method: () => ({ text: t("toast.defaultMethod") }),
  top_up: () => ({ text: t("toast.toppedUp") }),
  export_timeline: (_a, r) => (r ? { text: t("toast.savedTo", { path: String(r) }) } : null),
  save_document: (_a, r) => {
    if (!r) return null;
    const path = String(r);
    return {
      text: t("toast.savedTo", { path }),
      actions: [
        { label: t("toast.open"), testid: "toast-open", run: () => orSay(() => api.openSaved(path)) },
        { label: t("toast.showInFolder"), testid: "toast-show", run: () => orSay(() => api.showSaved(path)) },
      ],
    };
  },
  print_document: () => ({ text: t("toast.printed") }),
  export_documents: (_a, r) => {
    const report = r as ExportReport | null;
    return report ? { text: t("toast.exported", { n: report.written, folder: report.folder }) } : null;
  },
  issue_credit_note: (_a, r) => ({ text: t("toast.creditNote", { number: String(r) }) }),
  set_seller: () => ({ text: t("toast.sellerSaved") }),
  set_notification_settings: () => ({ text: t("toast.notificationsSaved") }),
  set_os_notifications: (_a, r) => ({ text: t("toast.osNotifications", { on: r ? "on" : "off" }) }),

  connect_provider: () => ({ text: t("toast.connected") }),
  disconnect_provider: () => ({ text: t("toast.disconnected") }),
  sync_provider: () => ({ text: t("toast.synced") }),
  retry_outbox: () => ({ text: t("toast.retrying") }),
  retry_provider_now: () => ({ text: t("toast.retrying") }),
  discard_outbox: () => ({ text: t("toast.discarded") }),

  support_discard_draft: () => ({ text: t("toast.draftDiscarded") }),
  support_attach: () => ({ text: t("toast.attached") }),
  support_attach_file: (_a, r) => (r ? { text: t("toast.attached") } : null),
  support_detach: () => ({ text: t("toast.detached") }),
  support_save_bundle: (_a, r) =>
    r ? { text: t("toast.bundleSaved", { path: (r as { path: string }).path }) } : null,
  support_open_mail: () => ({ text: t("toast.mailOpened") }),

  create_support_grants: (_a, r) => ({ text: t("sup.new.done", { n: (r as SupportGrant[]).length }) }),
  revoke_support_grant: (_a, r) => ({ text: t("sup.revoke.done", { target: (r as SupportGrant).target }) }),
  kc_resend: (_a, r) => ({ text: t((r as KcResend).recorded ? "kc.resent" : "kc.resent.already") }),
  kc_attach_document: (_a, r) => (r ? { text: t("kc.answered") } : null),
  kc_handle_document: () => ({ text: t("kc.document.handled") }),

  tfa_confirm: () => ({ text: t("sec.toast.enabled") }),
  tfa_remove: () => ({ text: t("sec.toast.removed") }),
  tfa_regenerate_codes: () => ({ text: t("sec.toast.regenerated") }),
  tfa_save_codes: (_a, r) => (r ? { text: t("toast.savedTo", { path: r as string }) } : null),
  tfa_print_codes: () => ({ text: t("sec.toast.printed") }),

  partner_save_profile: () => ({ text: t("toast.partnerProfile") }),
  partner_set_status: () => ({ text: t("toast.partnerStatus") }),
  partner_add_client: () => ({ text: t("toast.partnerClientAdded") }),
  partner_add_client_product: () => ({ text: t("toast.partnerProductAdded") }),
  partner_set_access: () => ({ text: t("toast.partnerAccess") }),
  partner_set_billing: () => ({ text: t("toast.partnerBilling") }),
  partner_set_managers: () => ({ text: t("toast.partnerManagers") }),
  partner_end_client: () => ({ text: t("toast.partnerEnded") }),
  partner_export_statement: (a, r) => ANNOUNCED.save_document?.(a, r, () => {}) ?? null,
};

/**
 * Commands that change nothing a toast should report: reads, and changes the screen already
 * shows as they happen (the draft saves itself while typing; a redaction toggles in the
 * preview; captures arrive as attachments; cancelling is said by the dialog that stops).
 */
export const QUIET = new Set([
  "workspace_info", "list_organizations", "organization_overview", "organization_members", "list_invoices", "billing_overview",
  "list_support_grants", "security_overview", "partner_overview", "ui_preferences", "startup", "os_languages", "user_rights",
  "team_rights", "effective_rights", "query_products", "renewal_counts", "renewal_forecast", "spending_history", "palette_search", "count_selection", "cancel_job",
  "pay_preview", "list_orders", "open_order_of", "billing_access", "top_up_preview", "product_timeline",
  "invoice_detail", "seller", "notification_settings", "attention", "os_notifications", "workspace_problem",
  "provider_status", "cancel_provider_sync", "list_outbox", "support_draft", "support_save_draft",
  "support_products", "support_preview", "support_set_redaction", "support_system_info", "support_history",
  "capture_environment", "capture_screen", "capture_window", "capture_region", "region_shot", "region_chosen",
  "render_shot", "export_shot", "forget_shot", "ui_log", "export_app_log", "console_capture_start",
  "console_capture_status", "console_capture_stop", "capture_event", "import_log_file", "export_check",
  "open_saved", "show_saved", "list_invoices_of_product", "support_preview_page",
  "support_access_log", "list_kc_blocks", "kc_documents",

  "tfa_status", "tfa_begin", "tfa_check_code", "identifier_map",

  "partner_client", "partner_statement",
]);

/** The listener `onCommandDone` gets: one toast per announced command. */
export function announcer(refresh: () => void) {
  return (cmd: string, args: Args, result: unknown) => {
    const said = ANNOUNCED[cmd]?.(args, result, refresh);
    if (!said) return;
    // An undo makes the toast that offered it stale.
    if (cmd === "undo_removal") dismissTopic("remove_members");
    if (cmd === "undo_replacement") dismissTopic("replace_legal_representative");
    toast(said.text, { actions: said.actions, topic: cmd });
  };
}
