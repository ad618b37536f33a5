//! The partner program (PAR-1..4): eligibility condition by condition, partner and affiliate
//! exclusive, clients and what they let the partner manage, billing between partner and client.
//!
//! Decisions (where the rules are silent):
//! - "Managed products" (PAR-1) are the organization's own products plus the client products it
//!   manages under an active relationship; each is annualized as price × 12 / period months,
//!   summed per currency exactly (Decimal) and rounded to the centime once, at the end.
//! - A client's products are the client's (table `partner_client_products`, owned by the client
//!   row): a grant of "specific products" marks which of them the partner manages, "whole
//!   account" covers them all and billing. Ending the relationship removes every grant and the
//!   managers; the products and the statements issued stay with the client.
//! - The partner resells at the provider's list price. Its benefit (PAR-4, 0–35 %) is a discount
//!   (it pays list − rate when it is billed) or a cashback (it pays list and gets rate back);
//!   when the client is billed directly the benefit is credited to the partner. Either way the
//!   margin per renewal is list × rate, rounded to the centime.
//! - Partner settings and clients are changed by the partner organization's legal
//!   representatives and administrators (as ORG-3/6 give them every right); a plain user sees and
//!   works on (statements, exports) only the clients assigned to them.

use chrono::{DateTime, Months, NaiveDate, Utc};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Reason, Result};
use crate::money::{Currency, Money};
use crate::org::Role;
use crate::rules::RuleId;

/// PAR-2: nobody is partner and affiliate at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartnerStatus {
    None,
    Partner,
    Affiliate,
}

impl PartnerStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PartnerStatus::None => "none",
            PartnerStatus::Partner => "partner",
            PartnerStatus::Affiliate => "affiliate",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "none" => Ok(PartnerStatus::None),
            "partner" => Ok(PartnerStatus::Partner),
            "affiliate" => Ok(PartnerStatus::Affiliate),
            other => Err(unknown("status", other)),
        }
    }
}

fn unknown(field: &str, given: &str) -> Error {
    Error::invalid_because(
        field,
        Reason::UnknownChoice {
            given: given.to_owned(),
        },
    )
}

/// PAR-3: what a client lets its partner manage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClientAccess {
    /// The whole account, billing included.
    WholeAccount,
    SpecificProducts,
}

impl ClientAccess {
    pub fn as_str(self) -> &'static str {
        match self {
            ClientAccess::WholeAccount => "whole_account",
            ClientAccess::SpecificProducts => "specific_products",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "whole_account" => Ok(ClientAccess::WholeAccount),
            "specific_products" => Ok(ClientAccess::SpecificProducts),
            other => Err(unknown("access", other)),
        }
    }
}

/// PAR-3: who receives the provider's invoices for a client's products.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BilledParty {
    Partner,
    Client,
}

impl BilledParty {
    pub fn as_str(self) -> &'static str {
        match self {
            BilledParty::Partner => "partner",
            BilledParty::Client => "client",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "partner" => Ok(BilledParty::Partner),
            "client" => Ok(BilledParty::Client),
            other => Err(unknown("billed", other)),
        }
    }
}

/// PAR-4: the partner's price, as a recurring discount or a cashback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    Discount,
    Cashback,
}

impl Benefit {
    pub fn as_str(self) -> &'static str {
        match self {
            Benefit::Discount => "discount",
            Benefit::Cashback => "cashback",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "discount" => Ok(Benefit::Discount),
            "cashback" => Ok(Benefit::Cashback),
            other => Err(unknown("benefit", other)),
        }
    }
}

/// PAR-4: the highest benefit rate, in basis points (35 %).
pub const MAX_RATE_BP: u32 = 3500;

