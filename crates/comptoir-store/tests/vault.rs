//! PAY-7: every seeded document renders with the stored totals, is kept once, and reprints
//! offline to the same bytes; a changed file is refused before printing.

/// The demo's signed-in user: legal representative of the CHF organization, admin of the EUR one.
const ACTOR: i64 = comptoir_store::seed::SIGNED_IN_USER;

use std::sync::Arc;

use comptoir_core::{ErrorCode, FixedClock};
use comptoir_invoice::{sha256_hex, Fonts};
use comptoir_store::vault::ExistingFiles::{KeepBoth, Replace};
use comptoir_store::vault::{document_from, existing_exports, open_document};
use comptoir_store::Store;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    (dir, s)
}

#[test]
fn pay7_every_seeded_document_prints_its_stored_total() {
    let (_d, s) = open();
    for inv in s.invoices(None).unwrap() {
        let doc = document_from(&s.document_source(inv.id).unwrap()).unwrap();
        assert_eq!(doc.totals().total, inv.total, "{}", inv.number);
        assert_eq!(doc.number, inv.number);
    }
}

#[test]
fn pay7_rendered_once_then_the_same_bytes_and_a_tampered_file_is_refused() {
    let (_d, s) = open();
    let fonts = Fonts::load();
    let id = s.invoices(None).unwrap()[0].id;
    let (path, first) = open_document(&s, &fonts, id).unwrap();
    assert!(path.starts_with(s.vault_dir()));
    let record = s.vault_record(id).unwrap().unwrap();
    assert_eq!(record.sha256, sha256_hex(&first));
    let (_, again) = open_document(&s, &fonts, id).unwrap();
    assert_eq!(again, first, "reprints give the same bytes");
    // Someone edits the file: the hash check refuses it.
    let mut altered = first.clone();
    let n = altered.len();
    altered[n / 2] ^= 0x20;
    std::fs::write(&path, &altered).unwrap();
    let err: comptoir_core::Error = open_document(&s, &fonts, id).unwrap_err().into();
    assert_eq!(err.code, ErrorCode::Storage);
    assert!(err.message.contains("SHA-256"), "{}", err.message);
}

#[test]
fn pay7_credit_note_refers_to_its_invoice() {
    let (_d, s) = open();
    let fonts = Fonts::load();
    let note = s
        .invoices(None)
        .unwrap()
        .into_iter()
        .find(|i| i.kind == comptoir_core::billing::InvoiceKind::CreditNote)
        .unwrap();
    let source = s.document_source(note.id).unwrap();
    let corrected = source
        .corrects
        .clone()
        .expect("a credit note names its invoice");
    let (path, _) = open_document(&s, &fonts, note.id).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&corrected), "{text}");
    assert!(text.contains('−'), "negative amounts carry a minus: {text}");
}

/// Renders page 2 (the payment part) of `pdf` at 300 dpi and has comptoir-invoice/tests/tools/check_qrbill.py read
/// it back with zxing-cpp and rebuild it with PyPI `qrbill`; fails with their words otherwise.
fn assert_qr_bill_reads_back(dir: &std::path::Path, pdf: &std::path::Path, payload: &str) {
    let prefix = dir.join("qrpage");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "300", "-f", "2", "-l", "2"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
    let png = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("qrpage")
        })
        .expect("page 2 rendered");
    let expected = dir.join("payload.txt");
    std::fs::write(&expected, payload).unwrap();
    let python = std::env::var("COMPTOIR_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../comptoir-invoice/tests/tools/check_qrbill.py"
        ))
        .arg(&png)
        .arg(&expected)
        .output()
        .expect("python3 with qrbill, zxing-cpp and pillow (scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The Swiss QR-bill of an unpaid CHF document, read back from a 300 dpi render by zxing-cpp and
/// rebuilt by PyPI `qrbill` (tests/tools/check_qrbill.py).
#[test]
fn swiss_qr_bill_decodes_and_is_accepted_by_an_independent_implementation() {
    let (dir, s) = open();
    let fonts = Fonts::load();
    let unpaid = s
        .invoices(Some(1))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.kind == comptoir_core::billing::InvoiceKind::Invoice && i.paid.amount < i.total.amount
        })
        .expect("the demo has an unpaid CHF invoice");
    let doc = document_from(&s.document_source(unpaid.id).unwrap()).unwrap();
    let bill = doc
        .qr_bill
        .clone()
        .expect("CHF with an amount due carries a QR-bill");
    assert_eq!(bill.amount, Some(unpaid.total.amount - unpaid.paid.amount));
    let (pdf, _) = open_document(&s, &fonts, unpaid.id).unwrap();
    assert_qr_bill_reads_back(dir.path(), &pdf, &bill.payload());
    // A paid CHF document carries none.
    let paid = s
        .invoices(Some(1))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.status == comptoir_core::billing::InvoiceStatus::Paid
                && i.kind == comptoir_core::billing::InvoiceKind::Invoice
        })
        .unwrap();
    assert!(document_from(&s.document_source(paid.id).unwrap())
        .unwrap()
        .qr_bill
        .is_none());
}

