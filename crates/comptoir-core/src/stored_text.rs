//! Texts people read that the engine keeps (invoice lines, prepaid movements): stored as a code
//! with its facts and written in the reader's language when read (`comptoir-i18n`), so a
//! Spanish reader never sees "Renewal … (12 months)" and a document speaks its buyer's language.

use serde::{Deserialize, Serialize};

use crate::billing::PaymentMethodKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoredText {
    /// A renewal line: the product and how many months it adds.
    Renewal { product: String, months: u16 },
    /// A credit-note line crediting another line.
    Credit { of: Box<StoredText> },
    /// Money added to the prepaid account, with the method it came by when known; `pending`
    /// while a bank transfer is awaited.
    TopUp {
        pending: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        method: Option<PaymentMethodKind>,
    },
    /// A renewal paid from the prepaid balance (no order named).
    RenewalPaidFromBalance,
    /// An order paid (partly) from the prepaid balance.
    OrderPaidFromBalance { order: i64 },
    /// A cancelled order's balance given back.
    OrderCancelled { order: i64 },
    /// A credit note's refund to the prepaid balance.
    Refund { document: String },
    /// Text written before texts were stored as codes, shown as it was written.
    Plain { text: String },
}

impl StoredText {
    /// The stored form (JSON).
    pub fn to_code(&self) -> String {
        serde_json::to_string(self).expect("a stored text serializes")
    }

    /// Reads a stored code; the text written with it is used when the code is absent or
    /// unreadable (rows from before codes, or from a newer version).
    pub fn from_code(code: Option<&str>, written: &str) -> StoredText {
        code.and_then(|c| serde_json::from_str(c).ok())
            .unwrap_or_else(|| StoredText::Plain {
                text: written.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_and_old_rows_keep_their_words() {
        let t = StoredText::Credit {
            of: Box::new(StoredText::Renewal {
                product: "atelier-lumiere.ch".into(),
                months: 12,
            }),
        };
        assert_eq!(StoredText::from_code(Some(&t.to_code()), "x"), t);
        assert_eq!(
            StoredText::from_code(None, "Renewal x (12 months)"),
            StoredText::Plain {
                text: "Renewal x (12 months)".into()
            }
        );
        assert_eq!(
            StoredText::from_code(Some("{\"kind\":\"future\"}"), "kept"),
            StoredText::Plain {
                text: "kept".into()
            }
        );
    }
}
