//! Every text a person types and the workspace stores has a limit in characters, refuses NUL and
//! control characters, and names its field; a refusal stores nothing. On a real workspace file.

use std::sync::Arc;

use comptoir_core::billing::Seller;
use comptoir_core::org::{AddMode, ContactPreferences, NewMember, OrganizationDetails, Role};
use comptoir_core::{Error, FixedClock};
use comptoir_store::seed::{CHF_ORG, SIGNED_IN_USER};
use comptoir_store::{Store, StoreResult};

// Demo people (see seed.rs): 1 Claire (legal representative), 3 Sofia (admin) of the CHF org.
const CLAIRE: i64 = 1;
const SOFIA: i64 = 3;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    (dir, store)
}

/// Every table a person's text lands in, row by row: what "nothing was stored" compares.
fn snapshot(s: &Store) -> Vec<String> {
    let c = rusqlite::Connection::open(s.path()).unwrap();
    let mut out = Vec::new();
    for table in [
        "users",
        "memberships",
        "organizations",
        "teams",
        "seller",
        "settings",
    ] {
        let mut stmt = c.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cols: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect();
                Ok(format!("{table}: {}", cols.join(" | ")))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

type Apply = Box<dyn Fn(&mut Store, &str) -> StoreResult<()>>;

/// One stored field: how a command writes it, and the four texts every field is tried with.
struct Case {
    command: &'static str,
    field: &'static str,
    apply: Apply,
    /// Accepted: exactly at the limit (accented where the format allows it).
    at_limit: String,
    /// Refused: the same with one more character, 10,000 characters, a NUL, a control char.
    refused: Vec<String>,
}

fn plain(command: &'static str, field: &'static str, max: usize, apply: Apply) -> Case {
    Case {
        command,
        field,
        apply,
        at_limit: "é".repeat(max),
        refused: vec![
            "é".repeat(max + 1),
            "x".repeat(10_000),
            "ab\0cd".into(),
            "ab\u{7}cd".into(),
            "ab\ncd".into(),
        ],
    }
}

fn member(email: &str, name: &str) -> NewMember {
    NewMember {
        mode: AddMode::External,
        email: email.into(),
        display_name: name.into(),
        language: "fr".into(),
        role: Role::User,
        rights: vec![],
        contacts: ContactPreferences::default(),
    }
}

fn details(s: &Store) -> OrganizationDetails {
    let o = s.organization(CHF_ORG).unwrap();
    OrganizationDetails {
        name: o.name,
        address: o.address,
        vat_number: o.vat_number,
    }
}

fn org_field(field: &'static str, max: usize, set: fn(&mut OrganizationDetails, &str)) -> Case {
    plain(
        "update_organization",
        field,
        max,
        Box::new(move |s, v| {
            let mut d = details(s);
            set(&mut d, v);
            s.update_organization(CHF_ORG, CLAIRE, &d)
        }),
    )
}

fn seller_field(field: &'static str, max: usize, set: fn(&mut Seller, &str)) -> Case {
    plain(
        "set_seller",
        field,
        max,
        Box::new(move |s, v| {
            let mut seller = s.seller()?;
            set(&mut seller, v);
            s.set_seller(SIGNED_IN_USER, &seller)
        }),
    )
}

fn cases(team: i64) -> Vec<Case> {
    let local = "é".repeat(64);
    let domain = format!("{}.ch", "ü".repeat(254 - 64 - 1 - 3));
    let email_at_limit = format!("{local}@{domain}");
    assert_eq!(email_at_limit.chars().count(), 254);
    let vat_at_limit = format!("CHE-123.456.789 {}", "M".repeat(32 - 16));
    vec![
        Case {
            command: "add_member",
            field: "email",
            apply: Box::new(|s, v| s.add_member(CHF_ORG, CLAIRE, &member(v, "Ana")).map(drop)),
            refused: vec![
                format!("é{email_at_limit}"),
                format!("{}@example.ch", "x".repeat(10_000)),
                "a\0b@example.ch".into(),
                "a\u{7}b@example.ch".into(),
                format!("{}@example.ch", "a".repeat(65)),
            ],
            at_limit: email_at_limit,
        },
        plain(
            "add_member",
            "display_name",
            120,
            Box::new(|s, v| {
                let email = format!("n{}@example.ch", v.chars().count());
                s.add_member(CHF_ORG, CLAIRE, &member(&email, v)).map(drop)
            }),
        ),
        org_field("name", 70, |d, v| d.name = v.into()),
        org_field("street", 70, |d, v| d.address.street = v.into()),
        org_field("building_number", 16, |d, v| {
            d.address.building_number = v.into()
        }),
        org_field("postal_code", 16, |d, v| d.address.postal_code = v.into()),
        org_field("town", 35, |d, v| d.address.town = v.into()),
        Case {
            at_limit: vat_at_limit.clone(),
            ..org_field("vat_number", 32, |d, v| d.vat_number = Some(v.into()))
        },
        plain(
            "create_team",
            "name",
            120,
            Box::new(|s, v| s.create_team(CHF_ORG, SOFIA, v, "#123abc").map(drop)),
        ),
        Case {
            // Another name than create_team's: team names are unique.
            at_limit: "è".repeat(120),
            ..plain(
                "update_team",
                "name",
                120,
                Box::new(move |s, v| s.update_team(CHF_ORG, SOFIA, team, v, "#123abc")),
            )
        },
        Case {
            command: "create_team",
            field: "colour",
            apply: Box::new(|s, v| s.create_team(CHF_ORG, SOFIA, "Hues", v).map(drop)),
            at_limit: "#A1b2C3".into(),
            refused: vec![
                format!("#{}", "a".repeat(9_999)),
                "#12\u{0}456".into(),
                "#12\u{7}456".into(),
                "#ééé".into(),
            ],
        },
        seller_field("name", 70, |x, v| x.name = v.into()),
        seller_field("street", 70, |x, v| x.address.street = v.into()),
        seller_field("building_number", 16, |x, v| {
            x.address.building_number = v.into()
        }),
        seller_field("postal_code", 16, |x, v| x.address.postal_code = v.into()),
        seller_field("town", 35, |x, v| x.address.town = v.into()),
        Case {
            at_limit: vat_at_limit,
            ..seller_field("vat_number", 32, |x, v| x.vat_number = Some(v.into()))
        },
        Case {
            at_limit: "CH93 0076 2011 6238 5295 7".into(),
            ..seller_field("iban", 42, |x, v| x.iban = Some(v.into()))
        },
    ]
}

#[test]
fn every_stored_text_is_limited_and_a_refusal_stores_nothing() {
    let (_d, mut s) = open();
    let team = s.create_team(CHF_ORG, SOFIA, "Limits", "#000000").unwrap();
    for case in cases(team) {
        let what = format!("{} {}", case.command, case.field);
        for bad in &case.refused {
            let before = snapshot(&s);
            let e: Error = (case.apply)(&mut s, bad)
                .expect_err(&format!(
                    "{what}: {:?}... accepted",
                    bad.chars().take(40).collect::<String>()
                ))
                .into();
            assert_eq!(
                e.field.as_deref(),
                Some(case.field),
                "{what}: {}",
                e.message
            );
            assert_eq!(snapshot(&s), before, "{what}: a refusal stored something");
        }
        (case.apply)(&mut s, &case.at_limit)
            .unwrap_or_else(|e| panic!("{what} at its limit: {:?}", Error::from(e)));
        let stored = snapshot(&s).join("\n");
        let expected = case.at_limit.to_lowercase();
        assert!(
            stored.to_lowercase().contains(&expected),
            "{what}: the text at its limit was not stored as typed"
        );
    }
}
