//! The orchestrator against H3's fake provider on loopback (issue 10): a sync fills a provider
//! workspace and a second changes nothing; writes reach the fake once, in order, also when the
//! answer was lost; offline queues and comes back; a team changed on the provider is a conflict,
//! never overwritten; every fault leaves the app running, says what happened as a code the UI
//! words, and loses no local data; cancel stops between requests; the token never lands on disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use comptoir_core::FixedClock;
use comptoir_fake_provider::{FakeHandle, FakeProvider, Fault, DEMO_TOKEN, ME};
use comptoir_provider::{Client, ClientConfig, RetryPolicy, Secret, StaticToken, TokenSource};
use comptoir_store::{OutboxState, ProviderWrite, Store};
use comptoir_sync::{LinkState, SyncOutcome, SyncPhase, SyncProgress, Syncer};

const ACCOUNT: i64 = 101; // the fake's "Atelier Léman SA", ME is its owner
const WEB: i64 = 301;

struct Env {
    _dir: tempfile::TempDir,
    path: PathBuf,
    addr: std::net::SocketAddr,
    fake: FakeHandle,
    syncer: Syncer,
    store: Store,
}

fn client(addr: std::net::SocketAddr, token: &str) -> Client {
    let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    // Faults in tests should not cost minutes: short timeout, quick retries.
    config.timeout = Duration::from_secs(2);
    config.retry = RetryPolicy {
        max_retries: 2,
        base: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
        max_rate_limited: 5,
    };
    let token: Arc<dyn TokenSource> = Arc::new(StaticToken(Secret::new(token)));
    Client::new(config, token).unwrap()
}

async fn env_with(token: &str) -> Env {
    let (addr, fake) = FakeProvider::start().await;
    fake.add_token(token);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("provider-{ME}.sqlite3"));
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open_provider(&path, clock).unwrap();
    let syncer = Syncer::new(client(addr, token), store.worker_handle());
    Env {
        _dir: dir,
        path,
        addr,
        fake,
        syncer,
        store,
    }
}

async fn env() -> Env {
    env_with(DEMO_TOKEN).await
}

async fn sync(e: &Env) -> (SyncOutcome, Vec<SyncProgress>) {
    let mut seen = Vec::new();
    let out = e.syncer.sync(&mut |p| seen.push(p)).await.unwrap();
    (out, seen)
}

async fn flush(e: &Env) -> SyncOutcome {
    e.syncer.flush(&mut |_| {}).await.unwrap()
}

/// The local organization synced from the fake's account 101.
fn org(s: &Store) -> i64 {
    s.organizations()
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Atelier Léman SA")
        .expect("account 101 synced")
        .id
}

fn team(s: &Store, name: &str) -> Option<i64> {
    s.teams(org(s))
        .unwrap()
        .into_iter()
        .find(|t| t.name == name)
        .map(|t| t.id)
}

fn fake_teams(f: &FakeHandle, name: &str) -> usize {
    f.with_data(|d| {
        d.account(ACCOUNT)
            .unwrap()
            .teams
            .iter()
            .filter(|t| t.name == name)
            .count()
    })
}

fn counts(s: &Store) -> (u32, u32, u32, u32) {
    let i = s.info().unwrap();
    (
        i.organizations,
        i.users,
        i.products,
        s.outbox_unsent().unwrap(),
    )
}

fn me(s: &Store) -> i64 {
    s.signed_in_user().unwrap()
}

