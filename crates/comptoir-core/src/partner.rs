//! The partner program (PAR-1..4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::{Currency, Money};

/// PAR-2: nobody is partner and affiliate at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartnerStatus {
    None,
    Partner,
    Affiliate,
}

/// PAR-3: what a client lets its partner manage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClientAccess {
    /// The whole account, billing included.
    WholeAccount,
    SpecificProducts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerClient {
    pub id: i64,
    pub partner_organization_id: i64,
    pub client_name: String,
    pub access: ClientAccess,
    pub product_count: u32,
    pub since: NaiveDate,
}

/// PAR-1: the yearly volume of managed products a partner needs, per currency.
pub fn partner_volume_threshold(currency: Currency) -> Money {
    match currency {
        Currency::CHF => Money::from_minor(200_000, Currency::CHF),
        Currency::EUR => Money::from_minor(180_000, Currency::EUR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