/// A client of a partner (PAR-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerClient {
    pub id: i64,
    pub partner_organization_id: i64,
    pub client_name: String,
    pub contact_email: Option<String>,
    pub access: ClientAccess,
    /// The client's products known to the workspace.
    pub product_count: u32,
    /// Of those, the ones the partner manages (all of them with the whole account).
    pub managed_count: u32,
    pub since: NaiveDate,
    /// The relationship ended that day: no access any more, products and statements stay.
    pub ended_on: Option<NaiveDate>,
    pub billed: BilledParty,
    pub benefit: Benefit,
    /// PAR-4: 0..=3500 basis points.
    pub rate_bp: u32,
    pub currency: Currency,
    /// The partner's users who may manage this client (besides its admins).
    pub manager_ids: Vec<i64>,
}

/// A product of a client, and whether the partner manages it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ClientProduct {
    pub id: i64,
    pub client_id: i64,
    pub name: String,
    pub period_months: u32,
    pub price: Money,
    pub renews_on: NaiveDate,
    pub managed: bool,
}

/// What the partner's organization records for PAR-1 besides its products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerProfile {
    /// Commercial register number (CHE-…, SIRET or equivalent).
    pub register_number: Option<String>,
    pub website: Option<String>,
    pub supports_clients: bool,
    pub invoices_clients: bool,
    /// Who accepted the reseller conditions, and when.
    pub conditions_accepted_by: Option<String>,
    pub conditions_accepted_at: Option<DateTime<Utc>>,
}

/// PAR-1 condition by condition, each with the facts behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Eligibility {
    /// Yearly value of managed products, per currency.
    pub volume_chf: Money,
    pub volume_eur: Money,
    pub threshold_chf: Money,
    pub threshold_eur: Money,
    pub volume_met: bool,
    pub register_number: Option<String>,
    pub website: Option<String>,
    pub company_met: bool,
    pub supports_clients: bool,
    pub invoices_clients: bool,
    pub service_met: bool,
    pub conditions_accepted_by: Option<String>,
    pub conditions_accepted_at: Option<DateTime<Utc>>,
    pub conditions_met: bool,
    pub eligible: bool,
}

impl Eligibility {
    /// `sums`: (currency, period in months, summed price in minor units) of managed products.
    pub fn evaluate(sums: &[(Currency, u32, i64)], profile: &PartnerProfile) -> Eligibility {
        let volume_chf = yearly_volume(sums, Currency::CHF);
        let volume_eur = yearly_volume(sums, Currency::EUR);
        let threshold_chf = partner_volume_threshold(Currency::CHF);
        let threshold_eur = partner_volume_threshold(Currency::EUR);
        let volume_met =
            volume_chf.amount >= threshold_chf.amount || volume_eur.amount >= threshold_eur.amount;
        let company_met = profile.register_number.is_some() && profile.website.is_some();
        let service_met = profile.supports_clients && profile.invoices_clients;
        let conditions_met = profile.conditions_accepted_at.is_some();
        Eligibility {
            volume_chf,
            volume_eur,
            threshold_chf,
            threshold_eur,
            volume_met,
            register_number: profile.register_number.clone(),
            website: profile.website.clone(),
            company_met,
            supports_clients: profile.supports_clients,
            invoices_clients: profile.invoices_clients,
            service_met,
            conditions_accepted_by: profile.conditions_accepted_by.clone(),
            conditions_accepted_at: profile.conditions_accepted_at,
            conditions_met,
            eligible: volume_met && company_met && service_met && conditions_met,
        }
    }

    /// The codes of the conditions not met (`volume`, `company`, `service`, `conditions`).
    pub fn unmet(&self) -> Vec<&'static str> {
        [
            (self.volume_met, "volume"),
            (self.company_met, "company"),
            (self.service_met, "service"),
            (self.conditions_met, "conditions"),
        ]
        .into_iter()
        .filter(|(met, _)| !met)
        .map(|(_, code)| code)
        .collect()
    }
}

