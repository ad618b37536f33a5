//! The screen through xcap: monitors, windows (where the desktop lists them), and what kind of
//! desktop this is (on Wayland xcap goes through the desktop portal, which may ask the person).

use comptoir_core::{Error, ErrorCode, Result};
use image::RgbaImage;
use serde::Serialize;
use ts_rs::TS;
use xcap::{Monitor, Window};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MonitorInfo {
    pub id: u32,
    pub name: String,
    /// Position on the virtual desktop, physical pixels.
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub scale_factor: f32,
    pub primary: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WindowInfo {
    pub id: u32,
    pub title: String,
    pub app_name: String,
    pub width: u32,
    pub height: u32,
}

/// The kind of desktop session, for what the UI says before a capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Desktop {
    X11,
    /// Captures go through the desktop portal: a permission prompt may appear.
    Wayland,
    Other,
}

/// Reads the session kind from `WAYLAND_DISPLAY` and `XDG_SESSION_TYPE` (either says Wayland).
pub fn desktop_from(wayland_display: Option<&str>, session_type: Option<&str>) -> Desktop {
    let set = |v: Option<&str>| v.is_some_and(|s| !s.trim().is_empty());
    if set(wayland_display) || session_type.is_some_and(|s| s.eq_ignore_ascii_case("wayland")) {
        Desktop::Wayland
    } else if cfg!(target_os = "linux") || session_type.is_some_and(|s| s == "x11") {
        Desktop::X11
    } else {
        Desktop::Other
    }
}

pub fn desktop() -> Desktop {
    desktop_from(
        std::env::var("WAYLAND_DISPLAY").ok().as_deref(),
        std::env::var("XDG_SESSION_TYPE").ok().as_deref(),
    )
}

fn xcap_error(what: &str, e: xcap::XCapError) -> Error {
    Error::new(ErrorCode::Internal, format!("{what}: {e}"))
}

fn monitor_info(m: &Monitor) -> Result<MonitorInfo> {
    let e = |err| xcap_error("cannot read the monitor", err);
    Ok(MonitorInfo {
        id: m.id().map_err(e)?,
        name: m.name().unwrap_or_default(),
        x: m.x().map_err(e)?,
        y: m.y().map_err(e)?,
        width: m.width().map_err(e)?,
        height: m.height().map_err(e)?,
        scale_factor: m.scale_factor().unwrap_or(1.0),
        primary: m.is_primary().unwrap_or(false),
    })
}

/// Every monitor, in the order the system lists them.
pub fn monitors() -> Result<Vec<MonitorInfo>> {
    Monitor::all()
        .map_err(|e| xcap_error("cannot list the monitors", e))?
        .iter()
        .map(monitor_info)
        .collect()
}

/// A capture of one monitor and where that monitor sits on the virtual desktop.
pub struct MonitorShot {
    pub monitor: MonitorInfo,
    pub image: RgbaImage,
}

/// Captures the monitor `id`, or the first (primary when the system says so) when `None`.
pub fn capture_monitor(id: Option<u32>) -> Result<MonitorShot> {
    let all = Monitor::all().map_err(|e| xcap_error("cannot list the monitors", e))?;
    let chosen = match id {
        Some(id) => all
            .into_iter()
            .find(|m| m.id().ok() == Some(id))
            .ok_or_else(|| Error::not_found("monitor", id).with_field("monitor"))?,
        None => {
            let primary = all.iter().position(|m| m.is_primary().unwrap_or(false));
            let mut all = all;
            if all.is_empty() {
                return Err(Error::not_found("monitor", "any").with_field("monitor"));
            }
            all.swap_remove(primary.unwrap_or(0))
        }
    };
    let monitor = monitor_info(&chosen)?;
    let image = chosen
        .capture_image()
        .map_err(|e| xcap_error("the screen capture failed", e))?;
    Ok(MonitorShot { monitor, image })
}

/// Why window capture is not offered: the desktop (no window manager, some Wayland
/// compositors) does not list its windows.
pub const NO_WINDOW_LIST: &str = "your desktop does not list windows; capture a screen or a region";

/// The windows the desktop lists, minimized ones left out. Under a bare X server (no window
/// manager) xcap cannot list them: that is an `InvalidInput` on `window` saying so.
pub fn windows() -> Result<Vec<WindowInfo>> {
    let all =
        Window::all().map_err(|e| Error::invalid("window", format!("{NO_WINDOW_LIST} ({e})")))?;
    Ok(all
        .iter()
        .filter(|w| !w.is_minimized().unwrap_or(false))
        .filter_map(|w| {
            Some(WindowInfo {
                id: w.id().ok()?,
                title: w.title().unwrap_or_default(),
                app_name: w.app_name().unwrap_or_default(),
                width: w.width().ok()?,
                height: w.height().ok()?,
            })
        })
        .filter(|w| w.width > 0 && w.height > 0)
        .collect())
}

/// What the capture panel offers on this desktop.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CaptureEnvironment {
    pub desktop: Desktop,
    pub monitors: Vec<MonitorInfo>,
    /// `None` when the desktop does not list windows (then `windows_error` says why).
    pub windows: Option<Vec<WindowInfo>>,
    pub windows_error: Option<String>,
}

/// Monitors, windows where listed (Comptoir's own too: a capture of it is pre-redacted), and
/// the desktop kind.
pub fn environment() -> Result<CaptureEnvironment> {
    let (windows, windows_error) = match windows() {
        Ok(w) => (Some(w), None),
        Err(e) => (None, Some(e.message)),
    };
    Ok(CaptureEnvironment {
        desktop: desktop(),
        monitors: monitors()?,
        windows,
        windows_error,
    })
}

/// Captures the window `id` as listed by [`windows`]; with its top left on the desktop.
pub fn capture_window(id: u32) -> Result<(RgbaImage, (i32, i32))> {
    let all =
        Window::all().map_err(|e| Error::invalid("window", format!("{NO_WINDOW_LIST} ({e})")))?;
    let w = all
        .into_iter()
        .find(|w| w.id().ok() == Some(id))
        .ok_or_else(|| Error::not_found("window", id).with_field("window"))?;
    let origin = (w.x().unwrap_or(0), w.y().unwrap_or(0));
    let image = w
        .capture_image()
        .map_err(|e| xcap_error("the window capture failed", e))?;
    Ok((image, origin))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wayland_is_told_by_either_variable() {
        assert_eq!(desktop_from(Some("wayland-0"), None), Desktop::Wayland);
        assert_eq!(desktop_from(None, Some("wayland")), Desktop::Wayland);
        assert_eq!(desktop_from(Some(""), Some("x11")), Desktop::X11);
        if cfg!(target_os = "linux") {
            assert_eq!(desktop_from(None, None), Desktop::X11);
        }
    }
}
