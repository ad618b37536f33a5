//! Versioned migrations. `PRAGMA user_version` holds how many have run; each runs once, in a
//! transaction, in order. Never edit a released migration: append a new one.

use rusqlite::Connection;

use crate::StoreResult;

/// SUP-2: the access log refuses to lose a line (also re-created by a demo reset, which rebuilds
/// the whole demo from scratch, see `seed::clear`).
macro_rules! access_log_no_delete {
    () => {
        "CREATE TRIGGER support_access_log_no_delete BEFORE DELETE ON support_access_log
         BEGIN SELECT RAISE(ABORT, 'support_access_log is append-only'); END;"
    };
}
pub(crate) const ACCESS_LOG_NO_DELETE: &str = access_log_no_delete!();

pub const MIGRATIONS: &[&str] = &[
    // 1: the whole first schema. Money is integer minor units + currency (sortable, exact);
    // dates are ISO `YYYY-MM-DD` text (sortable); instants are RFC 3339 UTC text.
    r#"
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        legal_form TEXT NOT NULL,
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        timezone TEXT NOT NULL,
        language TEXT NOT NULL,
        street TEXT NOT NULL,
        building_number TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        town TEXT NOT NULL,
        country TEXT NOT NULL,
        vat_number TEXT,
        created_on TEXT NOT NULL,
        partner_status TEXT NOT NULL DEFAULT 'none'
            CHECK (partner_status IN ('none', 'partner', 'affiliate'))
    );

    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        language TEXT NOT NULL,
        two_factor TEXT CHECK (two_factor IN ('app_push', 'totp')),
        emergency_codes_left INTEGER NOT NULL DEFAULT 0,
        last_login_at TEXT
    );

    CREATE TABLE memberships (
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('legal_representative', 'admin', 'user')),
        status TEXT NOT NULL CHECK (status IN ('active', 'invited')),
        contact_billing INTEGER NOT NULL DEFAULT 0,
        contact_technical INTEGER NOT NULL DEFAULT 0,
        contact_legal INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, user_id)
    );
    CREATE INDEX memberships_user ON memberships(user_id);

    CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        UNIQUE (organization_id, name)
    );
    CREATE TABLE team_members (
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, user_id)
    );

    CREATE TABLE payment_methods (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        last4 TEXT CHECK (last4 IS NULL OR (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*')),
        expiry TEXT,
        is_default INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        customer_name TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        period_months INTEGER NOT NULL CHECK (period_months > 0),
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        auto_renew INTEGER NOT NULL DEFAULT 0,
        auto_renew_method_id INTEGER REFERENCES payment_methods(id) ON DELETE SET NULL
    );
    CREATE INDEX products_expires_on ON products(expires_on, id);
    CREATE INDEX products_org_expires_on ON products(organization_id, expires_on, id);

    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
        total_minor INTEGER NOT NULL,
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR'))
    );

    CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('invoice', 'pro_forma', 'credit_note')),
        number TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        total_minor INTEGER NOT NULL,
        paid_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        order_id INTEGER REFERENCES orders(id),
        corrects_invoice_id INTEGER REFERENCES invoices(id),
        UNIQUE (organization_id, kind, number)
    );
    CREATE INDEX invoices_org_issued ON invoices(organization_id, issued_on);

    CREATE TABLE invoice_lines (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
        product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
        description TEXT NOT NULL,
        period_from TEXT,
        period_to TEXT,
        quantity INTEGER NOT NULL DEFAULT 1,
        unit_price_minor INTEGER NOT NULL,
        vat_rate_bp INTEGER NOT NULL,
        amount_minor INTEGER NOT NULL
    );
    CREATE INDEX invoice_lines_product ON invoice_lines(product_id);

    CREATE TABLE prepaid_movements (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        description TEXT NOT NULL
    );

    CREATE TABLE support_grants (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('mail_address', 'drive_folder', 'chat_discussion')),
        target TEXT NOT NULL,
        ticket_ref TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        revoked_at TEXT
    );

    CREATE TABLE partner_clients (
        id INTEGER PRIMARY KEY,
        partner_organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        client_name TEXT NOT NULL,
        access TEXT NOT NULL CHECK (access IN ('whole_account', 'specific_products')),
        product_count INTEGER NOT NULL DEFAULT 0,
        since TEXT NOT NULL
    );
    "#,
    // 2: ORG-4/6/8: invitations, product rights of users and of teams.
    r#"
    ALTER TABLE memberships ADD COLUMN invited_at TEXT;
    ALTER TABLE memberships ADD COLUMN invitations_sent INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE product_rights (
        organization_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        technical INTEGER NOT NULL DEFAULT 0,
        statistics INTEGER NOT NULL DEFAULT 0,
        billing INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, user_id, product_id),
        FOREIGN KEY (organization_id, user_id)
            REFERENCES memberships(organization_id, user_id) ON DELETE CASCADE
    );

    CREATE TABLE team_rights (
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        technical INTEGER NOT NULL DEFAULT 0,
        statistics INTEGER NOT NULL DEFAULT 0,
        billing INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (team_id, product_id)
    );
    "#,
    // 3: REN/PAY: what an order pays for, pending top-ups, document codes, table indexes.
    r#"
    CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        product_id INTEGER NOT NULL REFERENCES products(id),
        period_months INTEGER NOT NULL,
        net_minor INTEGER NOT NULL,
        vat_minor INTEGER NOT NULL
    );
    CREATE INDEX order_lines_order ON order_lines(order_id);
    ALTER TABLE orders ADD COLUMN method_id INTEGER REFERENCES payment_methods(id);
    ALTER TABLE orders ADD COLUMN prepaid_minor INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE prepaid_movements ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE organizations ADD COLUMN document_code TEXT NOT NULL DEFAULT '';
    UPDATE organizations SET document_code = 'O' || id WHERE document_code = '';
    CREATE INDEX products_kind_expires_on ON products(kind, expires_on, id);
    CREATE INDEX products_name ON products(name COLLATE NOCASE, id);
    CREATE INDEX invoices_org_kind ON invoices(organization_id, kind);
    "#,
    // 4: PAY-7: the seller's identity (a workspace setting) and the offline document vault.
    r#"
    CREATE TABLE seller (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        street TEXT NOT NULL,
        building_number TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        town TEXT NOT NULL,
        country TEXT NOT NULL,
        vat_number TEXT,
        iban TEXT
    );
    CREATE TABLE document_files (
        invoice_id INTEGER PRIMARY KEY REFERENCES invoices(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        rendered_at TEXT NOT NULL
    );
    "#,
    // 5: the file says it is a Comptoir workspace (`crate::file::APPLICATION_ID`, "CMPT"), so a
    // later open can tell it from another program's SQLite file before writing anything.
    r#"
    PRAGMA application_id = 1129140308;
    "#,
    // 6: money moves once. An order remembers what it was asked for (an idempotency key reused
    // for another request is refused); a credit-note line names the invoice line it credits (a
    // line is credited once); lookups of a product's open orders and an invoice's credit notes.
    // Orders of the first demo seed had no lines: take them from the order's first document.
    r#"
    ALTER TABLE orders ADD COLUMN request_fingerprint TEXT;
    ALTER TABLE invoice_lines ADD COLUMN credits_line_id INTEGER REFERENCES invoice_lines(id);
    CREATE INDEX order_lines_product ON order_lines(product_id);
    CREATE INDEX invoices_corrects ON invoices(corrects_invoice_id);
    CREATE INDEX invoices_order ON invoices(order_id);
    CREATE INDEX invoice_lines_credits ON invoice_lines(credits_line_id);
    INSERT INTO order_lines(order_id, product_id, period_months, net_minor, vat_minor)
        SELECT i.order_id, l.product_id, p.period_months, l.unit_price_minor * l.quantity,
               l.amount_minor - l.unit_price_minor * l.quantity
        FROM invoices i
        JOIN invoice_lines l ON l.invoice_id = i.id
        JOIN products p ON p.id = l.product_id
        WHERE i.order_id IS NOT NULL AND i.kind IN ('invoice', 'pro_forma')
          AND i.id = (SELECT min(id) FROM invoices WHERE order_id = i.order_id)
          AND NOT EXISTS (SELECT 1 FROM order_lines x WHERE x.order_id = i.order_id);
    "#,
    // 7: the renewal calendar export: what each exported event last said, and its SEQUENCE, so
    // a re-import updates events (RFC 5545) instead of duplicating them.
    r#"
    CREATE TABLE calendar_events (
        uid TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0)
    );
    "#,
    // 8: a top-up runs once: its idempotency key and what it asked for (amount and method).
    r#"
    ALTER TABLE prepaid_movements ADD COLUMN idempotency_key TEXT;
    ALTER TABLE prepaid_movements ADD COLUMN request_fingerprint TEXT;
    CREATE UNIQUE INDEX prepaid_movements_key ON prepaid_movements(idempotency_key)
        WHERE idempotency_key IS NOT NULL;
    "#,
    // 9: the workspace's own stable id (calendar UIDs of two workspaces never collide).
    r#"
    INSERT OR IGNORE INTO meta(key, value) VALUES ('workspace_id', lower(hex(randomblob(8))));
    "#,
    // 10: the seller keeps its IBAN (ordinary transfers) and its QR-IBAN (QR-bill only) apart;
    // a QR-IBAN stored as the IBAN moves to its own column.
    r#"
    ALTER TABLE seller ADD COLUMN qr_iban TEXT;
    UPDATE seller SET qr_iban = iban, iban = NULL
     WHERE substr(replace(iban, ' ', ''), 1, 2) IN ('CH', 'LI')
       AND CAST(substr(replace(iban, ' ', ''), 5, 5) AS INTEGER) BETWEEN 30000 AND 31999;
    "#,
    // 11: PAY-2 billing notification settings per organization, and the reminders already given
    // (one per product, milestone date and threshold: never twice).
    r#"
    CREATE TABLE billing_notifications (
        organization_id INTEGER PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        days_before TEXT NOT NULL,
        recipients TEXT NOT NULL
    );
    CREATE TABLE reminders_given (
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        milestone TEXT NOT NULL CHECK (milestone IN ('last_day_to_enable', 'charge', 'expiry')),
        on_date TEXT NOT NULL,
        threshold INTEGER NOT NULL CHECK (threshold > 0),
        given_at TEXT NOT NULL,
        PRIMARY KEY (product_id, milestone, on_date, threshold)
    );
    "#,
    // 12: a provider workspace (issue 10). What was synced maps a local row to the provider's id
    // (kept apart from the rows so a row deleted locally still resolves for a queued write);
    // `synced_at` is when sync last changed the row, `remote_updated_at`/`remote_name` what the
    // provider said then (a conflict is a provider change since). Each dataset's last sync
    // instant; the outbox of writes that must reach the provider, sent in id order.
    r#"
    CREATE TABLE provider_ids (
        entity TEXT NOT NULL
            CHECK (entity IN ('organization', 'user', 'team', 'product', 'invitation')),
        scope INTEGER NOT NULL DEFAULT 0,
        local_id INTEGER NOT NULL,
        remote_id INTEGER NOT NULL,
        synced_at TEXT NOT NULL,
        remote_updated_at INTEGER,
        remote_name TEXT,
        -- Gone from the provider but kept: local money data (orders, invoices) still names it.
        gone_at TEXT,
        PRIMARY KEY (entity, scope, local_id),
        UNIQUE (entity, scope, remote_id)
    );
    ALTER TABLE memberships ADD COLUMN synced_at TEXT;
    CREATE TABLE sync_datasets (
        dataset TEXT PRIMARY KEY,
        synced_at TEXT NOT NULL,
        items INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('invite_user', 'cancel_invitation', 'remove_member',
            'create_team', 'rename_team', 'delete_team', 'add_team_members',
            'remove_team_members')),
        payload TEXT NOT NULL,
        -- The local team and user the write is about (sync leaves them alone until it is sent).
        subject_team INTEGER,
        subject_user INTEGER,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'conflict')),
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX outbox_state ON outbox(state, id);
    "#,
    // 13: SUP-5 support requests: each person's draft (saved as they type), its attachments
    // (files under the app's support folder, with size and SHA-256), and the bundles saved.
    r#"
    CREATE TABLE support_drafts (
        id INTEGER PRIMARY KEY,
        author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        subject TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'other'
            CHECK (category IN ('mail', 'hosting', 'domain', 'billing', 'drive', 'other')),
        product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT '',
        error_text TEXT NOT NULL DEFAULT '',
        redaction TEXT NOT NULL,
        include_system INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'discarded')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX support_drafts_author ON support_drafts(author_id, status);
    CREATE TABLE support_attachments (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES support_drafts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL
            CHECK (kind IN ('screenshot', 'app_log', 'website_console', 'imported', 'file')),
        name TEXT NOT NULL,
        path TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        is_text INTEGER NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX support_attachments_draft ON support_attachments(draft_id);
    CREATE TABLE support_bundles (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES support_drafts(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        redactions INTEGER NOT NULL,
        created_at TEXT NOT NULL
    );
    "#,
    // 14: the attention badge counts products by auto-renewal and expiry range from the index
    // alone (100,000 products: no row lookups).
    r#"
    CREATE INDEX products_org_auto_expires_on ON products(organization_id, auto_renew, expires_on);
    "#,
    // 15: invoice lines and prepaid movements keep their text as a code with its facts
    // (`comptoir_core::stored_text`), written in the reader's language when read; `description`
    // keeps the English words (and is all that rows from before have).
    r#"
    ALTER TABLE invoice_lines ADD COLUMN text_code TEXT;
    ALTER TABLE prepaid_movements ADD COLUMN text_code TEXT;
    "#,
    // 16: product and customer search through an FTS5 trigram index (substrings, case- and
    // accent-insensitive: "zurich" finds "Zürich"), kept in step with `products` by triggers.
    r#"
    CREATE VIRTUAL TABLE products_fts USING fts5(
        name, customer_name, content = 'products', content_rowid = 'id',
        tokenize = 'trigram remove_diacritics 1'
    );
    INSERT INTO products_fts(products_fts) VALUES ('rebuild');
    CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_fts(rowid, name, customer_name)
        VALUES (new.id, new.name, new.customer_name);
    END;
    CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
        INSERT INTO products_fts(products_fts, rowid, name, customer_name)
        VALUES ('delete', old.id, old.name, old.customer_name);
    END;
    CREATE TRIGGER products_fts_update AFTER UPDATE OF name, customer_name ON products BEGIN
        INSERT INTO products_fts(products_fts, rowid, name, customer_name)
        VALUES ('delete', old.id, old.name, old.customer_name);
        INSERT INTO products_fts(rowid, name, customer_name)
        VALUES (new.id, new.name, new.customer_name);
    END;
    "#,
    // 17: a document's lines by their document: the invoices list counts each one's lines, and
    // without this index every count scanned all lines (20,000 invoices: 85 s to list).
    r#"
    CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id);
    "#,
    // (branch `grants`) SUP-1..4: grants also open a single e-mail message (SUP-4) and say who
    // gave and revoked them and when the one warning was given; the append-only access log
    // (one line per grant and event, triggers refuse UPDATE and DELETE). KC-1/2/5/6: orders
    // blocked for identity verification, the days the procedure was resent, the documents
    // attached (files outside the workspace, deleted once handled or after 72 h), the refund.
    concat!(
        r#"
    CREATE TABLE support_grants_v2 (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('mail_address', 'drive_folder', 'chat_discussion',
            'mail_message')),
        target TEXT NOT NULL,
        ticket_ref TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        revoked_at TEXT,
        granted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        revoked_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        warned_at TEXT
    );
    INSERT INTO support_grants_v2(id, organization_id, kind, target, ticket_ref, granted_at,
        revoked_at)
        SELECT id, organization_id, kind, target, ticket_ref, granted_at, revoked_at
        FROM support_grants;
    DROP TABLE support_grants;
    ALTER TABLE support_grants_v2 RENAME TO support_grants;
    CREATE INDEX support_grants_org ON support_grants(organization_id, granted_at);
    CREATE TABLE support_access_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('granted', 'revoked', 'expired')),
        -- Copies, not references: a line stays true whatever happens to the grant or the user.
        grant_id INTEGER NOT NULL,
        organization_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        ticket_ref TEXT NOT NULL,
        actor_id INTEGER,
        actor_name TEXT,
        UNIQUE (grant_id, event)
    );
    CREATE INDEX support_access_log_org ON support_access_log(organization_id, id);
    CREATE TRIGGER support_access_log_no_update BEFORE UPDATE ON support_access_log
    BEGIN SELECT RAISE(ABORT, 'support_access_log is append-only'); END;
    "#,
        access_log_no_delete!(),
        r#"
    CREATE TABLE kc_blocks (
        order_id INTEGER PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
        cause TEXT NOT NULL CHECK (cause IN ('forgotten_password', 'forgotten_login_email',
            'two_factor_removal', 'account_unblock', 'first_payout', 'suspected_fraud',
            'brand_name')),
        blocked_at TEXT NOT NULL,
        answered_at TEXT,
        cancelled_at TEXT,
        credit_note_id INTEGER REFERENCES invoices(id),
        refund_method_id INTEGER REFERENCES payment_methods(id),
        refunded_minor INTEGER
    );
    CREATE TABLE kc_resends (
        order_id INTEGER NOT NULL REFERENCES kc_blocks(order_id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user INTEGER,
        PRIMARY KEY (order_id, on_date)
    );
    CREATE TABLE kc_documents (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES kc_blocks(order_id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        file TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        attached_at TEXT NOT NULL,
        handled_at TEXT,
        deleted_at TEXT
    );
    CREATE INDEX kc_documents_kept ON kc_documents(deleted_at, attached_at);
    "#
    ),
    // branch `security` (issue 15, TFA-1..4, ID-1..4): the signed-in user's own 2FA (the seed is
    // in the OS keyring, never here: only its state and the last accepted 30-second step, so a
    // code is not accepted twice), emergency codes as salted argon2 hashes, security events
    // (2FA removal is a KC-1 trigger), and the identifiers map: mailboxes with their own password
    // and who reads them in webmail, FTP/MySQL/SSH/WebDAV credentials. No password is stored:
    // only the day it was set.
    r#"
    CREATE TABLE tfa_enrolments (
        user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'enabled')),
        started_at TEXT NOT NULL,
        enabled_at TEXT,
        last_step INTEGER
    );
    CREATE TABLE tfa_emergency_codes (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        used_at TEXT
    );
    CREATE INDEX tfa_emergency_codes_user ON tfa_emergency_codes(user_id);
    CREATE TABLE security_events (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('tfa_enabled', 'tfa_removed',
            'emergency_codes_issued', 'emergency_code_used')),
        at TEXT NOT NULL,
        kc_trigger INTEGER NOT NULL DEFAULT 0 CHECK (kc_trigger IN (0, 1))
    );
    CREATE TABLE login_passwords (
        user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        password_set_on TEXT NOT NULL
    );
    CREATE TABLE mailboxes (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        password_set_on TEXT NOT NULL
    );
    CREATE TABLE mailbox_access (
        mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        webmail INTEGER NOT NULL CHECK (webmail IN (0, 1)),
        may_change_password INTEGER NOT NULL CHECK (may_change_password IN (0, 1)),
        PRIMARY KEY (mailbox_id, user_id)
    );
    CREATE TABLE service_credentials (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('ftp', 'mysql', 'ssh', 'webdav')),
        username TEXT NOT NULL,
        host TEXT NOT NULL,
        password_set_on TEXT NOT NULL
    );
    "#,
    // (branch `partner`) PAR-1..4: what the partner records for eligibility (register number,
    // website, service, who accepted the reseller conditions and when); per client its contact,
    // billing terms (who is billed, discount or cashback 0-35 %), currency and end; the client's
    // own products (which the partner manages), the partner's users who manage each client, and
    // the statements issued (they stay with the client when the relationship ends).
    r#"
    CREATE TABLE partner_profiles (
        organization_id INTEGER PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        register_number TEXT,
        website TEXT,
        supports_clients INTEGER NOT NULL DEFAULT 0,
        invoices_clients INTEGER NOT NULL DEFAULT 0,
        conditions_accepted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        conditions_accepted_at TEXT
    );
    ALTER TABLE partner_clients ADD COLUMN contact_email TEXT;
    ALTER TABLE partner_clients ADD COLUMN billed TEXT NOT NULL DEFAULT 'partner'
        CHECK (billed IN ('partner', 'client'));
    ALTER TABLE partner_clients ADD COLUMN benefit TEXT NOT NULL DEFAULT 'discount'
        CHECK (benefit IN ('discount', 'cashback'));
    ALTER TABLE partner_clients ADD COLUMN rate_bp INTEGER NOT NULL DEFAULT 0
        CHECK (rate_bp BETWEEN 0 AND 3500);
    ALTER TABLE partner_clients ADD COLUMN currency TEXT NOT NULL DEFAULT 'CHF'
        CHECK (currency IN ('CHF', 'EUR'));
    ALTER TABLE partner_clients ADD COLUMN ended_on TEXT;
    UPDATE partner_clients SET currency = (SELECT currency FROM organizations o
        WHERE o.id = partner_clients.partner_organization_id);
    CREATE TABLE partner_client_products (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES partner_clients(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        period_months INTEGER NOT NULL CHECK (period_months > 0),
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        renews_on TEXT NOT NULL,
        managed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX partner_client_products_client ON partner_client_products(client_id);
    CREATE TABLE partner_client_managers (
        client_id INTEGER NOT NULL REFERENCES partner_clients(id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        PRIMARY KEY (client_id, user_id),
        FOREIGN KEY (organization_id, user_id)
            REFERENCES memberships(organization_id, user_id) ON DELETE CASCADE
    );
    CREATE TABLE partner_statements (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES partner_clients(id) ON DELETE CASCADE,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('csv', 'pdf')),
        total_minor INTEGER NOT NULL,
        margin_minor INTEGER NOT NULL,
        currency TEXT NOT NULL CHECK (currency IN ('CHF', 'EUR')),
        created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    );
    "#,
    // 21 (issue 12): each sortable column of the renewals table has an index in
    // its sort order (then the id) that also holds the expiry date, so a page of a date window
    // is read in order with the window checked in the index (no sort of the whole window);
    // organizations by name for the organization sort. The name index gains the date.
    r#"
    DROP INDEX products_name;
    CREATE INDEX products_name_sort ON products(name COLLATE NOCASE, id, expires_on);
    CREATE INDEX products_customer_sort ON products(customer_name COLLATE NOCASE, id, expires_on);
    CREATE INDEX products_kind_sort ON products(kind, id, expires_on);
    CREATE INDEX products_org_sort ON products(organization_id, id, expires_on);
    CREATE INDEX products_period_sort ON products(period_months, id, expires_on);
    CREATE INDEX products_price_sort ON products(currency, price_minor, id, expires_on);
    CREATE INDEX products_auto_sort ON products(auto_renew, id, expires_on);
    CREATE INDEX organizations_name ON organizations(name COLLATE NOCASE, id);
    "#,
    // 22 (issue 12): how many products expire on each day, per organization, kept by triggers.
    // The renewals table's total for a date window (its presets) is a sum over at most a few
    // hundred days instead of a count of every product in it (12 months of a 100,000-product
    // workspace: 48,000 index entries, ~4 ms of every sort and preset change).
    r#"
    CREATE TABLE product_day_counts (
        expires_on TEXT NOT NULL,
        organization_id INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (expires_on, organization_id)
    ) WITHOUT ROWID;
    -- An organization's days (its filter, or a reader's organizations, without a window).
    CREATE INDEX product_day_counts_org ON product_day_counts(organization_id, expires_on, n);
    INSERT INTO product_day_counts (expires_on, organization_id, n)
        SELECT expires_on, organization_id, count(*) FROM products GROUP BY 1, 2;
    CREATE TRIGGER product_day_counts_insert AFTER INSERT ON products BEGIN
        INSERT INTO product_day_counts (expires_on, organization_id, n)
            VALUES (new.expires_on, new.organization_id, 1)
            ON CONFLICT (expires_on, organization_id) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER product_day_counts_delete AFTER DELETE ON products BEGIN
        UPDATE product_day_counts SET n = n - 1
            WHERE expires_on = old.expires_on AND organization_id = old.organization_id;
        DELETE FROM product_day_counts
            WHERE expires_on = old.expires_on AND organization_id = old.organization_id AND n <= 0;
    END;
    CREATE TRIGGER product_day_counts_update AFTER UPDATE OF expires_on, organization_id ON products
    WHEN old.expires_on IS NOT new.expires_on OR old.organization_id IS NOT new.organization_id
    BEGIN
        UPDATE product_day_counts SET n = n - 1
            WHERE expires_on = old.expires_on AND organization_id = old.organization_id;
        DELETE FROM product_day_counts
            WHERE expires_on = old.expires_on AND organization_id = old.organization_id AND n <= 0;
        INSERT INTO product_day_counts (expires_on, organization_id, n)
            VALUES (new.expires_on, new.organization_id, 1)
            ON CONFLICT (expires_on, organization_id) DO UPDATE SET n = n + 1;
    END;
    "#,
    // 23 (issue 12): the sort indexes also hold the organization, so a reader who is a member of
    // some organizations only has theirs checked in the index, not in each product's row: sorted
    // by kind, a member of one organization of two read 11,000 rows of the other's before 100 of
    // theirs (7-13 ms). The expiry index stays as it is (its window is read through the
    // organization's own expiry index then).
    r#"
    DROP INDEX products_name_sort;
    DROP INDEX products_customer_sort;
    DROP INDEX products_kind_sort;
    DROP INDEX products_period_sort;
    DROP INDEX products_price_sort;
    DROP INDEX products_auto_sort;
    CREATE INDEX products_name_sort
        ON products(name COLLATE NOCASE, id, expires_on, organization_id);
    CREATE INDEX products_customer_sort
        ON products(customer_name COLLATE NOCASE, id, expires_on, organization_id);
    CREATE INDEX products_kind_sort ON products(kind, id, expires_on, organization_id);
    CREATE INDEX products_period_sort ON products(period_months, id, expires_on, organization_id);
    CREATE INDEX products_price_sort
        ON products(currency, price_minor, id, expires_on, organization_id);
    CREATE INDEX products_auto_sort ON products(auto_renew, id, expires_on, organization_id);
    "#,
];

/// Runs the migrations not yet applied. Returns the schema version reached.
pub fn migrate(conn: &mut Connection) -> StoreResult<u32> {
    let done: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if done as usize > MIGRATIONS.len() {
        return Err(crate::StoreError::Domain(comptoir_core::Error::storage(
            format!(
            "this workspace was written by a newer Comptoir (schema {done}, this build knows {})",
            MIGRATIONS.len()
        ),
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as u32)?;
        tx.commit()?;
    }
    Ok(MIGRATIONS.len() as u32)
}

/// Builds the latest schema inside `tx`, for a brand-new file (all or nothing with its seed).
pub(crate) fn create(tx: &rusqlite::Transaction<'_>) -> StoreResult<u32> {
    for sql in MIGRATIONS {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "application_id", crate::file::APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", MIGRATIONS.len() as u32)?;
    Ok(MIGRATIONS.len() as u32)
}
