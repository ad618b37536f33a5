//! Support-access grants (SUP-1..4) on real SQLite files, with the clock moved by reopening the
//! file at another instant: grants per kind and request number, who may grant and revoke, the
//! 7-day closing at the second, the one warning, and the append-only access log.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use comptoir_core::support::{AccessEvent, GrantKind, GrantState, NewGrant};
use comptoir_core::{ErrorCode, FixedClock, RuleId};
use comptoir_store::Store;

const CHF_ORG: i64 = 1;
const LR: i64 = comptoir_store::seed::SIGNED_IN_USER; // legal representative of CHF_ORG
const ADMIN: i64 = 3;
const USER: i64 = 5;
const OUTSIDER: i64 = 9; // legal representative of the other organization only

const T0: &str = "2026-11-27T09:00:00Z";

fn at(path: &Path, instant: DateTime<Utc>) -> Store {
    Store::open(path, Arc::new(FixedClock(instant))).unwrap()
}

fn t0() -> DateTime<Utc> {
    T0.parse().unwrap()
}

fn new_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    drop(at(&path, t0()));
    (dir, path)
}

fn request(kind: GrantKind, items: &[&str], ticket: &str) -> NewGrant {
    NewGrant {
        organization_id: CHF_ORG,
        kind,
        items: items.iter().map(|s| s.to_string()).collect(),
        ticket_ref: ticket.into(),
    }
}

fn err<T: std::fmt::Debug>(r: comptoir_store::StoreResult<T>) -> comptoir_core::Error {
    comptoir_core::Error::from(r.unwrap_err())
}

/// Every line of the access log, oldest first, as raw rows.
fn log_rows(path: &Path) -> Vec<(i64, String, String, i64, Option<String>)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut st = c
        .prepare("SELECT id, at, event, grant_id, actor_name FROM support_access_log ORDER BY id")
        .unwrap();
    st.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn events_of(path: &Path, grant: i64) -> Vec<String> {
    log_rows(path)
        .into_iter()
        .filter(|r| r.3 == grant)
        .map(|r| r.2)
        .collect()
}

#[test]
fn sup3_one_grant_per_kind_and_item_tied_to_the_request() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    let before = s.support_grants_as(LR).unwrap().len();
    let mail = s
        .create_support_grants(
            LR,
            &request(
                GrantKind::MailAddress,
                &[
                    "info@atelier-lumiere.ch",
                    "Info@Atelier-Lumiere.ch",
                    "compta@atelier-lumiere.ch",
                ],
                " sup-20500 ",
            ),
        )
        .unwrap();
    // Two addresses (the repeat differs only in case), one grant each, the number normalised.
    assert_eq!(mail.len(), 2);
    assert!(mail.iter().all(|g| g.kind == GrantKind::MailAddress
        && g.ticket_ref == "SUP-20500"
        && g.state == GrantState::Active
        && g.remaining_seconds == 7 * 24 * 3600
        && g.granted_by.is_some()));
    // SUP-3: a mail grant opens no drive folder nor discussion.
    let all = s.support_grants_as(LR).unwrap();
    assert_eq!(all.len(), before + 2);
    let new: Vec<_> = all.iter().filter(|g| g.ticket_ref == "SUP-20500").collect();
    assert!(new.iter().all(|g| g.kind == GrantKind::MailAddress));
    // SUP-4: one message on its own, and only one.
    let msg = s
        .create_support_grants(
            LR,
            &request(
                GrantKind::MailMessage,
                &["Re: invoice INV-AL-00003"],
                "SUP-20500",
            ),
        )
        .unwrap();
    assert_eq!(msg.len(), 1);
    let e = err(s.create_support_grants(
        LR,
        &request(GrantKind::MailMessage, &["one", "two"], "SUP-20500"),
    ));
    assert_eq!(e.field.as_deref(), Some("items"));
    assert_eq!(e.params.unwrap()["reason"], "too_many");
    // Bad request numbers and empty choices name the field and the reason.
    for (ticket, items, field, reason) in [
        ("20500", vec!["#general"], "ticket_ref", "bad_format"),
        ("SUP-1", vec!["#general"], "ticket_ref", "bad_format"),
        ("SUP-20500", vec![" "], "items", "none_chosen"),
    ] {
        let e =
            err(s.create_support_grants(LR, &request(GrantKind::ChatDiscussion, &items, ticket)));
        assert_eq!(e.code, ErrorCode::InvalidInput, "{ticket}");
        assert_eq!(e.field.as_deref(), Some(field), "{ticket}");
        assert_eq!(e.params.unwrap()["reason"], reason, "{ticket}");
    }
    let e = err(s.create_support_grants(
        LR,
        &request(GrantKind::MailAddress, &["not an address"], "SUP-20500"),
    ));
    assert_eq!(e.params.unwrap()["reason"], "not_an_email");
    // Each grant given is logged once, by name.
    for g in mail.iter().chain(&msg) {
        assert_eq!(events_of(&path, g.id), vec!["granted"]);
    }
    assert!(log_rows(&path)
        .iter()
        .filter(|r| r.2 == "granted")
        .all(|r| r.4.is_some()));
}

