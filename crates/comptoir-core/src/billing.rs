//! Payment methods, orders, invoices and the prepaid account (rules PAY-*, REN-2).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Reason, Result};
use crate::money::{Currency, Money};
use crate::rules::RuleId;

/// PAY-5: the ways to pay. Prepaid balance is not a stored method: it is the organization's
/// [`PrepaidAccount`], used first with the rest on one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethodKind {
    Visa,
    Mastercard,
    CbCard,
    PostfinanceCard,
    IbanTransfer,
    Paypal,
    Twint,
}

impl PaymentMethodKind {
    pub const ALL: &'static [PaymentMethodKind] = &[
        PaymentMethodKind::Visa,
        PaymentMethodKind::Mastercard,
        PaymentMethodKind::CbCard,
        PaymentMethodKind::PostfinanceCard,
        PaymentMethodKind::IbanTransfer,
        PaymentMethodKind::Paypal,
        PaymentMethodKind::Twint,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentMethodKind::Visa => "visa",
            PaymentMethodKind::Mastercard => "mastercard",
            PaymentMethodKind::CbCard => "cb_card",
            PaymentMethodKind::PostfinanceCard => "postfinance_card",
            PaymentMethodKind::IbanTransfer => "iban_transfer",
            PaymentMethodKind::Paypal => "paypal",
            PaymentMethodKind::Twint => "twint",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        PaymentMethodKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                Error::invalid_because(
                    "method",
                    Reason::UnknownChoice {
                        given: s.to_owned(),
                    },
                )
            })
    }

    /// REN-2: cards and a saved Twint profile can carry auto-renewal.
    pub fn allows_auto_renew(self) -> bool {
        matches!(
            self,
            PaymentMethodKind::Visa
                | PaymentMethodKind::Mastercard
                | PaymentMethodKind::CbCard
                | PaymentMethodKind::Twint
        )
    }

    /// PAY-5: PostFinance only when the currency is CHF.
    pub fn check_currency(self, currency: Currency) -> Result<()> {
        if self == PaymentMethodKind::PostfinanceCard && currency != Currency::CHF {
            return Err(Error::rule(
                RuleId::Pay5,
                format!("a PostFinance card can only pay in CHF, not {currency}"),
            )
            .reason("postfinance_chf_only")
            .with_param("currency", currency)
            .with_field("method"));
        }
        Ok(())
    }
}

/// A saved payment method. Cards keep only brand, last four digits and expiry: never a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaymentMethod {
    pub id: i64,
    pub organization_id: i64,
    pub kind: PaymentMethodKind,
    /// What the holder calls it ("Company Visa", "Twint Marta").
    pub label: String,
    pub last4: Option<String>,
    /// `MM/YYYY` for cards.
    pub expiry: Option<String>,
    pub is_default: bool,
    /// REN-2, derived from `kind`.
    pub allows_auto_renew: bool,
}

