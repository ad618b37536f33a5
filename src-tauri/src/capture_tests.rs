//! The capture windows' access on Tauri's mock runtime with the real capabilities: the website
//! console window reaches `capture_event` and nothing else, and only from the origin it was
//! opened for; the overlay reaches its two commands; the main window cannot feed a recording.

use std::sync::Arc;

use comptoir_core::FixedClock;
use comptoir_store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

use crate::capture_commands::CONSOLE_WINDOW;
use crate::{register_commands, AppState};

struct Shell {
    _dir: tempfile::TempDir,
    app: App<MockRuntime>,
    main: WebviewWindow<MockRuntime>,
}

fn shell() -> Shell {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let store = Store::open(dir.path().join("ws.sqlite3"), clock).unwrap();
    let app = register_commands(mock_builder())
        .manage(AppState::new(store))
        .build(tauri::generate_context!())
        .unwrap();
    let main = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    Shell {
        _dir: dir,
        app,
        main,
    }
}

fn invoke(
    w: &WebviewWindow<MockRuntime>,
    origin: &str,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        w,
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

/// Every app command, read from `build.rs` (the list the permissions are generated from), so a
/// command added later is covered without touching this test.
fn app_commands() -> Vec<String> {
    let build = include_str!("../build.rs");
    let list = &build[build.find("const COMMANDS").unwrap()..];
    let list = &list[..list.find("];").unwrap()];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn refused(r: &Result<Value, Value>) -> bool {
    matches!(r, Err(Value::String(s)) if s.contains("not allowed"))
}

fn console_event(text: &str) -> Value {
    json!({ "event": { "type": "console", "t": 1.0, "seq": 1, "level": "warn", "text": text } })
}

#[test]
fn the_console_window_reaches_capture_event_and_nothing_else() {
    let s = shell();
    invoke(
        &s.main,
        "tauri://localhost",
        "console_capture_start",
        json!({ "url": "http://127.0.0.1:8765/shop", "seconds": null }),
    )
    .unwrap();
    let win = s
        .app
        .get_webview_window(CONSOLE_WINDOW)
        .expect("the capture window");
    let page = "http://127.0.0.1:8765/shop/cart";

    let commands = app_commands();
    assert!(commands.len() > 60, "{commands:?}");
    let mut allowed = Vec::new();
    for cmd in &commands {
        let r = invoke(&win, page, cmd, json!({}));
        if !refused(&r) {
            allowed.push(cmd.clone());
        }
    }
    let plugins = [
        "plugin:event|listen",
        "plugin:event|emit",
        "plugin:window|close",
        "plugin:window|set_title",
        "plugin:webview|create_webview_window",
        "plugin:app|version",
        "plugin:path|resolve_directory",
        "plugin:dialog|open",
        "plugin:dialog|save",
        "plugin:menu|new",
        "plugin:resources|close",
    ];
    for cmd in plugins {
        if !refused(&invoke(&win, page, cmd, json!({}))) {
            allowed.push(cmd.to_string());
        }
    }
    assert_eq!(allowed, vec!["capture_event".to_string()]);
    println!(
        "console window: {} app and {} plugin commands refused, capture_event allowed",
        commands.len() - 1,
        plugins.len()
    );

    // The allowed one works and feeds the live counter.
    assert_eq!(
        invoke(&win, page, "capture_event", console_event("hi")).unwrap(),
        json!(true)
    );
    let counts = invoke(
        &s.main,
        "tauri://localhost",
        "console_capture_status",
        json!({}),
    )
    .unwrap();
    assert_eq!(counts["warn"], 1);

    // Another origin in the same window (the page navigated away) gets nothing.
    for origin in [
        "http://127.0.0.1:9999/",
        "https://127.0.0.1:8765/",
        "http://localhost:8765/",
    ] {
        assert!(
            refused(&invoke(&win, origin, "capture_event", console_event("x"))),
            "{origin}"
        );
    }
    // The main window does not feed recordings, and its own commands stay its own.
    let r = invoke(
        &s.main,
        "tauri://localhost",
        "capture_event",
        console_event("x"),
    );
    assert!(refused(&r), "{r:?}");
    // Bad data from the page is refused with its field, not recorded.
    let bad = invoke(
        &win,
        page,
        "capture_event",
        json!({ "event": { "type": "resource", "t": 1.0, "seq": 2, "url": "", "element": "img", "status": null } }),
    )
    .unwrap_err();
    assert_eq!(bad["field"], "event");
    let huge = invoke(
        &win,
        page,
        "capture_event",
        console_event(&"x".repeat(100_000)),
    )
    .unwrap_err();
    assert_eq!(huge["field"], "event");
}

#[test]
fn the_overlay_reaches_only_its_commands() {
    let s = shell();
    let overlay =
        WebviewWindowBuilder::new(&s.app, crate::capture_commands::OVERLAY, Default::default())
            .build()
            .unwrap();
    let local = "tauri://localhost";
    let mut allowed: Vec<String> = app_commands()
        .into_iter()
        .filter(|c| !refused(&invoke(&overlay, local, c, json!({}))))
        .collect();
    allowed.sort();
    assert_eq!(
        allowed,
        ["region_chosen", "region_shot", "ui_log", "ui_preferences"]
    );
    // With no region pending, the overlay's answer is refused by name.
    let e = invoke(&overlay, local, "region_chosen", json!({ "rect": null })).unwrap_err();
    assert_eq!(e["field"], "region");
}

#[test]
fn capture_commands_check_their_input() {
    let s = shell();
    let local = "tauri://localhost";
    let e = invoke(
        &s.main,
        local,
        "console_capture_start",
        json!({ "url": "file:///etc/passwd", "seconds": null }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "url");
    let e = invoke(
        &s.main,
        local,
        "console_capture_start",
        json!({ "url": "https://example.ch", "seconds": 2 }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "seconds");
    let e = invoke(
        &s.main,
        local,
        "capture_screen",
        json!({ "monitor": null, "delay": 4, "hide": true, "sensitive": [] }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "delay");
    let e = invoke(
        &s.main,
        local,
        "render_shot",
        json!({ "id": 42, "ops": [] }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "shot");
    let e = invoke(
        &s.main,
        local,
        "ui_log",
        json!({ "entry": { "level": "info", "message": "m", "source": "fetch", "stack": null } }),
    )
    .unwrap_err();
    assert_eq!(e["field"], "source");
    let e = invoke(&s.main, local, "console_capture_stop", json!({})).unwrap_err();
    assert_eq!(e["field"], "recording");
}
