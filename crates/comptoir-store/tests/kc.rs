//! Identity-verification blocks (KC-1/2/5/6) on real SQLite files, the clock moved by reopening
//! the file at another instant: the demo's blocked order, the procedure resent once a day, the
//! cancellation at the Zurich midnight of day 10 (also across DST) with one credit note and one
//! refund to the original payment method, and documents deleted once handled or after 72 h.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use comptoir_core::billing::{InvoiceKind, OrderStatus};
use comptoir_core::kc::{KcBlock, KcState, KcTrigger};
use comptoir_core::{ErrorCode, FixedClock, RuleId};
use comptoir_store::Store;

const CHF_ORG: i64 = 1;
const LR: i64 = comptoir_store::seed::SIGNED_IN_USER;
const USER: i64 = 5;
const OUTSIDER: i64 = 9;

fn at(path: &Path, instant: DateTime<Utc>) -> Store {
    Store::open(path, Arc::new(FixedClock(instant))).unwrap()
}

fn seeded(instant: &str) -> (tempfile::TempDir, std::path::PathBuf, KcBlock) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let s = at(&path, instant.parse().unwrap());
    let blocks = s.kc_blocks_as(LR, CHF_ORG).unwrap();
    assert_eq!(blocks.len(), 1, "the demo has one blocked order");
    let b = blocks[0].clone();
    (dir, path, b)
}

fn err<T: std::fmt::Debug>(r: comptoir_store::StoreResult<T>) -> comptoir_core::Error {
    comptoir_core::Error::from(r.unwrap_err())
}

fn credit_notes(s: &Store) -> usize {
    s.invoices(Some(CHF_ORG))
        .unwrap()
        .iter()
        .filter(|i| i.kind == InvoiceKind::CreditNote)
        .count()
}

/// Day 10 at the Zurich midnight, ±1 s, cancels once: one credit note for the whole invoice,
/// the whole amount back to the card that paid, nothing to the prepaid balance, the order
/// cancelled; evaluating again (and later) moves no more money.
fn day_ten_cancels_once(instant: &str, expected_cancel_at: &str) {
    let (_d, path, b) = seeded(instant);
    assert_eq!(b.trigger, KcTrigger::SuspectedFraud);
    assert_eq!(b.state, KcState::Waiting);
    let cancel_at: DateTime<Utc> = expected_cancel_at.parse().unwrap();
    assert_eq!(b.cancels_at, cancel_at);
    assert_eq!(
        b.cancels_on,
        cancel_at
            .with_timezone(&chrono_tz::Europe::Zurich)
            .date_naive()
    );
    let second = Duration::seconds(1);
    let s = at(&path, b.cancels_at);
    let order = s
        .orders(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|o| o.id == b.order_id)
        .unwrap();
    let notes_before = credit_notes(&s);
    let prepaid_before = s.prepaid_account(CHF_ORG).unwrap().balance;
    drop(s);

    let mut s = at(&path, b.cancels_at - second);
    assert!(s.evaluate_kc_deadlines().unwrap().is_empty());
    assert_eq!(credit_notes(&s), notes_before);

    let mut s = at(&path, b.cancels_at);
    assert_eq!(s.evaluate_kc_deadlines().unwrap(), vec![b.order_id]);
    assert!(
        s.evaluate_kc_deadlines().unwrap().is_empty(),
        "evaluated twice"
    );
    let mut s = at(&path, b.cancels_at + second);
    assert!(s.evaluate_kc_deadlines().unwrap().is_empty());

    assert_eq!(credit_notes(&s), notes_before + 1, "one credit note");
    let note = s
        .invoices(Some(CHF_ORG))
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == InvoiceKind::CreditNote)
        .max_by_key(|i| i.id)
        .unwrap();
    assert_eq!(note.total.amount, -order.total.amount, "fully refunded");
    let (refunded, method) = s.kc_refund(b.order_id).unwrap().unwrap();
    assert_eq!(rust_decimal::Decimal::new(refunded, 2), order.total.amount);
    assert_eq!(method, 1, "to the card that paid the order");
    assert_eq!(
        s.prepaid_account(CHF_ORG).unwrap().balance,
        prepaid_before,
        "not to the prepaid balance"
    );
    let after = s
        .orders(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|o| o.id == b.order_id)
        .unwrap();
    assert_eq!(after.status, OrderStatus::Cancelled);
    let shown = &s.kc_blocks_as(LR, CHF_ORG).unwrap()[0];
    assert_eq!(shown.state, KcState::Cancelled);
    assert_eq!(
        shown.credit_note_number.as_deref(),
        Some(note.number.as_str())
    );
    assert!(shown.refunded_to.is_some());
    // Nothing more can be done on it.
    assert_eq!(err(s.kc_resend(LR, b.order_id)).rule, Some(RuleId::Kc6));
}