/// Checks the last four digits of a card: exactly four ASCII digits, nothing more is kept.
pub fn validate_last4(last4: &str) -> Result<String> {
    if last4.len() == 4 && last4.chars().all(|c| c.is_ascii_digit()) {
        Ok(last4.to_owned())
    } else {
        Err(Error::invalid_because(
            "last4",
            Reason::BadFormat {
                example: "4242".to_owned(),
            },
        )
        .with_message("give exactly the last four digits of the card"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    Invoice,
    /// PAY-3: issued before an IBAN transfer.
    ProForma,
    /// Corrects an invoice (cancellations, refunds).
    CreditNote,
}

impl InvoiceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceKind::Invoice => "invoice",
            InvoiceKind::ProForma => "pro_forma",
            InvoiceKind::CreditNote => "credit_note",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "invoice" => Ok(InvoiceKind::Invoice),
            "pro_forma" => Ok(InvoiceKind::ProForma),
            "credit_note" => Ok(InvoiceKind::CreditNote),
            other => Err(Error::invalid(
                "kind",
                format!("unknown document kind '{other}'"),
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Paid,
    Unpaid,
    /// Unpaid past its due date (PAY-1).
    Overdue,
    /// A pro-forma whose order was cancelled (PAY-4): void, nothing is to be paid.
    Cancelled,
}

impl InvoiceStatus {
    pub fn evaluate(total: Money, paid: Money, due_on: NaiveDate, today: NaiveDate) -> Self {
        if paid.amount >= total.amount {
            InvoiceStatus::Paid
        } else if today > due_on {
            InvoiceStatus::Overdue
        } else {
            InvoiceStatus::Unpaid
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Invoice {
    pub id: i64,
    pub organization_id: i64,
    pub kind: InvoiceKind,
    /// One series per kind and organization, e.g. `INV-CHF-2026-0007`.
    pub number: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub total: Money,
    pub paid: Money,
    pub status: InvoiceStatus,
    pub order_id: Option<i64>,
    pub corrects_invoice_id: Option<i64>,
    pub line_count: u32,
}

/// One line of a document, as shown in the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InvoiceLine {
    pub description: String,
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    pub quantity: u32,
    pub unit_price: Money,
    pub vat_rate_bp: i64,
    /// Net amount of the line.
    pub amount: Money,
    /// The product the line is for, when it still exists (credit notes are chosen by product).
    pub product_id: Option<i64>,
    /// On an invoice: the credit note that already credited this line.
    pub credited_by: Option<String>,
}

/// What an export does with a file of the same name already in the folder (PAY-7): the user is
/// asked first; there is no silent default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExistingFiles {
    /// Overwrite them.
    Replace,
    /// Write beside them as "name (2).pdf", "name (3).pdf"...
    KeepBoth,
}

/// The result of exporting documents to a folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportReport {
    pub folder: String,
    pub written: u32,
    pub total: u32,
    /// True when the user stopped it: the files written so far stay.
    pub cancelled: bool,
    /// The documents that could not be made or written, each with why; the others are written.
    pub failed: Vec<ExportFailure>,
}

/// A document an export could not make or write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportFailure {
    pub invoice_id: i64,
    pub number: String,
    pub reason: Error,
}

/// The seller printed on documents: a workspace setting. The demo has a fictitious provider; a
/// partner invoicing its own clients sets its own company here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Seller {
    pub name: String,
    pub address: crate::org::Address,
    pub vat_number: Option<String>,
    /// The IBAN offered for ordinary transfers, printed in the invoice body (a Swiss one also
    /// enables the QR-bill, with a creditor reference). Never a QR-IBAN.
    pub iban: Option<String>,
    /// The QR-IBAN (institution id 30000–31999): only in the QR-bill, with a QR reference.
    #[serde(default)]
    pub qr_iban: Option<String>,
}

/// A QR-IBAN has an institution id (positions 5–9) from 30000 to 31999; banks accept it only
/// with a QR reference, never for a plain transfer.
pub fn is_qr_iban(iban: &str) -> bool {
    let iban: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    (iban.starts_with("CH") || iban.starts_with("LI"))
        && iban
            .get(4..9)
            .and_then(|s| s.parse::<u32>().ok())
            .is_some_and(|iid| (30000..=31999).contains(&iid))
}

/// IBAN check (ISO 13616, mod 97) on the compact form.
pub fn iban_is_valid(iban: &str) -> bool {
    let iban: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    if iban.len() < 15 || iban.len() > 34 || !iban.is_ascii() {
        return false;
    }
    let rearranged = format!("{}{}", &iban[4..], &iban[..4]);
    let mut rem: u32 = 0;
    for c in rearranged.chars() {
        let Some(v) = c.to_digit(36) else {
            return false;
        };
        if c.is_ascii_lowercase() {
            return false;
        }
        for d in v.to_string().chars() {
            rem = (rem * 10 + d.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    rem == 1
}

impl Seller {
    /// Field by field, as the QR-bill's structured address needs them (the seller is its
    /// creditor); see [`crate::text`] for the limits.
    pub fn validate(&self) -> Result<()> {
        use crate::text::{check_address, check_optional_text, check_text, check_vat_number};
        check_text("name", &self.name, crate::text::QR_NAME_MAX)?;
        check_address(&self.address)?;
        check_vat_number(self.vat_number.as_deref())?;
        // The seller is every QR-bill's creditor: a name or address a bill cannot carry is
        // refused here, not discovered when an invoice is printed.
        qr_contact("seller", &self.name, &self.address).map_err(|mut e| {
            e.field = e.field.map(|f| f.trim_start_matches("seller.").to_owned());
            e
        })?;
        if let Some(iban) =
            check_optional_text("iban", self.iban.as_deref(), crate::text::IBAN_MAX)?
        {
            if !iban_is_valid(iban) {
                return Err(Error::invalid_because(
                    "iban",
                    Reason::BadFormat {
                        example: "CH93 0076 2011 6238 5295 7".to_owned(),
                    },
                )
                .with_message(format!("'{iban}' is not a valid IBAN")));
            }
            if is_qr_iban(iban) {
                return Err(Error::invalid(
                    "iban",
                    format!(
                        "'{iban}' is a QR-IBAN, which banks refuse for ordinary transfers; \
                         enter it as the QR-IBAN and give the account's IBAN here"
                    ),
                )
                .reason("iban_is_qr_iban"));
            }
        }
        if let Some(qr) =
            check_optional_text("qr_iban", self.qr_iban.as_deref(), crate::text::IBAN_MAX)?
        {
            if !iban_is_valid(qr) || !is_qr_iban(qr) {
                return Err(Error::invalid(
                    "qr_iban",
                    format!(
                        "'{qr}' is not a QR-IBAN (a Swiss or Liechtenstein IBAN whose bank \
                         number is 30000 to 31999)"
                    ),
                )
                .reason("not_a_qr_iban"));
            }
        }
        Ok(())
    }
}

/// ISO 3166-1 alpha-2 codes (with XK, which banks and PyPI `qrbill` accept for Kosovo).
const ISO_COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ \
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK \
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW \
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB \
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC \
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC \
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ \
UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Whether `code` is an ISO 3166-1 alpha-2 country code (upper case).
pub fn is_iso_country(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && ISO_COUNTRIES.split_ascii_whitespace().any(|c| c == code)
}

/// The QR-bill's character set (SIX IG 2.3, valid from November 2025): U+0020–U+007E,
/// U+00A0–U+017F, Ș ș Ț ț and €.
pub fn qr_char_allowed(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{17F}' | '\u{218}'..='\u{21B}' | '€')
}

/// A safe equivalent inside the set for common characters outside it (typographic dashes,
/// quotes, spaces, the ellipsis); `None` when there is none.
fn qr_equivalent(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{2039}' => "<",
        '\u{203A}' => ">",
        '\u{2026}' => "...",
        '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => " ",
        _ => return None,
    })
}

/// A text as it goes into a QR-bill: characters outside the set replaced by their safe
/// equivalent; a line break (it would shift every later element) or a character without one is
/// refused, naming `field` and the character.
pub fn qr_text(field: &str, value: &str) -> Result<String> {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            return Err(Error::invalid(
                field,
                format!("{field} has a line break; a QR-bill field is one line"),
            )
            .with_param("qr_problem", "line_break"));
        }
        if qr_char_allowed(c) {
            out.push(c);
        } else if let Some(eq) = qr_equivalent(c) {
            out.push_str(eq);
        } else {
            return Err(Error::invalid(
                field,
                format!(
                    "{field} contains '{c}' (U+{:04X}), which a Swiss QR-bill cannot carry; \
                     replace it with a Latin letter",
                    u32::from(c)
                ),
            )
            .with_param("qr_problem", "character")
            .with_param("character", c));
        }
    }
    Ok(out)
}

/// A party as a QR-bill's creditor or debtor (`role` prefixes each field: `buyer.street`):
/// the structured address's limits (name and street 70, building number and postal code 16,
/// town 35), the character set and an ISO country code. Returns the party's texts cleaned for
/// the payload: `[name, street, building_number, postal_code, town, country]`.
pub fn qr_contact(role: &str, name: &str, a: &crate::org::Address) -> Result<[String; 6]> {
    let field = |f: &str| format!("{role}.{f}");
    // The message names the field as people read it ("the buyer's street"), `field` as code does.
    let human = |f: &str| format!("the {role}'s {}", f.replace('_', " "));
    // The UI says which party's field to correct, and how, in the reader's language: the
    // problem and its facts travel as parameters.
    let facts = |e: Error, f: &str| e.with_param("qr_party", role).with_param("qr_part", f);
    let text = |f: &str, v: &str, max: usize, required: bool| -> Result<String> {
        let v = qr_text(&human(f), v.trim()).map_err(|e| facts(e.with_field(&field(f)), f))?;
        let n = v.chars().count();
        if required && n == 0 {
            return Err(facts(
                Error::invalid(
                    &field(f),
                    format!("{} is required for the QR-bill", human(f)),
                )
                .with_param("qr_problem", "required"),
                f,
            ));
        }
        if n > max {
            return Err(facts(
                Error::invalid(
                    &field(f),
                    format!(
                        "{} is at most {max} characters on a QR-bill ({n} given)",
                        human(f)
                    ),
                )
                .with_param("qr_problem", "too_long")
                .with_param("max", max)
                .with_param("given", n),
                f,
            ));
        }
        Ok(v)
    };
    let out = [
        text("name", name, crate::text::QR_NAME_MAX, true)?,
        text("street", &a.street, crate::text::STREET_MAX, false)?,
        text(
            "building_number",
            &a.building_number,
            crate::text::BUILDING_NUMBER_MAX,
            false,
        )?,
        text(
            "postal_code",
            &a.postal_code,
            crate::text::POSTAL_CODE_MAX,
            true,
        )?,
        text("town", &a.town, crate::text::TOWN_MAX, true)?,
        a.country.trim().to_owned(),
    ];
    if !is_iso_country(&out[5]) {
        return Err(facts(
            Error::invalid(
                &field("country"),
                format!(
                    "{} '{}' is not an ISO 3166-1 country code (e.g. CH)",
                    human("country"),
                    a.country
                ),
            )
            .with_param("qr_problem", "country")
            .with_param("given", a.country.trim()),
            "country",
        ));
    }
    Ok(out)
}

/// A document with its lines, the invoice it corrects, and its vault fingerprint once rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InvoiceDetail {
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
    pub corrects: Option<String>,
    pub sha256: Option<String>,
    /// The credit notes already issued against this invoice.
    pub credit_notes: Vec<DocumentRef>,
    /// What a further credit note may still credit (zero: nothing is left to credit).
    pub creditable: Money,
}

