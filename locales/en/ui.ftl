# The app's screens (ui/src). Ids are the UI's message keys with dots written as dashes.

app-name = Comptoir
app-loading = Opening the workspace…
app-noOrg-title = This workspace has no organization yet
app-noOrg-provider = The provider has not sent any organization to this workspace yet: sync again when the connection is back, or disconnect.
app-noOrg-local = This workspace file holds no organization.
app-noOrg-demo = Open the demo workspace
app-secondLaunch = Comptoir is already open. Another launch asked for { $file }.
app-secondLaunch-open = Open { $file }
app-error-title = Something went wrong
app-retry = Try again

nav-organization = Organization
nav-renewals = Renewals & payments
nav-invoices = Invoices
nav-support = Support
nav-security = Security
nav-partner = Partner
nav-settings = Settings
nav-shortcut = Ctrl+{ $n }
nav-organizationPicker = Organization

workspace-demo = Demo workspace
workspace-local = Local workspace
workspace-provider = Provider workspace
workspace-demoNote = Demo data made on this computer. Nothing here comes from or goes to the provider.
workspace-localNote = Data kept in a local file on this computer.
workspace-providerNote = Profile, organizations, users, teams and products come from the provider; billing, invoices, auto-renewal and support grants are kept locally.
header-language = Language

notYet-title = Not built yet
notYet-security = Changing two-factor settings is not built yet.
notYet-partner = Managing clients and partner billing is not built yet.

common-name = Name
common-email = E-mail
common-status = Status
common-organization = Organization
common-total = Total
common-cancel = Cancel
common-close = Close
common-default = Default
common-since = Since

org-legalForm = Legal form
org-vat = VAT number
org-currency = Billing currency
org-timezone = Time zone
org-created = Customer since
org-role = Role
org-teamsCol = Teams
org-contacts = Contact for
org-lastLogin = Last sign-in
org-neverSignedIn = Never
org-teamMembers =
    { $n ->
        [0] No members
        [one] { $n } member: { $names }
       *[other] { $n } members: { $names }
    }
org-noTeams = No teams in this organization.
org-noMembers = No users in this organization.
role-legal_representative = Legal representative
role-admin = Administrator
role-user = User
member-active = Active
member-invited = Invitation pending
contact-billing = Billing
contact-technical = Technical
contact-legal_notices = Legal notices

ren-product = Product
ren-type = Type
ren-customerName = Customer name
ren-expires = Expires
ren-period = Period
ren-price = Price
ren-autoRenew = Auto-renew
ren-on = On
ren-off = Off
ren-count-total = Products
ren-count-expiring = Expiring within 30 days
ren-count-overdue = Overdue
ren-count-blocked = Blocked
ren-count-autoRenew = Auto-renew on
ren-prepaid = Prepaid balance
ren-prepaidHistory = Recent movements
ren-autoRenewCapable = Can carry auto-renewal
ren-noMethods = No saved payment methods.
ren-expiryCard = expires { $date }

kind-domain_ch = .ch domain
kind-domain_com = .com domain
kind-web_hosting = Web hosting
kind-mail_service = Mail service
kind-drive = Drive
kind-suite = Office suite
kind-ssl_certificate = SSL certificate
kind-vps = VPS
kind-backup = Backup

status-active = Active
status-expiring = Expiring
status-overdue = Overdue
status-blocked = Blocked
status-cancelled = Cancelled
status-paid = Paid
status-unpaid = Unpaid
status-invOverdue = Overdue
status-invCancelled = Cancelled

method-visa = Visa
method-mastercard = Mastercard
method-cb_card = CB card
method-postfinance_card = PostFinance Card
method-iban_transfer = IBAN transfer
method-paypal = PayPal
method-twint = Twint

inv-title = Documents ({ $n })
inv-number = Number
inv-kind = Document
inv-issued = Issued
inv-due = Due
inv-paid = Paid
inv-lines = Lines
inv-kind-invoice = Invoice
inv-kind-pro_forma = Pro-forma
inv-kind-credit_note = Credit note
inv-none = No invoices yet.

sup-grants = Support access grants ({ $n })
sup-kind = Access to
sup-target = Content
sup-ticket = Request
sup-granted = Granted
sup-expires = Closes
sup-kind-mail_address = Mail address
sup-kind-drive_folder = Drive folder
sup-kind-chat_discussion = Chat discussion
sup-state-active = Open
sup-state-revoked = Revoked
sup-state-expired = Closed after 7 days
sup-none = No support access has been granted.
sup-rule = Only the staff handling the request may use a grant; it closes by itself 7 days after it was given.
sup-tab-compose = New request
sup-tab-history = Earlier requests
sup-tab-grants = Access grants
sup-subject = Subject
sup-category = Category
sup-category-mail = Mail
sup-category-hosting = Hosting
sup-category-domain = Domain
sup-category-billing = Billing
sup-category-drive = Drive
sup-category-other = Other
sup-product = Product concerned
sup-product-search = Search a product or an organization
sup-product-none = No product matches.
sup-product-clear = Change
sup-product-more = { $shown } of { $total } shown · more
sup-description = Description
sup-description-hint = What happened, what you expected, since when.
sup-error = Exact text of the error message
sup-error-hint = Copy the popup's text here, word for word.
sup-attachments = Attachments ({ $n })
sup-attach-file = Attach file…
sup-attach-remove = Remove
sup-attach-text = text, checked for secrets
sup-attach-image = image
sup-attach-kind-screenshot = Screenshot
sup-attach-kind-app_log = App log
sup-attach-kind-website_console = Website console
sup-attach-kind-imported = Imported log
sup-attach-kind-file = File
sup-size-bytes = { $n } B
sup-size-kb = { $n } KB
sup-system = Include system information
sup-system-hint = Only what is listed here is written into the bundle, and only when ticked.
sup-sys-os = Operating system
sup-sys-app = App version
sup-sys-tauri = Tauri version
sup-sys-webview = WebView version
sup-sys-locale = System language
sup-sys-screen = Screen { $n }
sup-saving = Saving…
sup-saved = Draft saved
sup-discard = Discard draft
sup-preview-open = Review what will be sent…
sup-preview-title = What will be sent
sup-preview-hint = Each highlighted value was hidden before sending. Click one to restore it; select text and press "Redact selection" to hide more.
sup-preview-count = { $n ->
    [0] Nothing hidden
    [one] One value hidden
   *[other] { $n } values hidden
}
sup-preview-redact = Redact selection
sup-preview-emails = Hide e-mail addresses
sup-preview-hideAgain = Hide the { $n } restored again
sup-preview-unredact = Show this text again
sup-preview-empty = (empty)
sup-preview-back = Back to the request
sup-red-token = token or password
sup-red-jwt = JWT
sup-red-url_secret = secret in a URL
sup-red-cookie = cookie
sup-red-iban = IBAN
sup-red-card = card number
sup-red-otp = one-time code
sup-red-email = e-mail address
sup-red-manual = redacted by hand
sup-red-restore = { $kind }: click to restore
sup-bundle-save = Save bundle…
sup-bundle-saved = Bundle saved: { $path }
sup-mail-open = Open in mail client
sup-mail-note = The mail draft holds the summary only: attach the bundle file to it by hand.
sup-new = New request
sup-history-none = No request saved yet.
sup-history-date = Saved
sup-history-redactions = Hidden
sup-history-file = Bundle

sec-users = Two-factor authentication ({ $n })
sec-method = Second factor
sec-codes = Emergency codes left
sec-tfa-app_push = App with push approval
sec-tfa-totp = One-time codes
sec-tfa-none = Not enabled
sec-enabled =
    { $total ->
        [one] { $n } of { $total } user protected
       *[other] { $n } of { $total } users protected
    }

par-status = Program
par-status-partner = Partner
par-status-affiliate = Affiliate
par-status-none = Not a partner
par-clients = Clients ({ $n })
par-client = Client
par-access = Access
par-access-whole_account = Whole account, billing included
par-access-specific_products = Specific products
par-productCount = Products
par-noClients = No clients yet.
par-notPartner = This organization is not in the partner program. Partners need managed products of at least CHF 2000 or EUR 1800 a year.

set-workspace = Workspace
set-file = File
set-schema = Schema version
set-seededOn = Demo dates are relative to
set-counts = Contents
set-countsValue =
    { $orgs ->
        [one] { $orgs } organization
       *[other] { $orgs } organizations
    }, { $users ->
        [one] { $users } user
       *[other] { $users } users
    }, { $products ->
        [one] { $products } product
       *[other] { $products } products
    }
