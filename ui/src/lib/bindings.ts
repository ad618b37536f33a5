// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p comptoir bindings

export type ErrorCode = "invalid_input" | "not_found" | "rule_violation" | "conflict" | "currency_mismatch" | "storage" | "cancelled" | "internal";

export type AppError = { code: ErrorCode, message: string, rule?: RuleId, field?: string, 
/**
 * Typed facts of the refusal the UI acts on (e.g. the order to pay instead).
 */
params?: { [key in string]: string }, };

export type RuleId = "ORG-1" | "ORG-2" | "ORG-3" | "ORG-4" | "ORG-5" | "ORG-6" | "ORG-7" | "ORG-8" | "REN-1" | "REN-2" | "REN-3" | "REN-4" | "REN-5" | "REN-6" | "REN-7" | "PAY-1" | "PAY-2" | "PAY-3" | "PAY-4" | "PAY-5" | "PAY-6" | "PAY-7" | "PAY-8" | "PAY-9" | "SUP-1" | "SUP-2" | "SUP-3" | "SUP-4" | "SUP-5" | "PAR-1" | "PAR-2" | "PAR-3" | "PAR-4" | "ID-1" | "ID-2" | "ID-3" | "ID-4" | "TFA-1" | "TFA-2" | "TFA-3" | "TFA-4" | "KC-1" | "KC-2" | "KC-5" | "KC-6" | "API-1" | "API-2" | "API-3";

export type BillingAccess = { 
/**
 * `None` when the user is not an active member.
 */
role: Role | null, 
/**
 * Top-ups, payment methods, credit notes (legal representatives and admins).
 */
organization_wide: boolean, 
/**
 * Paying and renewing every product (legal representatives and admins); otherwise only
 * the products with the user's billing right.
 */
all_products: boolean, 
/**
 * The seller on documents (legal representatives).
 */
seller: boolean, };

export type DocumentRef = { id: number, number: string, total: Money, };

export type Currency = "CHF" | "EUR";

export type Money = { amount: string, currency: Currency, };

export type Address = { street: string, building_number: string, postal_code: string, town: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, };

export type Organization = { id: number, name: string, legal_form: string, currency: Currency, 
/**
 * IANA time zone in which the organization's dates are calendar dates.
 */
timezone: string, 
/**
 * BCP 47 language of its documents (`es`, `en`, `fr`, `de`, `it`).
 */
language: string, address: Address, vat_number: string | null, created_on: string, };

export type Role = "legal_representative" | "admin" | "user";

export type MemberStatus = "active" | "invited";

export type ContactPreferences = { billing: boolean, technical: boolean, legal_notices: boolean, };

export type Member = { user_id: number, organization_id: number, display_name: string, email: string, language: string, role: Role, status: MemberStatus, contacts: ContactPreferences, team_ids: Array<number>, last_login_at: string | null, 
/**
 * For a pending invitation: when it was last sent, and how many times.
 */
invited_at: string | null, invitations_sent: number, };

export type Team = { id: number, organization_id: number, name: string, 
/**
 * `#rrggbb`.
 */
colour: string, member_ids: Array<number>, };

export type ProductRights = { technical: boolean, statistics: boolean, billing: boolean, };

export type ProductRightGrant = { product_id: number, rights: ProductRights, };

export type AddMode = "external" | "existing";

export type NewMember = { mode: AddMode, email: string, 
/**
 * Required for an external invitation; ignored for an existing account.
 */
display_name: string, language: string, role: Role, rights: Array<ProductRightGrant>, contacts: ContactPreferences, };

export type MemberResult = { user_id: number, display_name: string, error: AppError | null, };

export type InviteResult = { 
/**
 * The line as typed (trimmed).
 */
line: string, user_id: number | null, error: AppError | null, };

export type OrganizationDetails = { name: string, address: Address, vat_number: string | null, };

export type RightSource = { "kind": "role", role: Role, } | { "kind": "own" } | { "kind": "team", team_id: number, team_name: string, };

export type EffectiveRight = { product_id: number, product_name: string, technical: Array<RightSource>, statistics: Array<RightSource>, billing: Array<RightSource>, };

export type RightsTable = { grants: Array<ProductRightGrant>, };

export type ProductKind = "domain_ch" | "domain_com" | "web_hosting" | "mail_service" | "drive" | "suite" | "ssl_certificate" | "vps" | "backup";

