//! Long work off the shared connection (issue 8, item 16) and who may switch auto-renewal or
//! change a period (ORG-6 for REN-2/3 and PAY-9), on real workspace files.

use std::sync::mpsc;
use std::sync::Arc;

use comptoir_core::org::Role;
use comptoir_core::renewal::{ProductQuery, RowOutcome, Selection};
use comptoir_core::{Error, ErrorCode, FixedClock, RuleId};
use comptoir_store::seed::{CHF_ORG, EUR_ORG};
use comptoir_store::{Store, StoreResult, BULK_CHUNK};

// Demo people (see seed.rs). CHF org: 1 Claire (legal rep), 3 Sofia (admin), 5 Élodie (user, no
// billing right), 7 Nina (user, billing right on products 1..52 through the Accounting team),
// 8 Tom (invited, not active). EUR org: 9 Lucía (legal rep), 10 Javier (admin), 11 Marta (user,
// no billing right), 13 (user, billing right on products 60..62).
const CLAIRE: i64 = 1;
const MARC: i64 = 2;
const SOFIA: i64 = 3;
const ELODIE: i64 = 5;
const NINA: i64 = 7;
const TOM: i64 = 8;
const LUCIA: i64 = 9;
const JAVIER: i64 = 10;
const MARTA: i64 = 11;
const USER_13: i64 = 13;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    (dir, store)
}

fn err<T: std::fmt::Debug>(r: StoreResult<T>) -> Error {
    r.expect_err("expected a refusal").into()
}

fn raw(store: &Store) -> rusqlite::Connection {
    rusqlite::Connection::open(store.path()).unwrap()
}

/// Puts a product far from expiry with auto-renewal off, so switching it on is allowed by REN-5.
fn renewable(store: &Store, id: i64) {
    raw(store)
        .execute(
            "UPDATE products SET expires_on = '2027-09-01', auto_renew = 0,
                auto_renew_method_id = NULL WHERE id = ?1",
            [id],
        )
        .unwrap();
}

fn auto_renew(store: &Store, id: i64) -> bool {
    store.product_rows(&[id]).unwrap()[0].product.auto_renew
}

fn one(id: i64) -> Selection {
    Selection {
        ids: vec![id],
        ..Selection::default()
    }
}

