//! Rendered documents checked by tools we did not write: poppler's pdftotext and pdffonts, and
//! qpdf. Skipped tools are a failure, not a pass: the test script installs them.

mod common;

use std::process::Command;

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::Currency;
use comptoir_invoice::{render, sha256_hex, DocLine, Document, Fonts, Lang, Party};
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn seller() -> Party {
    Party {
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
    }
}

fn doc(currency: Currency, lang: Lang, buyer: &str, lines: usize) -> Document {
    Document {
        kind: InvoiceKind::Invoice,
        number: "INV-AL-00042".into(),
        issued_on: d("2026-11-27"),
        due_on: d("2026-12-27"),
        currency,
        seller: seller(),
        buyer: Party {
            name: buyer.into(),
            address: Address {
                street: "Calle de Alcalá".into(),
                building_number: "48".into(),
                postal_code: "28014".into(),
                town: "Madrid".into(),
                country: "ES".into(),
            },
            vat_number: Some("ESB87654321".into()),
            iban: None,
            qr_iban: None,
        },
        lines: (0..lines)
            .map(|i| DocLine {
                description: format!("Domaine «café-{i}.ch» Zürich ß"),
                period_from: Some(d("2026-12-01")),
                period_to: Some(d("2027-12-01")),
                quantity: 1,
                unit_price: dec!(11.00) + rust_decimal::Decimal::from(i as i64),
                vat_rate_bp: if i % 2 == 0 { 810 } else { 2100 },
            })
            .collect(),
        already_paid: dec!(10.00),
        language: lang,
        payment_terms_days: 30,
        accepted_methods: vec!["Visa".into(), "Twint".into(), "IBAN".into()],
        corrects: None,
        qr_bill: None,
        vat_adjustment: rust_decimal::Decimal::ZERO,
        cancelled: false,
    }
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed for this test (poppler-utils, qpdf): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pay7_invoice_text_fonts_and_structure_pass_poppler_and_qpdf() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let document = doc(
        Currency::EUR,
        Lang::Es,
        "Estudio Nube Clara S.L. — Ñandú & Pérez",
        3,
    );
    let bytes = render(&document, &fonts);
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let p = path.to_str().unwrap();

    let text = tool("pdftotext", &["-layout", p, "-"]);
    for needle in [
        "Factura",
        "INV-AL-00042",
        "Ñandú & Pérez",
        "Lausanne",
        "«café-0.ch»",
        "Zürich ß",
        "EUR",
        // Dates and amounts as the app writes them in Spanish (issue 13 item 5).
        "27 nov 2026",
        "Importe pendiente",
    ] {
        assert!(text.contains(needle), "pdftotext lacks {needle:?}:\n{text}");
    }
    // Totals: 11 + 12 + 13 = 36 net; VAT 8.1 % on 24 = 1.94, 21 % on 12 = 2.52; total 40.46.
    let totals = document.totals();
    assert_eq!(totals.total.amount, dec!(40.46));
    let text = text.replace('\u{a0}', " ");
    assert!(text.contains("40,46 EUR"), "{text}");
    assert!(
        text.contains("30,46 EUR"),
        "amount due after 10.00 paid:\n{text}"
    );

    tool("qpdf", &["--check", p]);
    let fonts_out = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts_out.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts_out}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name  type  encoding  emb sub uni object ID
        assert!(
            cols[0].contains('+'),
            "subset fonts are named XXXXXX+Name: {row}"
        );
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
    assert!(
        bytes.len() < 120_000,
        "subset keeps it small: {} bytes",
        bytes.len()
    );
    assert_eq!(sha256_hex(&bytes).len(), 64);
}

#[test]
fn many_lines_flow_onto_further_pages() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.pdf");
    std::fs::write(
        &path,
        render(
            &doc(Currency::CHF, Lang::Fr, "Boulangerie Martin SA", 50),
            &fonts,
        ),
    )
    .unwrap();
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(" 3")),
        "{info}"
    );
    let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    assert!(
        text.contains("Montant dû") && text.contains("CHF"),
        "{text}"
    );
}