export type ProductStatus = "active" | "expiring" | "overdue" | "blocked" | "cancelled";

export type Product = { id: number, organization_id: number, kind: ProductKind, 
/**
 * The service's name: a domain, a hosting's main site, a drive's name.
 */
name: string, 
/**
 * The name the customer gave it.
 */
customer_name: string, expires_on: string, period_months: number, 
/**
 * Price for one `period_months` period.
 */
price: Money, auto_renew: boolean, auto_renew_method_id: number | null, 
/**
 * Evaluated against the clock when read (see [`ProductStatus`]).
 */
status: ProductStatus, 
/**
 * Days from today (in the organization's time zone) to expiry; negative once expired.
 */
days_left: number, };

export type NotificationSettings = { 
/**
 * Largest first, no duplicates.
 */
days_before: Array<number>, 
/**
 * User ids of members who receive the provider's e-mails.
 */
recipients: Array<number>, };

export type Milestone = "last_day_to_enable" | "charge" | "expiry";

export type Reminder = { product_id: number, product_name: string, organization_id: number, milestone: Milestone, on: string, 
/**
 * Days from the organization's today to `on` (0 = today).
 */
days_left: number, 
/**
 * The threshold this reminder answers (one of the organization's `days_before`).
 */
threshold: number, };

export type Attention = { count: number, nearest: Array<Reminder>, };

export type SortKey = "expires_on" | "name" | "kind" | "organization" | "customer_name" | "period" | "price" | "auto_renew" | "status";

export type ChargeKind = "automatic" | "needs_action";

export type ForecastBar = { 
/**
 * `YYYY-MM`.
 */
month: string, automatic: Money, automatic_count: number, needs_action: Money, needs_action_count: number, };

export type PrepaidProjection = { balance: Money, 
/**
 * One per month of the forecast, in order.
 */
left_after: Array<Money>, };

export type CurrencyForecast = { currency: Currency, 
/**
 * One per month, in order, including months without renewals (zero amounts).
 */
bars: Array<ForecastBar>, prepaid: PrepaidProjection, };

export type Forecast = { 
/**
 * `YYYY-MM` of the first month.
 */
first_month: string, months: number, 
/**
 * One per currency that has a renewal or a prepaid balance.
 */
currencies: Array<CurrencyForecast>, };

export type SpendingMonth = { 
/**
 * `YYYY-MM`.
 */
month: string, 
/**
 * The paid part of the invoices issued that month.
 */
paid: Money, 
/**
 * Invoices issued that month with something paid.
 */
paid_count: number, 
/**
 * What the credit notes issued that month gave back (a positive amount; credit notes are
 * stored negative).
 */
credited: Money, credited_count: number, };

export type CurrencySpending = { currency: Currency, months: Array<SpendingMonth>, };

export type SpendingHistory = { 
/**
 * `YYYY-MM` of the oldest month shown.
 */
first_month: string, months: number, 
/**
 * One per currency that has a paid invoice or a credit note in the period.
 */
currencies: Array<CurrencySpending>, };

export type FoundKind = "invoice" | "order" | "product" | "user" | "team";

export type Found = { kind: FoundKind, id: number, organization_id: number, 
/**
 * The name or number that matched.
 */
title: string, 
/**
 * A second fact: a product's customer, a user's e-mail, a document's date.
 */
detail: string, 
/**
 * 0 = the whole field, 1 = its start, 2 = a word's start, 3 = inside.
 */
rank: number, };

export type ProductQuery = { expires_from: string | null, expires_to: string | null, organization_id: number | null, kinds: Array<ProductKind>, statuses: Array<ProductStatus>, auto_renew: boolean | null, 
/**
 * Only these products (empty: no restriction).
 */
ids: Array<number>, 
/**
 * Matched against product name and customer name, case-insensitively.
 */
search: string, 
/**
 * Only renewals paid this way (issue 17: a forecast bar opens its rows).
 */
charge?: ChargeKind, 
/**
 * Only products priced in this currency (a forecast bar is one currency's).
 */
currency?: Currency, sort: SortKey, descending: boolean, offset: number, limit: number, };

