//! How the web view paints on a machine without a GPU (issue 12: first paint and memory).
//!
//! WebKitGTK composites and rasterizes its pages through OpenGL. Without a GPU device (a virtual
//! machine, a remote desktop, a container) Mesa runs that OpenGL on the CPU (llvmpipe), compiling
//! every shader with LLVM: measured here, the first screen spent ~300 ms compiling shaders before
//! it showed, and the GL stack held ~80 MiB. WebKit's non-composited mode paints the same pages
//! on the CPU directly. So when no GPU device is present, and the person has not said otherwise,
//! the app asks for that mode before WebKit starts. `WEBKIT_DISABLE_COMPOSITING_MODE=0` keeps
//! WebKit's default on such a machine; with a GPU nothing changes.

use std::path::Path;

/// The variable WebKitGTK reads at start ("0" keeps compositing on).
pub const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Whether `dev` (`/dev`) has a device an OpenGL driver renders on: a DRM node (`dri/renderD*`,
/// `dri/card*`) or NVIDIA's own (`nvidia0`).
pub fn has_gpu_device(dev: &Path) -> bool {
    let drm = std::fs::read_dir(dev.join("dri")).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("renderD") || name.starts_with("card")
        })
    });
    drm || dev.join("nvidia0").exists()
}

/// Whether to ask for the non-composited mode: only on Linux, without a GPU device, and when
/// the variable is not already set (by the person, or a launcher).
pub fn paint_without_gpu(os: &str, already_set: bool, has_gpu: bool) -> bool {
    os == "linux" && !already_set && !has_gpu
}

/// Decides and sets the variable; call before any thread starts and before WebKit does.
/// Returns whether it was set (the app log says so once the log is open).
pub fn choose() -> bool {
    let set = paint_without_gpu(
        std::env::consts::OS,
        std::env::var_os(NO_COMPOSITING).is_some(),
        has_gpu_device(Path::new("/dev")),
    );
    if set {
        // No other thread runs yet (first thing in `run`): nothing reads the environment meanwhile.
        std::env::set_var(NO_COMPOSITING, "1");
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_a_card_or_an_nvidia_device_is_a_gpu() {
        let dev = tempfile::tempdir().unwrap();
        assert!(!has_gpu_device(dev.path()), "an empty /dev has no GPU");
        std::fs::create_dir(dev.path().join("dri")).unwrap();
        assert!(
            !has_gpu_device(dev.path()),
            "an empty dri folder has no GPU"
        );
        std::fs::write(dev.path().join("dri/by-path"), "").unwrap();
        assert!(!has_gpu_device(dev.path()));
        std::fs::write(dev.path().join("dri/renderD128"), "").unwrap();
        assert!(has_gpu_device(dev.path()));

        let dev = tempfile::tempdir().unwrap();
        std::fs::create_dir(dev.path().join("dri")).unwrap();
        std::fs::write(dev.path().join("dri/card0"), "").unwrap();
        assert!(has_gpu_device(dev.path()));

        let dev = tempfile::tempdir().unwrap();
        std::fs::write(dev.path().join("nvidia0"), "").unwrap();
        assert!(has_gpu_device(dev.path()));
    }

    #[test]
    fn only_linux_without_a_gpu_and_without_the_persons_own_setting() {
        assert!(paint_without_gpu("linux", false, false));
        assert!(
            !paint_without_gpu("linux", false, true),
            "a GPU keeps WebKit's default"
        );
        assert!(
            !paint_without_gpu("linux", true, false),
            "the person's setting stands"
        );
        assert!(!paint_without_gpu("windows", false, false));
        assert!(!paint_without_gpu("macos", false, false));
    }
}
