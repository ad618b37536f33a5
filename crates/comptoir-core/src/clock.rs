//! Time comes from an injected clock so every rule can be tested at any date.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

/// The default time zone of an account (rules.md: dates are calendar dates in the account's
/// time zone, Europe/Zurich unless set otherwise).
pub const DEFAULT_TZ: Tz = chrono_tz::Europe::Zurich;

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Today's calendar date in `tz`.
    fn today(&self, tz: Tz) -> NaiveDate {
        self.now().with_timezone(&tz).date_naive()
    }
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock stopped at one instant, for tests and for `COMPTOIR_NOW`.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// Parses an RFC 3339 instant such as `2026-11-27T09:00:00Z`.
    pub fn parse(rfc3339: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(rfc3339)
            .ok()
            .map(|t| FixedClock(t.with_timezone(&Utc)))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_depends_on_the_time_zone() {
        // 23:30 UTC on 31 March is already 1 April in Zurich (UTC+2 in summer time).
        let clock = FixedClock::parse("2026-03-31T23:30:00Z").unwrap();
        assert_eq!(
            clock.today(DEFAULT_TZ),
            NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()
        );
        assert_eq!(
            clock.today(chrono_tz::America::New_York),
            NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
        );
    }

    #[test]
    fn bad_instant_is_none() {
        assert!(FixedClock::parse("yesterday").is_none());
    }
}