export type ProductRow = { product: Product, organization_name: string, 
/**
 * The method auto-renewal charges (REN-1), e.g. "visa", with its last four digits.
 */
auto_renew_method: PaymentMethodKind | null, auto_renew_last4: string | null, allowed_periods: Array<number>, 
/**
 * REN-4: first auto-renew charge attempt.
 */
charge_on: string, 
/**
 * REN-5: last day auto-renew can be switched on.
 */
last_day_to_enable: string, 
/**
 * REN-5 on the organization's today: whether auto-renew can still be switched on (a past
 * last day is never shown as an instruction).
 */
can_enable_auto_renew: boolean, blocked_on: string, cancelled_on: string, 
/**
 * Deleted on the provider but kept because local orders or invoices name it (issue 10):
 * it can no longer be renewed nor switched to auto-renewal.
 */
gone_on_provider: boolean, };

export type ProductPage = { rows: Array<ProductRow>, 
/**
 * How many products match the filters (all pages).
 */
total: number, };

export type Selection = { query: ProductQuery | null, ids: Array<number>, excluded: Array<number>, };

export type RowOutcome = "changed" | "unchanged" | "refused";

export type RowResult = { product_id: number, name: string, outcome: RowOutcome, error: AppError | null, };

export type BulkReport = { total: number, changed: number, unchanged: number, refused: Array<RowResult>, 
/**
 * True when the user cancelled: rows after the last finished chunk were not touched.
 */
cancelled: boolean, processed: number, };

export type Progress = { done: number, total: number, };

export type PayItem = { product_id: number, period_months: number, };

export type PaymentChoice = { organization_id: number, method_id: number | null, use_prepaid: boolean, };

export type PaySplit = { organization_id: number, organization_name: string, lines: number, net: Money, vat: Money, total: Money, prepaid_available: Money, };

export type PaidOrder = { order_id: number, organization_id: number, status: OrderStatus, document_id: number, document_kind: InvoiceKind, document_number: string, total: Money, paid_from_prepaid: Money, 
/**
 * True when this key had been used before: nothing was charged again.
 */
replayed: boolean, 
/**
 * REN-2: the products whose auto-renewal this payment switched on, by name.
 */
auto_renew_on: Array<string>, };

export type PaymentMethodKind = "visa" | "mastercard" | "cb_card" | "postfinance_card" | "iban_transfer" | "paypal" | "twint";

export type PaymentMethod = { id: number, organization_id: number, kind: PaymentMethodKind, 
/**
 * What the holder calls it ("Company Visa", "Twint Marta").
 */
label: string, last4: string | null, 
/**
 * `MM/YYYY` for cards.
 */
expiry: string | null, is_default: boolean, 
/**
 * REN-2, derived from `kind`.
 */
allows_auto_renew: boolean, };

export type NewPaymentMethod = { kind: PaymentMethodKind, label: string, last4: string | null, 
/**
 * `MM/YYYY`, for cards.
 */
expiry: string | null, };

export type InvoiceKind = "invoice" | "pro_forma" | "credit_note";

export type InvoiceStatus = "paid" | "unpaid" | "overdue" | "cancelled";

export type Invoice = { id: number, organization_id: number, kind: InvoiceKind, 
/**
 * One series per kind and organization, e.g. `INV-CHF-2026-0007`.
 */
number: string, issued_on: string, due_on: string, total: Money, paid: Money, status: InvoiceStatus, order_id: number | null, corrects_invoice_id: number | null, line_count: number, };

export type InvoiceLine = { description: string, period_from: string | null, period_to: string | null, quantity: number, unit_price: Money, vat_rate_bp: number, 
/**
 * Net amount of the line.
 */
amount: Money, 
/**
 * The product the line is for, when it still exists (credit notes are chosen by product).
 */
product_id: number | null, 
/**
 * On an invoice: the credit note that already credited this line.
 */
credited_by: string | null, };

export type InvoiceDetail = { invoice: Invoice, lines: Array<InvoiceLine>, corrects: string | null, sha256: string | null, 
/**
 * The credit notes already issued against this invoice.
 */
credit_notes: Array<DocumentRef>, 
/**
 * What a further credit note may still credit (zero: nothing is left to credit).
 */
creditable: Money, };

export type ExportReport = { folder: string, written: number, total: number, 
/**
 * True when the user stopped it: the files written so far stay.
 */
cancelled: boolean, 
/**
 * The documents that could not be made or written, each with why; the others are written.
 */
failed: Array<ExportFailure>, };