/// Issue 11, item 6: the QR-bill standard takes EUR too, so an EUR invoice with an amount due
/// from the Swiss seller carries one, read back by zxing-cpp and PyPI `qrbill`; a paid one
/// carries none.
#[test]
fn an_eur_invoice_with_an_amount_due_carries_a_qr_bill_in_eur() {
    let (dir, s) = open();
    let eur: Vec<_> = s.invoices(Some(2)).unwrap();
    let unpaid = eur
        .iter()
        .find(|i| {
            i.kind == comptoir_core::billing::InvoiceKind::Invoice && i.paid.amount < i.total.amount
        })
        .expect("the demo has an unpaid EUR invoice");
    let bill = document_from(&s.document_source(unpaid.id).unwrap())
        .unwrap()
        .qr_bill
        .expect("EUR with an amount due carries a QR-bill");
    assert_eq!(bill.currency, comptoir_core::Currency::EUR);
    let (pdf, _) = open_document(&s, &Fonts::load(), unpaid.id).unwrap();
    assert_qr_bill_reads_back(dir.path(), &pdf, &bill.payload());
    if let Some(paid) = eur
        .iter()
        .find(|i| i.status == comptoir_core::billing::InvoiceStatus::Paid)
    {
        assert!(document_from(&s.document_source(paid.id).unwrap())
            .unwrap()
            .qr_bill
            .is_none());
    }
}

#[test]
fn pay7_batch_export_writes_each_document_and_stops_when_cancelled() {
    let (dir, s) = open();
    let fonts = Fonts::load();
    let ids: Vec<i64> = s.invoices(None).unwrap().iter().map(|i| i.id).collect();
    let out = dir.path().join("export");
    let mut seen = 0;
    let report =
        comptoir_store::vault::export_documents(&s, &fonts, &ids, &out, Replace, &mut |p| {
            seen = p.done;
            true
        })
        .unwrap();
    assert_eq!(
        (report.written, report.total, report.cancelled),
        (ids.len() as u32, ids.len() as u32, false)
    );
    assert_eq!(seen as usize, ids.len());
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), ids.len());
    let out2 = dir.path().join("partial");
    let report =
        comptoir_store::vault::export_documents(&s, &fonts, &ids, &out2, Replace, &mut |p| {
            p.done < 3
        })
        .unwrap();
    assert!(report.cancelled);
    assert_eq!(report.written, 3);
    assert_eq!(std::fs::read_dir(&out2).unwrap().count(), 3);
}

