//! A provider workspace on a real SQLite file (issue 10): its own file kind, sync that is
//! idempotent (a second sync writes nothing: counted, and compared as a dump of every table) and
//! aware of deletions, the outbox (order, idempotency keys, provider ids, conflicts, retry and
//! discard, coalescing) and the role checks on writes that go to the provider.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use comptoir_core::org::{MemberStatus, Role};
use comptoir_core::{Clock, Error, ErrorCode, RuleId};
use comptoir_store::{
    OutboxState, ProviderWrite, RemoteOp, SentResult, Store, SyncChanges, SyncedAccount,
    SyncedInvitation, SyncedMember, SyncedProduct, SyncedProfile, SyncedTeam, WorkspaceKind,
};
use rusqlite::Connection;

/// A clock the test moves forward (each sync at its own instant).
struct TestClock(Mutex<DateTime<Utc>>);

impl TestClock {
    fn advance(&self, minutes: i64) {
        *self.0.lock().unwrap() += Duration::minutes(minutes);
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

fn clock() -> Arc<TestClock> {
    Arc::new(TestClock(Mutex::new(
        DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc),
    )))
}

// The provider's side, as the orchestrator would hand it over.
const ACCOUNT: i64 = 7001;
const OWNER: i64 = 501; // the signed-in person, owner of ACCOUNT
const ADMIN: i64 = 502;
const NORMAL: i64 = 503;
const TEAM: i64 = 9001;

fn profile() -> SyncedProfile {
    SyncedProfile {
        remote_id: OWNER,
        display_name: "Ana".into(),
        email: "ana@example.ch".into(),
        language: Some("fr".into()),
    }
}

fn accounts() -> Vec<SyncedAccount> {
    vec![SyncedAccount {
        remote_id: ACCOUNT,
        name: "Atelier Provider SA".into(),
        legal_entity_type: "company".into(),
        timezone: Some("Europe/Zurich".into()),
        language: Some("fr".into()),
        created_at: Some(1_600_000_000),
    }]
}

fn member(id: i64, name: &str, role: Role) -> SyncedMember {
    SyncedMember {
        remote_user_id: id,
        display_name: name.into(),
        email: format!("{}@example.ch", name.to_lowercase()),
        role,
        last_login_at: Some(1_700_000_000),
    }
}

fn members() -> Vec<SyncedMember> {
    vec![
        member(OWNER, "Ana", Role::LegalRepresentative),
        member(ADMIN, "Bea", Role::Admin),
        member(NORMAL, "Carl", Role::User),
    ]
}

fn invitations() -> Vec<SyncedInvitation> {
    vec![SyncedInvitation {
        remote_id: 8001,
        email: "dora@example.ch".into(),
        display_name: "Dora Invitee".into(),
        role: Role::User,
        sent_at: Some(1_760_000_000),
    }]
}

fn teams() -> Vec<SyncedTeam> {
    vec![SyncedTeam {
        remote_id: TEAM,
        name: "Support".into(),
        updated_at: Some(1_750_000_000),
        member_remote_ids: vec![ADMIN, NORMAL],
    }]
}

fn products(n: i64) -> Vec<SyncedProduct> {
    (0..n)
        .map(|i| SyncedProduct {
            remote_id: 60_000 + i,
            service_name: "hosting".into(),
            customer_name: format!("site-{i}.ch"),
            internal_name: None,
            expired_at: Some(1_790_000_000 + i * 86_400),
        })
        .collect()
}

/// One complete sync as the orchestrator runs it, products in pages of 25.
fn sync(
    s: &mut Store,
    members: &[SyncedMember],
    teams: &[SyncedTeam],
    products: &[SyncedProduct],
) -> SyncChanges {
    let mut ch = SyncChanges::default();
    ch.add(s.apply_profile(&profile()).unwrap());
    ch.add(s.apply_accounts(&accounts()).unwrap());
    ch.add(s.apply_members(ACCOUNT, members, &invitations()).unwrap());
    ch.add(s.apply_teams(ACCOUNT, teams).unwrap());
    for page in products.chunks(25) {
        ch.add(s.apply_products_page(ACCOUNT, page).unwrap());
    }
    let seen: Vec<i64> = products.iter().map(|p| p.remote_id).collect();
    ch.add(s.finish_products(ACCOUNT, &seen).unwrap());
    ch
}

/// Every row of every table but the per-dataset sync instants, in a stable order.
fn dump(path: &Path) -> String {
    let conn = Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .filter(|t: &String| t != "sync_datasets")
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2"))
            .unwrap();
        let cols = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = String::new();
                for i in 0..cols {
                    line.push_str(&format!("{:?}|", r.get_ref(i)?));
                }
                Ok(line)
            })
            .unwrap();
        out.push_str(&format!("== {t}\n"));
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

fn open() -> (tempfile::TempDir, Arc<TestClock>, Store) {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let store = Store::open_provider(dir.path().join("provider-1.sqlite3"), clock.clone()).unwrap();
    (dir, clock, store)
}

fn synced() -> (tempfile::TempDir, Arc<TestClock>, Store) {
    let (dir, clock, mut s) = open();
    sync(&mut s, &members(), &teams(), &products(60));
    (dir, clock, s)
}

fn org(s: &Store) -> i64 {
    s.organizations().unwrap()[0].id
}

