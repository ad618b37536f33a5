//! Capture of a known picture on a private X server (Xvfb): the captured pixels are the painted
//! ones, a crop is the painted region, and in the exported PNG (decoded back) a redacted
//! rectangle holds only the fill colour while everything else is untouched.
//!
//! Needs `Xvfb` and `xsetroot` (scripts/setup.sh --test installs them); the test
//! starts its own server, so it runs with or without a DISPLAY.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use comptoir_capture::edit::{self, Op, Point, Rect, REDACT_FILL};
use comptoir_capture::screen;

struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts Xvfb on a free display and points this process at it. `-noreset`: otherwise the
/// server resets (root background and all) each time its last client, such as xsetroot or one
/// xcap capture, disconnects.
fn xvfb(w: u32, h: u32) -> Xvfb {
    for n in 140..200 {
        if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            || Path::new(&format!("/tmp/.X{n}-lock")).exists()
        {
            continue;
        }
        let child = Command::new("Xvfb")
            .args([
                &format!(":{n}"),
                "-screen",
                "0",
                &format!("{w}x{h}x24"),
                "-nolisten",
                "tcp",
                "-noreset",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed for this test (scripts/setup.sh --test installs it)");
        let mut server = Xvfb(child);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
                std::env::set_var("DISPLAY", format!(":{n}"));
                std::env::remove_var("WAYLAND_DISPLAY");
                return server;
            }
            if let Ok(Some(_)) = server.0.try_wait() {
                break; // lost the race for this number: try the next
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = server.0.kill();
    }
    panic!("no free X display for Xvfb");
}

const TILE: u32 = 64;
const FG: [u8; 3] = [0xcc, 0x33, 0x33];
const BG: [u8; 3] = [0x33, 0x66, 0xcc];

/// An asymmetric two-colour tile (a flip or shift of the capture would show).
fn tile_bit(x: u32, y: u32) -> bool {
    (x < 40 && y < 20) || (x / 8 + y / 16).is_multiple_of(3)
}

/// The tile as an X bitmap file for `xsetroot -bitmap` (rows of bytes, least significant bit
/// first).
fn xbm() -> String {
    let mut bytes = Vec::new();
    for y in 0..TILE {
        for bx in 0..TILE / 8 {
            let mut b = 0u8;
            for i in 0..8 {
                if tile_bit(bx * 8 + i, y) {
                    b |= 1 << i;
                }
            }
            bytes.push(format!("0x{b:02x}"));
        }
    }
    format!(
        "#define t_width {TILE}\n#define t_height {TILE}\nstatic unsigned char t_bits[] = {{\n{}\n}};\n",
        bytes.join(", ")
    )
}

/// What the root window shows once tiled with the bitmap.
fn painted(x: u32, y: u32) -> [u8; 3] {
    if tile_bit(x % TILE, y % TILE) {
        FG
    } else {
        BG
    }
}

#[test]
fn captured_pixels_match_the_painted_root_window_and_redaction_holds_only_fill() {
    let (w, h) = (640, 400);
    let _x = xvfb(w, h);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tile.xbm");
    std::fs::write(&file, xbm()).unwrap();
    // xsetroot tiles the root window with the bitmap in two known colours.
    let status = Command::new("xsetroot")
        .args([
            "-bitmap",
            file.to_str().unwrap(),
            "-fg",
            "#cc3333",
            "-bg",
            "#3366cc",
        ])
        .output()
        .expect("xsetroot (x11-xserver-utils) is needed for this test");
    assert!(
        status.status.success(),
        "xsetroot: {}",
        String::from_utf8_lossy(&status.stderr)
    );

    let monitors = screen::monitors().unwrap();
    assert_eq!(monitors.len(), 1, "{monitors:?}");
    assert_eq!((monitors[0].width, monitors[0].height), (w, h));
    let shot = screen::capture_monitor(None).unwrap();
    assert_eq!(shot.monitor, monitors[0]);
    let mut diff = 0;
    for (x, y, px) in shot.image.enumerate_pixels() {
        if px.0[..3] != painted(x, y) {
            diff += 1;
        }
    }
    assert_eq!(
        diff,
        0,
        "{diff} pixels differ from the painted picture; (0,0) is {:?}",
        shot.image.get_pixel(0, 0)
    );

    // Windows cannot be listed without a window manager: said, not a crash.
    let e = screen::windows().unwrap_err();
    assert_eq!(e.field.as_deref(), Some("window"));
    assert!(e.message.contains("does not list windows"), "{}", e.message);

    // A region: the tile's solid corner of the second tile, exactly.
    let region = edit::crop(&shot.image, &Rect::new(64, 128, 40, 20)).unwrap();
    assert_eq!((region.width(), region.height()), (40, 20));
    assert!(region.pixels().all(|p| p.0[..3] == FG));
    assert_eq!(painted(104, 128), BG);

    // Redact across all four quadrants, annotate over it, export, decode back.
    let secret = Rect::new(300, 180, 60, 50);
    let ops = [
        Op::Highlight {
            rect: Rect::new(280, 160, 100, 90),
            color: [255, 255, 0, 90],
        },
        Op::Redact {
            rect: secret,
            fill: REDACT_FILL,
            sensitive: None,
        },
        Op::Arrow {
            from: Point { x: 10, y: 10 },
            to: Point { x: 330, y: 200 },
            color: [255, 0, 0, 255],
            width: 5,
        },
    ];
    let png = edit::encode_png(&edit::render(&shot.image, &ops).unwrap()).unwrap();
    let back = edit::decode_png(&png).unwrap();
    for y in 0..h {
        for x in 0..w {
            let inside = (300..360).contains(&x) && (180..230).contains(&y);
            if inside {
                assert_eq!(back.get_pixel(x, y).0, [0, 0, 0, 255], "({x},{y})");
            }
        }
    }
    // Far from every edit, the exported picture is the captured one.
    assert_eq!(back.get_pixel(600, 390), shot.image.get_pixel(600, 390));
    assert_eq!(back.get_pixel(600, 10).0[..3], painted(600, 10));
}
