//! Limits on every text a person types and the workspace stores, with the field named.
//!
//! Decisions:
//! - Limits count characters (Unicode scalar values), not bytes: "Zürich" is 6.
//! - Surrounding whitespace is trimmed before counting and storing; a required field that is
//!   blank once trimmed is refused, an optional one is stored as absent.
//! - Single-line fields refuse every control character (C0 with NUL, tab and newlines, DEL, C1),
//!   the Unicode line and paragraph separators, the byte-order mark and the bidirectional
//!   overrides/isolates (they can make a name on an invoice read differently than stored).
//!   Multi-line fields also accept `\n` (a `\r\n` is stored as `\n`) and nothing else of those.
//! - Addresses follow the Swiss QR-bill's structured address (SIX Implementation Guidelines):
//!   name and street 70, building number 16, postal code 16, town 35, an ISO country code. The
//!   organization is the QR-bill's debtor and the seller its creditor, so their names are 70
//!   too: a longer one would silently drop the QR-bill from the invoice. Other names are 120.

use crate::error::{Error, Reason, Result};
use crate::org::Address;

/// A person's or a team's name.
pub const NAME_MAX: usize = 120;
/// A name printed on a QR-bill (organization as debtor, seller as creditor).
pub const QR_NAME_MAX: usize = 70;
pub const STREET_MAX: usize = 70;
pub const BUILDING_NUMBER_MAX: usize = 16;
pub const POSTAL_CODE_MAX: usize = 16;
pub const TOWN_MAX: usize = 35;
/// RFC 5321: 254 for a whole address, 64 for the part before `@`.
pub const EMAIL_MAX: usize = 254;
pub const EMAIL_LOCAL_MAX: usize = 64;
/// Room for `CHE-123.456.789 MWST` and every EU format.
pub const VAT_NUMBER_MAX: usize = 32;
/// An IBAN is 34 characters at most; people type it in groups of four.
pub const IBAN_MAX: usize = 34 + 8;

fn forbidden(c: char, multi_line: bool) -> bool {
    if multi_line && c == '\n' {
        return false;
    }
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn check(field: &str, value: &str, max_chars: usize, multi_line: bool) -> Result<()> {
    let n = value.chars().count();
    if n > max_chars {
        return Err(Error::invalid_because(
            field,
            Reason::TooLong {
                max: max_chars,
                given: n,
            },
        ));
    }
    if let Some(c) = value.chars().find(|&c| forbidden(c, multi_line)) {
        return Err(Error::invalid_because(
            field,
            Reason::ControlCharacter {
                character: format!("U+{:04X}", u32::from(c)),
            },
        ));
    }
    Ok(())
}

/// A required single-line text: trimmed, 1 to `max_chars` characters, no control characters.
pub fn check_text<'a>(field: &str, value: &'a str, max_chars: usize) -> Result<&'a str> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid_because(field, Reason::Empty));
    }
    check(field, value, max_chars, false)?;
    Ok(value)
}

/// An optional single-line text: blank is `None`, anything else as [`check_text`].
pub fn check_optional_text<'a>(
    field: &str,
    value: Option<&'a str>,
    max_chars: usize,
) -> Result<Option<&'a str>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => check_text(field, v, max_chars).map(Some),
    }
}

/// A multi-line text (notes, messages): may be empty, keeps its line breaks (`\r\n` becomes
/// `\n`), refuses every other control character.
pub fn check_multiline_text(field: &str, value: &str, max_chars: usize) -> Result<String> {
    let value = value.trim().replace("\r\n", "\n");
    check(field, &value, max_chars, true)?;
    Ok(value)
}

/// A structured postal address as the QR-bill takes it; returns it trimmed.
pub fn check_address(a: &Address) -> Result<Address> {
    let building = check_optional_text(
        "building_number",
        Some(&a.building_number),
        BUILDING_NUMBER_MAX,
    )?;
    let country = a.country.as_str();
    if country.len() != 2 || !country.chars().all(|x| x.is_ascii_uppercase()) {
        return Err(Error::invalid_because(
            "country",
            Reason::BadFormat {
                example: "CH".to_owned(),
            },
        ));
    }
    Ok(Address {
        street: check_text("street", &a.street, STREET_MAX)?.to_owned(),
        building_number: building.unwrap_or("").to_owned(),
        postal_code: check_text("postal_code", &a.postal_code, POSTAL_CODE_MAX)?.to_owned(),
        town: check_text("town", &a.town, TOWN_MAX)?.to_owned(),
        country: country.to_owned(),
    })
}