fn user_id(s: &Store, email: &str) -> i64 {
    s.members(org(s))
        .unwrap()
        .into_iter()
        .find(|m| m.email == email)
        .unwrap_or_else(|| panic!("{email} is not a member"))
        .user_id
}

fn team_id(s: &Store, name: &str) -> Option<i64> {
    s.teams(org(s))
        .unwrap()
        .into_iter()
        .find(|t| t.name == name)
        .map(|t| t.id)
}

fn err<T: std::fmt::Debug>(r: comptoir_store::StoreResult<T>) -> Error {
    r.expect_err("expected a refusal").into()
}

#[test]
fn a_provider_workspace_is_its_own_file_and_never_opens_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.sqlite3");
    Store::open(&demo, clock()).unwrap().close().unwrap();
    let before = std::fs::read(&demo).unwrap();
    let e: Error = Store::open_provider(&demo, clock())
        .err()
        .expect("the demo was opened as a provider workspace")
        .into();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.field.as_deref(), Some("kind"));
    assert_eq!(
        std::fs::read(&demo).unwrap(),
        before,
        "the demo file changed"
    );

    let (_d, _c, s) = open();
    let info = s.info().unwrap();
    assert_eq!(info.kind, WorkspaceKind::Provider);
    assert_eq!((info.organizations, info.users, info.products), (0, 0, 0));
    // Reopened, it is still the same provider workspace.
    let path = s.path().to_path_buf();
    drop(s);
    let s = Store::open_provider(&path, clock()).unwrap();
    assert_eq!(s.info().unwrap().kind, WorkspaceKind::Provider);
    // ...and provider data never lands in the demo.
    let mut d = Store::open(&demo, clock()).unwrap();
    assert_eq!(
        err(d.apply_accounts(&accounts())).field.as_deref(),
        Some("kind")
    );
}

#[test]
fn the_first_sync_fills_the_workspace_and_a_second_changes_nothing() {
    let (_d, clock, mut s) = open();
    let first = sync(&mut s, &members(), &teams(), &products(60));
    // 4 users (3 members + the invitee's account is not a mapped user: see below), 1 org...
    assert!(first.inserted >= 1 + 3 + 4 + 1 + 60, "{first:?}");
    let info = s.info().unwrap();
    assert_eq!((info.organizations, info.users, info.products), (1, 4, 60));
    let o = org(&s);
    let ms = s.members(o).unwrap();
    assert_eq!(ms.len(), 4);
    let dora = ms.iter().find(|m| m.email == "dora@example.ch").unwrap();
    assert_eq!(dora.status, MemberStatus::Invited);
    assert_eq!(
        ms.iter()
            .find(|m| m.email == "ana@example.ch")
            .unwrap()
            .role,
        Role::LegalRepresentative
    );
    assert_eq!(s.signed_in_user().unwrap(), user_id(&s, "ana@example.ch"));
    let team = &s.teams(o).unwrap()[0];
    assert_eq!(team.member_ids.len(), 2);

    let before = dump(s.path());
    let first_sync = s.last_synced_at().unwrap();
    clock.advance(30);
    let second = sync(&mut s, &members(), &teams(), &products(60));
    assert_eq!(second.total(), 0, "a second sync changed {second:?}");
    s.checkpoint().unwrap();
    assert_eq!(dump(s.path()), before, "a second sync changed rows");
    // Only the datasets' instants moved (injected clock).
    assert_eq!(first_sync.as_deref(), Some("2026-11-27T09:00:00Z"));
    assert_eq!(
        s.last_synced_at().unwrap().as_deref(),
        Some("2026-11-27T09:30:00Z")
    );
    let sets: Vec<String> = s
        .sync_datasets()
        .unwrap()
        .into_iter()
        .map(|d| d.dataset)
        .collect();
    assert_eq!(
        sets,
        [
            "accounts",
            "members:7001",
            "products:7001",
            "profile",
            "teams:7001"
        ]
    );
}

#[test]
fn a_sync_brings_changes_and_deletions() {
    let (_d, clock, mut s) = synced();
    let o = org(&s);
    clock.advance(10);
    // Carl left, Bea became owner, the team was renamed and lost Carl, 10 products are gone,
    // one product's expiry moved.
    let mut ms = members();
    ms.retain(|m| m.remote_user_id != NORMAL);
    ms[1].role = Role::LegalRepresentative;
    let mut ts = teams();
    ts[0].name = "Support N1".into();
    ts[0].updated_at = Some(1_750_000_500);
    ts[0].member_remote_ids = vec![ADMIN];
    let mut ps = products(50);
    ps[0].expired_at = Some(1_800_000_000);
    let ch = sync(&mut s, &ms, &ts, &ps);
    assert_eq!(ch.deleted, 1 + 10, "{ch:?}");
    assert!(s
        .members(o)
        .unwrap()
        .iter()
        .all(|m| m.email != "carl@example.ch"));
    assert_eq!(
        s.members(o)
            .unwrap()
            .iter()
            .find(|m| m.email == "bea@example.ch")
            .unwrap()
            .role,
        Role::LegalRepresentative
    );
    let team = &s.teams(o).unwrap()[0];
    assert_eq!(team.name, "Support N1");
    assert_eq!(team.member_ids, vec![user_id(&s, "bea@example.ch")]);
    assert_eq!(s.info().unwrap().products, 50);

    // An account the provider no longer lists is only marked: its local billing stays.
    let ch = s.apply_accounts(&[]).unwrap();
    assert_eq!(ch.marked_gone, 1);
    assert_eq!(s.info().unwrap().organizations, 1);
    assert!(s.provider_accounts().unwrap().is_empty());
    // Listed again, it comes back.
    assert_eq!(s.apply_accounts(&accounts()).unwrap().updated, 1);
    assert_eq!(s.provider_accounts().unwrap(), vec![ACCOUNT]);
}