#[test]
fn documents_render_in_german_and_italian_too() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        (Lang::De, ["Rechnung", "Offener Betrag", "27.11.2026"]),
        (Lang::It, ["Fattura", "Importo dovuto", "27 nov 2026"]),
    ] {
        let path = dir.path().join("doc.pdf");
        std::fs::write(
            &path,
            render(
                &doc(Currency::CHF, lang, "Boulangerie Martin SA", 2),
                &fonts,
            ),
        )
        .unwrap();
        let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
        for w in words {
            assert!(text.contains(w), "{lang:?} lacks {w}: {text}");
        }
    }
}

/// Issue 11, item 7: page numbers count the QR-bill page; the metadata names the document,
/// its seller and Comptoir, dated the issue date (so re-rendering gives the same bytes and the
/// vault's SHA-256 holds); no empty PDF/X version key.
#[test]
fn page_numbers_count_the_bill_page_and_metadata_is_reproducible() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let mut document = doc(Currency::CHF, Lang::Fr, "Boulangerie Martin SA", 2);
    document.already_paid = dec!(0);
    let document = document.with_qr_bill(7).unwrap();
    let bytes = render(&document, &fonts);
    assert!(
        bytes == render(&document, &fonts),
        "the same document renders to the same bytes"
    );
    let path = dir.path().join("meta.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let p = path.to_str().unwrap();
    let page = |n: &str| tool("pdftotext", &["-f", n, "-l", n, p, "-"]);
    assert!(page("1").contains("1/2"), "{}", page("1"));
    assert!(page("2").contains("2/2"), "{}", page("2"));
    let info = tool("pdfinfo", &["-isodates", p]);
    for line in [
        "Title:           Facture INV-AL-00042",
        "Author:          Helvetia Hosting SA (démo)",
        "Producer:        Comptoir",
        "CreationDate:    2026-11-27",
    ] {
        assert!(info.contains(line), "{line:?} in\n{info}");
    }
    let raw = String::from_utf8_lossy(&bytes);
    assert!(!raw.contains("GTS_PDFXVersion"), "no empty PDF/X key");
}

/// Issue 11, item 11: a credit note shows no due date, no payment terms and no amount due; it
/// names the invoice it credits (beside its number and in its notes).
#[test]
fn a_credit_note_names_its_invoice_and_asks_for_no_payment() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let mut note = doc(Currency::CHF, Lang::Fr, "Boulangerie Martin SA", 2);
    note.kind = InvoiceKind::CreditNote;
    note.number = "CRN-AL-00003".into();
    note.corrects = Some("INV-AL-00041".into());
    note.already_paid = dec!(0);
    for l in &mut note.lines {
        l.unit_price = -l.unit_price;
    }
    let note = note.with_qr_bill(3).unwrap();
    assert!(note.qr_bill.is_none(), "nothing to pay on a credit note");
    let path = dir.path().join("credit-note.pdf");
    std::fs::write(&path, render(&note, &fonts)).unwrap();
    let text = tool("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    assert!(text.contains("Note de crédit"), "{text}");
    let header = text
        .lines()
        .find(|l| l.contains("CRN-AL-00003"))
        .unwrap()
        .to_owned();
    assert!(
        text.lines()
            .any(|l| l.contains("Facture") && l.contains("INV-AL-00041")),
        "the credited invoice beside the number:\n{text}"
    );
    for absent in [
        "Échéance",
        "Montant dû",
        "Paiement à",
        "Déjà payé",
        "Moyens acceptés",
        "IBAN",
    ] {
        assert!(
            !text.contains(absent),
            "{absent:?} on a credit note:\n{text}"
        );
    }
    assert!(!header.is_empty());
    common::screenshot(&path, 1, "invoice-credit-note-fr");
}

