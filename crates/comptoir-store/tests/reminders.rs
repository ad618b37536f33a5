//! PAY-2 billing notification settings and the reminders before a product's milestones, on the
//! injected clock and a real workspace file.

use std::path::Path;
use std::sync::Arc;

use comptoir_core::reminders::{Milestone, NotificationSettings};
use comptoir_core::{ErrorCode, FixedClock};
use comptoir_store::seed::{CHF_ORG, EUR_ORG};
use comptoir_store::Store;

const CLAIRE: i64 = 1; // legal representative, CHF organization
const SOFIA: i64 = 3; // administrator
const NINA: i64 = 7; // user
const LUCIA: i64 = 9; // legal representative of the EUR organization only

fn at(path: &Path, instant: &str) -> Store {
    Store::open(path, Arc::new(FixedClock::parse(instant).unwrap())).unwrap()
}

fn settings(days: &[u16], recipients: &[i64]) -> NotificationSettings {
    NotificationSettings {
        days_before: days.to_vec(),
        recipients: recipients.to_vec(),
    }
}

#[test]
fn pay2_defaults_are_14_7_1_days_to_the_billing_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let s = at(&dir.path().join("ws.sqlite3"), "2026-11-27T09:00:00Z");
    let n = s.notification_settings(CHF_ORG).unwrap();
    assert_eq!(n.days_before, vec![14, 7, 1]);
    let billing: Vec<i64> = s
        .members(CHF_ORG)
        .unwrap()
        .into_iter()
        .filter(|m| m.contacts.billing)
        .map(|m| m.user_id)
        .collect();
    assert!(!billing.is_empty());
    assert_eq!(n.recipients, billing);
}

#[test]
fn pay2_only_legal_representatives_and_admins_change_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = at(&dir.path().join("ws.sqlite3"), "2026-11-27T09:00:00Z");
    let before = s.notification_settings(CHF_ORG).unwrap();
    for refused in [NINA, LUCIA] {
        let e = s
            .set_notification_settings(CHF_ORG, refused, &settings(&[3], &[CLAIRE]))
            .unwrap_err();
        let e: comptoir_core::Error = e.into();
        assert_eq!(e.code, ErrorCode::RuleViolation, "user {refused}: {e:?}");
        assert_eq!(s.notification_settings(CHF_ORG).unwrap(), before);
    }
    let stored = s
        .set_notification_settings(CHF_ORG, SOFIA, &settings(&[1, 30, 7], &[SOFIA, CLAIRE]))
        .unwrap();
    assert_eq!(stored, settings(&[30, 7, 1], &[CLAIRE, SOFIA]));
    assert_eq!(s.notification_settings(CHF_ORG).unwrap(), stored);
    s.set_notification_settings(CHF_ORG, CLAIRE, &settings(&[10], &[]))
        .unwrap();
    // Bad input names its field and changes nothing.
    for (bad, field) in [
        (settings(&[0], &[]), "days_before"),
        (settings(&[120], &[]), "days_before"),
        (settings(&[], &[]), "days_before"),
        (settings(&[7], &[LUCIA]), "recipients"),
    ] {
        let e: comptoir_core::Error = s
            .set_notification_settings(CHF_ORG, CLAIRE, &bad)
            .unwrap_err()
            .into();
        assert_eq!(e.field.as_deref(), Some(field), "{bad:?}");
        assert_eq!(
            s.notification_settings(CHF_ORG).unwrap(),
            settings(&[10], &[])
        );
    }
    // The other organization keeps its defaults.
    assert_eq!(
        s.notification_settings(EUR_ORG).unwrap().days_before,
        vec![14, 7, 1]
    );
}

