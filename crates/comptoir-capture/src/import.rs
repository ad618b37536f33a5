//! Importing a saved `.log`, `.txt` or `.har` file. Text files come in as they are (UTF-16
//! decoded, invalid UTF-8 replaced, NUL bytes refused as binary); a HAR is summarized: every request with status 400 or more (or that never
//! got an answer) and any console-like entries some exporters add, never headers, cookies or
//! bodies (where tokens travel).

use std::path::Path;

use comptoir_core::{Error, Result};
use serde_json::Value;

/// The largest file imported.
pub const MAX_IMPORT: u64 = 20 * 1024 * 1024;

/// What an import gives: the name people see and the text to attach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub name: String,
    pub text: String,
}

/// Reads `path` (a `.log`, `.txt` or `.har` of at most 20 MB).
pub fn import_file(path: &Path) -> Result<Imported> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !matches!(ext.as_str(), "log" | "txt" | "har") {
        return Err(Error::invalid(
            "file",
            format!("{name}: only .log, .txt and .har files can be imported"),
        ));
    }
    let size = std::fs::metadata(path)
        .map_err(|e| Error::invalid("file", format!("cannot read {name}: {e}")))?
        .len();
    if size > MAX_IMPORT {
        return Err(Error::invalid(
            "file",
            format!(
                "{name} is {:.1} MB; the most that can be imported is {} MB",
                size as f64 / 1024.0 / 1024.0,
                MAX_IMPORT / 1024 / 1024
            ),
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Error::invalid("file", format!("cannot read {name}: {e}")))?;
    let text = if ext == "har" {
        summarize_har(&name, &bytes)?
    } else {
        // UTF-16 (Windows tools) decoded, or no pattern of the redactor would match.
        match comptoir_core::log_text::log_text(&bytes) {
            Some(Ok(t)) => t,
            Some(Err(other)) => String::from_utf8_lossy(other).into_owned(),
            None => {
                return Err(Error::invalid(
                    "file",
                    format!("{name} holds binary data (NUL bytes), not text"),
                ))
            }
        }
    };
    Ok(Imported { name, text })
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The readable summary of a HAR (HTTP Archive 1.2) file.
pub fn summarize_har(name: &str, bytes: &[u8]) -> Result<String> {
    let har: Value = serde_json::from_slice(bytes).map_err(|e| {
        Error::invalid(
            "file",
            format!(
                "{name} is not a HAR file: invalid JSON at line {}, column {} ({e})",
                e.line(),
                e.column()
            ),
        )
    })?;
    let log = har.get("log").filter(|l| l.is_object()).ok_or_else(|| {
        Error::invalid(
            "file",
            format!("{name} is JSON but not a HAR file: no \"log\" object"),
        )
    })?;
    let entries = log
        .get("entries")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            Error::invalid(
                "file",
                format!("{name} is a HAR file without \"log.entries\""),
            )
        })?;
    let creator = log.get("creator").map_or(String::new(), |c| {
        format!("{} {}", str_of(c, "name"), str_of(c, "version"))
    });
    let mut failed = Vec::new();
    for e in entries {
        let status = e
            .pointer("/response/status")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        if status != 0 && status < 400 {
            continue;
        }
        let req = e.get("request").cloned().unwrap_or_default();
        let kind = e
            .get("_resourceType")
            .and_then(Value::as_str)
            .map(|k| format!(" [{k}]"))
            .unwrap_or_default();
        let status_text = e
            .pointer("/response/statusText")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(|s| format!(" {s}"))
            .unwrap_or_default();
        let error = e
            .pointer("/response/_error")
            .and_then(Value::as_str)
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let status = if status == 0 {
            "no response".to_string()
        } else {
            status.to_string()
        };
        failed.push(format!(
            "{} {} {} → {status}{status_text}{kind}{error}",
            str_of(e, "startedDateTime"),
            str_of(&req, "method"),
            str_of(&req, "url"),
        ));
    }
    // Console messages are not in the HAR standard; some exporters add them under these names.
    let mut console = Vec::new();
    let mut scan = |holder: &Value| {
        for key in ["_console", "_consoleMessages", "_logs"] {
            for m in holder
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let level = [str_of(m, "level"), str_of(m, "type")]
                    .into_iter()
                    .find(|s| !s.is_empty())
                    .unwrap_or("log");
                let text = [str_of(m, "text"), str_of(m, "message")]
                    .into_iter()
                    .find(|s| !s.is_empty())
                    .unwrap_or("");
                console.push(format!("[{level}] {text}"));
            }
        }
    };
    scan(log);
    for p in log
        .get("pages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        scan(p);
    }
    for e in entries {
        scan(e);
    }
    let mut out = format!(
        "HAR summary of {name}{}\n{} requests, {} failed (status 400 or more, or no response)\n",
        if creator.trim().is_empty() {
            String::new()
        } else {
            format!(" (made by {})", creator.trim())
        },
        entries.len(),
        failed.len()
    );
    out.push_str("\nFailed requests:\n");
    for f in &failed {
        out.push_str("  ");
        out.push_str(f);
        out.push('\n');
    }
    if !console.is_empty() {
        out.push_str(&format!("\nConsole ({} messages):\n", console.len()));
        for c in &console {
            out.push_str("  ");
            out.push_str(c);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HAR: &str = r#"{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},
      "pages":[{"id":"p1","_console":[{"level":"error","text":"Uncaught TypeError: x is undefined"}]}],
      "entries":[
        {"startedDateTime":"2026-11-27T10:00:00Z","request":{"method":"GET","url":"https://shop.example.ch/","headers":[{"name":"Cookie","value":"sid=SECRET"}]},"response":{"status":200,"statusText":"OK"}},
        {"startedDateTime":"2026-11-27T10:00:01Z","_resourceType":"image","request":{"method":"GET","url":"https://shop.example.ch/logo.png"},"response":{"status":404,"statusText":"Not Found"}},
        {"startedDateTime":"2026-11-27T10:00:02Z","request":{"method":"POST","url":"https://shop.example.ch/api/cart","postData":{"text":"password=SECRET"}},"response":{"status":500,"statusText":"Internal Server Error"}},
        {"startedDateTime":"2026-11-27T10:00:03Z","request":{"method":"GET","url":"https://cdn.example.ch/app.js"},"response":{"status":0,"statusText":"","_error":"net::ERR_NAME_NOT_RESOLVED"}}
      ]}}"#;

    #[test]
    fn har_summary_lists_failures_and_console_but_no_headers_or_bodies() {
        let s = summarize_har("shop.har", HAR.as_bytes()).unwrap();
        assert!(s.contains("4 requests, 3 failed"), "{s}");
        assert!(s.contains("GET https://shop.example.ch/logo.png → 404 Not Found [image]"));
        assert!(s.contains("POST https://shop.example.ch/api/cart → 500 Internal Server Error"));
        assert!(s.contains("app.js → no response (net::ERR_NAME_NOT_RESOLVED)"));
        assert!(s.contains("[error] Uncaught TypeError"));
        assert!(!s.contains("SECRET"), "{s}");
        assert!(!s.contains("shop.example.ch/ →"), "the 200 is not listed");
    }

    #[test]
    fn bad_json_names_the_file_and_where() {
        let e = summarize_har("broken.har", b"{\"log\": {\"entries\": [\n  {,}]}}").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("file"));
        assert!(e.message.contains("broken.har"), "{}", e.message);
        assert!(e.message.contains("line 2"), "{}", e.message);
        let e = summarize_har("x.har", b"{\"nolog\": 1}").unwrap_err();
        assert!(e.message.contains("x.har") && e.message.contains("log"));
    }

    #[test]
    fn files_by_extension_and_size() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("mail.log");
        std::fs::write(&log, b"line one\nbad \xff byte\n").unwrap();
        let got = import_file(&log).unwrap();
        assert_eq!(got.name, "mail.log");
        assert_eq!(got.text, "line one\nbad \u{fffd} byte\n");
        let har = dir.path().join("site.HAR");
        std::fs::write(&har, HAR).unwrap();
        assert!(import_file(&har)
            .unwrap()
            .text
            .starts_with("HAR summary of site.HAR"));
        // Break-it review: UTF-16 came in with NULs between the letters (no pattern matched).
        let ps = dir.path().join("ps.log");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(
            "password=PsPw2024x\r\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        std::fs::write(&ps, &utf16).unwrap();
        assert_eq!(import_file(&ps).unwrap().text, "password=PsPw2024x\r\n");
        let nul = dir.path().join("core.txt");
        std::fs::write(&nul, b"ELF\x00\x01 password=x").unwrap();
        assert_eq!(
            import_file(&nul).unwrap_err().field.as_deref(),
            Some("file")
        );
        let exe = dir.path().join("tool.exe");
        std::fs::write(&exe, b"MZ").unwrap();
        assert_eq!(
            import_file(&exe).unwrap_err().field.as_deref(),
            Some("file")
        );
        let big = dir.path().join("big.txt");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_IMPORT + 1).unwrap();
        let e = import_file(&big).unwrap_err();
        assert!(
            e.message.contains("big.txt") && e.message.contains("20 MB"),
            "{}",
            e.message
        );
    }
}
