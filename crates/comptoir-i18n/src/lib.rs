//! The message catalogue people read, in five languages: Project Fluent files under the
//! repository's `locales/<lang>/`, compiled into the binary, read here for what Rust writes for
//! people (calendars today; documents and native dialogs next) and by the UI for the screens.
//!
//! A message is asked for by id with typed arguments; a language the catalogue does not have
//! falls back to English. `tests::every_locale_has_the_same_messages_and_variables` keeps the
//! five files in step.

use std::borrow::Cow;
use std::sync::OnceLock;

use comptoir_core::billing::PaymentMethodKind;
use comptoir_core::stored_text::StoredText;
use comptoir_core::{Currency, Money};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use rust_decimal::Decimal;

/// The languages of the catalogue, English first (the fallback).
pub const LANGUAGES: &[&str] = &["en", "es", "fr", "de", "it"];

/// Every `.ftl` file, per language, in the order of [`LANGUAGES`].
const FILES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            include_str!("../../../locales/en/calendar.ftl"),
            include_str!("../../../locales/en/reminders.ftl"),
            include_str!("../../../locales/en/support.ftl"),
            include_str!("../../../locales/en/documents.ftl"),
            include_str!("../../../locales/en/cli.ftl"),
        ],
    ),
    (
        "es",
        &[
            include_str!("../../../locales/es/calendar.ftl"),
            include_str!("../../../locales/es/reminders.ftl"),
            include_str!("../../../locales/es/support.ftl"),
            include_str!("../../../locales/es/documents.ftl"),
            include_str!("../../../locales/es/cli.ftl"),
        ],
    ),
    (
        "fr",
        &[
            include_str!("../../../locales/fr/calendar.ftl"),
            include_str!("../../../locales/fr/reminders.ftl"),
            include_str!("../../../locales/fr/support.ftl"),
            include_str!("../../../locales/fr/documents.ftl"),
            include_str!("../../../locales/fr/cli.ftl"),
        ],
    ),
    (
        "de",
        &[
            include_str!("../../../locales/de/calendar.ftl"),
            include_str!("../../../locales/de/reminders.ftl"),
            include_str!("../../../locales/de/support.ftl"),
            include_str!("../../../locales/de/documents.ftl"),
            include_str!("../../../locales/de/cli.ftl"),
        ],
    ),
    (
        "it",
        &[
            include_str!("../../../locales/it/calendar.ftl"),
            include_str!("../../../locales/it/reminders.ftl"),
            include_str!("../../../locales/it/support.ftl"),
            include_str!("../../../locales/it/documents.ftl"),
            include_str!("../../../locales/it/cli.ftl"),
        ],
    ),
];

/// The OS's preferred languages, first supported one kept (set once by the app at start).
static OS_LANGUAGE: OnceLock<&'static str> = OnceLock::new();

/// Records the OS's preferred languages (BCP 47 tags, most preferred first), as the UI reads
/// them: the reader's language when the workspace has no language setting.
pub fn set_os_languages<I: IntoIterator<Item = String>>(tags: I) {
    let found = tags.into_iter().find_map(|t| {
        let primary = t
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| *l == primary)
    });
    let _ = OS_LANGUAGE.set(found.unwrap_or("en"));
}

/// The language the screens are in: the workspace's setting when it names a catalogue language,
/// else the OS's, else English (the UI decides the same way).
pub fn reader_language(setting: Option<&str>) -> &'static str {
    setting
        .and_then(|s| LANGUAGES.iter().copied().find(|l| *l == s))
        .or_else(|| OS_LANGUAGE.get().copied())
        .unwrap_or("en")
}

/// A value given to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

/// The messages of one language.
pub struct Catalogue {
    language: &'static str,
    bundle: FluentBundle<&'static FluentResource>,
}

/// The parsed `.ftl` files of each language, parsed once per process: a catalogue is asked for
/// per document, per stored text written and per screen read.
fn parsed(index: usize) -> &'static [FluentResource] {
    static PARSED: [OnceLock<Vec<FluentResource>>; LANGUAGES.len()] =
        [const { OnceLock::new() }; LANGUAGES.len()];
    let (language, files) = &FILES[index];
    PARSED[index].get_or_init(|| {
        files
            .iter()
            .map(|source| {
                FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{language}: bad .ftl: {errors:?}"))
            })
            .collect()
    })
}

