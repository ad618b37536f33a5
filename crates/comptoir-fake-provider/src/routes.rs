//! The fake's routes: the spec's paths the app uses, behind a guard that checks the bearer token,
//! counts the per-token rate limit, records the request and plays the queued faults.

// Helpers return the refusal as the very `Response` the handler sends; its size does not matter.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};
use tokio::time::Instant;

use crate::state::{Id, InvitationRow, TaskRow, TeamRow};
use crate::{Control, Fault, RequestRecord, Shared};

type S = State<Arc<Shared>>;
type Q = Query<HashMap<String, String>>;

pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route("/2/profile", get(profile))
        .route("/1/accounts", get(accounts))
        .route("/1/accounts/{account}", get(account))
        .route("/2/accounts/{account}/users", get(account_users))
        .route(
            "/2/accounts/{account}/users/{user}",
            axum::routing::delete(remove_user),
        )
        .route("/1/accounts/{account}/invitations", post(create_invitation))
        .route(
            "/1/accounts/{account}/invitations/{invitation}",
            get(get_invitation).delete(cancel_invitation),
        )
        .route("/1/accounts/{account}/teams", get(teams).post(create_team))
        .route(
            "/1/accounts/{account}/teams/{team}",
            get(get_team).patch(patch_team).delete(delete_team),
        )
        .route(
            "/1/accounts/{account}/teams/{team}/users",
            get(team_users)
                .post(add_team_users)
                .delete(remove_team_users),
        )
        .route("/1/products", get(products))
        .route("/1/async/tasks/{uuid}", get(task))
        .fallback(|| async { err(StatusCode::NOT_FOUND, "object_not_found", "no such route") })
        .layer(middleware::from_fn_with_state(shared.clone(), guard));
    Router::new()
        .merge(crate::oauth::router())
        .merge(admin_router())
        .merge(api)
        .with_state(shared)
}

// ---------------------------------------------------------------- envelope helpers

pub fn envelope(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

pub fn ok(data: Value) -> Response {
    envelope(StatusCode::OK, json!({"result": "success", "data": data}))
}

pub fn err(status: StatusCode, code: &str, description: &str) -> Response {
    envelope(
        status,
        json!({"result": "error", "error": {"code": code, "description": description}}),
    )
}

fn not_found(what: &str) -> Response {
    err(
        StatusCode::NOT_FOUND,
        "object_not_found",
        &format!("{what} not found"),
    )
}

/// 422 with the spec's nested field errors.
fn invalid(field: &str, code: &str, description: &str) -> Response {
    envelope(
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"result": "error", "error": {
            "code": "validation_failed", "description": "Validation failed",
            "errors": [{"code": code, "description": description,
                        "context": {"attribute": field}}]
        }}),
    )
}

/// A write's answer: the data, or with asynchronous writes on, a task to poll.
fn written(s: &Shared, status: StatusCode, data: Value) -> Response {
    let polls = s.control.lock().expect("control").async_polls;
    let Some(polls) = polls else {
        return envelope(status, json!({"result": "success", "data": data}));
    };
    let mut d = s.data.lock().expect("data");
    let uuid = format!(
        "{:08x}-0000-4000-8000-{:012x}",
        d.next_id(),
        rand::random::<u64>() & 0xffff_ffff_ffff
    );
    let created_at = d.stamp();
    d.tasks.insert(
        uuid.clone(),
        TaskRow {
            uuid: uuid.clone(),
            created_at,
            polls_left: polls,
            // The spec types a task's response as an object.
            response: if data.is_object() { data } else { json!({}) },
        },
    );
    envelope(
        StatusCode::ACCEPTED,
        json!({"result": "asynchronous", "data": uuid}),
    )
}