#[tokio::test]
async fn a_sync_fills_the_workspace_and_a_second_sync_changes_nothing() {
    let e = env().await;
    let (first, progress) = sync(&e).await;
    assert_eq!(first.link, LinkState::Online, "{first:?}");
    let (orgs, users, products, _) = counts(&e.store);
    assert_eq!(orgs, 2);
    assert!(users >= 10, "{users}");
    assert!(products > 0);
    let expected = e
        .fake
        .with_data(|d| d.products.iter().filter(|p| p.expired_at.is_some()).count() as u32);
    assert_eq!(products, expected);
    // The signed-in person is the fake's profile, owner of account 101.
    let o = org(&e.store);
    let mine = e
        .store
        .members(o)
        .unwrap()
        .into_iter()
        .find(|m| m.user_id == me(&e.store))
        .unwrap();
    assert_eq!(mine.role, comptoir_core::org::Role::LegalRepresentative);
    assert!(team(&e.store, "Web").is_some());
    // Progress: every request reported, in order, ending with nothing left.
    assert_eq!(progress.last().unwrap().seconds_left, 0);
    assert_eq!(progress.last().unwrap().done, first.requests);
    assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
    assert!(progress.iter().any(|p| p.phase == SyncPhase::Products));

    let (second, _) = sync(&e).await;
    assert_eq!(second.link, LinkState::Online);
    assert_eq!(second.changes.total(), 0, "{:?}", second.changes);
    assert_eq!(counts(&e.store), (orgs, users, products, 0));
}

#[tokio::test]
async fn offline_writes_queue_in_order_and_reach_the_provider_once_back() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let o = org(&s);
    let me = me(&s);
    e.fake.set_offline(true);
    s.provider_write(
        o,
        me,
        &ProviderWrite::InviteUser {
            email: "nina.offline@example.ch".into(),
            display_name: "Nina Offline".into(),
            role: comptoir_core::org::Role::User,
            language: "fr".into(),
        },
    )
    .unwrap();
    s.provider_write(o, me, &ProviderWrite::CreateTeam { name: "Ops".into() })
        .unwrap();
    let ops = team(&s, "Ops").unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::RenameTeam {
            team_id: ops,
            name: "Operations".into(),
        },
    )
    .unwrap();
    let out = flush(&e).await;
    assert_eq!(out.link, LinkState::Offline);
    assert_eq!(out.reason.as_deref(), Some("offline"));
    assert_eq!((out.sent, out.unsent), (0, 3));
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!(head.state, OutboxState::Pending);
    assert_eq!(head.reason.as_deref(), Some("offline"));
    // A sync while offline says so and keeps everything local.
    let before = counts(&s);
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Offline);
    assert_eq!(counts(&s), before);
    assert_eq!(team(&s, "Operations"), Some(ops));

    e.fake.set_offline(false);
    let out = flush(&e).await;
    assert_eq!(
        (out.link, out.sent, out.unsent),
        (LinkState::Online, 3, 0),
        "{out:?}"
    );
    assert_eq!(fake_teams(&e.fake, "Operations"), 1);
    assert_eq!(fake_teams(&e.fake, "Ops"), 0);
    let invited = e.fake.with_data(|d| {
        d.account(ACCOUNT)
            .unwrap()
            .invitations
            .iter()
            .filter(|i| i.email == "nina.offline@example.ch" && i.status == "pending")
            .count()
    });
    assert_eq!(invited, 1);
    // The next sync agrees with what was sent: the writes changed nothing more.
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Online);
    assert_eq!(team(&s, "Operations"), Some(ops));
    let (again, _) = sync(&e).await;
    assert_eq!(again.changes.total(), 0, "{:?}", again.changes);
}

#[tokio::test]
async fn a_write_whose_answer_was_lost_is_not_sent_twice() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    s.provider_write(o, me, &ProviderWrite::CreateTeam { name: "Ops".into() })
        .unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::InviteUser {
            email: "lost.answer@example.ch".into(),
            display_name: "Lost Answer".into(),
            role: comptoir_core::org::Role::User,
            language: "en".into(),
        },
    )
    .unwrap();
    // The fake executes the create, then answers after the client's 2 s timeout.
    e.fake.push_faults([Fault::Slow(Duration::from_secs(3))]);
    let out = flush(&e).await;
    assert_eq!(out.link, LinkState::Offline, "{out:?}");
    assert_eq!(out.reason.as_deref(), Some("timeout"));
    assert_eq!(fake_teams(&e.fake, "Ops"), 1, "the create was executed");
    let out = flush(&e).await;
    assert_eq!((out.sent, out.unsent), (2, 0), "{out:?}");
    assert_eq!(
        fake_teams(&e.fake, "Ops"),
        1,
        "the retry created a second team"
    );
    // Same for an invitation.
    s.provider_write(
        o,
        me,
        &ProviderWrite::InviteUser {
            email: "twice@example.ch".into(),
            display_name: "Twice Again".into(),
            role: comptoir_core::org::Role::User,
            language: "en".into(),
        },
    )
    .unwrap();
    e.fake.push_faults([Fault::Slow(Duration::from_secs(3))]);
    assert_eq!(flush(&e).await.reason.as_deref(), Some("timeout"));
    assert_eq!(flush(&e).await.sent, 1);
    let n = e.fake.with_data(|d| {
        d.account(ACCOUNT)
            .unwrap()
            .invitations
            .iter()
            .filter(|i| i.email == "twice@example.ch")
            .count()
    });
    assert_eq!(n, 1);
}

