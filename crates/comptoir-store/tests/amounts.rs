//! PAY-6 top-ups read as the person typed them in their language, on a real workspace file.

use std::sync::Arc;

use comptoir_core::billing::PaymentMethodKind;
use comptoir_core::{Error, FixedClock, RuleId};
use comptoir_store::seed::{CHF_ORG, EUR_ORG, SIGNED_IN_USER as ACTOR};
use comptoir_store::Store;
use rust_decimal::Decimal;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let s = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    (dir, s)
}

fn movements(s: &Store, org: i64) -> usize {
    s.prepaid_account(org).unwrap().movements.len()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn pay6_top_up_reads_the_locale_and_stores_the_exact_value() {
    let (_d, mut s) = open();
    for (typed, locale, org, value) in [
        ("1.000,50", "es", EUR_ORG, "1000.50"),
        ("0,10", "es-ES", EUR_ORG, "0.10"),
        ("1’000.50", "de-CH", CHF_ORG, "1000.50"),
        ("1 000,50 CHF", "fr-CH", CHF_ORG, "1000.50"),
        ("1,000.50", "en", CHF_ORG, "1000.50"),
        ("9\u{202f}999,00", "fr", EUR_ORG, "9999"),
    ] {
        let before = s.prepaid_account(org).unwrap().balance.amount;
        let after = s
            .top_up(ACTOR, org, typed, locale, PaymentMethodKind::Visa, None)
            .unwrap()
            .balance
            .amount;
        assert_eq!(after - before, dec(value), "{typed} in {locale}");
    }
}

/// The top-up form shows its limits and an example through Intl.NumberFormat (en-CH for English,
/// es-ES for Spanish); a person copying what they see must be understood.
#[test]
fn pay6_what_the_form_shows_reads_back() {
    let (_d, mut s) = open();
    for (shown, locale, org, value) in [
        ("CHF\u{a0}1'250.50", "en", CHF_ORG, "1250.50"),
        ("CHF\u{a0}9'999.00", "en", CHF_ORG, "9999"),
        ("1250,50\u{a0}EUR", "es", EUR_ORG, "1250.50"),
        ("9999,00\u{a0}EUR", "es", EUR_ORG, "9999"),
        ("0,10\u{a0}EUR", "es", EUR_ORG, "0.10"),
    ] {
        let before = s.prepaid_account(org).unwrap().balance.amount;
        let after = s
            .top_up(ACTOR, org, shown, locale, PaymentMethodKind::Visa, None)
            .unwrap()
            .balance
            .amount;
        assert_eq!(after - before, dec(value), "{shown} in {locale}");
    }
}

#[test]
fn pay6_top_up_refuses_without_storing_anything() {
    let (_d, mut s) = open();
    let n = movements(&s, EUR_ORG);
    for (typed, locale, rule) in [
        ("1e3", "en", None),
        ("1,000", "es", None),
        ("1.000", "de-CH", None),
        ("0,099", "es", Some(RuleId::Pay6)),
        ("9999,001", "es", Some(RuleId::Pay6)),
        ("9.999,01", "es", Some(RuleId::Pay6)),
        ("0,09", "es", Some(RuleId::Pay6)),
        ("10 CHF", "es", None),
        ("1,00,0", "en", None),
    ] {
        let e: Error = s
            .top_up(ACTOR, EUR_ORG, typed, locale, PaymentMethodKind::Visa, None)
            .expect_err(typed)
            .into();
        assert_eq!(e.field.as_deref(), Some("amount"), "{typed}");
        assert_eq!(e.rule, rule, "{typed}: {}", e.message);
    }
    assert_eq!(movements(&s, EUR_ORG), n, "a refused top-up stores nothing");
}

/// The confirmation step shows what the engine read, and checks everything the top-up will,
/// without writing anything.
#[test]
fn pay6_the_preview_reads_like_the_top_up_and_writes_nothing() {
    let (_d, s) = open();
    let before = s.prepaid_account(EUR_ORG).unwrap();
    let shown = s
        .top_up_preview(ACTOR, EUR_ORG, "1.000,50", "es", PaymentMethodKind::Visa)
        .unwrap();
    assert_eq!(shown.amount, dec("1000.50"));
    assert_eq!(shown.currency, comptoir_core::Currency::EUR);
    for (typed, method, field) in [
        ("0,01", PaymentMethodKind::Visa, "amount"),
        ("10000", PaymentMethodKind::Visa, "amount"),
        ("50", PaymentMethodKind::Paypal, "method"),
    ] {
        let e: Error = s
            .top_up_preview(ACTOR, EUR_ORG, typed, "es", method)
            .unwrap_err()
            .into();
        assert_eq!(e.field.as_deref(), Some(field), "{typed}: {e:?}");
        assert_eq!(e.rule, Some(RuleId::Pay6), "{typed}: {e:?}");
    }
    // A plain user of the organization may not top up: the preview says so already.
    let e: Error = s
        .top_up_preview(7, CHF_ORG, "50", "en", PaymentMethodKind::Visa)
        .unwrap_err()
        .into();
    assert_eq!(e.code, comptoir_core::ErrorCode::RuleViolation);
    assert_eq!(s.prepaid_account(EUR_ORG).unwrap(), before);
}

/// Issue 13: a refused amount says why as a code and its numbers, which the UI puts in the
/// person's language ("Entre 0,10 y 9999,00"), never the engine's English sentence.
#[test]
fn pay6_refusals_carry_a_reason_and_its_numbers() {
    let (_d, mut s) = open();
    let reason = |s: &mut Store, typed: &str, locale: &str| {
        let e: Error = s
            .top_up(ACTOR, EUR_ORG, typed, locale, PaymentMethodKind::Visa, None)
            .expect_err(typed)
            .into();
        e.params.unwrap_or_default()
    };
    let p = reason(&mut s, "0,09", "es");
    assert_eq!(p["reason"], "out_of_range");
    assert_eq!(
        (p["min"].as_str(), p["max"].as_str(), p["given"].as_str()),
        ("0.10", "9999.00", "0.09")
    );
    assert_eq!(
        reason(&mut s, "1.000", "de-CH")["reason"],
        "ambiguous_amount"
    );
    assert_eq!(reason(&mut s, "1.000", "de-CH")["separator"], ".");
    assert_eq!(reason(&mut s, "1e3", "en")["reason"], "not_an_amount");
    assert_eq!(reason(&mut s, "1,00,0", "en")["reason"], "bad_grouping");
    assert_eq!(reason(&mut s, "", "es")["reason"], "empty");
    let p = reason(&mut s, "10 CHF", "es");
    assert_eq!(
        (
            p["reason"].as_str(),
            p["expected"].as_str(),
            p["given"].as_str()
        ),
        ("wrong_currency", "EUR", "CHF")
    );
}