set-language = Language
set-languageHint = Follows the system language until you choose one here.
set-reset = Reset demo workspace
set-resetHint = Rebuilds the demo organizations from scratch, with dates relative to today. Your language choice is kept.
set-resetConfirmTitle = Reset the demo workspace?
set-resetConfirm = Every change made in this workspace will be lost.
set-resetDone = The demo workspace was rebuilt.
ws-problem-title = This workspace cannot be opened
ws-problem-file = File
ws-problem-untouched = Comptoir has not changed this file.
ws-problem-details = Details
ws-problem-choose = Open another workspace file, or the demo workspace.
ws-problem-reason-not_sqlite = This is not a Comptoir workspace: the file is not a database.
ws-problem-reason-damaged = The file is damaged: its contents fail the database's integrity check.
ws-problem-reason-foreign = This is another program's database, not a Comptoir workspace.
ws-problem-reason-empty_database = This database is empty: it holds no Comptoir data. A copy made while Comptoir was running may have left the data in its “-wal” file.
ws-problem-reason-newer = This workspace was saved by a newer version of Comptoir. Update Comptoir to open it.
ws-problem-reason-missing_kind = This Comptoir workspace no longer says what kind it is (demo, local or provider). It was not reset, so its data is kept.
ws-problem-reason-unreadable = The file cannot be read.
ws-problem-reason-read_only = This workspace cannot be written (the file or its folder is read-only): Comptoir could not save any change. Make it writable, or open another one.
ws-openOther = Open another workspace…
ws-openDemo = Open the demo workspace
set-backup = Back up workspace…
set-backupTitle = Backup
set-backupHint = Writes one self-contained copy of this workspace to a file you choose, then opens the copy on its own to check it.
set-backupDone =
    Backup saved to { $path } and checked: { $orgs ->
        [one] { $orgs } organization
       *[other] { $orgs } organizations
    }, { $users ->
        [one] { $users } user
       *[other] { $users } users
    }, { $products ->
        [one] { $products } product
       *[other] { $products } products
    }, { $invoices ->
        [one] { $invoices } document
       *[other] { $invoices } documents
    }.

common-save = Save
common-saved = Changes saved.
org-tab-users = Users
org-tab-teams = Teams
org-tab-usersCount = Users ({ $n })
org-tab-teamsCount = Teams ({ $n })
org-tab-details = Details
org-search = Search users
org-allRoles = All roles
org-add = Add user…
org-removeSelected = Remove selected ({ $n })…
org-leave = Leave organization…
org-replaceRep = Replace legal representative…
org-selectAll = Select every user shown
org-selectUser = Select { $name }
org-actions = Actions
org-edit = Edit
org-viewAs = View as
org-resend = Resend
org-resent = Invitation sent again to { $email }.
org-actingAs = Signed in as { $name } ({ $role })
org-noMatch = No user matches the search.
org-invitedSent = sent { $n }×
add-title = Add a user
add-mode-external = Invite someone new by e-mail
add-mode-existing = Add an existing account
add-name = Full name
add-language = Language
add-contacts = Administrative contact for
add-rights = Product rights
add-submit = Add user
add-invited = { $email } was invited; the invitation stays pending until accepted.
add-added = { $email } was added to the organization.
member-rightsHint = Rights carried by teams are shown here and changed on the team.
rights-product = Product
rights-technical = Technical
rights-statistics = Statistics
rights-billing = Billing
rights-filter = Filter products
rights-count =
    { $n ->
        [one] { $n } product with rights
       *[other] { $n } products with rights
    }
rights-viaTeam = via { $team }
rights-more = The first { $shown } of { $total } products by name: search to find the others.
remove-title =
    { $n ->
        [one] Remove { $n } user?
       *[other] Remove { $n } users?
    }
remove-body =
    { $n ->
        [one] This user loses access to this organization. If a rule keeps them, they stay, with the reason.
       *[other] They lose access to this organization. A user that a rule keeps stays, with the reason.
    }
remove-confirm = Remove
remove-removed = Removed
remove-kept = Kept
remove-summary = { $ok } removed, { $refused } kept.
leave-title = Leave { $org }?
leave-body = You will lose access to this organization's products and billing.
leave-confirm = Leave
leave-help = Name another legal representative first with “Replace legal representative”, then leave.
replace-title = Replace a legal representative
replace-old = Legal representative to replace
replace-new = New legal representative
replace-after = Afterwards, the replaced representative
replace-remove = leaves the organization
replace-becomeAdmin = stays as administrator
replace-becomeUser = stays as user
replace-explain = The new representative is named first, then the old one leaves or changes role, in one step. Only members who accepted their invitation can be named.
replace-confirm = Replace
replace-done = { $name } is now legal representative.
viewas-title = Effective rights of { $name }
viewas-explain = Own rights, rights from teams and rights from the role, combined; each says where it comes from.
viewas-none = This user has no product rights.
viewas-own = own
viewas-role = role: { $role }
team-new = New team
team-name = Team name
team-colour = Colour
team-create = Create team
team-created = Team { $name } created.
team-members = Members
team-rights = Team product rights
team-delete = Delete team…
team-deleteConfirm = Delete the team { $name }? Its members stay in the organization; the team's rights go.
team-deleted = Team { $name } deleted.
team-save = Save team
details-street = Street
details-number = Number
details-postalCode = Postal code
details-town = Town
details-country = Country (ISO code)
details-name = Organization name
details-save = Save details
details-readOnly = Only a legal representative can change these details.
lang-en = English
lang-es = Spanish
lang-fr = French
lang-de = German
lang-it = Italian
set-actAs = Signed-in user
set-actAsHint = The demo workspace lets you act as any of its users; what you may do follows that user's role.

rule-ORG-3 = Only a legal representative can change the organization's details.
rule-ORG-4 = Only a legal representative or an administrator can add users.
rule-ORG-5 = Only a legal representative or an administrator can remove other users.
rule-ORG-6 = Only a legal representative or an administrator can change roles and product rights.
rule-ORG-7 = An organization always keeps a legal representative, and only a legal representative names or removes one.
rule-ORG-8 = Only a legal representative or an administrator can manage teams.

ren-tab-products = Products
ren-tab-methods = Payment methods
ren-tab-prepaid = Prepaid account
ren-tab-orders = Orders
ren-preset = Expiring
ren-preset-2m = Next 2 months
ren-preset-6m = Next 6 months
ren-preset-12m = Next 12 months
ren-preset-overdue = Overdue or blocked
ren-preset-custom = Custom range
ren-preset-all = Show all
ren-from = From
ren-to = To
ren-allOrgs = All organizations
ren-allTypes = All types
ren-allStatuses = All statuses
ren-anyAutoRenew = Auto-renew: any
ren-searchProducts = Search products
ren-matching =
    { $n ->
        [one] { $n } product matches
       *[other] { $n } products match
    }
ren-selectAllMatching =
    { $n ->
        [one] Select the { $n } matching product
       *[other] Select all { $n } matching products
    }
ren-selected = { $n } selected
ren-clearSelection = Clear selection
ren-manage = Manage renewals…
ren-payMySelection = Pay my selection…
ren-exportIcs = Export timeline (.ics)…
ren-exported = Timeline saved to { $path }.
ren-rowMenu = Actions for { $name }
ren-switchOn = Switch auto-renew on…
ren-switchOff = Switch auto-renew off
ren-renewNow = Renew now…
ren-changePeriod = Change renewal period…
ren-timeline = Timeline
ren-chargeOn = charge { $date }
ren-chargePassed = not renewed on { $date }: renew now
ren-enableBy = switch on by { $date }
ren-enableTooLate = too late to switch on: renew now
ren-sortBy = Sort by { $column }
ren-noMatch = No product matches these filters.
ren-loadingRows = Loading…
manage-title =
    { $n ->
        [one] Manage the renewal of { $n } product
       *[other] Manage renewals of { $n } products
    }
manage-switch = Auto-renewal
manage-on = Switch on
manage-off = Switch off
manage-method = Payment method
manage-defaultMethod = Each organization's default card or Twint
manage-explain = Rows that a rule refuses are listed with the reason; the others change. Running it again changes nothing more.
manage-run = Apply
manage-cancel = Stop
manage-progress =
    { $total ->
        [one] { $done } of { $total } product
       *[other] { $done } of { $total } products
    }
manage-result = { $changed } changed, { $unchanged } already so, { $refused } refused.
manage-cancelled = Stopped after { $done } of { $total }: the rest was not touched.
pay-title = Pay my selection
pay-period = Period
pay-split = One order and one invoice per organization:
pay-net = Net
pay-vat = VAT
pay-usePrepaid = Use the prepaid balance first ({ $amount } available)
pay-method = Pay the rest with
pay-noMethod = No method (prepaid only)
pay-confirm = Pay
pay-local = Recorded in the local workspace; nothing is charged to a real card.
pay-done-invoice = { $number }: paid, { $total }.
pay-done-proforma = { $number }: pro-forma issued; the order waits for the transfer of { $total }.
pay-tooMany =
    { $n ->
        [one] Pay at most { $n } product at once.
       *[other] Pay at most { $n } products at once.
    }