#[test]
fn kc6_day_ten_at_the_zurich_midnight() {
    // Seeded on 27 November 09:00 UTC: blocked 3 days before (24 November, Zurich), cancelled
    // at 00:00 on 4 December Zurich = 3 December 23:00 UTC (CET).
    day_ten_cancels_once("2026-11-27T09:00:00Z", "2026-12-03T23:00:00Z");
}

#[test]
fn kc6_day_ten_across_the_spring_dst_change() {
    // Blocked 25 March (CET); day 10 is 4 April (CEST): midnight is 22:00 UTC.
    day_ten_cancels_once("2026-03-28T09:00:00Z", "2026-04-03T22:00:00Z");
}

#[test]
fn kc5_resend_is_recorded_once_a_day_and_the_order_is_not_paid_meanwhile() {
    let (_d, path, b) = seeded("2026-11-27T09:00:00Z");
    let t: DateTime<Utc> = "2026-11-27T09:00:00Z".parse().unwrap();
    let mut s = at(&path, t);
    let first = s.kc_resend(LR, b.order_id).unwrap();
    assert!(first.recorded);
    assert_eq!(first.on, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    let again = s.kc_resend(USER, b.order_id).unwrap();
    assert!(!again.recorded, "already sent today");
    assert_eq!(again.resent_count, 1);
    // 23:30 UTC is already the next day in Zurich.
    let mut s = at(&path, "2026-11-27T23:30:00Z".parse().unwrap());
    let next = s.kc_resend(LR, b.order_id).unwrap();
    assert!(next.recorded);
    assert_eq!(next.resent_count, 2);
    let shown = &s.kc_blocks_as(LR, CHF_ORG).unwrap()[0];
    assert_eq!(shown.resent_count, 2);
    assert_eq!(
        shown.last_resent_on,
        Some(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
    );
    // Only members see and resend it.
    assert_eq!(
        err(s.kc_resend(OUTSIDER, b.order_id)).rule,
        Some(RuleId::Org6)
    );
    assert!(s.kc_blocks_as(OUTSIDER, CHF_ORG).is_err());
    assert_eq!(err(s.kc_resend(LR, 99_999)).code, ErrorCode::NotFound);
    // A blocked order is not paid (nor cancelled) by hand.
    let e = err(s.pay_pending_order(LR, b.order_id, 1));
    assert_eq!(e.rule, Some(RuleId::Kc5));
    assert_eq!(e.params.unwrap()["reason"], "kc_blocked");
    assert_eq!(
        err(s.cancel_pending_order(LR, b.order_id)).rule,
        Some(RuleId::Kc5)
    );
}

#[test]
fn kc2_documents_live_outside_the_workspace_and_go_once_handled_or_after_72_hours() {
    let (d, path, b) = seeded("2026-11-27T09:00:00Z");
    let t: DateTime<Utc> = "2026-11-27T09:00:00Z".parse().unwrap();
    let kc_dir = d.path().join("app-data").join("kc");
    let source = d.path().join("passport-scan.png");
    let marker = b"PASSPORT-SCAN-BYTES-7f3a9c";
    std::fs::write(&source, marker).unwrap();

    let mut s = at(&path, t);
    // This workspace's own folder under the shared data folder.
    let ws_dir = s.support_folder(&kc_dir).unwrap();
    let kept = s
        .kc_attach_document(LR, b.order_id, &kc_dir, &source)
        .unwrap();
    let handled = s
        .kc_attach_document(LR, b.order_id, &kc_dir, &source)
        .unwrap();
    assert_eq!(kept.name, "passport-scan.png");
    assert_eq!(kept.delete_by, t + Duration::hours(72));
    let files = |dir: &Path| std::fs::read_dir(dir).map(|r| r.count()).unwrap_or(0);
    assert_eq!(files(&ws_dir), 2);
    // The workspace file never holds the document's bytes.
    s.checkpoint().unwrap();
    drop(s);
    let db = std::fs::read(&path).unwrap();
    assert!(!db.windows(marker.len()).any(|w| w == marker));

    // Handled: deleted at once.
    let mut s = at(&path, t + Duration::hours(1));
    let h = s.kc_handle_document(LR, handled.id, &kc_dir).unwrap();
    assert!(h.handled_at.is_some() && h.deleted_at.is_some());
    assert_eq!(files(&ws_dir), 1);

    // Unhandled: kept until 72 h, not a second more.
    let limit = t + Duration::hours(72);
    let s = at(&path, limit - Duration::seconds(1));
    assert_eq!(s.purge_kc_documents(&kc_dir).unwrap(), 0);
    assert_eq!(files(&ws_dir), 1);
    let s = at(&path, limit);
    assert_eq!(s.purge_kc_documents(&kc_dir).unwrap(), 1);
    assert_eq!(files(&ws_dir), 0);
    let s = at(&path, limit + Duration::seconds(1));
    assert_eq!(s.purge_kc_documents(&kc_dir).unwrap(), 0);
    let docs = s.kc_documents_as(LR, b.order_id).unwrap();
    assert!(docs.iter().all(|d| d.deleted_at.is_some()));
    assert_eq!(s.kc_blocks_as(LR, CHF_ORG).unwrap()[0].documents_kept, 0);

    // Attaching answered the procedure: day 10 no longer cancels the order.
    let mut s = at(&path, b.cancels_at + Duration::days(1));
    assert!(s.evaluate_kc_deadlines().unwrap().is_empty());
    assert_eq!(
        s.kc_blocks_as(LR, CHF_ORG).unwrap()[0].state,
        KcState::Answered
    );
    drop(d);
}

/// Review of issue 15: two workspaces on one machine share the app's data folder and repeat
/// each other's row ids; each keeps its own document, and handling one deletes only its own.
#[test]
fn kc2_two_workspaces_keep_their_own_documents() {
    let (d, path_a, a) = seeded("2026-11-27T09:00:00Z");
    let (_e, path_b, b) = seeded("2026-11-27T09:00:00Z");
    let t: DateTime<Utc> = "2026-11-27T09:00:00Z".parse().unwrap();
    let kc_dir = d.path().join("app-data").join("kc");
    let (src_a, src_b) = (d.path().join("a.png"), d.path().join("b.png"));
    std::fs::write(&src_a, b"AAAA").unwrap();
    std::fs::write(&src_b, b"BBBB").unwrap();
    let mut ws_a = at(&path_a, t);
    let mut ws_b = at(&path_b, t);
    let doc_a = ws_a
        .kc_attach_document(LR, a.order_id, &kc_dir, &src_a)
        .unwrap();
    let doc_b = ws_b
        .kc_attach_document(LR, b.order_id, &kc_dir, &src_b)
        .unwrap();
    assert_eq!(doc_a.id, doc_b.id, "the same row id in both workspaces");
    let file_a = ws_a
        .support_folder(&kc_dir)
        .unwrap()
        .join(format!("kc-{}", doc_a.id));
    assert_eq!(
        std::fs::read(&file_a).unwrap(),
        b"AAAA",
        "B's attach overwrote A's"
    );
    ws_b.kc_handle_document(LR, doc_b.id, &kc_dir).unwrap();
    assert_eq!(
        std::fs::read(&file_a).unwrap(),
        b"AAAA",
        "B's handled deleted A's"
    );
    let file_b = ws_b
        .support_folder(&kc_dir)
        .unwrap()
        .join(format!("kc-{}", doc_b.id));
    assert!(!file_b.exists());
}

/// Review of issue 15 (KC-2): marking a document handled deletes it: a legal representative or
/// an admin may, a plain member may not (and the file stays).
#[test]
fn kc2_only_a_legal_representative_or_an_admin_marks_a_document_handled() {
    let (d, path, b) = seeded("2026-11-27T09:00:00Z");
    let t: DateTime<Utc> = "2026-11-27T09:00:00Z".parse().unwrap();
    let kc_dir = d.path().join("app-data").join("kc");
    let source = d.path().join("id.png");
    std::fs::write(&source, b"ID").unwrap();
    let mut s = at(&path, t);
    // The demo's CHF organization: users 3 and 4 are admins, user 5 a plain member.
    let admin: i64 = 3;
    let attach = |s: &mut Store| {
        s.kc_attach_document(USER, b.order_id, &kc_dir, &source)
            .unwrap()
    };
    let doc = attach(&mut s);
    let e = err(s.kc_handle_document(USER, doc.id, &kc_dir));
    assert_eq!(e.rule, Some(RuleId::Kc2));
    assert_eq!(e.field.as_deref(), Some("document_id"));
    let file = s
        .support_folder(&kc_dir)
        .unwrap()
        .join(format!("kc-{}", doc.id));
    assert!(file.exists(), "a plain member's refusal deleted nothing");
    let e = err(s.kc_handle_document(OUTSIDER, doc.id, &kc_dir));
    assert_eq!(e.rule, Some(RuleId::Org6));
    assert!(s
        .kc_handle_document(admin, doc.id, &kc_dir)
        .unwrap()
        .deleted_at
        .is_some());
    let doc = attach(&mut s);
    assert!(s
        .kc_handle_document(LR, doc.id, &kc_dir)
        .unwrap()
        .deleted_at
        .is_some());
}
