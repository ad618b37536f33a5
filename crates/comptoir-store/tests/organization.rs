//! ORG-1..8 on a real workspace file: every operation, every refusal (with its rule and field),
//! and a property test that no sequence of operations leaves an organization without a legal
//! representative.

use std::sync::Arc;

use comptoir_core::org::{
    check_has_legal_representative, AddMode, ContactPreferences, MemberStatus, NewMember,
    OrganizationDetails, ProductRightGrant, ProductRights, RightSource, Role,
};
use comptoir_core::{Error, ErrorCode, FixedClock, RuleId};
use comptoir_store::seed::{CHF_ORG, EUR_ORG};
use comptoir_store::Store;
use proptest::prelude::*;

// Demo people (see seed.rs): CHF org: 1 Claire (legal rep), 2 Marc (legal rep), 3 Sofia
// (admin), 4 Jonas (admin), 5 Élodie, 6 Luca, 7 Nina (users), 8 Tom (invited user).
// EUR org: 9 Lucía (legal rep), 10 Javier (admin), 2 Marc (admin), 11..13 users, 14 invited.
const CLAIRE: i64 = 1;
const MARC: i64 = 2;
const SOFIA: i64 = 3;
const JONAS: i64 = 4;
const LUCA: i64 = 6;
const NINA: i64 = 7;
const TOM: i64 = 8;
const LUCIA: i64 = 9;
const JAVIER: i64 = 10;
const MARTA: i64 = 11;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    (dir, store)
}

fn err<T: std::fmt::Debug>(r: comptoir_store::StoreResult<T>) -> Error {
    r.expect_err("expected a refusal").into()
}

fn role_of(store: &Store, org: i64, user: i64) -> Option<(Role, MemberStatus)> {
    store
        .members(org)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == user)
        .map(|m| (m.role, m.status))
}

fn external(email: &str, role: Role) -> NewMember {
    NewMember {
        mode: AddMode::External,
        email: email.into(),
        display_name: "Paula Nguyen".into(),
        language: "fr".into(),
        role,
        rights: vec![ProductRightGrant {
            product_id: 3,
            rights: ProductRights {
                technical: true,
                statistics: false,
                billing: true,
            },
        }],
        contacts: ContactPreferences {
            billing: true,
            technical: false,
            legal_notices: false,
        },
    }
}

/// A snapshot of everything an ORG operation may touch, to prove a refusal changed nothing.
fn snapshot(store: &Store) -> String {
    let mut s = String::new();
    for org in [CHF_ORG, EUR_ORG] {
        s += &format!(
            "{:?}{:?}",
            store.members(org).unwrap(),
            store.teams(org).unwrap()
        );
        for m in store.members(org).unwrap() {
            s += &format!("{:?}", store.user_rights(org, m.user_id).unwrap());
        }
    }
    s + &format!("{:?}", store.organizations().unwrap())
}

#[test]
fn org4_invite_external_stays_pending_until_accepted() {
    let (_d, mut s) = open();
    let id = s
        .add_member(CHF_ORG, SOFIA, &external("paula@example.ch", Role::User))
        .unwrap();
    assert_eq!(
        role_of(&s, CHF_ORG, id),
        Some((Role::User, MemberStatus::Invited))
    );
    let m = s
        .members(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == id)
        .unwrap();
    assert_eq!(m.invitations_sent, 1);
    assert!(m.contacts.billing && !m.contacts.technical);
    assert_eq!(s.user_rights(CHF_ORG, id).unwrap().len(), 1);
    s.resend_invitation(CHF_ORG, SOFIA, id).unwrap();
    let m = s
        .members(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == id)
        .unwrap();
    assert_eq!(m.invitations_sent, 2);
    s.accept_invitation(CHF_ORG, id).unwrap();
    assert_eq!(
        role_of(&s, CHF_ORG, id),
        Some((Role::User, MemberStatus::Active))
    );
    assert_eq!(
        err(s.resend_invitation(CHF_ORG, SOFIA, id)).code,
        ErrorCode::Conflict
    );
}

