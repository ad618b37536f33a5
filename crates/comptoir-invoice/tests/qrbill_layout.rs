//! Issue 11, item 1: the payment part's text stays inside its section, whatever the length of
//! the addresses, and the QR code still decodes from a 300 dpi render.

mod common;

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::Currency;
use comptoir_invoice::{render, DocLine, Document, Fonts, Lang, Party};
use rust_decimal_macros::dec;

use common::{assert_qr_bill_reads_back, screenshot, words};

/// `words` repeated and cut to exactly `n` characters (no trailing space).
fn exactly(words: &str, n: usize) -> String {
    let s: String = words.chars().cycle().take(n).collect();
    let mut s = s.trim_end().to_owned();
    while s.chars().count() < n {
        s.push('x');
    }
    s
}

fn long_party(name: &str, country: &str) -> Party {
    Party {
        name: exactly(name, 70),
        address: Address {
            street: exactly("Avenue de la Gare Wolfgang-Amadeus-Mozart-Strasse ", 70),
            building_number: exactly("12a Bâtiment B ", 16),
            postal_code: exactly("CH-1234-56789 ", 16),
            town: exactly("Saint-Légier-La Chiésaz-sur-Vevey ", 35),
            country: country.into(),
        },
        vat_number: None,
        iban: None,
        qr_iban: None,
    }
}

fn long_bill(lang: Lang, iban: &str) -> Document {
    let mut seller = long_party(
        "Fondation Intercantonale pour l'Hébergement Numérique Wälder & Müller ",
        "CH",
    );
    if comptoir_invoice::qrbill::is_qr_iban(iban) {
        seller.qr_iban = Some(iban.into());
    } else {
        seller.iban = Some(iban.into());
    }
    Document {
        kind: InvoiceKind::Invoice,
        number: "INV-LONGADDRESS-00042".into(),
        issued_on: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 27).unwrap(),
        currency: Currency::CHF,
        seller,
        buyer: long_party(
            "Association des Amis de la Boulangerie Artisanale de Montreux-Riviera ",
            "LI",
        ),
        lines: vec![DocLine {
            description: "Hébergement".into(),
            period_from: None,
            period_to: None,
            quantity: 1,
            unit_price: dec!(123456789.10),
            vat_rate_bp: 810,
        }],
        already_paid: dec!(0),
        language: lang,
        payment_terms_days: 30,
        accepted_methods: vec![],
        corrects: None,
        qr_bill: None,
        vat_adjustment: dec!(0),
        cancelled: false,
    }
    .with_qr_bill(42)
    .expect("every field at its maximum still makes a bill")
}

#[test]
fn long_addresses_stay_inside_their_sections_and_the_qr_code_decodes_at_300_dpi() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    for (lang, iban) in [
        (Lang::Fr, "CH44 3199 9123 0008 8901 2"),
        (Lang::De, "CH93 0076 2011 6238 5295 7"),
        (Lang::It, "CH44 3199 9123 0008 8901 2"),
    ] {
        let doc = long_bill(lang, iban);
        let bill = doc.qr_bill.clone().unwrap();
        let path = dir.path().join(format!("long-{lang:?}.pdf"));
        std::fs::write(&path, render(&doc, &fonts)).unwrap();
        let all = words(&path);
        let last = all.iter().map(|w| w.page).max().unwrap();
        let top = 297.0 - 105.0;
        let slack = 0.3;
        for w in all.iter().filter(|w| w.page == last && w.y1 > top) {
            assert!(w.y0 >= top, "{lang:?}: {w:?} crosses the separation line");
            assert!(
                w.y1 <= 297.0 - 5.0 + slack,
                "{lang:?}: {w:?} in the bottom margin"
            );
            if w.x0 < 62.0 {
                assert!(
                    w.x0 >= 5.0 - slack && w.x1 <= 57.0 + slack,
                    "{lang:?}: {w:?} leaves the receipt's 52 mm"
                );
            } else if w.x0 < 118.0 {
                assert!(
                    w.x1 <= 118.0 + slack,
                    "{lang:?}: {w:?} leaves the QR code's section"
                );
                let (qx0, qx1, qy0, qy1) = (67.0, 113.0, 297.0 - 88.0, 297.0 - 42.0);
                let overlaps = w.x1 > qx0 && w.x0 < qx1 && w.y1 > qy0 && w.y0 < qy1;
                assert!(!overlaps, "{lang:?}: {w:?} lies on the QR code");
            } else {
                assert!(
                    w.x1 <= 205.0 + slack,
                    "{lang:?}: {w:?} leaves the payment part's 87 mm"
                );
            }
        }
        // Nothing is lost in the payment part: the debtor's town and the creditor's name.
        let text: String = all
            .iter()
            .filter(|w| w.page == last && w.x0 >= 118.0)
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        for needle in ["Chiésaz-sur-Vevey", "Wälder", "Montreux-Riviera"] {
            assert!(text.contains(needle), "{lang:?} lacks {needle}: {text}");
        }
        assert_qr_bill_reads_back(dir.path(), &path, last, &bill.payload());
        if lang == Lang::Fr {
            screenshot(&path, last, "invoice-long-address-bill");
        }
    }
}