/// PAR-1: the yearly value of products summed by period: Σ sum × 12 / period, exact, rounded to
/// the centime at the end.
pub fn yearly_volume(sums: &[(Currency, u32, i64)], currency: Currency) -> Money {
    let total: Decimal = sums
        .iter()
        .filter(|(c, months, _)| *c == currency && *months > 0)
        .map(|(_, months, minor)| {
            Decimal::new(*minor, 2) * Decimal::from(12) / Decimal::from(*months)
        })
        .sum();
    Money::new(
        total.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
        currency,
    )
}

/// PAR-1: the yearly volume of managed products a partner needs, per currency.
pub fn partner_volume_threshold(currency: Currency) -> Money {
    match currency {
        Currency::CHF => Money::from_minor(200_000, Currency::CHF),
        Currency::EUR => Money::from_minor(180_000, Currency::EUR),
    }
}

/// PAR-1 and PAR-2: an organization becomes a partner when it is eligible and not an affiliate.
pub fn check_become_partner(status: PartnerStatus, eligibility: &Eligibility) -> Result<()> {
    if status == PartnerStatus::Affiliate {
        return Err(Error::rule(
            RuleId::Par2,
            "An affiliate cannot become a partner: nobody is partner and affiliate at once.",
        )
        .reason("partner_is_affiliate"));
    }
    if !eligibility.eligible {
        let unmet = eligibility.unmet().join(",");
        return Err(Error::rule(
            RuleId::Par1,
            format!("The organization is not eligible for the partner program (unmet: {unmet})."),
        )
        .reason("partner_not_eligible")
        .with_param("unmet", unmet));
    }
    Ok(())
}

/// PAR-2: a partner does not join the affiliate program.
pub fn check_become_affiliate(status: PartnerStatus) -> Result<()> {
    if status == PartnerStatus::Partner {
        return Err(Error::rule(
            RuleId::Par2,
            "A partner cannot become an affiliate: nobody is partner and affiliate at once.",
        )
        .reason("affiliate_is_partner"));
    }
    Ok(())
}

/// PAR-3 features need the partner status.
pub fn check_is_partner(status: PartnerStatus) -> Result<()> {
    if status != PartnerStatus::Partner {
        return Err(
            Error::rule(RuleId::Par3, "Only a partner organization manages clients.")
                .reason("not_a_partner"),
        );
    }
    Ok(())
}

/// Partner settings and clients are changed by legal representatives and administrators.
pub fn check_partner_admin(actor: Role) -> Result<()> {
    if actor.has_enough_rights() {
        Ok(())
    } else {
        Err(Error::rule(
            RuleId::Par3,
            "Only a legal representative or an administrator may change partner settings and clients.",
        )
        .reason("partner_admin_only"))
    }
}

/// A plain user of the partner works only on the clients assigned to them.
pub fn check_client_manager(actor: Role, assigned: bool) -> Result<()> {
    if actor.has_enough_rights() || assigned {
        Ok(())
    } else {
        Err(Error::rule(
            RuleId::Par3,
            "This client is not assigned to you: ask an administrator of the partner.",
        )
        .reason("partner_client_not_assigned"))
    }
}

/// PAR-3: an ended relationship gives no access any more.
pub fn check_active(client: &PartnerClient) -> Result<()> {
    match client.ended_on {
        None => Ok(()),
        Some(day) => Err(Error::rule(
            RuleId::Par3,
            format!(
                "The relationship with {} ended on {day}.",
                client.client_name
            ),
        )
        .reason("partner_client_ended")
        .with_param("date", day)),
    }
}

/// PAR-4: a rate typed as a percentage ("12.5", "35"), into basis points; above 35 % refused by
/// the rule, malformed input by the field.
pub fn parse_rate(input: &str, locale: &str) -> Result<u32> {
    let value = crate::amount::parse_amount(input, locale, "rate")?;
    if value > Decimal::from(MAX_RATE_BP / 100) {
        return Err(Error {
            rule: Some(RuleId::Par4),
            code: crate::ErrorCode::RuleViolation,
            ..Error::invalid_because(
                "rate",
                Reason::OutOfRange {
                    min: "0".into(),
                    max: "35".into(),
                    given: value.to_string(),
                },
            )
            .with_message(format!(
                "a partner's discount or cashback is at most 35 %; {value} % is not"
            ))
        });
    }
    // At most two decimals (parse_amount refuses more), so the basis points are whole.
    use rust_decimal::prelude::ToPrimitive;
    Ok((value * Decimal::ONE_HUNDRED)
        .to_u32()
        .unwrap_or(MAX_RATE_BP))
}

