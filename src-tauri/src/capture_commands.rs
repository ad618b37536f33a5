//! Support captures (issue 9): screenshots with Comptoir's windows hidden (or pre-redacted when
//! shown), the region overlay, the app log, the website console window, imported files. Each
//! result is written under `<app data>/support/incoming/` and returned as an `Attachment`; the
//! logic lives in `comptoir-capture`, these commands only open windows and pass data along.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use comptoir_capture::applog::{self, LogWindow, UiLog, UiLogEntry};
use comptoir_capture::console::{self, ConsoleCounts, CurrentRecording, Recording};
use comptoir_capture::edit::{self, Op, Rect, SensitiveBox, WindowPlacement};
use comptoir_capture::image::RgbaImage;
use comptoir_capture::screen::{self, CaptureEnvironment};
use comptoir_capture::shots::{Shot, ShotStore};
use comptoir_capture::{import, write_incoming, Attachment, AttachmentKind};
use comptoir_core::{Error, ErrorCode, Result};
use tauri::ipc::{CapabilityBuilder, Response};
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder};
use tauri_plugin_dialog::DialogExt;

/// The full-screen window where a region is chosen on the frozen capture.
pub const OVERLAY: &str = "capture-overlay";
/// The window showing the person's website while its console is recorded.
pub const CONSOLE_WINDOW: &str = "console-capture";
/// Time for the window system to take hidden windows off the screen (or for a shown window to
/// paint its latest state) before the capture.
const SETTLE: Duration = Duration::from_millis(250);
/// Longest a region overlay waits for the person.
const REGION_TIMEOUT: Duration = Duration::from_secs(600);

/// A region being chosen: the frozen capture and where the choice goes.
struct PendingRegion {
    image: Arc<RgbaImage>,
    answer: mpsc::Sender<Option<Rect>>,
}

#[derive(Default)]
pub struct CaptureState {
    shots: ShotStore,
    ui_log: UiLog,
    region: Mutex<Option<PendingRegion>>,
    recording: CurrentRecording,
    capabilities: AtomicU32,
    /// Keeps the log writer alive; dropped (flushed) on exit.
    pub log_guard: Mutex<Option<applog::WorkerGuard>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn tauri_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::new(ErrorCode::Internal, format!("{what}: {e}"))
}

/// Runs blocking work (sleeps, captures, waiting for the overlay) off the async workers.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| tauri_error("the capture task failed", e))?
}

/// The composer's `incoming/` folder: the same support root the composer attaches from
/// (`COMPTOIR_SUPPORT_DIR` included), so a capture can always be attached.
fn incoming<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf> {
    Ok(crate::support_commands::support_root(app)?.join("incoming"))
}

/// Comptoir's visible windows, hidden until this is dropped (so they come back on error too).
struct Hidden<R: Runtime>(Vec<WebviewWindow<R>>);

impl<R: Runtime> Hidden<R> {
    fn windows(app: &AppHandle<R>, hide: bool) -> Hidden<R> {
        if !hide {
            return Hidden(Vec::new());
        }
        let shown: Vec<_> = app
            .webview_windows()
            .into_values()
            .filter(|w| w.is_visible().unwrap_or(false))
            .collect();
        for w in &shown {
            let _ = w.hide();
        }
        Hidden(shown)
    }
}

impl<R: Runtime> Drop for Hidden<R> {
    fn drop(&mut self) {
        for w in &self.0 {
            let _ = w.show();
        }
    }
}

fn check_delay(delay: u8) -> Result<Duration> {
    match delay {
        0 | 3 | 5 => Ok(Duration::from_secs(delay.into())),
        _ => Err(Error::invalid("delay", "the delay is 0, 3 or 5 seconds")),
    }
}

fn placement<R: Runtime>(window: &WebviewWindow<R>) -> Result<WindowPlacement> {
    let pos = window
        .inner_position()
        .map_err(|e| tauri_error("cannot read the window position", e))?;
    let scale = window
        .scale_factor()
        .map_err(|e| tauri_error("cannot read the window scale", e))?;
    Ok(WindowPlacement {
        x: pos.x,
        y: pos.y,
        scale,
    })
}

#[tauri::command]
pub async fn capture_environment() -> Result<CaptureEnvironment> {
    blocking(screen::environment).await
}

