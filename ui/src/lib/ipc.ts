// The single typed client for the shell's commands. Features call these functions, never
// `invoke` directly, so every command name and payload is checked against the Rust types.
import { Channel, invoke } from "@tauri-apps/api/core";
import { startupCall } from "./startup";
import { LOCALE_TAGS, type Locale } from "./i18n/index.svelte";
import type {
  Forecast,
  Found,
  SpendingHistory,
  AppError,
  Money,
  Attention,
  NotificationSettings,
  BackupReport,
  Connected,
  InviteResult,
  OutboxEntry,
  ProviderStatus,
  SyncOutcome,
  SyncProgress,
  BillingAccess,
  BillingOverview,
  DocumentRef,
  BulkReport,
  ExportReport,
  ExistingFiles,
  NewPaymentMethod,
  Order,
  PaidOrder,
  PayItem,
  PaySplit,
  PaymentChoice,
  PaymentMethodKind,
  PrepaidAccount,
  ProductCounts,
  ProductPage,
  ProductQuery,
  Progress,
  Selection,
  TimelineEntry,
  ContactPreferences,
  EffectiveRight,
  MemberResult,
  NewMember,
  OrganizationDetails,
  ProductRightGrant,
  Role,
  Invoice,
  InvoiceDetail,
  Organization,
  OrganizationOverview,
  MembersPage,
  PartnerOverview,
  PartnerProfileInput,
  PartnerStatus,
  NewPartnerClient,
  PartnerClientDetail,
  NewClientProduct,
  ClientAccess,
  BillingTermsInput,
  Statement,
  StatementFormat,
  SecuritySettings,
  Seller,
  SupportGrant,
  AccessLogPage,
  KcBlock,
  KcDocument,
  KcResend,
  NewGrant,
  AttachmentKind,
  DraftFields,
  RedactionChange,
  SupportAttachment,
  SupportDraft,
  SupportHistoryEntry,
  SupportHistoryPage,
  SupportPreview,
  PreviewPart,
  SupportProductPage,
  UiPreferences,
  WorkspaceInfo,
  WorkspaceProblem,
} from "./bindings";

/** An error from the shell, always `{code, message, rule?, field?}`. */
export class CommandError extends Error {
  readonly detail: AppError;
  constructor(detail: AppError) {
    super(detail.message);
    this.name = "CommandError";
    this.detail = detail;
  }
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}

type CommandDone = (cmd: string, args: Record<string, unknown>, result: unknown) => void;
let commandDone: CommandDone | null = null;

/** Called after every command that succeeded: the toasts listen here (lib/announce.ts). */
export function onCommandDone(listener: CommandDone | null): void {
  commandDone = listener;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const result = await invokeOrFail<T>(cmd, args);
  commandDone?.(cmd, args ?? {}, result);
  return result;
}

async function invokeOrFail<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const sent = performance.now();
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isAppError(e)) throw new CommandError(e);
    // Refusals by Tauri itself (ACL) arrive as plain strings.
    throw new CommandError({ code: "internal", message: String(e) });
  } finally {
    startupCall(cmd, sent, performance.now());
  }
}