/// Another document named from this one (a credit note of an invoice, the invoice of an order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DocumentRef {
    pub id: i64,
    pub number: String,
    pub total: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Waiting for payment (PAY-4), e.g. an IBAN transfer after its pro-forma.
    Pending,
    Paid,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Order {
    pub id: i64,
    pub organization_id: i64,
    /// A double click, a retry or a crash never charges twice: one key, one order.
    pub idempotency_key: String,
    pub created_on: NaiveDate,
    pub status: OrderStatus,
    pub total: Money,
    /// The order's latest document (pro-forma or invoice), e.g. to offer "Pay invoice INV-…".
    pub document_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrepaidMovement {
    pub id: i64,
    pub on: NaiveDate,
    /// Positive for a top-up, negative for a payment.
    pub amount: Money,
    pub description: String,
    /// A top-up by IBAN transfer waits for the money; it is not in the balance yet.
    pub pending: bool,
}

/// A payment method to save (PAY-5). Cards keep brand, last four digits and expiry only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewPaymentMethod {
    pub kind: PaymentMethodKind,
    pub label: String,
    pub last4: Option<String>,
    /// `MM/YYYY`, for cards.
    pub expiry: Option<String>,
}

/// VAT rate in basis points for a buyer's country (Swiss 8.1 %, the EU rates of the demo).
pub fn vat_rate_bp(country: &str) -> i64 {
    match country {
        "CH" | "LI" => 810,
        "ES" => 2100,
        "FR" => 2000,
        "DE" => 1900,
        "IT" => 2200,
        _ => 0,
    }
}