/// Captures a monitor after `delay` seconds, Comptoir hidden when `hide`; when shown, the
/// `sensitive` fields the UI reported become pre-redactions.
#[tauri::command]
pub async fn capture_screen<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    monitor: Option<u32>,
    delay: u8,
    hide: bool,
    sensitive: Vec<SensitiveBox>,
) -> Result<Shot> {
    let (wait, place) = (check_delay(delay)?, placement(&window)?);
    let handle = app.clone();
    let shot = blocking(move || {
        let _hidden = Hidden::windows(&handle, hide);
        // Hidden windows leave the screen, shown ones paint their latest state.
        std::thread::sleep(wait + SETTLE);
        screen::capture_monitor(monitor)
    })
    .await?;
    let pre = match hide {
        true => Vec::new(),
        false => edit::pre_redactions(
            &sensitive,
            place,
            (shot.monitor.x, shot.monitor.y),
            shot.image.dimensions(),
        )?,
    };
    tracing::info!(
        width = shot.image.width(),
        pre = pre.len(),
        "screen captured"
    );
    Ok(app.state::<CaptureState>().shots.insert(shot.image, pre))
}

/// Captures one window the desktop lists (see `capture_environment`).
#[tauri::command]
pub async fn capture_window<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    window_id: u32,
    delay: u8,
    hide: bool,
    sensitive: Vec<SensitiveBox>,
) -> Result<Shot> {
    let (wait, place) = (check_delay(delay)?, placement(&window)?);
    let handle = app.clone();
    let (image, origin) = blocking(move || {
        let _hidden = Hidden::windows(&handle, hide);
        // Hidden windows leave the screen, shown ones paint their latest state.
        std::thread::sleep(wait + SETTLE);
        screen::capture_window(window_id)
    })
    .await?;
    let pre = match hide {
        true => Vec::new(),
        false => edit::pre_redactions(&sensitive, place, origin, image.dimensions())?,
    };
    Ok(app.state::<CaptureState>().shots.insert(image, pre))
}

/// A region: the monitor is captured first, shown frozen in a full-screen overlay where the
/// person drags (or keys in) a rectangle; the capture is cropped to it. `None`: cancelled.
#[tauri::command]
pub async fn capture_region<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    monitor: Option<u32>,
    delay: u8,
    hide: bool,
    sensitive: Vec<SensitiveBox>,
) -> Result<Option<Shot>> {
    let (wait, place) = (check_delay(delay)?, placement(&window)?);
    let handle = app.clone();
    blocking(move || {
        let hidden = Hidden::windows(&handle, true);
        std::thread::sleep(wait + SETTLE);
        if !hide {
            // Comptoir is to be in the picture: show it for the capture only.
            for w in &hidden.0 {
                let _ = w.show();
            }
            std::thread::sleep(SETTLE);
        }
        let full = screen::capture_monitor(monitor);
        if !hide {
            for w in &hidden.0 {
                let _ = w.hide();
            }
        }
        let full = full?;
        let m = &full.monitor;
        let pre = match hide {
            true => Vec::new(),
            false => edit::pre_redactions(&sensitive, place, (m.x, m.y), full.image.dimensions())?,
        };
        let image = Arc::new(full.image);
        let (tx, rx) = mpsc::channel();
        let state = handle.state::<CaptureState>();
        *lock(&state.region) = Some(PendingRegion {
            image: Arc::clone(&image),
            answer: tx.clone(),
        });
        let scale = f64::from(m.scale_factor.max(0.1));
        let overlay =
            WebviewWindowBuilder::new(&handle, OVERLAY, WebviewUrl::App("index.html".into()))
                .title("Comptoir")
                .decorations(false)
                .always_on_top(true)
                .resizable(false)
                .position(f64::from(m.x) / scale, f64::from(m.y) / scale)
                .inner_size(f64::from(m.width) / scale, f64::from(m.height) / scale)
                .fullscreen(true)
                .build()
                .map_err(|e| tauri_error("cannot open the region overlay", e))?;
        overlay.on_window_event(move |e| {
            if matches!(e, tauri::WindowEvent::Destroyed) {
                let _ = tx.send(None);
            }
        });
        let chosen = rx.recv_timeout(REGION_TIMEOUT).unwrap_or(None);
        lock(&state.region).take();
        let _ = overlay.destroy();
        drop(hidden);
        let Some(rect) = chosen else {
            return Ok(None);
        };
        let cropped = edit::crop(&image, &rect)?;
        Ok(Some(
            state
                .shots
                .insert(cropped, edit::redactions_in(&pre, &rect)),
        ))
    })
    .await
}

/// The frozen capture the overlay shows, as PNG.
#[tauri::command(async)]
pub fn region_shot<R: Runtime>(app: AppHandle<R>) -> Result<Response> {
    let state = app.state::<CaptureState>();
    let region = lock(&state.region);
    let pending = region
        .as_ref()
        .ok_or_else(|| Error::not_found("region capture", "pending").with_field("region"))?;
    Ok(Response::new(edit::encode_png(&pending.image)?))
}