export const api = {
  workspaceInfo: () => call<WorkspaceInfo>("workspace_info"),
  listOrganizations: () => call<Organization[]>("list_organizations"),
  organizationOverview: (organizationId: number) =>
    call<OrganizationOverview>("organization_overview", { organizationId }),
  organizationMembers: (organizationId: number, offset: number, limit: number, search: string | null) =>
    call<MembersPage>("organization_members", { organizationId, offset, limit, search }),
  listInvoices: (organizationId: number | null) =>
    call<Invoice[]>("list_invoices", { organizationId }),
  listInvoicesOfProduct: (productId: number) => call<Invoice[]>("list_invoices_of_product", { productId }),
  billingOverview: (organizationId: number) =>
    call<BillingOverview>("billing_overview", { organizationId }),
  listSupportGrants: () => call<SupportGrant[]>("list_support_grants"),
  securityOverview: () => call<SecuritySettings[]>("security_overview"),
  partnerOverview: (organizationId: number) =>
    call<PartnerOverview>("partner_overview", { organizationId }),
  // PAR-1..4: the partner program (every change decided by the engine for the signed-in user).
  partnerSaveProfile: (organizationId: number, profile: PartnerProfileInput) =>
    call<null>("partner_save_profile", { organizationId, profile }),
  partnerSetStatus: (organizationId: number, status: PartnerStatus) =>
    call<null>("partner_set_status", { organizationId, status }),
  partnerAddClient: (organizationId: number, client: NewPartnerClient) =>
    call<number>("partner_add_client", { organizationId, client }),
  partnerClient: (clientId: number) => call<PartnerClientDetail>("partner_client", { clientId }),
  partnerAddClientProduct: (clientId: number, product: NewClientProduct) =>
    call<number>("partner_add_client_product", { clientId, product }),
  partnerSetAccess: (clientId: number, access: ClientAccess, productIds: number[]) =>
    call<null>("partner_set_access", { clientId, access, productIds }),
  partnerSetBilling: (clientId: number, terms: BillingTermsInput) =>
    call<null>("partner_set_billing", { clientId, terms }),
  partnerSetManagers: (clientId: number, userIds: number[]) =>
    call<null>("partner_set_managers", { clientId, userIds }),
  partnerEndClient: (clientId: number) => call<null>("partner_end_client", { clientId }),
  partnerStatement: (clientId: number, from: string, to: string) =>
    call<Statement>("partner_statement", { clientId, from, to }),
  /** Saves the statement through the Save dialog; the path, or null: cancelled. */
  partnerExportStatement: (clientId: number, from: string, to: string, format: StatementFormat, language: string) =>
    call<string | null>("partner_export_statement", { clientId, from, to, format, language }),
  uiPreferences: () => call<UiPreferences>("ui_preferences"),
  /** The first screen in one reply: language, workspace (or why none), organizations, overview. */
  startup: (organizationId: number | null) => call<Startup>("startup", { organizationId }),
  /** The OS's languages, known before the workspace is open (the loading screen's language). */
  osLanguages: () => call<string[]>("os_languages"),
  setLanguage: (language: string) => call<UiPreferences>("set_language", { language }),
  resetDemoWorkspace: () => call<WorkspaceInfo>("reset_demo_workspace"),
  // The workspace file: why none is open, open another or the demo, a checked backup.
  workspaceProblem: () => call<WorkspaceProblem | null>("workspace_problem"),
  openWorkspace: () => call<WorkspaceInfo | null>("open_workspace"),
  openDemoWorkspace: () => call<WorkspaceInfo>("open_demo_workspace"),
  openSecondLaunch: () => call<WorkspaceInfo | null>("open_second_launch"),
  backupWorkspace: () => call<BackupReport | null>("backup_workspace"),
  setSignedInUser: (userId: number) => call<null>("set_signed_in_user", { userId }),

  // Organization and teams (ORG-1..8); each acts as the signed-in user.
  addMember: (organizationId: number, member: NewMember) =>
    call<number>("add_member", { organizationId, member }),
  inviteMembers: (organizationId: number, addresses: string, template: NewMember) =>
    call<InviteResult[]>("invite_members", { organizationId, addresses, template }),
  resendInvitation: (organizationId: number, userId: number) =>
    call<null>("resend_invitation", { organizationId, userId }),
  removeMembers: (organizationId: number, userIds: number[]) =>
    call<MemberResult[]>("remove_members", { organizationId, userIds }),
  undoRemoval: () => call<number>("undo_removal"),
  undoReplacement: () => call<null>("undo_replacement"),
  leaveOrganization: (organizationId: number) =>
    call<null>("leave_organization", { organizationId }),
  changeRole: (organizationId: number, userId: number, role: Role) =>
    call<null>("change_role", { organizationId, userId, role }),
  replaceLegalRepresentative: (
    organizationId: number,
    oldUserId: number,
    newUserId: number,
    oldBecomes: Role | null,
  ) =>
    call<null>("replace_legal_representative", {
      organizationId,
      oldUserId,
      newUserId,
      oldBecomes,
    }),
  userRights: (organizationId: number, userId: number) =>
    call<ProductRightGrant[]>("user_rights", { organizationId, userId }),
  setUserRights: (organizationId: number, userId: number, grants: ProductRightGrant[]) =>
    call<null>("set_user_rights", { organizationId, userId, grants }),
  setContacts: (organizationId: number, userId: number, contacts: ContactPreferences) =>
    call<null>("set_contacts", { organizationId, userId, contacts }),
  updateOrganization: (organizationId: number, details: OrganizationDetails) =>
    call<null>("update_organization", { organizationId, details }),
  createTeam: (organizationId: number, name: string, colour: string) =>
    call<number>("create_team", { organizationId, name, colour }),
  updateTeam: (organizationId: number, teamId: number, name: string, colour: string) =>
    call<null>("update_team", { organizationId, teamId, name, colour }),
  deleteTeam: (organizationId: number, teamId: number) =>
    call<null>("delete_team", { organizationId, teamId }),
  setTeamMembers: (organizationId: number, teamId: number, userIds: number[]) =>
    call<null>("set_team_members", { organizationId, teamId, userIds }),
  teamRights: (organizationId: number, teamId: number) =>
    call<ProductRightGrant[]>("team_rights", { organizationId, teamId }),
  setTeamRights: (organizationId: number, teamId: number, grants: ProductRightGrant[]) =>
    call<null>("set_team_rights", { organizationId, teamId, grants }),
  effectiveRights: (organizationId: number, userId: number) =>
    call<EffectiveRight[]>("effective_rights", { organizationId, userId }),

  // Renewals and payments (REN-1..7, PAY-1..9).
  queryProducts: (query: ProductQuery) => call<ProductPage>("query_products", { query }),
  renewalCounts: (organizationId: number | null) =>
    call<ProductCounts>("renewal_counts", { organizationId }),
  renewalForecast: (organizationId: number, months: number) =>
    call<Forecast>("renewal_forecast", { organizationId, months }),
  spendingHistory: (organizationId: number | null, months: number) =>
    call<SpendingHistory>("spending_history", { organizationId, months }),
  paletteSearch: (query: string, limit: number) => call<Found[]>("palette_search", { query, limit }),
  countSelection: (selection: Selection) => call<number>("count_selection", { selection }),
  /** Long work: progress arrives through `onProgress`; `cancelJob(jobId)` stops it. */
  setAutoRenew: (
    selection: Selection,
    on: boolean,
    methodId: number | null,
    jobId: string,
    onProgress: (p: Progress) => void,
  ) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call<BulkReport>("set_auto_renew", {
      selection,
      on,
      methodId,
      jobId,
      onProgress: channel,
    });
  },
  cancelJob: (jobId: string) => call<boolean>("cancel_job", { jobId }),
  setPeriod: (productId: number, periodMonths: number) =>
    call<null>("set_period", { productId, periodMonths }),
  payPreview: (items: PayItem[]) => call<PaySplit[]>("pay_preview", { items }),
  paySelection: (items: PayItem[], choices: PaymentChoice[], idempotencyKey: string) =>
    call<PaidOrder[]>("pay_selection", { items, choices, idempotencyKey }),
  payPendingOrder: (orderId: number, methodId: number) =>
    call<PaidOrder>("pay_pending_order", { orderId, methodId }),
  listOrders: (organizationId: number) => call<Order[]>("list_orders", { organizationId }),
  cancelPendingOrder: (orderId: number) => call<null>("cancel_pending_order", { orderId }),
  openOrderOf: (productId: number) => call<DocumentRef | null>("open_order_of", { productId }),
  billingAccess: (organizationId: number) =>
    call<BillingAccess>("billing_access", { organizationId }),
  addPaymentMethod: (organizationId: number, method: NewPaymentMethod) =>
    call<number>("add_payment_method", { organizationId, method }),
  setDefaultMethod: (organizationId: number, methodId: number) =>
    call<null>("set_default_method", { organizationId, methodId }),
  /** `amount` as typed in the UI language `locale`; the engine gets its Intl tag ("de-CH"), whose
   * region decides the decimal mark (Swiss usage: a lone "1.000" is ambiguous). */
  topUpPreview: (organizationId: number, amount: string, locale: Locale, method: PaymentMethodKind) =>
    call<Money>("top_up_preview", { organizationId, amount, locale: LOCALE_TAGS[locale], method }),
  topUp: (
    organizationId: number,
    amount: string,
    locale: Locale,
    method: PaymentMethodKind,
    idempotencyKey: string,
  ) =>
    call<PrepaidAccount>("top_up", { organizationId, amount, locale: LOCALE_TAGS[locale], method, idempotencyKey }),
  invoiceDetail: (invoiceId: number) => call<InvoiceDetail>("invoice_detail", { invoiceId }),
  saveDocument: (invoiceId: number) => call<string | null>("save_document", { invoiceId }),
  printDocument: (invoiceId: number) => call<string>("print_document", { invoiceId }),
  /** Opens a document this session saved, or shows it in its folder (the shell checks it). */
  openSaved: (path: string) => call<null>("open_saved", { path }),
  showSaved: (path: string) => call<null>("show_saved", { path }),
  /** Picks the folder; the names already there (to ask before replacing), or null: cancelled. */
  exportCheck: (invoiceIds: number[]) => call<string[] | null>("export_check", { invoiceIds }),
  exportDocuments: (
    invoiceIds: number[],
    existing: ExistingFiles,
    jobId: string,
    onProgress: (p: Progress) => void,
  ) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call<ExportReport | null>("export_documents", { invoiceIds, existing, jobId, onProgress: channel });
  },
  seller: () => call<Seller>("seller"),
  setSeller: (seller: Seller) => call<null>("set_seller", { seller }),
  issueCreditNote: (invoiceId: number, productIds: number[]) =>
    call<string>("issue_credit_note", { invoiceId, productIds }),
  exportTimeline: (selection: Selection, language: string) =>
    call<string | null>("export_timeline", { selection, language }),
  productTimeline: (productId: number, language: string) =>
    call<TimelineEntry[]>("product_timeline", { productId, language }),
  notificationSettings: (organizationId: number) =>
    call<NotificationSettings>("notification_settings", { organizationId }),
  setNotificationSettings: (organizationId: number, settings: NotificationSettings) =>
    call<NotificationSettings>("set_notification_settings", { organizationId, settings }),
  attention: (organizationId: number | null) => call<Attention>("attention", { organizationId }),
  osNotifications: () => call<boolean>("os_notifications"),
  setOsNotifications: (on: boolean) => call<boolean>("set_os_notifications", { on }),

  // The provider connection (issue 10): the token goes to the keyring, never comes back.
  providerStatus: () => call<ProviderStatus>("provider_status"),
  connectProvider: (token: string) => call<Connected>("connect_provider", { token }),
  disconnectProvider: () => call<ProviderStatus>("disconnect_provider"),
  syncProvider: (onProgress: (p: SyncProgress) => void) => {
    const channel = new Channel<SyncProgress>();
    channel.onmessage = onProgress;
    return call<SyncOutcome>("sync_provider", { onProgress: channel });
  },
  cancelProviderSync: () => call<null>("cancel_provider_sync"),
  listOutbox: () => call<OutboxEntry[]>("list_outbox"),
  retryOutbox: (id: number) => call<ProviderStatus>("retry_outbox", { id }),
  retryProviderNow: () => call<ProviderStatus>("retry_provider_now"),
  discardOutbox: (id: number) => call<null>("discard_outbox", { id }),

  // Support requests (SUP-5): the composer's draft, attachments, preview, bundle, history.
  supportDraft: () => call<SupportDraft>("support_draft"),
  supportSaveDraft: (draftId: number, fields: DraftFields) =>
    call<SupportDraft>("support_save_draft", { draftId, fields }),
  supportDiscardDraft: (draftId: number) => call<null>("support_discard_draft", { draftId }),
  supportProducts: (search: string, offset: number, limit: number) =>
    call<SupportProductPage>("support_products", { search, offset, limit }),
  supportAttach: (draftId: number, incomingPath: string, kind: AttachmentKind, name: string) =>
    call<SupportAttachment>("support_attach", { draftId, incomingPath, kind, name }),
  supportAttachFile: (draftId: number) =>
    call<SupportAttachment | null>("support_attach_file", { draftId }),
  supportDetach: (attachmentId: number) => call<null>("support_detach", { attachmentId }),
  supportPreview: (draftId: number, language: string) =>
    call<SupportPreview>("support_preview", { draftId, language }),
  supportSetRedaction: (draftId: number, change: RedactionChange, language: string) =>
    call<SupportPreview>("support_set_redaction", { draftId, change, language }),
  supportPreviewPage: (draftId: number, partId: string, offset: number, language: string) =>
    call<PreviewPart>("support_preview_page", { draftId, partId, offset, language }),
  supportSystemInfo: () => call<[string, string][]>("support_system_info"),
  supportSaveBundle: (draftId: number, previewDigest: string, language: string) =>
    call<SupportHistoryEntry | null>("support_save_bundle", { draftId, previewDigest, language }),
  supportHistory: (offset: number, limit: number) =>
    call<SupportHistoryPage>("support_history", { offset, limit }),
  supportOpenMail: (bundleId: number, language: string) =>
    call<string>("support_open_mail", { bundleId, language }),
};