#[test]
fn org2_org4_existing_account_is_extended_to_another_organization() {
    let (_d, mut s) = open();
    let mut new = external("LUCIA.fernandez@nubeclara.es", Role::User);
    new.mode = AddMode::Existing;
    new.rights = vec![];
    let id = s.add_member(CHF_ORG, MARC, &new).unwrap();
    assert_eq!(id, LUCIA);
    assert_eq!(
        role_of(&s, CHF_ORG, LUCIA),
        Some((Role::User, MemberStatus::Active))
    );
    assert_eq!(
        role_of(&s, EUR_ORG, LUCIA).unwrap().0,
        Role::LegalRepresentative
    );
}

#[test]
fn org4_bad_input_is_refused_with_its_field_and_nothing_changes() {
    let (_d, mut s) = open();
    let before = snapshot(&s);
    let cases: Vec<(NewMember, ErrorCode, &str)> = vec![
        (
            external("not-an-email", Role::User),
            ErrorCode::InvalidInput,
            "email",
        ),
        (
            external("claire.rochat@atelier-lumiere.ch", Role::User),
            ErrorCode::Conflict,
            "email",
        ),
        (
            NewMember {
                display_name: "  ".into(),
                ..external("x@example.ch", Role::User)
            },
            ErrorCode::InvalidInput,
            "display_name",
        ),
        (
            NewMember {
                language: "tlh".into(),
                ..external("x@example.ch", Role::User)
            },
            ErrorCode::InvalidInput,
            "language",
        ),
        (
            NewMember {
                rights: vec![ProductRightGrant {
                    product_id: 60,
                    rights: ProductRights::ALL,
                }],
                ..external("x@example.ch", Role::User)
            },
            ErrorCode::NotFound,
            "rights",
        ),
        (
            NewMember {
                mode: AddMode::Existing,
                ..external("nobody@example.ch", Role::User)
            },
            ErrorCode::NotFound,
            "email",
        ),
    ];
    for (new, code, field) in cases {
        let e = err(s.add_member(CHF_ORG, MARC, &new));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (code, Some(field)),
            "{new:?}: {e}"
        );
    }
    // Marc is already in the EUR organization.
    let mut dup = external("marc.dubois@atelier-lumiere.ch", Role::User);
    dup.mode = AddMode::Existing;
    dup.rights = vec![];
    assert_eq!(
        err(s.add_member(EUR_ORG, LUCIA, &dup)).code,
        ErrorCode::Conflict
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn org4_plain_user_cannot_add_and_admin_cannot_name_a_legal_rep() {
    let (_d, mut s) = open();
    let before = snapshot(&s);
    assert_eq!(
        err(s.add_member(CHF_ORG, NINA, &external("a@example.ch", Role::User))).rule,
        Some(RuleId::Org4)
    );
    let e = err(s.add_member(
        CHF_ORG,
        SOFIA,
        &external("a@example.ch", Role::LegalRepresentative),
    ));
    assert_eq!(
        (e.rule, e.field.as_deref()),
        (Some(RuleId::Org7), Some("role"))
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn org5_org7_bulk_remove_reports_each_refused_row_and_applies_the_rest() {
    let (_d, mut s) = open();
    // Claire removes herself? No: she removes Marc, Luca and herself. Marc goes first (two legal
    // representatives), Luca goes, then Claire is the last one and is refused by ORG-7.
    let out = s
        .remove_members(CHF_ORG, CLAIRE, &[MARC, LUCA, CLAIRE, 999])
        .unwrap();
    assert!(out[0].error.is_none());
    assert!(out[1].error.is_none());
    assert_eq!(out[2].error.as_ref().unwrap().rule, Some(RuleId::Org7));
    assert_eq!(out[3].error.as_ref().unwrap().code, ErrorCode::NotFound);
    assert_eq!(out[1].display_name, "Luca Bernasconi");
    assert_eq!(role_of(&s, CHF_ORG, MARC), None);
    assert_eq!(role_of(&s, CHF_ORG, LUCA), None);
    assert!(role_of(&s, CHF_ORG, CLAIRE).is_some());
    // Marc is still in the EUR organization: removal is per organization.
    assert!(role_of(&s, EUR_ORG, MARC).is_some());
    // Luca left his team too.
    assert!(s
        .teams(CHF_ORG)
        .unwrap()
        .iter()
        .all(|t| !t.member_ids.contains(&LUCA)));
    check_has_legal_representative(&s.members(CHF_ORG).unwrap()).unwrap();
}

#[test]
fn org5_removal_needs_enough_rights_and_admins_cannot_remove_legal_reps() {
    let (_d, mut s) = open();
    let out = s.remove_members(CHF_ORG, NINA, &[LUCA]).unwrap();
    assert_eq!(out[0].error.as_ref().unwrap().rule, Some(RuleId::Org5));
    let out = s.remove_members(CHF_ORG, SOFIA, &[CLAIRE, LUCA]).unwrap();
    assert_eq!(out[0].error.as_ref().unwrap().rule, Some(RuleId::Org7));
    assert!(out[1].error.is_none());
}

#[test]
fn org4_cancelling_an_invitation_leaves_no_account_behind() {
    let (_d, mut s) = open();
    let before = s.info().unwrap().users;
    let out = s.remove_members(CHF_ORG, MARC, &[TOM]).unwrap();
    assert!(out[0].error.is_none());
    assert_eq!(s.info().unwrap().users, before - 1);
}

#[test]
fn org5_org7_leaving() {
    let (_d, mut s) = open();
    s.leave(CHF_ORG, NINA).unwrap();
    assert_eq!(role_of(&s, CHF_ORG, NINA), None);
    // Lucía is the only legal representative of the EUR organization.
    let e = err(s.leave(EUR_ORG, LUCIA));
    assert_eq!(e.rule, Some(RuleId::Org7));
    assert!(
        e.message
            .contains("name another legal representative first"),
        "{e}"
    );
    s.leave(CHF_ORG, CLAIRE).unwrap(); // Marc remains
    assert_eq!(err(s.leave(CHF_ORG, MARC)).rule, Some(RuleId::Org7));
}

#[test]
fn org6_org7_role_changes() {
    let (_d, mut s) = open();
    s.change_role(CHF_ORG, SOFIA, NINA, Role::Admin).unwrap();
    assert_eq!(
        err(s.change_role(CHF_ORG, SOFIA, NINA, Role::LegalRepresentative)).rule,
        Some(RuleId::Org7)
    );
    assert_eq!(
        err(s.change_role(CHF_ORG, SOFIA, CLAIRE, Role::Admin)).rule,
        Some(RuleId::Org7)
    );
    assert_eq!(
        err(s.change_role(CHF_ORG, LUCA, NINA, Role::User)).rule,
        Some(RuleId::Org6)
    );
    s.change_role(CHF_ORG, CLAIRE, MARC, Role::Admin).unwrap();
    // Claire is now the only one: she cannot demote herself.
    assert_eq!(
        err(s.change_role(CHF_ORG, CLAIRE, CLAIRE, Role::Admin)).rule,
        Some(RuleId::Org7)
    );
    // Marc (admin now) cannot name himself back.
    assert_eq!(
        err(s.change_role(CHF_ORG, MARC, MARC, Role::LegalRepresentative)).rule,
        Some(RuleId::Org7)
    );
    assert_eq!(
        err(s.change_role(CHF_ORG, CLAIRE, 999, Role::User)).code,
        ErrorCode::NotFound
    );
}

#[test]
fn org7_replace_a_legal_representative_in_one_step() {
    let (_d, mut s) = open();
    // EUR org: Lucía is alone; Marc (admin there) cannot do it; Lucía can.
    assert_eq!(
        err(s.replace_legal_representative(EUR_ORG, MARC, LUCIA, JAVIER, None)).rule,
        Some(RuleId::Org7)
    );
    s.replace_legal_representative(EUR_ORG, LUCIA, LUCIA, JAVIER, Some(Role::Admin))
        .unwrap();
    assert_eq!(
        role_of(&s, EUR_ORG, JAVIER).unwrap().0,
        Role::LegalRepresentative
    );
    assert_eq!(role_of(&s, EUR_ORG, LUCIA).unwrap().0, Role::Admin);
    // Replace and remove: Javier replaces himself by Marta and leaves.
    s.replace_legal_representative(EUR_ORG, JAVIER, JAVIER, MARTA, None)
        .unwrap();
    assert_eq!(role_of(&s, EUR_ORG, JAVIER), None);
    assert_eq!(
        role_of(&s, EUR_ORG, MARTA).unwrap().0,
        Role::LegalRepresentative
    );
    // The new one must have accepted their invitation: nothing changes when refused.
    let before = snapshot(&s);
    let e = err(s.replace_legal_representative(EUR_ORG, MARTA, MARTA, 14, None));
    assert_eq!(
        (e.rule, e.field.as_deref()),
        (Some(RuleId::Org7), Some("new_user_id"))
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn org6_rights_and_contacts() {
    let (_d, mut s) = open();
    let grants = vec![
        ProductRightGrant {
            product_id: 1,
            rights: ProductRights {
                technical: true,
                statistics: true,
                billing: false,
            },
        },
        ProductRightGrant {
            product_id: 2,
            rights: ProductRights::default(),
        },
    ];
    s.set_user_rights(CHF_ORG, SOFIA, NINA, &grants).unwrap();
    assert_eq!(s.user_rights(CHF_ORG, NINA).unwrap(), grants[..1].to_vec());
    // A plain user changes neither their own rights nor anyone's; their own contacts, yes.
    assert_eq!(
        err(s.set_user_rights(CHF_ORG, NINA, NINA, &grants)).rule,
        Some(RuleId::Org6)
    );
    assert_eq!(
        err(s.set_user_rights(CHF_ORG, NINA, LUCA, &grants)).rule,
        Some(RuleId::Org6)
    );
    let c = ContactPreferences {
        billing: false,
        technical: true,
        legal_notices: true,
    };
    s.set_contacts(CHF_ORG, NINA, NINA, c).unwrap();
    assert_eq!(
        err(s.set_contacts(CHF_ORG, NINA, LUCA, c)).rule,
        Some(RuleId::Org6)
    );
    // A product of another organization is unknown here.
    let other = vec![ProductRightGrant {
        product_id: 60,
        rights: ProductRights::ALL,
    }];
    assert_eq!(
        err(s.set_user_rights(CHF_ORG, SOFIA, NINA, &other)).code,
        ErrorCode::NotFound
    );
}

#[test]
fn org3_only_a_legal_rep_changes_the_details() {
    let (_d, mut s) = open();
    let org = s.organization(CHF_ORG).unwrap();
    let mut d = OrganizationDetails {
        name: "Atelier Lumière SA".into(),
        address: org.address.clone(),
        vat_number: org.vat_number.clone(),
    };
    assert_eq!(
        err(s.update_organization(CHF_ORG, SOFIA, &d)).rule,
        Some(RuleId::Org3)
    );
    s.update_organization(CHF_ORG, CLAIRE, &d).unwrap();
    assert_eq!(s.organization(CHF_ORG).unwrap().name, "Atelier Lumière SA");
    d.address.country = "Suisse".into();
    assert_eq!(
        err(s.update_organization(CHF_ORG, CLAIRE, &d))
            .field
            .as_deref(),
        Some("country")
    );
}

#[test]
fn org8_teams_and_effective_rights_with_sources() {
    let (_d, mut s) = open();
    let team = s
        .create_team(CHF_ORG, SOFIA, "Night shift", "#7C3AED")
        .unwrap();
    assert_eq!(
        err(s.create_team(CHF_ORG, SOFIA, "night SHIFT", "#000000")).code,
        ErrorCode::Conflict
    );
    assert_eq!(
        err(s.create_team(CHF_ORG, SOFIA, "X", "purple"))
            .field
            .as_deref(),
        Some("colour")
    );
    assert_eq!(
        err(s.create_team(CHF_ORG, NINA, "X", "#000000")).rule,
        Some(RuleId::Org8)
    );
    s.update_team(CHF_ORG, SOFIA, team, "Night support", "#7c3aed")
        .unwrap();
    s.set_team_members(CHF_ORG, SOFIA, team, &[NINA, LUCA])
        .unwrap();
    assert_eq!(
        err(s.set_team_members(CHF_ORG, SOFIA, team, &[LUCIA])).code,
        ErrorCode::NotFound
    );
    let p40 = ProductRightGrant {
        product_id: 40,
        rights: ProductRights {
            technical: true,
            statistics: false,
            billing: false,
        },
    };
    s.set_team_rights(CHF_ORG, SOFIA, team, &[p40]).unwrap();
    s.set_user_rights(
        CHF_ORG,
        SOFIA,
        NINA,
        &[ProductRightGrant {
            product_id: 40,
            rights: ProductRights {
                technical: true,
                statistics: false,
                billing: true,
            },
        }],
    )
    .unwrap();

    // Nina: own (technical + billing on 40), Night support (technical on 40), Accounting (billing
    // on every CHF product, seeded).
    let eff = s.effective_rights(CHF_ORG, NINA).unwrap();
    let p = eff.iter().find(|e| e.product_id == 40).unwrap();
    assert!(p.technical.contains(&RightSource::Own));
    assert!(p.technical.iter().any(
        |src| matches!(src, RightSource::Team { team_name, .. } if team_name == "Night support")
    ));
    assert!(p.statistics.is_empty());
    assert!(p.billing.contains(&RightSource::Own));
    assert!(p.billing.iter().any(
        |src| matches!(src, RightSource::Team { team_name, .. } if team_name == "Accounting")
    ));
    // Admins hold every right through their role.
    let eff = s.effective_rights(CHF_ORG, JONAS).unwrap();
    assert_eq!(eff.len(), 52);
    assert!(eff.iter().all(|e| e
        .statistics
        .contains(&RightSource::Role { role: Role::Admin })));

    s.delete_team(CHF_ORG, SOFIA, team).unwrap();
    let eff = s.effective_rights(CHF_ORG, NINA).unwrap();
    let p = eff.iter().find(|e| e.product_id == 40).unwrap();
    assert_eq!(p.technical, vec![RightSource::Own]);
    assert_eq!(
        role_of(&s, CHF_ORG, NINA).unwrap().0,
        Role::User,
        "members stay"
    );
}

#[test]
fn acting_user_is_stored_and_checked() {
    let (_d, s) = open();
    assert_eq!(s.signed_in_user().unwrap(), MARC);
    s.set_signed_in_user(SOFIA).unwrap();
    assert_eq!(s.info().unwrap().signed_in_user_id, SOFIA);
    assert_eq!(err(s.set_signed_in_user(999)).code, ErrorCode::NotFound);
}

#[test]
fn unknown_or_inactive_actor_may_do_nothing() {
    let (_d, mut s) = open();
    assert_eq!(err(s.leave(CHF_ORG, LUCIA)).code, ErrorCode::NotFound);
    assert_eq!(
        err(s.remove_members(CHF_ORG, TOM, &[NINA])).code,
        ErrorCode::NotFound
    );
}

#[derive(Debug, Clone)]
enum Op {
    Remove(i64, Vec<i64>),
    Leave(i64),
    Role(i64, i64, Role),
    Replace(i64, i64, i64, Option<Role>),
    Add(i64, Role),
}

fn any_role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::LegalRepresentative),
        Just(Role::Admin),
        Just(Role::User)
    ]
}

fn any_user() -> impl Strategy<Value = i64> {
    1i64..=16
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any_user(), prop::collection::vec(any_user(), 1..5)).prop_map(|(a, u)| Op::Remove(a, u)),
        any_user().prop_map(Op::Leave),
        (any_user(), any_user(), any_role()).prop_map(|(a, u, r)| Op::Role(a, u, r)),
        (
            any_user(),
            any_user(),
            any_user(),
            prop::option::of(any_role())
        )
            .prop_map(|(a, o, n, r)| Op::Replace(a, o, n, r)),
        (any_user(), any_role()).prop_map(|(a, r)| Op::Add(a, r)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// ORG-1 / ORG-7: whatever anyone tries, in any order, both organizations keep an active
    /// legal representative after every single operation.
    #[test]
    fn org7_no_sequence_of_operations_leaves_an_organization_without_legal_rep(
        ops in prop::collection::vec((prop::bool::ANY, any_op()), 1..40)
    ) {
        let (_d, mut s) = open();
        for (n, (chf, op)) in ops.into_iter().enumerate() {
            let org = if chf { CHF_ORG } else { EUR_ORG };
            let _ = match op {
                Op::Remove(a, users) => s.remove_members(org, a, &users).map(|_| ()),
                Op::Leave(a) => s.leave(org, a),
                Op::Role(a, u, r) => s.change_role(org, a, u, r),
                Op::Replace(a, o, nw, r) => s.replace_legal_representative(org, a, o, nw, r),
                Op::Add(a, r) => {
                    let mut m = external(&format!("p{n}@example.ch"), r);
                    m.rights.clear();
                    s.add_member(org, a, &m).map(|id| {
                        let _ = s.accept_invitation(org, id);
                    })
                }
            };
            for o in [CHF_ORG, EUR_ORG] {
                prop_assert!(check_has_legal_representative(&s.members(o).unwrap()).is_ok());
            }
        }
    }
}

#[test]
fn org4_inviting_a_member_again_says_so_instead_of_advice_that_then_fails() {
    let (_d, mut s) = open();
    // Sofia is already in the CHF organization: inviting her e-mail again must not advise
    // "add it as an existing account" (which would then fail as a duplicate).
    let email = s
        .members(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == SOFIA)
        .unwrap()
        .email;
    let before = snapshot(&s);
    let e = err(s.add_member(CHF_ORG, MARC, &external(&email, Role::User)));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.field.as_deref(), Some("email"));
    assert!(e.message.contains("already a member"), "{}", e.message);
    assert!(!e.message.contains("existing account"), "{}", e.message);
    assert_eq!(snapshot(&s), before);
    // Someone with an account elsewhere still gets the advice, and following it works.
    let e = err(s.add_member(
        CHF_ORG,
        MARC,
        &external("lucia.fernandez@nubeclara.es", Role::User),
    ));
    assert!(e.message.contains("existing account"), "{}", e.message);
    let mut follow = external("lucia.fernandez@nubeclara.es", Role::User);
    follow.mode = AddMode::Existing;
    follow.rights = vec![];
    assert_eq!(s.add_member(CHF_ORG, MARC, &follow).unwrap(), LUCIA);
}

/// A table-level dump of everything a removal touches, to compare before and after an undo.
fn rows_dump(path: &std::path::Path) -> String {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    for sql in [
        "SELECT * FROM users ORDER BY id",
        "SELECT * FROM memberships ORDER BY organization_id, user_id",
        "SELECT * FROM product_rights ORDER BY organization_id, user_id, product_id",
        "SELECT * FROM team_members ORDER BY team_id, user_id",
    ] {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for r in rows {
            out += &r.unwrap();
            out.push('\n');
        }
    }
    out
}

#[test]
fn org5_a_removal_is_undone_once_by_its_author_within_the_window() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let before = rows_dump(&path);
    // Nina (active, with rights and a team), Tom (invited: his account goes too) and Claire (a
    // legal representative an admin may not remove: refused, so not part of the undo).
    let (results, removal) = s
        .remove_members_undoable(CHF_ORG, SOFIA, &[NINA, TOM, CLAIRE])
        .unwrap();
    assert_eq!(results.iter().filter(|r| r.error.is_none()).count(), 2);
    assert_eq!(removal.count(), 2);
    assert_ne!(rows_dump(&path), before);
    // Someone else may not undo it.
    let e = err(s.undo_removal(MARC, &removal));
    assert_eq!(e.code, ErrorCode::Conflict);
    // Its author puts everything back as it was, rights, teams and Tom's account included.
    assert_eq!(s.undo_removal(SOFIA, &removal).unwrap(), 2);
    assert_eq!(rows_dump(&path), before);
    // Once: a second undo finds them back and changes nothing.
    let e = err(s.undo_removal(SOFIA, &removal));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(rows_dump(&path), before);
}

