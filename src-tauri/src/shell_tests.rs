//! The shell on Tauri's mock runtime: real commands, real store on a temporary file, IPC
//! serialization included. No window.

use std::sync::Arc;

use comptoir_core::FixedClock;
use comptoir_store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindowBuilder};

use crate::{register_commands, AppState};

struct Shell {
    _dir: tempfile::TempDir,
    _app: App<tauri::test::MockRuntime>,
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
}

fn shell() -> Shell {
    shell_with(|_| {})
}

/// A shell on a fresh demo workspace that `prepare` may grow first.
fn shell_with(prepare: impl FnOnce(&mut Store)) -> Shell {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let mut store = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    prepare(&mut store);
    let app = register_commands(mock_builder())
        .manage(AppState::new(store))
        // The real context: the real capability file decides what the window may invoke.
        .build(tauri::generate_context!())
        .unwrap();
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    Shell {
        _dir: dir,
        _app: app,
        webview,
    }
}

fn invoke(shell: &Shell, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_from(shell, "tauri://localhost", cmd, args)
}

fn invoke_from(shell: &Shell, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &shell.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn workspace_info_reports_the_demo() {
    let s = shell();
    let info = invoke(&s, "workspace_info", json!({})).unwrap();
    assert_eq!(info["kind"], "demo");
    assert!(info["products"].as_u64().unwrap() >= 80);
}

#[test]
fn organization_overview_carries_members_and_teams() {
    let s = shell();
    let orgs = invoke(&s, "list_organizations", json!({})).unwrap();
    let id = orgs[0]["id"].as_i64().unwrap();
    let ov = invoke(&s, "organization_overview", json!({ "organizationId": id })).unwrap();
    assert_eq!(ov["organization"]["name"], orgs[0]["name"]);
    assert!(ov["members"].as_array().unwrap().len() >= 6);
    assert_eq!(ov["members"][0]["role"], "legal_representative");
    assert!(!ov["teams"].as_array().unwrap().is_empty());
    assert_eq!(ov["members_total"], ov["members"].as_array().unwrap().len());
    assert!(ov["actor"]["user_id"].is_i64());
}

/// A big organization crosses IPC a page at a time: the overview carries the first page, the
/// total and the signed-in person's row; the next pages and a search come on demand.
#[test]
fn members_cross_ipc_a_page_at_a_time() {
    let s = shell();
    let id = invoke(&s, "list_organizations", json!({})).unwrap()[0]["id"]
        .as_i64()
        .unwrap();
    let ov = invoke(&s, "organization_overview", json!({ "organizationId": id })).unwrap();
    let total = ov["members_total"].as_u64().unwrap();
    let page = |offset: u32, search: Option<&str>| {
        invoke(
            &s,
            "organization_members",
            json!({ "organizationId": id, "offset": offset, "limit": 2, "search": search }),
        )
        .unwrap()
    };
    let second = page(2, None);
    assert_eq!(second["total"], total);
    assert_eq!(second["members"][0], ov["members"][2]);
    let name = ov["members"][3]["display_name"].as_str().unwrap();
    let found = page(0, Some(name));
    assert_eq!(found["members"][0]["display_name"], name);
    let e = invoke(
        &s,
        "organization_members",
        json!({ "organizationId": id, "offset": 0, "limit": 5000 }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "limit");
}

#[test]
fn money_crosses_ipc_as_strings() {
    let s = shell();
    let r = invoke(
        &s,
        "query_products",
        json!({ "query": {
            "expires_from": null, "expires_to": null, "organization_id": null, "kinds": [],
            "statuses": [], "auto_renew": null, "ids": [], "search": "", "sort": "expires_on",
            "descending": false, "offset": 0, "limit": 5
        } }),
    )
    .unwrap();
    let price = &r["rows"][0]["product"]["price"];
    assert!(price["amount"].is_string(), "{price}");
    assert!(price["currency"] == "CHF" || price["currency"] == "EUR");
    assert_eq!(r["rows"].as_array().unwrap().len(), 5);
}

#[test]
fn errors_cross_ipc_as_code_message_rule_field() {
    let s = shell();
    let err = invoke(
        &s,
        "organization_overview",
        json!({ "organizationId": 999 }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert!(err["message"].as_str().unwrap().contains("999"));
    let err = invoke(&s, "set_language", json!({ "language": "tlh" })).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(err["field"], "language");
}

#[test]
fn language_choice_is_stored() {
    let s = shell();
    assert_eq!(
        invoke(&s, "ui_preferences", json!({})).unwrap()["language"],
        Value::Null
    );
    invoke(&s, "set_language", json!({ "language": "es" })).unwrap();
    assert_eq!(
        invoke(&s, "ui_preferences", json!({})).unwrap()["language"],
        "es"
    );
    for language in ["fr", "de", "it", "en"] {
        invoke(&s, "set_language", json!({ "language": language })).unwrap();
        assert_eq!(
            invoke(&s, "ui_preferences", json!({})).unwrap()["language"],
            language
        );
        let catalogue = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language)
            .join("ui.ftl");
        assert!(catalogue.is_file(), "{}", catalogue.display());
    }
}

#[test]
fn reset_demo_rebuilds_the_workspace() {
    let s = shell();
    let info = invoke(&s, "reset_demo_workspace", json!({})).unwrap();
    assert_eq!(info["kind"], "demo");
    assert_eq!(info["organizations"], 2);
}

#[test]
fn every_section_command_answers() {
    let s = shell();
    for (cmd, args) in [
        ("list_invoices", json!({ "organizationId": null })),
        ("billing_overview", json!({ "organizationId": 1 })),
        ("list_support_grants", json!({})),
        ("security_overview", json!({})),
        ("partner_overview", json!({ "organizationId": 1 })),
    ] {
        let v = invoke(&s, cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"));
        assert!(!v.is_null(), "{cmd}");
    }
}

#[test]
fn capability_refuses_remote_origins() {
    let s = shell();
    let err = invoke_from(&s, "https://example.com", "workspace_info", json!({})).unwrap_err();
    assert!(err.as_str().unwrap().contains("not allowed"), "{err}");
}

#[test]
fn org5_org7_bulk_removal_reports_each_row_over_ipc() {
    let s = shell();
    // Acting as Marc (legal representative of organization 1): remove Claire (the other legal
    // representative), Luca, then himself (now the last one: ORG-7).
    let out = invoke(
        &s,
        "remove_members",
        json!({ "organizationId": 1, "userIds": [1, 6, 2] }),
    )
    .unwrap();
    assert_eq!(out[0]["error"], Value::Null);
    assert_eq!(out[1]["error"], Value::Null);
    assert_eq!(out[2]["error"]["rule"], "ORG-7");
    assert_eq!(out[2]["display_name"], "Marc Dubois");
}

#[test]
fn org4_bad_email_names_the_field_over_ipc() {
    let s = shell();
    let member = json!({
        "mode": "external", "email": "nope", "display_name": "X", "language": "en",
        "role": "user", "rights": [],
        "contacts": { "billing": false, "technical": false, "legal_notices": false }
    });
    let err = invoke(
        &s,
        "add_member",
        json!({ "organizationId": 1, "member": member }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(err["field"], "email");
}

/// Issue 10 review: "Add user" with several addresses reaches the engine through the
/// capability; each line gets its result, a bad one names the field.
#[test]
fn several_people_are_invited_at_once_each_with_a_result() {
    let s = shell();
    let template = json!({
        "mode": "external", "email": "", "display_name": "", "language": "es",
        "role": "user", "rights": [],
        "contacts": { "billing": false, "technical": false, "legal_notices": false }
    });
    let out = invoke(
        &s,
        "invite_members",
        json!({
            "organizationId": 1,
            "addresses": "Ana Ruiz <ana.ruiz@example.es>\nluis.gomez@example.es\nnope\n",
            "template": template
        }),
    )
    .unwrap();
    let rows = out.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(
        rows[0]["user_id"].is_i64() && rows[1]["user_id"].is_i64(),
        "{out}"
    );
    assert_eq!(rows[2]["line"], "nope");
    assert_eq!(rows[2]["error"]["field"], "email");
}

#[test]
fn acting_user_changes_what_is_allowed() {
    let s = shell();
    invoke(&s, "set_signed_in_user", json!({ "userId": 7 })).unwrap(); // Nina, a plain user
    let err = invoke(
        &s,
        "create_team",
        json!({ "organizationId": 1, "name": "X", "colour": "#112233" }),
    )
    .unwrap_err();
    assert_eq!(err["rule"], "ORG-8");
    assert_eq!(
        invoke(&s, "workspace_info", json!({})).unwrap()["signed_in_user_id"],
        7
    );
}

/// Review of issue 13 (ORG-6): a plain user of organization 1 only reads neither organization
/// 2's products nor its members; without a filter they read organization 1's products only.
#[test]
fn org6_another_organizations_products_and_members_are_refused_over_ipc() {
    let s = shell();
    invoke(&s, "set_signed_in_user", json!({ "userId": 5 })).unwrap();
    let query = |org: Value| {
        json!({ "query": {
            "expires_from": null, "expires_to": null, "organization_id": org, "kinds": [],
            "statuses": [], "auto_renew": null, "ids": [], "search": "", "sort": "expires_on",
            "descending": false, "offset": 0, "limit": 200
        }})
    };
    for (cmd, args) in [
        ("query_products", query(json!(2))),
        ("organization_overview", json!({ "organizationId": 2 })),
        (
            "organization_members",
            json!({ "organizationId": 2, "offset": 0, "limit": 10, "search": null }),
        ),
        ("renewal_counts", json!({ "organizationId": 2 })),
        ("attention", json!({ "organizationId": 2 })),
        ("billing_overview", json!({ "organizationId": 2 })),
        (
            "count_selection",
            json!({ "selection": { "query": query(json!(2))["query"], "ids": [], "excluded": [] } }),
        ),
        ("notification_settings", json!({ "organizationId": 2 })),
    ] {
        let err = invoke(&s, cmd, args).unwrap_err();
        assert_eq!(err["rule"], "ORG-6", "{cmd}: {err}");
        assert_eq!(err["field"], "organization_id", "{cmd}: {err}");
    }
    let page = invoke(&s, "query_products", query(Value::Null)).unwrap();
    let rows = page["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r["product"]["organization_id"] == 1),
        "{page}"
    );
    for cmd in [
        "organization_overview",
        "billing_overview",
        "notification_settings",
    ] {
        invoke(&s, cmd, json!({ "organizationId": 1 })).unwrap();
    }
}

#[test]
fn ren6_table_pages_cross_ipc_with_the_total() {
    let s = shell();
    let page = invoke(
        &s,
        "query_products",
        json!({ "query": {
            "expires_from": "2026-11-27", "expires_to": "2027-01-27", "organization_id": null,
            "kinds": [], "statuses": [], "auto_renew": null, "ids": [], "search": "",
            "sort": "expires_on", "descending": false, "offset": 0, "limit": 5
        }}),
    )
    .unwrap();
    assert_eq!(page["rows"].as_array().unwrap().len(), 5);
    assert!(page["total"].as_u64().unwrap() > 5);
    assert!(page["rows"][0]["charge_on"].is_string());
    let err = invoke(
        &s,
        "query_products",
        json!({ "query": {
            "expires_from": null, "expires_to": null, "organization_id": null, "kinds": [],
            "statuses": [], "auto_renew": null, "ids": [], "search": "", "sort": "name",
            "descending": false, "offset": 0, "limit": 100000
        }}),
    )
    .unwrap_err();
    assert_eq!(err["field"], "limit");
}

#[test]
fn pay_twice_with_one_key_over_ipc_charges_once() {
    let s = shell();
    let args = json!({
        "items": [{ "product_id": 40, "period_months": 12 }],
        "choices": [{ "organization_id": 1, "method_id": 1, "use_prepaid": false }],
        "idempotencyKey": "ipc-double-click"
    });
    let first = invoke(&s, "pay_selection", args.clone()).unwrap();
    let second = invoke(&s, "pay_selection", args).unwrap();
    assert_eq!(first[0]["replayed"], false);
    assert_eq!(second[0]["replayed"], true);
    assert_eq!(first[0]["document_number"], second[0]["document_number"]);
}

#[test]
fn pay6_top_up_refusal_over_ipc() {
    let s = shell();
    let err = invoke(
        &s,
        "top_up",
        json!({ "organizationId": 1, "amount": "9999.01", "locale": "en", "method": "visa",
                "idempotencyKey": "topup-key-0001" }),
    )
    .unwrap_err();
    assert_eq!(err["rule"], "PAY-6");
    assert_eq!(err["field"], "amount");
}

#[test]
fn pay6_a_double_clicked_top_up_deposits_once() {
    let s = shell();
    let args = |amount: &str| {
        json!({ "organizationId": 1, "amount": amount, "locale": "en", "method": "visa",
                "idempotencyKey": "topup-double-01" })
    };
    let first = invoke(&s, "top_up", args("50")).unwrap();
    let second = invoke(&s, "top_up", args("50")).unwrap();
    assert_eq!(first, second, "the second click replays the first");
    let movements = first["movements"].as_array().unwrap().len();
    assert_eq!(second["movements"].as_array().unwrap().len(), movements);
    // The same key for another amount is a mistake, not a second deposit.
    let err = invoke(&s, "top_up", args("60")).unwrap_err();
    assert_eq!(err["code"], "conflict");
    assert_eq!(err["field"], "idempotency_key");
}

#[test]
fn org6_bulk_auto_renew_runs_on_its_own_connection_as_the_signed_in_user() {
    let s = shell();
    let all = json!({ "query": {
        "expires_from": null, "expires_to": null, "organization_id": null, "kinds": [],
        "statuses": [], "auto_renew": null, "ids": [], "search": "", "sort": "expires_on",
        "descending": false, "offset": 0, "limit": 100
    }, "ids": [], "excluded": [] });
    let args = |on: bool, selection: &Value| {
        json!({ "selection": selection, "on": on, "methodId": null, "jobId": "j1",
                "onProgress": "__CHANNEL__:1" })
    };
    // Marc (legal rep / admin of both organizations) switches everything off: the worker's
    // commits are what the shared connection then reads.
    let report = invoke(&s, "set_auto_renew", args(false, &all)).unwrap();
    assert_eq!(report["refused"].as_array().unwrap().len(), 0, "{report}");
    assert!(report["changed"].as_u64().unwrap() > 0);
    let counts = invoke(&s, "renewal_counts", json!({ "organizationId": null })).unwrap();
    assert_eq!(counts["auto_renew_on"], 0);
    // Élodie, a plain user without the billing right: her row is refused (ORG-6), and so is a
    // period change.
    invoke(&s, "set_signed_in_user", json!({ "userId": 5 })).unwrap();
    let one = json!({ "query": null, "ids": [20], "excluded": [] });
    let report = invoke(&s, "set_auto_renew", args(true, &one)).unwrap();
    assert_eq!(report["refused"][0]["error"]["rule"], "ORG-6", "{report}");
    let err = invoke(
        &s,
        "set_period",
        json!({ "productId": 20, "periodMonths": 12 }),
    )
    .unwrap_err();
    assert_eq!(err["rule"], "ORG-6", "{err}");
}

/// Only what the screen shows crosses IPC: on a workspace of 100,000 products, no reply the
/// first screen (Organization) and the renewals table's first page ask for exceeds 64 KB.
#[test]
fn the_first_screen_stays_small_at_a_hundred_thousand_products() {
    let s = shell_with(|store| store.seed_many_products(100_000).unwrap());
    let first_page = json!({ "query": {
        "expires_from": null, "expires_to": null, "organization_id": null, "kinds": [],
        "statuses": [], "auto_renew": null, "ids": [], "search": "", "sort": "expires_on",
        "descending": false, "offset": 0, "limit": 100
    } });
    let calls = [
        ("startup", json!({ "organizationId": null })),
        ("os_languages", json!({})),
        ("ui_preferences", json!({})),
        ("workspace_problem", json!({})),
        ("workspace_info", json!({})),
        ("list_organizations", json!({})),
        ("organization_overview", json!({ "organizationId": 1 })),
        ("billing_access", json!({ "organizationId": 1 })),
        ("renewal_counts", json!({ "organizationId": null })),
        ("query_products", first_page),
    ];
    for (cmd, args) in calls {
        let reply = invoke(&s, cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"));
        let bytes = serde_json::to_vec(&reply).unwrap().len();
        assert!(bytes <= 64 * 1024, "{cmd} replied {bytes} bytes");
    }
}

#[test]
fn a_refused_language_is_not_echoed_whole() {
    let s = shell();
    let long = "x".repeat(10_000);
    let err = invoke(&s, "set_language", json!({ "language": long })).unwrap_err();
    assert_eq!(err["field"], "language");
    assert!(
        err["message"].as_str().unwrap().len() < 200,
        "{}",
        err["message"]
    );
}

#[test]
fn the_provider_commands_are_granted_and_the_demo_is_local_only() {
    let s = shell();
    let status = invoke(&s, "provider_status", json!({})).unwrap();
    assert_eq!(status["connected"], false);
    assert_eq!(status["unsent"], 0);
    assert!(status["last_synced_at"].is_null());
    assert_eq!(invoke(&s, "list_outbox", json!({})).unwrap(), json!([]));
    // An empty token is refused by name before anything is asked of the provider or keyring.
    let e = invoke(&s, "connect_provider", json!({ "token": "   " })).unwrap_err();
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("invalid_input"), Some("token"))
    );
    // The demo never queues a write for the provider.
    let e = invoke(&s, "discard_outbox", json!({ "id": 1 })).unwrap_err();
    assert_eq!(e["code"], "not_found");
}

#[test]
fn support_composer_commands_cross_ipc() {
    let s = shell();
    let draft = invoke(&s, "support_draft", json!({})).unwrap();
    let id = draft["id"].as_i64().unwrap();
    assert_eq!(draft["choices"]["emails"], true);
    let saved = invoke(
        &s,
        "support_save_draft",
        json!({ "draftId": id, "fields": {
            "subject": "Site down", "category": "hosting", "product_id": null,
            "description": "token=Abc123456 since 9:00", "error_text": "", "include_system": false
        }}),
    )
    .unwrap();
    assert_eq!(saved["category"], "hosting");
    let preview = invoke(
        &s,
        "support_preview",
        json!({ "draftId": id, "language": "en" }),
    )
    .unwrap();
    assert_eq!(preview["total_redactions"], 1);
    let after = invoke(
        &s,
        "support_set_redaction",
        json!({ "draftId": id, "change": { "op": "redact", "text": "Site down" }, "language": "en" }),
    )
    .unwrap();
    assert_eq!(after["total_redactions"], 2);
    assert_ne!(after["digest"], preview["digest"]);
    let page = invoke(
        &s,
        "support_products",
        json!({ "search": "", "offset": 0, "limit": 5 }),
    )
    .unwrap();
    assert_eq!(page["rows"].as_array().unwrap().len(), 5);
    // A path from the web view outside the capture folder is refused, naming the field.
    let err = invoke(
        &s,
        "support_attach",
        json!({ "draftId": id, "incomingPath": "/etc/passwd", "kind": "imported", "name": "x" }),
    )
    .unwrap_err();
    assert_eq!(err["field"], "incoming_path");
    assert_eq!(
        invoke(&s, "support_history", json!({ "offset": 0, "limit": 20 })).unwrap()["total"],
        0
    );
}

/// A workspace whose support draft carries a 6 MB log full of secrets: (shell, draft, length).
fn big_log_draft(files: &tempfile::TempDir) -> (Shell, i64, usize) {
    let mut draft_id = 0;
    let mut log_len = 0;
    let s = shell_with(|store| {
        let me = store.signed_in_user().unwrap();
        let d = store.support_draft(me).unwrap();
        draft_id = d.id;
        let mut log = String::new();
        let mut i = 0u64;
        while log.len() < 6_000_000 {
            i += 1;
            log.push_str(&format!(
                "2026-11-27T09:00:{:02}Z GET /api/v1/orders?page={i}&token=Abc{i}xyz 200 mail anna{i}@example.ch\n",
                i % 60
            ));
        }
        log_len = log.len();
        let path = files.path().join("big.log");
        std::fs::write(&path, &log).unwrap();
        store
            .support_attach_file(me, d.id, &files.path().join("support"), &path)
            .unwrap();
    });
    (s, draft_id, log_len)
}

/// Runs `cmd` on one thread while another asks for `workspace_info` every 20 ms: the reply, how
/// long `cmd` took and how many reads were answered meanwhile (long work must not hold the
/// store's lock).
fn reads_while(
    s: &Shell,
    cmd: &str,
    args: impl FnOnce(()) -> Value + Send,
) -> (Value, std::time::Duration, u32) {
    // The App stays on this thread; the two callers share only the web view.
    let call = |wv: &tauri::WebviewWindow<tauri::test::MockRuntime>, cmd: &str, args: Value| {
        get_ipc_response(
            wv,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().unwrap())
    };
    let running = std::sync::atomic::AtomicBool::new(true);
    std::thread::scope(|scope| {
        let wv = s.webview.clone();
        let (running, call) = (&running, &call);
        let work = scope.spawn(move || {
            let t = std::time::Instant::now();
            let p = call(&wv, cmd, args(())).unwrap();
            running.store(false, std::sync::atomic::Ordering::SeqCst);
            (p, t.elapsed())
        });
        // Let the command read under the lock, then ask for something else.
        std::thread::sleep(std::time::Duration::from_millis(800));
        let wv = s.webview.clone();
        let mut reads_during = 0;
        while running.load(std::sync::atomic::Ordering::SeqCst) {
            call(&wv, "workspace_info", json!({})).unwrap();
            if running.load(std::sync::atomic::Ordering::SeqCst) {
                reads_during += 1;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let (p, took) = work.join().unwrap();
        (p, took, reads_during)
    })
}

/// Saving a bundle redacts and zips off the store's lock, like the preview: other commands are
/// answered meanwhile (they waited for the whole bundle before).
#[test]
fn saving_a_big_bundle_leaves_the_store_free() {
    let files = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (s, draft_id, _) = big_log_draft(&files);
    let digest = invoke(
        &s,
        "support_preview",
        json!({ "draftId": draft_id, "language": "de" }),
    )
    .unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_owned();
    // The save dialog answered by the folder (the variable is read only by save commands).
    std::env::set_var("COMPTOIR_SAVE_DIR", out.path());
    let (entry, took, reads_during) = reads_while(
        &s,
        "support_save_bundle",
        |_| json!({ "draftId": draft_id, "previewDigest": digest, "language": "de" }),
    );
    println!("bundle saved in {took:?}; {reads_during} reads answered meanwhile");
    assert!(
        took > std::time::Duration::from_millis(1500),
        "the save is long enough to tell: {took:?}"
    );
    assert!(
        reads_during >= 3,
        "reads answered while the bundle was written: {reads_during}"
    );
    let path = std::path::PathBuf::from(entry["path"].as_str().unwrap());
    assert!(path.starts_with(out.path()) && path.exists(), "{entry}");
    assert_eq!(
        invoke(&s, "support_history", json!({ "offset": 0, "limit": 20 })).unwrap()["rows"][0]
            ["id"],
        entry["id"]
    );
}

/// A big preview redacts after releasing the store's lock: a read command sent while it runs
/// is answered before it ends (the old preview held the lock for the whole redaction), and only
/// the first page of each part crosses IPC; the next page comes on request.
#[test]
fn a_big_preview_leaves_the_store_free_and_sends_a_page() {
    let files = tempfile::tempdir().unwrap();
    let (s, draft_id, log_len) = big_log_draft(&files);
    let (preview, took, reads_during) = reads_while(
        &s,
        "support_preview",
        |_| json!({ "draftId": draft_id, "language": "es" }),
    );
    println!("preview of {log_len} bytes took {took:?}; {reads_during} reads answered meanwhile");
    assert!(
        took > std::time::Duration::from_millis(1500),
        "the preview is long enough to tell: {took:?}"
    );
    assert!(
        reads_during >= 3,
        "reads answered during the preview: {reads_during}"
    );

    // The payload is a page per part, not the 6 MB log; the counts are the whole log's.
    let bytes = serde_json::to_vec(&preview).unwrap().len();
    assert!(bytes < 300_000, "preview payload {bytes} bytes");
    let part = preview["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"].as_str().unwrap().starts_with("attachment:"))
        .unwrap();
    assert_eq!(part["offset"], 0);
    assert!(part["len"].as_u64().unwrap() > log_len as u64);
    assert!(part["counts"]["url_secret"].as_u64().unwrap() > 50_000);
    let shown: usize = part["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().len())
        .sum();
    assert!(
        (60_000..70_000).contains(&shown),
        "first page {shown} bytes"
    );
    let next = invoke(
        &s,
        "support_preview_page",
        json!({ "draftId": draft_id, "partId": part["id"], "offset": shown, "language": "es" }),
    )
    .unwrap();
    assert_eq!(next["offset"].as_u64().unwrap(), shown as u64);
    assert!(next["segments"][0]["text"].as_str().is_some());
    // The markers speak the reader's language.
    let marked = next["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["redaction"]["kind"] == "url_secret")
        .unwrap();
    assert_eq!(marked["text"], "[oculto: secreto en URL]");
    let e = invoke(
        &s,
        "support_preview_page",
        json!({ "draftId": draft_id, "partId": "attachment:999", "offset": 0, "language": "es" }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "part_id");
}

#[test]
fn org7_a_replacement_is_undone_once_over_ipc_and_only_by_its_author() {
    let s = shell();
    // Marc replaces Claire by Sofia, Claire removed.
    invoke(
        &s,
        "replace_legal_representative",
        json!({ "organizationId": 1, "oldUserId": 1, "newUserId": 3, "oldBecomes": null }),
    )
    .unwrap();
    // Someone else signed in: refused, and the undo stays its author's.
    invoke(&s, "set_signed_in_user", json!({ "userId": 3 })).unwrap();
    let e = invoke(&s, "undo_replacement", json!({})).unwrap_err();
    assert_eq!(e["code"], "conflict");
    invoke(&s, "set_signed_in_user", json!({ "userId": 2 })).unwrap();
    invoke(&s, "undo_replacement", json!({})).unwrap();
    let members = invoke(&s, "organization_overview", json!({ "organizationId": 1 })).unwrap();
    let role = |id: i64| {
        members["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == id)
            .map(|m| m["role"].clone())
    };
    assert_eq!(role(1), Some(json!("legal_representative")));
    assert_eq!(role(3), Some(json!("admin")));
    // Once.
    let e = invoke(&s, "undo_replacement", json!({})).unwrap_err();
    assert_eq!(e["code"], "conflict");
}

#[test]
fn pay7_open_and_show_reach_only_files_this_session_saved() {
    let s = shell();
    for cmd in ["open_saved", "show_saved"] {
        let e = invoke(&s, cmd, json!({ "path": "/etc/passwd" })).unwrap_err();
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("invalid_input"), Some("path")),
            "{cmd}"
        );
    }
    let saved = crate::document_commands::SavedFiles::default();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("INV-1.pdf");
    std::fs::write(&file, b"%PDF").unwrap();
    let path = file.display().to_string();
    assert!(saved.check(&path).is_err());
    saved.remember(&file);
    assert_eq!(saved.check(&path).unwrap(), file);
    // A file beside it that this session did not save stays out of reach.
    let beside = dir.path().join("INV-2.pdf");
    std::fs::write(&beside, b"%PDF").unwrap();
    assert!(saved.check(&beside.display().to_string()).is_err());
    std::fs::remove_file(&file).unwrap();
    assert_eq!(
        saved.check(&path).unwrap_err().field.as_deref(),
        Some("path")
    );
    // A link put under the saved name since (to a file elsewhere) is not followed.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&beside, &file).unwrap();
        assert_eq!(
            saved.check(&path).unwrap_err().field.as_deref(),
            Some("path")
        );
    }
}

/// Break-it review, issue 11: as user 13 (a member of the EUR organization only), the CHF
/// organization's invoices, a document of it and its orders are refused (ORG-6); their own
/// organization's answer, and "all organizations" lists only theirs.
#[test]
fn org6_invoice_reads_are_limited_to_the_signed_in_users_organizations() {
    let s = shell();
    let chf_doc =
        invoke(&s, "list_invoices", json!({ "organizationId": 1 })).unwrap()[0]["id"].clone();
    invoke(&s, "set_signed_in_user", json!({ "userId": 13 })).unwrap();
    for (cmd, args) in [
        ("list_invoices", json!({ "organizationId": 1 })),
        ("invoice_detail", json!({ "invoiceId": chf_doc })),
        ("save_document", json!({ "invoiceId": chf_doc })),
        ("print_document", json!({ "invoiceId": chf_doc })),
        ("list_orders", json!({ "organizationId": 1 })),
        ("list_invoices_of_product", json!({ "productId": 12 })),
    ] {
        let e = invoke(&s, cmd, args).unwrap_err();
        assert_eq!(e["rule"], "ORG-6", "{cmd}: {e}");
    }
    let mine = invoke(&s, "list_invoices", json!({ "organizationId": null })).unwrap();
    let mine = mine.as_array().unwrap();
    assert!(!mine.is_empty());
    assert!(mine.iter().all(|i| i["organization_id"] == 2), "{mine:?}");
    invoke(&s, "invoice_detail", json!({ "invoiceId": mine[0]["id"] })).unwrap();
    invoke(&s, "list_orders", json!({ "organizationId": 2 })).unwrap();
}

#[test]
fn sup_grant_revoke_and_log_and_kc_over_ipc() {
    let s = shell();
    let made = invoke(
        &s,
        "create_support_grants",
        json!({ "request": { "organization_id": 1, "kind": "chat_discussion",
                             "items": ["#support"], "ticket_ref": "sup-20600" } }),
    )
    .unwrap();
    let id = made[0]["id"].as_i64().unwrap();
    assert_eq!(made[0]["ticket_ref"], "SUP-20600");
    assert_eq!(made[0]["remaining_seconds"], 7 * 24 * 3600);
    let bad = invoke(
        &s,
        "create_support_grants",
        json!({ "request": { "organization_id": 1, "kind": "chat_discussion",
                             "items": ["#support"], "ticket_ref": "20600" } }),
    )
    .unwrap_err();
    assert_eq!(bad["field"], "ticket_ref");
    assert_eq!(bad["params"]["reason"], "bad_format");
    let revoked = invoke(&s, "revoke_support_grant", json!({ "grantId": id })).unwrap();
    assert_eq!(revoked["state"], "revoked");
    let again = invoke(&s, "revoke_support_grant", json!({ "grantId": id })).unwrap_err();
    assert_eq!(again["params"]["reason"], "grant_closed");
    let log = invoke(
        &s,
        "support_access_log",
        json!({ "offset": 0, "limit": 10 }),
    )
    .unwrap();
    let events: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["grant_id"] == id)
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, vec!["revoked", "granted"]);
    assert!(invoke(
        &s,
        "support_access_log",
        json!({ "offset": 0, "limit": 100000 })
    )
    .is_err());

    let blocks = invoke(&s, "list_kc_blocks", json!({ "organizationId": 1 })).unwrap();
    assert_eq!(blocks[0]["trigger"], "suspected_fraud");
    let order = blocks[0]["order_id"].as_i64().unwrap();
    let first = invoke(&s, "kc_resend", json!({ "orderId": order })).unwrap();
    let second = invoke(&s, "kc_resend", json!({ "orderId": order })).unwrap();
    assert_eq!(
        (first["recorded"].clone(), second["recorded"].clone()),
        (json!(true), json!(false))
    );
    assert_eq!(
        invoke(&s, "kc_documents", json!({ "orderId": order })).unwrap(),
        json!([])
    );
}

/// TFA-4 through IPC: the signed-in user cannot enrol or remove 2FA for another user, whatever
/// the command is given; bad input names the field and its reason.
#[test]
fn tfa_commands_act_only_on_the_signed_in_users_own_account() {
    let s = shell();
    let me = invoke(&s, "tfa_status", json!({})).unwrap();
    let other = if me["user_id"] == 3 { 4 } else { 3 };
    for (cmd, args) in [
        ("tfa_begin", json!({ "userId": other })),
        ("tfa_remove", json!({ "userId": other, "code": "123456" })),
        (
            "tfa_regenerate_codes",
            json!({ "userId": other, "code": "123456" }),
        ),
    ] {
        let e = invoke(&s, cmd, args).unwrap_err();
        assert_eq!(e["rule"], "TFA-4", "{cmd}: {e}");
        assert_eq!(e["params"]["reason"], "tfa.own_account_only", "{cmd}");
    }
    let e = invoke(
        &s,
        "tfa_confirm",
        json!({ "userId": me["user_id"], "code": "12345" }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "code");
    assert_eq!(e["params"]["reason"], "bad_format");
    let map = invoke(&s, "identifier_map", json!({})).unwrap();
    assert_eq!(map["credentials"].as_array().unwrap().len(), 4);
}

/// Review of issue 15 (TFA-3): the codes file sent to the printer is in a folder of a random
/// name only this user may open, the file itself 0600, and all of it gone afterwards.
#[cfg(unix)]
#[test]
fn printed_codes_go_through_a_private_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = crate::security_commands::private_codes_file().unwrap();
    let (other, _) = crate::security_commands::private_codes_file().unwrap();
    assert_ne!(
        dir.path(),
        other.path(),
        "the folder's name is not guessable"
    );
    assert!(!dir
        .path()
        .to_string_lossy()
        .contains(&std::process::id().to_string()));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir.path()), 0o700);
    assert_eq!(mode(&path), 0o600);
    let folder = dir.path().to_path_buf();
    drop(dir);
    assert!(!folder.exists());
}

/// Issue 12: the startup workspace opens on its own thread while the window loads. A command
/// sent meanwhile waits for it and is answered from it (never "no workspace is open"), and a
/// refused file's reason is what the waiting problem query gets.
#[test]
fn a_command_sent_while_the_workspace_opens_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("opening.sqlite3");
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let state = Arc::new(AppState::opening(clock.clone()));
    let info = {
        let state = Arc::clone(&state);
        std::thread::spawn(move || state.with(|s| s.info()))
    };
    let problem = {
        let state = Arc::clone(&state);
        std::thread::spawn(move || state.problem())
    };
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert!(
        !info.is_finished(),
        "answered before the workspace was open"
    );
    assert!(
        !problem.is_finished(),
        "said there is no problem before the open ended"
    );
    state.finish_opening(&path);
    let info = info
        .join()
        .unwrap()
        .expect("answered from the opened workspace");
    assert!(info.path.ends_with("opening.sqlite3"), "{}", info.path);
    assert!(problem.join().unwrap().unwrap().is_none());

    // A file that is not a workspace: the waiting query gets why.
    let other = dir.path().join("notes.txt");
    std::fs::write(&other, b"not a database").unwrap();
    let refused = Arc::new(AppState::opening(clock));
    let problem = {
        let state = Arc::clone(&refused);
        std::thread::spawn(move || state.problem())
    };
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert!(!problem.is_finished());
    refused.finish_opening(&other);
    let problem = problem.join().unwrap().unwrap().expect("the refusal");
    assert!(problem.path.ends_with("notes.txt"), "{}", problem.path);
    assert!(!refused.is_open());
    assert_eq!(std::fs::read(&other).unwrap(), b"not a database");
}

/// Issue 12: a command without `async` runs on the main thread, where it stops the window from
/// painting and from taking input while it runs (at startup, the first screen's commands queued
/// one behind the other there). Every command runs on the async runtime instead.
#[test]
fn no_command_runs_on_the_main_thread() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src-tauri/src");
    let mut on_main = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).copied().unwrap_or_default();
            if line.trim() == "#[tauri::command]" && !next.contains("async fn") {
                on_main.push(format!("{}: {}", path.display(), next.trim()));
            }
        }
    }
    assert!(
        on_main.is_empty(),
        "commands on the main thread: {on_main:#?}"
    );
}