#[test]
fn who_may_grant_and_revoke_by_role_in_the_engine() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    // Each its own folder: the same one twice is refused while open.
    let folder = |s: &mut Store, actor, item: &str| {
        s.create_support_grants(
            actor,
            &request(GrantKind::DriveFolder, &[item], "SUP-20501"),
        )
    };
    let by_lr = folder(&mut s, LR, "Photos").unwrap();
    let by_admin = folder(&mut s, ADMIN, "Invoices").unwrap();
    for actor in [USER, OUTSIDER] {
        let e = err(folder(&mut s, actor, "Contracts"));
        assert_eq!(e.rule, Some(RuleId::Sup1), "actor {actor}");
        assert_eq!(
            e.params.as_ref().unwrap()["reason"],
            "support_access_rights_needed"
        );
        let e = err(s.revoke_support_grant(actor, by_lr[0].id));
        assert_eq!(e.rule, Some(RuleId::Sup1), "actor {actor}");
    }
    // Refused attempts changed nothing and logged nothing.
    assert_eq!(events_of(&path, by_lr[0].id), vec!["granted"]);
    assert_eq!(
        s.support_grant(by_lr[0].id).unwrap().state,
        GrantState::Active
    );
    // An admin revokes a legal representative's grant, and the other way round.
    let g = s.revoke_support_grant(ADMIN, by_lr[0].id).unwrap();
    assert_eq!(g.state, GrantState::Revoked);
    assert!(g.revoked_by.is_some());
    assert_eq!(
        s.revoke_support_grant(LR, by_admin[0].id).unwrap().state,
        GrantState::Revoked
    );
    // A plain user sees the grants of their organization; an outsider sees none of them.
    assert!(s
        .support_grants_as(USER)
        .unwrap()
        .iter()
        .any(|x| x.id == g.id));
    assert!(!s
        .support_grants_as(OUTSIDER)
        .unwrap()
        .iter()
        .any(|x| x.id == g.id));
    assert!(s
        .support_access_log_as(OUTSIDER, 0, 50)
        .unwrap()
        .entries
        .iter()
        .all(|e| e.organization_id != CHF_ORG));
}

#[test]
fn sup2_closes_at_exactly_seven_days_and_the_expiry_is_logged_once() {
    let (_d, path) = new_file();
    let id = at(&path, t0())
        .create_support_grants(
            LR,
            &request(GrantKind::ChatDiscussion, &["#shop"], "SUP-20502"),
        )
        .unwrap()[0]
        .id;
    let exactly = t0() + Duration::hours(7 * 24);
    let second = Duration::seconds(1);

    let s = at(&path, exactly - second);
    let g = s.support_grant(id).unwrap();
    assert_eq!((g.state, g.remaining_seconds), (GrantState::Active, 1));
    // (The demo's older grants closed by now: noticed here, so the counts below are ours.)
    s.notice_grant_expiries().unwrap();
    assert_eq!(events_of(&path, id), vec!["granted"]);

    let mut s = at(&path, exactly);
    assert_eq!(s.support_grant(id).unwrap().state, GrantState::Expired);
    assert_eq!(s.support_grant(id).unwrap().remaining_seconds, 0);
    assert_eq!(s.notice_grant_expiries().unwrap(), 1);
    assert_eq!(s.notice_grant_expiries().unwrap(), 0);
    s.support_grants_as(LR).unwrap();
    // Revoking what closed by itself is refused, and logs nothing more.
    let e = err(s.revoke_support_grant(LR, id));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.params.as_ref().unwrap()["reason"], "grant_closed");
    assert_eq!(e.params.unwrap()["state"], "expired");
    assert_eq!(events_of(&path, id), vec!["granted", "expired"]);
    let expired_line = log_rows(&path)
        .into_iter()
        .find(|r| r.3 == id && r.2 == "expired")
        .unwrap();
    assert_eq!(
        expired_line.1.parse::<DateTime<Utc>>().unwrap(),
        exactly,
        "logged at the instant it closed"
    );
    assert_eq!(expired_line.4, None, "nobody did it");

    let s = at(&path, exactly + second);
    assert_eq!(s.notice_grant_expiries().unwrap(), 0);
    assert_eq!(events_of(&path, id), vec!["granted", "expired"]);
    drop(s);
    // Not yet noticed when someone tries to revoke: the expiry is logged (once), the revoke refused.
    let other = at(&path, t0())
        .create_support_grants(
            LR,
            &request(GrantKind::DriveFolder, &["Archive"], "SUP-20503"),
        )
        .unwrap()[0]
        .id;
    let mut s = at(&path, exactly + Duration::days(1));
    assert_eq!(
        err(s.revoke_support_grant(LR, other)).code,
        ErrorCode::Conflict
    );
    assert_eq!(events_of(&path, other), vec!["granted", "expired"]);
}