fn paged(items: Vec<Value>, q: &HashMap<String, String>, max_per_page: usize) -> Response {
    let Some(page) = q.get("page") else {
        return ok(Value::Array(items));
    };
    let Some(page) = page.parse::<usize>().ok().filter(|p| *p >= 1) else {
        return invalid("page", "validation_rule_integer", "page must be 1 or more");
    };
    let per_page = match q.get("per_page").map(|p| p.parse::<usize>()) {
        None => 10,
        Some(Ok(n)) if n >= 1 => n.min(max_per_page),
        Some(_) => {
            return invalid(
                "per_page",
                "validation_rule_integer",
                "per_page must be 1 or more",
            )
        }
    };
    let total = items.len();
    let pages = total.div_ceil(per_page).max(1);
    let slice: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    ok_page(slice, total, page, pages, per_page)
}

fn ok_page(data: Vec<Value>, total: usize, page: usize, pages: usize, per: usize) -> Response {
    envelope(
        StatusCode::OK,
        json!({"result": "success", "data": data, "total": total, "page": page,
               "pages": pages, "items_per_page": per}),
    )
}

fn parse_body(body: &Bytes) -> Result<Value, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(v) if v.is_object() => Ok(v),
        _ => Err(invalid(
            "body",
            "validation_rule_json",
            "the body must be a JSON object",
        )),
    }
}

// ---------------------------------------------------------------- the guard

fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("authorization")?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(|t| t.trim().to_string())
}

async fn guard(State(s): S, req: Request, next: Next) -> Response {
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let now = Instant::now();
    let window = s.config.rate_window;
    let limit = s.config.rate_limit;
    let token = bearer(req.headers());
    let (decision, remaining, reset_in, index) = {
        let mut c = s.control.lock().expect("control");
        let index = record(&mut c, now, method, path);
        match token {
            Some(t) if c.tokens.contains(&t) && !c.expired.contains(&t) => {
                // Every request counts, answered or refused, as the client's own log does.
                let log = c.rate_logs.entry(t).or_default();
                while log.front().is_some_and(|at| *at + window <= now) {
                    log.pop_front();
                }
                log.push_back(now);
                let len = log.len();
                let reset_in = (*log.front().expect("just pushed") + window) - now;
                let over = len > limit;
                let decision = if over {
                    // The next request fits once the (len - limit + 1) oldest have left.
                    let wait = (log[len - limit] + window) - now;
                    Err(Fault::RateLimited {
                        retry_after: ceil_secs(wait),
                    })
                } else {
                    Ok(c.next_fault())
                };
                if over {
                    c.limit_refusals += 1;
                }
                (decision, limit.saturating_sub(len), reset_in, index)
            }
            _ => {
                c.requests[index].status = 401;
                return err(
                    StatusCode::UNAUTHORIZED,
                    "not_authorized",
                    "the token is missing, expired or revoked",
                );
            }
        }
    };
    let mut response = match decision {
        Err(fault) | Ok(Some(fault)) => play(fault, req, next).await,
        Ok(None) => next.run(req).await,
    };
    let h = response.headers_mut();
    h.insert("x-ratelimit-limit", HeaderValue::from(limit as u64));
    h.insert("x-ratelimit-remaining", HeaderValue::from(remaining as u64));
    let reset_at = unix_now() + ceil_secs(reset_in);
    h.insert("x-ratelimit-reset", HeaderValue::from(reset_at));
    set_status(&s, index, response.status().as_u16());
    response
}

/// Log a request on arrival (a slow answer must not hide it); its status is set on the way out.
fn record(c: &mut Control, at: Instant, method: String, path: String) -> usize {
    c.requests.push(RequestRecord {
        at,
        method,
        path,
        status: 0,
    });
    c.requests.len() - 1
}