/// Issue 12: the first screen's one reply holds exactly what the five commands it replaces
/// answer, for the organization the window shows (the first when none is or it is gone).
#[test]
fn startup_answers_the_first_screen_in_one_reply() {
    let s = shell();
    let start = invoke(&s, "startup", json!({ "organizationId": null })).unwrap();
    assert_eq!(
        start["preferences"],
        invoke(&s, "ui_preferences", json!({})).unwrap()
    );
    assert_eq!(start["problem"], Value::Null);
    assert_eq!(
        start["info"],
        invoke(&s, "workspace_info", json!({})).unwrap()
    );
    let orgs = invoke(&s, "list_organizations", json!({})).unwrap();
    assert_eq!(start["organizations"], orgs);
    let first = orgs[0]["id"].as_i64().unwrap();
    let second = orgs[1]["id"].as_i64().unwrap();
    let overview = |id: i64| invoke(&s, "organization_overview", json!({ "organizationId": id }));
    assert_eq!(start["overview"], overview(first).unwrap());
    let shown = invoke(&s, "startup", json!({ "organizationId": second })).unwrap();
    assert_eq!(shown["overview"], overview(second).unwrap());
    let gone = invoke(&s, "startup", json!({ "organizationId": 999_999 })).unwrap();
    assert_eq!(gone["overview"], overview(first).unwrap());
    // The loading screen's language: the OS's list, the same the preferences carry.
    let os = invoke(&s, "os_languages", json!({})).unwrap();
    assert_eq!(os, start["preferences"]["os_languages"]);
}

/// Review finding (issue 12): commands run on the async runtime, and one waiting for the store's
/// lock holds its worker. With one worker per core (two here), three commands queued behind a
/// long reset kept "cancel the job" from running until the reset ended. The commands' runtime
/// has workers to spare: a command that needs no store answers while others wait.
#[test]
fn a_command_without_the_store_answers_while_others_wait_for_it() {
    let runtime = crate::command_runtime();
    let store = Arc::new(std::sync::Mutex::new(()));
    let held = store.lock().unwrap(); // a long job holds the store
    let waiting: Vec<_> = (0..3)
        .map(|_| {
            let store = Arc::clone(&store);
            runtime.spawn(async move {
                drop(store.lock().unwrap()); // blocks its worker, as a command does
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(100));
    let (tx, rx) = std::sync::mpsc::channel();
    runtime.spawn(async move { tx.send("answered").unwrap() });
    let answer = rx.recv_timeout(std::time::Duration::from_secs(2));
    drop(held);
    assert_eq!(
        answer,
        Ok("answered"),
        "not answered while three commands waited"
    );
    for w in waiting {
        runtime.block_on(w).unwrap();
    }
}
