//! The app's own log: `tracing` into daily files in the OS log folder, the UI's console lines
//! forwarded into it (bounded in size and rate), and an export of a chosen time window.
//!
//! Line format (tracing-subscriber's fmt, UTC RFC 3339 time first):
//! `2026-11-27T14:05:09.123456Z  INFO ui: message`. A message's own line breaks are indented
//! on the lines that follow, so no forwarded text can forge a line that starts with a time.
//! What is logged: events and errors with their codes; never command arguments or request
//! bodies (where tokens and passwords travel).

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use comptoir_core::{Error, Result};
use serde::{Deserialize, Serialize};
use tracing::Level;
pub use tracing_appender::non_blocking::WorkerGuard;
use ts_rs::TS;

/// Log files are `comptoir.log.YYYY-MM-DD` (tracing-appender's daily rotation).
pub const FILE_PREFIX: &str = "comptoir.log";
/// Files older than this many days are removed by the appender.
const KEEP_FILES: usize = 14;

/// Starts the global subscriber writing to `dir` (created). Keep the guard for the life of the
/// app: dropping it flushes the last lines. Fails if a subscriber is already set.
pub fn init(dir: &Path) -> Result<WorkerGuard> {
    use tracing_subscriber::fmt::time::ChronoUtc;
    use tracing_subscriber::prelude::*;
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", dir.display())))?;
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .max_log_files(KEEP_FILES)
        .build(dir)
        .map_err(|e| Error::storage(format!("cannot open the log in {}: {e}", dir.display())))?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let layer = tracing_subscriber::fmt::layer()
        // A span's time is logged when it closes (the startup breakdown, issue 12).
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(writer)
        .with_ansi(false)
        .with_timer(ChronoUtc::new("%Y-%m-%dT%H:%M:%S%.6fZ".into()));
    let filter = tracing_subscriber::filter::Targets::new()
        .with_default(Level::INFO)
        .with_target("ui", Level::DEBUG);
    tracing_subscriber::registry()
        .with(layer.with_filter(filter))
        .try_init()
        .map_err(|e| Error::storage(format!("the log is already set up: {e}")))?;
    Ok(guard)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UiLevel {
    Debug,
    Info,
    Warn,
    Error,
}

/// One line from the UI: a `console.*` call, an uncaught error or an unhandled rejection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UiLogEntry {
    pub level: UiLevel,
    pub message: String,
    /// `error`, `unhandledrejection` or `console`.
    pub source: String,
    pub stack: Option<String>,
}

/// Longest message (and stack) kept from the UI; the rest is cut with a marker.
pub const MAX_UI_TEXT: usize = 4096;

fn cut(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… [{} bytes cut]", &s[..end], s.len() - end)
}

/// Line breaks become indented continuation lines: nothing from outside starts a log line.
fn indent(s: &str) -> String {
    s.replace("\r\n", "\n").replace(['\n', '\r'], "\n    ")
}

/// A token bucket: `burst` lines at once, then `per_second` lines a second.
pub struct RateLimit {
    state: Mutex<(f64, Instant, u64)>,
    burst: f64,
    per_second: f64,
}

impl RateLimit {
    pub fn new(burst: u32, per_second: u32) -> RateLimit {
        RateLimit {
            state: Mutex::new((f64::from(burst), Instant::now(), 0)),
            burst: f64::from(burst),
            per_second: f64::from(per_second),
        }
    }

    /// Takes one token at `now`; `Err(dropped so far)` when none is left.
    pub fn take_at(&self, now: Instant) -> std::result::Result<(), u64> {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let elapsed = now.saturating_duration_since(s.1).as_secs_f64();
        s.0 = (s.0 + elapsed * self.per_second).min(self.burst);
        s.1 = now;
        if s.0 >= 1.0 {
            s.0 -= 1.0;
            Ok(())
        } else {
            s.2 += 1;
            Err(s.2)
        }
    }

    pub fn take(&self) -> std::result::Result<(), u64> {
        self.take_at(Instant::now())
    }
}

/// The UI's log lines: at most 200 at once, then 50 a second; the drops are counted in the log.
pub struct UiLog {
    limit: RateLimit,
}

impl Default for UiLog {
    fn default() -> Self {
        UiLog {
            limit: RateLimit::new(200, 50),
        }
    }
}

impl UiLog {
    /// Writes `entry` to the log unless over the rate; returns whether it was written.
    pub fn record(&self, entry: &UiLogEntry) -> Result<bool> {
        if !matches!(
            entry.source.as_str(),
            "console" | "error" | "unhandledrejection"
        ) {
            return Err(Error::invalid(
                "source",
                "a UI log line comes from console, error or unhandledrejection",
            ));
        }
        if let Err(dropped) = self.limit.take() {
            // Said once per hundred, so the drop notice cannot flood the log either.
            if dropped % 100 == 1 {
                tracing::warn!(target: "ui", dropped, "UI log lines over the rate were dropped");
            }
            return Ok(false);
        }
        let message = indent(&cut(&entry.message, MAX_UI_TEXT));
        let stack = entry
            .stack
            .as_deref()
            .map(|s| format!("\n    {}", indent(&cut(s, MAX_UI_TEXT))))
            .unwrap_or_default();
        let src = entry.source.as_str();
        match entry.level {
            UiLevel::Debug => tracing::debug!(target: "ui", source = src, "{message}{stack}"),
            UiLevel::Info => tracing::info!(target: "ui", source = src, "{message}{stack}"),
            UiLevel::Warn => tracing::warn!(target: "ui", source = src, "{message}{stack}"),
            UiLevel::Error => tracing::error!(target: "ui", source = src, "{message}{stack}"),
        }
        Ok(true)
    }
}

