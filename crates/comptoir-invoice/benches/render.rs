//! Invoice rendering speed (issue 5): printpdf in this process, one thread and all cores,
//! against headless Chromium printing an equivalent HTML invoice to PDF (how several invoicing
//! tools do it), measured in the same run. Prints ms per invoice and the ratios.
//! Goal (issue 11): <= 3 ms per invoice with the QR-bill on one thread, >= 150x Chromium.
//! The machine is shared (other builds run beside it): each single-thread figure is the
//! fastest of five passes over the invoices, with the median beside it.

use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::Currency;
use comptoir_invoice::{render, DocLine, Document, Fonts, Lang, Party};
use rust_decimal::Decimal;

const INVOICES: usize = 400;
const CHROMIUM_RUNS: usize = 5;

fn sample(n: usize) -> Document {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let address = |street: &str, no: &str, pc: &str, town: &str| Address {
        street: street.into(),
        building_number: no.into(),
        postal_code: pc.into(),
        town: town.into(),
        country: "CH".into(),
    };
    Document {
        kind: InvoiceKind::Invoice,
        number: format!("INV-AL-{n:05}"),
        issued_on: d("2026-11-27"),
        due_on: d("2026-12-27"),
        currency: Currency::CHF,
        seller: Party {
            name: "Helvetia Hosting SA (démo)".into(),
            address: address("Rue de Genève", "7", "1003", "Lausanne"),
            vat_number: Some("CHE-123.456.788 TVA".into()),
            iban: Some("CH93 0076 2011 6238 5295 7".into()),
            qr_iban: Some("CH44 3199 9123 0008 8901 2".into()),
        },
        buyer: Party {
            name: "Atelier Lumière Sàrl".into(),
            address: address("Rue du Simplon", "12", "1006", "Lausanne"),
            vat_number: None,
            iban: None,
            qr_iban: None,
        },
        lines: (0..6)
            .map(|i| DocLine {
                description: format!("Renouvellement produit {i} (12 mois)"),
                period_from: Some(d("2026-12-01")),
                period_to: Some(d("2027-12-01")),
                quantity: 1,
                unit_price: Decimal::new(1100 + 100 * i, 2),
                vat_rate_bp: 810,
            })
            .collect(),
        already_paid: Decimal::ZERO,
        language: Lang::Fr,
        payment_terms_days: 30,
        accepted_methods: vec!["Visa".into(), "Twint".into()],
        corrects: None,
        qr_bill: None,
        vat_adjustment: Decimal::ZERO,
        cancelled: false,
    }
    .with_qr_bill(n as i64 + 1)
    .expect("a valid bill")
}

