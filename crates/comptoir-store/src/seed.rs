//! The demo workspace: two organizations (one billed in CHF, one in EUR), their people, teams,
//! products, payment methods, invoices, prepaid balances, support grants and partner clients.
//!
//! Deterministic: the same `today` always gives the same rows (a fixed-seed generator, no
//! randomness from the OS), and every date is relative to `today`, so the demo never ages.
//! All names, addresses and numbers are fictitious.

use chrono::{DateTime, Datelike, Days, Duration, Months, NaiveDate, Utc};
use comptoir_core::billing::PaymentMethodKind;
use comptoir_core::product::ProductKind;
use comptoir_core::stored_text::StoredText;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::StoreResult;

/// Tables in an order that deletes children before parents.
const TABLES: &[&str] = &[
    "kc_documents",
    "kc_resends",
    "kc_blocks",
    "service_credentials",
    "mailbox_access",
    "mailboxes",
    "login_passwords",
    "security_events",
    "tfa_emergency_codes",
    "tfa_enrolments",
    "support_bundles",
    "support_attachments",
    "support_drafts",
    "document_files",
    "seller",
    "team_rights",
    "product_rights",
    "order_lines",
    "partner_statements",
    "partner_client_managers",
    "partner_client_products",
    "partner_profiles",
    "partner_clients",
    "support_grants",
    "prepaid_movements",
    "invoice_lines",
    "invoices",
    "orders",
    "products",
    "payment_methods",
    "team_members",
    "teams",
    "memberships",
    "users",
    "organizations",
];

pub fn clear(tx: &Transaction<'_>) -> StoreResult<()> {
    // The demo is rebuilt from scratch, its access log too: the one place its append-only
    // trigger is lifted, inside this transaction (a failed reset keeps it).
    tx.execute_batch("DROP TRIGGER support_access_log_no_delete; DELETE FROM support_access_log;")?;
    tx.execute_batch(crate::schema::ACCESS_LOG_NO_DELETE)?;
    for t in TABLES {
        tx.execute(&format!("DELETE FROM {t}"), [])?;
    }
    Ok(())
}

/// (id, organization, kind, label, last4, expiry, default)
type MethodRow<'a> = (
    i64,
    i64,
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<String>,
    bool,
);
/// (organization, kind, target, ticket, granted at, revoked at)
type GrantRow<'a> = (i64, &'a str, &'a str, &'a str, String, Option<String>);

/// SplitMix64: tiny, fixed, and the same on every platform and version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The demo's signed-in user: Marc Dubois, legal representative of the CHF organization and
/// administrator of the EUR one.
pub const SIGNED_IN_USER: i64 = 2;
pub const CHF_ORG: i64 = 1;
pub const EUR_ORG: i64 = 2;

struct Person {
    id: i64,
    name: &'static str,
    email: &'static str,
    lang: &'static str,
    two_factor: Option<&'static str>,
}

const PEOPLE: &[Person] = &[
    Person {
        id: 1,
        name: "Claire Rochat",
        email: "claire.rochat@atelier-lumiere.ch",
        lang: "fr",
        two_factor: Some("app_push"),
    },
    Person {
        id: 2,
        name: "Marc Dubois",
        email: "marc.dubois@atelier-lumiere.ch",
        lang: "fr",
        // The signed-in user: 2FA off, so the demo can enrol an authenticator app.
        two_factor: None,
    },
    Person {
        id: 3,
        name: "Sofia Keller",
        email: "sofia.keller@atelier-lumiere.ch",
        lang: "de",
        two_factor: Some("app_push"),
    },
    Person {
        id: 4,
        name: "Jonas Meier",
        email: "jonas.meier@atelier-lumiere.ch",
        lang: "de",
        two_factor: None,
    },
    Person {
        id: 5,
        name: "Élodie Favre",
        email: "elodie.favre@atelier-lumiere.ch",
        lang: "fr",
        two_factor: Some("totp"),
    },
    Person {
        id: 6,
        name: "Luca Bernasconi",
        email: "luca.bernasconi@atelier-lumiere.ch",
        lang: "it",
        two_factor: None,
    },
    Person {
        id: 7,
        name: "Nina Brunner",
        email: "nina.brunner@atelier-lumiere.ch",
        lang: "de",
        two_factor: None,
    },
    Person {
        id: 8,
        name: "Tom Schaller",
        email: "tom.schaller@freelance-example.ch",
        lang: "en",
        two_factor: None,
    },
    Person {
        id: 9,
        name: "Lucía Fernández",
        email: "lucia.fernandez@nubeclara.es",
        lang: "es",
        two_factor: Some("app_push"),
    },
    Person {
        id: 10,
        name: "Javier Ortega",
        email: "javier.ortega@nubeclara.es",
        lang: "es",
        two_factor: Some("totp"),
    },
    Person {
        id: 11,
        name: "Marta Vidal",
        email: "marta.vidal@nubeclara.es",
        lang: "es",
        two_factor: None,
    },
    Person {
        id: 12,
        name: "Pablo Ruiz",
        email: "pablo.ruiz@nubeclara.es",
        lang: "es",
        two_factor: None,
    },
    Person {
        id: 13,
        name: "Ana Beltrán",
        email: "ana.beltran@nubeclara.es",
        lang: "es",
        two_factor: Some("app_push"),
    },
    Person {
        id: 14,
        name: "Irene Soler",
        email: "irene.soler@example-gestoria.es",
        lang: "es",
        two_factor: None,
    },
];