/// Documents are rendered with fonts cut once per process to the common Latin glyphs (issue
/// 11, item 12: speed); a document with other characters (a Greek buyer) falls back to the
/// full fonts, subset for it, and loses no text.
#[test]
fn text_beyond_the_common_latin_glyphs_falls_back_to_the_full_fonts() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("greek.pdf");
    let common = render(&doc(Currency::EUR, Lang::En, "Atelier Lumière", 2), &fonts);
    let greek = render(
        &doc(Currency::EUR, Lang::En, "Αθηνά Παπαδοπούλου ΕΠΕ", 2),
        &fonts,
    );
    assert!(
        greek.len() < common.len(),
        "only the glyphs used are embedded"
    );
    std::fs::write(&path, &greek).unwrap();
    let p = path.to_str().unwrap();
    assert!(tool("pdftotext", &[p, "-"]).contains("Αθηνά Παπαδοπούλου ΕΠΕ"));
    assert!(tool("pdffonts", &[p]).contains("+DejaVuSans-Bold"));
}

/// Issue 11, item 10 and issue 13, item 5: amounts in French and Italian documents are written
/// the Swiss way (point and apostrophe: 1'234.50), as the app writes them, in CHF and in EUR.
#[test]
fn chf_amounts_in_french_and_italian_are_written_the_swiss_way() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    for (currency, lang, expected, refused) in [
        (Currency::CHF, Lang::Fr, "1'234.50", "234,50"),
        (Currency::CHF, Lang::It, "1'234.50", "234,50"),
        (Currency::EUR, Lang::Fr, "1'234.50", "234,50"),
        (Currency::EUR, Lang::Es, "1.234,50", "1'234.50"),
    ] {
        let mut d = doc(currency, lang, "Boulangerie Martin SA", 1);
        d.lines[0].unit_price = dec!(1234.50);
        let path = dir.path().join("amounts.pdf");
        std::fs::write(&path, render(&d, &fonts)).unwrap();
        let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
        assert!(
            text.contains(expected),
            "{currency:?} {lang:?}: {expected}\n{text}"
        );
        assert!(
            !text.contains(refused),
            "{currency:?} {lang:?}: {refused}\n{text}"
        );
    }
}

/// Issue 11, item 6: an EUR invoice to an EU buyer carries an EPC QR code ("GiroCode") with
/// the seller's plain IBAN, the amount due and an RF reference; zxing-cpp reads it back from a
/// 300 dpi render. A CHF invoice or a non-EU buyer gets none.
#[test]
fn an_eur_invoice_to_an_eu_buyer_carries_a_girocode() {
    let fonts = Fonts::load();
    let dir = tempfile::tempdir().unwrap();
    let d = doc(Currency::EUR, Lang::Es, "Estudio Nube Clara S.L.", 3);
    let payload = d.girocode().expect("EUR to Spain with a SEPA IBAN");
    let lines: Vec<&str> = payload.split('\n').collect();
    assert_eq!(&lines[..4], &["BCD", "002", "1", "SCT"]);
    assert_eq!(
        lines[6], "CH9300762011623852957",
        "the plain IBAN, never the QR-IBAN"
    );
    assert_eq!(lines[7], "EUR30.46");
    assert!(lines[9].starts_with("RF"));
    let path = dir.path().join("giro.pdf");
    std::fs::write(&path, render(&d, &fonts)).unwrap();
    let png = dir.path().join("giro");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "300",
            "-singlefile",
            path.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    let python = std::env::var("COMPTOIR_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = tool(
        &python,
        &[
            "-c",
            "import sys, zxingcpp; from PIL import Image; \
             print('\\x1e'.join(r.text for r in zxingcpp.read_barcodes(Image.open(sys.argv[1]))))",
            png.with_extension("png").to_str().unwrap(),
        ],
    );
    assert!(
        out.split('\x1e')
            .any(|t| t.trim_end() == payload.trim_end()),
        "decoded {out:?}"
    );
    common::screenshot(&path, 1, "invoice-eur-girocode");
    assert!(doc(Currency::CHF, Lang::Es, "x", 1).girocode().is_none());
    let mut swiss_buyer = doc(Currency::EUR, Lang::Fr, "x", 1);
    swiss_buyer.buyer.address.country = "CH".into();
    assert!(swiss_buyer.girocode().is_none());
}
