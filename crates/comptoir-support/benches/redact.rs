//! `cargo bench -p comptoir-support --bench redact`: the redactor's throughput on 100 MB of log
//! lines (the corpus generator's lines and the review's shapes; about 3 lines in 10 carry a
//! secret, far denser than a real log), on one core, against a plain `str::find` scan (memchr
//! speed) over the same bytes in the same process. Goal: >= 50 MB/s.

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::time::Instant;

use comptoir_support::{redact, RedactionChoices};

fn main() {
    let target: usize = std::env::var("REDACT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
        * 1_000_000;
    let (planted, clean) = corpus::corpus(42, 500, 9_500);
    let (planted2, clean2) = corpus::review_corpus(43, 100, 1_500);
    let mut lines: Vec<&str> = clean.iter().chain(&clean2).map(String::as_str).collect();
    lines.extend(planted.iter().chain(&planted2).map(|p| p.line.as_str()));
    let mut rng = corpus::Rng::new(9);
    let mut text = String::with_capacity(target + 1_000);
    while text.len() < target {
        text.push_str(lines[rng.below(lines.len())]);
        text.push('\n');
    }
    let mb = text.len() as f64 / 1e6;

    let t = Instant::now();
    let found = text.find("\u{1}no such needle\u{1}");
    let base = t.elapsed().as_secs_f64();
    assert!(found.is_none());

    let choices = RedactionChoices::default();
    // One warm-up on a slice (compiles the patterns, warms the lazy DFA caches).
    let mut cut = 1_000_000;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let _ = redact(&text[..cut], &choices);
    if std::env::var_os("REDACT_BENCH_BREAKDOWN").is_some() {
        for (name, d) in comptoir_support::redact::pattern_times(&text) {
            println!("  pattern {name:>10}: {:.0} MB/s", mb / d.as_secs_f64());
        }
        let t = Instant::now();
        let n = comptoir_support::find(&text, true).len();
        println!(
            "  find() alone: {:.1} MB/s ({n} findings)",
            mb / t.elapsed().as_secs_f64()
        );
    }
    let t = Instant::now();
    let out = redact(&text, &choices);
    let secs = t.elapsed().as_secs_f64();

    println!("input: {mb:.1} MB, {} redactions", out.spans.len());
    println!("baseline str::find scan: {:.0} MB/s", mb / base);
    println!(
        "redactor: {:.1} MB/s ({:.2} s), {:.1}x slower than the plain scan; goal >= 50 MB/s: {}",
        mb / secs,
        secs,
        secs / base,
        if mb / secs >= 50.0 { "met" } else { "NOT met" }
    );
}
