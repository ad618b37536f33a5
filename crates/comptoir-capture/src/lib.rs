//! What a support request attaches, gathered on this machine: screenshots (capture, crop,
//! annotate, redact with a solid fill), the app's own log, a website's console recorded in a
//! separate window, and imported `.log`/`.txt`/`.har` files. Every result is a file written
//! under the incoming folder (`<app data>/support/incoming/`), handed on as an [`Attachment`];
//! the support composer moves it into its draft and passes text through the redactor.
//!
//! No Tauri here: the shell opens the windows and calls these functions.

pub mod applog;
pub mod console;
pub mod edit;
pub mod import;
pub mod screen;
pub mod shots;

use std::path::{Path, PathBuf};

/// The image type screenshots travel in (xcap's own `image`).
pub use image;

use chrono::{DateTime, Utc};
use comptoir_core::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What an incoming file is (the composer shows and redacts each kind its own way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
// The store's attachment kind (the composer's) has the TypeScript name `AttachmentKind`; this
// one is what capture produces, a subset of it.
#[ts(rename = "CaptureKind")]
pub enum AttachmentKind {
    Screenshot,
    AppLog,
    WebsiteConsole,
    Imported,
}

/// A file ready to attach: where it is, what it is, the name people see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    pub path: String,
    pub kind: AttachmentKind,
    pub name: String,
}

/// The incoming folder under the app's data folder.
pub fn incoming_dir(app_data: &Path) -> PathBuf {
    app_data.join("support").join("incoming")
}

/// Writes `bytes` into `dir` (created) as `<stem>-<UTC time>[-n].<ext>`, never over an existing
/// file (two captures in one second get `-2`, `-3`...). The name people see is the file name.
pub fn write_incoming(
    dir: &Path,
    stem: &str,
    ext: &str,
    at: DateTime<Utc>,
    kind: AttachmentKind,
    bytes: &[u8],
) -> Result<Attachment> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", dir.display())))?;
    let base = format!("{stem}-{}", at.format("%Y%m%d-%H%M%S"));
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{base}.{ext}")
        } else {
            format!("{base}-{n}.{ext}")
        };
        let path = dir.join(&name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                use std::io::Write;
                f.write_all(bytes)
                    .map_err(|e| Error::storage(format!("cannot write {}: {e}", path.display())))?;
                return Ok(Attachment {
                    path: path.display().to_string(),
                    kind,
                    name,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(Error::storage(format!(
                    "cannot write {}: {e}",
                    path.display()
                )))
            }
        }
    }
    Err(Error::storage(format!(
        "too many files named {base} in {}",
        dir.display()
    )))
}

/// The capture types that cross IPC, for the shell's bindings generator.
#[macro_export]
macro_rules! for_each_capture_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::AttachmentKind,
            $crate::Attachment,
            $crate::edit::Rect,
            $crate::edit::Point,
            $crate::edit::Sensitive,
            $crate::edit::Op,
            $crate::edit::SensitiveBox,
            $crate::shots::Shot,
            $crate::screen::CaptureEnvironment,
            $crate::screen::MonitorInfo,
            $crate::screen::WindowInfo,
            $crate::screen::Desktop,
            $crate::applog::UiLevel,
            $crate::applog::UiLogEntry,
            $crate::applog::LogWindow,
            $crate::console::ConsoleLevel,
            $crate::console::ConsoleEvent,
            $crate::console::ConsoleCounts,
        );
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incoming_files_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let inc = incoming_dir(dir.path());
        let at = "2026-11-27T14:05:09Z".parse().unwrap();
        let a = write_incoming(
            &inc,
            "screenshot",
            "png",
            at,
            AttachmentKind::Screenshot,
            b"1",
        )
        .unwrap();
        let b = write_incoming(
            &inc,
            "screenshot",
            "png",
            at,
            AttachmentKind::Screenshot,
            b"2",
        )
        .unwrap();
        assert_eq!(a.name, "screenshot-20261127-140509.png");
        assert_eq!(b.name, "screenshot-20261127-140509-2.png");
        assert_eq!(std::fs::read(&a.path).unwrap(), b"1");
        assert_eq!(std::fs::read(&b.path).unwrap(), b"2");
        assert!(a.path.contains("support/incoming"));
    }
}