/// PAY-7: an export asks before replacing: the engine lists the names already there, writes
/// nothing while asking, and either replaces them or keeps both ("name (2).pdf").
#[test]
fn pay7_export_lists_existing_files_and_replaces_or_keeps_both() {
    let (dir, s) = open();
    let fonts = Fonts::load();
    let ids: Vec<i64> = s
        .invoices(None)
        .unwrap()
        .iter()
        .map(|i| i.id)
        .take(3)
        .collect();
    let out = dir.path().join("export");
    assert!(existing_exports(&s, &ids, &out).unwrap().is_empty());
    comptoir_store::vault::export_documents(&s, &fonts, &ids[..2], &out, Replace, &mut |_| true)
        .unwrap();
    // Someone's own file under the first document's name: the export names both taken ones.
    let taken = existing_exports(&s, &ids, &out).unwrap();
    assert_eq!(taken.len(), 2);
    let mine = out.join(&taken[0]);
    std::fs::write(&mine, b"my notes").unwrap();
    // Keep both: the file is untouched, the document goes beside it.
    comptoir_store::vault::export_documents(&s, &fonts, &ids, &out, KeepBoth, &mut |_| true)
        .unwrap();
    assert_eq!(std::fs::read(&mine).unwrap(), b"my notes");
    let stem = taken[0].trim_end_matches(".pdf");
    let beside = out.join(format!("{stem} (2).pdf"));
    assert!(std::fs::read(&beside).unwrap().starts_with(b"%PDF"));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 5);
    // Replace: the same name now holds the document.
    comptoir_store::vault::export_documents(&s, &fonts, &ids, &out, Replace, &mut |_| true)
        .unwrap();
    assert!(std::fs::read(&mine).unwrap().starts_with(b"%PDF"));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 5);
}

/// The IBAN path: a seller with a plain (non-QR) IBAN gets an SCOR (RF) reference, which PyPI
/// `qrbill` accepts after zxing-cpp reads it back.
#[test]
fn swiss_qr_bill_with_iban_and_creditor_reference() {
    let (dir, s) = open();
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute(
        "UPDATE seller SET iban = 'CH93 0076 2011 6238 5295 7', qr_iban = NULL",
        [],
    )
    .unwrap();
    drop(c);
    let unpaid = s
        .invoices(Some(1))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.kind == comptoir_core::billing::InvoiceKind::Invoice && i.paid.amount < i.total.amount
        })
        .unwrap();
    let bill = document_from(&s.document_source(unpaid.id).unwrap())
        .unwrap()
        .qr_bill
        .expect("a QR-bill");
    assert!(matches!(
        bill.reference,
        comptoir_invoice::qrbill::Reference::Scor(_)
    ));
    let (pdf, _) = open_document(&s, &Fonts::load(), unpaid.id).unwrap();
    assert_qr_bill_reads_back(dir.path(), &pdf, &bill.payload());
}