/// Issue 11, item 4: the payment part in Liberation Sans (embedded, subset), pure black, the
/// scissors drawn (Liberation has no ✂ glyph, so no text symbol is left), and the amount
/// headings inside the amount section (below 37 mm from the bottom).
#[test]
fn payment_part_in_liberation_sans_pure_black_scissors_drawn_headings_in_their_section() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let doc = long_bill(Lang::Fr, "CH44 3199 9123 0008 8901 2");
    let path = dir.path().join("bill.pdf");
    std::fs::write(&path, render(&doc, &fonts)).unwrap();
    let p = path.to_str().unwrap();
    let pdffonts = common::tool("pdffonts", &[p]);
    for face in ["+LiberationSans ", "+LiberationSans-Bold "] {
        assert!(
            pdffonts.contains(face),
            "{face} embedded as a subset: {pdffonts}"
        );
    }
    let text = common::tool("pdftotext", &[p, "-"]);
    assert!(!text.contains('✂'), "scissors are a shape, not a glyph");
    let all = words(&path);
    for heading in ["Monnaie", "Montant"] {
        let found: Vec<_> = all
            .iter()
            .filter(|w| w.page == 2 && w.text == heading)
            .collect();
        assert_eq!(found.len(), 2, "{heading} in receipt and payment part");
        for w in found {
            assert!(
                w.y0 >= 297.0 - 37.0,
                "{w:?} starts above the amount section"
            );
        }
    }
    // Pure black: every pixel of the payment part at 100 dpi is grey (r = g = b); the body's
    // ink colour is bluish.
    let prefix = dir.path().join("page");
    common::tool(
        "pdftoppm",
        &[
            "-r",
            "100",
            "-singlefile",
            "-f",
            "2",
            "-l",
            "2",
            p,
            prefix.to_str().unwrap(),
        ],
    );
    let ppm = std::fs::read(prefix.with_extension("ppm")).unwrap();
    let header: Vec<&[u8]> = ppm.splitn(5, |b| b.is_ascii_whitespace()).collect();
    let (w, h): (usize, usize) = (
        std::str::from_utf8(header[1]).unwrap().parse().unwrap(),
        std::str::from_utf8(header[2]).unwrap().parse().unwrap(),
    );
    let pixels = header[4];
    assert_eq!(pixels.len(), w * h * 3);
    let first_row = h - (105.0 / 297.0 * h as f32) as usize + 2;
    let mut dark = 0;
    for px in pixels[first_row * w * 3..].chunks(3) {
        assert!(px[0] == px[1] && px[1] == px[2], "coloured pixel {px:?}");
        dark += usize::from(px[0] < 128);
    }
    assert!(
        dark > 10_000,
        "the payment part is drawn: {dark} dark pixels"
    );
}