/// An optional VAT number: the Swiss UID (`CHE-123.456.789 MWST`) or an EU number
/// (`ESB12345678`): a country prefix, digits, and only letters, digits, spaces, `.`, `-`, `/`.
pub fn check_vat_number(value: Option<&str>) -> Result<Option<String>> {
    let field = "vat_number";
    let Some(v) = check_optional_text(field, value, VAT_NUMBER_MAX)? else {
        return Ok(None);
    };
    let shaped = v.chars().take(2).all(|c| c.is_ascii_alphabetic())
        && v.chars().any(|c| c.is_ascii_digit())
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-' | '/'));
    if !shaped {
        return Err(Error::invalid_because(
            field,
            Reason::BadFormat {
                example: "CHE-123.456.789 MWST".to_owned(),
            },
        ));
    }
    Ok(Some(v.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of<T: std::fmt::Debug>(r: Result<T>) -> String {
        r.expect_err("expected a refusal").field.unwrap_or_default()
    }

    #[test]
    fn limits_count_characters_and_trim() {
        let at_limit = "é".repeat(35);
        assert_eq!(check_text("town", &at_limit, 35).unwrap(), at_limit);
        assert_eq!(check_text("town", "  Zürich \u{a0}", 35).unwrap(), "Zürich");
        let e = check_text("town", &"é".repeat(36), 35).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("town"));
        assert!(e.message.contains("at most 35"), "{}", e.message);
        assert!(check_text("town", &"x".repeat(10_000), 35).is_err());
    }

    #[test]
    fn required_and_optional() {
        assert_eq!(field_of(check_text("name", "  ", 10)), "name");
        assert_eq!(check_optional_text("vat", Some("  "), 10).unwrap(), None);
        assert_eq!(check_optional_text("vat", None, 10).unwrap(), None);
        assert_eq!(
            check_optional_text("vat", Some(" a "), 10).unwrap(),
            Some("a")
        );
    }

    #[test]
    fn control_and_invisible_characters_are_refused() {
        for bad in [
            "a\0b",
            "a\tb",
            "a\nb",
            "a\rb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{202e}b",
            "a\u{2066}b",
            "a\u{2028}b",
            "a\u{feff}b",
        ] {
            let e = check_text("name", bad, 50).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("name"), "{bad:?}");
            assert!(e.message.contains("control"), "{bad:?}");
        }
        // Joiners are part of many names and emoji; they stay.
        assert!(check_text("name", "Ana\u{200d}", 50).is_ok());
    }

    #[test]
    fn multi_line_keeps_line_breaks_only() {
        assert_eq!(
            check_multiline_text("note", "a\r\nb\nc", 50).unwrap(),
            "a\nb\nc"
        );
        assert!(check_multiline_text("note", "", 50).is_ok());
        for bad in ["a\0b", "a\tb", "a\rb", "a\u{202e}b"] {
            assert_eq!(field_of(check_multiline_text("note", bad, 50)), "note");
        }
    }

    #[test]
    fn addresses_follow_the_qr_bill() {
        let a = Address {
            street: " Rue du Lac ".into(),
            building_number: "".into(),
            postal_code: "1003".into(),
            town: "Lausanne".into(),
            country: "CH".into(),
        };
        let ok = check_address(&a).unwrap();
        assert_eq!(ok.street, "Rue du Lac");
        for (field, edit) in [
            (
                "street",
                Box::new(|a: &mut Address| a.street = "x".repeat(71)) as Box<dyn Fn(&mut Address)>,
            ),
            (
                "building_number",
                Box::new(|a| a.building_number = "1".repeat(17)),
            ),
            ("postal_code", Box::new(|a| a.postal_code = "1\u{0}".into())),
            ("town", Box::new(|a| a.town = "t".repeat(36))),
            ("country", Box::new(|a| a.country = "Suisse".into())),
        ] {
            let mut b = a.clone();
            edit(&mut b);
            assert_eq!(field_of(check_address(&b)), field);
        }
    }

    #[test]
    fn vat_numbers() {
        for ok in [
            "CHE-123.456.789 MWST",
            "CHE-123.456.789 TVA",
            "ESB12345678",
            "DE123456789",
        ] {
            assert_eq!(check_vat_number(Some(ok)).unwrap().as_deref(), Some(ok));
        }
        assert_eq!(check_vat_number(Some(" ")).unwrap(), None);
        for bad in [
            "123",
            "CHE-123<script>",
            "ES",
            &"ES1".repeat(20),
            "ES1\u{0}",
        ] {
            assert_eq!(field_of(check_vat_number(Some(bad))), "vat_number", "{bad}");
        }
    }
}