methods-add = Add a payment method
methods-kind = Type
methods-label = Label
methods-last4 = Last 4 digits
methods-expiry = Expiry (MM/YYYY)
methods-save = Save method
methods-added = Payment method saved.
methods-makeDefault = Make default
methods-onlyDigits = Only the last four digits are kept, never the card number.
prepaid-topUp = Top up
prepaid-amount = Amount
prepaid-method = Paid by
prepaid-range = Between { $min } and { $max }.
prepaid-pending = awaiting the transfer
prepaid-done = Balance topped up.
prepaid-pendingDone = Top-up recorded; it counts once the transfer arrives.
prepaid-card = Card
orders-none = No orders yet.
orders-date = Date
orders-order = Order
orders-payNow = Pay…
orders-received = Transfer received (IBAN)
order-pending = Pending
order-paid = Paid
order-cancelled = Cancelled
rule-REN-2 = Auto-renewal needs a card (Visa, Mastercard, CB) or a saved Twint profile.
rule-REN-5 = Auto-renewal cannot be switched on less than 14 days before expiry: renew first.
rule-PAY-1 = An expired product is blocked, then cancelled; a cancelled product cannot be renewed.
rule-PAY-5 = PostFinance cards pay only in CHF.
rule-PAY-6 = A top-up is between 0.10 and 9999.00, by card, PostFinance (CHF) or IBAN transfer.
rule-PAY-9 = This product type does not offer that renewal period.

inv-filterKind = All documents
inv-filterStatus = All statuses
inv-search = Search by number
inv-open = Open { $number }
inv-save = Save PDF…
inv-print = Print…
inv-saved = Saved to { $path }.
inv-printed = Sent to the printer ({ $via }).
inv-corrects = Corrects { $number }
inv-vault = Kept offline; SHA-256 { $hash }…
inv-notRendered = Rendered on first save or print, then kept offline.
inv-noMatch = No document matches these filters.
inv-unitPrice = Unit price
inv-qty = Qty

inv-export = Export shown documents…
inv-exporting =
    { $total ->
        [one] { $done } of { $total } document
       *[other] { $done } of { $total } documents
    }
inv-exported =
    { $written ->
        [one] { $written } document saved to { $folder }.
       *[other] { $written } documents saved to { $folder }.
    }
inv-exportStopped =
    { $total ->
        [one] Stopped: { $written } of { $total } document saved to { $folder }.
       *[other] Stopped: { $written } of { $total } documents saved to { $folder }.
    }
inv-exportTitle = Export documents
inv-credit = Issue credit note…
inv-creditConfirm = Issue a credit note for the whole of { $number }? A paid amount goes back to the prepaid balance.
inv-credited = Credit note { $number } issued.

set-seller = Seller on documents
set-sellerHint = Printed on new invoices, pro-formas and credit notes; documents already issued keep theirs. A partner invoicing its own clients puts its own company here. A Swiss IBAN adds the QR-bill to CHF documents.
set-sellerSave = Save seller
set-sellerSaved = Seller saved.

error-invalid_input = Invalid input
error-not_found = Not found
error-rule_violation = Not allowed
error-conflict = Conflict
error-currency_mismatch = Currencies do not match
error-storage = The workspace file could not be read or written
error-cancelled = Cancelled
error-internal = Unexpected error
error-field = Field: { $field }
pay-autoRenewWill = Auto-renewal will be switched on with { $method } for these products.
pay-autoRenewWont = { $method } does not switch auto-renewal on.
pay-done-autoRenew = Auto-renewal switched on for: { $names }.
orders-document = Document
orders-payDocument = Pay { $number }
orders-payExplain = { $number } is not paid yet. Paying it renews its products once and clears what is overdue.
inv-creditChoose = Credit this line
inv-creditLine = Credit the line { $line }
inv-creditedBy = Credited by { $number }
inv-creditNotes = Credit notes issued against this invoice:
inv-creditable = Still creditable: { $amount }.
inv-nothingToCredit = Nothing is left to credit on this invoice.
inv-creditConfirmLines =
    Issue a credit note for { $n ->
        [one] the chosen line
       *[other] the { $n } chosen lines
    } of { $number }? A paid amount goes back to the prepaid balance.
access-orgWideOnly = Only a legal representative or an administrator of this organization may do this.
orders-payWithMethod = Pay with
orders-cancel = Cancel order
orders-cancelConfirm = Cancel order #{ $id }? Nothing is renewed, and what it took from the prepaid balance goes back.
orders-cancelled = Order #{ $id } cancelled; its prepaid part is back in the balance.
orders-keep = Keep the order
ren-reminders = reminders 3 days and 1 day before in the calendar

# Renewals: search beyond the date window, summary cards as links (issue 14).
ren-moreOutside =
    { $n ->
        [one] { $n } more product matches outside “{ $preset }”.
       *[other] { $n } more products match outside “{ $preset }”.
    }
ren-showThem = Show them
ren-count-show = Show these products in the table

# Products needing attention and reminder settings (PAY-2).
att-title =
    { $n ->
        [one] { $n } product needs attention
       *[other] { $n } products need attention
    }
att-last_day_to_enable = { $product }: last day to switch auto-renewal on is { $when }
att-charge = { $product }: auto-renewal charges { $when }
att-expiry = { $product }: expires { $when }
att-more =
    { $n ->
        [one] and { $n } more
       *[other] and { $n } more
    }
rem-title = Reminders before renewals
rem-explain = The provider e-mails the people chosen here this many days before a product’s dates; Comptoir uses the same days for its own desktop reminders. Kept in this workspace.
rem-days = Days before
rem-daysHint = Up to 5 numbers from 1 to 90, for example 14, 7, 1
rem-recipients = Who is e-mailed
rem-save = Save reminders
rem-saved = Reminders saved: { $days } days before.
rem-os = Show desktop notifications for reminders
rem-osOn = Desktop notifications are on.
rem-osOff = Desktop notifications are off.
rem-notNumbers = Write the days as whole numbers separated by commas, for example 14, 7, 1.

# The rule behind a sentence, one click away.
why-label = Why?
rule-SUP-1 = Only the provider's staff handling the request may use a support access grant.
rule-SUP-2 = A grant can be revoked at any time and closes by itself 7 days after it was given.
rule-PAR-1 = A company becomes a partner with managed products of at least CHF 2000 or EUR 1800 a year, a registered company and an active website.
set-about = About and diagnostics
set-version = Version
set-engineToday = Engine’s today
set-uiLanguage = Language of the screens
inv-pay = Pay…
## Provider connection (issue 10): sources, sync, outbox
prov-sourceProvider = Provider · synced at { $time }
prov-sourceProviderNever = Provider · not synced yet
prov-sourcePartlyLocal = renewal settings, payments and prepaid are local only
prov-sourceLocalSection = Local only · not in the provider's public API
prov-sourceLocal = Local only · nothing here reaches the provider
prov-notConnected = Not connected: showing what was last synced
prov-unauthorized = The provider refused the token: connect again
prov-offline =
    { $count ->
        [one] Offline · 1 change waiting
       *[other] Offline · { $count } changes waiting
    }
prov-retryNow = Retry now
prov-writeSent = Sent to the provider
prov-writeQueued = Queued: sent when the provider can be reached
prov-progress = { $done } of { $total } requests · about { $seconds } s left
prov-syncNow = Sync now
prov-outbox = Changes to send ({ $count })
prov-disconnect = Disconnect
prov-connect = Connect to the provider…
prov-link-online = Synced.
prov-link-offline = The provider could not be reached: everything stays here and queued changes wait.
prov-link-unauthorized = The provider refused the token (expired or revoked): connect again.
prov-link-refused = The provider refused the request.
prov-link-cancelled = Sync cancelled: nothing was deleted.
prov-reason-offline = No connection to the provider.
prov-reason-timeout = The provider did not answer in time.
prov-reason-server_error = The provider had an error; it will be tried again.
prov-reason-rate_limited = The provider's limit of 60 requests a minute is reached.
prov-reason-not_authorized = The token was refused.
prov-reason-access_denied = The token may not do this.
prov-reason-not_found = It no longer exists on the provider.
prov-reason-already_exists = It already exists on the provider.
prov-reason-validation_failed = The provider refused the values.
prov-reason-malformed_response = The provider's answer could not be read.
prov-reason-not_on_provider = What this change refers to never reached the provider.
prov-reason-unexpected = Something unexpected happened.
prov-reason-changed_on_provider = Changed on the provider since the last sync: overwrite it or discard yours.
prov-reason-deleted_on_provider = Deleted on the provider since the last sync.
prov-reason-overwrite = You chose to overwrite the provider's version.
prov-connectTitle = Connect to the provider
prov-connectHint = Paste a personal API token created in the provider's Manager. It is checked with the provider and kept in this computer's keyring only.
prov-connectUrl = Provider: { $url }
prov-token = Personal API token
prov-tokenKept = The token is never shown again, and never written to the workspace or to logs.
prov-connectButton = Connect
prov-outboxTitle = Changes to send to the provider
prov-outboxHint = Sent in order. A failed change or a conflict holds back the ones after it until you retry or discard it.
prov-outboxEmpty = Nothing waiting.
prov-colWhat = Change
prov-colState = State
prov-colWhen = Updated
prov-state-pending = Pending
prov-state-sending = Sending
prov-state-sent = Sent
prov-state-failed = Failed
prov-state-conflict = Conflict
prov-overwrite = Overwrite
prov-retry = Retry
prov-discard = Discard
prov-op-invite_user = Invite { $email }
prov-op-cancel_invitation = Cancel an invitation
prov-op-remove_member = Remove a member
prov-op-create_team = Create team { $name }
prov-op-rename_team = Rename a team to { $name }
prov-op-delete_team = Delete a team
prov-op-add_team_members =
    { $count ->
        [one] Add 1 member to a team
       *[other] Add { $count } members to a team
    }
