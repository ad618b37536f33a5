//! Property tests of the one amount parser: what any locale writes reads back exactly, and what
//! is not exactly an amount is refused, never rounded.

use comptoir_core::amount::{parse_amount, parse_money_within};
use comptoir_core::{Currency, RuleId};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// How each locale writes numbers: its decimal marks and the thousands separators it uses.
struct Writing {
    locale: &'static str,
    decimal: &'static [char],
    group: &'static [char],
}

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{00A0}';

const WRITINGS: &[Writing] = &[
    Writing {
        locale: "en",
        decimal: &['.'],
        group: &[',', '’', '\'', ' '],
    },
    Writing {
        locale: "en-GB",
        decimal: &['.'],
        group: &[','],
    },
    Writing {
        locale: "es",
        decimal: &[','],
        group: &['.', ' ', NBSP],
    },
    Writing {
        locale: "es-ES",
        decimal: &[','],
        group: &['.', NNBSP],
    },
    Writing {
        locale: "fr",
        decimal: &[','],
        group: &[NNBSP, NBSP, ' ', '.'],
    },
    Writing {
        locale: "de",
        decimal: &[','],
        group: &['.', ' '],
    },
    Writing {
        locale: "it",
        decimal: &[','],
        group: &['.', '\''],
    },
    Writing {
        locale: "de-CH",
        decimal: &['.', ','],
        group: &['’', '\''],
    },
    Writing {
        locale: "fr-CH",
        decimal: &['.', ','],
        group: &[NNBSP, ' ', '’'],
    },
    Writing {
        locale: "it-CH",
        decimal: &['.', ','],
        group: &['’', '\''],
    },
];

fn group(int: u64, sep: Option<char>) -> String {
    let digits = int.to_string();
    let Some(sep) = sep else { return digits };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn amount() -> impl Strategy<Value = (u64, u32, u64)> {
    (0u64..1_000_000_000_000_000, 0u32..=2)
        .prop_flat_map(|(int, scale)| (Just(int), Just(scale), 0u64..10u64.pow(scale)))
}

fn value(int: u64, scale: u32, frac: u64) -> Decimal {
    Decimal::from_i128_with_scale(
        i128::from(int) * 10i128.pow(scale) + i128::from(frac),
        scale,
    )
}

fn write(int: u64, scale: u32, frac: u64, mark: char, sep: Option<char>) -> String {
    let mut s = group(int, sep);
    if scale > 0 {
        s.push(mark);
        s.push_str(&format!("{frac:0width$}", width = scale as usize));
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_locale_reads_back_what_it_writes(
        (int, scale, frac) in amount(),
        w in 0..WRITINGS.len(),
        m in 0usize..2,
        g in 0usize..5,
    ) {
        let w = &WRITINGS[w];
        let mark = w.decimal[m % w.decimal.len()];
        // g == 0: no grouping; otherwise one of the locale's separators.
        let sep = (g > 0).then(|| w.group[(g - 1) % w.group.len()]);
        // A lone `.`/`,` group before three digits is ambiguous in Swiss locales: they group
        // with apostrophes and spaces, so the writings above never produce it there.
        let text = write(int, scale, frac, mark, sep);
        let read = parse_amount(&text, w.locale, "amount");
        prop_assert_eq!(read, Ok(value(int, scale, frac)), "{:?} in {}", text, w.locale);
    }

    #[test]
    fn exponents_are_refused(
        int in 0u64..100_000,
        frac in proptest::option::of(0u64..1000),
        e in prop::sample::select(vec!["e", "E", "e+", "E-", "e-"]),
        exp in 0u32..30,
        w in 0..WRITINGS.len(),
    ) {
        let w = &WRITINGS[w];
        let mantissa = match frac {
            Some(f) => format!("{int}{}{f}", w.decimal[0]),
            None => int.to_string(),
        };
        let text = format!("{mantissa}{e}{exp}");
        let err = parse_amount(&text, w.locale, "amount").unwrap_err();
        prop_assert_eq!(err.field.as_deref(), Some("amount"));
        prop_assert!(err.message.contains("exponent"), "{:?}: {}", text, err.message);
    }

    #[test]
    fn three_or_more_decimals_are_refused(
        int in 0u64..10_000_000,
        decimals in 3usize..20,
        digit_seed in any::<u64>(),
        w in 0..WRITINGS.len(),
        grouped in any::<bool>(),
    ) {
        let w = &WRITINGS[w];
        let mark = w.decimal[0];
        let sep = grouped.then(|| w.group[0]);
        let frac: String = (0..decimals)
            .map(|i| char::from(b'0' + ((digit_seed >> (i % 60)) % 10) as u8))
            .collect();
        let text = format!("{}{mark}{frac}", group(int, sep));
        let err = parse_amount(&text, w.locale, "amount").unwrap_err();
        prop_assert_eq!(err.field.as_deref(), Some("amount"), "{:?}", text);
        // A top-up never rounds them into its range either.
        let top_up = parse_money_within(
            &text, w.locale, "amount", Currency::CHF,
            (Decimal::new(10, 2), Decimal::new(999_900, 2)), RuleId::Pay6,
        );
        prop_assert!(top_up.is_err(), "{:?} accepted as a top-up", text);
    }

    #[test]
    fn never_panics_on_arbitrary_text(s in any::<String>(), w in 0..WRITINGS.len()) {
        let _ = parse_amount(&s, WRITINGS[w].locale, "amount");
        let _ = parse_money_within(
            &s, WRITINGS[w].locale, "amount", Currency::EUR,
            (Decimal::ZERO, Decimal::MAX), RuleId::Pay6,
        );
    }

    #[test]
    fn never_panics_on_amount_like_text(
        s in "[0-9.,'’ \u{a0}\u{202f}eE+\\-−€CHFEURr–]{0,24}",
        w in 0..WRITINGS.len(),
    ) {
        if let Ok(v) = parse_amount(&s, WRITINGS[w].locale, "amount") {
            // Whatever is accepted is exact money: two decimals at most, never negative.
            prop_assert!(v.scale() <= 2 && !v.is_sign_negative(), "{:?} -> {}", s, v);
        }
        let _ = parse_money_within(
            &s, WRITINGS[w].locale, "amount", Currency::CHF,
            (Decimal::new(10, 2), Decimal::new(999_900, 2)), RuleId::Pay6,
        );
    }
}