/// (organization, user, role, status, billing, technical, legal)
#[allow(clippy::type_complexity)]
const MEMBERSHIPS: &[(i64, i64, &str, &str, bool, bool, bool)] = &[
    (
        CHF_ORG,
        1,
        "legal_representative",
        "active",
        true,
        false,
        true,
    ),
    (
        CHF_ORG,
        2,
        "legal_representative",
        "active",
        true,
        true,
        true,
    ),
    (CHF_ORG, 3, "admin", "active", false, true, false),
    (CHF_ORG, 4, "admin", "active", true, true, false),
    (CHF_ORG, 5, "user", "active", false, true, false),
    (CHF_ORG, 6, "user", "active", false, false, false),
    (CHF_ORG, 7, "user", "active", true, false, false),
    (CHF_ORG, 8, "user", "invited", false, true, false),
    (
        EUR_ORG,
        9,
        "legal_representative",
        "active",
        true,
        true,
        true,
    ),
    (EUR_ORG, 10, "admin", "active", true, true, false),
    (EUR_ORG, 11, "user", "active", false, true, false),
    (EUR_ORG, 12, "user", "active", false, false, false),
    (EUR_ORG, 13, "user", "active", true, false, false),
    (EUR_ORG, 14, "user", "invited", true, false, false),
    // ORG-4: an existing account extended to a second organization.
    (EUR_ORG, 2, "admin", "active", false, true, false),
];

/// (id, organization, name, colour, members)
const TEAMS: &[(i64, i64, &str, &str, &[i64])] = &[
    (1, CHF_ORG, "Web studio", "#2f6fde", &[3, 5, 6]),
    (2, CHF_ORG, "Accounting", "#b45309", &[4, 7]),
    (3, EUR_ORG, "Soporte", "#15803d", &[10, 11, 12]),
];

/// Names for domains and services, combined with the organization's own.
const WORDS: &[&str] = &[
    "lumiere",
    "lac-leman",
    "boulangerie-martin",
    "velo-club",
    "cafe-du-port",
    "fromagerie",
    "atelier-bois",
    "montagne",
    "jardin-secret",
    "studio-vert",
    "ecole-musique",
    "vins-lavaux",
    "horlogerie",
    "galerie-nord",
    "theatre-ouest",
    "clinique-dent",
    "yoga-lausanne",
    "chocolat",
    "nube",
    "sol-y-mar",
    "taller",
    "bodega-rio",
    "libreria",
    "panaderia",
    "floristeria",
    "academia",
    "clinica-vet",
    "viajes-luna",
    "mercado",
    "cerveceria",
];

/// Price of one 12-month period (or one month, for monthly products), in minor units.
fn base_price(kind: ProductKind, eur: bool) -> i64 {
    let chf = match kind {
        ProductKind::DomainCh => 1_100,
        ProductKind::DomainCom => 1_590,
        ProductKind::WebHosting => 11_900,
        ProductKind::MailService => 2_900,
        ProductKind::Drive => 590,
        ProductKind::Suite => 1_290,
        ProductKind::SslCertificate => 4_900,
        ProductKind::Vps => 2_450,
        ProductKind::Backup => 390,
    };
    if eur {
        chf * 92 / 100
    } else {
        chf
    }
}

fn price_for(kind: ProductKind, months: u16, eur: bool) -> i64 {
    let base = base_price(kind, eur);
    if kind.allowed_periods().contains(&1) {
        base * i64::from(months)
    } else {
        base * i64::from(months) / 12
    }
}

/// The service's name and the name the customer gave it, in the organization's language.
fn product_name(kind: ProductKind, word: &str, n: usize, spanish: bool) -> (String, String) {
    let suffix = if n > 0 {
        format!("-{n}")
    } else {
        String::new()
    };
    let site = |tld: &str| format!("{word}{suffix}.{tld}");
    let label = |fr: &str, es: &str| format!("{} {word}", if spanish { es } else { fr });
    match kind {
        ProductKind::DomainCh => (site("ch"), label("Domaine", "Dominio")),
        ProductKind::DomainCom => (
            site("com"),
            label("Domaine international", "Dominio internacional"),
        ),
        ProductKind::WebHosting => (site("ch"), label("Site web", "Sitio web")),
        ProductKind::MailService => (
            format!("mail.{}", site("ch")),
            label("Messagerie", "Correo"),
        ),
        ProductKind::Drive => (
            format!("Drive {word}"),
            label("Fichiers partagés", "Archivos compartidos"),
        ),
        ProductKind::Suite => (
            format!("Suite {word}"),
            label("Suite bureautique", "Suite ofimática"),
        ),
        ProductKind::SslCertificate => (
            format!("shop.{}", site("ch")),
            label("Certificat", "Certificado"),
        ),
        ProductKind::Vps => (format!("vps-{word}-{n:02}"), label("Serveur", "Servidor")),
        ProductKind::Backup => (
            format!("Backup {word}"),
            label("Sauvegardes", "Copias de seguridad"),
        ),
    }
}

