//! How the web view draws on a machine without a GPU (issue 12: first paint and memory).
//!
//! WebKitGTK draws its pages with Skia on the GPU through OpenGL. Without a GPU device (a virtual
//! machine, a remote desktop, a container) Mesa runs that OpenGL on the CPU (llvmpipe): measured
//! on such a machine, the frame that first shows the data took ~300 ms to draw and the GL stack
//! held ~25 MiB more. WebKit can draw the same pages with Skia on the CPU instead
//! (`WEBKIT_SKIA_ENABLE_CPU_RENDERING=1`), and keeps composition and its threads as they are: on
//! the same machine that frame took ~50–100 ms. So when no GPU device is present, and the variable
//! is not already set (by the person, or a launcher; `0` keeps the GPU path), the app asks for it
//! before WebKit starts. With a GPU nothing changes.
//!
//! (Session 9 tried WebKit's non-composited mode instead: faster still to paint, but painting
//! moves to the main thread, and an async WebDriver script never answered there.)

use std::path::Path;

/// The variable WebKitGTK reads at start.
pub const CPU_RENDERING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Whether `dev` (`/dev`) has a device OpenGL may render on: a DRM render node (`dri/renderD*`),
/// NVIDIA's own (`nvidia0`, `nvidia1`... without `/dev/dri` in some containers), WSL2's GPU
/// (`dxg`, Mesa's d3d12 driver), or an ARM vendor driver's (`mali*`, `galcore`). A display-only
/// DRM card (`dri/card0` of `simpledrm`, a virtual machine's display) has no render node, and
/// Mesa falls back to llvmpipe there.
pub fn has_gpu_device(dev: &Path) -> bool {
    let any = |dir: &Path, wanted: &dyn Fn(&str) -> bool| {
        std::fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| wanted(&e.file_name().to_string_lossy()))
        })
    };
    any(&dev.join("dri"), &|name| name.starts_with("renderD"))
        || any(dev, &|name| {
            name == "dxg"
                || name == "galcore"
                || name.starts_with("mali")
                || name
                    .strip_prefix("nvidia")
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether to ask for CPU drawing: only on Linux (WebKitGTK), without a GPU device, and when the
/// variable is not already set.
pub fn draw_on_cpu(os: &str, already_set: bool, has_gpu: bool) -> bool {
    os == "linux" && !already_set && !has_gpu
}

/// Decides and sets the variable; call before any thread starts and before WebKit does.
/// Returns whether it was set (the app log says so once the log is open).
pub fn choose() -> bool {
    let set = draw_on_cpu(
        std::env::consts::OS,
        std::env::var_os(CPU_RENDERING).is_some(),
        has_gpu_device(Path::new("/dev")),
    );
    if set {
        // No other thread runs yet (first thing in `run`): nothing reads the environment meanwhile.
        std::env::set_var(CPU_RENDERING, "1");
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_or_an_nvidia_device_is_a_gpu_a_display_only_card_is_not() {
        let dev = tempfile::tempdir().unwrap();
        assert!(!has_gpu_device(dev.path()), "an empty /dev has no GPU");
        std::fs::create_dir(dev.path().join("dri")).unwrap();
        assert!(
            !has_gpu_device(dev.path()),
            "an empty dri folder has no GPU"
        );
        std::fs::write(dev.path().join("dri/card0"), "").unwrap();
        std::fs::create_dir(dev.path().join("dri/by-path")).unwrap();
        assert!(
            !has_gpu_device(dev.path()),
            "a display-only card (simpledrm) is drawn on by llvmpipe"
        );
        std::fs::write(dev.path().join("dri/renderD128"), "").unwrap();
        assert!(has_gpu_device(dev.path()));

        for device in ["nvidia0", "nvidia1", "dxg", "mali0", "galcore"] {
            let dev = tempfile::tempdir().unwrap();
            std::fs::write(dev.path().join(device), "").unwrap();
            assert!(has_gpu_device(dev.path()), "{device}");
        }
        // NVIDIA's control nodes alone are not a GPU to draw on.
        let dev = tempfile::tempdir().unwrap();
        std::fs::write(dev.path().join("nvidiactl"), "").unwrap();
        std::fs::write(dev.path().join("nvidia-uvm"), "").unwrap();
        assert!(!has_gpu_device(dev.path()));
    }

    #[test]
    fn cpu_drawing_only_on_linux_without_a_gpu_and_never_over_a_choice_made() {
        assert!(draw_on_cpu("linux", false, false));
        assert!(!draw_on_cpu("linux", false, true), "a GPU draws");
        assert!(
            !draw_on_cpu("linux", true, false),
            "the person's or the launcher's setting stands, 0 included"
        );
        assert!(
            !draw_on_cpu("windows", false, false),
            "WebView2 has its own"
        );
        assert!(!draw_on_cpu("macos", false, false), "WKWebView has its own");
    }
}