/// The seller is a workspace setting: new documents print the new identity (a partner's own),
/// documents already issued keep theirs, and bad input names its field.
#[test]
fn pay7_seller_identity_is_a_setting_and_issued_documents_keep_theirs() {
    let (_d, s) = open();
    let fonts = Fonts::load();
    let ids: Vec<i64> = s.invoices(Some(1)).unwrap().iter().map(|i| i.id).collect();
    let (before, _) = open_document(&s, &fonts, ids[0]).unwrap();
    let mut seller = s.seller().unwrap();
    seller.name = "Conseils Web Martin Sàrl".into();
    seller.iban = Some("CH12 3".into());
    let err: comptoir_core::Error = s.set_seller(ACTOR, &seller).unwrap_err().into();
    assert_eq!(err.field.as_deref(), Some("iban"));
    seller.iban = Some("CH93 0076 2011 6238 5295 7".into());
    s.set_seller(ACTOR, &seller).unwrap();
    assert_eq!(s.seller().unwrap(), seller);
    let text = |p: &std::path::Path| {
        String::from_utf8_lossy(
            &std::process::Command::new("pdftotext")
                .arg(p)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .into_owned()
    };
    let (after, _) = open_document(&s, &fonts, ids[1]).unwrap();
    assert!(text(&after).contains("Conseils Web Martin Sàrl"));
    let (again, _) = open_document(&s, &fonts, ids[0]).unwrap();
    assert!(
        text(&again).contains("Helvetia Hosting SA"),
        "issued before the change: kept as issued"
    );
    assert_eq!(again, before);
}

/// Issue 11, item 3: a bill that cannot be made is an error, not a silent omission. A buyer
/// whose street is longer than the QR-bill allows (stored before the limits) is refused when a
/// document with an amount due is issued (nothing is written) and when one is printed, naming
/// the field to fix.
#[test]
fn a_qr_bill_that_cannot_be_made_is_refused_before_issuing_and_printing() {
    use comptoir_core::renewal::{PayItem, PaymentChoice};
    let (_dir, mut s) = open();
    let unpaid = s
        .invoices(Some(1))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.kind == comptoir_core::billing::InvoiceKind::Invoice && i.paid.amount < i.total.amount
        })
        .unwrap();
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute(
        "UPDATE organizations SET street = ?1 WHERE id = 1",
        [&"S".repeat(71)],
    )
    .unwrap();
    let count = |c: &rusqlite::Connection| -> i64 {
        c.query_row("SELECT count(*) FROM invoices", [], |r| r.get(0))
            .unwrap()
    };
    let before = count(&c);
    let err: comptoir_core::Error = open_document(&s, &Fonts::load(), unpaid.id)
        .unwrap_err()
        .into();
    assert_eq!(
        err.field.as_deref(),
        Some("buyer.street"),
        "{}",
        err.message
    );
    assert!(err.message.contains("at most 70"), "{}", err.message);
    // The UI says it in the reader's language from these facts.
    let params = err.params.clone().unwrap_or_default();
    let fact = |k: &str| params.get(k).map(String::as_str);
    assert_eq!(
        (
            fact("qr_problem"),
            fact("qr_party"),
            fact("qr_part"),
            fact("max"),
            fact("given")
        ),
        (
            Some("too_long"),
            Some("buyer"),
            Some("street"),
            Some("70"),
            Some("71")
        )
    );
    // An IBAN transfer issues a pro-forma with an amount due: refused, nothing issued.
    let err: comptoir_core::Error = s
        .pay_selection(
            ACTOR,
            &[PayItem {
                product_id: 40,
                period_months: 12,
            }],
            &[PaymentChoice {
                organization_id: 1,
                method_id: Some(4),
                use_prepaid: false,
            }],
            "qr-bill-refused-01",
        )
        .unwrap_err()
        .into();
    assert_eq!(
        err.field.as_deref(),
        Some("buyer.street"),
        "{}",
        err.message
    );
    assert_eq!(count(&c), before);
    // Control characters and unknown countries too.
    c.execute(
        "UPDATE organizations SET street = 'Bahnhofstrasse', country = 'ZZ' WHERE id = 1",
        [],
    )
    .unwrap();
    let err: comptoir_core::Error = open_document(&s, &Fonts::load(), unpaid.id)
        .unwrap_err()
        .into();
    assert_eq!(
        err.field.as_deref(),
        Some("buyer.country"),
        "{}",
        err.message
    );
}

/// Issue 11, item 5: the seller holds an IBAN and a QR-IBAN. The invoice body offers the plain
/// IBAN for ordinary transfers; the QR-IBAN appears only in the QR-bill, with a QR reference.
#[test]
fn a_qr_iban_is_only_in_the_qr_bill_and_the_body_offers_the_plain_iban() {
    let (_dir, s) = open();
    let unpaid = s
        .invoices(Some(1))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.kind == comptoir_core::billing::InvoiceKind::Invoice && i.paid.amount < i.total.amount
        })
        .unwrap();
    let (pdf, _) = open_document(&s, &Fonts::load(), unpaid.id).unwrap();
    let page = |n: &str| {
        String::from_utf8_lossy(
            &std::process::Command::new("pdftotext")
                .args(["-f", n, "-l", n])
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .into_owned()
    };
    let (body, bill) = (page("1"), page("2"));
    assert!(
        !body.contains("3199 9123"),
        "the QR-IBAN is not for plain transfers:\n{body}"
    );
    assert!(body.contains("CH93 0076 2011 6238 5295 7"), "{body}");
    assert!(bill.contains("CH44 3199 9123 0008 8901 2"), "{bill}");
    let doc = document_from(&s.document_source(unpaid.id).unwrap()).unwrap();
    assert!(matches!(
        doc.qr_bill.unwrap().reference,
        comptoir_invoice::qrbill::Reference::Qrr(_)
    ));
}

