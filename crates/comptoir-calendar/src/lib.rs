//! The renewal calendar (REN-4, REN-5, PAY-1): for each product of a selection, its expiry, the
//! auto-renewal charge or the last day to switch it on, and the blocked and cancelled dates, as
//! all-day events. Texts come from the message catalogue in the reader's language; the rule id
//! is in the description only. Reminders (VALARM) sit on what people must act on. UIDs are
//! stable, and the caller keeps a SEQUENCE per UID (see [`Milestone::fingerprint`]) so that a
//! re-import updates events instead of duplicating them.

mod notification;
pub use notification::{grant_notification, notification, NAMED};

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use comptoir_core::billing::PaymentMethodKind;
use comptoir_core::renewal::ProductRow;
use comptoir_i18n::{Arg, Catalogue};
use icalendar::{Alarm, Calendar, Component, EventLike};

/// One dated milestone of one product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    /// Stable across exports: product id and slot (the slot of the auto-renewal charge and of
    /// the last day to switch it on is the same: one replaces the other when it is toggled).
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// Reminders 3 days and 1 day before (at 09:00 local): on what people must act on.
    pub remind: bool,
}

impl Milestone {
    /// What the event says, as a short stable digest: the caller bumps the UID's SEQUENCE when
    /// it changes (FNV-1a, stable across builds, unlike `DefaultHasher`).
    pub fn fingerprint(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let text = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}",
            self.date, self.summary, self.description, self.remind
        );
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{h:016x}")
    }
}

/// A payment method as people name it on a calendar: its brand and last four digits.
fn method_name(kind: Option<PaymentMethodKind>, last4: Option<&str>) -> String {
    let brand = match kind {
        Some(PaymentMethodKind::Visa) => "Visa",
        Some(PaymentMethodKind::Mastercard) => "Mastercard",
        Some(PaymentMethodKind::CbCard) => "CB",
        Some(PaymentMethodKind::Twint) => "Twint",
        Some(PaymentMethodKind::PostfinanceCard) => "PostFinance Card",
        Some(PaymentMethodKind::Paypal) => "PayPal",
        Some(other) => other.as_str(),
        None => "—",
    };
    match last4 {
        Some(l) => format!("{brand} •••• {l}"),
        None => brand.to_owned(),
    }
}

/// The milestones of `rows` of the workspace `workspace` (its stable id) in `cat`'s language. `card_expiry` maps a payment method id to its
/// `MM/YYYY` expiry (cards only).
pub fn milestones(
    workspace: &str,
    rows: &[ProductRow],
    card_expiry: &HashMap<i64, String>,
    cat: &Catalogue,
) -> Vec<Milestone> {
    let mut out = Vec::with_capacity(rows.len() * 4);
    for row in rows {
        let p = &row.product;
        let args = |extra: Vec<(&'static str, Arg)>| {
            let mut a: Vec<(&str, Arg)> = vec![
                ("product", p.name.as_str().into()),
                ("organization", row.organization_name.as_str().into()),
                ("amount", cat.money(&p.price).into()),
            ];
            a.extend(extra);
            a
        };
        // The workspace's own id keeps the demo's events apart from one's own file's.
        let uid = |slot: &str| {
            format!(
                "comptoir-{workspace}-product-{}-{slot}@comptoir.local",
                p.id
            )
        };
        let method = method_name(row.auto_renew_method, row.auto_renew_last4.as_deref());
        out.push(Milestone {
            uid: uid("expiry"),
            date: p.expires_on,
            summary: cat.text("event-expiry", &args(vec![])),
            description: cat.text("desc-expiry", &[]),
            remind: false,
        });
        if p.auto_renew {
            let expiry = p
                .auto_renew_method_id
                .and_then(|id| card_expiry.get(&id))
                .filter(|e| {
                    comptoir_core::billing::card_last_day(e)
                        .is_some_and(|last| last < row.charge_on)
                });
            let description = match expiry {
                Some(e) => cat.text(
                    "desc-charge-card-expires",
                    &[
                        ("method", method.clone().into()),
                        ("card_expiry", e.as_str().into()),
                    ],
                ),
                None => cat.text("desc-charge", &[("method", method.clone().into())]),
            };
            out.push(Milestone {
                uid: uid("renewal"),
                date: row.charge_on,
                summary: cat.text("event-charge", &args(vec![])),
                description,
                remind: expiry.is_some(),
            });
        } else {
            out.push(Milestone {
                uid: uid("renewal"),
                date: row.last_day_to_enable,
                summary: cat.text("event-enable", &args(vec![])),
                description: cat.text("desc-enable", &[]),
                remind: true,
            });
        }
        out.push(Milestone {
            uid: uid("blocked"),
            date: row.blocked_on,
            summary: cat.text("event-blocked", &args(vec![])),
            description: cat.text("desc-blocked", &[]),
            remind: true,
        });
        out.push(Milestone {
            uid: uid("cancelled"),
            date: row.cancelled_on,
            summary: cat.text("event-cancelled", &args(vec![])),
            description: cat.text("desc-cancelled", &[]),
            remind: false,
        });
    }
    out
}

