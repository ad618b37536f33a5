//! Recording a website's console in a separate window: the events its initialization script
//! ([`INIT_SCRIPT`]) sends, the failed resources the engine reports, bounded in size and rate,
//! written out as JSON lines.
//!
//! The page can call the one command that feeds this with made-up data: everything is
//! validated and bounded here (text length, event count, rate), and the output is data, never
//! instructions.
//!
//! Attachment format (JSON lines, one object a line): a `capture` header (URL, start, end,
//! counts, dropped), then every console line, error and rejection in page order, then one line
//! per failed resource (URL, type, status where known, error).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use comptoir_core::{Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use crate::applog::RateLimit;

/// The script the capture window runs before the page's own scripts (see its comments).
pub const INIT_SCRIPT: &str = include_str!("console_capture.js");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsoleLevel {
    Debug,
    Log,
    Info,
    Warn,
    Error,
}

/// One event from the capture window's script. `t` is the page's clock (ms since the epoch)
/// and `seq` its counter, to put events back in page order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ConsoleEvent {
    Console {
        t: f64,
        seq: u32,
        level: ConsoleLevel,
        text: String,
    },
    /// An uncaught error, with its stack where the page's origin lets us see it.
    Error {
        t: f64,
        seq: u32,
        message: String,
        source: Option<String>,
        line: Option<u32>,
        column: Option<u32>,
        stack: Option<String>,
    },
    Rejection {
        t: f64,
        seq: u32,
        reason: String,
        stack: Option<String>,
    },
    /// A resource that failed: an element (`img`, `script`, `link`...) or a request (`fetch`,
    /// `xhr`, with its status).
    Resource {
        t: f64,
        seq: u32,
        url: String,
        element: String,
        status: Option<u16>,
    },
    /// A Content-Security-Policy violation (the page blocked something).
    Csp {
        t: f64,
        seq: u32,
        blocked: String,
        directive: String,
    },
}

/// What has been caught so far (the live counter in the main window).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConsoleCounts {
    pub log: u32,
    pub info: u32,
    pub warn: u32,
    pub error: u32,
    pub debug: u32,
    pub uncaught: u32,
    pub rejections: u32,
    pub resources: u32,
    pub csp: u32,
    /// Events refused as over the rate, the count or the size.
    pub dropped: u32,
    pub running: bool,
    /// The recording reached the attachment's size limit: later events were not kept.
    pub limit_reached: bool,
}

/// Most text kept of one field (a console line, a message, a stack, a URL).
pub const MAX_TEXT: usize = 8 * 1024;
/// Most events one recording keeps.
pub const MAX_EVENTS: usize = 20_000;
/// Largest recording, as written (the composer's attachment limit, 10 MiB): a busy site fills
/// it in minutes, then events are dropped and the attachment says so.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Room kept for the header line (URL up to [`MAX_TEXT`], counts) and the closing note.
const RESERVED_BYTES: usize = 2 * MAX_TEXT + 1024;
/// What a failed resource line may take besides its URL (fields, element, status, an error
/// message cut to [`MAX_ERROR`]).
const RESOURCE_OVERHEAD: usize = 160 + MAX_ERROR;
/// Most text kept of a resource's error message.
const MAX_ERROR: usize = 512;

#[derive(Debug, Clone, PartialEq, Serialize)]
struct FailedResource {
    url: String,
    /// `img`, `script`, `link`, `fetch`, `xhr`... (from the page) when known.
    #[serde(rename = "resource_type")]
    kind: Option<String>,
    status: Option<u16>,
    error: Option<String>,
}

/// One recording: the events of one capture window.
pub struct Recording {
    url: String,
    started: DateTime<Utc>,
    ended: Option<DateTime<Utc>>,
    events: Vec<ConsoleEvent>,
    resources: BTreeMap<String, FailedResource>,
    counts: ConsoleCounts,
    limit: RateLimit,
    /// Bytes the JSON lines of the events and resources kept so far take (at most).
    bytes: usize,
}