fn org_products(org: i64) -> Selection {
    Selection {
        query: Some(ProductQuery {
            organization_id: Some(org),
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    }
}

#[test]
fn org6_switching_auto_renewal_by_role() {
    let (_d, mut s) = open();
    let product = 20; // CHF
                      // (actor, allowed, who)
    let cases = [
        (CLAIRE, true, "legal representative"),
        (SOFIA, true, "admin"),
        (NINA, true, "user with the billing right"),
        (ELODIE, false, "user without the billing right"),
        (TOM, false, "invited, not yet active"),
        (LUCIA, false, "member of another organization only"),
    ];
    for (actor, allowed, who) in cases {
        renewable(&s, product);
        let r = s
            .set_auto_renew(actor, &one(product), true, None, &mut |_| true)
            .unwrap();
        assert_eq!(r.processed, 1, "{who}");
        if allowed {
            assert_eq!(r.changed, 1, "{who}: {r:?}");
            assert!(auto_renew(&s, product), "{who}");
            // And off again (REN-3), by the same person.
            let off = s
                .set_auto_renew(actor, &one(product), false, None, &mut |_| true)
                .unwrap();
            assert_eq!(off.changed, 1, "{who}");
        } else {
            assert_eq!(r.refused.len(), 1, "{who}: {r:?}");
            let e = r.refused[0].error.as_ref().unwrap();
            assert_eq!(e.rule, Some(RuleId::Org6), "{who}: {e:?}");
            assert_eq!(r.refused[0].outcome, RowOutcome::Refused);
            assert!(!auto_renew(&s, product), "{who}: nothing changed");
        }
    }
    // Switching off is refused too for someone without the right (REN-3 is "at any time", not
    // "by anyone").
    renewable(&s, product);
    s.set_auto_renew(CLAIRE, &one(product), true, None, &mut |_| true)
        .unwrap();
    let r = s
        .set_auto_renew(ELODIE, &one(product), false, None, &mut |_| true)
        .unwrap();
    assert_eq!(
        r.refused[0].error.as_ref().unwrap().rule,
        Some(RuleId::Org6)
    );
    assert!(auto_renew(&s, product));
}

#[test]
fn org6_a_bulk_job_refuses_the_rows_the_actor_may_not_touch_and_goes_on() {
    let (_d, mut s) = open();
    for id in [60, 61, 62] {
        renewable(&s, id);
    }
    let all_eur = org_products(EUR_ORG);
    let eur = s.resolve_selection(&all_eur).unwrap();
    let r = s
        .set_auto_renew(USER_13, &all_eur, true, None, &mut |_| true)
        .unwrap();
    assert!(!r.cancelled);
    assert_eq!(r.processed as usize, eur.len());
    assert_eq!(r.changed, 3, "{r:?}");
    let org6: Vec<i64> = r
        .refused
        .iter()
        .filter(|row| row.error.as_ref().unwrap().rule == Some(RuleId::Org6))
        .map(|row| row.product_id)
        .collect();
    let expected: Vec<i64> = eur
        .iter()
        .copied()
        .filter(|id| ![60, 61, 62].contains(id))
        .collect();
    assert_eq!(org6, expected);
    // Marc is admin of the EUR organization and legal representative of the CHF one: no row of
    // either is refused for rights.
    let both = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let r = s
        .set_auto_renew(MARC, &both, false, None, &mut |_| true)
        .unwrap();
    assert!(r.refused.is_empty(), "{r:?}");
    // Marta (EUR user, no billing right) over both organizations: every row refused, none fails.
    let r = s
        .set_auto_renew(MARTA, &both, true, None, &mut |_| true)
        .unwrap();
    assert_eq!(r.refused.len() as u32, r.total);
    assert!(r
        .refused
        .iter()
        .all(|row| row.error.as_ref().unwrap().rule == Some(RuleId::Org6)));
}

#[test]
fn ren7_a_method_of_another_organization_is_refused_per_row_not_replaced() {
    let (_d, mut s) = open();
    renewable(&s, 20); // CHF
    renewable(&s, 60); // EUR
    let cards = raw(&s)
        .query_row(
            "SELECT (SELECT id FROM payment_methods WHERE organization_id = ?1 AND kind = 'visa'
                     ORDER BY id LIMIT 1),
                    (SELECT id FROM payment_methods WHERE organization_id = ?2 ORDER BY id LIMIT 1)",
            [CHF_ORG, EUR_ORG],
            |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, i64>(1)?)),
        )
        .unwrap();
    let chf_card = cards.0.unwrap_or(1);
    let sel = Selection {
        ids: vec![20, 60],
        ..Selection::default()
    };
    let r = s
        .set_auto_renew(MARC, &sel, true, Some(chf_card), &mut |_| true)
        .unwrap();
    assert_eq!(r.changed, 1, "{r:?}");
    assert_eq!(r.refused.len(), 1);
    assert_eq!(r.refused[0].product_id, 60);
    let e = r.refused[0].error.as_ref().unwrap();
    assert_eq!(
        (e.rule, e.field.as_deref()),
        (Some(RuleId::Ren7), Some("method"))
    );
    assert!(
        !auto_renew(&s, 60),
        "the EUR product did not get another method"
    );
    // An unknown method: nothing runs, the field is named.
    renewable(&s, 20);
    let e = err(s.set_auto_renew(MARC, &sel, true, Some(4242), &mut |_| true));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::NotFound, Some("method"))
    );
    assert!(!auto_renew(&s, 20));
}

