//! The client against the fake provider: every call, and every fault either surfaces as a typed
//! error with a plain message (never the token) or is recovered from as the policy says. On
//! tokio's paused clock, so retries, Retry-After and slow answers cost no real time.

use std::sync::Arc;
use std::time::Duration;

use comptoir_fake_provider::{FakeHandle, FakeProvider, Fault, DEMO_TOKEN, ME};
use comptoir_provider::*;

const A1: Id = 101;

async fn setup() -> (Client, FakeHandle) {
    let (addr, fake) = FakeProvider::start().await;
    let config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    let token = Arc::new(StaticToken(Secret::new(DEMO_TOKEN)));
    (Client::new(config, token).unwrap(), fake)
}

/// The error is typed, says something, and never carries the token.
fn plain(e: &ProviderError) {
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains(DEMO_TOKEN), "token leaked: {shown}");
    assert!(e.to_string().len() > 10, "{e}");
}

fn requests_to(fake: &FakeHandle, method: &str, path: &str) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.method == method && r.path == path)
        .count()
}

fn invite(email: &str) -> InvitationCreate {
    InvitationCreate {
        email: email.into(),
        first_name: "Ada".into(),
        last_name: "Muster".into(),
        locale: InvitationLocale::Fr,
        role_type: RoleType::Normal,
        teams: vec![],
    }
}

#[tokio::test(start_paused = true)]
async fn reads_profile_accounts_users_teams_products() {
    let (client, _fake) = setup().await;
    let me = client.profile().await.unwrap();
    assert_eq!((me.id, me.email.as_str()), (ME, "claire.dubois@example.ch"));

    let accounts = client.accounts().await.unwrap();
    let names: Vec<_> = accounts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Atelier Léman SA", "Studio Ticino Sagl"]);
    assert_eq!(accounts[0].role.as_deref(), Some("owner"));

    let page = client
        .account_users(
            A1,
            PageRequest {
                page: 2,
                per_page: 4,
            },
        )
        .await
        .unwrap();
    // 6 members + 1 pending invitation = 7 rows, pages of 4.
    assert_eq!(
        (page.total, page.page, page.pages, page.items.len()),
        (7, 2, 2, 3)
    );
    assert!(page.is_last());
    assert!(page.items.iter().any(AccountUser::is_pending));

    let pending = client.invitations(A1).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].email, "amelie.perret@example.ch");

    let teams = client.teams(A1, PageRequest::default()).await.unwrap();
    assert_eq!(teams.items.len(), 2);
    let members = client
        .team_users(A1, teams.items[0].id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(members.total, 2);

    let mut progress = Vec::new();
    let products = all_pages(
        5,
        |p| client.products(p),
        |done, total| progress.push((done, total)),
    )
    .await
    .unwrap();
    assert_eq!(products.len(), 12);
    assert_eq!(progress, [(5, 12), (10, 12), (12, 12)]);
}

#[tokio::test(start_paused = true)]
async fn writes_reach_the_fake_and_bump_updated_at() {
    let (client, fake) = setup().await;
    let created = client
        .create_invitation(A1, &invite("ada.muster@example.ch"))
        .await
        .unwrap();
    assert_eq!(
        (created.status.as_str(), created.account_id),
        ("pending", A1)
    );
    assert_eq!(client.invitations(A1).await.unwrap().len(), 2);
    client.delete_invitation(A1, created.id).await.unwrap();
    assert_eq!(client.invitations(A1).await.unwrap().len(), 1);

    let team = client
        .create_team(
            A1,
            &TeamCreate {
                name: "Support".into(),
                owned_by_id: None,
            },
        )
        .await
        .unwrap();
    client
        .add_team_users(A1, team.id, &[1003, 1004])
        .await
        .unwrap();
    client
        .remove_team_users(A1, team.id, &[1003])
        .await
        .unwrap();
    let renamed = client
        .rename_team(A1, team.id, "Support 1er niveau")
        .await
        .unwrap();
    assert_eq!(renamed.name, "Support 1er niveau");
    assert!(
        renamed.updated_at > team.updated_at,
        "a write bumps updated_at"
    );
    let ids = fake.with_data(|d| {
        let a = d.account(A1).unwrap();
        a.teams
            .iter()
            .find(|t| t.id == team.id)
            .unwrap()
            .user_ids
            .clone()
    });
    assert_eq!(ids, [1004]);

    client.remove_user(A1, 1004).await.unwrap();
    assert!(fake.with_data(|d| d.account(A1).unwrap().member(1004).is_none()));
    client.delete_team(A1, team.id).await.unwrap();
    assert_eq!(
        client
            .teams(A1, PageRequest::default())
            .await
            .unwrap()
            .total,
        2
    );
}

#[tokio::test(start_paused = true)]
async fn expired_token_is_unauthorized_without_the_token_in_it() {
    let (client, fake) = setup().await;
    fake.expire_token(DEMO_TOKEN);
    let e = client.profile().await.unwrap_err();
    assert_eq!(e, ProviderError::Unauthorized);
    assert_eq!(e.code(), "unauthorized");
    plain(&e);
}

