//! Issue 11, items 8 and 9: the body is laid out by measured height. With 1 to 80 lines and 1
//! to 3 VAT rates every line, total and note is in the text poppler extracts, nothing is cut
//! (long descriptions and a 120-character buyer name wrap), no text box crosses the printable
//! area into the footer band or off the page, and no two words overlap.

mod common;

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::Currency;
use comptoir_invoice::{render, DocLine, Document, Fonts, Lang, Party};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use common::{screenshot, tool, words, Word};

const BUYER: &str =
    "Coopérative Intercommunale des Producteurs de Fromages d'Alpage et de Produits \
                     Laitiers du Pays-d'Enhaut et Environs";

fn party(name: &str) -> Party {
    Party {
        name: name.into(),
        address: Address {
            street: "Chemin des Alpages".into(),
            building_number: "12".into(),
            postal_code: "1660".into(),
            town: "Château-d'Œx".into(),
            country: "CH".into(),
        },
        vat_number: Some("CHE-109.322.551".into()),
        iban: Some("CH93 0076 2011 6238 5295 7".into()),
        qr_iban: None,
    }
}

fn description(i: usize) -> String {
    if i % 7 == 3 {
        format!(
            "Renouvellement {i} de l'hébergement mutualisé avec certificat TLS, sauvegardes \
             quotidiennes et messagerie pour le domaine fromagerie-{i}.ch (12 mois)"
        )
    } else {
        format!("Domaine fromagerie-{i}.ch")
    }
}

fn document(lines: usize, rates: usize) -> Document {
    document_in(lines, rates, Lang::Fr)
}

fn document_in(lines: usize, rates: usize, language: Lang) -> Document {
    let rate_of = [810, 260, 380];
    Document {
        kind: InvoiceKind::Invoice,
        number: format!("INV-PG-{lines:03}-{rates}"),
        issued_on: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 27).unwrap(),
        currency: Currency::CHF,
        seller: party("Helvetia Hosting SA"),
        buyer: Party {
            iban: None,
            ..party(BUYER)
        },
        lines: (0..lines)
            .map(|i| DocLine {
                description: description(i),
                period_from: NaiveDate::from_ymd_opt(2026, 12, 1),
                period_to: NaiveDate::from_ymd_opt(2027, 12, 1),
                quantity: 1 + (i % 3) as u32,
                unit_price: dec!(10.05) + Decimal::from(i as i64),
                vat_rate_bp: rate_of[i % rates],
            })
            .collect(),
        already_paid: dec!(5.00),
        language,
        payment_terms_days: 30,
        accepted_methods: vec!["card".into(), "iban transfer".into()],
        corrects: None,
        qr_bill: None,
        vat_adjustment: dec!(0),
        cancelled: false,
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn overlap(a: &Word, b: &Word) -> bool {
    let e = 0.15;
    a.page == b.page && a.x0 + e < b.x1 && b.x0 + e < a.x1 && a.y0 + e < b.y1 && b.y0 + e < a.y1
}

#[test]
fn every_line_total_and_note_is_on_the_page_and_inside_the_printable_area() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    for rates in 1..=3 {
        for n in 1..=80 {
            let doc = document(n, rates);
            let path = dir.path().join(format!("p-{n}-{rates}.pdf"));
            std::fs::write(&path, render(&doc, &fonts)).unwrap();
            let text = squash(&tool("pdftotext", &[path.to_str().unwrap(), "-"]));
            let what = format!("{n} lines, {rates} rates");
            assert!(text.contains(&squash(BUYER)), "{what}: buyer name cut");
            for i in 0..n {
                assert!(
                    text.contains(&squash(&description(i))),
                    "{what}: line {i} missing or cut"
                );
            }
            let t = doc.totals();
            // Swiss francs the Swiss way, also in French: "1'028.30".
            let fr = |v: Decimal| {
                let s = format!("{v:.2}");
                let (int, frac) = s.split_once('.').unwrap();
                let mut grouped = String::new();
                for (i, ch) in int.chars().enumerate() {
                    if i > 0 && (int.len() - i) % 3 == 0 {
                        grouped.push('\'');
                    }
                    grouped.push(ch);
                }
                format!("{grouped}.{frac}")
            };
            for needle in [
                format!("Total {} CHF", fr(t.total.amount)),
                format!("Montant dû {} CHF", fr(t.due.amount)),
                "Paiement à 30 jours".into(),
                "Moyens acceptés".into(),
                "IBAN CH93 0076 2011 6238 5295 7".into(),
            ] {
                assert!(
                    text.contains(&needle),
                    "{what}: {needle:?} missing:\n{text}"
                );
            }
            for v in &t.vat {
                assert!(
                    text.contains(&format!("{} CHF", fr(v.vat.amount))),
                    "{what}: VAT"
                );
            }
            let all = words(&path);
            for w in &all {
                let body = w.y0 >= 10.0 && w.y1 <= 297.0 - 18.5;
                let footer = w.y0 >= 297.0 - 17.5 && w.y1 <= 297.0 - 8.0;
                assert!(
                    (body || footer) && w.x0 >= 10.0 && w.x1 <= 200.0,
                    "{what}: {w:?} leaves the printable area"
                );
            }
            for (i, a) in all.iter().enumerate() {
                for b in &all[i + 1..] {
                    assert!(!overlap(a, b), "{what}: {a:?} overlaps {b:?}");
                }
            }
            if n == 60 && rates == 3 {
                let last = all.iter().map(|w| w.page).max().unwrap();
                screenshot(&path, last, "invoice-60-lines-last-page");
            }
        }
    }
}

/// Issue 11, item 10: in every language the column headings and the rows stay apart (the
/// Spanish "CANT." ran into "PRECIO UNITARIO").
#[test]
fn no_two_words_overlap_in_any_language() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::It] {
        let path = dir.path().join(format!("{lang:?}.pdf"));
        std::fs::write(&path, render(&document_in(12, 3, lang), &fonts)).unwrap();
        let all = words(&path);
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(!overlap(a, b), "{lang:?}: {a:?} overlaps {b:?}");
            }
        }
    }
}