#[tokio::test]
async fn a_team_changed_on_the_provider_is_a_conflict_never_overwritten_silently() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    let web = team(&s, "Web").unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::RenameTeam {
            team_id: web,
            name: "Web & Design".into(),
        },
    )
    .unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "After".into(),
        },
    )
    .unwrap();
    e.fake.touch_team(ACCOUNT, WEB, "Web (renamed there)");
    let out = flush(&e).await;
    assert_eq!(out.sent, 0);
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!(head.state, OutboxState::Conflict);
    assert_eq!(head.reason.as_deref(), Some("changed_on_provider"));
    assert_eq!(out.blocked_by, Some(head.id));
    assert_eq!(fake_teams(&e.fake, "Web (renamed there)"), 1);
    assert_eq!(fake_teams(&e.fake, "After"), 0, "sent past a conflict");
    assert_eq!(
        team(&s, "Web & Design"),
        Some(web),
        "the local name was lost"
    );
    // The person chooses to overwrite: then it goes, and the queue after it.
    s.outbox_retry(head.id).unwrap();
    let out = flush(&e).await;
    assert_eq!((out.sent, out.unsent), (2, 0), "{out:?}");
    assert_eq!(fake_teams(&e.fake, "Web & Design"), 1);
    assert_eq!(fake_teams(&e.fake, "After"), 1);
}

/// Every fault: the sync ends with a link state and a reason code (no panic, no error), and the
/// local data and queued writes are all still there.
#[tokio::test]
async fn every_fault_is_survived_said_and_loses_no_local_data() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "Kept".into(),
        },
    )
    .unwrap();
    let before = counts(&s);
    let cases: Vec<(Vec<Fault>, LinkState, &str)> = vec![
        (
            vec![Fault::Status(500); 3],
            LinkState::Offline,
            "server_error",
        ),
        (
            vec![Fault::Status(503); 3],
            LinkState::Offline,
            "unavailable",
        ),
        (vec![Fault::Reset; 3], LinkState::Offline, "offline"),
        (
            vec![Fault::Malformed],
            LinkState::Refused,
            "malformed_response",
        ),
        (
            vec![Fault::RateLimited { retry_after: 6 }; 6],
            LinkState::Offline,
            "rate_limited",
        ),
    ];
    for (faults, link, reason) in cases {
        e.fake.clear_faults();
        e.fake.push_faults(faults.clone());
        let (out, _) = sync(&e).await;
        assert_eq!(
            (out.link, out.reason.as_deref()),
            (link, Some(reason)),
            "{faults:?}"
        );
        assert_eq!(counts(&s), before, "{faults:?} lost local data");
        assert!(team(&s, "Kept").is_some());
    }
    // A 429 the client waits out is no failure at all.
    e.fake.clear_faults();
    e.fake.push_faults([Fault::RateLimited { retry_after: 1 }]);
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Online, "{out:?}");
    // An expired token: "connect again", the queue kept.
    e.fake.expire_token(DEMO_TOKEN);
    let (out, _) = sync(&e).await;
    assert_eq!(
        (out.link, out.reason.as_deref()),
        (LinkState::Unauthorized, Some("not_authorized"))
    );
    let out = flush(&e).await;
    assert_eq!(out.link, LinkState::Unauthorized);
    // The token was refused, not the write: it waits (pending) for a new token.
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!(
        (head.state, head.reason.as_deref()),
        (OutboxState::Pending, Some("not_authorized"))
    );
    assert_eq!(counts(&s), before);
    // The fake itself stopped (server gone): offline, nothing lost.
    e.fake.shutdown();
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Offline, "{out:?}");
    assert_eq!(counts(&s), before);
}