export type Api = typeof api;

// Support captures (comptoir-capture): screenshots, the app log, the website console, imports.
// Each result is an Attachment in the incoming folder, for the support composer.
import type {
  Attachment,
  CaptureEnvironment,
  ConsoleCounts,
  LogWindow,
  Op,
  Rect,
  SensitiveBox,
  Shot,
  UiLogEntry,
} from "./bindings";
import type { Startup } from "./bindings";
import type { CodeAccepted, EmergencyCodes, IdentifierMap, TfaEnrolment, TfaStatus } from "./bindings";

/** How a screenshot is taken: after 0, 3 or 5 s; Comptoir hidden or shown (then pre-redacted). */
export type ShotOptions = { delay: 0 | 3 | 5; hide: boolean; sensitive: SensitiveBox[] };

export const captureApi = {
  environment: () => call<CaptureEnvironment>("capture_environment"),
  screen: (monitor: number | null, o: ShotOptions) => call<Shot>("capture_screen", { monitor, ...o }),
  window: (windowId: number, o: ShotOptions) => call<Shot>("capture_window", { windowId, ...o }),
  region: (monitor: number | null, o: ShotOptions) => call<Shot | null>("capture_region", { monitor, ...o }),
  /** PNG bytes of the shot with `ops` applied: the preview is what is exported. */
  render: (id: number, ops: Op[]) => call<ArrayBuffer>("render_shot", { id, ops }),
  export: (id: number, ops: Op[]) => call<Attachment>("export_shot", { id, ops }),
  forget: (id: number) => call<null>("forget_shot", { id }),
  regionShot: () => call<ArrayBuffer>("region_shot"),
  regionChosen: (rect: Rect | null) => call<null>("region_chosen", { rect }),
  uiLog: (entry: UiLogEntry) => call<boolean>("ui_log", { entry }),
  exportAppLog: (window: LogWindow) => call<Attachment>("export_app_log", { window }),
  consoleStart: (url: string, seconds: number | null) => call<null>("console_capture_start", { url, seconds }),
  consoleStatus: () => call<ConsoleCounts | null>("console_capture_status"),
  consoleStop: () => call<Attachment>("console_capture_stop"),
  importLogFile: () => call<Attachment | null>("import_log_file"),
};