#[tokio::test(start_paused = true)]
async fn refusals_are_typed_with_the_providers_reason() {
    let (client, _fake) = setup().await;
    // 403: the owner cannot be removed.
    let e = client.remove_user(A1, ME).await.unwrap_err();
    assert!(matches!(e, ProviderError::AccessDenied { .. }), "{e:?}");
    plain(&e);
    // 404
    let e = client.delete_team(A1, 999_999).await.unwrap_err();
    assert!(matches!(e, ProviderError::NotFound { .. }), "{e:?}");
    assert_eq!(e.code(), "not_found");
    plain(&e);
    // 409: already invited.
    let e = client
        .create_invitation(A1, &invite("amelie.perret@example.ch"))
        .await
        .unwrap_err();
    assert!(matches!(e, ProviderError::Conflict { .. }), "{e:?}");
    plain(&e);
    // 422: names the field.
    let e = client
        .create_invitation(A1, &invite("not-an-address"))
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("email"), "{e:?}");
    assert!(e.to_string().contains("email"), "{e}");
    plain(&e);
    let e = client.rename_team(A1, 301, "  ").await.unwrap_err();
    assert_eq!(e.field(), Some("name"), "{e:?}");
}

#[tokio::test(start_paused = true)]
async fn a_429_pauses_and_requeues_even_a_post() {
    let (client, fake) = setup().await;
    fake.push_faults([Fault::RateLimited { retry_after: 7 }]);
    let start = tokio::time::Instant::now();
    client
        .create_invitation(A1, &invite("ada.muster@example.ch"))
        .await
        .unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(7),
        "Retry-After honoured"
    );
    // The 429'd POST was not executed, the re-sent one was: one invitation, two sends.
    assert_eq!(requests_to(&fake, "POST", "/1/accounts/101/invitations"), 2);
    assert_eq!(client.invitations(A1).await.unwrap().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn endless_429_ends_in_rate_limited() {
    let (client, fake) = setup().await;
    let n = RetryPolicy::default().max_rate_limited as usize + 1;
    fake.push_faults(std::iter::repeat_n(
        Fault::RateLimited { retry_after: 1 },
        n,
    ));
    let e = client.profile().await.unwrap_err();
    assert!(matches!(e, ProviderError::RateLimited { .. }), "{e:?}");
    assert!(e.is_transient());
    plain(&e);
}

#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_for_get_not_for_post() {
    let (client, fake) = setup().await;
    fake.push_faults([Fault::Status(503), Fault::Status(500)]);
    assert_eq!(client.accounts().await.unwrap().len(), 2);
    assert_eq!(requests_to(&fake, "GET", "/1/accounts"), 3);

    fake.push_faults([Fault::Status(500)]);
    let e = client
        .create_team(
            A1,
            &TeamCreate {
                name: "Ops".into(),
                owned_by_id: None,
            },
        )
        .await
        .unwrap_err();
    assert_eq!(e, ProviderError::Server { status: 500 });
    plain(&e);
    assert_eq!(
        requests_to(&fake, "POST", "/1/accounts/101/teams"),
        1,
        "POST never retried"
    );

    // Past the retries, the GET gives up with the status.
    let n = RetryPolicy::default().max_retries as usize + 1;
    fake.push_faults(std::iter::repeat_n(Fault::Status(503), n));
    let e = client.accounts().await.unwrap_err();
    assert_eq!(e, ProviderError::Server { status: 503 });
}

#[tokio::test(start_paused = true)]
async fn a_slow_answer_times_out_and_only_idempotent_requests_retry() {
    let (client, fake) = setup().await;
    let slow = Fault::Slow(Duration::from_secs(45)); // past the 30 s request timeout
    fake.push_faults([slow.clone()]);
    assert_eq!(client.profile().await.unwrap().id, ME);
    assert_eq!(requests_to(&fake, "GET", "/2/profile"), 2);

    fake.push_faults([slow.clone()]);
    let e = client
        .create_team(
            A1,
            &TeamCreate {
                name: "Ops".into(),
                owned_by_id: None,
            },
        )
        .await
        .unwrap_err();
    assert_eq!(e, ProviderError::Timeout);
    plain(&e);
    assert_eq!(requests_to(&fake, "POST", "/1/accounts/101/teams"), 1);

    // A DELETE executed before its answer was lost: the retry's 404 means done.
    fake.push_faults([slow]);
    client.delete_invitation(A1, 5001).await.unwrap();
    assert_eq!(
        requests_to(&fake, "DELETE", "/1/accounts/101/invitations/5001"),
        2
    );
    let e = client.delete_invitation(A1, 5001).await.unwrap_err();
    assert!(
        matches!(e, ProviderError::NotFound { .. }),
        "a first-try 404 stays an error"
    );
}