prov-op-remove_team_members =
    { $count ->
        [one] Remove 1 member from a team
       *[other] Remove { $count } members from a team
    }
prepaid-confirmCharge = Charge { $amount } to { $method } now?
prepaid-confirmTransfer = Add { $amount } by IBAN transfer? The balance grows when the money arrives.
prepaid-confirm = Confirm top-up
remove-undo = Undo
remove-undone =
    { $n ->
        [one] { $n } user is back, as before.
       *[other] { $n } users are back, as before.
    }
# Support captures: screenshots, app log, website console, imports
cap-title = Attach from this computer
cap-screenshot = Screenshot…
cap-appLog = App log…
cap-website = Record a website’s console…
cap-import = Import a log file…
cap-close = Close
cap-mode = What to capture
cap-mode-screen = Whole screen
cap-mode-window = One window
cap-mode-region = A region
cap-monitor = Screen
cap-window = Window
cap-noWindows = Your desktop does not list windows: capture a screen or a region.
cap-delay = Delay
cap-delay-none = None
cap-delay-seconds = { $n } s
cap-hide = Hide Comptoir during the capture
cap-shownNote = Comptoir stays in the picture: its IBANs, card digits, e-mail addresses and tokens are blacked out first; you can undo each one.
cap-wayland = On Wayland the desktop may ask your permission before each capture.
cap-capture = Capture
cap-capturing = Capturing…
cap-tool = Tool
cap-tool-rectangle = Rectangle
cap-tool-arrow = Arrow
cap-tool-highlight = Highlighter
cap-tool-redact = Black out
cap-edits = Edits
cap-noEdits = No edits yet.
cap-op-redact = Blacked out
cap-op-pre = Blacked out first: { $kind }
cap-sensitive-iban = IBAN
cap-sensitive-card = card number
cap-sensitive-email = e-mail address
cap-sensitive-token = token
cap-op-rectangle = Rectangle
cap-op-arrow = Arrow
cap-op-highlight = Highlight
cap-undo = Undo
cap-attachShot = Attach screenshot
cap-discard = Discard
cap-preview = Screenshot preview
cap-editorHelp = Drag on the picture to add the chosen tool. Blacked-out areas are solid in the attached PNG, never blurred.
cap-log-window = Time window
cap-log-15m = Last 15 minutes
cap-log-1h = Last hour
cap-log-24h = Last 24 hours
cap-log-custom = Custom
cap-log-from = From
cap-log-to = To
cap-attachLog = Attach the app log
cap-url = Website address
cap-duration = Record
cap-duration-untilClosed = Until I stop or close the window
cap-duration-seconds = For { $n } s
cap-start = Open and record
cap-stop = Stop and attach
cap-recording = Recording…
cap-ended = Recording ended
cap-consoleNote = The page opens in its own window. It can only add to this recording, nothing else.
cap-count-console = Console lines
cap-count-errors = Console errors
cap-count-warnings = Warnings
cap-count-uncaught = Uncaught errors
cap-count-rejections = Unhandled rejections
cap-count-resources = Failed resources
cap-count-dropped = Dropped (over the limit)
cap-regionHelp = Drag a rectangle, or use the arrows (Shift+arrows resize); Enter takes it, Esc cancels.
cap-attached = Attached
sup-contact = Replies go to

# The provider refused to connect, in words (the reason code the engine carries).
prov-connectError-unauthorized = The provider refused this token: it may be mistyped, expired or revoked. Create a new one in the provider’s Manager and paste it here.
prov-connectError-keyring = The system keyring could not keep the token (it is locked or access was refused). Unlock it and try again.
prov-connectError-connection = The provider could not be reached. Check the connection and try again.
prov-connectError-timeout = The provider did not answer in time. Try again in a moment.
prov-connectError-server = The provider had an error. Try again in a moment.
prov-connectError-rate_limited = The provider’s limit of 60 requests a minute is reached. Try again in a minute.
prov-connectError-malformed = The provider’s answer could not be read. Try again later.
prov-connectError-invalid = This does not look like a personal API token. Paste the token exactly as the provider shows it.

# A QR-bill that cannot be made: which field of whom, what is wrong, where to correct it.
qr-problem-line_break = The { $part } { $party } has a line break; a QR-bill field is a single line.
qr-problem-character = The { $part } { $party } contains “{ $character }”, which a Swiss QR-bill cannot carry; write it with Latin letters.
qr-problem-required = The { $part } { $party } is missing; the QR-bill needs it.
qr-problem-too_long = The { $part } { $party } has { $given } characters; a QR-bill allows at most { $max }.
qr-problem-country = “{ $given }” is not a country code (two letters, e.g. CH) for the { $part } { $party }.
qr-party-buyer = of the organization
qr-party-seller = of the seller
qr-part-name = name
qr-part-street = street
qr-part-building_number = building number
qr-part-postal_code = postcode
qr-part-town = town
qr-part-country = country
qr-fix = Correct it in { $section } → { $tab }, then try again.

prov-mark-pending = Not sent to the provider yet
prov-mark-sending = Being sent to the provider
prov-mark-sent = Sent to the provider
prov-mark-failed = Not sent: the provider refused it
prov-mark-conflict = Not sent: changed on the provider
prov-sending = Sending to the provider
prov-sendProgress =
    { $done } of { $total } sent · { $minutes ->
        [0] less than a minute left
        [one] about 1 min left
       *[other] about { $minutes } min left
    }
prov-held =
    { $count ->
        [one] Sending stopped · 1 change not sent yet
       *[other] Sending stopped · { $count } changes not sent yet
    }
prov-sendNow = Send now
prov-noExpiry =
    { $count ->
        [one] 1 product has no expiry date on the provider: there is nothing to renew, so it is not in Renewals.
       *[other] { $count } products have no expiry date on the provider: there is nothing to renew, so they are not in Renewals.
    }
prov-unknownService =
    { $count ->
        [one] 1 product is of a service Comptoir does not renew yet: it is not in Renewals.
       *[other] { $count } products are of a service Comptoir does not renew yet: they are not in Renewals.
    }
prov-reason-invalid_email = The provider refused the e-mail address.
prov-reason-invalid_first_name = The provider refused the first name.
prov-reason-invalid_last_name = The provider refused the last name.
prov-reason-invalid_name = The provider refused the name.
prov-reason-invalid_role = The provider refused the role.
prov-reason-invalid_language = The provider refused the language.
ren-gone = Deleted on the provider
ren-goneHint = Deleted on the provider; kept here because invoices or orders name it. It can no longer be renewed.
ren-goneNoRenewal = Cannot be renewed: deleted on the provider
add-mode-several = Invite several people
add-addresses = E-mail addresses, one a line
add-addressesHint = “Name <address>”, “Name, address” or just the address (first.last@… gives the name “First Last”).
add-invitedMany =
    { $count ->
        [one] 1 person was invited.
       *[other] { $count } people were invited.
    }
add-someRefused =
    { $count ->
        [one] 1 line was not invited (the others were):
       *[other] { $count } lines were not invited (the others were):
    }
add-lineAlreadyMember = already a member
add-lineNeedsName = give a first and a last name
add-lineBadEmail = not an e-mail address
refusal-gone_on_provider = This product was deleted on the provider. It is kept only because invoices or orders name it, and it can no longer be renewed.
refusal-renew_at_provider = This product comes from the provider, whose public API gives no price: renew it in the provider’s Manager. Nothing was paid or changed here.
refusal-not_in_public_api = The provider’s public API does not offer this. Do it in the provider’s Manager; the next sync brings it here.
refusal-full_name_needed = Give a first and a last name: the provider needs both.
refusal-invite_by_email = On a provider workspace people are invited by e-mail; the provider links an existing account when they accept.
refusal-not_connected = Not connected to the provider. Connect first.
refusal-unauthorized = The provider refused the token: it may be expired or revoked. Connect again.
refusal-access_denied = The token may not do this on the provider.
refusal-not_found = It no longer exists on the provider.
refusal-conflict = It changed on the provider in the meantime. Sync, then try again.
refusal-validation = The provider refused the values.
refusal-rate_limited = The provider’s limit of 60 requests a minute is reached. Try again in a minute.
refusal-server = The provider had an error. Try again in a moment.
refusal-timeout = The provider did not answer in time. Try again in a moment.
refusal-connection = The provider could not be reached. Check the connection and try again.
refusal-malformed = The provider’s answer could not be read. Try again later.
refusal-task_failed = The provider could not finish the task.
refusal-keyring = The system keyring could not keep the token (it is locked or access was refused). Unlock it and try again.
refusal-invalid = This does not look like a personal API token. Paste it exactly as the provider shows it.
prov-outboxSummary = { $unsent ->
        [one] 1 not sent yet
       *[other] { $unsent } not sent yet
    } · { $sent ->
        [one] 1 recently sent
       *[other] { $sent } recently sent
    }