/// A workspace written before the seller had a QR-IBAN column kept its QR-IBAN as the IBAN:
/// opening it moves the QR-IBAN to its own field, so it is never offered for a plain transfer.
#[test]
fn an_older_workspace_moves_its_qr_iban_out_of_the_iban() {
    let (dir, s) = open();
    let path = s.path().to_owned();
    drop(s);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        // A version-9 file: also without the tables of later migrations (11: support).
        "UPDATE seller SET iban = qr_iban; ALTER TABLE seller DROP COLUMN qr_iban;
         DROP TABLE billing_notifications; DROP TABLE reminders_given;
         DROP TABLE provider_ids; DROP TABLE sync_datasets; DROP TABLE outbox;
         ALTER TABLE memberships DROP COLUMN synced_at;
         DROP TABLE support_bundles; DROP TABLE support_attachments; DROP TABLE support_drafts;
         DROP INDEX products_org_auto_expires_on;
         ALTER TABLE invoice_lines DROP COLUMN text_code;
         ALTER TABLE prepaid_movements DROP COLUMN text_code;
         DROP TRIGGER products_fts_insert; DROP TRIGGER products_fts_delete;
         DROP TRIGGER products_fts_update; DROP TABLE products_fts;
         DROP INDEX invoice_lines_invoice;
         DROP INDEX products_name_sort; DROP INDEX products_customer_sort;
         DROP INDEX products_kind_sort; DROP INDEX products_org_sort;
         DROP INDEX products_period_sort; DROP INDEX products_price_sort;
         DROP INDEX products_auto_sort; DROP INDEX organizations_name;
         DROP TRIGGER product_day_counts_insert; DROP TRIGGER product_day_counts_delete;
         DROP TRIGGER product_day_counts_update; DROP TABLE product_day_counts;
         CREATE INDEX products_name ON products(name COLLATE NOCASE, id);
         DROP TABLE support_access_log; DROP TABLE kc_documents; DROP TABLE kc_resends;
         DROP TABLE kc_blocks;

         DROP TABLE service_credentials; DROP TABLE mailbox_access; DROP TABLE mailboxes;
         DROP TABLE login_passwords; DROP TABLE security_events;
         DROP TABLE tfa_emergency_codes; DROP TABLE tfa_enrolments;

         DROP TABLE partner_statements; DROP TABLE partner_client_managers;
         DROP TABLE partner_client_products; DROP TABLE partner_profiles;
         ALTER TABLE partner_clients DROP COLUMN contact_email;
         ALTER TABLE partner_clients DROP COLUMN billed;
         ALTER TABLE partner_clients DROP COLUMN benefit;
         ALTER TABLE partner_clients DROP COLUMN rate_bp;
         ALTER TABLE partner_clients DROP COLUMN currency;
         ALTER TABLE partner_clients DROP COLUMN ended_on;
         PRAGMA user_version = 9;",
    )
    .unwrap();
    drop(c);
    let s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let seller = s.seller().unwrap();
    assert_eq!(seller.iban, None);
    assert_eq!(
        seller.qr_iban.as_deref(),
        Some("CH44 3199 9123 0008 8901 2")
    );
    drop(dir);
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
}

