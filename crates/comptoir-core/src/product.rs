//! Products, their renewal periods (PAY-9) and their lifecycle (PAY-1, REN-4, REN-5).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::money::Money;
use crate::rules::RuleId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProductKind {
    DomainCh,
    DomainCom,
    WebHosting,
    MailService,
    Drive,
    Suite,
    SslCertificate,
    Vps,
    Backup,
}

impl ProductKind {
    pub const ALL: &'static [ProductKind] = &[
        ProductKind::DomainCh,
        ProductKind::DomainCom,
        ProductKind::WebHosting,
        ProductKind::MailService,
        ProductKind::Drive,
        ProductKind::Suite,
        ProductKind::SslCertificate,
        ProductKind::Vps,
        ProductKind::Backup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProductKind::DomainCh => "domain_ch",
            ProductKind::DomainCom => "domain_com",
            ProductKind::WebHosting => "web_hosting",
            ProductKind::MailService => "mail_service",
            ProductKind::Drive => "drive",
            ProductKind::Suite => "suite",
            ProductKind::SslCertificate => "ssl_certificate",
            ProductKind::Vps => "vps",
            ProductKind::Backup => "backup",
        }
    }

    /// The kind of a product synced from the provider, from its `service_name` (and, for a
    /// domain, its name's top-level domain). `None` for a service the renewals engine does not
    /// know: such a product is not synced into the renewals table (said in the sync's result).
    pub fn from_provider(service_name: &str, name: &str) -> Option<Self> {
        let service = service_name.trim().to_ascii_lowercase();
        let tld_ch = {
            let n = name.trim().trim_end_matches('.').to_ascii_lowercase();
            n.ends_with(".ch") || n.ends_with(".li")
        };
        Some(match service.as_str() {
            "domain" | "domains" | "domain_name" if tld_ch => ProductKind::DomainCh,
            "domain" | "domains" | "domain_name" => ProductKind::DomainCom,
            "hosting" | "web_hosting" | "webhosting" | "hosting_v2" | "site_creator" => {
                ProductKind::WebHosting
            }
            "email_hosting" | "mail" | "mailbox" | "mail_hosting" => ProductKind::MailService,
            "kdrive" | "drive" => ProductKind::Drive,
            "ksuite" | "workspace" | "suite" => ProductKind::Suite,
            "ssl" | "certificate" | "ssl_certificate" => ProductKind::SslCertificate,
            "vps" | "public_cloud" | "jelastic" | "cloud" => ProductKind::Vps,
            "swiss_backup" | "backup" => ProductKind::Backup,
            _ => return None,
        })
    }

    pub fn parse(s: &str) -> Result<Self> {
        ProductKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::invalid("kind", format!("unknown product type '{s}'")))
    }

    /// PAY-9: the renewal periods, in months, a product type offers (`.ch` domains 1–10 years,
    /// hosting 1–3 years, monthly products 1/3/6/12 months).
    pub fn allowed_periods(self) -> &'static [u16] {
        const YEARS_1_TO_10: &[u16] = &[12, 24, 36, 48, 60, 72, 84, 96, 108, 120];
        const YEARS_1_TO_3: &[u16] = &[12, 24, 36];
        const MONTHLY: &[u16] = &[1, 3, 6, 12];
        match self {
            ProductKind::DomainCh | ProductKind::DomainCom => YEARS_1_TO_10,
            ProductKind::WebHosting | ProductKind::MailService => YEARS_1_TO_3,
            ProductKind::SslCertificate => &[12, 24],
            ProductKind::Drive | ProductKind::Suite | ProductKind::Vps | ProductKind::Backup => {
                MONTHLY
            }
        }
    }

    /// PAY-9: refuses a period the product type does not offer.
    pub fn check_period(self, months: u16) -> Result<()> {
        if self.allowed_periods().contains(&months) {
            Ok(())
        } else {
            Err(Error::rule(
                RuleId::Pay9,
                format!(
                    "a {} cannot be renewed for {months} months (allowed: {:?})",
                    self.as_str(),
                    self.allowed_periods()
                ),
            )
            .reason("period_not_offered")
            .with_param("months", months)
            .with_field("period_months"))
        }
    }
}

/// Where a product stands in its lifecycle on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProductStatus {
    Active,
    /// Expires within [`EXPIRING_WINDOW_DAYS`].
    Expiring,
    /// Its renewal invoice is unpaid past its due date, before expiry (PAY-1: react fast).
    Overdue,
    /// Unpaid after expiry: blocked from the day after expiry (PAY-1).
    Blocked,
    /// Blocked for [`CANCEL_AFTER_BLOCK_DAYS`] days: cancelled (PAY-1).
    Cancelled,
}

