//! Money is a `Decimal` with a currency, never a float (rules.md, PAY Decision).

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, ErrorCode, Reason, Result};

/// The currencies an organization can be billed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum Currency {
    CHF,
    EUR,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::CHF => "CHF",
            Currency::EUR => "EUR",
        }
    }

    pub fn parse(code: &str) -> Result<Self> {
        match code {
            "CHF" => Ok(Currency::CHF),
            "EUR" => Ok(Currency::EUR),
            other => Err(Error::invalid_because(
                "currency",
                Reason::UnknownChoice {
                    given: other.to_owned(),
                },
            )),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount in a currency. Serialized as `{"amount": "12.50", "currency": "CHF"}`: the amount
/// travels as a string so no JavaScript number ever rounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct Money {
    #[ts(type = "string")]
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Money::new(Decimal::ZERO, currency)
    }

    /// From integer minor units (centimes, cents), the form the store keeps for indexed sorting.
    pub fn from_minor(minor: i64, currency: Currency) -> Self {
        Money::new(Decimal::new(minor, 2), currency)
    }

    /// To integer minor units. Refuses amounts with more than two decimals rather than rounding
    /// money silently.
    pub fn to_minor(self) -> Result<i64> {
        let scaled = self.amount * Decimal::ONE_HUNDRED;
        if scaled.fract() != Decimal::ZERO {
            return Err(Error::invalid_because("amount", Reason::TooManyDecimals)
                .with_message(format!("{} has more than two decimals", self.amount)));
        }
        i64::try_from(scaled.trunc()).map_err(|_| {
            Error::invalid_because("amount", Reason::TooLarge { digits: 16 })
                .with_message(format!("{} is out of range", self.amount))
        })
    }

    pub fn checked_add(self, other: Money) -> Result<Money> {
        self.same_currency(other)?;
        Ok(Money::new(self.amount + other.amount, self.currency))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money> {
        self.same_currency(other)?;
        Ok(Money::new(self.amount - other.amount, self.currency))
    }

    pub fn is_zero(self) -> bool {
        self.amount.is_zero()
    }

    fn same_currency(self, other: Money) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(Error::new(
                ErrorCode::CurrencyMismatch,
                format!("cannot combine {} and {}", self.currency, other.currency),
            ))
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:.2}", self.currency, self.amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn minor_units_round_trip() {
        let m = Money::new(dec!(1234.50), Currency::CHF);
        assert_eq!(m.to_minor().unwrap(), 123450);
        assert_eq!(Money::from_minor(123450, Currency::CHF), m);
    }

    #[test]
    fn three_decimals_are_refused_not_rounded() {
        let err = Money::new(dec!(0.105), Currency::EUR)
            .to_minor()
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert_eq!(err.field.as_deref(), Some("amount"));
    }

    #[test]
    fn currencies_never_mix() {
        let chf = Money::new(dec!(1), Currency::CHF);
        let eur = Money::new(dec!(1), Currency::EUR);
        assert_eq!(
            chf.checked_add(eur).unwrap_err().code,
            ErrorCode::CurrencyMismatch
        );
        assert_eq!(chf.checked_add(chf).unwrap().amount, dec!(2));
    }

    #[test]
    fn serializes_amount_as_string() {
        let json = serde_json::to_string(&Money::new(dec!(0.10), Currency::CHF)).unwrap();
        assert_eq!(json, r#"{"amount":"0.10","currency":"CHF"}"#);
    }
}