struct SeedCtx<'a> {
    tx: &'a Transaction<'a>,
    /// The English words kept beside stored texts' codes.
    english: comptoir_i18n::Catalogue,
    today: NaiveDate,
    rng: Rng,
}

pub fn seed_demo(tx: &Transaction<'_>, today: NaiveDate, now: DateTime<Utc>) -> StoreResult<()> {
    let mut ctx = SeedCtx {
        tx,
        english: comptoir_i18n::Catalogue::for_tag("en"),
        today,
        rng: Rng(0x00C0_FFEE_2026),
    };
    // The demo provider: fictitious, on invoices as the seller.
    tx.execute(
        "INSERT INTO seller(id, name, street, building_number, postal_code, town, country,
            vat_number, iban, qr_iban)
         VALUES (1, 'Helvetia Hosting SA (démo)', 'Rue de Genève', '7', '1003', 'Lausanne', 'CH',
            'CHE-123.456.788 TVA', 'CH93 0076 2011 6238 5295 7', 'CH44 3199 9123 0008 8901 2')",
        [],
    )?;
    organizations(&ctx)?;
    people(&ctx, now)?;
    payment_methods(&ctx)?;
    products(&mut ctx)?;
    invoices(&mut ctx)?;
    rights(&ctx)?;
    prepaid(&ctx)?;
    support(&ctx, now)?;
    partner(&ctx)?;
    kc_blocked_order(&ctx, now)?;

    identifiers(&ctx)?;
    Ok(())
}

fn organizations(c: &SeedCtx<'_>) -> StoreResult<()> {
    let created = |years: u32| c.today - Months::new(12 * years);
    c.tx.execute(
        "INSERT INTO organizations VALUES (?1, 'Atelier Lumière Sàrl', 'Sàrl', 'CHF',
            'Europe/Zurich', 'fr', 'Rue du Simplon', '12', '1006', 'Lausanne', 'CH',
            'CHE-109.322.551 TVA', ?2, 'partner', 'AL')",
        params![CHF_ORG, created(6).to_string()],
    )?;
    c.tx.execute(
        "INSERT INTO organizations VALUES (?1, 'Estudio Nube Clara S.L.', 'S.L.', 'EUR',
            'Europe/Madrid', 'es', 'Calle de Alcalá', '48', '28014', 'Madrid', 'ES',
            'ESB87654321', ?2, 'none', 'NC')",
        params![EUR_ORG, created(3).to_string()],
    )?;
    Ok(())
}

fn people(c: &SeedCtx<'_>, now: DateTime<Utc>) -> StoreResult<()> {
    for (i, p) in PEOPLE.iter().enumerate() {
        let codes = match p.two_factor {
            Some(_) => 10 - (i as i64 % 3),
            None => 0,
        };
        let login = (now - Duration::hours(5 + 19 * i as i64)).to_rfc3339();
        c.tx.execute(
            "INSERT INTO users VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![p.id, p.name, p.email, p.lang, p.two_factor, codes, login],
        )?;
    }
    for &(org, user, role, status, billing, technical, legal) in MEMBERSHIPS {
        c.tx.execute(
            "INSERT INTO memberships(organization_id, user_id, role, status, contact_billing,
                contact_technical, contact_legal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![org, user, role, status, billing, technical, legal],
        )?;
        if status == "invited" {
            c.tx.execute(
                "UPDATE users SET last_login_at = NULL WHERE id = ?1",
                [user],
            )?;
            c.tx.execute(
                "UPDATE memberships SET invited_at = ?1, invitations_sent = 1
                 WHERE organization_id = ?2 AND user_id = ?3",
                params![(now - Duration::days(3)).to_rfc3339(), org, user],
            )?;
        }
    }
    for &(id, org, name, colour, members) in TEAMS {
        c.tx.execute(
            "INSERT INTO teams VALUES (?1, ?2, ?3, ?4)",
            params![id, org, name, colour],
        )?;
        for m in members {
            c.tx.execute("INSERT INTO team_members VALUES (?1, ?2)", params![id, m])?;
        }
    }
    Ok(())
}