#[test]
fn sup2_revoking_twice_is_refused_and_logged_once() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    let id = s
        .create_support_grants(
            LR,
            &request(GrantKind::DriveFolder, &["Photos"], "SUP-20504"),
        )
        .unwrap()[0]
        .id;
    let mut s2 = at(&path, t0() + Duration::hours(5));
    let g = s2.revoke_support_grant(LR, id).unwrap();
    assert_eq!(g.state, GrantState::Revoked);
    assert_eq!(g.remaining_seconds, 0);
    let e = err(s2.revoke_support_grant(ADMIN, id));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.params.unwrap()["state"], "revoked");
    // Nor does a revoked grant expire later.
    let s3 = at(&path, t0() + Duration::days(30));
    s3.notice_grant_expiries().unwrap();
    assert_eq!(events_of(&path, id), vec!["granted", "revoked"]);
    let page = s3.support_access_log_as(LR, 0, 10).unwrap();
    let revoked = page
        .entries
        .iter()
        .find(|e| e.grant_id == id && e.event == AccessEvent::Revoked)
        .unwrap();
    assert_eq!(revoked.at, t0() + Duration::hours(5));
    assert_eq!(revoked.actor_name, s.support_grant(id).unwrap().revoked_by);
    drop(s);
    assert_eq!(
        err(s2.revoke_support_grant(LR, 99_999)).code,
        ErrorCode::NotFound
    );
}

#[test]
fn sup2_the_warning_is_due_once_in_the_last_day() {
    let (_d, path) = new_file();
    // The demo's own grants are out of the way: revoke the open ones first.
    let mut s = at(&path, t0());
    for g in s.support_grants_as(LR).unwrap() {
        if g.state == GrantState::Active && g.organization_id == CHF_ORG {
            s.revoke_support_grant(LR, g.id).unwrap();
        }
    }
    let id = s
        .create_support_grants(
            LR,
            &request(GrantKind::ChatDiscussion, &["#ops"], "SUP-20505"),
        )
        .unwrap()[0]
        .id;
    let day_before = t0() + Duration::days(6);
    let due = |when| {
        at(&path, when)
            .grants_due_warning()
            .unwrap()
            .into_iter()
            .filter(|g| g.organization_id == CHF_ORG)
            .map(|g| g.id)
            .collect::<Vec<_>>()
    };
    assert!(due(day_before - Duration::seconds(1)).is_empty());
    assert_eq!(due(day_before), vec![id]);
    let s = at(&path, day_before + Duration::hours(2));
    let shown = s.grants_due_warning().unwrap();
    assert!(shown.iter().any(|g| g.id == id));
    s.mark_grants_warned(&shown).unwrap();
    assert!(s.grants_due_warning().unwrap().is_empty());
    assert!(
        due(day_before + Duration::hours(23)).is_empty(),
        "once per grant"
    );
    assert!(due(t0() + Duration::days(7)).is_empty());
}