fn set_status(s: &Shared, index: usize, status: u16) {
    if let Some(r) = s.control.lock().expect("control").requests.get_mut(index) {
        r.status = status;
    }
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_millis().div_ceil(1000).max(1) as u64
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

async fn play(fault: Fault, req: Request, next: Next) -> Response {
    match fault {
        Fault::RateLimited { retry_after } => {
            let mut r = err(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                "rate limit reached: 60 requests per minute",
            );
            r.headers_mut()
                .insert("retry-after", HeaderValue::from(retry_after));
            r
        }
        Fault::Status(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            err(
                status,
                "unexpected_error",
                "the fake provider failed on purpose",
            )
        }
        Fault::Slow(delay) => {
            let response = next.run(req).await;
            tokio::time::sleep(delay).await;
            response
        }
        Fault::Reset => {
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(b"{\"result\":\"succ")),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "connection reset by the fake",
                )),
            ];
            Response::builder()
                .status(StatusCode::OK)
                .header("content-type", "application/json")
                .body(Body::from_stream(futures_util::stream::iter(chunks)))
                .expect("reset response")
        }
        Fault::Malformed => Response::builder()
            .status(StatusCode::OK)
            .header("content-type", "application/json")
            .body(Body::from("{\"result\":\"success\",\"data\":[{\"id\":"))
            .expect("malformed response"),
        Fault::Invalid(field) => invalid(
            &field,
            "validation_rule_invalid",
            &format!("{field} was refused on purpose"),
        ),
    }
}

// ---------------------------------------------------------------- handlers

async fn profile(State(s): S) -> Response {
    ok(s.data.lock().expect("data").profile_json())
}

async fn accounts(State(s): S) -> Response {
    let d = s.data.lock().expect("data");
    ok(Value::Array(d.accounts.iter().map(|a| a.json()).collect()))
}

async fn account(State(s): S, Path(account): Path<Id>) -> Response {
    let d = s.data.lock().expect("data");
    match d.account(account) {
        Some(a) => ok(a.json()),
        None => not_found("account"),
    }
}

async fn account_users(State(s): S, Path(account): Path<Id>, Query(q): Q) -> Response {
    let d = s.data.lock().expect("data");
    let Some(a) = d.account(account) else {
        return not_found("account");
    };
    let state = q.get("filter[state_in_account]").cloned();
    let rows = a
        .user_rows()
        .into_iter()
        .filter(|r| state.as_ref().is_none_or(|s| r["state_in_account"] == **s))
        .collect();
    paged(rows, &q, s.config.max_per_page)
}

async fn remove_user(State(s): S, Path((account, user)): Path<(Id, Id)>) -> Response {
    {
        let mut d = s.data.lock().expect("data");
        let stamp = d.stamp();
        let Some(a) = d.account_mut(account) else {
            return not_found("account");
        };
        let Some(m) = a.member(user) else {
            return not_found("user");
        };
        if m.role_type == "owner" {
            return err(
                StatusCode::FORBIDDEN,
                "access_denied",
                "an owner cannot be removed",
            );
        }
        a.members.retain(|m| m.user_id != user);
        for t in a.teams.iter_mut().filter(|t| t.user_ids.contains(&user)) {
            t.user_ids.retain(|u| *u != user);
            t.updated_at = stamp;
        }
    }
    written(&s, StatusCode::OK, Value::Bool(true))
}

const ROLES: [&str; 3] = ["admin", "normal", "owner"];
const LOCALES: [&str; 5] = ["de_DE", "en_GB", "es_ES", "fr_FR", "it_IT"];