/// A product is "expiring" when it expires within this many days.
pub const EXPIRING_WINDOW_DAYS: i64 = 30;
/// PAY-1: an unpaid product is blocked this many days after its expiry date.
pub const BLOCK_AFTER_DAYS: u64 = 1;
/// PAY-1: a blocked product is cancelled this many days after it was blocked.
pub const CANCEL_AFTER_BLOCK_DAYS: u64 = 30;
/// REN-4: the first auto-renew payment attempt is this many days before expiry.
/// REN-5: auto-renew can be switched on only while at least this many days remain.
pub const AUTO_RENEW_LEAD_DAYS: u64 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Product {
    pub id: i64,
    pub organization_id: i64,
    pub kind: ProductKind,
    /// The service's name: a domain, a hosting's main site, a drive's name.
    pub name: String,
    /// The name the customer gave it.
    pub customer_name: String,
    pub expires_on: NaiveDate,
    pub period_months: u16,
    /// Price for one `period_months` period.
    pub price: Money,
    pub auto_renew: bool,
    pub auto_renew_method_id: Option<i64>,
    /// Evaluated against the clock when read (see [`ProductStatus`]).
    pub status: ProductStatus,
    /// Days from today (in the organization's time zone) to expiry; negative once expired.
    pub days_left: i64,
}

/// The dates that matter to a product, derived from its expiry date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifecycle {
    pub expires_on: NaiveDate,
    /// REN-4: first auto-renew charge attempt.
    pub charge_on: NaiveDate,
    /// REN-5: last day auto-renew can be switched on.
    pub last_day_to_enable_auto_renew: NaiveDate,
    /// PAY-1.
    pub blocked_on: NaiveDate,
    /// PAY-1.
    pub cancelled_on: NaiveDate,
}

impl Lifecycle {
    pub fn of(expires_on: NaiveDate) -> Self {
        let before = |d| expires_on - Days::new(d);
        let blocked_on = expires_on + Days::new(BLOCK_AFTER_DAYS);
        Lifecycle {
            expires_on,
            charge_on: before(AUTO_RENEW_LEAD_DAYS),
            last_day_to_enable_auto_renew: before(AUTO_RENEW_LEAD_DAYS),
            blocked_on,
            cancelled_on: blocked_on + Days::new(CANCEL_AFTER_BLOCK_DAYS),
        }
    }

    /// PAY-1 evaluated on `today`. `unpaid_past_due` says whether a renewal invoice for the
    /// product is unpaid past its due date.
    pub fn status(&self, today: NaiveDate, unpaid_past_due: bool) -> ProductStatus {
        if today >= self.cancelled_on {
            ProductStatus::Cancelled
        } else if today >= self.blocked_on {
            ProductStatus::Blocked
        } else if unpaid_past_due {
            ProductStatus::Overdue
        } else if (self.expires_on - today).num_days() < EXPIRING_WINDOW_DAYS {
            ProductStatus::Expiring
        } else {
            ProductStatus::Active
        }
    }

    /// REN-5: auto-renew may be switched on when `expires_on - today >= 14 days`.
    pub fn can_enable_auto_renew(&self, today: NaiveDate) -> bool {
        today <= self.last_day_to_enable_auto_renew
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pay9_periods_per_type() {
        assert!(ProductKind::DomainCh.check_period(120).is_ok());
        assert_eq!(
            ProductKind::WebHosting.check_period(48).unwrap_err().rule,
            Some(RuleId::Pay9)
        );
        assert!(ProductKind::Vps.check_period(3).is_ok());
        assert!(ProductKind::DomainCh.check_period(3).is_err());
        for k in ProductKind::ALL {
            assert_eq!(ProductKind::parse(k.as_str()).unwrap(), *k);
            assert!(!k.allowed_periods().is_empty());
        }
    }

    #[test]
    fn ren5_edge_is_exactly_fourteen_days() {
        let life = Lifecycle::of(d("2026-12-15"));
        assert!(life.can_enable_auto_renew(d("2026-12-01"))); // 14 days left
        assert!(!life.can_enable_auto_renew(d("2026-12-02"))); // 13 days left
        assert_eq!(life.charge_on, d("2026-12-01")); // REN-4
    }

    #[test]
    fn pay1_lifecycle_dates_and_status() {
        let life = Lifecycle::of(d("2026-11-27"));
        assert_eq!(life.blocked_on, d("2026-11-28"));
        assert_eq!(life.cancelled_on, d("2026-12-28"));
        assert_eq!(life.status(d("2026-09-01"), false), ProductStatus::Active);
        assert_eq!(life.status(d("2026-11-20"), false), ProductStatus::Expiring);
        assert_eq!(life.status(d("2026-11-20"), true), ProductStatus::Overdue);
        assert_eq!(life.status(d("2026-11-27"), false), ProductStatus::Expiring);
        assert_eq!(life.status(d("2026-11-28"), false), ProductStatus::Blocked);
        assert_eq!(life.status(d("2026-12-27"), true), ProductStatus::Blocked);
        assert_eq!(
            life.status(d("2026-12-28"), false),
            ProductStatus::Cancelled
        );
    }
}