export type ExportFailure = { invoice_id: number, number: string, reason: AppError, };

export type ExistingFiles = "replace" | "keep_both";

export type Seller = { name: string, address: Address, vat_number: string | null, 
/**
 * The IBAN offered for ordinary transfers, printed in the invoice body (a Swiss one also
 * enables the QR-bill, with a creditor reference). Never a QR-IBAN.
 */
iban: string | null, 
/**
 * The QR-IBAN (institution id 30000–31999): only in the QR-bill, with a QR reference.
 */
qr_iban: string | null, };

export type OrderStatus = "pending" | "paid" | "cancelled";

export type Order = { id: number, organization_id: number, 
/**
 * A double click, a retry or a crash never charges twice: one key, one order.
 */
idempotency_key: string, created_on: string, status: OrderStatus, total: Money, 
/**
 * The order's latest document (pro-forma or invoice), e.g. to offer "Pay invoice INV-…".
 */
document_number: string | null, };

export type PrepaidMovement = { id: number, on: string, 
/**
 * Positive for a top-up, negative for a payment.
 */
amount: Money, description: string, 
/**
 * A top-up by IBAN transfer waits for the money; it is not in the balance yet.
 */
pending: boolean, };

export type PrepaidAccount = { organization_id: number, balance: Money, movements: Array<PrepaidMovement>, };

export type GrantKind = "mail_address" | "drive_folder" | "chat_discussion" | "mail_message";

export type GrantState = "active" | "revoked" | "expired";

export type SupportGrant = { id: number, organization_id: number, kind: GrantKind, 
/**
 * The mailbox, folder or discussion the grant opens.
 */
target: string, 
/**
 * SUP-1: the support request whose handling staff may use it.
 */
ticket_ref: string, granted_at: string, expires_at: string, revoked_at: string | null, state: GrantState, 
/**
 * Whole seconds until it closes by itself at the engine's now (0 once closed): the
 * countdown on screen follows the injected clock, not the screen's own.
 */
remaining_seconds: number, granted_by: string | null, revoked_by: string | null, };

export type RequestCategory = "mail" | "hosting" | "domain" | "billing" | "drive" | "other";

export type AttachmentKind = "screenshot" | "app_log" | "website_console" | "imported" | "file";

export type AccessEvent = "granted" | "revoked" | "expired";

export type AccessLogEntry = { id: number, at: string, event: AccessEvent, grant_id: number, organization_id: number, kind: GrantKind, target: string, ticket_ref: string, 
/**
 * Who did it; `None` for an expiry (the grant closed by itself).
 */
actor_name: string | null, };

export type AccessLogPage = { entries: Array<AccessLogEntry>, total: number, offset: number, };

export type NewGrant = { organization_id: number, kind: GrantKind, items: Array<string>, ticket_ref: string, };

export type KcTrigger = "forgotten_password" | "forgotten_login_email" | "two_factor_removal" | "account_unblock" | "first_payout" | "suspected_fraud" | "brand_name";

export type KcState = "waiting" | "answered" | "cancelled";

export type KcBlock = { order_id: number, trigger: KcTrigger, blocked_at: string, 
/**
 * KC-6: the calendar day (account time zone) it is cancelled without an answer.
 */
cancels_on: string, cancels_at: string, state: KcState, 
/**
 * KC-5: how many times the procedure was resent, and the last day.
 */
resent_count: number, last_resent_on: string | null, 
/**
 * After KC-6: the credit note and the refund to the original payment method.
 */
credit_note_number: string | null, refunded_to: string | null, 
/**
 * Documents attached and not yet deleted (KC-2).
 */
documents_kept: number, };

export type KcResend = { order_id: number, on: string, 
/**
 * False when it was already sent today (nothing more recorded).
 */
recorded: boolean, resent_count: number, };

export type KcDocument = { id: number, order_id: number, name: string, size: number, attached_at: string, 
/**
 * When it is deleted at the latest if nobody handles it.
 */
delete_by: string, handled_at: string | null, deleted_at: string | null, };

export type PartnerStatus = "none" | "partner" | "affiliate";

export type ClientAccess = "whole_account" | "specific_products";