#[test]
fn org5_undo_is_refused_late_or_when_someone_was_added_again() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let (_, removal) = s.remove_members_undoable(CHF_ORG, MARC, &[NINA]).unwrap();
    drop(s);
    // Two minutes later (the engine's clock): too late.
    let mut later = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:02:00Z").unwrap()),
    )
    .unwrap();
    let after = rows_dump(&path);
    assert_eq!(
        err(later.undo_removal(MARC, &removal)).code,
        ErrorCode::Conflict
    );
    assert_eq!(rows_dump(&path), after);
    drop(later);
    // In time, but Luca was added back by hand meanwhile: nothing is undone.
    let mut s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let email = s
        .members(CHF_ORG)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == LUCA)
        .unwrap()
        .email;
    let (_, removal) = s.remove_members_undoable(CHF_ORG, MARC, &[LUCA]).unwrap();
    let mut back = external(&email, Role::User);
    back.mode = AddMode::Existing;
    back.rights = vec![];
    s.add_member(CHF_ORG, MARC, &back).unwrap();
    let mid = rows_dump(&path);
    assert_eq!(
        err(s.undo_removal(MARC, &removal)).code,
        ErrorCode::Conflict
    );
    assert_eq!(rows_dump(&path), mid);
}

#[test]
fn org7_a_replacement_is_undone_once_by_its_author_whatever_their_role() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let before = rows_dump(&path);
    // A legal representative replaces another, who is removed (CHF: Marc replaces Claire by
    // Sofia, an admin).
    let r = s
        .replace_legal_representative_undoable(CHF_ORG, MARC, CLAIRE, SOFIA, None)
        .unwrap();
    assert_eq!(role_of(&s, CHF_ORG, CLAIRE), None);
    // Neither the new representative, nor the removed one, nor an admin may undo it.
    for other in [SOFIA, CLAIRE, JONAS] {
        let e = err(s.undo_replacement(other, &r));
        assert_eq!(e.code, ErrorCode::Conflict, "{other}");
    }
    s.undo_replacement(MARC, &r).unwrap();
    assert_eq!(rows_dump(&path), before);
    // Once: a second undo finds the members changed since and writes nothing.
    let e = err(s.undo_replacement(MARC, &r));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(rows_dump(&path), before);

    // A representative replacing themself and staying as admin (EUR: Lucía by Javier) undoes
    // it although they are no longer a representative.
    let r = s
        .replace_legal_representative_undoable(EUR_ORG, LUCIA, LUCIA, JAVIER, Some(Role::Admin))
        .unwrap();
    assert_eq!(role_of(&s, EUR_ORG, LUCIA).unwrap().0, Role::Admin);
    s.undo_replacement(LUCIA, &r).unwrap();
    assert_eq!(rows_dump(&path), before);
    assert_eq!(
        role_of(&s, EUR_ORG, LUCIA).unwrap().0,
        Role::LegalRepresentative
    );
    assert_eq!(role_of(&s, EUR_ORG, JAVIER).unwrap().0, Role::Admin);
    // A refused replacement keeps nothing to undo and changes nothing.
    assert_eq!(
        err(s.replace_legal_representative_undoable(EUR_ORG, MARC, LUCIA, JAVIER, None)).rule,
        Some(RuleId::Org7)
    );
    assert_eq!(rows_dump(&path), before);
}