fn payment_methods(c: &SeedCtx<'_>) -> StoreResult<()> {
    let exp = |years: i32| format!("{:02}/{}", c.today.month(), c.today.year() + years);
    let rows: &[MethodRow<'_>] = &[
        (
            1,
            CHF_ORG,
            "visa",
            "Company Visa",
            Some("4242"),
            Some(exp(2)),
            true,
        ),
        (
            2,
            CHF_ORG,
            "twint",
            "Twint Claire Rochat",
            None,
            None,
            false,
        ),
        (
            3,
            CHF_ORG,
            "postfinance_card",
            "PostFinance Card",
            Some("7781"),
            Some(exp(3)),
            false,
        ),
        (
            4,
            CHF_ORG,
            "iban_transfer",
            "Bank transfer (IBAN)",
            None,
            None,
            false,
        ),
        (
            5,
            EUR_ORG,
            "mastercard",
            "Mastercard empresa",
            Some("5454"),
            Some(exp(1)),
            true,
        ),
        (
            6,
            EUR_ORG,
            "iban_transfer",
            "Transferencia (IBAN)",
            None,
            None,
            false,
        ),
        (
            7,
            EUR_ORG,
            "paypal",
            "PayPal contabilidad",
            None,
            None,
            false,
        ),
    ];
    for (id, org, kind, label, last4, expiry, default) in rows {
        c.tx.execute(
            "INSERT INTO payment_methods VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, org, kind, label, last4, expiry, default],
        )?;
    }
    Ok(())
}

/// 52 products for the CHF organization and 36 for the EUR one, every type present, expiring
/// from 30 days ago to 24 months ahead, with some inside the REN-5 window.
fn products(c: &mut SeedCtx<'_>) -> StoreResult<()> {
    let mut id = 0;
    for (org, count, eur, cards) in [(CHF_ORG, 52, false, [1, 2]), (EUR_ORG, 36, true, [5, 5])] {
        for i in 0..count {
            id += 1;
            let kind = ProductKind::ALL[i % ProductKind::ALL.len()];
            let word = WORDS[(i * 7 + usize::from(eur) * 13) % WORDS.len()];
            let (name, customer) = product_name(kind, word, i / WORDS.len(), eur);
            // Spread expiry over -30..=730 days, with a fixed handful in the sensitive windows.
            let offset = match i {
                0 => -30,
                1 => -3,
                2 => 0,
                3 => 5,
                4 => 13,
                5 => 14,
                6 => 20,
                _ => c.rng.range(-25, 730),
            };
            let expires = c.today + Duration::days(offset);
            let periods = kind.allowed_periods();
            let months = periods[c.rng.range(0, (periods.len() as i64 - 1).min(2)) as usize];
            let auto_renew = c.rng.chance(55);
            let method = auto_renew.then(|| cards[c.rng.range(0, 1) as usize]);
            c.tx.execute(
                "INSERT INTO products VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    id,
                    org,
                    kind.as_str(),
                    name,
                    customer,
                    expires.to_string(),
                    months,
                    price_for(kind, months, eur),
                    if eur { "EUR" } else { "CHF" },
                    auto_renew,
                    method
                ],
            )?;
        }
    }
    Ok(())
}