/// VAT on a net amount in minor units, rounded half away from zero to the centime.
pub fn vat_minor(net_minor: i64, rate_bp: i64) -> i64 {
    let x = net_minor * rate_bp;
    let q = x / 10_000;
    let r = x % 10_000;
    if r.abs() * 2 >= 10_000 {
        q + x.signum()
    } else {
        q
    }
}

/// Checks a card expiry `MM/YYYY` and that the card has not expired by `today`.
pub fn validate_card_expiry(expiry: &str, today: NaiveDate) -> Result<String> {
    let bad = || {
        Error::invalid_because(
            "expiry",
            Reason::BadFormat {
                example: "08/2028".to_owned(),
            },
        )
        .with_message(format!("'{expiry}' is not a MM/YYYY expiry"))
    };
    let (m, y) = expiry.trim().split_once('/').ok_or_else(bad)?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    let y: i32 = y.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&m) || !(2000..=2100).contains(&y) {
        return Err(bad());
    }
    use chrono::Datelike;
    if (y, m) < (today.year(), today.month()) {
        return Err(Error::invalid("expiry", "this card has expired").reason("card_expired"));
    }
    Ok(format!("{m:02}/{y}"))
}

/// The last day a card with a `MM/YYYY` expiry can pay (the last day of that month).
pub fn card_last_day(expiry: &str) -> Option<NaiveDate> {
    let (m, y) = expiry.trim().split_once('/')?;
    let (m, y): (u32, i32) = (m.trim().parse().ok()?, y.trim().parse().ok()?);
    let first_next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    first_next.pred_opt()
}

