//! The one reader of amounts a person typed, used by every money field (PAY-6 top-ups today).
//!
//! It reads the exact value and never rounds: what is not exactly an amount of the currency is
//! refused with the field named, and limits are checked on the exact value.
//!
//! Decisions (the rules leave them open):
//! - Locale: a BCP 47 tag (`en`, `es-ES`, `de_CH`...). It only decides the meaning of a lone `.`
//!   or `,` followed by exactly three digits. English (any region) writes the decimal point, so
//!   `1,000` is one thousand and `1.000` is one with three decimals. Spanish, French, German and
//!   Italian write the decimal comma: `1.000` is one thousand, `1,000` one with three decimals.
//!   In Switzerland and Liechtenstein (`de-CH`, `fr-CH`, `it-CH`...) both marks are in daily use,
//!   so a lone `1.000` or `1,000` is ambiguous and refused; an unknown language is treated the
//!   same way. "Three decimals" is refused too (more than two decimals): never guessed.
//! - Whatever the locale, a lone `.` or `,` followed by one or two digits can only be a decimal
//!   mark (a thousands group has three digits), so `0,10` and `0.10` are both 0.10 everywhere.
//! - The same mark repeated groups thousands where the locale groups with it (`1.000.000` in
//!   Spanish, `1,000,000` in English); elsewhere it is "several decimal separators".
//! - When both `.` and `,` appear, the last one is the decimal mark and must appear once; the
//!   other groups thousands (`1.000,50`, `1,000.50`).
//! - Apostrophes (`'`, `’`) and spaces (space, no-break space U+00A0, narrow no-break space
//!   U+202F, thin space U+2009) only ever group thousands. One kind of grouping per amount;
//!   the first group has one to three digits, every other group exactly three (`1,00,0` is
//!   refused).
//! - Refused: empty, a sign (an amount field takes a positive amount; negative is named),
//!   exponents (`1e3`), letters or other symbols, several decimal marks, a separator at either
//!   end or two in a row, more than 15 integer digits, more than two decimals.
//! - The Swiss `.–` (or `.-`) means "no centimes": `10.–` is 10.
//! - Money fields (`parse_money*`) also accept their own currency around the number, before or
//!   after it: `CHF`, `Fr.`, `SFr.` for francs, `EUR`, `€` for euros. Another currency's code or
//!   sign is refused, never converted. A bare [`parse_amount`] refuses any currency text.

use rust_decimal::Decimal;

use crate::error::{Error, Reason, Result};
use crate::money::{Currency, Money};
use crate::rules::RuleId;

/// Which mark a locale uses for decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DecimalMark {
    Point,
    Comma,
    /// Swiss usage or an unknown language: the locale settles nothing.
    Either,
}

fn decimal_mark(locale: &str) -> DecimalMark {
    let mut parts = locale.split(['-', '_']);
    let language = parts.next().unwrap_or("").to_ascii_lowercase();
    let swiss = parts.any(|p| p.eq_ignore_ascii_case("CH") || p.eq_ignore_ascii_case("LI"));
    match language.as_str() {
        "en" => DecimalMark::Point,
        "es" | "fr" | "de" | "it" if !swiss => DecimalMark::Comma,
        _ => DecimalMark::Either,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Point,
    Comma,
    Apostrophe,
    Space,
}

impl Sep {
    fn of(c: char) -> Option<Sep> {
        match c {
            '.' => Some(Sep::Point),
            ',' => Some(Sep::Comma),
            '\'' | '\u{2019}' => Some(Sep::Apostrophe),
            ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' => Some(Sep::Space),
            _ => None,
        }
    }

    fn shown(self) -> &'static str {
        match self {
            Sep::Point => "'.'",
            Sep::Comma => "','",
            Sep::Apostrophe => "an apostrophe",
            Sep::Space => "a space",
        }
    }
}

/// What was read: the exact value and how many decimals were written.
struct Reading {
    value: Decimal,
    decimals: usize,
    /// A minus was typed (even before zero).
    negative: bool,
}

const MAX_INTEGER_DIGITS: usize = 15;
/// Beyond this the value is refused as "more than two decimals" without reading it exactly.
const MAX_READ_DECIMALS: usize = 12;

fn currency_marks(c: Currency) -> &'static [&'static str] {
    match c {
        Currency::CHF => &["SFr.", "CHF", "Fr.", "Fr"],
        Currency::EUR => &["EUR", "€"],
    }
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| &s[p.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| &s[..cut])
}