sup-preview-partial = Showing the first { $shown } KB of { $total } KB; the bundle carries all of it.
sup-preview-more = Show more
cap-limitReached = The recording reached the 10 MB attachment limit: later messages are not kept. Stop it and attach what was caught.
cap-editorKeys = Without a mouse: focus the picture, arrows place a selection (Shift+arrows resize, Alt moves by one pixel), Enter adds the chosen tool there, Esc drops it.
cap-selection = Selection { $w } × { $h } at { $x }, { $y }: Enter adds it.

## Toasts: what happened after an action (lib/announce.ts)
toast-region = Notifications
toast-dismiss = Dismiss
toast-undo = Undo
toast-open = Open
toast-showInFolder = Show in folder
toast-failed = That did not work: { $message }
toast-language = Language changed.
toast-demoReset = The demo workspace was rebuilt.
toast-actingUser = You now act as the chosen user.
toast-workspaceOpened = Workspace opened.
toast-backedUp = Backup saved to { $path }.
toast-invitedMany = { $n ->
    [one] 1 person invited
   *[other] { $n } people invited
}{ $refused ->
    [0] .
   *[other] ; { $refused } lines refused (see the list).
}
toast-invited = Invitation sent to { $email }.
toast-added = { $email } was added to the organization.
toast-resent = Invitation sent again.
toast-removed =
    { $n ->
        [one] { $n } user removed
       *[other] { $n } users removed
    }{ $kept ->
        [0] .
       *[other] , { $kept } kept.
    }
toast-removalUndone =
    { $n ->
        [one] Undone: { $n } user is back.
       *[other] Undone: { $n } users are back.
    }
toast-left = You left the organization.
toast-roleChanged = Role changed.
toast-replaced = Legal representative replaced.
toast-replacementUndone = Undone: the legal representatives are as before.
toast-rightsSaved = Rights saved.
toast-contactsSaved = Contact preferences saved.
toast-detailsSaved = Organization details saved.
toast-teamCreated = Team { $name } created.
toast-teamSaved = Team { $name } saved.
toast-teamDeleted = Team deleted.
toast-teamMembersSaved = Team members saved.
toast-autoRenew =
    { $on ->
        [on] Auto-renewal switched on for { $n ->
            [one] { $n } product
           *[other] { $n } products
        }
       *[off] Auto-renewal switched off for { $n ->
            [one] { $n } product
           *[other] { $n } products
        }
    }{ $refused ->
        [0] .
       *[other] ; { $refused } refused.
    }
toast-periodChanged = Renewal period changed.
toast-paid =
    { $n ->
        [one] Paid: { $n } order.
       *[other] Paid: { $n } orders.
    }
toast-orderPaid = Order paid: { $number }.
toast-orderCancelled = Order cancelled.
toast-methodAdded = Payment method added.
toast-defaultMethod = Default payment method changed.
toast-toppedUp = Prepaid balance topped up.
toast-savedTo = Saved to { $path }.
toast-printed = Document sent to the printer.
toast-exported =
    { $n ->
        [one] { $n } document exported to { $folder }.
       *[other] { $n } documents exported to { $folder }.
    }
toast-creditNote = Credit note { $number } issued.
toast-sellerSaved = Seller details saved.
toast-notificationsSaved = Notification settings saved.
toast-osNotifications =
    { $on ->
        [on] Desktop reminders switched on.
       *[off] Desktop reminders switched off.
    }
toast-connected = Connected to the provider.
toast-disconnected = Disconnected from the provider.
toast-synced = Sync finished.
toast-retrying = Sending the changes again.
toast-discarded = Change discarded.
toast-draftDiscarded = Draft discarded.
toast-attached = Attachment added.
toast-detached = Attachment removed.
toast-bundleSaved = Support request saved to { $path }.
toast-mailOpened = Mail draft opened.

## Export: files of the same name already in the folder
inv-exportExists =
    { $n ->
        [one] { $n } file in this folder has the same name as a document. Replace it?
       *[other] { $n } files in this folder have the same names as documents. Replace them?
    }
inv-exportMore = and { $n } more
inv-exportKeepBoth = Keep both
inv-exportReplace =
    { $n ->
        [one] Replace { $n } file
       *[other] Replace { $n } files
    }

## Links between invoices, orders and products (lib/links.svelte.ts)
link-showAll = Show all
link-invoices = Invoices
link-invoicesOf = Invoices with { $name }
link-products =
    { $n ->
        [one] Its product in Renewals
       *[other] Its { $n } products in Renewals
    }
link-productsOf =
    { $n ->
        [one] The product of { $number }
       *[other] The { $n } products of { $number }
    }
link-order = Order #{ $id }
inv-exportFailed =
    { $n ->
        [one] { $n } document could not be saved:
       *[other] { $n } documents could not be saved:
    }

## Issue 13: the engine's refusals by reason code (refusal-<code>, params as variables),
## a generic sentence per error code when there is none, and the labels of the fields it names.
refusal-empty = This field is required.
refusal-too_long =
    At most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } ({ $given } given).
refusal-control_character = The text contains an invisible character ({ $character }), probably pasted. Retype it.
refusal-not_an_email = This is not an e-mail address (e.g. name@example.ch).
refusal-not_an_amount = This is not an amount: type digits, e.g. 25,50 or 1 000.
refusal-ambiguous_amount = Ambiguous: “{ $separator }” followed by three digits can be thousands or decimals. Write 1000 or 1{ $separator }00.
refusal-bad_grouping = Digits are grouped in the wrong places: groups of three, e.g. 1 000 000.
refusal-too_many_decimals = At most two decimals: amounts are never rounded.
refusal-negative = The amount cannot be negative.
refusal-too_large = The amount is too large (at most { $digits } digits).
refusal-wrong_currency = This amount is in { $expected }, not { $given }.
refusal-out_of_range = Between { $min } and { $max }: { $given } is not.
refusal-unknown_choice = “{ $given }” is not one of the choices offered.
refusal-none_chosen = Choose at least one.
refusal-too_many = At most { $max } at once ({ $given } given).
refusal-bad_format = Not in the expected form, e.g. { $example }.
refusal-postfinance_chf_only = A PostFinance card pays in CHF only, not { $currency }.
refusal-iban_is_qr_iban = This is a QR-IBAN, which banks refuse for ordinary transfers: give the account’s IBAN here and the QR-IBAN in its own field.
refusal-not_a_qr_iban = This is not a QR-IBAN (a Swiss or Liechtenstein IBAN with bank number 30000 to 31999).
refusal-card_expired = This card has expired.
refusal-card_expires_before = This card expired at the end of { $expiry }: it cannot pay on { $day }. Choose or add another.
refusal-rights_needed =
    Only a legal representative or an administrator may { $action ->
        [add] add users.
        [remove] remove users.
        [teams] manage teams.
       *[rights] change other users’ rights.
    }
refusal-legal_rep_only =
    Only a legal representative may { $action ->
        [details] change the organization’s details.
        [name] name a legal representative.
        [name_or_demote] name or demote a legal representative.
       *[remove] remove a legal representative.
    }
refusal-last_legal_rep =
    { $action ->
        [leave] The only legal representative cannot leave
        [remove] The only legal representative cannot be removed
        [demote] The only legal representative cannot be demoted
       *[keep] An organization must keep at least one legal representative
    }: name another legal representative first.
refusal-billing_refused =
    { $who ->
        [member] Only a member of the organization may do this.
        [legal_rep] Only a legal representative may do this.
        [billing_right] Only a legal representative, an administrator or a user with the billing right on each product may do this.
       *[admin] Only a legal representative or an administrator may do this.
    }
refusal-period_not_offered =
    This product cannot be renewed for { $months ->
        [one] { $months } month.
       *[other] { $months } months.
    }
refusal-support_compose_refused =
    { $who ->
        [not_member] Only a member of an organization may prepare a support request.
        [not_member_of_product_org] Only a member of the product’s organization may name it in a support request.
       *[no_right_on_product] A support request can only name a product you hold a right on (technical, statistics or billing).
    }
refusal-product_cancelled = { $product } was cancelled (unpaid since { $since }): it can no longer be renewed.
refusal-order_cancelled = This order was cancelled: its pro-forma is void and nothing is to be paid. Renew the products again if needed.
refusal-order_not_pending =
    { $status ->
        [paid] This order is already paid.
       *[other] This order is no longer waiting for payment.
    }