/// The same invoice as HTML, for Chromium.
fn html(doc: &Document) -> String {
    let t = doc.totals();
    let rows: String = doc
        .lines
        .iter()
        .map(|l| {
            format!(
                "<tr><td>{}</td><td>01.12.2026 – 01.12.2027</td><td class=n>1</td><td class=n>{:.2}</td><td class=n>8.1 %</td><td class=n>{:.2}</td></tr>",
                l.description,
                l.unit_price,
                l.net()
            )
        })
        .collect();
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><style>
        @page {{ size: A4; margin: 20mm; }} body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #1c1f24; }}
        h1 {{ text-align: right; font-size: 18pt; margin: 0; }} .seller {{ color: #1f4f99; font-weight: bold; font-size: 14pt; }}
        table {{ width: 100%; border-collapse: collapse; margin-top: 20mm; }} th, td {{ border-bottom: 1px solid #dde; padding: 2mm 0; text-align: left; }}
        .n {{ text-align: right; }} .totals {{ width: 45%; margin-left: auto; margin-top: 6mm; }}
        .qr {{ position: fixed; bottom: 0; left: -20mm; right: -20mm; height: 105mm; border-top: 1px solid #000; }}
        </style></head><body>
        <div class="seller">{seller}</div><div>Rue de Genève 7<br>CH-1003 Lausanne</div><h1>Facture</h1>
        <p>Numéro <b>{number}</b><br>Date d'émission 27.11.2026<br>Échéance 27.12.2026</p>
        <p><b>{buyer}</b><br>Rue du Simplon 12<br>CH-1006 Lausanne</p>
        <table><tr><th>Désignation</th><th>Période</th><th class=n>Qté</th><th class=n>Prix unitaire</th><th class=n>TVA</th><th class=n>Montant</th></tr>{rows}</table>
        <table class="totals"><tr><td>Sous-total</td><td class=n>CHF {sub:.2}</td></tr><tr><td>TVA 8.1 %</td><td class=n>CHF {vat:.2}</td></tr>
        <tr><td><b>Montant dû</b></td><td class=n><b>CHF {total:.2}</b></td></tr></table>
        <div class="qr"><b>Récépissé</b> · <b>Section paiement</b> CH44 3199 9123 0008 8901 2</div></body></html>"#,
        seller = doc.seller.name,
        number = doc.number,
        buyer = doc.buyer.name,
        sub = t.subtotal.amount,
        vat = t.vat[0].vat.amount,
        total = t.total.amount,
    )
}

/// ms per invoice of `pass` (which renders every invoice once): fastest and median of 5.
fn passes(mut pass: impl FnMut()) -> (f64, f64) {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            pass();
            t.elapsed().as_secs_f64() * 1e3 / INVOICES as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[0], times[2])
}

fn main() {
    let fonts = Fonts::load();
    let docs: Vec<Document> = (0..INVOICES).map(sample).collect();
    let mut bytes = 0usize;
    for d in docs.iter().take(10) {
        bytes += render(d, &fonts).len(); // warm-up
    }

    let (one, one_median) = passes(|| {
        for d in &docs {
            bytes += render(d, &fonts).len();
        }
    });

    // The same invoices without the QR-bill page, to see what the payment part costs.
    let plain: Vec<Document> = docs
        .iter()
        .cloned()
        .map(|mut d| {
            d.qr_bill = None;
            d
        })
        .collect();
    let (no_qr, no_qr_median) = passes(|| {
        for d in &plain {
            bytes += render(d, &fonts).len();
        }
    });

    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let t = Instant::now();
    std::thread::scope(|s| {
        for chunk in docs.chunks(INVOICES.div_ceil(threads)) {
            let fonts = &fonts;
            s.spawn(move || chunk.iter().map(|d| render(d, fonts).len()).sum::<usize>());
        }
    });
    let all = t.elapsed().as_secs_f64() * 1e3 / INVOICES as f64;
    println!(
        "printpdf, 1 thread:      {one:8.2} ms/invoice, median {one_median:.2} ({INVOICES} invoices with QR-bill, {} KiB avg)",
        bytes / (10 * INVOICES + 10) / 1024
    );
    println!(
        "printpdf, 1 thread, no QR-bill page: {no_qr:5.2} ms/invoice, median {no_qr_median:.2}"
    );
    println!("printpdf, {threads} threads:     {all:8.2} ms/invoice");

    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("invoice.html");
    std::fs::write(&page, html(&docs[0])).unwrap();
    let out = dir.path().join("invoice.pdf");
    let profile = dir.path().join("profile");
    let run = || {
        Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", page.display()))
            .output()
    };
    match run() {
        Err(e) => {
            println!("chromium: not available ({e}); install Debian's chromium for the baseline")
        }
        Ok(_) => {
            let t = Instant::now();
            for _ in 0..CHROMIUM_RUNS {
                let o = run().unwrap();
                assert!(
                    o.status.success() && out.exists(),
                    "chromium failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
            let chromium = t.elapsed().as_secs_f64() * 1e3 / CHROMIUM_RUNS as f64;
            println!("chromium --print-to-pdf: {chromium:8.2} ms/invoice ({CHROMIUM_RUNS} runs)");
            println!(
                "ratio: printpdf is {:.0}x faster on 1 thread, {:.0}x on {threads}",
                chromium / one,
                chromium / all
            );
        }
    }
}