/// For each organization: a year of paid renewal invoices, two unpaid ones (one past due, on
/// products that expired), a pro-forma waiting for an IBAN transfer, and a credit note.
fn invoices(c: &mut SeedCtx<'_>) -> StoreResult<()> {
    let vat_bp = |org| if org == CHF_ORG { 810 } else { 2100 }; // 8.1 % CH, 21 % ES
    let mut invoice_id = 0;
    for org in [CHF_ORG, EUR_ORG] {
        let currency = if org == CHF_ORG { "CHF" } else { "EUR" };
        // One series per kind and organization: INV-AL-00001, PRO-NC-00001...
        let org_code = if org == CHF_ORG { "AL" } else { "NC" };
        let mut products: Vec<(i64, String, i64, i64, NaiveDate)> = {
            let mut stmt = c.tx.prepare(
                "SELECT id, name, price_minor, period_months, expires_on FROM products
                 WHERE organization_id = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([org], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            rows.map(|r| r.map(|(a, b, c, d, e)| (a, b, c, d, e.parse().unwrap_or_default())))
                .collect::<Result<_, _>>()?
        };
        products.truncate(40);
        let mut numbers = [0u32; 3];
        // (kind index, months ago issued, paid?, product indexes)
        let plan: &[(usize, u32, bool, &[usize])] = &[
            (0, 11, true, &[10, 11, 12]),
            (0, 10, true, &[13]),
            (0, 9, true, &[14, 15]),
            (0, 8, true, &[16, 17, 18, 19]),
            (0, 6, true, &[20]),
            (0, 5, true, &[21, 22]),
            (0, 4, true, &[23]),
            (0, 3, true, &[24, 25, 26]),
            (0, 2, true, &[27]),
            (0, 1, false, &[3]), // expires in 5 days, unpaid past due: overdue (PAY-1)
            (0, 0, false, &[1]), // expired 3 days ago, unpaid: blocked (PAY-1)
            (1, 0, false, &[28, 29]), // pro-forma for an IBAN transfer (PAY-3)
            // Credit note for the first line of the first invoice, as the engine issues it:
            // the line named, the amount refunded to the prepaid balance.
            (2, 1, true, &[10]),
        ];
        let mut first_invoice = None;
        let mut first_invoice_lines: Vec<i64> = Vec::new();
        for (n, &(kind, months_ago, paid, items)) in plan.iter().enumerate() {
            invoice_id += 1;
            let kind_name = ["invoice", "pro_forma", "credit_note"][kind];
            let prefix = ["INV", "PRO", "CRN"][kind];
            numbers[kind] += 1;
            let issued = c.today - Months::new(months_ago) - Days::new((n as u64 * 3) % 9 + 1);
            let due = if months_ago == 1 && !paid {
                c.today - Days::new(4)
            } else {
                issued + Days::new(30)
            };
            let sign = if kind == 2 { -1 } else { 1 };
            let mut total = 0;
            let mut lines = Vec::new();
            for &p in items {
                let (pid, name, price, months, expires) = &products[p % products.len()];
                let from = *expires;
                let to = from + Months::new(*months as u32);
                let net = sign * price;
                let vat = comptoir_core::billing::vat_minor(net, vat_bp(org));
                total += net;
                lines.push((*pid, name.clone(), *months, from, to, net, vat));
            }
            // VAT once on the summed base (one rate per organization), as documents print it.
            total += comptoir_core::billing::vat_minor(total, vat_bp(org));
            let order_status = match (kind, paid) {
                (1, _) => "pending",
                (_, true) => "paid",
                _ => "pending",
            };
            let order_id: Option<i64> = if kind == 2 {
                None
            } else {
                c.tx.execute(
                    "INSERT INTO orders(organization_id, idempotency_key, created_on, status,
                        total_minor, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        org,
                        format!("demo-{org}-{n}"),
                        issued.to_string(),
                        order_status,
                        total,
                        currency
                    ],
                )?;
                Some(c.tx.last_insert_rowid())
            };
            let number = format!("{prefix}-{org_code}-{:05}", numbers[kind]);
            c.tx.execute(
                "INSERT INTO invoices VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    invoice_id,
                    org,
                    kind_name,
                    number,
                    issued.to_string(),
                    due.to_string(),
                    total,
                    if paid { total } else { 0 },
                    currency,
                    order_id,
                    if kind == 2 { first_invoice } else { None }
                ],
            )?;
            first_invoice.get_or_insert(invoice_id);
            for (i, (pid, name, months, from, to, net, vat)) in lines.into_iter().enumerate() {
                // The same texts and links the engine writes (payments.rs).
                let renewal = StoredText::Renewal {
                    product: name.to_string(),
                    months: months as u16,
                };
                let (text, credits) = if kind == 2 {
                    (
                        StoredText::Credit {
                            of: Box::new(renewal),
                        },
                        first_invoice_lines.get(i).copied(),
                    )
                } else {
                    (renewal, None)
                };
                c.tx.execute(
                    "INSERT INTO invoice_lines(invoice_id, product_id, description, period_from,
                        period_to, quantity, unit_price_minor, vat_rate_bp, amount_minor,
                        credits_line_id, text_code)
                     VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        invoice_id,
                        pid,
                        c.english.stored_text(&text),
                        from.to_string(),
                        to.to_string(),
                        net,
                        vat_bp(org),
                        net + vat,
                        credits,
                        text.to_code()
                    ],
                )?;
                if first_invoice == Some(invoice_id) {
                    first_invoice_lines.push(c.tx.last_insert_rowid());
                }
                if let Some(order_id) = order_id {
                    c.tx.execute(
                        "INSERT INTO order_lines(order_id, product_id, period_months, net_minor,
                            vat_minor) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![order_id, pid, months, net, vat],
                    )?;
                }
            }
            if kind == 2 {
                // A paid invoice's credit goes back to the prepaid balance.
                let refund = StoredText::Refund {
                    document: number.to_string(),
                };
                c.tx.execute(
                    "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor,
                        currency, description, text_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        org,
                        issued.to_string(),
                        -total,
                        currency,
                        c.english.stored_text(&refund),
                        refund.to_code()
                    ],
                )?;
            }
        }
    }
    Ok(())
}

/// ORG-6 / ORG-8: product rights of some plain users, and of the teams.
fn rights(c: &SeedCtx<'_>) -> StoreResult<()> {
    // (organization, user, first product, how many, technical, statistics, billing)
    let users: &[(i64, i64, i64, i64, bool, bool, bool)] = &[
        (CHF_ORG, 5, 1, 6, true, true, false),
        (CHF_ORG, 6, 10, 3, true, false, false),
        (CHF_ORG, 7, 20, 4, false, false, true),
        (CHF_ORG, 8, 1, 2, true, false, false),
        (EUR_ORG, 11, 53, 5, true, true, false),
        (EUR_ORG, 13, 60, 3, false, false, true),
    ];
    for &(org, user, first, n, t, s, b) in users {
        for p in first..first + n {
            c.tx.execute(
                "INSERT INTO product_rights VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![org, user, p, t, s, b],
            )?;
        }
    }
    // (team, first product, how many, technical, statistics, billing)
    let teams: &[(i64, i64, i64, bool, bool, bool)] = &[
        (1, 1, 12, true, true, false),
        (2, 1, 52, false, false, true),
        (3, 53, 10, true, true, false),
    ];
    for &(team, first, n, t, s, b) in teams {
        for p in first..first + n {
            c.tx.execute(
                "INSERT INTO team_rights VALUES (?1, ?2, ?3, ?4, ?5)",
                params![team, p, t, s, b],
            )?;
        }
    }
    Ok(())
}