#[test]
fn org6_changing_the_period_by_role() {
    let (_d, mut s) = open();
    let p = s.product_rows(&[20]).unwrap()[0].product.clone();
    let periods = p.kind.allowed_periods();
    let other = *periods
        .iter()
        .find(|&&m| m != p.period_months)
        .unwrap_or(&periods[0]);
    let period = |s: &Store| s.product_rows(&[20]).unwrap()[0].product.period_months;
    for (actor, who) in [
        (ELODIE, "user without the billing right"),
        (TOM, "invited, not yet active"),
        (LUCIA, "member of another organization only"),
        (JAVIER, "admin of another organization only"),
    ] {
        let e = err(s.set_period(actor, 20, other));
        assert_eq!(e.rule, Some(RuleId::Org6), "{who}: {e:?}");
        assert_eq!(period(&s), p.period_months, "{who}: nothing changed");
    }
    for (actor, who) in [
        (CLAIRE, "legal representative"),
        (SOFIA, "admin"),
        (NINA, "user with the billing right"),
    ] {
        let target = if period(&s) == other {
            p.period_months
        } else {
            other
        };
        s.set_period(actor, 20, target)
            .unwrap_or_else(|e| panic!("{who}: {e}"));
        assert_eq!(period(&s), target, "{who}");
    }
    // A plain user's right is per product: user 13 holds it on 60, not on 53.
    let p53 = s.product_rows(&[53]).unwrap()[0].product.clone();
    assert_eq!(
        err(s.set_period(USER_13, 53, p53.period_months)).rule,
        Some(RuleId::Org6)
    );
    let p60 = s.product_rows(&[60]).unwrap()[0].product.clone();
    s.set_period(USER_13, 60, p60.period_months).unwrap();
    // Unknown product: not found before any rights question.
    assert_eq!(
        err(s.set_period(CLAIRE, 9999, 12)).code,
        ErrorCode::NotFound
    );
}

#[test]
fn excluding_most_of_a_large_selection_keeps_exactly_the_rest() {
    let (_d, mut s) = open();
    s.seed_many_products(2000).unwrap();
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let every = s.resolve_selection(&all).unwrap();
    let excluded: Vec<i64> = every.iter().copied().filter(|id| id % 3 != 0).collect();
    let kept = s
        .resolve_selection(&Selection {
            excluded: excluded.clone(),
            ids: vec![3, 3, 6],
            ..all
        })
        .unwrap();
    let expected: Vec<i64> = every.iter().copied().filter(|id| id % 3 == 0).collect();
    assert_eq!(kept, expected);
}

#[test]
fn a_worker_opens_only_an_existing_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let missing = dir.path().join("missing.sqlite3");
    assert!(Store::open_worker(&missing, clock.clone()).is_err());
    assert!(!missing.exists(), "the worker never creates a file");
    // A file that is not a migrated workspace is refused, and left as it was.
    let other = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes(x)")
        .unwrap();
    let before = std::fs::read(&other).unwrap();
    let e: Error = Store::open_worker(&other, clock.clone())
        .err()
        .expect("refused")
        .into();
    assert_eq!(e.code, ErrorCode::Storage);
    assert_eq!(std::fs::read(&other).unwrap(), before);
    // On a workspace, it sees the same data as the app's connection.
    let (_d, s) = open();
    let w = s.worker_handle().open().unwrap();
    assert_eq!(w.info().unwrap().products, s.info().unwrap().products);
}

/// The job runs on its own connection on another thread; after each chunk it waits for the
/// test, which reads on the app's connection: every committed chunk is visible while the job is
/// still running, nothing of the next chunk is, and cancelling stops between chunks.
#[test]
fn ren7_a_reader_sees_committed_chunks_while_the_job_runs_and_cancel_stops_between_chunks() {
    let (_d, mut s) = open();
    s.seed_many_products(1500).unwrap();
    raw(&s)
        .execute(
            "UPDATE products SET auto_renew = 1,
                auto_renew_method_id = CASE organization_id WHEN 1 THEN 1 ELSE 5 END",
            [],
        )
        .unwrap();
    let total = s.product_counts(None).unwrap().total;
    assert_eq!(s.product_counts(None).unwrap().auto_renew_on, total);
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let (done_tx, done_rx) = mpsc::channel::<u32>();
    let (go_tx, go_rx) = mpsc::channel::<bool>();
    let handle = s.worker_handle();
    let job = std::thread::spawn(move || {
        let mut worker = handle.open().unwrap();
        worker.set_auto_renew(MARC, &all, false, None, &mut |p| {
            done_tx.send(p.done).unwrap();
            go_rx.recv().unwrap()
        })
    });
    let chunk = BULK_CHUNK as u32;
    for k in 1..=3u32 {
        let done = done_rx.recv().unwrap();
        assert_eq!(done, k * chunk);
        let counts = s.product_counts(None).unwrap();
        assert_eq!(counts.auto_renew_on, total - done, "after chunk {k}");
        assert!(s.info().is_ok());
        // The app's own writes are not locked out between chunks either.
        s.set_setting("ui.language", "fr").unwrap();
        go_tx.send(k < 3).unwrap();
    }
    let report = job.join().unwrap().unwrap();
    assert!(report.cancelled);
    assert_eq!(report.processed, 3 * chunk);
    assert_eq!(report.changed, 3 * chunk);
    assert_eq!(
        s.product_counts(None).unwrap().auto_renew_on,
        total - 3 * chunk,
        "no row of a fourth chunk was applied"
    );
}