async fn create_invitation(State(s): S, Path(account): Path<Id>, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let text = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or("").trim();
    for field in ["email", "first_name", "last_name", "locale", "role_type"] {
        if text(field).is_empty() {
            return invalid(
                field,
                "validation_rule_required",
                &format!("{field} is required"),
            );
        }
    }
    let email = text("email").to_lowercase();
    let domain_ok = email
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    if !domain_ok {
        return invalid(
            "email",
            "validation_rule_email",
            "email must be an e-mail address",
        );
    }
    if !ROLES.contains(&text("role_type")) {
        return invalid(
            "role_type",
            "validation_rule_in",
            "role_type must be admin, normal or owner",
        );
    }
    if !LOCALES.contains(&text("locale")) {
        return invalid(
            "locale",
            "validation_rule_in",
            "locale must be de_DE, en_GB, es_ES, fr_FR or it_IT",
        );
    }
    let teams: Vec<Id> = body
        .get("teams")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    let data = {
        let mut d = s.data.lock().expect("data");
        let id = d.next_id();
        let stamp = d.stamp();
        let Some(a) = d.account_mut(account) else {
            return not_found("account");
        };
        if let Some(t) = teams.iter().find(|t| !a.teams.iter().any(|x| x.id == **t)) {
            return invalid(
                "teams",
                "validation_rule_exists",
                &format!("team {t} does not exist"),
            );
        }
        if a.members.iter().any(|m| m.email == email) || a.pending().any(|i| i.email == email) {
            return err(
                StatusCode::CONFLICT,
                "object_already_exists",
                "this e-mail is already a member or invited",
            );
        }
        let row = InvitationRow {
            id,
            email,
            first_name: text("first_name").into(),
            last_name: text("last_name").into(),
            role_type: text("role_type").into(),
            locale: text("locale").into(),
            status: "pending".into(),
            teams,
            created_at: stamp,
            updated_at: stamp,
        };
        let data = row.json(account);
        a.invitations.push(row);
        data
    };
    written(&s, StatusCode::CREATED, data)
}

async fn get_invitation(State(s): S, Path((account, inv)): Path<(Id, Id)>) -> Response {
    let d = s.data.lock().expect("data");
    let found = d
        .account(account)
        .and_then(|a| a.invitations.iter().find(|i| i.id == inv));
    match found {
        Some(i) => ok(i.json(account)),
        None => not_found("invitation"),
    }
}

async fn cancel_invitation(State(s): S, Path((account, inv)): Path<(Id, Id)>) -> Response {
    {
        let mut d = s.data.lock().expect("data");
        let stamp = d.stamp();
        let found = d
            .account_mut(account)
            .and_then(|a| a.invitations.iter_mut().find(|i| i.id == inv))
            .filter(|i| i.status == "pending");
        let Some(i) = found else {
            return not_found("pending invitation");
        };
        i.status = "cancelled".into();
        i.updated_at = stamp;
    }
    written(&s, StatusCode::OK, Value::Bool(true))
}

async fn teams(State(s): S, Path(account): Path<Id>, Query(q): Q) -> Response {
    let d = s.data.lock().expect("data");
    let Some(a) = d.account(account) else {
        return not_found("account");
    };
    paged(
        a.teams.iter().map(TeamRow::json).collect(),
        &q,
        s.config.max_per_page,
    )
}

fn team_name(body: &Value, required: bool) -> Result<Option<String>, Response> {
    match body.get("name") {
        None if !required => Ok(None),
        Some(Value::String(n)) if !n.trim().is_empty() && n.chars().count() <= 255 => {
            Ok(Some(n.trim().to_string()))
        }
        _ => Err(invalid(
            "name",
            "validation_rule_required",
            "name must be 1 to 255 characters",
        )),
    }
}

async fn create_team(State(s): S, Path(account): Path<Id>, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let name = match team_name(&body, true) {
        Ok(n) => n.expect("required"),
        Err(r) => return r,
    };
    let data = {
        let mut d = s.data.lock().expect("data");
        let id = d.next_id();
        let stamp = d.stamp();
        let Some(a) = d.account_mut(account) else {
            return not_found("account");
        };
        if a.teams.iter().any(|t| t.name == name) {
            return err(
                StatusCode::CONFLICT,
                "object_already_exists",
                "a team with this name exists",
            );
        }
        let team = TeamRow {
            id,
            name,
            color_id: id % 8,
            created_at: stamp,
            updated_at: stamp,
            owned_by_id: body.get("owned_by_id").and_then(Value::as_i64),
            user_ids: vec![],
        };
        let data = team.json();
        a.teams.push(team);
        data
    };
    written(&s, StatusCode::CREATED, data)
}

async fn get_team(State(s): S, Path((account, team)): Path<(Id, Id)>) -> Response {
    let d = s.data.lock().expect("data");
    match d
        .account(account)
        .and_then(|a| a.teams.iter().find(|t| t.id == team))
    {
        Some(t) => ok(t.json()),
        None => not_found("team"),
    }
}

