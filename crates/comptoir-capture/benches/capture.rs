//! Capture + PNG encode of a 1280×800 screen against the bare xcap capture, in one run
//! (goal: at most 1.5×). Run under a 1280×800 X server:
//! `xvfb-run -a -s "-screen 0 1280x800x24 -noreset" cargo bench -p comptoir-capture --bench capture`
//!
//! A virtual screen is one flat colour, which PNG compresses for nothing; so the encoded frame
//! is the captured one with the app's real screenshot (`docs/screenshot.png`, 1280×800) drawn
//! into it, as a screen showing Comptoir would be. Both figures are printed.

use std::time::{Duration, Instant};

use comptoir_capture::{edit, screen};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    if std::env::var_os("DISPLAY").is_none() {
        eprintln!("capture bench: no DISPLAY; run it under xvfb-run -s \"-screen 0 1280x800x24 -noreset\"");
        std::process::exit(2);
    }
    let screenshot = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/screenshot.png");
    let real = edit::decode_png(&std::fs::read(screenshot).expect("docs/screenshot.png"))
        .expect("decode the screenshot");
    let first = screen::capture_monitor(None).expect("capture");
    let (w, h) = first.image.dimensions();
    println!("screen {w}×{h}");

    let rounds = 30;
    let (mut bare, mut flat, mut realistic) = (Vec::new(), Vec::new(), Vec::new());
    let mut sizes = (0, 0);
    for _ in 0..rounds {
        let t = Instant::now();
        let shot = screen::capture_monitor(None).unwrap();
        bare.push(t.elapsed());

        let t = Instant::now();
        let shot2 = screen::capture_monitor(None).unwrap();
        let png = edit::encode_png(&shot2.image).unwrap();
        flat.push(t.elapsed());
        sizes.0 = png.len();

        // Same capture, then the frame a screen showing Comptoir gives (copy not timed).
        let t0 = Instant::now();
        let mut shot3 = screen::capture_monitor(None).unwrap();
        let capture_time = t0.elapsed();
        image::imageops::replace(&mut shot3.image, &real, 0, 0);
        let t1 = Instant::now();
        let png = edit::encode_png(&shot3.image).unwrap();
        realistic.push(capture_time + t1.elapsed());
        sizes.1 = png.len();
        drop(shot);
    }
    let (b, f, r) = (median(bare), median(flat), median(realistic));
    println!("bare xcap capture:                  {b:>10.2?} (median of {rounds})");
    println!(
        "capture + PNG, virtual screen:      {f:>10.2?}  ratio {:.2}×  ({} KB)",
        f.as_secs_f64() / b.as_secs_f64(),
        sizes.0 / 1024
    );
    println!(
        "capture + PNG, Comptoir on screen:  {r:>10.2?}  ratio {:.2}×  ({} KB)",
        r.as_secs_f64() / b.as_secs_f64(),
        sizes.1 / 1024
    );
}