refusal-product_on_open_order = { $product } is already on { $document_number }, not yet paid: pay { $document_number } instead of renewing it again.
refusal-product_on_unpaid_invoice = { $product } is on the unpaid invoice { $document_number }: it is paid through that invoice.
refusal-order_invoiced = Invoice { $document_number } is issued for this order: pay it, or issue a credit note.
refusal-iban_transfer_exists = IBAN transfer is already a payment method of this organization.
refusal-method_already_saved = This payment method is already saved for this organization.
refusal-top_up_method = A top-up is paid by card, PostFinance or IBAN transfer.
refusal-nothing_to_credit = Nothing is left to credit on { $document_number }: earlier credit notes cover it.
refusal-undo_too_late =
    Too late to undo: undo is possible for { $seconds ->
        [one] { $seconds } second.
       *[other] { $seconds } seconds.
    }
refusal-undo_member_only = Only a member of the organization may undo this.
refusal-already_member = { $email } is already a member of this organization.
refusal-account_exists = { $email } already has an account: add it as an existing account.
refusal-team_name_taken = A team named “{ $name }” exists already.
refusal-no_pending_invitation = This user has no pending invitation.
refusal-successor_not_active = The new legal representative must have accepted their invitation first.
refusal-not_a_legal_rep = This user is not a legal representative.
refusal-attachment_not_text_or_image = Only text files and PNG or JPEG images can be attached: only those can be checked for secrets before they leave.
refusal-attachment_too_big = An attachment is at most { $max_mb } MB.
refusal-not_found-account = No account has this e-mail address.
refusal-not_found-attachment = This attachment no longer exists.
refusal-not_found-document = This document no longer exists.
refusal-not_found-file = This file no longer exists.
refusal-not_found-invoice = This invoice no longer exists.
refusal-not_found-member = This person is not a member of the organization (any more).
refusal-not_found-monitor = This screen is no longer connected.
refusal-not_found-order = This order no longer exists.
refusal-not_found-organization = This organization no longer exists.
refusal-not_found-outbox_entry = This queued change no longer exists.
refusal-not_found-payment_method = This payment method no longer exists.
refusal-not_found-preview_part = This part of the preview no longer exists: prepare the preview again.
refusal-not_found-product = This product no longer exists.
refusal-not_found-region_capture = This capture of a region no longer exists.
refusal-not_found-support_draft = This support request draft no longer exists (sent or deleted).
refusal-not_found-support_request = This support request no longer exists.
refusal-not_found-team = This team no longer exists.
refusal-not_found-unsent_outbox_entry = This change was already sent or no longer exists.
refusal-not_found-user = This user no longer exists.
refusal-not_found-website_capture = This capture of a website no longer exists.
refusal-not_found-window = This window is no longer open.
refusal-generic-invalid_input = This value is not accepted. Check it and try again.
refusal-generic-not_found = What you asked for no longer exists. Refresh and try again.
refusal-generic-rule_violation = A rule of the provider does not allow this.
refusal-generic-conflict = This collides with data that changed or already exists. Refresh and try again.
refusal-generic-currency_mismatch = Amounts in two different currencies cannot be combined.
refusal-generic-storage = The workspace file could not be read or written. Check the disk and try again.
refusal-generic-cancelled = Cancelled.
refusal-generic-internal = Something unexpected went wrong. Try again; if it happens again, send the technical details to support.
error-details = Technical details
prepaid-willCharge = Will be charged: { $amount }
prepaid-willTransfer = To transfer: { $amount }
refusal-too_many_reminders = Give 1 to { $max } reminders (days before a date).
refusal-days_before_range = { $value } is not between 1 and { $max } days.
refusal-successor_same = Choose someone else as the new legal representative.
refusal-old_needs_role = The replaced representative needs another role.
refusal-invitation_not_accepted = This person has not accepted the invitation yet: cancel the invitation instead.
refusal-outbox_not_waiting = This change is no longer waiting to be sent.
refusal-outbox_not_retryable = Only a failed or conflicting change can be retried.
refusal-outbox_busy = This change is being sent: it can no longer be discarded.
refusal-selected_twice = A product is selected twice.
refusal-product_other_currency = { $product } is priced in { $currency }: it cannot be paid with the rest of this selection.
refusal-method_other_org = This payment method belongs to another organization.
refusal-payment_key_reused = This payment was already started with other choices: start it again.
refusal-method_nothing_to_pay = A payment method is given for an organization with nothing to pay in this selection.
refusal-method_given_twice = An organization is given two ways to pay.
refusal-method_needed = Choose how { $organization } pays.
refusal-prepaid_short = The prepaid balance of { $organization } does not cover it: choose a method for the rest.
refusal-credit_invoice_only = Only an invoice can be corrected by a credit note.
refusal-product_not_on_invoice = This product is not on invoice { $document_number }.
refusal-already_credited = { $product } was already credited.
refusal-credit_too_much = This credit is more than what remains creditable on { $document_number }.
refusal-recipient_not_member = A recipient is not an active member of this organization.
refusal-range_reversed = The end of the range is before its start.
refusal-page_size = A page holds 1 to { $max } rows.
refusal-qr_too_long = The names, addresses and message of this QR-bill are together too long for its QR code. Shorten the buyer’s name or address (Organization → Details) or the seller’s (Settings), then try again.
refusal-expired_renew_first = { $product } has expired { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }: renew it first.
refusal-auto_renew_too_late = { $product } expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: auto-renewal needs at least { $min_days ->
        [one] { $min_days } day
       *[other] { $min_days } days
    }. Renew it first.
refusal-no_saved_method = No saved payment method: add a card or a Twint profile.
refusal-method_cannot_auto_renew = This payment method cannot carry auto-renewal: choose a card or a Twint profile.
refusal-undo_not_yours = Only the person who made this change can undo it.
refusal-undo_user_readded = A removed user was added again meanwhile: nothing was undone.
refusal-undo_org_changed = The organization changed since then: nothing was undone.
refusal-not_a_regular_file = Comptoir writes documents only as regular files: choose another place.
refusal-demo_only = Only the demo workspace can do this.
refusal-backup_target_is_workspace = This is the open workspace or one of its own files: choose another file for the backup.
refusal-not_a_capture = This file is not one of Comptoir’s captures.
refusal-attachment_changed = An attachment changed on disk since it was added: remove it and add it again.
refusal-preview_stale = The request changed since its preview was shown: look at the preview again before saving.
refusal-not_a_file = This is not a file.
refusal-bundle_needs_name = The bundle needs a file name.
refusal-redaction_length = Select a shorter or longer piece of text to mask.
refusal-redaction_overlap = Select text outside the parts already masked.
refusal-file_not_from_session = Only a file Comptoir saved in this session can be opened.
refusal-nothing_to_undo = There is nothing to undo.
refusal-members_only = Only a member of the organization may see its invoices, documents and orders.
field-access = Access
field-account_id = Account
field-addresses = E-mail addresses
field-amount = Amount
field-attachment_id = Attachment
field-attachments = Attachments
field-building_number = Building number
field-bundle_id = Support bundle
field-category = Category
field-color = Colour
field-colour = Colour
field-country = Country
field-currency = Currency
field-days_before = Days before
field-delay = Delay
field-display_name = Name
field-draft_id = Draft
field-email = E-mail
field-event = Event
field-expires_to = Expires by
field-expiry = Expiry (MM/YYYY)
field-file = File
field-file_name = File name
field-folder = Folder
field-from = From
field-iban = IBAN
field-id = Identifier
field-idempotency_key = Payment attempt
field-incoming_path = Incoming folder
field-invoice_id = Invoice
field-invoice_ids = Documents
field-key = Key
field-kind = Type
field-label = Label
field-language = Language
field-last4 = Last four digits
field-limit = Rows per page
field-message = Message
field-method = Payment method
field-mode = Mode
field-monitor = Screen
field-name = Name
field-new_user_id = New legal representative
field-old_becomes = Former legal representative becomes
field-old_user_id = Legal representative to replace
field-ops = Changes
field-order_id = Order
field-organization_id = Organization
field-part_id = Preview part
field-path = File path
field-period_months = Period
field-png = Image
field-postal_code = Postal code
field-preview_digest = Preview
field-product_id = Product
field-product_ids = Products
field-qr_bill = QR-bill
field-qr_iban = QR-IBAN
field-reason = Reason
field-recipients = Recipients
field-recording = Recording
field-rect = Area
field-redaction = Masking
field-reference = Reference
field-region = Region
field-rights = Rights
field-role = Role
field-scale = Scale
field-seconds = Duration
field-selection = Selection
field-sensitive = Sensitive
field-shot = Screenshot
field-source = Source
field-status = Status
field-street = Street
field-subject = Subject
field-target = Destination file
field-team_id = Team
field-text = Text
field-to = To
field-token = API token
field-town = Town
field-url = Address (URL)
field-user_id = User
field-user_ids = Users
field-vat_number = VAT number
field-width = Width
field-window = Window
field-workspace = Workspace

