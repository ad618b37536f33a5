//! The fake's OAuth 2 authorization server: `/authorize` approves at once (the test plays the
//! browser) and redirects to the 127.0.0.1 loopback with a code; `/token` swaps the code for an
//! access and a refresh token after checking the PKCE S256 verifier, and rotates refresh tokens.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::{random_token, Shared};

/// Lifetime of an access token (the provider's, with `access_type=offline`).
pub const ACCESS_TOKEN_SECONDS: u64 = 7200;

pub fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/authorize", get(authorize))
        .route("/token", post(token))
}

fn oauth_error(error: &str, description: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

/// RFC 8252 §7.3: the redirect must be the loopback IP literal over http, any port.
fn loopback(uri: &str) -> bool {
    url::Url::parse(uri).is_ok_and(|u| {
        u.scheme() == "http" && matches!(u.host_str(), Some("127.0.0.1") | Some("[::1]"))
    })
}

pub fn s256(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

async fn authorize(
    State(s): State<Arc<Shared>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or("");
    if get("response_type") != "code" {
        return oauth_error("unsupported_response_type", "response_type must be code");
    }
    if get("client_id").is_empty() {
        return oauth_error("invalid_request", "client_id is required");
    }
    if get("code_challenge_method") != "S256" || get("code_challenge").len() < 43 {
        return oauth_error(
            "invalid_request",
            "PKCE with code_challenge_method=S256 is required",
        );
    }
    let redirect_uri = get("redirect_uri");
    if !loopback(redirect_uri) {
        return oauth_error(
            "invalid_request",
            "redirect_uri must be http://127.0.0.1:PORT/...",
        );
    }
    let code = {
        let mut c = s.control.lock().expect("control");
        let code = random_token(&mut c, "code");
        c.oauth_codes.insert(
            code.clone(),
            (
                get("code_challenge").to_string(),
                redirect_uri.to_string(),
                get("client_id").to_string(),
            ),
        );
        code
    };
    let mut target = url::Url::parse(redirect_uri).expect("checked above");
    target
        .query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", get("state"));
    Redirect::to(target.as_str()).into_response()
}

async fn token(State(s): State<Arc<Shared>>, Form(f): Form<HashMap<String, String>>) -> Response {
    let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
    let mut c = s.control.lock().expect("control");
    match get("grant_type") {
        "authorization_code" => {
            // A code is good once, whatever happens next.
            let Some((challenge, redirect_uri, client_id)) = c.oauth_codes.remove(get("code"))
            else {
                return oauth_error("invalid_grant", "unknown or used code");
            };
            if redirect_uri != get("redirect_uri") || client_id != get("client_id") {
                return oauth_error("invalid_grant", "redirect_uri or client_id differ");
            }
            if s256(get("code_verifier")) != challenge {
                return oauth_error("invalid_grant", "the PKCE code_verifier does not match");
            }
        }
        "refresh_token" => {
            if !c.refresh_tokens.remove(get("refresh_token")) {
                return oauth_error("invalid_grant", "unknown, used or revoked refresh token");
            }
        }
        _ => {
            return oauth_error(
                "unsupported_grant_type",
                "grant_type must be authorization_code or refresh_token",
            )
        }
    }
    let access = random_token(&mut c, "access");
    let refresh = random_token(&mut c, "refresh");
    c.tokens.insert(access.clone());
    c.refresh_tokens.insert(refresh.clone());
    Json(json!({
        "access_token": access, "token_type": "Bearer",
        "expires_in": ACCESS_TOKEN_SECONDS, "refresh_token": refresh
    }))
    .into_response()
}
