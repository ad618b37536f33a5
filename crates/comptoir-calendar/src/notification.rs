//! The OS notification for due reminders (PAY-2): one notification however many products are
//! due, in the reader's language, the nearest three named and the rest counted.

use comptoir_core::reminders::{Milestone, Reminder};
use comptoir_i18n::Catalogue;

/// How many products a notification names before "and N more".
pub const NAMED: usize = 3;

/// The title and body of the notification for `due` (nearest first), or `None` when nothing is
/// due.
pub fn notification(due: &[Reminder], cat: &Catalogue) -> Option<(String, String)> {
    if due.is_empty() {
        return None;
    }
    let title = cat.text("reminders-title", &[("n", (due.len() as i64).into())]);
    let mut lines: Vec<String> = due
        .iter()
        .take(NAMED)
        .map(|r| {
            let when = cat.text("reminders-when", &[("days", r.days_left.into())]);
            let id = match r.milestone {
                Milestone::LastDayToEnable => "reminders-last_day_to_enable",
                Milestone::Charge => "reminders-charge",
                Milestone::Expiry => "reminders-expiry",
            };
            cat.text(
                id,
                &[
                    ("product", r.product_name.as_str().into()),
                    ("when", when.into()),
                ],
            )
        })
        .collect();
    if due.len() > NAMED {
        lines.push(cat.text(
            "reminders-more",
            &[("n", ((due.len() - NAMED) as i64).into())],
        ));
    }
    Some((title, lines.join("\n")))
}

/// SUP-2: the title and body of the one warning for grants closing within a day (soonest
/// first, the first three named), or `None` when none is due. `now` dates "today"/"tomorrow"
/// in `tz`.
pub fn grant_notification(
    due: &[comptoir_core::support::SupportGrant],
    now: chrono::DateTime<chrono::Utc>,
    tz: chrono_tz::Tz,
    cat: &Catalogue,
) -> Option<(String, String)> {
    if due.is_empty() {
        return None;
    }
    let title = cat.text(
        "support-grant-warning-title",
        &[("n", (due.len() as i64).into())],
    );
    let today = now.with_timezone(&tz).date_naive();
    let lines: Vec<String> = due
        .iter()
        .take(NAMED)
        .map(|g| {
            let days = (g.expires_at.with_timezone(&tz).date_naive() - today).num_days();
            let when = cat.text("reminders-when", &[("days", days.into())]);
            cat.text(
                "support-grant-warning-line",
                &[
                    ("target", g.target.as_str().into()),
                    ("ticket", g.ticket_ref.as_str().into()),
                    ("when", when.into()),
                ],
            )
        })
        .collect();
    Some((title, lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn r(name: &str, milestone: Milestone, days_left: i64) -> Reminder {
        Reminder {
            product_id: 1,
            product_name: name.into(),
            organization_id: 1,
            milestone,
            on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            days_left,
            threshold: 7,
        }
    }

    #[test]
    fn one_notification_names_three_and_counts_the_rest_in_the_readers_language() {
        assert_eq!(notification(&[], &Catalogue::for_tag("en")), None);
        let due = vec![
            r("shop.ch", Milestone::Expiry, 0),
            r("mail.ch", Milestone::Charge, 1),
            r("web.ch", Milestone::LastDayToEnable, 7),
            r("a.ch", Milestone::Expiry, 7),
            r("b.ch", Milestone::Expiry, 7),
        ];
        let (title, body) = notification(&due, &Catalogue::for_tag("en")).unwrap();
        assert_eq!(title, "5 products need attention");
        assert_eq!(
            body.replace(['\u{2068}', '\u{2069}'], ""),
            "shop.ch: expires today\nmail.ch: auto-renewal charges tomorrow\n\
             web.ch: last day to switch auto-renewal on is in 7 days\nand 2 more products"
        );
        let (title, body) = notification(&due[..1], &Catalogue::for_tag("es-ES")).unwrap();
        assert_eq!(title, "Un producto requiere atención");
        assert_eq!(
            body.replace(['\u{2068}', '\u{2069}'], ""),
            "shop.ch: vence hoy"
        );
    }

    #[test]
    fn the_grant_warning_names_the_target_and_request_in_the_readers_language() {
        use comptoir_core::support::{grant_expiry, GrantKind, GrantState, SupportGrant};
        let granted: chrono::DateTime<chrono::Utc> = "2026-11-20T15:00:00Z".parse().unwrap();
        let g = SupportGrant {
            id: 1,
            organization_id: 1,
            kind: GrantKind::DriveFolder,
            target: "Photos".into(),
            ticket_ref: "SUP-20431".into(),
            granted_at: granted,
            expires_at: grant_expiry(granted),
            revoked_at: None,
            state: GrantState::Active,
            remaining_seconds: 3600,
            granted_by: None,
            revoked_by: None,
        };
        let now: chrono::DateTime<chrono::Utc> = "2026-11-26T20:00:00Z".parse().unwrap();
        let tz = chrono_tz::Europe::Zurich;
        assert_eq!(
            grant_notification(&[], now, tz, &Catalogue::for_tag("en")),
            None
        );
        let (title, body) =
            grant_notification(std::slice::from_ref(&g), now, tz, &Catalogue::for_tag("en"))
                .unwrap();
        assert_eq!(title, "A support access closes within a day");
        assert_eq!(
            body.replace(['\u{2068}', '\u{2069}'], ""),
            "Photos (SUP-20431) closes tomorrow"
        );
        let (title, _) =
            grant_notification(&[g.clone(), g], now, tz, &Catalogue::for_tag("es")).unwrap();
        assert_eq!(
            title.replace(['\u{2068}', '\u{2069}'], ""),
            "2 accesos del soporte se cierran en menos de un día"
        );
    }
}