export type PartnerClient = { id: number, partner_organization_id: number, client_name: string, contact_email: string | null, access: ClientAccess, 
/**
 * The client's products known to the workspace.
 */
product_count: number, 
/**
 * Of those, the ones the partner manages (all of them with the whole account).
 */
managed_count: number, since: string, 
/**
 * The relationship ended that day: no access any more, products and statements stay.
 */
ended_on: string | null, billed: BilledParty, benefit: Benefit, 
/**
 * PAR-4: 0..=3500 basis points.
 */
rate_bp: number, currency: Currency, 
/**
 * The partner's users who may manage this client (besides its admins).
 */
manager_ids: Array<number>, };

export type BilledParty = "partner" | "client";

export type Benefit = "discount" | "cashback";

export type ClientProduct = { id: number, client_id: number, name: string, period_months: number, price: Money, renews_on: string, managed: boolean, };

export type PartnerProfile = { 
/**
 * Commercial register number (CHE-…, SIRET or equivalent).
 */
register_number: string | null, website: string | null, supports_clients: boolean, invoices_clients: boolean, 
/**
 * Who accepted the reseller conditions, and when.
 */
conditions_accepted_by: string | null, conditions_accepted_at: string | null, };

export type Eligibility = { 
/**
 * Yearly value of managed products, per currency.
 */
volume_chf: Money, volume_eur: Money, threshold_chf: Money, threshold_eur: Money, volume_met: boolean, register_number: string | null, website: string | null, company_met: boolean, supports_clients: boolean, invoices_clients: boolean, service_met: boolean, conditions_accepted_by: string | null, conditions_accepted_at: string | null, conditions_met: boolean, eligible: boolean, };

export type StatementLine = { product_id: number, product: string, renews_on: string, period_months: number, 
/**
 * The provider's list price: what the client pays.
 */
list_price: Money, 
/**
 * What the partner pays the provider (zero when the client is billed).
 */
partner_pays: Money, 
/**
 * List × rate: the discount kept or the cashback received.
 */
margin: Money, };

export type Statement = { client_id: number, client_name: string, partner_name: string, from: string, to: string, billed: BilledParty, benefit: Benefit, rate_bp: number, currency: Currency, lines: Array<StatementLine>, total_list: Money, total_partner_pays: Money, total_margin: Money, };

export type TwoFactorMethod = "app_push" | "totp";

export type SecuritySettings = { user_id: number, display_name: string, email: string, two_factor: TwoFactorMethod | null, 
/**
 * TFA-3: codes not used yet, out of [`EMERGENCY_CODES_ISSUED`].
 */
emergency_codes_left: number, };

export type WorkspaceKind = "demo" | "local" | "provider";

export type WorkspaceInfo = { kind: WorkspaceKind, path: string, schema_version: number, 
/**
 * Today by the engine's clock, in the default time zone (Europe/Zurich).
 */
today: string, 
/**
 * The day the demo data was seeded (its dates are relative to it).
 */
seeded_on: string | null, organizations: number, users: number, 
/**
 * The user the app acts as (see `Store::signed_in_user`).
 */
signed_in_user_id: number, products: number, 
/**
 * Comptoir's version (one version for the whole workspace of crates), for About.
 */
app_version: string, };

export type OpenRefusal = "not_sqlite" | "damaged" | "foreign" | "empty_database" | "newer" | "missing_kind" | "unreadable" | "read_only";

export type WorkspaceProblem = { path: string, reason: OpenRefusal, message: string, };

export type BackupReport = { path: string, bytes: number, schema_version: number, organizations: number, users: number, products: number, invoices: number, };

export type ProductCounts = { total: number, active: number, expiring: number, overdue: number, blocked: number, cancelled: number, auto_renew_on: number, };

export type OutboxEntry = { id: number, organization_id: number, write: ProviderWrite, idempotency_key: string, state: OutboxState, 
/**
 * One of [`OUTBOX_REASONS`].
 */
reason: string | null, attempts: number, 
/**
 * The local team and user the write is about (the UI marks them "pending").
 */
subject_team: number | null, subject_user: number | null, created_at: string, updated_at: string, };

export type OutboxState = "pending" | "sending" | "sent" | "failed" | "conflict";

export type ProviderWrite = { "op": "invite_user", email: string, display_name: string, role: Role, language: string, } | { "op": "cancel_invitation", user_id: number, } | { "op": "remove_member", user_id: number, } | { "op": "create_team", name: string, } | { "op": "rename_team", team_id: number, name: string, } | { "op": "delete_team", team_id: number, } | { "op": "add_team_members", team_id: number, user_ids: Array<number>, } | { "op": "remove_team_members", team_id: number, user_ids: Array<number>, };