/// Issue 11 item 10: a document speaks its buyer's language in its line texts, method names and
/// VAT rate (the French organization's credit note, the Spanish one's invoice); the screens show
/// the same stored lines and prepaid movements in the reader's language; rows written before
/// texts were codes keep their words.
#[test]
fn documents_and_screens_write_stored_texts_in_their_readers_language() {
    let (_d, s) = open();
    let fonts = Fonts::load();
    let invoices = s.invoices(None).unwrap();
    let of = |org: i64, kind: comptoir_core::billing::InvoiceKind| {
        invoices
            .iter()
            .find(|i| i.organization_id == org && i.kind == kind)
            .unwrap()
            .id
    };
    use comptoir_core::billing::InvoiceKind::{CreditNote, Invoice};
    // Estudio Nube Clara writes Spanish: "Renovación de … (12 meses)", "21 %", its methods.
    let (es_pdf, _) = open_document(&s, &fonts, of(2, Invoice)).unwrap();
    let es = pdf_text(&es_pdf);
    assert!(es.contains("Renovación de"), "{es}");
    assert!(!es.contains("Renewal"), "{es}");
    assert!(es.contains("21 %"), "{es}");
    // Atelier Lumière writes French: the credit note's lines and the 8,1 % rate.
    let (fr_pdf, _) = open_document(&s, &fonts, of(1, CreditNote)).unwrap();
    let fr = pdf_text(&fr_pdf);
    assert!(fr.contains("Avoir : Renouvellement de"), "{fr}");
    assert!(fr.contains("8,1 %"), "{fr}");
    assert!(!fr.contains("Credit:") && !fr.contains("months"), "{fr}");
    for (pdf, name) in [
        (&es_pdf, "invoice-es-stored-texts"),
        (&fr_pdf, "credit-note-fr-stored-texts"),
    ] {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let ok = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "150", "-singlefile", "-f", "1", "-l", "1"])
            .arg(pdf)
            .arg(dir.join(name))
            .status()
            .unwrap();
        assert!(ok.success());
    }
    let (fr_inv, _) = open_document(&s, &fonts, of(1, Invoice)).unwrap();
    let fr_inv = pdf_text(&fr_inv);
    assert!(!fr_inv.contains("iban transfer"), "{fr_inv}");

    // The screens: the reader's language, whatever the document's.
    s.set_setting("ui.language", "de").unwrap();
    let detail = s.invoice_detail(of(2, Invoice)).unwrap();
    assert!(
        detail.lines[0].description.starts_with("Verlängerung von "),
        "{:?}",
        detail.lines[0].description
    );
    let moves = s.prepaid_account(1).unwrap().movements;
    assert!(
        moves.iter().any(|m| m.description == "Aufladung per Visa"),
        "{moves:?}"
    );
    s.set_setting("ui.language", "it").unwrap();
    let moves = s.prepaid_account(1).unwrap().movements;
    assert!(
        moves
            .iter()
            .any(|m| m.description.starts_with("Rimborso di ")),
        "{moves:?}"
    );
    // A row from before codes: its words, as written.
    let path = s.path().to_owned();
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute(
        "UPDATE prepaid_movements SET text_code = NULL, description = 'Ancienne recharge'
         WHERE id = (SELECT min(id) FROM prepaid_movements WHERE organization_id = 1)",
        [],
    )
    .unwrap();
    let moves = s.prepaid_account(1).unwrap().movements;
    assert!(moves.iter().any(|m| m.description == "Ancienne recharge"));
}

/// Break-it review, issue 11: a batch export writes every document it can and names each one it
/// could not, with the reason, instead of stopping at the first.
#[test]
fn pay7_batch_export_writes_what_it_can_and_reports_each_document_it_could_not() {
    let (dir, s) = open();
    let fonts = Fonts::load();
    let all = s.invoices(Some(1)).unwrap();
    let unpaid: Vec<&comptoir_core::billing::Invoice> = all
        .iter()
        .filter(|i| i.paid.amount < i.total.amount && s.vault_record(i.id).unwrap().is_none())
        .collect();
    assert!(!unpaid.is_empty());
    // The buyer's street no QR-bill can carry: its documents with an amount due cannot be made.
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute(
        "UPDATE organizations SET street = ?1 WHERE id = 1",
        [&"S".repeat(71)],
    )
    .unwrap();
    let ids: Vec<i64> = all.iter().map(|i| i.id).collect();
    let out = dir.path().join("export");
    let report =
        comptoir_store::vault::export_documents(&s, &fonts, &ids, &out, Replace, &mut |_| true)
            .unwrap();
    let failed: Vec<&str> = report.failed.iter().map(|f| f.number.as_str()).collect();
    for i in &unpaid {
        assert!(failed.contains(&i.number.as_str()), "{failed:?}");
    }
    assert!(report
        .failed
        .iter()
        .all(|f| f.reason.field.as_deref() == Some("buyer.street")));
    assert_eq!(report.written as usize, ids.len() - report.failed.len());
    assert!(report.written > 0, "the others are written");
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        report.written as usize
    );
    assert!(!report.cancelled);
}