#[tokio::test]
async fn a_cancelled_sync_stops_between_requests_and_deletes_nothing() {
    let e = env().await;
    sync(&e).await;
    let before = counts(&e.store);
    let syncer = e.syncer.clone();
    let mut calls = 0;
    let out = e
        .syncer
        .sync(&mut |_| {
            calls += 1;
            if calls == 3 {
                syncer.cancel();
            }
        })
        .await
        .unwrap();
    assert_eq!(out.link, LinkState::Cancelled);
    assert_eq!(out.requests, 3);
    assert_eq!(counts(&e.store), before);
    // The next run is not cancelled.
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Online);
}

/// Every file under `dir` that holds `needle`.
fn files_holding(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read(&p)
                .unwrap()
                .windows(needle.len())
                .any(|w| w == needle)
            {
                hits.push(p);
            }
        }
    }
    hits
}

/// The canary: a planted token, used to connect, sync and write, is nowhere in the workspace
/// folder (the `.sqlite3`, its WAL, the vault) nor in anything the sync reports.
/// TODO(lead): once H1's support bundle lands, build one here and grep it too.
#[tokio::test]
async fn the_token_never_lands_in_the_workspace_the_vault_or_the_reports() {
    let canary = "canary-tok-6f1d2c9e8b7a4f30";
    let e = env_with(canary).await;
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Online);
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "Canary".into(),
        },
    )
    .unwrap();
    let out = flush(&e).await;
    assert_eq!(out.sent, 1);
    // An expired token's error path too.
    e.fake.expire_token(canary);
    let (failed, _) = sync(&e).await;
    std::fs::create_dir_all(s.vault_dir()).unwrap();
    let dir = e.path.parent().unwrap();
    assert!(e.path.exists());
    assert!(
        files_holding(dir, b"canary-tok").is_empty(),
        "{:?}",
        files_holding(dir, b"canary-tok")
    );
    s.checkpoint().unwrap();
    assert!(files_holding(dir, b"canary-tok").is_empty());
    let reports = format!("{out:?}{failed:?}{:?}", s.outbox().unwrap());
    assert!(!reports.contains("canary-tok"));
    // The client's own Debug does not show it either.
    assert!(!format!("{:?}", e.syncer.client()).contains("canary-tok"));
}

/// Review finding: the background flusher and "Retry now" both sent the same queued write.
#[tokio::test]
async fn two_flushes_at_once_send_a_write_once() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "Race".into(),
        },
    )
    .unwrap();
    // A slow answer (under the client's timeout) leaves room for a second flush to start.
    e.fake
        .push_faults([Fault::Slow(Duration::from_millis(800))]);
    let (a, b) = tokio::join!(flush(&e), flush(&e));
    assert_eq!(a.sent + b.sent, 1, "{a:?} {b:?}");
    assert_eq!(fake_teams(&e.fake, "Race"), 1);
    let attempts: i64 = rusqlite::Connection::open(&e.path)
        .unwrap()
        .query_row("SELECT max(attempts) FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(attempts, 1, "the write was sent twice");
}