#[test]
fn org7_replacement_undo_is_refused_late_or_when_members_changed() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let r = s
        .replace_legal_representative_undoable(EUR_ORG, LUCIA, LUCIA, JAVIER, Some(Role::Admin))
        .unwrap();
    drop(s);
    // Two minutes later (the engine's clock): too late, nothing written.
    let mut later = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:02:00Z").unwrap()),
    )
    .unwrap();
    let after = rows_dump(&path);
    assert_eq!(
        err(later.undo_replacement(LUCIA, &r)).code,
        ErrorCode::Conflict
    );
    assert_eq!(rows_dump(&path), after);
    drop(later);
    // In time, but Javier (now the representative) made Marta an admin meanwhile: refused.
    let mut s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:30Z").unwrap()),
    )
    .unwrap();
    s.change_role(EUR_ORG, JAVIER, MARTA, Role::Admin).unwrap();
    let mid = rows_dump(&path);
    assert_eq!(err(s.undo_replacement(LUCIA, &r)).code, ErrorCode::Conflict);
    assert_eq!(rows_dump(&path), mid);
    assert_eq!(
        role_of(&s, EUR_ORG, JAVIER).unwrap().0,
        Role::LegalRepresentative
    );
}

/// An undo never ends in a database error: a team the removed user was in, deleted since,
/// refuses the undo in words and writes nothing (it failed on a foreign key before).
#[test]
fn org5_undo_after_the_users_team_was_deleted_is_refused_in_words() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let team: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT team_id FROM team_members WHERE user_id = ?1 LIMIT 1",
            [LUCA],
            |r| r.get(0),
        )
        .unwrap();
    let (_, removal) = s.remove_members_undoable(CHF_ORG, MARC, &[LUCA]).unwrap();
    s.delete_team(CHF_ORG, MARC, team).unwrap();
    let before = rows_dump(&path);
    let e = err(s.undo_removal(MARC, &removal));
    assert_eq!(e.code, ErrorCode::Conflict, "{}", e.message);
    assert_eq!(rows_dump(&path), before);
}

