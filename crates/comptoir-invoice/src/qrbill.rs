//! The Swiss QR-bill payment part (SIX Implementation Guidelines v2.3): the `SPC/0200/1` data,
//! structured addresses only, QR-IBAN with a QRR reference or IBAN with an SCOR (RF) reference.

use comptoir_core::org::Address;
use comptoir_core::{Currency, Error, Result};
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// QR reference: 27 digits, the last a mod-10 recursive check digit. Needs a QR-IBAN.
    Qrr(String),
    /// Creditor reference (ISO 11649), `RF` + 2 check digits + up to 21 characters.
    Scor(String),
    None,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub address: Address,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrBill {
    /// Without spaces, `CH` or `LI`.
    pub iban: String,
    pub creditor: Contact,
    pub amount: Option<Decimal>,
    pub currency: Currency,
    pub debtor: Option<Contact>,
    pub reference: Reference,
    pub message: String,
}

pub use comptoir_core::billing::iban_is_valid;

pub use comptoir_core::billing::is_qr_iban;

/// The mod-10 recursive check digit of a QR reference.
pub fn mod10_recursive(digits: &str) -> u8 {
    const TABLE: [u8; 10] = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
    let mut carry = 0u8;
    for d in digits.bytes() {
        carry = TABLE[((carry + (d - b'0')) % 10) as usize];
    }
    (10 - carry) % 10
}