/// Review finding: two processes on one provider workspace (two Store connections on one
/// file, each with its own syncer) both claimed the queued write and sent it twice; the loser's
/// "Retry" then failed with "unsent outbox entry does not exist".
#[tokio::test]
async fn two_processes_on_one_workspace_send_each_write_once() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    let web = team(&s, "Web").unwrap();
    let jonas = s
        .members(o)
        .unwrap()
        .into_iter()
        .find(|m| m.display_name.starts_with("Jonas"))
        .unwrap()
        .user_id;
    // A member add is sent blind (no check first): sent twice, it reaches the fake twice.
    s.provider_write(
        o,
        me,
        &ProviderWrite::AddTeamMembers {
            team_id: web,
            user_ids: vec![jonas],
        },
    )
    .unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "Twice".into(),
        },
    )
    .unwrap();
    let other_store = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let other = Syncer::new(client(e.addr, DEMO_TOKEN), other_store.worker_handle());
    // A slow answer keeps one process's send in flight while the other starts.
    e.fake
        .push_faults([Fault::Slow(Duration::from_millis(800))]);
    let mut quiet = |_| {};
    let (a, b) = tokio::join!(flush(&e), other.flush(&mut quiet));
    let b = b.unwrap();
    let rest = flush(&e).await;
    assert_eq!(rest.unsent, 0, "{rest:?}");
    let writes: Vec<String> = e
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        writes.len(),
        2,
        "each write reaches the fake once: {writes:?} {a:?} {b:?}"
    );
    assert_eq!(fake_teams(&e.fake, "Twice"), 1);
    assert_eq!(s.outbox_unsent().unwrap(), 0);
    // The loser's "Retry" on a write the other process sent: simply done.
    let sent = s.outbox().unwrap().into_iter().last().unwrap();
    let mut loser = other_store;
    let again = loser.outbox_retry(sent.id).unwrap();
    assert_eq!(again.state, OutboxState::Sent);
}

/// Review finding: Cancel pressed while nothing ran cancelled the next write's flush.
#[tokio::test]
async fn a_cancel_while_idle_does_not_stop_the_next_flush() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    e.syncer.cancel();
    s.provider_write(
        o,
        me,
        &ProviderWrite::CreateTeam {
            name: "After".into(),
        },
    )
    .unwrap();
    let out = flush(&e).await;
    assert_eq!((out.link, out.sent), (LinkState::Online, 1), "{out:?}");
}

/// Issue 10 review: a bulk invitation goes through the queue; the flush says "n of N sent"
/// with the time the rate limiter predicts for the rest, and Cancel stops after the write in
/// flight, leaving the rest pending as they were queued (not "offline").
#[tokio::test]
async fn a_bulk_invitation_is_flushed_with_progress_and_time_left_and_cancel_keeps_the_rest() {
    let (addr, fake) = FakeProvider::start().await;
    fake.add_token(DEMO_TOKEN);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("provider-{ME}.sqlite3"));
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open_provider(&path, clock).unwrap();
    // A small limit (10 requests in 3 s) so that 30 writes need waiting: the time left is the
    // limiter's, not a guess, and the test stays short.
    let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    config.timeout = Duration::from_secs(2);
    let limiter = Arc::new(comptoir_provider::RateLimiter::new(
        10,
        Duration::from_secs(3),
    ));
    let token: Arc<dyn TokenSource> = Arc::new(StaticToken(Secret::new(DEMO_TOKEN)));
    let client = Client::with_limiter(config, token, limiter).unwrap();
    let syncer = Syncer::new(client, store.worker_handle());
    syncer.sync(&mut |_| {}).await.unwrap();

    let mut s = Store::open_worker(&path, store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    let addresses: String = (1..=30)
        .map(|i| format!("Bulk Person{i} <bulk{i}@example.ch>\n"))
        .collect::<String>()
        + "not an address\n";
    let template = comptoir_core::org::NewMember {
        mode: comptoir_core::org::AddMode::External,
        email: String::new(),
        display_name: String::new(),
        language: "es".into(),
        role: comptoir_core::org::Role::User,
        rights: vec![],
        contacts: Default::default(),
    };
    let results = s.invite_many(o, me, &addresses, &template).unwrap();
    assert_eq!(results.len(), 31);
    assert_eq!(results.iter().filter(|r| r.user_id.is_some()).count(), 30);
    let bad = results.last().unwrap();
    assert_eq!(bad.line, "not an address");
    assert_eq!(bad.error.as_ref().unwrap().field.as_deref(), Some("email"));
    assert_eq!(s.outbox_unsent().unwrap(), 30);

    let canceller = syncer.clone();
    let mut seen: Vec<SyncProgress> = Vec::new();
    let out = syncer
        .flush(&mut |p| {
            if p.phase == SyncPhase::Outbox && p.done == 3 {
                canceller.cancel();
            }
            seen.push(p);
        })
        .await
        .unwrap();
    assert_eq!(out.link, LinkState::Cancelled, "{out:?}");
    assert_eq!((out.sent, out.unsent), (3, 27), "{out:?}");
    // Progress in writes: 0 of 30 first, then one more each write.
    assert_eq!((seen[0].done, seen[0].total), (0, 30), "{seen:?}");
    assert_eq!(
        seen.iter().map(|p| p.done).collect::<Vec<_>>(),
        vec![0, 1, 2, 3, 3],
        "{seen:?}"
    );
    // The sync used the limiter's slots: 30 more requests cannot all go now.
    assert!(seen[0].seconds_left > 0, "{seen:?}");
    let invited = |f: &FakeHandle| {
        f.with_data(|d| {
            d.account(ACCOUNT)
                .unwrap()
                .invitations
                .iter()
                .filter(|i| i.email.starts_with("bulk"))
                .count()
        })
    };
    assert_eq!(invited(&fake), 3);
    // The rest wait as queued: pending, no reason ("offline" would be a lie).
    let rest: Vec<_> = s
        .outbox()
        .unwrap()
        .into_iter()
        .filter(|e| e.state != OutboxState::Sent)
        .collect();
    assert_eq!(rest.len(), 27);
    assert!(
        rest.iter()
            .all(|e| e.state == OutboxState::Pending && e.reason.is_none()),
        "{rest:?}"
    );
    // The next flush sends the rest, once each.
    let out = syncer.flush(&mut |_| {}).await.unwrap();
    assert_eq!((out.link, out.sent, out.unsent), (LinkState::Online, 27, 0));
    assert_eq!(invited(&fake), 30);
}