/// Undoing a replacement never silently reverts what someone else did meanwhile: rights given
/// to the former representative since refuse the undo (only memberships were compared before).
#[test]
fn org7_replacement_undo_is_refused_when_the_former_representatives_rights_changed() {
    let (dir, mut s) = open();
    let path = dir.path().join("ws.sqlite3");
    let r = s
        .replace_legal_representative_undoable(CHF_ORG, MARC, CLAIRE, JONAS, Some(Role::User))
        .unwrap();
    s.set_user_rights(
        CHF_ORG,
        JONAS,
        CLAIRE,
        &[ProductRightGrant {
            product_id: 20,
            rights: ProductRights {
                technical: true,
                statistics: false,
                billing: false,
            },
        }],
    )
    .unwrap();
    let before = rows_dump(&path);
    assert_eq!(err(s.undo_replacement(MARC, &r)).code, ErrorCode::Conflict);
    assert_eq!(rows_dump(&path), before);
    assert_eq!(s.user_rights(CHF_ORG, CLAIRE).unwrap().len(), 1);
}

/// Break-it review, issue 11: the details must stay printable on a QR-bill, as the seller's
/// are. An unknown country, a character the bill cannot carry, are refused with the field named
/// and nothing written; a typographic dash becomes "-".
#[test]
fn org3_details_are_checked_like_the_seller_for_the_qr_bill() {
    let (_d, mut s) = open();
    let org = s.organization(CHF_ORG).unwrap();
    let details = |f: &dyn Fn(&mut OrganizationDetails)| {
        let mut d = OrganizationDetails {
            name: org.name.clone(),
            address: org.address.clone(),
            vat_number: org.vat_number.clone(),
        };
        f(&mut d);
        d
    };
    for (d, field) in [
        (details(&|d| d.address.country = "ZZ".into()), "country"),
        (details(&|d| d.address.town = "Genève 🏔".into()), "town"),
        (details(&|d| d.name = "Atelier ✨ SA".into()), "name"),
        (
            details(&|d| d.address.street = "Rue\u{200B}du Lac".into()),
            "street",
        ),
    ] {
        let e = err(s.update_organization(CHF_ORG, CLAIRE, &d));
        assert_eq!(e.code, ErrorCode::InvalidInput, "{e:?}");
        assert_eq!(e.field.as_deref(), Some(field), "{e:?}");
        assert_eq!(s.organization(CHF_ORG).unwrap(), org, "nothing written");
    }
    let d = details(&|d| d.address.street = "Rue du Lac — Nord".into());
    s.update_organization(CHF_ORG, CLAIRE, &d).unwrap();
    assert_eq!(
        s.organization(CHF_ORG).unwrap().address.street,
        "Rue du Lac - Nord"
    );
}