/// The overlay's answer: the chosen rectangle in capture pixels, or `None` (cancelled).
#[tauri::command(async)]
pub fn region_chosen<R: Runtime>(app: AppHandle<R>, rect: Option<Rect>) -> Result<()> {
    let state = app.state::<CaptureState>();
    let region = lock(&state.region);
    let pending = region
        .as_ref()
        .ok_or_else(|| Error::not_found("region capture", "pending").with_field("region"))?;
    if let Some(r) = &rect {
        edit::crop(&pending.image, r)?;
    }
    let _ = pending.answer.send(rect);
    Ok(())
}

/// The screenshot with `ops` applied, as PNG: the preview is the export.
#[tauri::command]
pub async fn render_shot<R: Runtime>(app: AppHandle<R>, id: u32, ops: Vec<Op>) -> Result<Response> {
    let image = app.state::<CaptureState>().shots.get(id)?;
    blocking(move || {
        Ok(Response::new(edit::encode_png(&edit::render(
            &image, &ops,
        )?)?))
    })
    .await
}

/// Writes the screenshot with `ops` applied to the incoming folder.
#[tauri::command]
pub async fn export_shot<R: Runtime>(
    app: AppHandle<R>,
    id: u32,
    ops: Vec<Op>,
) -> Result<Attachment> {
    let image = app.state::<CaptureState>().shots.get(id)?;
    let dir = incoming(&app)?;
    blocking(move || {
        let png = edit::encode_png(&edit::render(&image, &ops)?)?;
        write_incoming(
            &dir,
            "screenshot",
            "png",
            Utc::now(),
            AttachmentKind::Screenshot,
            &png,
        )
    })
    .await
}

#[tauri::command(async)]
pub fn forget_shot<R: Runtime>(app: AppHandle<R>, id: u32) {
    app.state::<CaptureState>().shots.remove(id);
}

/// One UI console line, uncaught error or rejection into the app log (bounded in rate).
#[tauri::command(async)]
pub fn ui_log<R: Runtime>(app: AppHandle<R>, entry: UiLogEntry) -> Result<bool> {
    app.state::<CaptureState>().ui_log.record(&entry)
}

/// The app log of `window` (last 15 min, 1 h, 24 h or custom) into the incoming folder.
#[tauri::command]
pub async fn export_app_log<R: Runtime>(
    app: AppHandle<R>,
    window: LogWindow,
) -> Result<Attachment> {
    let logs = app
        .path()
        .app_log_dir()
        .map_err(|e| Error::storage(format!("no log folder: {e}")))?;
    let dir = incoming(&app)?;
    blocking(move || {
        let text = applog::export(&logs, &window, Utc::now())?;
        write_incoming(
            &dir,
            "app-log",
            "log",
            Utc::now(),
            AttachmentKind::AppLog,
            text.as_bytes(),
        )
    })
    .await
}

/// Opens `url` in the console window and records it for `seconds` (or until stopped/closed).
/// That window may call `capture_event` and nothing else: a capability for its origin only.
#[tauri::command]
pub async fn console_capture_start<R: Runtime>(
    app: AppHandle<R>,
    url: String,
    seconds: Option<u32>,
) -> Result<()> {
    if seconds.is_some_and(|s| !(5..=3600).contains(&s)) {
        return Err(Error::invalid("seconds", "record for 5 seconds to 1 hour"));
    }
    let recording = Recording::new(&url, Utc::now())?;
    let parsed: tauri::Url = recording
        .url()
        .parse()
        .map_err(|e| Error::invalid("url", format!("not a valid address: {e}")))?;
    let state = app.state::<CaptureState>();
    if let Some(old) = app.get_webview_window(CONSOLE_WINDOW) {
        let _ = old.destroy();
    }
    let n = state.capabilities.fetch_add(1, Ordering::Relaxed);
    app.add_capability(
        CapabilityBuilder::new(format!("console-capture-{n}"))
            .window(CONSOLE_WINDOW)
            .local(false)
            .remote(format!("{}/*", console::origin_of(recording.url())))
            .permission("allow-capture-event"),
    )
    .map_err(|e| tauri_error("cannot grant the capture window its one command", e))?;
    let (generation, recording) = state.recording.start(recording);
    let win = WebviewWindowBuilder::new(&app, CONSOLE_WINDOW, WebviewUrl::External(parsed))
        .title(format!("Comptoir — {url}"))
        .inner_size(1100.0, 750.0)
        .initialization_script(console::INIT_SCRIPT)
        .build()
        .map_err(|e| tauri_error("cannot open the capture window", e))?;
    watch_resources(&win, Arc::clone(&recording));
    let rec = Arc::clone(&recording);
    win.on_window_event(move |e| {
        if matches!(e, tauri::WindowEvent::Destroyed) {
            lock(&rec).stop(Utc::now());
        }
    });
    if let Some(s) = seconds {
        let handle = app.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(s.into()));
            // A newer capture may own the window by now: close it only if it is still ours.
            let state = handle.state::<CaptureState>();
            if state.recording.expire(generation, &recording, Utc::now()) {
                if let Some(w) = handle.get_webview_window(CONSOLE_WINDOW) {
                    let _ = w.destroy();
                }
            }
        });
    }
    Ok(())
}

