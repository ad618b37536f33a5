//! The renewal calendar read back by an independent parser (PyPI `icalendar`, in the test venv
//! that `scripts/setup.sh --test` makes): a product with a 120-character accented name holding
//! `,`, `;` and `—`, every line at most 75 octets, every summary equal to what the app shows,
//! reminders where people must act, and the same UIDs and SEQUENCE on a second export.

use std::sync::Arc;

use comptoir_calendar::{export, milestones, Milestone};
use comptoir_core::renewal::Selection;
use comptoir_core::FixedClock;
use comptoir_i18n::Catalogue;
use comptoir_store::Store;
use serde_json::Value;

fn read_back(ics: &str, dir: &std::path::Path) -> Value {
    let path = dir.join("renewals.ics");
    std::fs::write(&path, ics).unwrap();
    let python = std::env::var("COMPTOIR_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/tools/read_ics.py"
        ))
        .arg(&path)
        .output()
        .expect("python3 with icalendar (scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn run_export(s: &mut Store, ids: &[i64], lang: &str) -> (String, Vec<Milestone>) {
    let sel = Selection {
        query: None,
        ids: ids.to_vec(),
        excluded: vec![],
    };
    let rows = s.product_rows(&s.resolve_selection(&sel).unwrap()).unwrap();
    let cat = Catalogue::for_tag(lang);
    let shown = milestones(
        &s.workspace_id().unwrap(),
        &rows,
        &s.card_expiries().unwrap(),
        &cat,
    );
    let now = s.clock().now();
    let ics = export(shown.clone(), |keys| s.calendar_sequences(keys), &cat, now).unwrap();
    (ics, shown)
}

#[test]
fn an_independent_parser_reads_what_the_app_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let mut s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let name: String = {
        let base = "Hébergement «Crème brûlée», Zürich; l’été — ñandú ";
        base.chars().cycle().take(120).collect()
    };
    assert_eq!(name.chars().count(), 120);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute(
        "UPDATE products SET name = ?1, auto_renew = 0, auto_renew_method_id = NULL WHERE id = 40",
        [&name],
    )
    .unwrap();
    // Product 41 on the Visa (method 1) whose card we make expire before its charge.
    c.execute(
        "UPDATE products SET auto_renew = 1, auto_renew_method_id = 1 WHERE id = 41",
        [],
    )
    .unwrap();
    c.execute(
        "UPDATE payment_methods SET expiry = '01/2026' WHERE id = 1",
        [],
    )
    .unwrap();

    let (ics, shown) = run_export(&mut s, &[40, 41], "es");
    let read = read_back(&ics, dir.path());
    assert!(
        read["max_octets"].as_u64().unwrap() <= 75,
        "{}",
        read["max_octets"]
    );
    assert_eq!(read["method"], "PUBLISH");
    assert_eq!(read["name"], "Comptoir · renovaciones");
    let events = read["events"].as_array().unwrap();
    assert_eq!(events.len(), shown.len());
    for (e, m) in events.iter().zip(&shown) {
        assert_eq!(e["uid"], m.uid.as_str());
        assert_eq!(
            e["summary"],
            m.summary.as_str(),
            "summary as the app shows it"
        );
        assert_eq!(e["description"], m.description.as_str());
        assert_eq!(e["start"], m.date.to_string());
        assert_eq!(e["transp"], "TRANSPARENT");
        assert_eq!(e["sequence"], 0);
        let alarms = e["alarms"].as_array().unwrap();
        assert_eq!(alarms.len(), if m.remind { 2 } else { 0 }, "{}", m.uid);
        for a in alarms {
            assert_eq!(a["action"], "DISPLAY");
            assert!(a["description"].as_str().unwrap().contains(&m.summary));
        }
        if m.remind {
            let triggers: Vec<i64> = alarms
                .iter()
                .map(|a| a["trigger_seconds"].as_i64().unwrap())
                .collect();
            assert_eq!(triggers, vec![-(2 * 86_400 + 15 * 3600), -(15 * 3600)]);
        }
    }
    // The long accented name survived folding, escaping and unfolding whole, in Spanish.
    assert!(events[0]["summary"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{name} (Atelier Lumière Sàrl) vence · ")));
    // The card expiring before the charge puts reminders on the charge.
    let charge = events
        .iter()
        .find(|e| e["uid"].as_str().unwrap().contains("-41-renewal"))
        .unwrap();
    assert_eq!(charge["alarms"].as_array().unwrap().len(), 2);
    assert!(charge["description"].as_str().unwrap().contains("01/2026"));

    // A second export: the same UIDs, the same SEQUENCE (nothing changed).
    let (again, _) = run_export(&mut s, &[40, 41], "es");
    let read2 = read_back(&again, dir.path());
    let key = |v: &Value| -> Vec<(String, i64)> {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["uid"].as_str().unwrap().to_owned(),
                    e["sequence"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(key(&read), key(&read2));
    // What an event says changed (the product was renamed): its SEQUENCE grows, the UID stays.
    c.execute("UPDATE products SET name = 'renamed.ch' WHERE id = 40", [])
        .unwrap();
    let (third, _) = run_export(&mut s, &[40, 41], "es");
    let read3 = read_back(&third, dir.path());
    let k3 = key(&read3);
    for ((uid1, s1), (uid3, s3)) in key(&read).iter().zip(&k3) {
        assert_eq!(uid1, uid3);
        let expect = if uid1.contains("-40-") { s1 + 1 } else { *s1 };
        assert_eq!(*s3, expect, "{uid1}");
    }
}