async fn patch_team(State(s): S, Path((account, team)): Path<(Id, Id)>, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let name = match team_name(&body, false) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let data = {
        let mut d = s.data.lock().expect("data");
        let stamp = d.stamp();
        let Some(a) = d.account_mut(account) else {
            return not_found("account");
        };
        if let Some(n) = &name {
            if a.teams.iter().any(|t| t.id != team && &t.name == n) {
                return err(
                    StatusCode::CONFLICT,
                    "object_already_exists",
                    "a team with this name exists",
                );
            }
        }
        let Some(t) = a.teams.iter_mut().find(|t| t.id == team) else {
            return not_found("team");
        };
        if let Some(n) = name {
            t.name = n;
        }
        if let Some(owner) = body.get("owned_by_id").and_then(Value::as_i64) {
            t.owned_by_id = Some(owner);
        }
        t.updated_at = stamp;
        t.json()
    };
    written(&s, StatusCode::OK, data)
}

async fn delete_team(State(s): S, Path((account, team)): Path<(Id, Id)>) -> Response {
    {
        let mut d = s.data.lock().expect("data");
        let Some(a) = d.account_mut(account) else {
            return not_found("account");
        };
        let before = a.teams.len();
        a.teams.retain(|t| t.id != team);
        if a.teams.len() == before {
            return not_found("team");
        }
    }
    written(&s, StatusCode::OK, Value::Bool(true))
}

async fn team_users(State(s): S, Path((account, team)): Path<(Id, Id)>, Query(q): Q) -> Response {
    let d = s.data.lock().expect("data");
    let Some(a) = d.account(account) else {
        return not_found("account");
    };
    let Some(t) = a.teams.iter().find(|t| t.id == team) else {
        return not_found("team");
    };
    paged(a.team_users_json(t), &q, s.config.max_per_page)
}

fn user_ids(body: &Bytes) -> Result<Vec<Id>, Response> {
    let body = parse_body(body)?;
    let ids: Option<Vec<Id>> = body
        .get("user_ids")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.iter()
                .filter_map(Value::as_i64)
                .filter(|i| *i >= 1)
                .collect()
        });
    match ids {
        Some(ids) if !ids.is_empty() => Ok(ids),
        _ => Err(invalid(
            "user_ids",
            "validation_rule_required",
            "user_ids must list at least one user id",
        )),
    }
}

fn change_team_users(
    s: &Shared,
    account: Id,
    team: Id,
    ids: &[Id],
    add: bool,
) -> Result<(), Response> {
    let mut d = s.data.lock().expect("data");
    let stamp = d.stamp();
    let Some(a) = d.account_mut(account) else {
        return Err(not_found("account"));
    };
    if let Some(u) = ids.iter().find(|u| a.member(**u).is_none()) {
        return Err(invalid(
            "user_ids",
            "validation_rule_exists",
            &format!("user {u} is not a member of the account"),
        ));
    }
    let Some(t) = a.teams.iter_mut().find(|t| t.id == team) else {
        return Err(not_found("team"));
    };
    if add {
        for u in ids {
            if !t.user_ids.contains(u) {
                t.user_ids.push(*u);
            }
        }
    } else {
        t.user_ids.retain(|u| !ids.contains(u));
    }
    t.updated_at = stamp;
    Ok(())
}

async fn add_team_users(
    State(s): S,
    Path((account, team)): Path<(Id, Id)>,
    body: Bytes,
) -> Response {
    let ids = match user_ids(&body) {
        Ok(ids) => ids,
        Err(r) => return r,
    };
    if let Err(r) = change_team_users(&s, account, team, &ids, true) {
        return r;
    }
    written(&s, StatusCode::CREATED, Value::Bool(true))
}