fn prepaid(c: &SeedCtx<'_>) -> StoreResult<()> {
    let top_up = |method| StoredText::TopUp {
        pending: false,
        method: Some(method),
    };
    let rows: &[(i64, u64, i64, &str, StoredText)] = &[
        (CHF_ORG, 120, 20_000, "CHF", top_up(PaymentMethodKind::Visa)),
        (
            CHF_ORG,
            75,
            -4_500,
            "CHF",
            StoredText::RenewalPaidFromBalance,
        ),
        (
            CHF_ORG,
            20,
            5_000,
            "CHF",
            top_up(PaymentMethodKind::IbanTransfer),
        ),
        (
            EUR_ORG,
            90,
            10_000,
            "EUR",
            top_up(PaymentMethodKind::Mastercard),
        ),
        (
            EUR_ORG,
            30,
            -1_250,
            "EUR",
            StoredText::RenewalPaidFromBalance,
        ),
    ];
    for (org, days_ago, amount, currency, text) in rows {
        c.tx.execute(
            "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor, currency,
                description, text_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                org,
                (c.today - Days::new(*days_ago)).to_string(),
                amount,
                currency,
                c.english.stored_text(text),
                text.to_code()
            ],
        )?;
    }
    Ok(())
}

fn support(c: &SeedCtx<'_>, now: DateTime<Utc>) -> StoreResult<()> {
    let ago = |h: i64| (now - Duration::hours(h)).to_rfc3339();
    let rows: &[GrantRow<'_>] = &[
        (
            CHF_ORG,
            "mail_address",
            "contact@atelier-lumiere.ch",
            "SUP-20431",
            ago(30),
            None,
        ),
        (
            CHF_ORG,
            "drive_folder",
            "Comptabilité/2026",
            "SUP-20388",
            ago(24 * 10),
            None,
        ),
        (
            CHF_ORG,
            "chat_discussion",
            "#web-studio",
            "SUP-20102",
            ago(24 * 5),
            Some(ago(24 * 4)),
        ),
        (
            EUR_ORG,
            "drive_folder",
            "Facturas/Q3",
            "SUP-20440",
            ago(6),
            None,
        ),
    ];
    for (org, kind, target, ticket, granted, revoked) in rows {
        // Given (and revoked) by a legal representative of the organization, as the engine
        // would, with the access log's lines for it.
        let by = if *org == CHF_ORG { SIGNED_IN_USER } else { 9 };
        c.tx.execute(
            "INSERT INTO support_grants(organization_id, kind, target, ticket_ref, granted_at,
                revoked_at, granted_by, revoked_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                org,
                kind,
                target,
                ticket,
                granted,
                revoked,
                by,
                revoked.as_ref().map(|_| by)
            ],
        )?;
        let id = c.tx.last_insert_rowid();
        let mut events = vec![("granted", granted.clone())];
        if let Some(r) = revoked {
            events.push(("revoked", r.clone()));
        }
        for (event, at) in events {
            c.tx.execute(
                "INSERT INTO support_access_log(at, event, grant_id, organization_id, kind,
                    target, ticket_ref, actor_id, actor_name)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, id, display_name FROM users WHERE id = ?8",
                params![at, event, id, org, kind, target, ticket, by],
            )?;
        }
    }
    Ok(())
}

/// KC-1/5/6: one order of the CHF organization, paid by card three days ago and blocked for
/// identity verification (suspected fraud) before it renewed anything: its invoice is paid,
/// the order still open, cancelled and refunded on day 10 without answer.
fn kc_blocked_order(c: &SeedCtx<'_>, now: DateTime<Utc>) -> StoreResult<()> {
    let created = c.today - Days::new(3);
    let (product, name, price, months, expires): (i64, String, i64, i64, String) = c.tx.query_row(
        "SELECT id, name, price_minor, period_months, expires_on FROM products
         WHERE organization_id = ?1 ORDER BY id DESC LIMIT 1",
        [CHF_ORG],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let vat = comptoir_core::billing::vat_minor(price, 810);
    c.tx.execute(
        "INSERT INTO orders(organization_id, idempotency_key, created_on, status, total_minor,
            currency, method_id) VALUES (?1, 'demo-kc-1', ?2, 'pending', ?3, 'CHF', 1)",
        params![CHF_ORG, created.to_string(), price + vat],
    )?;
    let order = c.tx.last_insert_rowid();
    c.tx.execute(
        "INSERT INTO order_lines(order_id, product_id, period_months, net_minor, vat_minor)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![order, product, months, price, vat],
    )?;
    let n: i64 = c.tx.query_row(
        "SELECT count(*) FROM invoices WHERE organization_id = ?1 AND kind = 'invoice'",
        [CHF_ORG],
        |r| r.get(0),
    )?;
    c.tx.execute(
        "INSERT INTO invoices(organization_id, kind, number, issued_on, due_on, total_minor,
            paid_minor, currency, order_id)
         VALUES (?1, 'invoice', ?2, ?3, ?4, ?5, ?5, 'CHF', ?6)",
        params![
            CHF_ORG,
            format!("INV-AL-{:05}", n + 1),
            created.to_string(),
            (created + Days::new(30)).to_string(),
            price + vat,
            order
        ],
    )?;
    let invoice = c.tx.last_insert_rowid();
    let text = StoredText::Renewal {
        product: name,
        months: months as u16,
    };
    let from: NaiveDate = expires.parse().unwrap_or(c.today);
    c.tx.execute(
        "INSERT INTO invoice_lines(invoice_id, product_id, description, period_from, period_to,
            quantity, unit_price_minor, vat_rate_bp, amount_minor, text_code)
         VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, 810, ?7, ?8)",
        params![
            invoice,
            product,
            c.english.stored_text(&text),
            from.to_string(),
            (from + Months::new(months as u32)).to_string(),
            price,
            price + vat,
            text.to_code()
        ],
    )?;
    c.tx.execute(
        "INSERT INTO kc_blocks(order_id, cause, blocked_at) VALUES (?1, 'suspected_fraud', ?2)",
        params![order, (now - Duration::days(3)).to_rfc3339()],
    )?;
    Ok(())
}