export type DatasetSync = { dataset: string, 
/**
 * RFC 3339 UTC.
 */
synced_at: string, items: number, };

export type SyncChanges = { inserted: number, updated: number, deleted: number, 
/**
 * Rows the provider no longer lists but local money data still names: kept, marked gone.
 */
marked_gone: number, 
/**
 * Rows left as the person changed them because a write is still queued for them.
 */
kept_for_outbox: number, 
/**
 * Products of a service the renewals engine does not know, left out of the table.
 */
skipped: number, 
/**
 * Products the provider lists without an expiry date: nothing to renew, left out of the
 * table (counted so the person is told, not silently dropped).
 */
no_expiry: number, };

export type SupportDraft = { id: number, subject: string, category: RequestCategory, product: SupportProduct | null, description: string, error_text: string, choices: RedactionChoices, 
/**
 * Whether the system information block goes into the bundle.
 */
include_system: boolean, attachments: Array<SupportAttachment>, updated_at: string, 
/**
 * Where support replies: the author's e-mail address.
 */
contact: string, };

export type DraftFields = { subject: string, category: RequestCategory, product_id: number | null, description: string, error_text: string, include_system: boolean, };

export type SupportAttachment = { id: number, kind: AttachmentKind, name: string, size: number, sha256: string, 
/**
 * Text (UTF-8), redacted in the preview; otherwise an image, encoded afresh when attached
 * (no metadata) and carried as it is then.
 */
text: boolean, };

export type RedactionChange = { "op": "restore", key: string, } | { "op": "unrestore", key: string, } | { "op": "redact", text: string, } | { "op": "unredact", text: string, } | { "op": "emails", on: boolean, };

export type SupportProductPage = { rows: Array<SupportProduct>, total: number, };

export type SupportHistoryEntry = { id: number, draft_id: number, subject: string, category: RequestCategory, product_name: string | null, path: string, size: number, sha256: string, created_at: string, redactions: number, };

export type SupportHistoryPage = { rows: Array<SupportHistoryEntry>, total: number, };

export type SupportPreview = { parts: Array<PreviewPart>, 
/**
 * SHA-256 (hex) over every part's id and redacted text.
 */
digest: string, total_redactions: number, };

export type PreviewPart = { id: string, name: string, 
/**
 * The page: the redacted text from `offset`, cut at its redactions.
 */
segments: Array<Segment>, 
/**
 * Where the page starts in the redacted text (bytes).
 */
offset: number, 
/**
 * The whole redacted text's length (bytes): more follows when the page ends before it.
 */
len: number, 
/**
 * How many values were hidden, per kind, in the whole text.
 */
counts: { [key in RedactionKind]?: number }, };

export type RedactionKind = "token" | "jwt" | "url_secret" | "cookie" | "iban" | "card" | "otp" | "email" | "manual";

export type Segment = { text: string, redaction?: Span, };

export type Span = { start: number, end: number, kind: RedactionKind, 
/**
 * The length in bytes of what was hidden.
 */
original_len: number, 
/**
 * The restore key (see [`Finding::key`]); empty for manual redactions, which are undone
 * by removing the string.
 */
key: string, };

export type SupportProduct = { id: number, name: string, kind: string, organization_id: number, organization_name: string, };

export type RedactionChoices = { 
/**
 * Redact e-mail addresses (on by default).
 */
emails: boolean, 
/**
 * Keys ([`Finding::key`]) of findings the person restored.
 */
restored: Array<string>, 
/**
 * Literal strings the person redacted by hand.
 */
manual: Array<string>, };

export type MembersPage = { 
/**
 * Members matching the search (all of them without one), counted by SQL.
 */
total: number, offset: number, members: Array<Member>, };

export type PartnerMember = { user_id: number, display_name: string, role: Role, };

export type PartnerOverview = { status: PartnerStatus, 
/**
 * Legal representative or administrator: may change settings and clients.
 */
can_manage: boolean, eligibility: Eligibility, 
/**
 * Every client for those who manage; for a plain user the ones assigned to them.
 */
clients: Array<PartnerClient>, 
/**
 * The organization's active members (who may be assigned clients).
 */
members: Array<PartnerMember>, };