#[test]
fn pay2_a_reminder_is_given_once_per_threshold_and_a_missed_one_is_not_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let s = at(&path, "2026-11-27T09:00:00Z");
    // A product without auto-renewal whose last day to switch it on is 20 days away.
    let p = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| !p.auto_renew && p.days_left > 40 && p.days_left < 200)
        .expect("the demo has a product far enough ahead");
    let last_day = p.expires_on - chrono::Days::new(14);
    let day = |before: u64| format!("{}T09:00:00Z", last_day - chrono::Days::new(before));
    drop(s);
    let of = |s: &Store| {
        s.due_reminders()
            .unwrap()
            .into_iter()
            .filter(|r| r.product_id == p.id)
            .collect::<Vec<_>>()
    };
    // 20 days before: nothing yet.
    assert!(of(&at(&path, &day(20))).is_empty());
    // 14 days before: the 14-day reminder, about the last day to switch auto-renewal on.
    let mut s = at(&path, &day(14));
    let due = of(&s);
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(
        (
            due[0].milestone,
            due[0].on,
            due[0].threshold,
            due[0].days_left
        ),
        (Milestone::LastDayToEnable, last_day, 14, 14)
    );
    assert_eq!(of(&s), due, "not given yet: still due");
    s.mark_reminders_given(&due).unwrap();
    s.mark_reminders_given(&due).unwrap();
    assert!(of(&s).is_empty(), "given once, never twice");
    drop(s);
    // 10 days before: still covered by the 14-day one.
    assert!(of(&at(&path, &day(10))).is_empty());
    // The app was closed from 7 days to 1 day before: one reminder, at 1 day, not 7 then 1.
    let mut s = at(&path, &day(1));
    let due = of(&s);
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(due[0].threshold, 1);
    s.mark_reminders_given(&due).unwrap();
    assert!(of(&s).is_empty());
    drop(s);
    // Past the last day, the next milestone is the expiry (14 days later): its own reminders.
    let s = at(
        &path,
        &format!("{}T09:00:00Z", p.expires_on - chrono::Days::new(6)),
    );
    let due = of(&s);
    assert_eq!(
        due.iter()
            .map(|r| (r.milestone, r.threshold))
            .collect::<Vec<_>>(),
        vec![(Milestone::Expiry, 7)]
    );
}

#[test]
fn pay2_attention_follows_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = at(&dir.path().join("ws.sqlite3"), "2026-11-27T09:00:00Z");
    let wide = s.attention(Some(CHF_ORG)).unwrap();
    assert!(wide.count > 0);
    assert!(wide.nearest.len() <= 5);
    assert!(wide
        .nearest
        .windows(2)
        .all(|w| w[0].days_left <= w[1].days_left));
    assert!(wide.nearest.iter().all(|r| r.days_left <= 14));
    s.set_notification_settings(CHF_ORG, CLAIRE, &settings(&[1], &[]))
        .unwrap();
    let narrow = s.attention(Some(CHF_ORG)).unwrap();
    assert!(
        narrow.count < wide.count,
        "{} !< {}",
        narrow.count,
        wide.count
    );
    assert!(narrow.nearest.iter().all(|r| r.days_left <= 1));
    // The whole workspace adds the other organization's products.
    let all = s.attention(None).unwrap();
    assert_eq!(
        all.count,
        narrow.count + s.attention(Some(EUR_ORG)).unwrap().count
    );
}

#[test]
fn the_os_notification_switch_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let s = at(&path, "2026-11-27T09:00:00Z");
    assert!(s.os_notifications().unwrap());
    s.set_os_notifications(false).unwrap();
    drop(s);
    assert!(!at(&path, "2026-11-27T09:00:00Z")
        .os_notifications()
        .unwrap());
}

/// A recipient who leaves the organization is dropped: not e-mailed any more, and the settings
/// (whose form lists only members) can still be saved. Found by review: the form was stuck.
#[test]
fn pay2_a_recipient_who_leaves_is_dropped_and_the_settings_still_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = at(&dir.path().join("ws.sqlite3"), "2026-11-27T09:00:00Z");
    s.set_notification_settings(CHF_ORG, CLAIRE, &settings(&[14], &[CLAIRE, NINA]))
        .unwrap();
    s.remove_members(CHF_ORG, CLAIRE, &[NINA]).unwrap();
    let now = s.notification_settings(CHF_ORG).unwrap();
    assert_eq!(now.recipients, vec![CLAIRE]);
    // What the form sends back (what it shows) saves.
    s.set_notification_settings(CHF_ORG, CLAIRE, &settings(&[30, 7], &now.recipients))
        .unwrap();
}