fn partner(c: &SeedCtx<'_>) -> StoreResult<()> {
    // PAR-1: the CHF organization is a registered company that supports and invoices its
    // clients and accepted the reseller conditions (its legal representative, a year ago).
    let accepted_by: Option<i64> =
        c.tx.query_row(
            "SELECT user_id FROM memberships WHERE organization_id = ?1
             AND role = 'legal_representative' ORDER BY user_id LIMIT 1",
            [CHF_ORG],
            |r| r.get(0),
        )
        .optional()?;
    c.tx.execute(
        "INSERT INTO partner_profiles VALUES (?1, 'CHE-109.322.551',
            'https://atelier-lumiere.ch', 1, 1, ?2, ?3)",
        params![
            CHF_ORG,
            accepted_by,
            format!("{}T08:30:00Z", c.today - Months::new(12))
        ],
    )?;
    // (name, e-mail, access, months ago, billed, benefit, rate, products: (name, months, price))
    type ClientRow<'a> = (
        &'a str,
        &'a str,
        &'a str,
        u32,
        &'a str,
        &'a str,
        i64,
        &'a [(&'a str, u32, i64)],
    );
    let rows: &[ClientRow<'_>] = &[
        (
            "Boulangerie Martin SA",
            "compta@boulangerie-martin.ch",
            "whole_account",
            30,
            "partner",
            "discount",
            2000,
            &[
                ("boulangerie-martin.ch", 12, 2_400),
                ("Hébergement Web boulangerie-martin.ch", 12, 11_900),
                ("Mail Service (5 adresses)", 12, 6_000),
                ("kDrive 1 To", 1, 1_000),
                ("Certificat SSL", 12, 4_900),
                ("Sauvegarde Swiss Backup", 12, 3_600),
            ],
        ),
        (
            "Cabinet dentaire Rey",
            "secretariat@dentiste-rey.ch",
            "specific_products",
            18,
            "client",
            "cashback",
            1500,
            &[
                ("dentiste-rey.ch", 12, 2_400),
                ("Hébergement Web dentiste-rey.ch", 12, 11_900),
                ("Mail Service (2 adresses)", 12, 3_000),
            ],
        ),
        (
            "Vins de Lavaux Sàrl",
            "info@vins-lavaux.ch",
            "whole_account",
            7,
            "partner",
            "cashback",
            3500,
            &[
                ("vins-lavaux.ch", 12, 2_400),
                ("vins-lavaux.swiss", 12, 4_500),
                ("Hébergement Web vins-lavaux.ch", 12, 11_900),
                ("Boutique en ligne", 1, 2_990),
                ("Mail Service (10 adresses)", 12, 12_000),
                ("kDrive 3 To", 12, 19_900),
                ("Certificat SSL EV", 12, 29_900),
                ("Swiss Backup 500 Go", 12, 7_200),
                ("Nom de domaine vinslavaux.ch", 24, 4_800),
            ],
        ),
    ];
    for (i, (name, email, access, months_ago, billed, benefit, rate, products)) in
        rows.iter().enumerate()
    {
        c.tx.execute(
            "INSERT INTO partner_clients(partner_organization_id, client_name, access,
                product_count, since, contact_email, billed, benefit, rate_bp, currency)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'CHF')",
            params![
                CHF_ORG,
                name,
                access,
                products.len(),
                (c.today - Months::new(*months_ago)).to_string(),
                email,
                billed,
                benefit,
                rate
            ],
        )?;
        let client = c.tx.last_insert_rowid();
        for (k, (product, months, price)) in products.iter().enumerate() {
            // With specific products the client granted the first two.
            let managed = *access == "whole_account" || k < 2;
            let renews = c.today + Duration::days(20 + 37 * (i as i64 + 1) * (k as i64 + 1) % 360);
            c.tx.execute(
                "INSERT INTO partner_client_products(client_id, name, period_months,
                    price_minor, currency, renews_on, managed)
                 VALUES (?1, ?2, ?3, ?4, 'CHF', ?5, ?6)",
                params![client, product, months, price, renews.to_string(), managed],
            )?;
        }
    }
    // A plain user of the partner manages the first client.
    c.tx.execute(
        "INSERT INTO partner_client_managers(client_id, organization_id, user_id)
         SELECT pc.id, m.organization_id, m.user_id FROM partner_clients pc
         JOIN memberships m ON m.organization_id = pc.partner_organization_id
         WHERE pc.client_name = 'Boulangerie Martin SA' AND m.role = 'user'
           AND m.status = 'active'
         ORDER BY m.user_id LIMIT 1",
        [],
    )?;
    Ok(())
}