/// The ISO 7064 mod 97-10 remainder of an alphanumeric string (letters count as 10..35).
fn mod97(s: &str) -> u32 {
    let mut rem: u32 = 0;
    for c in s.chars() {
        let v = c.to_digit(36).unwrap_or(0);
        for d in v.to_string().chars() {
            rem = (rem * 10 + d.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    rem
}

/// An ISO 11649 creditor reference (`RF` + 2 check digits + up to 21 letters and digits) for
/// a document number such as `INV-AL-00012`.
pub fn scor_for(number: &str) -> String {
    let body: String = number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .take(21)
        .collect();
    let check = 98 - mod97(&format!("{body}RF00"));
    format!("RF{check:02}{body}")
}

/// Whether a creditor reference's check digits hold.
pub fn scor_is_valid(r: &str) -> bool {
    r.len() >= 5
        && r.len() <= 25
        && r.starts_with("RF")
        && r.chars().all(|c| c.is_ascii_alphanumeric())
        && mod97(&format!("{}{}", &r[4..], &r[..4])) == 1
}

/// A QR reference for a document id: 26 digits and the check digit.
pub fn qrr_for(document_id: i64) -> String {
    let body = format!("{:026}", document_id.unsigned_abs());
    format!("{body}{}", mod10_recursive(&body))
}

fn check_len(field: &str, value: &str, max: usize, required: bool) -> Result<()> {
    let n = value.chars().count();
    if (required && n == 0) || n > max {
        return Err(Error::invalid(
            field,
            format!("{field} must be {} to {max} characters", u8::from(required)),
        ));
    }
    Ok(())
}

/// The contact's fields must already be as the payload carries them: inside the character set,
/// one line each, within the structured address's limits, an ISO country code.
fn check_contact(role: &str, c: &Contact) -> Result<()> {
    let clean = Contact::new(role, &c.name, &c.address)?;
    if clean != *c {
        return Err(Error::invalid(
            &format!("{role}.name"),
            format!("{role}: texts must be cleaned for the QR-bill (Contact::new)"),
        ));
    }
    Ok(())
}

impl Contact {
    /// A creditor or debtor as the QR-bill carries it: dashes and typographic quotes replaced
    /// by their equivalents inside the character set, anything else refused naming the field
    /// (`buyer.street`); see [`comptoir_core::billing::qr_contact`].
    pub fn new(role: &str, name: &str, address: &Address) -> Result<Contact> {
        let [name, street, building_number, postal_code, town, country] =
            comptoir_core::billing::qr_contact(role, name, address)?;
        Ok(Contact {
            name,
            address: Address {
                street,
                building_number,
                postal_code,
                town,
                country,
            },
        })
    }
}

impl QrBill {
    pub fn validate(&self) -> Result<()> {
        let iban: String = self.iban.chars().filter(|c| !c.is_whitespace()).collect();
        if !(iban.starts_with("CH") || iban.starts_with("LI"))
            || iban.len() != 21
            || !iban_is_valid(&iban)
        {
            return Err(Error::invalid(
                "iban",
                "a valid Swiss or Liechtenstein IBAN is needed",
            ));
        }
        match (&self.reference, is_qr_iban(&iban)) {
            (Reference::Qrr(r), true) => {
                let ok = r.len() == 27
                    && r.bytes().all(|b| b.is_ascii_digit())
                    && mod10_recursive(&r[..26]) == r.as_bytes()[26] - b'0';
                if !ok {
                    return Err(Error::invalid("reference", "not a valid QR reference"));
                }
            }
            (Reference::Scor(r), false) if !scor_is_valid(r) => {
                return Err(Error::invalid(
                    "reference",
                    "not a valid creditor reference (RF)",
                ));
            }
            (Reference::Qrr(_), false) | (Reference::Scor(_) | Reference::None, true) => {
                return Err(Error::invalid(
                    "reference",
                    "a QR-IBAN goes with a QR reference, an IBAN with a creditor reference or none",
                ));
            }
            _ => {}
        }
        if let Some(a) = self.amount {
            if a < Decimal::new(1, 2) || a > Decimal::new(99_999_999_999, 2) {
                return Err(Error::invalid(
                    "amount",
                    "an amount from 0.01 to 999999999.99",
                ));
            }
        }
        check_contact("creditor", &self.creditor)?;
        if let Some(d) = &self.debtor {
            check_contact("debtor", d)?;
        }
        check_len("message", &self.message, 140, false)?;
        if comptoir_core::billing::qr_text("message", &self.message)? != self.message {
            return Err(Error::invalid(
                "message",
                "message has characters outside the QR-bill's set",
            ));
        }
        // Each field within its length can still make the whole too long for the largest QR
        // code SIX allows (version 25 at level M, 117 modules): letters outside ASCII take two
        // or three bytes. Refused here, named, instead of failing while drawing the code.
        let fits = qrcode::bits::encode_auto(self.payload().as_bytes(), qrcode::EcLevel::M)
            .is_ok_and(|bits| bits.version().width() <= 117);
        if !fits {
            return Err(Error::invalid(
                "qr_bill",
                "the names, addresses and message together are too long for the QR-bill's code",
            )
            .reason("qr_too_long"));
        }
        Ok(())
    }

    /// The QR code's text: the 31 elements of `SPC/0200/1`, separated by CR LF.
    pub fn payload(&self) -> String {
        let iban: String = self.iban.chars().filter(|c| !c.is_whitespace()).collect();
        let contact = |c: Option<&Contact>| -> Vec<String> {
            match c {
                None => vec![String::new(); 7],
                Some(c) => vec![
                    "S".into(),
                    c.name.clone(),
                    c.address.street.clone(),
                    c.address.building_number.clone(),
                    c.address.postal_code.clone(),
                    c.address.town.clone(),
                    c.address.country.clone(),
                ],
            }
        };
        let (rtype, rvalue) = match &self.reference {
            Reference::Qrr(r) => ("QRR", r.clone()),
            Reference::Scor(r) => ("SCOR", r.clone()),
            Reference::None => ("NON", String::new()),
        };
        let mut parts: Vec<String> = vec!["SPC".into(), "0200".into(), "1".into(), iban];
        parts.extend(contact(Some(&self.creditor)));
        parts.extend(contact(None)); // ultimate creditor: reserved, empty
        parts.push(
            self.amount
                .map(|a| format!("{:.2}", a.round_dp(2)))
                .unwrap_or_default(),
        );
        parts.push(self.currency.code().into());
        parts.extend(contact(self.debtor.as_ref()));
        parts.push(rtype.into());
        parts.push(rvalue);
        parts.push(self.message.clone());
        parts.push("EPD".into());
        parts.join("\r\n")
    }
}

/// A reference as printed: QRR in blocks of 5 from the right after 2, SCOR in blocks of 4.
pub fn format_reference(r: &Reference) -> String {
    match r {
        Reference::Qrr(s) => {
            let (head, rest) = s.split_at(2);
            let blocks: Vec<String> = rest
                .as_bytes()
                .chunks(5)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            format!("{head} {}", blocks.join(" "))
        }
        Reference::Scor(s) => s
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" "),
        Reference::None => String::new(),
    }
}

/// An IBAN as printed, in blocks of 4.
pub fn format_iban(iban: &str) -> String {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_and_qr_iban() {
        assert!(iban_is_valid("CH44 3199 9123 0008 8901 2"));
        assert!(is_qr_iban("CH4431999123000889012"));
        assert!(!iban_is_valid("CH44 3199 9123 0008 8901 3"));
        assert!(iban_is_valid("CH93 0076 2011 6238 5295 7"));
        assert!(!is_qr_iban("CH9300762011623852957"));
    }

    #[test]
    fn scor_reference() {
        // ISO 11649's own example: RF18 5390 0754 7034.
        assert!(scor_is_valid("RF18539007547034"));
        assert!(!scor_is_valid("RF19539007547034"));
        let r = scor_for("INV-AL-00012");
        assert!(r.starts_with("RF") && scor_is_valid(&r), "{r}");
    }

    /// Every field at its longest, in two-byte letters: within each field's limit, too long
    /// for the QR code as a whole (it panicked while drawing the code).
    #[test]
    fn a_payload_too_long_for_version_25_is_refused_by_name() {
        let contact = |role: &str| {
            Contact::new(
                role,
                &"é".repeat(70),
                &Address {
                    street: "ü".repeat(70),
                    building_number: "1".repeat(16),
                    postal_code: "1".repeat(16),
                    town: "è".repeat(35),
                    country: "CH".into(),
                },
            )
            .unwrap()
        };
        let mut bill = QrBill {
            iban: "CH9300762011623852957".into(),
            creditor: contact("creditor"),
            amount: Some(Decimal::new(1500, 2)),
            currency: Currency::CHF,
            debtor: Some(contact("debtor")),
            reference: Reference::None,
            message: "à".repeat(140),
        };
        let e = bill.validate().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("qr_bill"), "{e:?}");
        assert_eq!(
            e.params
                .as_ref()
                .and_then(|p| p.get("reason"))
                .map(String::as_str),
            Some("qr_too_long")
        );
        // The same bill with a short message fits, and its code is drawn.
        bill.message = "INV-AL-00012".into();
        bill.validate().unwrap();
        let (n, _) = crate::qrmatrix::modules(bill.payload().as_bytes());
        assert!(n <= 117, "{n}");
    }

    #[test]
    fn qrr_check_digit() {
        // The SIX example reference 21 00000 00003 13947 14300 09017 ends with check digit 7.
        assert_eq!(mod10_recursive("21000000000313947143000901"), 7);
        let r = qrr_for(42);
        assert_eq!(r.len(), 27);
        assert_eq!(format_reference(&Reference::Qrr(r.clone())).len(), 27 + 5);
    }
}