fn cut(s: &mut String) {
    if s.len() > MAX_TEXT {
        let mut end = MAX_TEXT;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push_str("… [cut]");
    }
}

fn cut_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        cut(s)
    }
}

/// Largest event accepted from the page, as JSON (the script cuts its texts at 8 KB; a page
/// calling the command by hand gets no more room).
pub const MAX_EVENT_BYTES: usize = 64 * 1024;

/// Reads one event as the page sent it: refused whole when over [`MAX_EVENT_BYTES`] or not of
/// a known shape, naming `event`.
pub fn parse_event(value: &serde_json::Value) -> Result<ConsoleEvent> {
    let size = serde_json::to_vec(value).map_or(usize::MAX, |v| v.len());
    if size > MAX_EVENT_BYTES {
        return Err(Error::invalid(
            "event",
            format!("an event is at most {MAX_EVENT_BYTES} bytes (got {size})"),
        ));
    }
    serde_json::from_value(value.clone())
        .map_err(|e| Error::invalid("event", format!("not a console event: {e}")))
}

/// A URL the capture may open: http or https with a host; no credentials in it.
pub fn check_url(url: &str) -> Result<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| Error::invalid("url", "the address must start with http:// or https://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() {
        return Err(Error::invalid("url", "the address has no host"));
    }
    if authority.contains('@') {
        return Err(Error::invalid(
            "url",
            "the address must not carry a user name or password",
        ));
    }
    if url.len() > 2048 || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            "url",
            "the address is too long or holds spaces",
        ));
    }
    Ok(url.to_string())
}

/// `scheme://host[:port]` of a checked URL (what the window's capability is granted for).
pub fn origin_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    format!("{scheme}://{authority}")
}