/// Failed resources as WebKitGTK sees them: HTTP status of each finished load, network errors
/// of failed ones (cancellations left out: WebKit also cancels 404 scripts it has a status for).
#[cfg(target_os = "linux")]
fn watch_resources<R: Runtime>(win: &WebviewWindow<R>, recording: Arc<Mutex<Recording>>) {
    let _ = win.with_webview(move |pw| {
        use webkit2gtk::{URIResponseExt, WebResourceExt, WebViewExt};
        pw.inner()
            .connect_resource_load_started(move |_, resource, _| {
                let rec = Arc::clone(&recording);
                resource.connect_finished(move |res| {
                    let status = res.response().map_or(0, |r| r.status_code());
                    if status >= 400 {
                        let uri = res.uri().map(|u| u.to_string()).unwrap_or_default();
                        lock(&rec).engine_failure(&uri, u16::try_from(status).ok(), None);
                    }
                });
                let rec = Arc::clone(&recording);
                resource.connect_failed(move |res, err| {
                    if err.matches(webkit2gtk::NetworkError::Cancelled) {
                        return;
                    }
                    let uri = res.uri().map(|u| u.to_string()).unwrap_or_default();
                    lock(&rec).engine_failure(&uri, None, Some(err.message()));
                });
            });
    });
}

/// Elsewhere the page's own view of failed loads is what is recorded.
#[cfg(not(target_os = "linux"))]
fn watch_resources<R: Runtime>(_: &WebviewWindow<R>, _: Arc<Mutex<Recording>>) {}

/// The live counter: what the recording caught so far (`None`: no recording).
#[tauri::command(async)]
pub fn console_capture_status<R: Runtime>(app: AppHandle<R>) -> Option<ConsoleCounts> {
    let state = app.state::<CaptureState>();
    let rec = state.recording.current();
    rec.map(|r| lock(&r).counts())
}

/// Stops the recording, closes its window, writes it to the incoming folder (JSON lines).
#[tauri::command]
pub async fn console_capture_stop<R: Runtime>(app: AppHandle<R>) -> Result<Attachment> {
    let state = app.state::<CaptureState>();
    let rec = state
        .recording
        .take()
        .ok_or_else(|| Error::not_found("website capture", "running").with_field("recording"))?;
    lock(&rec).stop(Utc::now());
    if let Some(w) = app.get_webview_window(CONSOLE_WINDOW) {
        let _ = w.destroy();
    }
    let text = lock(&rec).to_json_lines();
    write_incoming(
        &incoming(&app)?,
        "website-console",
        "jsonl",
        Utc::now(),
        AttachmentKind::WebsiteConsole,
        text.as_bytes(),
    )
}

/// The one command the console window reaches: an event for the running recording. Validated
/// and bounded there; refused from any other window.
#[tauri::command(async)]
pub fn capture_event<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    request: tauri::ipc::Request<'_>,
) -> Result<bool> {
    if window.label() != CONSOLE_WINDOW {
        return Err(Error::invalid(
            "window",
            "only the capture window records events",
        ));
    }
    // Read here rather than by Tauri, so size and shape are refused with our error.
    let event = match request.body() {
        tauri::ipc::InvokeBody::Json(body) => {
            console::parse_event(body.get("event").unwrap_or(&serde_json::Value::Null))?
        }
        tauri::ipc::InvokeBody::Raw(_) => {
            return Err(Error::invalid("event", "an event is sent as JSON"))
        }
    };
    let state = app.state::<CaptureState>();
    let rec = state.recording.current();
    match rec {
        Some(r) => lock(&r).push(event),
        None => Ok(false),
    }
}

/// Imports a `.log`, `.txt` or `.har` chosen in the native dialog (`COMPTOIR_OPEN_FILE`
/// answers it for unattended runs). `None`: cancelled.
#[tauri::command]
pub async fn import_log_file<R: Runtime>(app: AppHandle<R>) -> Result<Option<Attachment>> {
    let path = match std::env::var_os("COMPTOIR_OPEN_FILE") {
        Some(p) => Some(PathBuf::from(p)),
        None => app
            .dialog()
            .file()
            .add_filter("Logs", &["log", "txt", "har"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = path else { return Ok(None) };
    let dir = incoming(&app)?;
    blocking(move || {
        let got = import::import_file(&path)?;
        let mut a = write_incoming(
            &dir,
            "imported",
            "txt",
            Utc::now(),
            AttachmentKind::Imported,
            got.text.as_bytes(),
        )?;
        a.name = got.name;
        Ok(Some(a))
    })
    .await
}