#[test]
fn the_access_log_is_append_only_through_every_command_and_sql() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    let before = log_rows(&path);
    assert!(!before.is_empty(), "the demo's grants are logged");
    // Every command that touches grants or the log: each may add lines, none changes one.
    let ids: Vec<i64> = s
        .create_support_grants(
            LR,
            &request(GrantKind::MailAddress, &["a@b.ch", "c@d.ch"], "SUP-20506"),
        )
        .unwrap()
        .iter()
        .map(|g| g.id)
        .collect();
    s.revoke_support_grant(LR, ids[0]).unwrap();
    let _ = s.revoke_support_grant(LR, ids[0]);
    let _ = s.revoke_support_grant(USER, ids[1]);
    let _ = s.create_support_grants(USER, &request(GrantKind::DriveFolder, &["x"], "SUP-20506"));
    s.support_grants_as(LR).unwrap();
    s.support_access_log_as(LR, 0, 200).unwrap();
    let s = at(&path, t0() + Duration::days(8));
    s.notice_grant_expiries().unwrap();
    let due = s.grants_due_warning().unwrap();
    s.mark_grants_warned(&due).unwrap();
    s.support_access_log_as(LR, 0, 1).unwrap();
    drop(s);
    let after = log_rows(&path);
    assert_eq!(
        &after[..before.len()],
        &before[..],
        "earlier lines unchanged"
    );
    assert!(after.len() > before.len());
    // Plain SQL cannot change or delete a line either.
    let c = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE support_access_log SET actor_name = 'someone else'",
        "UPDATE support_access_log SET event = 'granted' WHERE event = 'revoked'",
        "DELETE FROM support_access_log",
        "DELETE FROM support_access_log WHERE id = 1",
    ] {
        let e = c.execute(sql, []).unwrap_err();
        assert!(e.to_string().contains("append-only"), "{sql}: {e}");
    }
    // A second line for the same grant and event is never written.
    assert!(c
        .execute(
            "INSERT INTO support_access_log(at, event, grant_id, organization_id, kind, target,
                ticket_ref) SELECT at, event, grant_id, organization_id, kind, target, ticket_ref
             FROM support_access_log WHERE id = 1",
            [],
        )
        .is_err());
    drop(c);
    assert_eq!(log_rows(&path), after);
}

#[test]
fn the_access_log_is_paged() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    let items: Vec<String> = (0..20).map(|i| format!("Folder {i}")).collect();
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    s.create_support_grants(LR, &request(GrantKind::DriveFolder, &refs, "SUP-20507"))
        .unwrap();
    let first = s.support_access_log_as(LR, 0, 10).unwrap();
    assert_eq!(first.entries.len(), 10);
    assert!(first.total >= 20);
    let second = s.support_access_log_as(LR, 10, 10).unwrap();
    assert_eq!(second.offset, 10);
    assert!(first
        .entries
        .iter()
        .all(|a| second.entries.iter().all(|b| a.id != b.id)));
    // Newest first.
    assert!(first.entries[0].at >= first.entries[9].at);
    for bad in [0, 201] {
        let e = err(s.support_access_log_as(LR, 0, bad));
        assert_eq!(e.field.as_deref(), Some("limit"));
    }
}

/// Review of issue 15: the same access given twice (a double click, two people) is refused
/// while the first is open: one grant, one log line; once revoked it may be given again.
#[test]
fn sup_the_same_open_access_is_not_given_twice() {
    let (_d, path) = new_file();
    let mut s = at(&path, t0());
    let req = request(GrantKind::DriveFolder, &["Photos"], "SUP-20504");
    let first = s.create_support_grants(LR, &req).unwrap()[0].id;
    let lines = log_rows(&path).len();
    let mut s2 = at(&path, t0() + Duration::minutes(1));
    let e = err(s2.create_support_grants(ADMIN, &req));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.field.as_deref(), Some("items"));
    assert_eq!(e.params.as_ref().unwrap()["reason"], "grant_already_open");
    assert_eq!(e.params.unwrap()["item"], "Photos");
    // Two items, one already open: nothing of the request is given.
    let both = request(GrantKind::DriveFolder, &["Invoices", "Photos"], "SUP-20505");
    assert!(s2.create_support_grants(LR, &both).is_err());
    assert_eq!(
        log_rows(&path).len(),
        lines,
        "a refused request logs nothing"
    );
    // Another kind or item is another access.
    s2.create_support_grants(
        LR,
        &request(GrantKind::DriveFolder, &["Invoices"], "SUP-20505"),
    )
    .unwrap();
    s2.revoke_support_grant(LR, first).unwrap();
    let again = s2.create_support_grants(LR, &req).unwrap()[0].id;
    assert_ne!(again, first);
    // Closed by itself after 7 days: given again too.
    let mut s3 = at(&path, t0() + Duration::days(8));
    s3.create_support_grants(
        LR,
        &request(GrantKind::DriveFolder, &["Invoices"], "SUP-20506"),
    )
    .unwrap();
}