#[test]
fn writes_queue_in_order_with_their_own_keys_and_change_local_state_at_once() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let me = s.signed_in_user().unwrap();
    let invite = s
        .provider_write(
            o,
            me,
            &ProviderWrite::InviteUser {
                email: "eva@example.ch".into(),
                display_name: "Eva Nova".into(),
                role: Role::Admin,
                language: "de".into(),
            },
        )
        .unwrap()
        .unwrap();
    let create = s
        .provider_write(o, me, &ProviderWrite::CreateTeam { name: "Ops".into() })
        .unwrap()
        .unwrap();
    let ops = team_id(&s, "Ops").expect("the team exists locally at once");
    let rename = s
        .provider_write(
            o,
            me,
            &ProviderWrite::RenameTeam {
                team_id: ops,
                name: "Operations".into(),
            },
        )
        .unwrap()
        .unwrap();
    // Optimistic: local state changed, each entry pending with its own idempotency key.
    assert_eq!(team_id(&s, "Operations"), Some(ops));
    let eva = s
        .members(o)
        .unwrap()
        .into_iter()
        .find(|m| m.email == "eva@example.ch")
        .unwrap();
    assert_eq!(eva.status, MemberStatus::Invited);
    let keys: std::collections::HashSet<String> = [&invite, &create, &rename]
        .iter()
        .map(|e| e.idempotency_key.clone())
        .collect();
    assert_eq!(keys.len(), 3);
    assert!(s
        .outbox()
        .unwrap()
        .iter()
        .all(|e| e.state == OutboxState::Pending));

    // Sent in id order: the invitation first, in provider ids.
    let next = s.outbox_next().unwrap().unwrap();
    assert_eq!(next.id, invite.id);
    let w = s.outbox_begin(next.id).unwrap().unwrap();
    assert_eq!(w.account, ACCOUNT);
    assert!(!w.retry);
    assert_eq!(
        w.op,
        RemoteOp::InviteUser {
            email: "eva@example.ch".into(),
            first_name: "Eva".into(),
            last_name: "Nova".into(),
            role_type: "admin",
            locale: "de".into()
        }
    );
    // The app stops mid-send: the next begin is a retry with the same key (check first).
    let again = s.outbox_begin(next.id).unwrap().unwrap();
    assert!(again.retry);
    assert_eq!(again.idempotency_key, w.idempotency_key);
    s.outbox_sent(
        next.id,
        &SentResult::Created {
            remote_id: 8002,
            updated_at: None,
            name: None,
        },
    )
    .unwrap();

    // The rename cannot be resolved before its create is sent...
    assert_eq!(s.outbox_next().unwrap().unwrap().id, create.id);
    let w = s.outbox_begin(create.id).unwrap().unwrap();
    assert_eq!(w.op, RemoteOp::CreateTeam { name: "Ops".into() });
    s.outbox_sent(
        create.id,
        &SentResult::Created {
            remote_id: 9002,
            updated_at: Some(1_764_000_000),
            name: Some("Ops".into()),
        },
    )
    .unwrap();
    // ...then it carries the provider's team id and what was last known of it.
    let w = s.outbox_begin(rename.id).unwrap().unwrap();
    assert_eq!(
        w.op,
        RemoteOp::RenameTeam {
            team_id: 9002,
            name: "Operations".into(),
            base_updated_at: Some(1_764_000_000),
            base_name: Some("Ops".into())
        }
    );
    s.outbox_sent(
        rename.id,
        &SentResult::Updated {
            updated_at: Some(1_764_000_100),
            name: "Operations".into(),
        },
    )
    .unwrap();
    assert!(s.outbox_next().unwrap().is_none());
    assert_eq!(s.outbox_unsent().unwrap(), 0);
    assert!(s
        .outbox()
        .unwrap()
        .iter()
        .all(|e| e.state == OutboxState::Sent));
}

#[test]
fn a_queued_write_is_not_undone_by_a_sync_and_a_discarded_one_is() {
    let (_d, clock, mut s) = synced();
    let o = org(&s);
    let me = s.signed_in_user().unwrap();
    let carl = user_id(&s, "carl@example.ch");
    let support = team_id(&s, "Support").unwrap();
    let removal = s
        .provider_write(o, me, &ProviderWrite::RemoveMember { user_id: carl })
        .unwrap()
        .unwrap();
    let rename = s
        .provider_write(
            o,
            me,
            &ProviderWrite::RenameTeam {
                team_id: support,
                name: "Helpdesk".into(),
            },
        )
        .unwrap()
        .unwrap();
    clock.advance(5);
    // The provider still lists Carl and the old name (the writes have not left).
    let ch = sync(&mut s, &members(), &teams(), &products(60));
    assert_eq!(ch.kept_for_outbox, 2, "{ch:?}");
    assert!(s.members(o).unwrap().iter().all(|m| m.user_id != carl));
    assert_eq!(team_id(&s, "Helpdesk"), Some(support));

    // Discarded, the next sync brings back what the provider holds.
    s.outbox_discard(removal.id).unwrap();
    s.outbox_discard(rename.id).unwrap();
    sync(&mut s, &members(), &teams(), &products(60));
    assert!(s.members(o).unwrap().iter().any(|m| m.user_id == carl));
    assert_eq!(team_id(&s, "Support"), Some(support));
}