/// Issue 10 review: products the provider lists without an expiry date are counted in the
/// sync's changes (the UI says how many and why), not silently dropped.
#[tokio::test]
async fn products_without_an_expiry_date_are_counted_not_silently_dropped() {
    let e = env().await;
    // The fake lists some without a date already; three more lose theirs.
    let without = e.fake.with_data(|d| {
        for p in d.products.iter_mut().take(3) {
            p.expired_at = None;
        }
        d.products.iter().filter(|p| p.expired_at.is_none()).count()
    });
    assert!(without >= 3);
    let (out, _) = sync(&e).await;
    assert_eq!(out.link, LinkState::Online);
    assert_eq!(out.changes.no_expiry as usize, without, "{:?}", out.changes);
}

/// Issue 10 review: a 422 naming a field fails the write with a reason that names the field
/// (the UI words it: "the provider refused the e-mail address"), not a bare "refused values".
#[tokio::test]
async fn a_refusal_naming_a_field_fails_the_write_with_that_field() {
    let e = env().await;
    sync(&e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    s.provider_write(
        o,
        me,
        &ProviderWrite::InviteUser {
            email: "refused@example.ch".into(),
            display_name: "Refused Person".into(),
            role: comptoir_core::org::Role::User,
            language: "es".into(),
        },
    )
    .unwrap();
    e.fake.push_faults([Fault::Invalid("email".into())]);
    let out = flush(&e).await;
    assert_eq!(out.unsent, 1, "{out:?}");
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!(
        (head.state, head.reason.as_deref()),
        (OutboxState::Failed, Some("invalid_email"))
    );
    assert_eq!(out.blocked_by, Some(head.id));
}

/// A bulk flush spends its time waiting for the rate limit's next slot: Cancel ends that wait at
/// once (nothing is in flight), instead of after the slot (up to a minute at 60 a minute).
#[tokio::test]
async fn cancel_ends_a_wait_for_the_rate_limit_at_once() {
    let (addr, fake) = FakeProvider::start().await;
    fake.add_token(DEMO_TOKEN);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("provider-{ME}.sqlite3"));
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open_provider(&path, clock).unwrap();
    let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    config.timeout = Duration::from_secs(2);
    // Roomy for the sync, then full: the next write waits 30 s for its slot.
    let limiter = Arc::new(comptoir_provider::RateLimiter::new(
        40,
        Duration::from_secs(30),
    ));
    let token: Arc<dyn TokenSource> = Arc::new(StaticToken(Secret::new(DEMO_TOKEN)));
    let client = Client::with_limiter(config, token, limiter.clone()).unwrap();
    let syncer = Syncer::new(client, store.worker_handle());
    syncer.sync(&mut |_| {}).await.unwrap();
    let mut s = Store::open_worker(&path, store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    let template = comptoir_core::org::NewMember {
        mode: comptoir_core::org::AddMode::External,
        email: String::new(),
        display_name: String::new(),
        language: "en".into(),
        role: comptoir_core::org::Role::User,
        rights: vec![],
        contacts: Default::default(),
    };
    let addresses: String = (1..=5)
        .map(|i| format!("wait.person{i}@example.ch\n"))
        .collect();
    s.invite_many(o, me, &addresses, &template).unwrap();
    // Fill the window, as a sync or another bulk job would have.
    while limiter.in_window() < 40 {
        limiter.acquire().await;
    }
    let canceller = syncer.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(500)).await;
        canceller.cancel();
    });
    let started = std::time::Instant::now();
    let out = syncer.flush(&mut |_| {}).await.unwrap();
    assert_eq!(
        (out.link, out.sent, out.unsent),
        (LinkState::Cancelled, 0, 5)
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "Cancel waited {:?} for the rate limit",
        started.elapsed()
    );
    assert!(s
        .outbox()
        .unwrap()
        .iter()
        .all(|e| e.state == OutboxState::Pending && e.reason.is_none()));
}