/// A name for a client: required, one line.
pub fn validate_client_name(name: &str) -> Result<String> {
    Ok(crate::text::check_text("name", name, crate::text::QR_NAME_MAX)?.to_owned())
}

/// A website: `https://` or `http://` then a dotted host.
pub fn validate_website(url: Option<&str>) -> Result<Option<String>> {
    let Some(url) = crate::text::check_optional_text("website", url, 200)? else {
        return Ok(None);
    };
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or("");
    let host = host.split('/').next().unwrap_or("");
    if !host.contains('.') || host.starts_with('.') || host.ends_with('.') || host.contains(' ') {
        return Err(Error::invalid_because(
            "website",
            Reason::BadFormat {
                example: "https://example.ch".into(),
            },
        ));
    }
    Ok(Some(url.to_owned()))
}

/// One renewal of a managed product in a statement's period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatementLine {
    pub product_id: i64,
    pub product: String,
    pub renews_on: NaiveDate,
    pub period_months: u32,
    /// The provider's list price: what the client pays.
    pub list_price: Money,
    /// What the partner pays the provider (zero when the client is billed).
    pub partner_pays: Money,
    /// List × rate: the discount kept or the cashback received.
    pub margin: Money,
}

/// A client's billing data for a period (PAR-3, PAR-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Statement {
    pub client_id: i64,
    pub client_name: String,
    pub partner_name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub billed: BilledParty,
    pub benefit: Benefit,
    pub rate_bp: u32,
    pub currency: Currency,
    pub lines: Vec<StatementLine>,
    pub total_list: Money,
    pub total_partner_pays: Money,
    pub total_margin: Money,
}

/// `list` × `rate_bp`, to the centime (half away from zero).
pub fn margin_of(list: Money, rate_bp: u32) -> Money {
    let m = list.amount * Decimal::from(rate_bp) / Decimal::from(10_000);
    Money::new(
        m.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
        list.currency,
    )
}

/// The renewal days of a product (one every `period_months` through `renews_on`) within
/// `from..=to`.
pub fn renewals_within(
    renews_on: NaiveDate,
    period_months: u32,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let step = Months::new(period_months.max(1));
    // Walk back to the first renewal on or after `from`, then forward to `to`.
    let mut day = renews_on;
    while day > from {
        match day.checked_sub_months(step) {
            Some(d) if d >= from => day = d,
            _ => break,
        }
    }
    while day < from {
        match day.checked_add_months(step) {
            Some(d) => day = d,
            None => return Vec::new(),
        }
    }
    let mut out = Vec::new();
    while day <= to {
        out.push(day);
        match day.checked_add_months(step) {
            Some(d) => day = d,
            None => break,
        }
    }
    out
}