#[test]
fn a_conflict_waits_for_the_person_and_holds_the_queue_back() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let me = s.signed_in_user().unwrap();
    let support = team_id(&s, "Support").unwrap();
    let rename = s
        .provider_write(
            o,
            me,
            &ProviderWrite::RenameTeam {
                team_id: support,
                name: "Helpdesk".into(),
            },
        )
        .unwrap()
        .unwrap();
    let later = s
        .provider_write(
            o,
            me,
            &ProviderWrite::CreateTeam {
                name: "Later".into(),
            },
        )
        .unwrap()
        .unwrap();
    let w = s.outbox_begin(rename.id).unwrap().unwrap();
    assert_eq!(
        w.op,
        RemoteOp::RenameTeam {
            team_id: TEAM,
            name: "Helpdesk".into(),
            base_updated_at: Some(1_750_000_000),
            base_name: Some("Support".into())
        }
    );
    assert!(!w.overwrite);
    // The orchestrator found the team changed on the provider.
    s.outbox_conflict(rename.id, "changed_on_provider").unwrap();
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!((head.id, head.state), (rename.id, OutboxState::Conflict));
    assert_eq!(head.reason.as_deref(), Some("changed_on_provider"));
    // The local name stays what the person typed; nothing was overwritten.
    assert_eq!(team_id(&s, "Helpdesk"), Some(support));
    // Retrying a conflict is choosing to overwrite.
    let retried = s.outbox_retry(rename.id).unwrap();
    assert_eq!(retried.state, OutboxState::Pending);
    assert!(s.outbox_begin(rename.id).unwrap().unwrap().overwrite);
    // A failed entry also waits; an unknown reason code is refused by name.
    s.outbox_failed(rename.id, "access_denied").unwrap();
    assert_eq!(
        err(s.outbox_failed(later.id, "because")).field.as_deref(),
        Some("reason")
    );
    assert_eq!(s.outbox_next().unwrap().unwrap().id, rename.id);
    // A sent entry cannot be discarded; retrying it (another process sent it) is simply done.
    s.outbox_discard(rename.id).unwrap();
    s.outbox_begin(later.id).unwrap().unwrap();
    s.outbox_sent(
        later.id,
        &SentResult::Created {
            remote_id: 9003,
            updated_at: None,
            name: None,
        },
    )
    .unwrap();
    assert_eq!(err(s.outbox_discard(later.id)).code, ErrorCode::Conflict);
    assert_eq!(s.outbox_retry(later.id).unwrap().state, OutboxState::Sent);
}

#[test]
fn writes_that_never_left_cancel_out_instead_of_being_sent() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let me = s.signed_in_user().unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::InviteUser {
            email: "fay@example.ch".into(),
            display_name: "Fay Lee".into(),
            role: Role::User,
            language: "en".into(),
        },
    )
    .unwrap();
    let fay = user_id(&s, "fay@example.ch");
    assert!(s
        .provider_write(o, me, &ProviderWrite::CancelInvitation { user_id: fay })
        .unwrap()
        .is_none());
    s.provider_write(o, me, &ProviderWrite::CreateTeam { name: "Tmp".into() })
        .unwrap();
    let tmp = team_id(&s, "Tmp").unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::RenameTeam {
            team_id: tmp,
            name: "Tmp2".into(),
        },
    )
    .unwrap();
    assert!(s
        .provider_write(o, me, &ProviderWrite::DeleteTeam { team_id: tmp })
        .unwrap()
        .is_none());
    assert_eq!(s.outbox_unsent().unwrap(), 0);
    assert!(team_id(&s, "Tmp2").is_none());

    // A synced invitation is cancelled on the provider by its id.
    let dora = user_id(&s, "dora@example.ch");
    let e = s
        .provider_write(o, me, &ProviderWrite::CancelInvitation { user_id: dora })
        .unwrap()
        .unwrap();
    assert_eq!(
        s.outbox_begin(e.id).unwrap().unwrap().op,
        RemoteOp::CancelInvitation {
            invitation_id: 8001
        }
    );
}