export type StatementRecord = { id: number, from: string, to: string, format: string, total: Money, margin: Money, created_by: string | null, created_at: string, };

export type PartnerClientDetail = { client: PartnerClient, products: Array<ClientProduct>, statements: Array<StatementRecord>, can_manage: boolean, };

export type PartnerProfileInput = { register_number: string | null, website: string | null, supports_clients: boolean, invoices_clients: boolean, accept_conditions: boolean, };

export type BillingTermsInput = { billed: BilledParty, benefit: Benefit, rate: string, locale: string, };

export type NewPartnerClient = { name: string, email: string, access: ClientAccess, terms: BillingTermsInput, };

export type NewClientProduct = { name: string, 
/**
 * As typed in `locale`.
 */
price: string, locale: string, period_months: number, renews_on: string, };

export type StatementFormat = "csv" | "pdf";

export type OrganizationOverview = { organization: Organization, 
/**
 * The first page of members (at most `MEMBERS_PAGE_MAX`, 100): a big organization's reply
 * stays small; `organization_members` gives the next pages.
 */
members: Array<Member>, 
/**
 * All members, counted by SQL.
 */
members_total: number, 
/**
 * The signed-in person's membership, wherever it falls in the pages.
 */
actor: Member | null, teams: Array<Team>, };

export type BillingOverview = { payment_methods: Array<PaymentMethod>, prepaid: PrepaidAccount, };

export type UiPreferences = { language: string | null, os_languages: Array<string>, };

export type Startup = { preferences: UiPreferences, problem: WorkspaceProblem | null, info: WorkspaceInfo | null, organizations: Array<Organization>, 
/**
 * The overview of `organization_id` when given and still there, else of the first
 * organization; none when the signed-in user is not a member of it (the page then asks
 * and shows the refusal as it always does).
 */
overview: OrganizationOverview | null, };

export type TimelineEntry = { date: string, summary: string, description: string, 
/**
 * The export puts reminders 3 days and 1 day before it.
 */
reminder: boolean, };

export type SyncPhase = "profile" | "accounts" | "members" | "teams" | "products" | "outbox";

export type SyncProgress = { phase: SyncPhase, done: number, total: number, seconds_left: number, };

export type LinkState = "online" | "offline" | "unauthorized" | "refused" | "cancelled";

export type SyncOutcome = { link: LinkState, 
/**
 * An outbox reason code (`comptoir_store::OUTBOX_REASONS`) when not online.
 */
reason: string | null, changes: SyncChanges, requests: number, 
/**
 * Writes sent by this flush.
 */
sent: number, 
/**
 * Writes still waiting (pending, failed or in conflict).
 */
unsent: number, 
/**
 * The failed or conflicting write holding the queue back, if any.
 */
blocked_by: number | null, };

export type ProviderStatus = { provider_url: string, 
/**
 * A provider workspace is open and a token for it is in the keyring.
 */
connected: boolean, 
/**
 * The last sync's or flush's result, when there was one in this run.
 */
link: LinkState | null, reason: string | null, 
/**
 * The oldest of the datasets' last syncs (RFC 3339), what "synced at" may claim.
 */
last_synced_at: string | null, unsent: number, 
/**
 * The failed or conflicting write holding the queue back.
 */
blocked_by: number | null, 
/**
 * What the last write became: sent at once, or queued.
 */
last_write_sent: boolean | null, 
/**
 * How many flushes tried to send something in this run (the UI tells each one).
 */
flushes: number, 
/**
 * The person cancelled sending: queued writes wait for "Send now".
 */
held: boolean, 
/**
 * Products the last sync left out of Renewals: no expiry date on the provider, and of a
 * service the renewals engine does not know (said in words, kept across screens).
 */
left_out_no_expiry: number, left_out_unknown_service: number, };

export type Connected = { workspace: WorkspaceInfo, status: ProviderStatus, };

export type CaptureKind = "screenshot" | "app_log" | "website_console" | "imported";

export type Attachment = { path: string, kind: CaptureKind, name: string, };

export type Rect = { x: number, y: number, width: number, height: number, };

export type Point = { x: number, y: number, };

export type Sensitive = "iban" | "card" | "email" | "token";

