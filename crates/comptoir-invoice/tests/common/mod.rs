//! Helpers shared by the PDF tests: tools we did not write (poppler, zxing-cpp, PyPI qrbill).
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs `cmd`; a missing tool is a failure, not a skip (scripts/setup.sh --test installs them).
pub fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed for this test (poppler-utils, qpdf): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A word of `pdftotext -bbox`, in millimetres from the page's top left corner.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// Every word of every page with its box (poppler's `pdftotext -bbox`).
pub fn words(pdf: &Path) -> Vec<Word> {
    let html = tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let attr = |tag: &str, name: &str| -> f32 {
        let key = format!("{name}=\"");
        let start = tag.find(&key).unwrap() + key.len();
        let end = start + tag[start..].find('"').unwrap();
        tag[start..end].parse::<f32>().unwrap() * 25.4 / 72.0
    };
    let mut out = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let close = line.find('>').unwrap();
            let tag = &line[..close];
            let text = line[close + 1..].trim_end_matches("</word>").to_owned();
            out.push(Word {
                page,
                text,
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
            });
        }
    }
    out
}

/// Renders `page` of `pdf` at 300 dpi and has tests/tools/check_qrbill.py read it back with
/// zxing-cpp, check its character set and rebuild it with PyPI `qrbill`.
pub fn assert_qr_bill_reads_back(dir: &Path, pdf: &Path, page: usize, payload: &str) {
    let prefix = dir.join(format!("qrpage{page}"));
    let p = page.to_string();
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "300", "-singlefile", "-f", &p, "-l", &p])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
    let png = prefix.with_extension("png");
    let expected = dir.join("payload.txt");
    std::fs::write(&expected, payload).unwrap();
    let python = std::env::var("COMPTOIR_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/tools/check_qrbill.py"
        ))
        .arg(&png)
        .arg(&expected)
        .output()
        .expect("python3 with qrbill, zxing-cpp and pillow (scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Saves `page` of `pdf` at 150 dpi as `name`.png in target/e2e-screenshots/ (issue 11 asks
/// for them to be looked at).
pub fn screenshot(pdf: &Path, page: usize, name: &str) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("e2e-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let p = page.to_string();
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "150", "-singlefile", "-f", &p, "-l", &p])
        .arg(pdf)
        .arg(dir.join(name))
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
}