#[test]
fn writes_to_the_provider_follow_the_same_role_checks_as_local_ones() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let bea = user_id(&s, "bea@example.ch"); // admin
    let carl = user_id(&s, "carl@example.ch"); // plain user
    let ana = user_id(&s, "ana@example.ch"); // owner = legal representative
    let support = team_id(&s, "Support").unwrap();
    let invite = |role| ProviderWrite::InviteUser {
        email: "gil@example.ch".into(),
        display_name: "Gil Roy".into(),
        role,
        language: "en".into(),
    };
    let rule = |e: Error| e.rule;

    // A plain user: nothing.
    for (w, r) in [
        (invite(Role::User), RuleId::Org4),
        (ProviderWrite::RemoveMember { user_id: bea }, RuleId::Org5),
        (ProviderWrite::CreateTeam { name: "X".into() }, RuleId::Org8),
        (
            ProviderWrite::RenameTeam {
                team_id: support,
                name: "X".into(),
            },
            RuleId::Org8,
        ),
        (ProviderWrite::DeleteTeam { team_id: support }, RuleId::Org8),
        (
            ProviderWrite::AddTeamMembers {
                team_id: support,
                user_ids: vec![ana],
            },
            RuleId::Org8,
        ),
    ] {
        assert_eq!(rule(err(s.provider_write(o, carl, &w))), Some(r), "{w:?}");
    }
    // An admin: users and teams, but never an owner (ORG-7).
    assert_eq!(
        rule(err(s.provider_write(
            o,
            bea,
            &invite(Role::LegalRepresentative)
        ))),
        Some(RuleId::Org7)
    );
    assert_eq!(
        rule(err(s.provider_write(
            o,
            bea,
            &ProviderWrite::RemoveMember { user_id: ana }
        ))),
        Some(RuleId::Org7)
    );
    assert_eq!(s.outbox_unsent().unwrap(), 0, "a refusal queued something");
    s.provider_write(o, bea, &invite(Role::User)).unwrap();
    s.provider_write(
        o,
        bea,
        &ProviderWrite::RemoveTeamMembers {
            team_id: support,
            user_ids: vec![carl],
        },
    )
    .unwrap();
    // The legal representative: an owner too; and not the last one away (ORG-7).
    s.provider_write(
        o,
        ana,
        &ProviderWrite::InviteUser {
            email: "hal@example.ch".into(),
            display_name: "Hal Tan".into(),
            role: Role::LegalRepresentative,
            language: "it".into(),
        },
    )
    .unwrap();
    assert_eq!(
        rule(err(s.provider_write(
            o,
            ana,
            &ProviderWrite::RemoveMember { user_id: ana }
        ))),
        Some(RuleId::Org7)
    );
    assert_eq!(s.outbox_unsent().unwrap(), 3);
    // Bad input names its field.
    let e = err(s.provider_write(
        o,
        ana,
        &ProviderWrite::InviteUser {
            email: "not-an-address".into(),
            display_name: "X".into(),
            role: Role::User,
            language: "en".into(),
        },
    ));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidInput, Some("email"))
    );
    let e = err(s.provider_write(
        o,
        ana,
        &ProviderWrite::InviteUser {
            email: "one@example.ch".into(),
            display_name: "Mononym".into(),
            role: Role::User,
            language: "en".into(),
        },
    ));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidInput, Some("display_name"))
    );
}

#[test]
fn the_demo_never_queues_a_write_for_the_provider() {
    let dir = tempfile::tempdir().unwrap();
    let mut demo = Store::open(dir.path().join("demo.sqlite3"), clock()).unwrap();
    let e = err(demo.provider_write(1, 1, &ProviderWrite::CreateTeam { name: "X".into() }));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Conflict, Some("kind"))
    );
}