impl Catalogue {
    /// The catalogue for a BCP 47 tag such as `es`, `es-ES`, `fr_CH.UTF-8` (its primary
    /// language), or English when the catalogue does not have that language.
    pub fn for_tag(tag: &str) -> Catalogue {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let index = FILES.iter().position(|(l, _)| *l == primary).unwrap_or(0);
        let language = FILES[index].0;
        let langid: unic_langid::LanguageIdentifier = language
            .parse()
            .expect("a catalogue language is a valid tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Calendars and PDFs are plain text: no Unicode isolation marks around arguments.
        bundle.set_use_isolating(false);
        for resource in parsed(index) {
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{language}: duplicate messages: {errors:?}"));
        }
        Catalogue { language, bundle }
    }

    /// The language actually used (`en` after a fallback).
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The message `id` with `args`, or the id itself when it is missing (a test keeps every
    /// id present in every language, so people never see one).
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => fargs.set(*k, FluentValue::String(Cow::Owned(s.clone()))),
                Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// A text the engine stored as a code (an invoice line, a prepaid movement), in this
    /// language.
    pub fn stored_text(&self, text: &StoredText) -> String {
        match text {
            StoredText::Renewal { product, months } => self.text(
                "doc-line-renewal",
                &[
                    ("product", product.as_str().into()),
                    ("months", i64::from(*months).into()),
                ],
            ),
            StoredText::Credit { of } => {
                self.text("doc-line-credit", &[("line", self.stored_text(of).into())])
            }
            StoredText::TopUp { pending: true, .. } => self.text("doc-move-top-up-pending", &[]),
            StoredText::TopUp {
                method: Some(m), ..
            } => self.text("doc-move-top-up-by", &[("method", self.method(*m).into())]),
            StoredText::TopUp { method: None, .. } => self.text("doc-move-top-up", &[]),
            StoredText::RenewalPaidFromBalance => self.text("doc-move-renewal-paid", &[]),
            StoredText::OrderPaidFromBalance { order } => {
                self.text("doc-move-order-paid", &[("order", (*order).into())])
            }
            StoredText::OrderCancelled { order } => {
                self.text("doc-move-order-cancelled", &[("order", (*order).into())])
            }
            StoredText::Refund { document } => {
                self.text("doc-move-refund", &[("document", document.as_str().into())])
            }
            StoredText::Plain { text } => text.clone(),
        }
    }

    /// A payment method's name as documents write it ("bank transfer (IBAN)").
    pub fn method(&self, kind: PaymentMethodKind) -> String {
        self.text(&format!("doc-method-{}", kind.as_str()), &[])
    }

    /// An amount as this language writes it, the same as the UI (`ui/src/lib/format.ts`, Intl
    /// with en-CH, es-ES, fr-CH, de-CH, it-CH; both check `locales/money-formats.json`): the
    /// currency code, a no-break space, Swiss apostrophes in fr/de/it ("CHF 1'205.60",
    /// "1'205.60 CHF" in French), Spanish "1.205,60 CHF", one typographic minus in front.
    pub fn money(&self, m: &Money) -> String {
        money_in(self.language, m)
    }

    /// A calendar date in the medium style the UI writes (`formatDate`, Intl): "26 Dec 2025",
    /// "26 dic 2025", "26 déc. 2025", "26.12.2025", "26 dic 2025".
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        date_in(self.language, d)
    }
}

/// An amount as `language` writes it (see [`Catalogue::money`]); for renderers that have a
/// language code rather than a catalogue.
pub fn money_in(language: &str, m: &Money) -> String {
    const NBSP: char = '\u{a0}';
    let negative = m.amount.round_dp(2).is_sign_negative() && !m.amount.round_dp(2).is_zero();
    let digits = amount_in(language, &Money::new(m.amount.abs(), m.currency));
    let code = m.currency.code();
    // Where the code stands: after the amount in Spanish and French, before it elsewhere.
    let text = match language {
        "es" | "fr" => format!("{digits}{NBSP}{code}"),
        _ => format!("{code}{NBSP}{digits}"),
    };
    if negative {
        format!("\u{2212}{text}")
    } else {
        text
    }
}

/// The digits of an amount as `language` writes them with `currency`, without the currency
/// code: the columns of a document ("1'205.60", "1.205,60").
pub fn amount_in(language: &str, m: &Money) -> String {
    let amount = m.amount.round_dp(2);
    let negative = amount.is_sign_negative() && !amount.is_zero();
    let (int, frac) = split(amount.abs());
    let digits = match language {
        "en" if m.currency == Currency::CHF => format!("{}.{frac}", group(&int, "'")),
        "en" => format!("{}.{frac}", group(&int, ",")),
        "es" => format!("{},{frac}", group(&int, ".")),
        _ => format!("{}.{frac}", group(&int, "'")),
    };
    if negative {
        format!("\u{2212}{digits}")
    } else {
        digits
    }
}

/// A calendar date in `language`'s medium style, as the UI writes it (Intl `dateStyle:
/// "medium"` with en-CH, es-ES, fr-CH, de-CH, it-CH; both check `locales/date-formats.json`).
pub fn date_in(language: &str, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
    ];
    const ES: [&str; 12] = [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ];
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const IT: [&str; 12] = [
        "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
    ];
    let m = d.month0() as usize;
    match language {
        "de" => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        "es" => format!("{} {} {}", d.day(), ES[m], d.year()),
        "fr" => format!("{} {} {}", d.day(), FR[m], d.year()),
        "it" => format!("{} {} {}", d.day(), IT[m], d.year()),
        _ => format!("{} {} {}", d.day(), EN[m], d.year()),
    }
}