/// Removes one currency mark before or after the number. The expected currency is accepted;
/// another one is refused rather than read as a number in the wrong currency.
fn strip_currency<'a>(s: &'a str, field: &str, expected: Currency) -> Result<&'a str> {
    for c in [Currency::CHF, Currency::EUR] {
        for mark in currency_marks(c) {
            let rest = strip_prefix_ci(s, mark).or_else(|| strip_suffix_ci(s, mark));
            if let Some(rest) = rest {
                if c != expected {
                    return Err(Error::invalid_because(
                        field,
                        Reason::WrongCurrency {
                            expected: expected.to_string(),
                            given: c.to_string(),
                        },
                    ));
                }
                return Ok(rest.trim());
            }
        }
    }
    Ok(s)
}

/// `1e3`, `2.5E-2`: a digit, `e`, an optional sign, a digit.
fn has_exponent(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        if c != b'e' && c != b'E' || i == 0 || !b[i - 1].is_ascii_digit() {
            return false;
        }
        let next = match b.get(i + 1) {
            Some(b'+' | b'-') => b.get(i + 2),
            other => other,
        };
        next.is_some_and(u8::is_ascii_digit)
    })
}

fn read(input: &str, locale: &str, field: &str, currency: Option<Currency>) -> Result<Reading> {
    // Each refusal: what people read (the reason) and the precise English for the log.
    let bad = |reason: Reason, msg: String| Error::invalid_because(field, reason).with_message(msg);
    let mut s = input.trim();
    if s.is_empty() {
        return Err(bad(
            Reason::Empty,
            format!("{field} is empty: type an amount, e.g. 25.50"),
        ));
    }
    if let Some(c) = currency {
        s = strip_currency(s, field, c)?;
    }
    // The Swiss "10.–": whole francs, no centimes.
    let mut whole_only = false;
    for dash in [".-", ".–", ",-", ",–"] {
        if let Some(rest) = s.strip_suffix(dash) {
            s = rest;
            whole_only = true;
            break;
        }
    }
    let negative = if let Some(rest) = s.strip_prefix(['-', '\u{2212}']) {
        s = rest.trim_start();
        true
    } else {
        false
    };
    if s.is_empty() {
        return Err(bad(Reason::NotAnAmount, format!("{field} has no digits")));
    }
    if s.starts_with('+') {
        return Err(bad(
            Reason::NotAnAmount,
            format!("{field} is written without a sign"),
        ));
    }
    if has_exponent(s) {
        return Err(bad(
            Reason::NotAnAmount,
            format!("{field} cannot be written with an exponent: write 1000, not 1e3"),
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|&c| !c.is_ascii_digit() && Sep::of(c).is_none())
    {
        let what = if c.is_alphabetic() {
            "letters"
        } else if c.is_control() {
            "control characters"
        } else {
            "symbols"
        };
        return Err(bad(
            Reason::NotAnAmount,
            format!(
                "{field} takes digits and separators only, no {what} ('{}')",
                c.escape_default()
            ),
        ));
    }

    // Digit runs and the separators between them.
    let mut runs: Vec<&str> = Vec::new();
    let mut seps: Vec<Sep> = Vec::new();
    let mut start = 0;
    let mut prev_sep = true;
    for (i, c) in s.char_indices() {
        if let Some(sep) = Sep::of(c) {
            if i == 0 {
                return Err(bad(
                    Reason::NotAnAmount,
                    format!("{field} starts with a separator: write 0.50, not .50"),
                ));
            }
            if prev_sep {
                return Err(bad(
                    Reason::NotAnAmount,
                    format!("{field} has two separators in a row"),
                ));
            }
            runs.push(&s[start..i]);
            seps.push(sep);
            start = i + c.len_utf8();
            prev_sep = true;
        } else {
            prev_sep = false;
        }
    }
    if prev_sep {
        return Err(bad(
            Reason::NotAnAmount,
            format!("{field} ends with a separator"),
        ));
    }
    runs.push(&s[start..]);

    let mark = decimal_mark(locale);
    // Where the decimal part starts, if any: index into `seps`.
    let points = seps.iter().filter(|&&x| x == Sep::Point).count();
    let commas = seps.iter().filter(|&&x| x == Sep::Comma).count();
    let decimal_at: Option<usize> = match (points, commas) {
        (0, 0) => None,
        (p, c) if p > 0 && c > 0 => {
            let last = seps
                .iter()
                .rposition(|&x| x == Sep::Point || x == Sep::Comma);
            let last = last.expect("a mark exists");
            let count = if seps[last] == Sep::Point { p } else { c };
            if count > 1 {
                return Err(bad(
                    Reason::NotAnAmount,
                    format!(
                        "{field} has several decimal separators ({})",
                        seps[last].shown()
                    ),
                ));
            }
            Some(last)
        }
        (n, _) => {
            let sep = if n > 0 { Sep::Point } else { Sep::Comma };
            let count = n.max(commas);
            let groups_in_locale = matches!(
                (mark, sep),
                (DecimalMark::Point, Sep::Comma) | (DecimalMark::Comma, Sep::Point)
            );
            let at = seps.iter().rposition(|&x| x == sep).expect("a mark exists");
            let after = runs[at + 1].len();
            if count > 1 {
                if !groups_in_locale {
                    return Err(bad(
                        Reason::NotAnAmount,
                        format!("{field} has several decimal separators ({})", sep.shown()),
                    ));
                }
                None
            } else if after <= 2 {
                // One or two digits after it: only a decimal mark reads that way.
                Some(at)
            } else if after == 3 {
                match (mark, groups_in_locale) {
                    (_, true) => None,
                    (DecimalMark::Either, _) => {
                        return Err(bad(
                            Reason::AmbiguousAmount {
                                separator: sep.shown().trim_matches('\'').to_owned(),
                            },
                            format!(
                                "{field} is ambiguous: {} followed by three digits can group \
                             thousands or mark decimals here; write 1000 or 1.00",
                                sep.shown()
                            ),
                        ))
                    }
                    // The locale's decimal mark: three decimals, refused later (after any
                    // limit, which is checked on this exact value).
                    _ => Some(at),
                }
            } else if groups_in_locale {
                return Err(bad(
                    Reason::BadGrouping,
                    format!(
                        "{field} groups digits in the wrong places: groups of three, e.g. 1000000 \
                     or 1 000 000"
                    ),
                ));
            } else {
                Some(at)
            }
        }
    };

    let (int_runs, int_seps, frac) = match decimal_at {
        Some(at) => (&runs[..=at], &seps[..at], Some(runs[at + 1])),
        None => (&runs[..], &seps[..], None),
    };
    if let Some(first) = int_seps.first() {
        if int_seps.iter().any(|x| x != first) {
            return Err(bad(
                Reason::BadGrouping,
                format!("{field} mixes several kinds of thousands separators"),
            ));
        }
        // A grouped number never starts with 0: `0,105` is neither 105 nor 0.105.
        if int_runs[0].starts_with('0') {
            return Err(bad(
                Reason::BadGrouping,
                format!(
                    "{field} groups digits in the wrong places: a thousands group cannot follow 0"
                ),
            ));
        }
        let well_placed =
            (1..=3).contains(&int_runs[0].len()) && int_runs[1..].iter().all(|r| r.len() == 3);
        if !well_placed {
            return Err(bad(
                Reason::BadGrouping,
                format!(
                    "{field} groups digits in the wrong places: groups of three, e.g. 1 000 000"
                ),
            ));
        }
    }
    if whole_only && frac.is_some() {
        return Err(bad(
            Reason::NotAnAmount,
            format!("{field} has several decimal separators"),
        ));
    }
    let integer: String = int_runs.concat();
    let integer_digits = integer.trim_start_matches('0').len();
    if integer_digits > MAX_INTEGER_DIGITS {
        return Err(bad(
            Reason::TooLarge {
                digits: MAX_INTEGER_DIGITS,
            },
            format!("{field} is too large ({MAX_INTEGER_DIGITS} digits at most)"),
        ));
    }
    let frac = frac.unwrap_or("");
    if frac.len() > MAX_READ_DECIMALS {
        return Err(bad(
            Reason::TooManyDecimals,
            format!("{field} has more than two decimals"),
        ));
    }
    let digits: i128 = format!("{integer}{frac}")
        .parse()
        .map_err(|_| bad(Reason::NotAnAmount, format!("{field} is not an amount")))?;
    let mut value = Decimal::from_i128_with_scale(digits, frac.len() as u32);
    if negative {
        value = -value;
    }
    Ok(Reading {
        value,
        decimals: frac.len(),
        negative,
    })
}

fn refuse_decimals(r: &Reading, field: &str) -> Result<()> {
    if r.decimals > 2 {
        return Err(
            Error::invalid_because(field, Reason::TooManyDecimals).with_message(format!(
                "{field} has more than two decimals ({}); amounts are never rounded",
                r.decimals
            )),
        );
    }
    Ok(())
}

fn refuse_negative(r: &Reading, field: &str) -> Result<()> {
    if r.negative {
        return Err(Error::invalid_because(field, Reason::Negative));
    }
    Ok(())
}

/// Reads a non-negative amount with at most two decimals, as typed in `locale`. No currency text.
pub fn parse_amount(input: &str, locale: &str, field: &str) -> Result<Decimal> {
    let r = read(input, locale, field, None)?;
    refuse_negative(&r, field)?;
    refuse_decimals(&r, field)?;
    Ok(r.value)
}

/// Like [`parse_amount`], also accepting `currency`'s own code or sign around the number.
pub fn parse_money(input: &str, locale: &str, field: &str, currency: Currency) -> Result<Money> {
    let r = read(input, locale, field, Some(currency))?;
    refuse_negative(&r, field)?;
    refuse_decimals(&r, field)?;
    Ok(Money::new(r.value, currency))
}

/// A money field with inclusive limits set by `rule`. The limits are checked on the exact value
/// typed, before the two-decimals check, so 0.099 is refused as below 0.10 by the rule, not
/// rounded to 0.10.
pub fn parse_money_within(
    input: &str,
    locale: &str,
    field: &str,
    currency: Currency,
    (min, max): (Decimal, Decimal),
    rule: RuleId,
) -> Result<Money> {
    let r = read(input, locale, field, Some(currency))?;
    if r.value < min || r.value > max {
        // The numbers as the engine writes them (9999.00); the UI formats them in its language.
        let reason = Reason::OutOfRange {
            min: min.to_string(),
            max: max.to_string(),
            given: r.value.to_string(),
        };
        return Err(Error {
            rule: Some(rule),
            code: crate::ErrorCode::RuleViolation,
            ..Error::invalid_because(field, reason).with_message(format!(
                "{field} is between {min} and {max} {currency}; {} is not",
                r.value
            ))
        });
    }
    refuse_decimals(&r, field)?;
    Ok(Money::new(r.value, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str, locale: &str) -> Decimal {
        parse_amount(input, locale, "amount")
            .unwrap_or_else(|e| panic!("{input:?} in {locale}: {e}"))
    }

    fn refused(input: &str, locale: &str) -> String {
        let e = parse_amount(input, locale, "amount").expect_err(input);
        assert_eq!(e.field.as_deref(), Some("amount"), "{input:?}");
        e.message
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn reads_every_locale_s_way_of_writing() {
        for loc in [
            "en", "es", "fr", "de", "it", "de-CH", "fr-CH", "it-CH", "es-ES", "xx",
        ] {
            assert_eq!(ok("0,10", loc), d("0.10"), "{loc}");
            assert_eq!(ok("0.10", loc), d("0.10"), "{loc}");
            assert_eq!(ok("1’000.50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1'000.50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1.000,50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1,000.50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1 000,50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1\u{a0}000,50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1\u{202f}000,50", loc), d("1000.50"), "{loc}");
            assert_eq!(ok("1 234 567", loc), d("1234567"), "{loc}");
            assert_eq!(ok("  25  ", loc), d("25"), "{loc}");
            assert_eq!(ok("7.5", loc), d("7.5"), "{loc}");
        }
    }

    #[test]
    fn a_lone_mark_before_three_digits_follows_the_locale() {
        assert_eq!(ok("1,000", "en"), d("1000"));
        assert_eq!(ok("1,000,000", "en-GB"), d("1000000"));
        assert_eq!(ok("1.000", "es"), d("1000"));
        assert_eq!(ok("1.000.000", "de-DE"), d("1000000"));
        for (input, loc) in [
            ("1.000", "en"),
            ("1,000", "es"),
            ("1,000", "fr"),
            ("1,000", "de"),
        ] {
            assert!(
                refused(input, loc).contains("more than two decimals"),
                "{input} {loc}"
            );
        }
        for loc in ["de-CH", "fr-CH", "it_CH", "de-LI", "xx"] {
            assert!(refused("1.000", loc).contains("ambiguous"), "{loc}");
            assert!(refused("1,000", loc).contains("ambiguous"), "{loc}");
        }
    }

    #[test]
    fn refusals_say_why() {
        let cases = [
            ("", "empty"),
            ("   ", "empty"),
            ("1e3", "exponent"),
            ("1E-2", "exponent"),
            ("2.5e1", "exponent"),
            ("-5", "negative"),
            ("\u{2212}5", "negative"),
            ("+5", "sign"),
            ("abc", "letters"),
            ("12abc", "letters"),
            ("CHF 10", "letters"),
            ("$10", "symbols"),
            ("1\u{0}0", "control"),
            ("1.2.3", "several decimal separators"),
            ("1.000,00,5", "several decimal separators"),
            ("1,00,0", "wrong places"),
            ("1’00’000", "wrong places"),
            ("1234’567", "wrong places"),
            ("1 000’000", "mixes"),
            ("1.005", "more than two decimals"),
            ("0.099", "more than two decimals"),
            (".50", "starts with a separator"),
            ("10.", "ends with a separator"),
            ("1..0", "two separators in a row"),
            ("1234567890123456", "too large"),
            ("0.1234567890123456789", "more than two decimals"),
        ];
        for (input, why) in cases {
            let msg = refused(input, "en");
            assert!(msg.contains(why), "{input:?}: {msg}");
        }
        assert!(refused("1,0000", "en").contains("wrong places"));
        assert!(refused("1,5,0", "en").contains("wrong places"));
        assert!(refused("1,5,0", "es").contains("several decimal separators"));
        assert!(refused("10 Euro", "en").contains("letters"));
        assert!(refused("1,0000", "es").contains("more than two decimals"));
    }

    /// The tags the UI sends (its LOCALE_TAGS): Swiss usage for de/fr/it, English reads a point.
    #[test]
    fn the_ui_s_locale_tags_read_as_intended() {
        for tag in ["de-CH", "fr-CH", "it-CH"] {
            assert_eq!(ok("10.50", tag), d("10.50"), "{tag}");
            assert_eq!(ok("1'000.50", tag), d("1000.50"), "{tag}");
            assert!(refused("1.000", tag).contains("ambiguous"), "{tag}");
            assert!(refused("1,000", tag).contains("ambiguous"), "{tag}");
        }
        assert_eq!(ok("1,000", "en-CH"), d("1000"));
        assert!(refused("1.000", "en-CH").contains("more than two decimals"));
        assert_eq!(ok("1.000", "es-ES"), d("1000"));
        assert!(refused("1,000", "es-ES").contains("more than two decimals"));
    }

    #[test]
    fn a_thousands_group_never_follows_a_leading_zero() {
        for (input, loc) in [
            ("0,105", "en"),
            ("0,105,000", "en"),
            ("00,105", "en"),
            ("0.105", "es"),
            ("0.105", "de-DE"),
            ("0'105", "de-CH"),
            ("0 105,50", "fr"),
        ] {
            assert!(
                refused(input, loc).contains("cannot follow 0"),
                "{input} {loc}"
            );
        }
        // Zero itself and decimals after it are still amounts.
        assert_eq!(ok("0,10", "en"), d("0.10"));
        assert_eq!(ok("0.10", "es"), d("0.10"));
        assert_eq!(ok("0", "en"), d("0"));
        assert_eq!(ok("1,105", "en"), d("1105"));
    }

    #[test]
    fn money_fields_take_their_own_currency_only() {
        let chf = |s: &str| parse_money(s, "fr-CH", "amount", Currency::CHF);
        for s in [
            "CHF 10.50",
            "10.50 CHF",
            "chf10.50",
            "Fr. 10.50",
            "10,50 Fr.",
            "SFr. 10.50",
        ] {
            assert_eq!(chf(s).unwrap().amount, d("10.50"), "{s}");
        }
        assert_eq!(chf("10.–").unwrap().amount, d("10"));
        assert_eq!(chf("1’000.-").unwrap().amount, d("1000"));
        assert!(chf("1.50.-").is_err());
        let e = chf("EUR 10").unwrap_err();
        assert!(e.message.contains("in CHF, not EUR"), "{}", e.message);
        assert!(chf("10 €").is_err());
        let eur = parse_money("€ 1.234,56", "es", "amount", Currency::EUR).unwrap();
        assert_eq!(eur, Money::new(d("1234.56"), Currency::EUR));
        assert!(parse_money("10 CHF", "es", "amount", Currency::EUR).is_err());
        assert!(parse_money("CHF CHF 10", "fr-CH", "amount", Currency::CHF).is_err());
    }

    #[test]
    fn limits_are_checked_on_the_exact_value() {
        let limits = (d("0.10"), d("9999.00"));
        let top_up =
            |s: &str| parse_money_within(s, "en", "amount", Currency::CHF, limits, RuleId::Pay6);
        assert_eq!(top_up("0.10").unwrap().amount, d("0.10"));
        assert_eq!(top_up("9’999.00").unwrap().amount, d("9999"));
        for bad in ["0.09", "0.099", "9999.001", "9999.01", "-5", "0"] {
            let e = top_up(bad).unwrap_err();
            assert_eq!(e.rule, Some(RuleId::Pay6), "{bad}");
            assert_eq!(e.field.as_deref(), Some("amount"), "{bad}");
        }
        let e = top_up("1.005").unwrap_err();
        assert_eq!((e.rule, e.field.as_deref()), (None, Some("amount")));
    }
}