/// The export in one step: `sequences` gives the SEQUENCE of each `(uid, fingerprint)` (the
/// workspace keeps them), then the `.ics` text.
pub fn export<E>(
    events: Vec<Milestone>,
    sequences: impl FnOnce(&[(String, String)]) -> Result<Vec<u32>, E>,
    cat: &Catalogue,
    stamp: DateTime<Utc>,
) -> Result<String, E> {
    let keys: Vec<(String, String)> = events
        .iter()
        .map(|m| (m.uid.clone(), m.fingerprint()))
        .collect();
    let numbered: Vec<_> = events.into_iter().zip(sequences(&keys)?).collect();
    Ok(ics(&numbered, cat, stamp))
}

/// The `.ics` text of `events`, each with the SEQUENCE the caller keeps for its UID.
pub fn ics(events: &[(Milestone, u32)], cat: &Catalogue, stamp: DateTime<Utc>) -> String {
    let mut cal = Calendar::new();
    cal.append_property(("PRODID", "-//Comptoir//Renewal calendar//EN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.name(&cat.text("calendar-name", &[]));
    for (m, sequence) in events {
        let mut ev = icalendar::Event::new();
        ev.uid(&m.uid)
            .timestamp(stamp)
            .sequence(*sequence)
            // All-day: DTEND is the next day (exclusive), as calendars expect.
            .starts(m.date)
            .ends(m.date.succ_opt().unwrap_or(m.date))
            .summary(&m.summary)
            .description(&m.description)
            .add_property("TRANSP", "TRANSPARENT");
        if m.remind {
            // 09:00 on the day 3 days and 1 day before the all-day event; a reminder already due
            // would only pop up as "missed" on import.
            for days in [3i64, 1] {
                let due = m.date - Duration::days(days);
                if due
                    .and_hms_opt(9, 0, 0)
                    .is_some_and(|at| at.and_utc() <= stamp)
                {
                    continue;
                }
                let text = cat.text(
                    "alarm-before",
                    &[
                        ("days", days.into()),
                        ("summary", m.summary.as_str().into()),
                    ],
                );
                let mut alarm = Alarm::display(&text, -(Duration::days(days) - Duration::hours(9)));
                // The crate stamps components with its own clock and a random UID when they
                // have none: give the reminder ours (injected clock, stable UID).
                alarm
                    .timestamp(stamp)
                    .uid(&format!("{}-remind-{days}d", m.uid));
                ev.alarm(alarm);
            }
        }
        cal.push(ev.done());
    }
    // The crate folds, but leaves 76-octet lines when a continuation's content is exactly 75
    // octets: unfold its output and fold again here (RFC 5545 §3.1). `Calendar::new` also fills
    // PRODID with the crate's name: keep ours, the first one.
    let text = cal.done().to_string().replace("\r\n ", "");
    let mut out = String::with_capacity(text.len() + text.len() / 64 * 3);
    let mut seen_prodid = false;
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        if line.starts_with("PRODID:") {
            if seen_prodid || !line.contains("Comptoir") {
                continue;
            }
            seen_prodid = true;
        }
        out.push_str(&fold(line));
        out.push_str("\r\n");
    }
    out
}

/// One content line folded into lines of at most 75 octets, the leading space of each
/// continuation included, never inside a UTF-8 sequence (RFC 5545 §3.1).
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if used + n > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use comptoir_core::money::{Currency, Money};
    use comptoir_core::product::{Product, ProductKind, ProductStatus};

    fn row(name: &str, auto: bool, method: Option<i64>) -> ProductRow {
        let mut r = ProductRow::new(
            Product {
                id: 7,
                organization_id: 1,
                kind: ProductKind::DomainCh,
                name: name.into(),
                customer_name: "x".into(),
                expires_on: "2026-12-15".parse().unwrap(),
                period_months: 12,
                price: Money::from_minor(120_560, Currency::CHF),
                auto_renew: auto,
                auto_renew_method_id: method,
                status: ProductStatus::Expiring,
                days_left: 18,
            },
            "Atelier Lumière Sàrl".into(),
        );
        if auto {
            r.auto_renew_method = Some(PaymentMethodKind::Visa);
            r.auto_renew_last4 = Some("4242".into());
        }
        r
    }

    fn stamp() -> DateTime<Utc> {
        "2026-11-27T09:00:00Z".parse().unwrap()
    }

    #[test]
    fn every_line_is_at_most_75_octets_and_crlf_terminated() {
        let long = format!("{}, ; — ñandú.ch", "é".repeat(100));
        let cat = Catalogue::for_tag("es");
        let events: Vec<_> = milestones("ws1", &[row(&long, false, None)], &HashMap::new(), &cat)
            .into_iter()
            .map(|m| (m, 0))
            .collect();
        let text = ics(&events, &cat, stamp());
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(!text.replace("\r\n", "").contains('\n'));
        // Unfolded, the summary is whole and escaped.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!(
            "SUMMARY:{}\\, \\; — ñandú.ch (Atelier Lumière Sàrl) vence · 1.205\\,60\u{a0}CHF",
            "é".repeat(100)
        )));
        for needle in [
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Comptoir · renovaciones",
            "TRANSP:TRANSPARENT",
        ] {
            assert!(unfolded.contains(needle), "{needle}");
        }
        assert_eq!(text.matches("PRODID:").count(), 1);
    }

    #[test]
    fn reminders_sit_on_what_people_must_act_on() {
        let cat = Catalogue::for_tag("en");
        let mut expiry = HashMap::new();
        expiry.insert(1, "11/2026".to_owned()); // ends before the 1 Dec 2026 charge
        expiry.insert(2, "12/2027".to_owned());
        let off = milestones("ws1", &[row("a.ch", false, None)], &expiry, &cat);
        let remind: Vec<_> = off
            .iter()
            .map(|m| (m.uid.rsplit('-').next().unwrap().to_owned(), m.remind))
            .collect();
        assert_eq!(
            remind,
            vec![
                ("expiry@comptoir.local".to_owned(), false),
                ("renewal@comptoir.local".to_owned(), true),
                ("blocked@comptoir.local".to_owned(), true),
                ("cancelled@comptoir.local".to_owned(), false)
            ]
        );
        let expiring_card = milestones("ws1", &[row("a.ch", true, Some(1))], &expiry, &cat);
        assert!(expiring_card[1].remind);
        assert!(
            expiring_card[1].description.contains("11/2026"),
            "{}",
            expiring_card[1].description
        );
        let valid_card = milestones("ws1", &[row("a.ch", true, Some(2))], &expiry, &cat);
        assert!(!valid_card[1].remind);
        assert!(valid_card[1].description.contains("Visa •••• 4242"));
        assert!(valid_card[1]
            .summary
            .contains("auto-renewal charges CHF\u{a0}1'205.60"));
        let text = ics(&[(off[1].clone(), 0)], &cat, stamp());
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2);
        // 09:00 three days and one day before: 2 d 15 h and 15 h before midnight.
        assert!(text.contains("TRIGGER:-PT226800S"), "{text}");
        assert!(text.contains("TRIGGER:-PT54000S"), "{text}");
        // Every stamp comes from the injected clock, reminders included.
        assert_eq!(
            text.matches("DTSTAMP:").count(),
            text.matches("DTSTAMP:20261127T090000Z").count()
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20261201"));
        assert!(text.contains("DTEND;VALUE=DATE:20261202"));
        assert!(text.contains("In 3 days: a.ch"));
        assert!(text.contains("Tomorrow: a.ch"));
    }

    #[test]
    fn folding_keeps_every_line_within_75_octets_and_unfolds_to_the_original() {
        // 1- to 4-byte characters, every length up to 400 octets and a little more.
        for ch in ['a', 'é', '€', '😀'] {
            for n in 1..=400 / ch.len_utf8() + 2 {
                for prefix in ["", "SUMMARY:", "DESCRIPTION;LANGUAGE=es:"] {
                    let line = format!("{prefix}{}", ch.to_string().repeat(n));
                    let folded = fold(&line);
                    for part in folded.split("\r\n") {
                        assert!(part.len() <= 75, "{} octets ({ch} × {n})", part.len());
                    }
                    assert_eq!(folded.replace("\r\n ", ""), line);
                }
            }
        }
    }

    #[test]
    fn no_reminder_is_already_due_on_import() {
        let cat = Catalogue::for_tag("en");
        let m = Milestone {
            uid: "u".into(),
            date: "2026-11-29".parse().unwrap(),
            summary: "s".into(),
            description: "d".into(),
            remind: true,
        };
        // Exported on 27 Nov at 09:00 UTC: the 3-day reminder (26 Nov 09:00) is past, the
        // 1-day one (28 Nov 09:00) is not.
        let text = ics(&[(m, 0)], &cat, stamp());
        assert_eq!(text.matches("BEGIN:VALARM").count(), 1, "{text}");
        assert!(text.contains("Tomorrow: s"));
    }

    #[test]
    fn the_rule_id_is_in_the_description_only() {
        let cat = Catalogue::for_tag("de");
        for m in milestones("ws1", &[row("a.ch", false, None)], &HashMap::new(), &cat) {
            assert!(
                !m.summary.contains("REN-") && !m.summary.contains("PAY-"),
                "{}",
                m.summary
            );
            assert!(m.description.contains("Regel "), "{}", m.description);
        }
    }

    #[test]
    fn the_fingerprint_changes_with_what_the_event_says() {
        let cat = Catalogue::for_tag("en");
        let a = milestones("ws1", &[row("a.ch", false, None)], &HashMap::new(), &cat);
        let b = milestones("ws1", &[row("a.ch", false, None)], &HashMap::new(), &cat);
        assert_eq!(a[0].fingerprint(), b[0].fingerprint());
        let es = milestones(
            "ws1",
            &[row("a.ch", false, None)],
            &HashMap::new(),
            &Catalogue::for_tag("es"),
        );
        assert_ne!(a[0].fingerprint(), es[0].fingerprint());
        assert_eq!(a[0].uid, es[0].uid);
    }
}