# Issue 10 review (helper sync): where the data lives, what holds the queue, legal forms.
refusal-name_on_provider = The organization’s name comes from the provider, whose public API cannot change it. Rename it in the provider’s Manager; the next sync brings the new name here.
details-nameOnProvider = The name comes from the provider: change it in the provider’s Manager, the next sync brings it here. The address and VAT number are kept in this workspace only (for QR-bills).
prov-connectError-provider_workspace_unusable = The workspace folder already has a file named { $file } that is not a Comptoir provider workspace (another program’s file, a damaged one, or another kind of workspace). Move or rename it, then connect again.
prov-reason-unavailable = The provider is unavailable for now (maintenance or overload); it will be tried again.
prov-link-unavailable = The provider is unavailable for now: everything stays here and queued changes wait.
prov-unavailable =
    { $count ->
        [one] Provider unavailable · 1 change waiting
       *[other] Provider unavailable · { $count } changes waiting
    }
prov-blocked =
    { $count ->
        [one] 1 change waits until the conflict is resolved
       *[other] { $count } changes wait until the conflict is resolved
    }
prov-resolve = Resolve…
prov-writeHeld = Queued behind a conflict: sent once you resolve it in “Changes to send”
org-legalForm-company = Company
org-legalForm-individual = Individual
org-legalForm-public_body = Public body
org-legalForm-restrict = Restricted
org-membersShown = { $shown } of { $total } members shown; a search looks at all of them
org-membersMore = Show more
refusal-provider_workspace_unusable = The workspace folder already has a file named { $file } that is not a Comptoir provider workspace (another program’s file, a damaged one, or another kind of workspace). Move or rename it, then connect again.
field-months = Months

# Support refusals (params.reason; numbers as params)
refusal-support_too_long = This text may hold at most { $max } characters; it has { $given }. Shorten it, or attach the rest as a file.
refusal-support_too_many_attachments = A request carries at most { $max } attachments. Remove one first.
refusal-support_attachment_too_large = A file is at most { $max_mb } MB. Attach a shorter extract (a log’s last hours, for example).
refusal-support_not_text_or_image = Only text files and PNG or JPEG images can be attached: only those can be checked for secrets before they leave.
refusal-support_manual_length = Select between { $min } and { $max } characters to hide.
refusal-support_manual_in_redaction = Select text outside the parts already hidden.
refusal-support_too_many_manual = A request keeps at most { $max } hand-made redactions. Undo one, or hide a longer piece of text at once.
refusal-support_too_many_restores = A request keeps at most { $max } restored values.
refusal-support_too_many_edits = A screenshot takes at most { $max } edits. Undo one first.
refusal-support_preview_changed = The request changed since its preview was shown. Look at the preview again before saving.
sup-text-count = { $given } / { $max } characters
sup-text-full = Limit reached: { $max } characters. Attach longer texts as a file.
sup-history-range = { $from }–{ $to } of { $total }
sup-history-newer = Newer
sup-history-older = Older
refusal-workspace_refused = { $file } cannot be opened.

refusal-vault_copy_changed = The stored copy of this document was changed on disk since it was issued; it is not used.
refusal-vault_copy_unreadable = The stored copy of this document cannot be read (it was moved or deleted).

fc-title = Renewals in the next { $n } months
fc-empty = No renewal in the next { $n } months.
fc-summary = { $automatic } automatic · { $action } need action
fc-view = Forecast view
fc-view-chart = Chart
fc-view-table = Table
fc-automatic = Charged automatically
fc-action = Needs action
fc-prepaid = Prepaid balance left
fc-chartOf = Renewals per month in { $currency }
fc-prepaidNow = Prepaid balance now: { $amount }
fc-month = Month
fc-clear = All renewals
fc-bar =
    { $month }: { $automatic } charged automatically ({ $na ->
        [one] { $na } product
       *[other] { $na } products
    }), { $action } needing action ({ $nb ->
        [one] { $nb } product
       *[other] { $nb } products
    })
fc-products =
    { $n ->
        [one] { $n } product
       *[other] { $n } products
    }
sp-title = Spending in the last { $n } months
sp-empty = No paid invoice or credit note in the last { $n } months.
sp-summary = { $paid } paid · { $credited } credited
sp-paid = Paid
sp-credited = Credited
sp-chartOf = Spending per month in { $currency }
sp-hint = Select a bar to list the documents it adds up.
sp-bar =
    { $month }: { $paid } paid ({ $np ->
        [one] { $np } invoice
       *[other] { $np } invoices
    }), { $credited } credited ({ $nc ->
        [one] { $nc } credit note
       *[other] { $nc } credit notes
    })
inv-issuedIn = Issued in { $month } · { $currency }
pal-title = Find or run
pal-open = Find…
pal-placeholder = A product, person, team, invoice or order number, or an action
pal-results = Results
pal-none = Nothing matches “{ $query }”.
pal-hint = ↑ ↓ to choose · Enter to open · Esc to close
pal-failed = The search could not be done. Try again.
pal-addUser = Add user
pal-onlyProduct = Found with the search: { $name }
pal-selectFirst = Tick the products in the table first, then run the action again.
pal-kind-action = Action
pal-kind-invoice = Document
pal-kind-order = Order
pal-kind-product = Product
pal-kind-user = Person
pal-kind-team = Team

# Support-access grants (SUP-1..4) and identity-verification blocks (KC), branch grants.
sup-kind-mail_message = Single e-mail message
sup-sup1 = Only the provider’s staff handling the request you name may use this access; it closes by itself 7 days after you give it, and you can revoke it before.
sup-give = Give support access
sup-new-kind = Access to
sup-new-items = Items (one a line)
sup-new-items-hint-mail_address = The mailbox addresses support may open, one a line.
sup-new-items-hint-drive_folder = The drive folders support may open, one a line.
sup-new-items-hint-chat_discussion = The chat discussions support may read, one a line.
sup-new-items-hint-mail_message = The one message to share: its subject, as shown in your mailbox.
sup-new-ticket = Support request number
sup-new-ticket-hint = As the provider wrote it, e.g. SUP-20431.
sup-new-submit = Give access
sup-new-done = { $n ->
    [one] Access given for 7 days.
   *[other] { $n } accesses given for 7 days.
}
sup-countdown-days = closes in { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours } h
sup-countdown-hours = closes in { $hours } h { $minutes } min
sup-countdown-minutes = closes in { $minutes } min
sup-closed = closed
sup-revoke = Revoke
sup-revoke-confirm = Revoke the access to { $target } now? Support can no longer open it.
sup-revoke-done = Access to { $target } revoked.
sup-by = by { $name }
sup-log = Access log
sup-log-none = Nothing logged yet.
sup-log-when = When
sup-log-what = What
sup-log-who = Who
sup-log-granted = Access given
sup-log-revoked = Access revoked
sup-log-expired = Closed by itself after 7 days
sup-log-system = Comptoir (on its own)
sup-log-page = { $from }–{ $to } of { $total }
sup-log-newer = Newer
sup-log-older = Older
sup-log-note = The log keeps every line: nothing in it can be changed or deleted.
kc-banner-title = Order #{ $id } is blocked for identity verification
kc-trigger-forgotten_password = We asked you to confirm your identity because a forgotten password was reported on the account.
kc-trigger-forgotten_login_email = We asked you to confirm your identity because the login e-mail address was reported forgotten.
kc-trigger-two_factor_removal = We asked you to confirm your identity because two-factor authentication is being removed.
kc-trigger-account_unblock = We asked you to confirm your identity before the account is unblocked.
kc-trigger-first_payout = We asked you to confirm your identity before the first payout.
kc-trigger-suspected_fraud = This order was blocked because it looks like fraud: confirm your identity to release it.
kc-trigger-brand_name = This order names a protected brand: confirm your identity (and your right to the brand) to release it.
kc-cancels-on = Without an answer it is cancelled on { $date } and fully refunded to the payment method that paid it.
kc-resend = Resend the procedure
kc-resent = The procedure was sent again to the account’s e-mail address today.
kc-resent-already = The procedure was already sent today; it is not sent twice a day.
kc-resent-count = { $n ->
    [one] Sent again once, last on { $date }.
   *[other] Sent again { $n } times, last on { $date }.
}
kc-attach = Attach a document…
kc-documents = Documents for the verification
kc-document-kept = kept until { $date } at the latest
kc-document-deleted = deleted
kc-document-handle = Mark as handled
kc-document-handled = Handled and deleted.
kc-documents-rule = Documents are deleted once handled, and after 72 hours at most.
kc-answered = Your document was received: the order waits for the verification and is not cancelled.
kc-cancelled = Cancelled after 10 days without answer: credit note { $number }, refunded to { $method }.
order-blocked = Blocked (verification)
refusal-support_access_rights_needed =
    Only a legal representative or an administrator may { $action ->
        [grant] give support access.
       *[revoke] revoke support access.
    }
refusal-grant_closed =
    { $state ->
        [revoked] This access was already revoked.
       *[expired] This access already closed by itself after 7 days.
    }
refusal-grant_already_open = Support already has this access ({ $item }), still open: revoke it first to give it again.
refusal-kc_blocked = This order is blocked for identity verification: it cannot be paid or cancelled here.
refusal-kc_cancelled = This order was cancelled after 10 days without answer.
refusal-not_found-support_grant = This support access no longer exists.
refusal-not_found-blocked_order = This order is not blocked for verification (any more).
field-trigger = Reason for the verification
field-ticket_ref = Support request number
field-items = Items
field-grant_id = Support access
field-document_id = Document