/** Support-access grants (SUP-1..4) and identity-verification blocks (KC-1/2/5/6). */
export const accessApi = {
  createGrants: (request: NewGrant) => call<SupportGrant[]>("create_support_grants", { request }),
  revokeGrant: (grantId: number) => call<SupportGrant>("revoke_support_grant", { grantId }),
  accessLog: (offset: number, limit: number) =>
    call<AccessLogPage>("support_access_log", { offset, limit }),
  kcBlocks: (organizationId: number) => call<KcBlock[]>("list_kc_blocks", { organizationId }),
  kcResend: (orderId: number) => call<KcResend>("kc_resend", { orderId }),
  kcDocuments: (orderId: number) => call<KcDocument[]>("kc_documents", { orderId }),
  kcAttach: (orderId: number) => call<KcDocument | null>("kc_attach_document", { orderId }),
  kcHandle: (documentId: number) => call<KcDocument>("kc_handle_document", { documentId }),
};

/** Account security (TFA-1..4, ID-1..4): the signed-in user's own 2FA and identifiers. */
export const securityApi = {
  status: () => call<TfaStatus>("tfa_status"),
  begin: (userId: number) => call<TfaEnrolment>("tfa_begin", { userId }),
  confirm: (userId: number, code: string) => call<EmergencyCodes>("tfa_confirm", { userId, code }),
  checkCode: (userId: number, code: string) => call<CodeAccepted>("tfa_check_code", { userId, code }),
  regenerateCodes: (userId: number, code: string) => call<EmergencyCodes>("tfa_regenerate_codes", { userId, code }),
  remove: (userId: number, code: string) => call<null>("tfa_remove", { userId, code }),
  saveCodes: (codes: string[]) => call<string | null>("tfa_save_codes", { codes }),
  printCodes: (codes: string[]) => call<string>("tfa_print_codes", { codes }),
  identifierMap: () => call<IdentifierMap>("identifier_map"),
};
