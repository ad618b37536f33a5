//! The real subscriber writing daily files into a temporary log folder, then exported.

use chrono::Utc;
use comptoir_capture::applog::{self, LogWindow, UiLevel, UiLog, UiLogEntry};

#[test]
fn ui_lines_and_engine_events_reach_the_daily_file_and_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let guard = applog::init(dir.path()).unwrap();
    tracing::info!(target: "comptoir", "workspace opened");
    let ui = UiLog::default();
    let entry = |level, message: &str, source: &str, stack: Option<&str>| UiLogEntry {
        level,
        message: message.into(),
        source: source.into(),
        stack: stack.map(Into::into),
    };
    assert!(ui
        .record(&entry(UiLevel::Warn, "slow page", "console", None))
        .unwrap());
    assert!(ui
        .record(&entry(
            UiLevel::Error,
            "TypeError: x is undefined\n2020-01-01T00:00:00Z ERROR forged",
            "error",
            Some("at f (app.js:1:2)\nat g (app.js:3:4)"),
        ))
        .unwrap());
    // Past the burst, lines are dropped and the drop is said once.
    let written = (0..400)
        .filter(|i| {
            ui.record(&entry(
                UiLevel::Debug,
                &format!("spam {i}"),
                "console",
                None,
            ))
            .unwrap()
        })
        .count();
    assert!(written < 250, "{written} of 400 written at once");
    drop(guard); // flushes the writer thread

    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let today = Utc::now().format("%Y-%m-%d").to_string();
    assert!(
        files.iter().any(|f| f == &format!("comptoir.log.{today}")),
        "{files:?}"
    );

    let text = applog::export(dir.path(), &LogWindow::Last15Minutes, Utc::now()).unwrap();
    assert!(text.contains("INFO comptoir: workspace opened"), "{text}");
    assert!(text.contains("WARN ui: slow page"), "{text}");
    assert!(
        text.contains("ERROR ui: TypeError: x is undefined"),
        "{text}"
    );
    assert!(text.contains("\n    at g (app.js:3:4)"), "{text}");
    assert!(text.contains("dropped"), "{text}");
    // The forged line stayed a continuation of its entry.
    assert!(!text.lines().any(|l| l.starts_with("2020-")), "{text}");
    // An hour-old window in the past holds none of it.
    let past = LogWindow::Custom {
        from: Utc::now() - chrono::Duration::hours(3),
        to: Utc::now() - chrono::Duration::hours(2),
    };
    assert_eq!(applog::export(dir.path(), &past, Utc::now()).unwrap(), "");
}