export type Op = { "kind": "redact", rect: Rect, fill: [number, number, number], sensitive: Sensitive | null, } | { "kind": "rectangle", rect: Rect, color: [number, number, number, number], width: number, } | { "kind": "arrow", from: Point, to: Point, color: [number, number, number, number], width: number, } | { "kind": "highlight", rect: Rect, color: [number, number, number, number], };

export type SensitiveBox = { kind: Sensitive, x: number, y: number, width: number, height: number, 
/**
 * A candidate by content: the text shown there (a text node, an input's value). Kept only
 * when the redactor flags it, with the kind of what it found; `None`: a field marked
 * sensitive, always kept.
 */
text?: string, };

export type Shot = { id: number, width: number, height: number, pre_redactions: Array<Op>, };

export type CaptureEnvironment = { desktop: Desktop, monitors: Array<MonitorInfo>, 
/**
 * `None` when the desktop does not list windows (then `windows_error` says why).
 */
windows: Array<WindowInfo> | null, windows_error: string | null, };

export type MonitorInfo = { id: number, name: string, 
/**
 * Position on the virtual desktop, physical pixels.
 */
x: number, y: number, width: number, height: number, scale_factor: number, primary: boolean, };

export type WindowInfo = { id: number, title: string, app_name: string, width: number, height: number, };

export type Desktop = "x11" | "wayland" | "other";

export type UiLevel = "debug" | "info" | "warn" | "error";

export type UiLogEntry = { level: UiLevel, message: string, 
/**
 * `error`, `unhandledrejection` or `console`.
 */
source: string, stack: string | null, };

export type LogWindow = { "kind": "last15_minutes" } | { "kind": "last_hour" } | { "kind": "last24_hours" } | { "kind": "custom", from: string, to: string, };

export type ConsoleLevel = "debug" | "log" | "info" | "warn" | "error";

export type ConsoleEvent = { "type": "console", t: number, seq: number, level: ConsoleLevel, text: string, } | { "type": "error", t: number, seq: number, message: string, source: string | null, line: number | null, column: number | null, stack: string | null, } | { "type": "rejection", t: number, seq: number, reason: string, stack: string | null, } | { "type": "resource", t: number, seq: number, url: string, element: string, status: number | null, } | { "type": "csp", t: number, seq: number, blocked: string, directive: string, };

export type ConsoleCounts = { log: number, info: number, warn: number, error: number, debug: number, uncaught: number, rejections: number, resources: number, csp: number, 
/**
 * Events refused as over the rate, the count or the size.
 */
dropped: number, running: boolean, 
/**
 * The recording reached the attachment's size limit: later events were not kept.
 */
limit_reached: boolean, };

export type TfaState = "off" | "pending" | "enabled";

export type TfaStatus = { user_id: number, account: string, state: TfaState, 
/**
 * The method on (the demo's other people have push approval on the provider's side).
 */
method: TwoFactorMethod | null, 
/**
 * When the app was confirmed (RFC 3339).
 */
enabled_at: string | null, 
/**
 * TFA-3: unused emergency codes.
 */
emergency_codes_left: number, };

export type TfaEnrolment = { issuer: string, account: string, otpauth_uri: string, 
/**
 * The QR code of `otpauth_uri`, a standalone SVG.
 */
qr_svg: string, 
/**
 * The base32 seed in groups of four.
 */
seed_groups: string, };

export type EmergencyCodes = { codes: Array<string>, issued_at: string, };

export type CodeKind = "app" | "emergency";

export type CodeAccepted = { kind: CodeKind, emergency_codes_left: number, };

export type LoginIdentifier = { email: string, 
/**
 * When its password was last set (a date; the password itself is never here).
 */
password_set_on: string, };

export type UnificationCondition = "exact_address" | "only_webmail_reader" | "may_change_password";

export type ConditionCheck = { condition: UnificationCondition, met: boolean, };

export type MailboxIdentifier = { id: number, address: string, password_set_on: string, 
/**
 * How many accounts read it in webmail.
 */
webmail_readers: number, conditions: Array<ConditionCheck>, 
/**
 * ID-3: all three conditions hold.
 */
unification_offered: boolean, };

export type CredentialKind = "ftp" | "mysql" | "ssh" | "webdav";

export type ServiceCredential = { id: number, kind: CredentialKind, username: string, host: string, password_set_on: string, };

export type IdentifierMap = { login: LoginIdentifier, mailboxes: Array<MailboxIdentifier>, credentials: Array<ServiceCredential>, };