/// Builds the statement of `client` for `from..=to` from the products the partner manages.
pub fn build_statement(
    client: &PartnerClient,
    partner_name: &str,
    products: &[ClientProduct],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Statement> {
    check_period(from, to)?;
    let currency = client.currency;
    let mut lines = Vec::new();
    for p in products.iter().filter(|p| p.managed) {
        for day in renewals_within(p.renews_on, p.period_months, from, to) {
            let margin = margin_of(p.price, client.rate_bp);
            let partner_pays = match (client.billed, client.benefit) {
                (BilledParty::Client, _) => Money::zero(currency),
                (BilledParty::Partner, Benefit::Discount) => p.price.checked_sub(margin)?,
                (BilledParty::Partner, Benefit::Cashback) => p.price,
            };
            lines.push(StatementLine {
                product_id: p.id,
                product: p.name.clone(),
                renews_on: day,
                period_months: p.period_months,
                list_price: p.price,
                partner_pays,
                margin,
            });
        }
    }
    lines.sort_by_key(|l| (l.renews_on, l.product_id));
    let sum = |f: fn(&StatementLine) -> Money| -> Result<Money> {
        lines
            .iter()
            .try_fold(Money::zero(currency), |acc, l| acc.checked_add(f(l)))
    };
    Ok(Statement {
        client_id: client.id,
        client_name: client.client_name.clone(),
        partner_name: partner_name.to_owned(),
        from,
        to,
        billed: client.billed,
        benefit: client.benefit,
        rate_bp: client.rate_bp,
        currency,
        total_list: sum(|l| l.list_price)?,
        total_partner_pays: sum(|l| l.partner_pays)?,
        total_margin: sum(|l| l.margin)?,
        lines,
    })
}

/// A statement's period: from on or before to, at most five years.
pub fn check_period(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if from > to {
        return Err(Error::invalid_because(
            "to",
            Reason::OutOfRange {
                min: from.to_string(),
                max: "".into(),
                given: to.to_string(),
            },
        )
        .with_message(format!("the period ends ({to}) before it starts ({from})")));
    }
    if (to - from).num_days() > 5 * 366 {
        return Err(Error::invalid_because(
            "to",
            Reason::OutOfRange {
                min: from.to_string(),
                max: (from + chrono::Duration::days(5 * 366)).to_string(),
                given: to.to_string(),
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn profile(complete: bool) -> PartnerProfile {
        PartnerProfile {
            register_number: complete.then(|| "CHE-109.322.551".to_owned()),
            website: complete.then(|| "https://atelier.ch".to_owned()),
            supports_clients: complete,
            invoices_clients: complete,
            conditions_accepted_by: complete.then(|| "Anne".to_owned()),
            conditions_accepted_at: complete.then(Utc::now),
        }
    }

    #[test]
    fn par1_thresholds() {
        assert_eq!(
            partner_volume_threshold(Currency::CHF).to_string(),
            "CHF 2000.00"
        );
        assert_eq!(
            partner_volume_threshold(Currency::EUR).to_string(),
            "EUR 1800.00"
        );
    }

    #[test]
    fn par1_volume_is_annualized_exactly() {
        // 3 monthly products at 55.55 = 1999.80 a year, plus 0.20 a year from a two-year 0.40.
        let sums = [(Currency::CHF, 1, 16_665), (Currency::CHF, 24, 40)];
        let e = Eligibility::evaluate(&sums, &profile(true));
        assert_eq!(e.volume_chf, Money::new(dec!(2000.00), Currency::CHF));
        assert!(e.volume_met && e.eligible);
        let e = Eligibility::evaluate(&[(Currency::CHF, 12, 199_999)], &profile(true));
        assert_eq!(e.volume_chf.to_string(), "CHF 1999.99");
        assert!(!e.volume_met && !e.eligible);
        assert_eq!(e.unmet(), vec!["volume"]);
    }

    #[test]
    fn par1_each_condition_is_reported() {
        let e = Eligibility::evaluate(&[(Currency::EUR, 12, 180_000)], &profile(false));
        assert!(e.volume_met);
        assert_eq!(e.unmet(), vec!["company", "service", "conditions"]);
        let err = check_become_partner(PartnerStatus::None, &e).unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Par1));
        assert_eq!(
            err.params.unwrap()["unmet"],
            "company,service,conditions".to_owned()
        );
    }

    #[test]
    fn par2_partner_and_affiliate_exclude_each_other() {
        let e = Eligibility::evaluate(&[(Currency::CHF, 12, 500_000)], &profile(true));
        let err = check_become_partner(PartnerStatus::Affiliate, &e).unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Par2));
        assert!(check_become_partner(PartnerStatus::None, &e).is_ok());
        let err = check_become_affiliate(PartnerStatus::Partner).unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Par2));
        assert!(check_become_affiliate(PartnerStatus::None).is_ok());
    }

    #[test]
    fn par4_rate_up_to_35_percent() {
        assert_eq!(parse_rate("35", "en").unwrap(), 3500);
        assert_eq!(parse_rate("35.00", "en").unwrap(), 3500);
        assert_eq!(parse_rate("12,5", "fr").unwrap(), 1250);
        assert_eq!(parse_rate("0", "en").unwrap(), 0);
        let err = parse_rate("35.01", "en").unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Par4));
        assert_eq!(err.field.as_deref(), Some("rate"));
        assert!(parse_rate("-1", "en").is_err());
        assert!(parse_rate("abc", "en").is_err());
    }

    #[test]
    fn par3_roles() {
        assert!(check_partner_admin(Role::Admin).is_ok());
        assert!(check_partner_admin(Role::LegalRepresentative).is_ok());
        assert_eq!(
            check_partner_admin(Role::User).unwrap_err().rule,
            Some(RuleId::Par3)
        );
        assert!(check_client_manager(Role::User, true).is_ok());
        assert!(check_client_manager(Role::User, false).is_err());
        assert!(check_client_manager(Role::Admin, false).is_ok());
    }

    #[test]
    fn renewals_in_a_period() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            renewals_within(d("2026-03-15"), 1, d("2026-01-01"), d("2026-03-31")),
            vec![d("2026-01-15"), d("2026-02-15"), d("2026-03-15")]
        );
        assert_eq!(
            renewals_within(d("2027-06-01"), 12, d("2026-01-01"), d("2026-12-31")),
            vec![d("2026-06-01")]
        );
        assert!(renewals_within(d("2026-06-01"), 24, d("2027-01-01"), d("2027-12-31")).is_empty());
    }

    #[test]
    fn margin_per_benefit_and_billed_party() {
        let mut client = PartnerClient {
            id: 1,
            partner_organization_id: 1,
            client_name: "C".into(),
            contact_email: None,
            access: ClientAccess::WholeAccount,
            product_count: 1,
            managed_count: 1,
            since: "2025-01-01".parse().unwrap(),
            ended_on: None,
            billed: BilledParty::Partner,
            benefit: Benefit::Discount,
            rate_bp: 1250,
            currency: Currency::CHF,
            manager_ids: vec![],
        };
        let products = [ClientProduct {
            id: 7,
            client_id: 1,
            name: "Web".into(),
            period_months: 12,
            price: Money::new(dec!(99.90), Currency::CHF),
            renews_on: "2026-05-01".parse().unwrap(),
            managed: true,
        }];
        let from = "2026-01-01".parse().unwrap();
        let to = "2026-12-31".parse().unwrap();
        let s = build_statement(&client, "P", &products, from, to).unwrap();
        // 12.5 % of 99.90 = 12.4875 → 12.49.
        assert_eq!(s.total_margin.to_string(), "CHF 12.49");
        assert_eq!(s.total_partner_pays.to_string(), "CHF 87.41");
        client.benefit = Benefit::Cashback;
        let s = build_statement(&client, "P", &products, from, to).unwrap();
        assert_eq!(s.total_partner_pays.to_string(), "CHF 99.90");
        assert_eq!(s.total_margin.to_string(), "CHF 12.49");
        client.billed = BilledParty::Client;
        let s = build_statement(&client, "P", &products, from, to).unwrap();
        assert_eq!(s.total_partner_pays.to_string(), "CHF 0.00");
        assert!(build_statement(&client, "P", &products, to, from).is_err());
    }

    #[test]
    fn website_and_name() {
        assert!(validate_website(Some("https://atelier.ch")).is_ok());
        assert_eq!(validate_website(Some("  ")).unwrap(), None);
        assert_eq!(
            validate_website(Some("atelier"))
                .unwrap_err()
                .field
                .as_deref(),
            Some("website")
        );
        assert!(validate_client_name(" ").is_err());
    }
}