#[test]
fn the_ui_s_own_operations_go_through_the_outbox_on_a_provider_workspace() {
    use comptoir_core::org::{AddMode, ContactPreferences, NewMember};
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let me = s.signed_in_user().unwrap();
    let new = |mode| NewMember {
        mode,
        email: "ivo@example.ch".into(),
        display_name: "Ivo Meier".into(),
        language: "de".into(),
        role: Role::User,
        contacts: ContactPreferences {
            billing: true,
            ..Default::default()
        },
        rights: vec![],
    };
    assert_eq!(
        err(s.add_member(o, me, &new(AddMode::Existing)))
            .field
            .as_deref(),
        Some("mode")
    );
    let ivo = s.add_member(o, me, &new(AddMode::External)).unwrap();
    let team = s.create_team(o, me, "Sales", "#112233").unwrap();
    s.update_team(o, me, team, "Sales EU", "#445566").unwrap();
    s.update_team(o, me, team, "Sales EU", "#778899").unwrap(); // colour only: local
    let carl = user_id(&s, "carl@example.ch");
    s.set_team_members(o, me, team, &[carl]).unwrap();
    let results = s.remove_members(o, me, &[ivo, carl]).unwrap();
    assert!(results.iter().all(|r| r.error.is_none()), "{results:?}");
    let ops: Vec<String> = s
        .outbox()
        .unwrap()
        .iter()
        .map(|e| {
            serde_json::to_value(&e.write).unwrap()["op"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    // Ivo's invitation never left: cancelling it dropped it instead of queuing a pair.
    assert_eq!(
        ops,
        [
            "create_team",
            "rename_team",
            "add_team_members",
            "remove_member"
        ]
    );
    let t = s
        .teams(o)
        .unwrap()
        .into_iter()
        .find(|t| t.id == team)
        .unwrap();
    assert_eq!(
        (t.name.as_str(), t.colour.as_str()),
        ("Sales EU", "#778899")
    );
    // What the public API cannot do is refused, never changed locally only. The refusal names
    // no field (the box showed "Field: kind", the workspace's kind, nothing the person filled).
    let bea = user_id(&s, "bea@example.ch");
    let e = err(s.change_role(o, me, bea, Role::User));
    let reason = e.params.as_ref().and_then(|p| p.get("reason")).cloned();
    assert_eq!(
        (e.code, e.field.as_deref(), reason.as_deref()),
        (ErrorCode::Conflict, None, Some("not_in_public_api"))
    );
}

#[test]
fn a_product_gone_from_the_provider_but_on_an_invoice_is_marked_not_deleted() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let path = s.path().to_path_buf();
    // An invoice line of the local billing engine names the first synced product.
    let first: i64 = {
        let c = Connection::open(&path).unwrap();
        let id: i64 = c
            .query_row("SELECT min(id) FROM products", [], |r| r.get(0))
            .unwrap();
        c.execute_batch(&format!(
            "INSERT INTO invoices(id, organization_id, kind, number, issued_on, due_on,
                                  total_minor, currency)
             VALUES (900, {o}, 'invoice', 'INV-900', '2026-11-01', '2026-11-30', 1000, 'CHF');
             INSERT INTO invoice_lines(invoice_id, product_id, description, unit_price_minor,
                                       vat_rate_bp, amount_minor)
             VALUES (900, {id}, 'hosting', 1000, 810, 1081);"
        ))
        .unwrap();
        id
    };
    // The provider lists none of the 60 any more.
    let ch = sync(&mut s, &members(), &teams(), &[]);
    assert_eq!((ch.deleted, ch.marked_gone), (59, 1), "{ch:?}");
    assert_eq!(s.info().unwrap().products, 1);
    let c = Connection::open(&path).unwrap();
    let gone: Option<String> = c
        .query_row(
            "SELECT gone_at FROM provider_ids WHERE entity = 'product' AND local_id = ?1",
            [first],
            |r| r.get(0),
        )
        .unwrap();
    assert!(gone.is_some());
    // A second sync does not count it again.
    assert_eq!(sync(&mut s, &members(), &teams(), &[]).total(), 0);
}

/// The provider's service names become the engine's kinds, so the renewals table reads every
/// synced product; a service the engine does not know is left out and counted, not stored as
/// a kind nothing can read (that broke the Renewals table of every provider workspace).
#[test]
fn synced_products_get_the_engines_kinds_and_the_renewals_table_reads_them() {
    let (_dir, _clock, mut s) = synced();
    let page: Vec<SyncedProduct> = [
        ("domain", "shop.example.ch"),
        ("domain", "shop.example.com"),
        ("hosting", "site.example.ch"),
        ("email_hosting", "mail.example.ch"),
        ("ssl", "cert.example.ch"),
        ("kdrive", "Drive"),
        ("jelastic_mystery", "unknown.example.ch"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (service, name))| SyncedProduct {
        remote_id: 90_000 + i as i64,
        service_name: (*service).into(),
        customer_name: (*name).into(),
        internal_name: None,
        expired_at: Some(1_790_000_000),
    })
    .collect();
    let ch = s.apply_products_page(ACCOUNT, &page).unwrap();
    assert_eq!((ch.inserted, ch.skipped), (6, 1));
    let rows = s
        .query_products(&comptoir_core::renewal::ProductQuery {
            limit: 500,
            ..Default::default()
        })
        .expect("the renewals table reads every synced product")
        .rows;
    let kind_of = |name: &str| {
        rows.iter()
            .find(|r| r.product.customer_name == name)
            .map(|r| r.product.kind.as_str())
    };
    assert_eq!(kind_of("shop.example.ch"), Some("domain_ch"));
    assert_eq!(kind_of("shop.example.com"), Some("domain_com"));
    assert_eq!(kind_of("site.example.ch"), Some("web_hosting"));
    assert_eq!(kind_of("mail.example.ch"), Some("mail_service"));
    assert_eq!(kind_of("cert.example.ch"), Some("ssl_certificate"));
    assert_eq!(kind_of("Drive"), Some("drive"));
    assert_eq!(kind_of("unknown.example.ch"), None);
}

/// Review finding: a workspace synced with another account's token took that account's data.
#[test]
fn a_workspace_refuses_another_accounts_profile_and_changes_nothing() {
    let (_dir, _clock, mut s) = synced();
    s.bind_provider_profile(profile().remote_id).unwrap();
    let before = s.members(org(&s)).unwrap();
    let mut other = profile();
    other.remote_id += 1;
    other.email = "bob@example.ch".into();
    let e: Error = s.apply_profile(&other).unwrap_err().into();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.field.as_deref(), Some("token"));
    assert_eq!(s.members(org(&s)).unwrap(), before);
    assert_eq!(s.provider_profile().unwrap(), Some(profile().remote_id));
    // The same account again is fine.
    s.apply_profile(&profile()).unwrap();
}