## Account security (issue 15: TFA-1..4, ID-1..4), branch `security`.
sec-own-title = Your two-factor authentication
sec-own-badgeOn = On
sec-own-intro = Your password plus a second step: a 6-digit code from an authenticator app, new every 30 seconds, that works offline.
sec-severalAccounts = One authenticator app can hold several accounts: add Comptoir beside the ones it already has.
sec-own-off = Two-factor authentication is off for { $account }.
sec-own-providerOnly = The provider has two-factor on for this account ({ $method }), but its key is not in this workspace: codes cannot be checked here. Set up an authenticator app here to use codes in Comptoir.
sec-own-account = Account
sec-begin = Set up an authenticator app
sec-enrol-title = Scan this code with your authenticator app
sec-enrol-qr = QR code to add the account to an authenticator app
sec-enrol-once = This key is shown only now. Comptoir keeps it in the system keyring, never in the workspace.
sec-enrol-account = Account { $account } · issuer { $issuer }
sec-enrol-manual = Or type this key by hand:
sec-code = Code from the app
sec-confirm = Verify and turn on
sec-codes-title = Your ten emergency codes
sec-codes-once = Shown this once: Comptoir will not show them again. Each code works once, when your phone is lost. Save or print them now.
sec-codes-save = Save as text file…
sec-codes-print = Print
sec-codes-done = I have kept them
sec-codes-left = { $n } of { $total }
sec-check-title = Use a code
sec-check-intro = A code from the app or an emergency code, as at sign-in. New emergency codes and removing the app need one too.
sec-check-code = Code
sec-check = Check the code
sec-check-app = Code from the app accepted.
sec-check-emergency =
    Emergency code accepted. { $n ->
        [one] { $n } code left.
       *[other] { $n } codes left.
    }
sec-regenerate = New emergency codes
sec-remove = Remove the authenticator app
sec-removeNote = New emergency codes replace the current ones. Removing the app turns two-factor authentication off and starts an identity verification.
sec-toast-enabled = Two-factor authentication is on.
sec-toast-removed = Two-factor authentication is off. An identity verification will follow.
sec-toast-regenerated = New emergency codes issued: the previous ones no longer work.
sec-toast-printed = The emergency codes were sent to the printer.
sec-ids-title = Your identifiers
sec-ids-intro = Each identifier has its own password: changing one changes none of the others.
sec-ids-login = Login identifier
sec-ids-loginNote = The personal e-mail you signed up with, with its own password.
sec-ids-passwordSet = Password set on { $date }
sec-ids-mailboxes = Hosted mailboxes
sec-ids-mailboxNote = Each mailbox has its own password, even when its address is spelled like your login.
sec-ids-address = Address
sec-ids-password = Password
sec-ids-readers = Webmail readers
sec-ids-unify = One password with the login
sec-ids-offered = Can be offered
sec-ids-notOffered = Not offered: { $missing }
sec-ids-cond-exact_address = not your login’s exact address
sec-ids-cond-only_webmail_reader = other accounts read it in webmail
sec-ids-cond-may_change_password = you may not change its password
sec-ids-credentials = FTP, MySQL, SSH and WebDAV
sec-ids-credentialsNote = Independent of the login and of every mailbox.
sec-ids-kind = Service
sec-ids-user = User
sec-ids-host = Server
sec-ids-kind-ftp = FTP
sec-ids-kind-mysql = MySQL
sec-ids-kind-ssh = SSH
sec-ids-kind-webdav = WebDAV
refusal-tfa-own_account_only = Only the person themselves can change their two-factor authentication.
refusal-tfa-wrong_code = This code is not valid. Check the time on your phone and type the current code.
refusal-tfa-code_used = This code was already used. Wait for the next one (30 seconds).
refusal-tfa-emergency_code_used = This emergency code was already used: each one works once.
refusal-tfa-already_enabled = Two-factor authentication is already on.
refusal-tfa-not_pending = No set-up is waiting for a code. Start again.
refusal-tfa-not_enabled = Two-factor authentication is not on.
refusal-tfa-no_seed = The authenticator app’s key is not in this system’s keyring. Use an emergency code.
refusal-tfa-keyring = The system keyring could not keep the key (it is locked or access was refused). Unlock it and try again.
refusal-tfa-print_failed = The codes could not be printed. Save them as a text file instead.
refusal-tfa-not_current_codes = These are not your current emergency codes: only the codes just shown can be saved or printed. Make new ones if needed.
refusal-tfa-workspace_changed = Another workspace was opened meanwhile. Nothing was changed: start again.
refusal-kc-handlers_only = Only a legal representative or an admin of the organization may mark a document handled (it is deleted then).
refusal-id-unification-exact_address = One password is not offered: the mailbox is not your login’s exact address.
refusal-id-unification-only_webmail_reader = One password is not offered: other accounts read this mailbox in webmail.
refusal-id-unification-may_change_password = One password is not offered: you may not change this mailbox’s password.
refusal-not_found-mailbox = This mailbox no longer exists.
field-code = Code
field-codes = Emergency codes
field-mailbox_id = Mailbox

# Partner program (PAR-1..4), branch `partner`
par-eligibility = Eligibility for the partner program
par-cond-volume = Yearly value of managed products
par-cond-volumeFigure = { $chf } a year (needs { $chfNeeded }) or { $eur } a year (needs { $eurNeeded })
par-cond-company = Registered company with a website
par-cond-service = Supports and invoices its clients
par-cond-conditions = Reseller conditions accepted
par-met = met
par-notMet = not met
par-registerNumber = Register number
par-website = Website
par-missing = missing
par-supports = Supports its clients
par-invoices = Invoices its clients
par-yes = yes
par-no = no
par-acceptedBy = Accepted by { $name } on { $date }
par-notAccepted = Not accepted yet
par-editProfile = Edit the company's facts
par-accept = I accept the reseller conditions (stored with my name and the date)
par-saveProfile = Save
par-addClient = Add a client
par-clientName = Client organization
par-contactEmail = Contact e-mail
par-billed = Billed by the provider
par-billed-partner = The partner
par-billed-client = The client
par-benefit = Partner price
par-benefit-discount = Discount
par-benefit-cashback = Cashback
par-rate = Rate (%)
par-rateHint = A recurring discount or cashback of 0 to 35 % of the list price (PAR-4); the margin is that share of each renewal.
par-endedOn = ended on { $date }
par-products = The client's products
par-noProducts = No product recorded for this client yet.
par-managed = Managed
par-productName = Product
par-period = Period
par-price = List price
par-renews = Next renewal
par-manageProduct = The partner manages { $name }
par-saveAccess = Save the client's grant
par-addProduct = Add the product
par-billing = Billing between partner and client
par-saveBilling = Save the billing terms
par-managers = Managed by
par-managersHint = Users of the partner who manage this client; legal representatives and administrators manage every client.
par-saveManagers = Save who manages the client
par-statement = Statement
par-from = From
par-to = To
par-showStatement = Show
par-statementSummary = { $n ->
        [one] One renewal
       *[other] { $n } renewals
    }: list price { $list }, the partner pays { $pays }, margin { $margin } ({ $rate }).
par-saveCsv = Save CSV…
par-savePdf = Save PDF…
par-issued = Statements issued
par-margin = margin
par-endConfirm = The partner loses its access; the products and statements stay with the client.
par-end = End the relationship
par-becomePartner = Become a partner
par-becomeAffiliate = Join the affiliate program
par-leave = Leave the program
par-assignedOnly = You see the clients assigned to you.
par-managedOf = { $managed } of { $n }
par-isAffiliate = This organization is in the affiliate program; a partner cannot be an affiliate at the same time.
toast-partnerProfile = Partner program facts saved.
toast-partnerStatus = Program changed.
toast-partnerClientAdded = Client added.
toast-partnerProductAdded = Product added to the client.
toast-partnerAccess = The client's grant is saved.
toast-partnerBilling = Billing terms saved.
toast-partnerManagers = Who manages the client is saved.
toast-partnerEnded = The relationship ended: access removed, products and statements stay with the client.
refusal-partner_is_affiliate = An affiliate cannot become a partner: nobody is partner and affiliate at once.
refusal-affiliate_is_partner = A partner cannot join the affiliate program: nobody is partner and affiliate at once.
refusal-partner_not_eligible = Not every condition of the partner program is met yet: see which one above.
refusal-not_a_partner = Only a partner organization manages clients.
refusal-partner_admin_only = Only a legal representative or an administrator may change partner settings and clients.
refusal-partner_client_not_assigned = This client is not assigned to you: ask an administrator of the partner.
refusal-partner_client_ended = The relationship with this client ended on { $date }.
refusal-partner_client_exists = { $name } is already a client.
refusal-not_found-partner_client = This client no longer exists.
refusal-not_found-client_product = This product is not one of the client's.
field-rate = Rate
field-website = Website
field-client_id = Client
field-register_number = Register number
field-price = Price