impl Recording {
    pub fn new(url: &str, started: DateTime<Utc>) -> Result<Recording> {
        Ok(Recording {
            url: check_url(url)?,
            started,
            ended: None,
            events: Vec::new(),
            resources: BTreeMap::new(),
            counts: ConsoleCounts {
                running: true,
                ..Default::default()
            },
            // A page logging in a tight loop: 2,000 lines at once, then 500 a second.
            limit: RateLimit::new(2000, 500),
            bytes: 0,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn counts(&self) -> ConsoleCounts {
        self.counts.clone()
    }

    pub fn is_running(&self) -> bool {
        self.ended.is_none()
    }

    pub fn stop(&mut self, at: DateTime<Utc>) {
        if self.ended.is_none() {
            self.ended = Some(at);
            self.counts.running = false;
        }
    }

    fn admit(&mut self) -> bool {
        if self.ended.is_some() {
            return false;
        }
        if self.events.len() + self.resources.len() >= MAX_EVENTS || self.limit.take().is_err() {
            self.counts.dropped += 1;
            return false;
        }
        true
    }

    /// Takes `size` bytes of the recording's budget; when they do not fit, the limit is
    /// reached and the event dropped.
    fn fits(&mut self, size: usize) -> bool {
        if self.bytes + size > MAX_BYTES - RESERVED_BYTES {
            self.counts.limit_reached = true;
            self.counts.dropped += 1;
            return false;
        }
        self.bytes += size;
        true
    }

    /// Adds an event from the page (already deserialized, so its shape is checked); long text
    /// is cut. Returns whether it was kept.
    pub fn push(&mut self, mut event: ConsoleEvent) -> Result<bool> {
        if let ConsoleEvent::Resource { url, element, .. } = &event {
            if url.is_empty() || element.is_empty() || element.len() > 32 {
                return Err(Error::invalid(
                    "event",
                    "a failed resource needs its URL and a short element name",
                ));
            }
        }
        if !self.admit() {
            return Ok(false);
        }
        match &mut event {
            ConsoleEvent::Console { level, text, .. } => {
                cut(text);
                let c = &mut self.counts;
                match level {
                    ConsoleLevel::Debug => c.debug += 1,
                    ConsoleLevel::Log => c.log += 1,
                    ConsoleLevel::Info => c.info += 1,
                    ConsoleLevel::Warn => c.warn += 1,
                    ConsoleLevel::Error => c.error += 1,
                }
            }
            ConsoleEvent::Error {
                message,
                source,
                stack,
                ..
            } => {
                cut(message);
                cut_opt(source);
                cut_opt(stack);
                self.counts.uncaught += 1;
            }
            ConsoleEvent::Rejection { reason, stack, .. } => {
                cut(reason);
                cut_opt(stack);
                self.counts.rejections += 1;
            }
            ConsoleEvent::Csp {
                blocked, directive, ..
            } => {
                cut(blocked);
                cut(directive);
                self.counts.csp += 1;
            }
            ConsoleEvent::Resource {
                url,
                element,
                status,
                ..
            } => {
                cut(url);
                if !self.resources.contains_key(url.as_str())
                    && !self.fits(url.len() + element.len() + RESOURCE_OVERHEAD)
                {
                    return Ok(false);
                }
                self.resource(url.clone(), Some(element.clone()), *status, None);
                return Ok(true);
            }
        }
        let size = serde_json::to_string(&event).map_or(MAX_BYTES, |s| s.len() + 1);
        if !self.fits(size) {
            return Ok(false);
        }
        self.events.push(event);
        Ok(true)
    }

    /// A resource the web engine reports as failed (Linux: WebKitGTK's resource API gives the
    /// HTTP status or the network error). Merged by URL with what the page saw.
    pub fn engine_failure(&mut self, url: &str, status: Option<u16>, error: Option<&str>) {
        if self.ended.is_some() || url.is_empty() || url.starts_with("ipc:") {
            return;
        }
        if !self.resources.contains_key(url) && !self.admit() {
            return;
        }
        let mut url = url.to_string();
        cut(&mut url);
        if !self.resources.contains_key(&url) && !self.fits(url.len() + RESOURCE_OVERHEAD) {
            return;
        }
        let error = error.map(|e| {
            let mut e = e.to_string();
            if e.len() > MAX_ERROR {
                let mut end = MAX_ERROR;
                while !e.is_char_boundary(end) {
                    end -= 1;
                }
                e.truncate(end);
            }
            e
        });
        self.resource(url, None, status, error);
    }

    fn resource(
        &mut self,
        url: String,
        kind: Option<String>,
        status: Option<u16>,
        error: Option<String>,
    ) {
        let entry = self.resources.entry(url.clone()).or_insert_with(|| {
            self.counts.resources += 1;
            FailedResource {
                url,
                kind: None,
                status: None,
                error: None,
            }
        });
        entry.kind = entry.kind.take().or(kind);
        // A real HTTP status wins over "cancelled", which WebKit also reports for 404 scripts.
        entry.status = status.filter(|s| *s > 0).or(entry.status);
        if entry.error.is_none() {
            entry.error = error;
        }
    }

    /// The attachment: JSON lines (see the module's comment).
    pub fn to_json_lines(&self) -> String {
        let mut events: Vec<&ConsoleEvent> = self.events.iter().collect();
        let key = |e: &ConsoleEvent| match e {
            ConsoleEvent::Console { t, seq, .. }
            | ConsoleEvent::Error { t, seq, .. }
            | ConsoleEvent::Rejection { t, seq, .. }
            | ConsoleEvent::Resource { t, seq, .. }
            | ConsoleEvent::Csp { t, seq, .. } => (*t, *seq),
        };
        events.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.total_cmp(&kb.0).then(ka.1.cmp(&kb.1))
        });
        let mut out = json!({
            "type": "capture",
            "url": self.url,
            "started": self.started,
            "ended": self.ended,
            "counts": self.counts,
        })
        .to_string();
        out.push('\n');
        for e in events {
            out.push_str(&serde_json::to_string(e).unwrap_or_default());
            out.push('\n');
        }
        for r in self.resources.values() {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            v["type"] = json!("failed_resource");
            out.push_str(&v.to_string());
            out.push('\n');
        }
        if self.counts.limit_reached {
            out.push_str(
                &json!({
                    "type": "limit",
                    "note": format!("the recording reached the {} MB attachment limit: later events were not kept", MAX_BYTES / (1024 * 1024)),
                    "dropped": self.counts.dropped,
                })
                .to_string(),
            );
            out.push('\n');
        }
        out
    }
}

/// The running website capture and its generation. A capture's timer and window act on the
/// capture they belong to: when its timer runs out after the person started a newer capture,
/// it stops only its own recording and must leave the window (now the newer one's) open.
#[derive(Default)]
pub struct CurrentRecording {
    current: std::sync::Mutex<Option<(u64, SharedRecording)>>,
    generations: std::sync::atomic::AtomicU64,
}

pub type SharedRecording = std::sync::Arc<std::sync::Mutex<Recording>>;

fn locked<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl CurrentRecording {
    /// Makes `rec` the current capture; returns its generation and the shared recording.
    pub fn start(&self, rec: Recording) -> (u64, SharedRecording) {
        let generation = self
            .generations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        let shared = std::sync::Arc::new(std::sync::Mutex::new(rec));
        *locked(&self.current) = Some((generation, std::sync::Arc::clone(&shared)));
        (generation, shared)
    }

    pub fn current(&self) -> Option<SharedRecording> {
        locked(&self.current)
            .as_ref()
            .map(|(_, r)| std::sync::Arc::clone(r))
    }

    /// Ends the current capture (the person stopped it).
    pub fn take(&self) -> Option<SharedRecording> {
        locked(&self.current).take().map(|(_, r)| r)
    }

    /// The timer of capture `generation` ran out: its recording stops; `true` when it is still
    /// the current capture, so its window may be closed.
    pub fn expire(&self, generation: u64, rec: &SharedRecording, at: DateTime<Utc>) -> bool {
        locked(rec).stop(at);
        locked(&self.current)
            .as_ref()
            .is_some_and(|(g, _)| *g == generation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec() -> Recording {
        Recording::new(
            "http://127.0.0.1:8080/",
            "2026-11-27T14:00:00Z".parse().unwrap(),
        )
        .unwrap()
    }

    fn log(seq: u32, level: ConsoleLevel, text: &str) -> ConsoleEvent {
        ConsoleEvent::Console {
            t: 1000.0 + f64::from(seq),
            seq,
            level,
            text: text.into(),
        }
    }

    /// A busy site: the recording stops keeping events at the attachment limit and says so.
    #[test]
    fn a_recording_stays_under_the_attachment_limit_and_says_when_it_reached_it() {
        let mut r = rec();
        let long = "x".repeat(MAX_TEXT);
        let mut kept = 0;
        for seq in 0..2_000 {
            if r.push(log(seq, ConsoleLevel::Log, &long)).unwrap() {
                kept += 1;
            }
        }
        for i in 0..50 {
            r.engine_failure(
                &format!("http://127.0.0.1:8080/{}{i}", "y".repeat(9000)),
                Some(404),
                None,
            );
        }
        let out = r.to_json_lines();
        assert!(out.len() <= MAX_BYTES, "{} bytes", out.len());
        assert!(kept > 1_000 && kept < 2_000, "kept {kept}");
        let c = r.counts();
        assert!(c.limit_reached);
        assert_eq!(c.dropped as usize, 2_000 - kept + 50);
        let last: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        assert_eq!(last["type"], "limit");
        let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        assert_eq!(first["counts"]["limit_reached"], true);
    }

    #[test]
    fn an_older_captures_timer_leaves_a_newer_capture_alone() {
        let now: DateTime<Utc> = "2026-11-27T14:00:05Z".parse().unwrap();
        let captures = CurrentRecording::default();
        let (old_gen, old) = captures.start(rec());
        // Stopped early by the person, then a new capture.
        captures.take();
        let (_, new) = captures.start(rec());
        assert!(
            !captures.expire(old_gen, &old, now),
            "the old timer must not close the window"
        );
        assert!(!locked(&old).is_running());
        assert!(locked(&new).is_running());
        assert!(std::sync::Arc::ptr_eq(&captures.current().unwrap(), &new));
        // Replaced without a stop, too.
        let (g1, first) = captures.start(rec());
        let (g2, second) = captures.start(rec());
        assert!(!captures.expire(g1, &first, now));
        assert!(captures.expire(g2, &second, now));
        assert!(!locked(&second).is_running());
    }

    #[test]
    fn urls_are_http_without_credentials() {
        assert!(check_url(" https://example.ch/shop?x=1 ").is_ok());
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https://",
            "https://user:pw@example.ch/",
            "http://a b/",
        ] {
            assert_eq!(
                check_url(bad).unwrap_err().field.as_deref(),
                Some("url"),
                "{bad}"
            );
        }
        assert_eq!(
            origin_of("http://127.0.0.1:8080/a?b"),
            "http://127.0.0.1:8080"
        );
    }

    #[test]
    fn events_are_counted_ordered_and_resources_merged_by_url() {
        let mut r = rec();
        r.push(log(2, ConsoleLevel::Warn, "second")).unwrap();
        r.push(log(1, ConsoleLevel::Log, "first")).unwrap();
        r.push(ConsoleEvent::Resource {
            t: 1003.0,
            seq: 3,
            url: "http://127.0.0.1:8080/missing.js".into(),
            element: "script".into(),
            status: None,
        })
        .unwrap();
        r.engine_failure(
            "http://127.0.0.1:8080/missing.js",
            None,
            Some("Load request cancelled"),
        );
        r.engine_failure("http://127.0.0.1:8080/missing.js", Some(404), None);
        r.engine_failure("http://127.0.0.1:9/x.png", None, Some("Connection refused"));
        let c = r.counts();
        assert_eq!((c.log, c.warn, c.resources), (1, 1, 2));
        let out = r.to_json_lines();
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["type"], "capture");
        assert_eq!(lines[1]["text"], "first");
        assert_eq!(lines[2]["text"], "second");
        let js = lines
            .iter()
            .find(|l| l["url"] == "http://127.0.0.1:8080/missing.js")
            .unwrap();
        assert_eq!(js["resource_type"], "script");
        assert_eq!(js["status"], 404);
        assert_eq!(lines.len(), 5);
    }

    #[test]
    fn oversized_or_unknown_events_are_refused_whole() {
        let big = json!({ "type": "console", "t": 1.0, "seq": 1, "level": "log", "text": "x".repeat(70_000) });
        assert_eq!(
            parse_event(&big).unwrap_err().field.as_deref(),
            Some("event")
        );
        let odd = json!({ "type": "keylogger", "keys": "hunter2" });
        assert_eq!(
            parse_event(&odd).unwrap_err().field.as_deref(),
            Some("event")
        );
        let ok = json!({ "type": "console", "t": 1.0, "seq": 1, "level": "log", "text": "hi" });
        assert!(matches!(
            parse_event(&ok).unwrap(),
            ConsoleEvent::Console { .. }
        ));
    }

    #[test]
    fn size_rate_and_stop_bound_what_a_page_can_send() {
        let mut r = rec();
        r.push(log(1, ConsoleLevel::Log, &"x".repeat(100_000)))
            .unwrap();
        let kept = r.to_json_lines();
        assert!(kept.len() < 10_000, "{}", kept.len());
        let mut accepted = 0;
        for i in 0..5000 {
            if r.push(log(i, ConsoleLevel::Log, "spam")).unwrap() {
                accepted += 1;
            }
        }
        assert!(accepted < 2100, "{accepted} accepted at once");
        assert!(r.counts().dropped > 2900);
        r.stop("2026-11-27T14:01:00Z".parse().unwrap());
        assert!(!r.push(log(9, ConsoleLevel::Log, "late")).unwrap());
        assert!(!r.counts().running);
        let bad = r
            .push(ConsoleEvent::Resource {
                t: 0.0,
                seq: 0,
                url: String::new(),
                element: "img".into(),
                status: None,
            })
            .unwrap_err();
        assert_eq!(bad.field.as_deref(), Some("event"));
    }
}