async fn remove_team_users(
    State(s): S,
    Path((account, team)): Path<(Id, Id)>,
    body: Bytes,
) -> Response {
    let ids = match user_ids(&body) {
        Ok(ids) => ids,
        Err(r) => return r,
    };
    if let Err(r) = change_team_users(&s, account, team, &ids, false) {
        return r;
    }
    written(&s, StatusCode::OK, Value::Bool(true))
}

async fn products(State(s): S, Query(q): Q) -> Response {
    let account = match q.get("account_id").map(|a| a.parse::<Id>()) {
        None => None,
        Some(Ok(a)) => Some(a),
        Some(Err(_)) => {
            return invalid(
                "account_id",
                "validation_rule_integer",
                "account_id must be an integer",
            )
        }
    };
    let d = s.data.lock().expect("data");
    let rows = d
        .products
        .iter()
        .filter(|p| account.is_none_or(|a| p.account_id == a))
        .map(|p| p.json())
        .collect();
    paged(rows, &q, s.config.max_per_page)
}

async fn task(State(s): S, Path(uuid): Path<String>) -> Response {
    let mut d = s.data.lock().expect("data");
    let Some(t) = d.tasks.get_mut(&uuid) else {
        return not_found("task");
    };
    t.polls_left = t.polls_left.saturating_sub(1);
    ok(t.json())
}

// ---------------------------------------------------------------- admin

/// `POST /__admin/faults` `{"faults":[{"kind":"rate_limited","retry_after":5}, {"kind":"status",
/// "status":503}, {"kind":"slow","ms":2000}, {"kind":"reset"}, {"kind":"malformed"}]}`;
/// `POST /__admin/offline` `{"offline":true}`; `POST /__admin/expire` `{"token":"..."}`;
/// `POST /__admin/clear`. No token needed: the fake binds 127.0.0.1 only.
fn admin_router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/__admin/faults", post(admin_faults))
        .route("/__admin/offline", post(admin_offline))
        .route("/__admin/expire", post(admin_expire))
        .route("/__admin/clear", post(admin_clear))
}

fn parse_fault(v: &Value) -> Option<Fault> {
    Some(match v.get("kind")?.as_str()? {
        "rate_limited" => Fault::RateLimited {
            retry_after: v.get("retry_after").and_then(Value::as_u64).unwrap_or(5),
        },
        "status" => Fault::Status(v.get("status").and_then(Value::as_u64).unwrap_or(500) as u16),
        "slow" => Fault::Slow(Duration::from_millis(v.get("ms")?.as_u64()?)),
        "reset" => Fault::Reset,
        "malformed" => Fault::Malformed,
        "invalid" => Fault::Invalid(v.get("field")?.as_str()?.to_owned()),
        _ => return None,
    })
}

async fn admin_faults(State(s): S, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let list = body.get("faults").and_then(Value::as_array);
    let Some(faults) = list.and_then(|l| l.iter().map(parse_fault).collect::<Option<Vec<_>>>())
    else {
        return invalid(
            "faults",
            "validation_rule_in",
            "faults must list {kind: rate_limited|status|slow|reset|malformed}",
        );
    };
    s.control.lock().expect("control").faults.extend(faults);
    ok(Value::Bool(true))
}

async fn admin_offline(State(s): S, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(offline) = body.get("offline").and_then(Value::as_bool) else {
        return invalid(
            "offline",
            "validation_rule_boolean",
            "offline must be true or false",
        );
    };
    s.control.lock().expect("control").offline = offline;
    ok(Value::Bool(true))
}

async fn admin_expire(State(s): S, body: Bytes) -> Response {
    let body = match parse_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(token) = body.get("token").and_then(Value::as_str) else {
        return invalid("token", "validation_rule_required", "token is required");
    };
    s.control
        .lock()
        .expect("control")
        .expired
        .insert(token.to_string());
    ok(Value::Bool(true))
}

async fn admin_clear(State(s): S) -> Response {
    let mut c = s.control.lock().expect("control");
    c.faults.clear();
    c.random = None;
    c.offline = false;
    ok(Value::Bool(true))
}