/// Issue 13: ORG-7 refusals and conflicts carry a reason code and its facts for the UI's
/// sentence (the English message is for logs).
#[test]
fn org7_and_conflicts_carry_reason_codes() {
    let (_d, mut s) = open();
    let reason = |e: &Error| e.params.clone().unwrap_or_default();
    let e = err(s.leave(EUR_ORG, LUCIA));
    assert_eq!(e.rule, Some(RuleId::Org7));
    let p = reason(&e);
    assert_eq!(
        (p["reason"].as_str(), p["action"].as_str()),
        ("last_legal_rep", "leave")
    );
    let out = s.remove_members(EUR_ORG, LUCIA, &[LUCIA]).unwrap();
    let p = reason(out[0].error.as_ref().unwrap());
    assert_eq!(p["reason"], "last_legal_rep");
    let e = err(s.add_member(
        CHF_ORG,
        CLAIRE,
        &external("marc.dubois@atelier-lumiere.ch", Role::User),
    ));
    let p = reason(&e);
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(
        (p["reason"].as_str(), e.field.as_deref()),
        ("already_member", Some("email"))
    );
    let e = err(s.add_member(CHF_ORG, CLAIRE, &external("not-an-address", Role::User)));
    assert_eq!(reason(&e)["reason"], "not_an_email");
    let e = err(s.organization(999));
    assert_eq!(e.code, ErrorCode::NotFound);
    let p = reason(&e);
    assert_eq!(
        (p["reason"].as_str(), p["id"].as_str()),
        ("not_found.organization", "999")
    );
}