/// Break-it review, issue 11: writing a document never follows a symbolic link. A link under a
/// document's name in the export folder (even a broken one, pointing outside) is refused for
/// that document and reported; nothing is created where it points; "keep both" goes beside it.
#[cfg(unix)]
#[test]
fn pay7_export_and_save_never_write_through_a_symbolic_link() {
    use comptoir_store::vault::{export_documents, write_document_file};
    let (dir, s) = open();
    let fonts = Fonts::load();
    let docs = s.invoices(None).unwrap();
    let ids: Vec<i64> = docs.iter().map(|i| i.id).take(3).collect();
    let out = dir.path().join("export");
    std::fs::create_dir(&out).unwrap();
    let outside = dir.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let evil = outside.join("planted.pdf");
    let linked = out.join(format!("{}.pdf", docs[0].number));
    std::os::unix::fs::symlink(&evil, &linked).unwrap();
    // The export asks about that name, as about any file already there.
    assert_eq!(
        existing_exports(&s, &ids, &out).unwrap(),
        vec![format!("{}.pdf", docs[0].number)]
    );
    let report = export_documents(&s, &fonts, &ids, &out, Replace, &mut |_| true).unwrap();
    assert!(!evil.exists(), "nothing written where the link points");
    assert!(std::fs::symlink_metadata(&linked)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(report.written, 2);
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].number, docs[0].number);
    assert!(
        report.failed[0].reason.message.contains("symbolic link"),
        "{:?}",
        report.failed[0].reason
    );
    // Keep both: the document goes beside the link.
    let report = export_documents(&s, &fonts, &ids[..1], &out, KeepBoth, &mut |_| true).unwrap();
    assert_eq!((report.written, report.failed.len()), (1, 0));
    assert!(out.join(format!("{} (2).pdf", docs[0].number)).is_file());
    assert!(!evil.exists());
    // Save: a chosen name that is a link to a file elsewhere leaves that file as it was.
    std::fs::write(&evil, b"mine").unwrap();
    let e: comptoir_core::Error = write_document_file(&linked, b"%PDF-1.7")
        .unwrap_err()
        .into();
    assert_eq!(e.field.as_deref(), Some("path"), "{e:?}");
    assert_eq!(std::fs::read(&evil).unwrap(), b"mine");
    // A regular file is replaced; a new name is created.
    let plain = out.join("plain.pdf");
    write_document_file(&plain, b"one").unwrap();
    write_document_file(&plain, b"two").unwrap();
    assert_eq!(std::fs::read(&plain).unwrap(), b"two");
}

/// The window and a scripted export rendering the same documents at the same moment: each gets
/// the document, one record is kept, and the vault copy passes its hash check (two processes
/// raced into "UNIQUE constraint failed: document_files.invoice_id" before).
#[test]
fn two_stores_rendering_the_same_documents_at_once_both_succeed() {
    let (dir, s) = open();
    let ids: Vec<i64> = s.invoices(None).unwrap().iter().map(|i| i.id).collect();
    let path = s.path().to_owned();
    drop(s);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    // Two connections, opened one after the other; then both render at once.
    let stores: Vec<Store> = (0..2)
        .map(|_| {
            Store::open(
                &path,
                Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
            )
            .unwrap()
        })
        .collect();
    let handles: Vec<_> = stores
        .into_iter()
        .map(|s| {
            let (ids, barrier) = (ids.clone(), barrier.clone());
            std::thread::spawn(move || {
                let fonts = Fonts::load();
                let mut out = Vec::new();
                for id in ids {
                    barrier.wait();
                    out.push(open_document(&s, &fonts, id).map(|(_, b)| sha256_hex(&b)));
                }
                out
            })
        })
        .collect();
    let results: Vec<Vec<_>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for (a, b) in results[0].iter().zip(&results[1]) {
        let (a, b) = (a.as_ref().unwrap(), b.as_ref().unwrap());
        assert_eq!(a, b);
    }
    let s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let fonts = Fonts::load();
    for id in ids {
        let (p, bytes) = open_document(&s, &fonts, id).unwrap();
        assert_eq!(
            s.vault_record(id).unwrap().unwrap().sha256,
            sha256_hex(&bytes)
        );
        assert!(p.exists());
    }
    let leftovers: Vec<_> = std::fs::read_dir(s.vault_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    drop(dir);
}