/// Issue 10 review: a product the provider deleted but local invoices keep ("gone") is
/// labelled in the renewals table and the engine refuses to renew it or switch it to
/// auto-renewal, in words with a reason code the UI translates.
#[test]
fn a_gone_product_is_labelled_and_cannot_be_renewed_or_auto_renewed() {
    let (_d, _c, mut s) = synced();
    let o = org(&s);
    let path = s.path().to_path_buf();
    let first: i64 = {
        let c = Connection::open(&path).unwrap();
        let id: i64 = c
            .query_row("SELECT min(id) FROM products", [], |r| r.get(0))
            .unwrap();
        c.execute_batch(&format!(
            "INSERT INTO invoices(id, organization_id, kind, number, issued_on, due_on,
                                  total_minor, paid_minor, currency)
             VALUES (900, {o}, 'invoice', 'INV-900', '2026-11-01', '2026-11-30', 1081, 1081,
                     'CHF');
             INSERT INTO invoice_lines(invoice_id, product_id, description, unit_price_minor,
                                       vat_rate_bp, amount_minor)
             VALUES (900, {id}, 'hosting', 1000, 810, 1081);"
        ))
        .unwrap();
        id
    };
    let mut remaining = products(60);
    remaining.remove(0);
    let ch = sync(&mut s, &members(), &teams(), &remaining);
    assert_eq!(ch.marked_gone, 1, "{ch:?}");

    let rows = s
        .query_products(&comptoir_core::renewal::ProductQuery {
            limit: 100,
            ..Default::default()
        })
        .unwrap()
        .rows;
    let gone = rows.iter().find(|r| r.product.id == first).unwrap();
    assert!(gone.gone_on_provider);
    assert!(!gone.can_enable_auto_renew);
    assert!(rows
        .iter()
        .filter(|r| r.product.id != first)
        .all(|r| !r.gone_on_provider));

    let me = s.signed_in_user().unwrap();
    let sel = comptoir_core::renewal::Selection {
        ids: vec![first],
        ..Default::default()
    };
    let report = s
        .set_auto_renew(me, &sel, true, None, &mut |_| true)
        .unwrap();
    assert_eq!(report.refused.len(), 1, "{report:?}");
    let e = report.refused[0].error.clone().unwrap();
    assert_eq!(
        e.params
            .as_ref()
            .and_then(|p| p.get("reason"))
            .map(String::as_str),
        Some("gone_on_provider")
    );
    assert!(
        e.message.contains("deleted on the provider"),
        "{}",
        e.message
    );

    let e: Error = s
        .pay_selection(
            me,
            &[comptoir_core::renewal::PayItem {
                product_id: first,
                period_months: 12,
            }],
            &[],
            "key-gone-product-1",
        )
        .unwrap_err()
        .into();
    assert_eq!(
        e.params
            .as_ref()
            .and_then(|p| p.get("reason"))
            .map(String::as_str),
        Some("gone_on_provider"),
        "{e:?}"
    );
}

/// A synced product has no price (the public API gives none): paying its renewal locally is
/// refused in words and writes nothing (it made a 0.00 invoice and moved the expiry locally).
#[test]
fn a_synced_product_is_not_renewed_locally_for_nothing() {
    let (_d, _c, mut s) = synced();
    let path = s.path().to_path_buf();
    let first: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT min(id) FROM products", [], |r| r.get(0))
        .unwrap();
    let count = |p: &std::path::Path| -> (i64, String) {
        let c = Connection::open(p).unwrap();
        (
            c.query_row("SELECT count(*) FROM invoices", [], |r| r.get(0))
                .unwrap(),
            c.query_row(
                "SELECT expires_on FROM products WHERE id = ?1",
                [first],
                |r| r.get(0),
            )
            .unwrap(),
        )
    };
    let before = count(&path);
    let me = s.signed_in_user().unwrap();
    let e: Error = s
        .pay_selection(
            me,
            &[comptoir_core::renewal::PayItem {
                product_id: first,
                period_months: 12,
            }],
            &[],
            "key-synced-product-1",
        )
        .unwrap_err()
        .into();
    assert_eq!(
        e.params
            .as_ref()
            .and_then(|p| p.get("reason"))
            .map(String::as_str),
        Some("renew_at_provider"),
        "{e:?}"
    );
    assert_eq!(count(&path), before);
}