/// Integer digits (with a leading `-`) and the two decimals of `d`.
fn split(d: Decimal) -> (String, String) {
    let s = format!("{:.2}", d);
    let (i, f) = s.split_once('.').unwrap_or((&s, "00"));
    (i.to_owned(), f.to_owned())
}

fn group(int: &str, sep: &str) -> String {
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    /// Message id -> the variables it uses, for one .ftl source.
    fn shape(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
            for el in &p.elements {
                if let ast::PatternElement::Placeable { expression } = el {
                    walk_expr(expression, vars);
                }
            }
        }
        fn walk_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    walk_inline(selector, vars);
                    for v in variants {
                        walk_pattern(&v.value, vars);
                    }
                }
                ast::Expression::Inline(i) => walk_inline(i, vars),
            }
        }
        fn walk_inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_owned());
                }
                ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
                _ => {}
            }
        }
        let res = fluent_syntax::parser::parse(source).expect("valid Fluent");
        let mut out = BTreeMap::new();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
            }
        }
        out
    }

    #[test]
    fn every_locale_has_the_same_messages_and_variables() {
        let (_, en_files) = FILES[0];
        for (lang, files) in FILES {
            assert_eq!(files.len(), en_files.len(), "{lang}: files");
            for (file, en_file) in files.iter().zip(en_files.iter()) {
                assert_eq!(shape(file), shape(en_file), "{lang} differs from en");
            }
        }
    }

    #[test]
    fn the_shape_check_can_fail() {
        let a = shape("a = { $x }\n");
        assert_ne!(a, shape("a = { $y }\n"));
        assert_ne!(a, shape("b = { $x }\n"));
    }

    #[test]
    fn every_language_answers_and_unknown_ones_fall_back_to_english() {
        for lang in LANGUAGES {
            let c = Catalogue::for_tag(lang);
            assert_eq!(c.language(), *lang);
            let name = c.text("calendar-name", &[]);
            assert!(name.starts_with("Comptoir"), "{lang}: {name}");
        }
        assert_eq!(Catalogue::for_tag("es-ES").language(), "es");
        assert_eq!(Catalogue::for_tag("fr_CH.UTF-8").language(), "fr");
        assert_eq!(Catalogue::for_tag("pt-BR").language(), "en");
    }

    #[test]
    fn plurals_come_from_the_catalogue() {
        let es = Catalogue::for_tag("es");
        let s = |n: i64| {
            es.text(
                "alarm-before",
                &[("days", n.into()), ("summary", "x".into())],
            )
        };
        assert_eq!(s(1), "Mañana: x");
        assert_eq!(s(3), "Dentro de 3 días: x");
    }

    #[test]
    fn amounts_read_as_the_ui_writes_them() {
        let fixtures: serde_json::Value =
            serde_json::from_str(include_str!("../../../locales/money-formats.json")).unwrap();
        let cases = fixtures["cases"].as_array().unwrap();
        assert!(cases.len() >= 50);
        for c in cases {
            let currency = Currency::parse(c["currency"].as_str().unwrap()).unwrap();
            let amount: Decimal = c["amount"].as_str().unwrap().parse().unwrap();
            let text = Catalogue::for_tag(c["language"].as_str().unwrap())
                .money(&Money::new(amount, currency));
            assert_eq!(text, c["text"].as_str().unwrap(), "{c}");
            // A document's columns: the same digits without the currency code.
            let digits = amount_in(
                c["language"].as_str().unwrap(),
                &Money::new(amount, currency),
            );
            let without_code = text
                .replace(currency.code(), "")
                .trim_matches('\u{a0}')
                .replace("\u{2212}\u{a0}", "\u{2212}");
            assert_eq!(digits, without_code, "{c}");
        }
    }

    #[test]
    fn dates_read_as_the_ui_writes_them() {
        let fixtures: serde_json::Value =
            serde_json::from_str(include_str!("../../../locales/date-formats.json")).unwrap();
        let cases = fixtures["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 5 * 12 * 2);
        for c in cases {
            let d =
                chrono::NaiveDate::parse_from_str(c["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            let lang = c["language"].as_str().unwrap();
            assert_eq!(
                Catalogue::for_tag(lang).date(d),
                c["text"].as_str().unwrap(),
                "{c}"
            );
        }
    }
}