#[tokio::test(start_paused = true)]
async fn a_reset_connection_is_retried_for_get_and_reported_for_post() {
    let (client, fake) = setup().await;
    fake.push_faults([Fault::Reset]);
    assert_eq!(client.accounts().await.unwrap().len(), 2);

    fake.push_faults([Fault::Reset]);
    let e = client
        .create_invitation(A1, &invite("ada.muster@example.ch"))
        .await
        .unwrap_err();
    assert!(matches!(e, ProviderError::Connection { .. }), "{e:?}");
    assert!(e.is_transient());
    plain(&e);
}

#[tokio::test(start_paused = true)]
async fn malformed_json_is_reported() {
    let (client, fake) = setup().await;
    fake.push_faults([Fault::Malformed]);
    let e = client.accounts().await.unwrap_err();
    assert!(matches!(e, ProviderError::Malformed { .. }), "{e:?}");
    assert_eq!(e.code(), "malformed");
    plain(&e);
}

#[tokio::test(start_paused = true)]
async fn offline_then_back() {
    let (client, fake) = setup().await;
    fake.set_offline(true);
    let e = client.accounts().await.unwrap_err();
    assert!(matches!(e, ProviderError::Connection { .. }), "{e:?}");
    fake.set_offline(false);
    assert_eq!(client.accounts().await.unwrap().len(), 2);
}

#[tokio::test]
async fn nothing_listening_is_a_connection_error() {
    let (addr, fake) = FakeProvider::start().await;
    fake.shutdown();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    config.retry.base = Duration::from_millis(1);
    let client = Client::new(config, Arc::new(StaticToken(Secret::new(DEMO_TOKEN)))).unwrap();
    let e = client.profile().await.unwrap_err();
    assert!(matches!(e, ProviderError::Connection { .. }), "{e:?}");
    plain(&e);
}

#[tokio::test(start_paused = true)]
async fn asynchronous_writes_are_polled_to_completion_within_a_bound() {
    let (client, fake) = setup().await;
    fake.set_async_writes(Some(3));
    let team = client
        .create_team(
            A1,
            &TeamCreate {
                name: "Async".into(),
                owned_by_id: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(team.name, "Async");
    let polls = fake
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/1/async/tasks/"))
        .count();
    assert_eq!(polls, 3);

    // A task that never ends: Timeout after max_polls.
    fake.set_async_writes(Some(1000));
    let e = client.delete_team(A1, team.id).await.unwrap_err();
    assert_eq!(e, ProviderError::Timeout);
}

#[test]
fn a_bad_base_url_names_the_field() {
    let e = ClientConfig::new("ftp://example.ch").unwrap_err();
    assert_eq!(e.field(), Some("provider_url"));
    let e = ClientConfig::new("not a url").unwrap_err();
    assert_eq!(e.code(), "invalid");
}

#[tokio::test(start_paused = true)]
async fn clients_of_one_key_share_one_limiter() {
    let (addr, _fake) = FakeProvider::start().await;
    let config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    let token = Arc::new(StaticToken(Secret::new(DEMO_TOKEN)));
    let a = Client::shared(config.clone(), token.clone(), "workspace-a").unwrap();
    let b = Client::shared(config.clone(), token.clone(), "workspace-a").unwrap();
    let other = Client::shared(config, token, "workspace-b").unwrap();
    assert!(Arc::ptr_eq(a.limiter(), b.limiter()));
    assert!(!Arc::ptr_eq(a.limiter(), other.limiter()));
    a.profile().await.unwrap();
    b.accounts().await.unwrap();
    assert_eq!(a.limiter().in_window(), 2);
    assert_eq!(other.limiter().in_window(), 0);
}

/// Two apps on one token (separate limiters, 60 each): the provider's own count refuses the
/// excess; Retry-After and X-RateLimit-Remaining/Reset make both wait, and every call succeeds.
#[tokio::test(start_paused = true)]
async fn a_stricter_provider_count_is_honoured_through_its_headers() {
    let (addr, fake) = FakeProvider::start().await;
    let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    config.retry.max_rate_limited = 50;
    let token: Arc<dyn TokenSource> = Arc::new(StaticToken(Secret::new(DEMO_TOKEN)));
    let apps = [
        Client::new(config.clone(), token.clone()).unwrap(),
        Client::new(config, token).unwrap(),
    ];
    let mut tasks = Vec::new();
    for app in &apps {
        for _ in 0..80 {
            let app = app.clone();
            tasks.push(tokio::spawn(async move { app.accounts().await }));
        }
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert!(fake.limit_refusals() > 0, "the provider had to refuse some");
    let served: Vec<_> = fake
        .requests()
        .iter()
        .filter(|r| r.status == 200)
        .map(|r| r.at)
        .collect();
    assert_eq!(served.len(), 160);
    assert!(comptoir_fake_provider::max_in_window(served, Duration::from_secs(60)) <= 60);
}
