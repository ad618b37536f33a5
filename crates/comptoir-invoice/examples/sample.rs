//! Writes a sample invoice to look at: `cargo run -p comptoir-invoice --example sample -- out.pdf`
//! then `pdftoppm -png -r 80 out.pdf page`.

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::Currency;
use comptoir_invoice::{render, DocLine, Document, Fonts, Lang, Party};
use rust_decimal::Decimal;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "sample-invoice.pdf".into());
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let lines = [
        ("Renouvellement lumiere.ch (12 mois)", 1100, 810),
        ("Hébergement web atelier-lumiere.ch (24 mois)", 23800, 810),
        ("Service mail mail.lumiere.ch (12 mois)", 2900, 810),
        ("Certificat SSL shop.lumiere.ch (12 mois)", 4900, 810),
    ];
    let doc = Document {
        kind: InvoiceKind::Invoice,
        number: "INV-AL-00012".into(),
        issued_on: d("2026-11-27"),
        due_on: d("2026-12-27"),
        currency: Currency::CHF,
        seller: Party {
            name: "Helvetia Hosting SA (démo)".into(),
            address: Address {
                street: "Rue de Genève".into(),
                building_number: "7".into(),
                postal_code: "1003".into(),
                town: "Lausanne".into(),
                country: "CH".into(),
            },
            vat_number: Some("CHE-123.456.788 TVA".into()),
            iban: Some("CH93 0076 2011 6238 5295 7".into()),
            qr_iban: Some("CH44 3199 9123 0008 8901 2".into()),
        },
        buyer: Party {
            name: "Atelier Lumière Sàrl".into(),
            address: Address {
                street: "Rue du Simplon".into(),
                building_number: "12".into(),
                postal_code: "1006".into(),
                town: "Lausanne".into(),
                country: "CH".into(),
            },
            vat_number: Some("CHE-109.322.551 TVA".into()),
            iban: None,
            qr_iban: None,
        },
        lines: lines
            .iter()
            .map(|&(desc, minor, vat)| DocLine {
                description: desc.into(),
                period_from: Some(d("2026-12-01")),
                period_to: Some(d("2027-12-01")),
                quantity: 1,
                unit_price: Decimal::new(minor, 2),
                vat_rate_bp: vat,
            })
            .collect(),
        already_paid: Decimal::ZERO,
        language: Lang::Fr,
        payment_terms_days: 30,
        accepted_methods: vec![
            "Visa".into(),
            "Mastercard".into(),
            "Twint".into(),
            "PostFinance".into(),
            "virement IBAN".into(),
        ],
        corrects: None,
        qr_bill: None,
        vat_adjustment: rust_decimal::Decimal::ZERO,
        cancelled: false,
    };
    let doc = doc.with_qr_bill(12).expect("a valid bill");
    std::fs::write(&out, render(&doc, &Fonts::load())).unwrap();
    println!("{out}");
}