/// A provider workspace before a sync brought any organization: the renewals table reads
/// empty (its status expression failed on a CASE without branches before).
#[test]
fn a_workspace_without_organizations_reads_an_empty_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let s = Store::open(
        &path,
        Arc::new(comptoir_core::FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    drop(s);
    let c = Connection::open(&path).unwrap();
    c.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM organizations; DELETE FROM products;")
        .unwrap();
    drop(c);
    let s = Store::open(
        &path,
        Arc::new(comptoir_core::FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let page = s
        .query_products(&comptoir_core::renewal::ProductQuery {
            limit: 100,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total, 0);
}

/// The organization's name is the provider's: an edit here was saved, then silently undone by
/// the next sync. Refused with a reason the UI words; the local details (address, VAT number for
/// QR-bills, not in the provider's API) are still saved, and kept across a sync.
#[test]
fn a_provider_organizations_name_is_refused_here_and_its_local_details_survive_a_sync() {
    let (_dir, _clock, mut s) = synced();
    let (o, ana) = (org(&s), user_id(&s, "ana@example.ch"));
    let before = s.organization(o).unwrap();
    let mut d = comptoir_core::org::OrganizationDetails {
        name: "Renamed here SA".into(),
        address: before.address.clone(),
        vat_number: before.vat_number.clone(),
    };
    let e = err(s.update_organization(o, ana, &d));
    assert_eq!(e.code, ErrorCode::Conflict, "{e:?}");
    assert_eq!(e.field.as_deref(), Some("name"));
    let reason = e.params.as_ref().and_then(|p| p.get("reason")).cloned();
    assert_eq!(reason.as_deref(), Some("name_on_provider"));
    assert_eq!(s.organization(o).unwrap().name, "Atelier Provider SA");

    d.name = before.name.clone();
    d.address.street = "Rue du Lac".into();
    d.address.building_number = "4".into();
    d.address.postal_code = "1003".into();
    d.address.town = "Lausanne".into();
    s.update_organization(o, ana, &d).unwrap();
    sync(&mut s, &members(), &teams(), &products(60));
    let after = s.organization(o).unwrap();
    assert_eq!(
        (after.name.as_str(), after.address.town.as_str()),
        ("Atelier Provider SA", "Lausanne")
    );
}

/// Review finding: saving the address of a provider organization compared the raw name but
/// wrote the QR-normalized one ("Atelier Léman – SA" became "Atelier Léman - SA", undone at the
/// next sync), and a provider name beyond the QR limits blocked saving the address at all.
#[test]
fn saving_a_provider_organizations_address_keeps_the_providers_name_as_it_is() {
    let (_dir, _clock, mut s) = synced();
    let (o, ana) = (org(&s), user_id(&s, "ana@example.ch"));
    let long = format!("Atelier Léman – SA {}", "x".repeat(80));
    for name in ["Atelier Léman – SA", long.as_str()] {
        rusqlite::Connection::open(s.path())
            .unwrap()
            .execute(
                "UPDATE organizations SET name = ?2 WHERE id = ?1",
                rusqlite::params![o, name],
            )
            .unwrap();
        let before = s.organization(o).unwrap();
        let mut d = comptoir_core::org::OrganizationDetails {
            name: name.into(),
            address: before.address.clone(),
            vat_number: before.vat_number.clone(),
        };
        d.address.street = "Rue du Lac".into();
        d.address.building_number = "4".into();
        d.address.postal_code = "1003".into();
        d.address.town = "Lausanne".into();
        s.update_organization(o, ana, &d).unwrap();
        let after = s.organization(o).unwrap();
        assert_eq!(after.name, name);
        assert_eq!(after.address.town, "Lausanne");
    }
}

/// Connect opens `provider-<id>.sqlite3` itself: when a file of that name is another program's
/// SQLite database (or a demo), the refusal carries a reason code and the file's name, so the
/// dialog says it in the reader's language instead of the engine's English sentence.
#[test]
fn a_provider_workspace_file_that_cannot_be_used_is_refused_with_a_reason_code() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("provider-501.sqlite3");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('mine');")
        .unwrap();
    let demo = dir.path().join("provider-502.sqlite3");
    Store::open(&demo, clock()).unwrap().close().unwrap();
    for (path, name) in [
        (&foreign, "provider-501.sqlite3"),
        (&demo, "provider-502.sqlite3"),
    ] {
        let before = std::fs::read(path).unwrap();
        let e: Error = Store::open_provider(path, clock())
            .err()
            .expect("opened")
            .into();
        let param = |k: &str| e.params.as_ref().and_then(|p| p.get(k)).cloned();
        assert_eq!(
            param("reason").as_deref(),
            Some("provider_workspace_unusable"),
            "{e:?}"
        );
        assert_eq!(param("file").as_deref(), Some(name));
        assert_eq!(std::fs::read(path).unwrap(), before, "{name} changed");
    }
}

/// After a bulk invite an organization has hundreds of members, and the overview carried every
/// one (427 rows, 144 KB). A page carries at most 100 with the total counted by SQL, in the
/// same order as the whole list, searchable; 100 of 2,000 stay well under 64 KB of JSON.
#[test]
fn a_two_thousand_member_organization_is_read_a_page_at_a_time_under_64_kb() {
    let (_dir, _clock, mut s) = open();
    let mut many = members();
    for i in 0..2_000 {
        many.push(member(100_000 + i, &format!("Person{i:04}"), Role::User));
    }
    sync(&mut s, &many, &teams(), &products(5));
    let o = org(&s);
    let all = s.members(o).unwrap();
    assert!(all.len() >= 2_000);
    let whole = serde_json::to_vec(&all).unwrap().len();
    assert!(whole > 64 * 1024, "the whole list is {whole} bytes");

    let first = s.members_page(o, 0, 100, None).unwrap();
    assert_eq!(first.total as usize, all.len());
    assert_eq!(first.members, all[..100]);
    let reply = serde_json::json!({
        "organization": s.organization(o).unwrap(),
        "members": first,
        "teams": s.teams(o).unwrap(),
    });
    let bytes = serde_json::to_vec(&reply).unwrap().len();
    assert!(bytes < 64 * 1024, "a page's reply is {bytes} bytes");
    let later = s.members_page(o, 1_950, 100, None).unwrap();
    assert_eq!(later.members, all[1_950..]);

    let found = s.members_page(o, 0, 50, Some("person199")).unwrap();
    assert_eq!(found.total, 10); // Person1990..Person1999, any case
    assert!(found
        .members
        .iter()
        .all(|m| m.display_name.starts_with("Person199")));
    // A search for SQL wildcards finds them literally, not everything.
    assert_eq!(s.members_page(o, 0, 50, Some("%")).unwrap().total, 0);
    assert_eq!(
        err(s.members_page(o, 0, 500, None)).field.as_deref(),
        Some("limit")
    );
}