impl crate::Store {
    /// Adds `n` more products to the demo organizations (deterministic, expiring from 30 days
    /// ago to 24 months ahead): the reseller-sized workspace the benchmark and the bulk tests use.
    pub fn seed_many_products(&mut self, n: usize) -> StoreResult<()> {
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let tx = self.conn_mut().transaction()?;
        let mut rng = Rng(0x5EED_0000 ^ n as u64);
        {
            let mut stmt = tx.prepare(
                "INSERT INTO products(organization_id, kind, name, customer_name, expires_on,
                    period_months, price_minor, currency, auto_renew, auto_renew_method_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, NULL)",
            )?;
            for i in 0..n {
                let eur = i % 3 == 2;
                let org = if eur { EUR_ORG } else { CHF_ORG };
                let kind = ProductKind::ALL[i % ProductKind::ALL.len()];
                let word = WORDS[(i * 7) % WORDS.len()];
                let (name, customer) = product_name(kind, word, 100 + i, eur);
                let months = kind.allowed_periods()[0];
                let expires = today + Duration::days(rng.range(-30, 730));
                stmt.execute(params![
                    org,
                    kind.as_str(),
                    name,
                    customer,
                    expires.to_string(),
                    months,
                    price_for(kind, months, eur),
                    if eur { "EUR" } else { "CHF" },
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// ID-1..4: every login's password date; the CHF organization's mailboxes with who reads them
/// in webmail and who may change their password; the signed-in user's service credentials. Only
/// "set on" dates: no password is ever stored.
fn identifiers(c: &SeedCtx<'_>) -> StoreResult<()> {
    let day = |days: u64| (c.today - Days::new(days)).to_string();
    for (i, p) in PEOPLE.iter().enumerate() {
        c.tx.execute(
            "INSERT INTO login_passwords(user_id, password_set_on) VALUES (?1, ?2)",
            params![p.id, day(40 + 23 * i as u64)],
        )?;
    }
    // (id, address, set on: days ago, [(user, webmail, may change password)])
    type MailboxRow<'a> = (i64, &'a str, u64, &'a [(i64, bool, bool)]);
    let mailboxes: &[MailboxRow<'_>] = &[
        // Spelled like Marc's login, read only by him, his to change: ID-3 offers unification.
        (1, "marc.dubois@atelier-lumiere.ch", 200, &[(2, true, true)]),
        // A shared address: another address than his login, and two webmail readers.
        (
            2,
            "contact@atelier-lumiere.ch",
            90,
            &[(2, true, true), (1, true, true), (5, true, false)],
        ),
        // Only Marc reads it in webmail, but another address, and the accountant's office sets
        // its password.
        (3, "factures@atelier-lumiere.ch", 310, &[(2, true, false)]),
        (
            4,
            "claire.rochat@atelier-lumiere.ch",
            150,
            &[(1, true, true)],
        ),
    ];
    for (id, address, ago, access) in mailboxes {
        c.tx.execute(
            "INSERT INTO mailboxes(id, organization_id, address, password_set_on)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, CHF_ORG, address, day(*ago)],
        )?;
        for (user, webmail, may_change) in access.iter() {
            c.tx.execute(
                "INSERT INTO mailbox_access(mailbox_id, user_id, webmail, may_change_password)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, user, webmail, may_change],
            )?;
        }
    }
    let credentials: &[(&str, &str, &str, u64)] = &[
        ("ftp", "atelierlum_ftp", "ftp.atelier-lumiere.ch", 420),
        ("mysql", "atelierlum_wp", "mysql.atelier-lumiere.ch", 380),
        ("ssh", "atelierlum", "ssh.atelier-lumiere.ch", 75),
        ("webdav", "marc.dubois", "webdav.atelier-lumiere.ch", 12),
    ];
    for (kind, user, host, ago) in credentials {
        c.tx.execute(
            "INSERT INTO service_credentials(user_id, kind, username, host, password_set_on)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![SIGNED_IN_USER, kind, user, host, day(*ago)],
        )?;
    }
    Ok(())
}