/// Queues "add Jonas to Web" then "rename Web": the add moves Web's `updated_at` on the
/// provider, which the rename (queued on the stale base) read as a change by someone else.
async fn queue_add_then_rename(e: &Env) -> (Store, i64) {
    sync(e).await;
    let mut s = Store::open_worker(&e.path, e.store.clock_arc().clone()).unwrap();
    let (o, me) = (org(&s), me(&s));
    let web = team(&s, "Web").unwrap();
    let jonas = s
        .members(o)
        .unwrap()
        .into_iter()
        .find(|m| m.display_name.starts_with("Jonas"))
        .unwrap()
        .user_id;
    s.provider_write(
        o,
        me,
        &ProviderWrite::AddTeamMembers {
            team_id: web,
            user_ids: vec![jonas],
        },
    )
    .unwrap();
    s.provider_write(
        o,
        me,
        &ProviderWrite::RenameTeam {
            team_id: web,
            name: "Web & Design".into(),
        },
    )
    .unwrap();
    (s, web)
}

#[tokio::test]
async fn our_own_member_add_is_no_conflict_for_the_rename_queued_after_it() {
    let e = env().await;
    let (s, _) = queue_add_then_rename(&e).await;
    let out = flush(&e).await;
    assert_eq!(
        (out.sent, out.unsent, out.blocked_by),
        (2, 0, None),
        "{out:?}"
    );
    assert!(s.outbox_next().unwrap().is_none());
    assert_eq!(fake_teams(&e.fake, "Web & Design"), 1);
    let members = e.fake.with_data(|d| {
        let a = d.account(ACCOUNT).unwrap();
        a.teams
            .iter()
            .find(|t| t.id == WEB)
            .unwrap()
            .user_ids
            .clone()
    });
    assert!(members.contains(&1004), "{members:?}");
}

#[tokio::test]
async fn a_change_by_someone_else_before_our_member_add_is_still_a_conflict() {
    let e = env().await;
    let (s, _) = queue_add_then_rename(&e).await;
    e.fake.touch_team(ACCOUNT, WEB, "Web (renamed there)");
    let out = flush(&e).await;
    assert_eq!(out.sent, 1, "{out:?}");
    let head = s.outbox_next().unwrap().unwrap();
    assert_eq!(head.state, OutboxState::Conflict);
    assert_eq!(head.reason.as_deref(), Some("changed_on_provider"));
    assert_eq!(fake_teams(&e.fake, "Web (renamed there)"), 1);
}