/// Which part of the log to attach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LogWindow {
    Last15Minutes,
    LastHour,
    Last24Hours,
    Custom {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },
}

impl LogWindow {
    /// The window as `[from, to]` at `now`; a custom one must be in order and at most 31 days.
    pub fn bounds(&self, now: DateTime<Utc>) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
        Ok(match self {
            LogWindow::Last15Minutes => (now - Duration::minutes(15), now),
            LogWindow::LastHour => (now - Duration::hours(1), now),
            LogWindow::Last24Hours => (now - Duration::hours(24), now),
            LogWindow::Custom { from, to } => {
                if from >= to {
                    return Err(Error::invalid("from", "the start must come before the end"));
                }
                if *to - *from > Duration::days(31) {
                    return Err(Error::invalid("to", "a custom window is at most 31 days"));
                }
                (*from, *to)
            }
        })
    }
}

/// The most a log export carries; older lines of the window are left out first.
pub const MAX_EXPORT: usize = 8 * 1024 * 1024;

/// The time of a line that starts an entry; continuation lines (indented) have none.
fn line_time(line: &str) -> Option<DateTime<Utc>> {
    if !line.as_bytes().first()?.is_ascii_digit() {
        return None;
    }
    let stamp = line.split_whitespace().next()?;
    DateTime::parse_from_rfc3339(stamp)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The log lines of `dir` written within `window` at `now`, oldest first, continuation lines
/// kept with their entry, at most [`MAX_EXPORT`] bytes (the newest kept).
pub fn export(dir: &Path, window: &LogWindow, now: DateTime<Utc>) -> Result<String> {
    let (from, to) = window.bounds(now)?;
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::storage(format!("cannot read the log folder {}: {e}", dir.display())))?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(FILE_PREFIX))
        .map(|e| e.path())
        .collect();
    // Daily files sort by date in their names.
    files.sort();
    let mut out: Vec<&str> = Vec::new();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    for text in &texts {
        let mut keep = false;
        for line in text.lines() {
            if let Some(t) = line_time(line) {
                keep = t >= from && t <= to;
            }
            if keep {
                out.push(line);
            }
        }
    }
    let mut size = 0;
    let start = out
        .iter()
        .rposition(|l| {
            size += l.len() + 1;
            size > MAX_EXPORT
        })
        .map_or(0, |i| i + 1);
    let mut text = String::new();
    if start > 0 {
        text.push_str(&format!(
            "[{start} older lines of this window left out: the export is capped at {} MB]\n",
            MAX_EXPORT / 1024 / 1024
        ));
    }
    for l in &out[start..] {
        text.push_str(l);
        text.push('\n');
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn export_keeps_the_window_and_continuation_lines() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("comptoir.log.2026-11-26"),
            "2026-11-26T10:00:00.000000Z  INFO comptoir: yesterday\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("comptoir.log.2026-11-27"),
            "2026-11-27T13:00:00.000000Z  INFO comptoir: two hours ago\n\
             2026-11-27T14:50:00.000000Z ERROR ui: boom\n    at f (app.js:1)\n\
             2026-11-27T14:59:00.000000Z  WARN ui: late\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("other.txt"),
            "2026-11-27T14:58:00Z not ours\n",
        )
        .unwrap();
        let now = t("2026-11-27T15:00:00Z");
        let last15 = export(dir.path(), &LogWindow::Last15Minutes, now).unwrap();
        assert_eq!(
            last15,
            "2026-11-27T14:50:00.000000Z ERROR ui: boom\n    at f (app.js:1)\n\
             2026-11-27T14:59:00.000000Z  WARN ui: late\n"
        );
        let day = export(dir.path(), &LogWindow::Last24Hours, now).unwrap();
        assert!(day.contains("two hours ago") && !day.contains("yesterday"));
        let custom = LogWindow::Custom {
            from: t("2026-11-26T00:00:00Z"),
            to: t("2026-11-26T23:59:59Z"),
        };
        assert_eq!(
            export(dir.path(), &custom, now).unwrap(),
            "2026-11-26T10:00:00.000000Z  INFO comptoir: yesterday\n"
        );
    }

    #[test]
    fn a_custom_window_must_be_in_order() {
        let w = LogWindow::Custom {
            from: t("2026-11-27T00:00:00Z"),
            to: t("2026-11-26T00:00:00Z"),
        };
        assert_eq!(
            w.bounds(t("2026-11-27T00:00:00Z"))
                .unwrap_err()
                .field
                .as_deref(),
            Some("from")
        );
    }

    #[test]
    fn forwarded_text_cannot_forge_a_log_line() {
        let s = indent("a\n2026-11-27T14:00:00Z ERROR fake\r\nb");
        assert!(s.lines().skip(1).all(|l| l.starts_with("    ")), "{s}");
        assert!(cut(&"é".repeat(5000), 4096).contains("bytes cut"));
    }

    #[test]
    fn rate_limit_lets_a_burst_through_then_the_rate() {
        let rl = RateLimit::new(3, 10);
        let t0 = Instant::now();
        assert!(rl.take_at(t0).is_ok());
        assert!(rl.take_at(t0).is_ok());
        assert!(rl.take_at(t0).is_ok());
        assert_eq!(rl.take_at(t0), Err(1));
        assert_eq!(rl.take_at(t0), Err(2));
        // 100 ms later one token is back.
        let t1 = t0 + std::time::Duration::from_millis(100);
        assert!(rl.take_at(t1).is_ok());
        assert!(rl.take_at(t1).is_err());
    }

    #[test]
    fn ui_lines_from_elsewhere_are_refused() {
        let e = UiLog::default()
            .record(&UiLogEntry {
                level: UiLevel::Info,
                message: "x".into(),
                source: "network".into(),
                stack: None,
            })
            .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("source"));
    }
}