/// Refuses (field `method`) a card that can no longer pay on `day`: a saved card past its
/// expiry is never charged, nor chosen for a charge after it expires.
pub fn check_card_on(expiry: Option<&str>, day: NaiveDate) -> Result<()> {
    match expiry.and_then(|e| card_last_day(e).map(|last| (e, last))) {
        Some((e, last)) if last < day => Err(Error::invalid(
            "method",
            format!("this card expired at the end of {e}: it cannot pay on {day}; choose or add another"),
        )
        .reason("card_expires_before")
        .with_param("expiry", e)
        .with_param("day", day)),
        _ => Ok(()),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrepaidAccount {
    pub organization_id: i64,
    pub balance: Money,
    pub movements: Vec<PrepaidMovement>,
}

/// PAY-6: one deposit is between 0.10 and 9999.00, inclusive, in EUR or CHF, with at most two
/// decimals. `amount` is what the person typed in `locale` (see [`crate::amount`]); the limits
/// are checked on that exact value, never on a rounded one.
pub fn validate_top_up(amount: &str, locale: &str, currency: Currency) -> Result<Money> {
    let limits = (Decimal::new(10, 2), Decimal::new(999_900, 2));
    crate::amount::parse_money_within(amount, locale, "amount", currency, limits, RuleId::Pay6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ren2_auto_renew_methods() {
        assert!(PaymentMethodKind::Visa.allows_auto_renew());
        assert!(PaymentMethodKind::Twint.allows_auto_renew());
        assert!(!PaymentMethodKind::IbanTransfer.allows_auto_renew());
        assert!(!PaymentMethodKind::Paypal.allows_auto_renew());
    }

    #[test]
    fn pay5_postfinance_is_chf_only() {
        let err = PaymentMethodKind::PostfinanceCard
            .check_currency(Currency::EUR)
            .unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Pay5));
        assert!(PaymentMethodKind::PostfinanceCard
            .check_currency(Currency::CHF)
            .is_ok());
    }

    #[test]
    fn pay6_top_up_edges() {
        for (ok, locale, value) in [
            ("0.10", "en", "0.10"),
            ("0,10", "es", "0.10"),
            ("9999.00", "en", "9999"),
            ("9999", "de-CH", "9999"),
            ("9’999.00", "fr-CH", "9999"),
            ("9.999,00", "es-ES", "9999"),
            ("9 999,00 CHF", "fr", "9999"),
        ] {
            let m = validate_top_up(ok, locale, Currency::CHF).unwrap();
            assert_eq!(m.amount, value.parse::<Decimal>().unwrap(), "{ok}");
        }
        for bad in ["0.09", "0.099", "9999.001", "9999.01", "-5", "0"] {
            let e = validate_top_up(bad, "en", Currency::CHF).unwrap_err();
            assert_eq!(e.rule, Some(RuleId::Pay6), "{bad}");
            assert_eq!(e.field.as_deref(), Some("amount"), "{bad}");
        }
        for bad in ["1,005", "abc", "", "1,000", "1e3", "EUR 10"] {
            let e = validate_top_up(bad, "es", Currency::CHF).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("amount"), "{bad}");
            assert_eq!(e.rule, None, "{bad}");
        }
    }

    /// Old code read `1e3` as 1000 and rounded long inputs to 28 digits before checking them.
    #[test]
    fn pay6_top_up_never_rounds_nor_reads_exponents() {
        for bad in [
            "1e3",
            "9999.0000000000000000000000000001",
            "0.0999999999999999999999999999999",
        ] {
            assert!(validate_top_up(bad, "en", Currency::CHF).is_err(), "{bad}");
        }
    }

    #[test]
    fn vat_rounds_half_away_from_zero() {
        assert_eq!(vat_minor(1_000, 810), 81);
        assert_eq!(vat_minor(1_006, 810), 81); // 81.486
        assert_eq!(vat_minor(1_050, 2100), 221); // 220.5 -> 221
        assert_eq!(vat_minor(-1_050, 2100), -221);
        assert_eq!(vat_rate_bp("CH"), 810);
    }

    #[test]
    fn card_expiry() {
        let today: NaiveDate = "2026-11-27".parse().unwrap();
        assert_eq!(validate_card_expiry("1/2027", today).unwrap(), "01/2027");
        assert!(validate_card_expiry("11/2026", today).is_ok());
        assert_eq!(
            validate_card_expiry("10/2026", today)
                .unwrap_err()
                .field
                .as_deref(),
            Some("expiry")
        );
        assert!(validate_card_expiry("13/2027", today).is_err());
        assert!(validate_card_expiry("soon", today).is_err());
    }

    #[test]
    fn iban_and_seller_checks() {
        assert!(iban_is_valid("CH44 3199 9123 0008 8901 2"));
        assert!(iban_is_valid("ES91 2100 0418 4502 0005 1332"));
        assert!(!iban_is_valid("CH44 3199 9123 0008 8901 3"));
        let mut s = Seller {
            name: "Me".into(),
            address: crate::org::Address {
                street: "Rue".into(),
                building_number: "1".into(),
                postal_code: "1000".into(),
                town: "Lausanne".into(),
                country: "CH".into(),
            },
            vat_number: None,
            iban: Some("CH93 0076 2011 6238 5295 7".into()),
            qr_iban: Some("CH44 3199 9123 0008 8901 2".into()),
        };
        assert!(s.validate().is_ok());
        s.iban = Some("CH44 3199 9123 0008 8901 2".into());
        let e = s.validate().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("iban"));
        assert!(e.message.contains("QR-IBAN"), "{}", e.message);
        s.iban = Some("CH93 0076 2011 6238 5295 7".into());
        s.qr_iban = Some("CH93 0076 2011 6238 5295 7".into());
        assert_eq!(s.validate().unwrap_err().field.as_deref(), Some("qr_iban"));
        s.qr_iban = None;
        s.iban = Some("CH00 1234".into());
        assert_eq!(s.validate().unwrap_err().field.as_deref(), Some("iban"));
        s.iban = None;
        s.address.country = "Suisse".into();
        assert_eq!(s.validate().unwrap_err().field.as_deref(), Some("country"));
        s.address.country = "ZZ".into();
        assert_eq!(s.validate().unwrap_err().field.as_deref(), Some("country"));
        s.address.country = "CH".into();
        s.name = "Me 日本".into();
        assert_eq!(s.validate().unwrap_err().field.as_deref(), Some("name"));
    }

    #[test]
    fn qr_bill_text_is_cleaned_or_refused_naming_the_field() {
        assert_eq!(
            qr_text("f", "Müller — «Café» ‘x’ Ș€").unwrap(),
            "Müller - «Café» 'x' Ș€"
        );
        for bad in ["a\nb", "a\r\nb", "a\u{2028}b"] {
            let e = qr_text("buyer.street", bad).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("buyer.street"), "{bad:?}");
            assert!(e.message.contains("line break"), "{}", e.message);
        }
        let e = qr_text("buyer.name", "東京 GmbH").unwrap_err();
        assert!(e.message.contains("U+6771"), "{}", e.message);
        let addr = |country: &str, street: &str| crate::org::Address {
            street: street.into(),
            building_number: "1".into(),
            postal_code: "8000".into(),
            town: "Zürich".into(),
            country: country.into(),
        };
        assert!(qr_contact("buyer", "A", &addr("CH", "Bahnhofstrasse")).is_ok());
        let e = qr_contact("buyer", "A", &addr("ZZ", "x")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("buyer.country"));
        let e = qr_contact("buyer", "A", &addr("CH", &"s".repeat(71))).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("buyer.street"));
        assert!(e.message.contains("at most 70"), "{}", e.message);
        assert!(is_iso_country("LI") && is_iso_country("XK") && !is_iso_country("ch"));
    }

    #[test]
    fn last4_only() {
        assert_eq!(validate_last4("4242").unwrap(), "4242");
        assert!(validate_last4("4242424242424242").is_err());
        assert!(validate_last4("42a2").is_err());
    }
}