/// With a worker writing, the app's connection is a second writer: its read-then-write
/// transactions must wait for the worker's chunk (BEGIN IMMEDIATE + busy timeout) instead of
/// failing with "database is locked" when a chunk commits between their read and their write;
/// and the job itself must not fail when the app writes between two of its rows.
#[test]
fn the_apps_writes_and_a_running_job_wait_for_each_other_instead_of_failing() {
    let (_d, mut s) = open();
    s.seed_many_products(2000).unwrap();
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let handle = s.worker_handle();
    let running = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let job = std::thread::spawn({
        let running = running.clone();
        move || {
            let mut worker = handle.open().unwrap();
            let mut reports = Vec::new();
            for on in [true, false] {
                reports.push(worker.set_auto_renew(MARC, &all, on, None, &mut |_| true));
            }
            running.store(false, std::sync::atomic::Ordering::SeqCst);
            reports
        }
    });
    let p = s.product_rows(&[20]).unwrap()[0].product.clone();
    let periods = p.kind.allowed_periods();
    let mut writes = 0;
    while running.load(std::sync::atomic::Ordering::SeqCst) {
        // One write of this crate's renewals, one of the organization's (both read first).
        let months = periods[writes % periods.len()];
        s.set_period(CLAIRE, 20, months)
            .unwrap_or_else(|e| panic!("app write {writes} during the job: {e}"));
        let role = if writes % 2 == 0 {
            Role::Admin
        } else {
            Role::User
        };
        s.change_role(CHF_ORG, CLAIRE, ELODIE, role)
            .unwrap_or_else(|e| panic!("app write {writes} during the job: {e}"));
        writes += 1;
    }
    for r in job.join().unwrap() {
        let r = r.unwrap_or_else(|e| panic!("the job failed while the app wrote: {e}"));
        assert!(!r.cancelled && r.processed == r.total);
    }
    assert!(writes > 10, "the app wrote during the job ({writes} times)");
}

/// Fairness: a write of the app's made while a long job runs gets in between two chunks; it does
/// not wait for the end of the job (nor time out on a long one).
#[test]
fn ren7_an_app_write_during_a_job_waits_for_one_chunk_not_the_whole_job() {
    let (_d, mut s) = open();
    s.seed_many_products(8000).unwrap();
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let done = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let handle = s.worker_handle();
    let job = std::thread::spawn({
        let done = done.clone();
        move || {
            handle
                .open()
                .unwrap()
                .set_auto_renew(MARC, &all, true, None, &mut |p| {
                    done.store(p.done, std::sync::atomic::Ordering::SeqCst);
                    true
                })
                .unwrap()
        }
    });
    while done.load(std::sync::atomic::Ordering::SeqCst) < BULK_CHUNK as u32 {
        std::thread::yield_now();
    }
    s.set_setting("ui.language", "es").unwrap();
    let when = done.load(std::sync::atomic::Ordering::SeqCst);
    let report = job.join().unwrap();
    assert!(
        when + 4 * BULK_CHUNK as u32 <= report.total,
        "the app's write got in after {when} of {} rows",
        report.total
    );
    assert_eq!(s.setting("ui.language").unwrap().as_deref(), Some("es"));
}
