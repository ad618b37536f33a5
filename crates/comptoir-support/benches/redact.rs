//! `cargo bench -p comptoir-support --bench redact`: the redactor's throughput, on one core, on
//! 100 MB of typical logs (access log, PHP notices, browser console; one line in 25 from the
//! accuracy corpus) — goal >= 50 MB/s — and on 100 MB of the accuracy corpus alone (the
//! generator's lines and the review's shapes, about 3 lines in 10 a secret or a near miss, far
//! denser than a real log), against a plain `str::find` scan in the same process.

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
        "dense corpus (3 lines in 10 a secret or a near miss): redactor {:.1} MB/s ({:.2} s), \
         {:.1}x slower than the plain scan",
        mb / secs,
        secs,
        secs / base,
    );

    // What a support request carries: a server's and a browser's logs, where one line in 25
    // is one of the corpus's (a secret or a near miss) and the rest are ordinary entries.
    let mut typical = String::with_capacity(target + 1_000);
    let paths = [
        "/",
        "/index.php",
        "/wp-login.php",
        "/assets/app.js",
        "/api/v1/orders?page=2",
    ];
    while typical.len() < target {
        let line = match rng.below(25) {
            0 => lines[rng.below(lines.len())].to_owned(),
            1..=12 => {
                let path = paths[rng.below(paths.len())];
                let status = [200, 200, 304, 404, 500][rng.below(5)];
                corpus::access(&mut rng, path, status)
            }
            13..=18 => format!(
                "[{}] PHP Notice:  Undefined index: item_{} in /home/site/www/cart.php on line {}",
                corpus::stamp(&mut rng),
                rng.below(90),
                10 + rng.below(400)
            ),
            _ => format!(
                "{} console.{}: Uncaught TypeError: Cannot read properties of undefined \
                 (reading 'price') at app.js:{}:{}",
                corpus::stamp(&mut rng),
                ["error", "warn", "log"][rng.below(3)],
                rng.below(4000),
                rng.below(80)
            ),
        };
        typical.push_str(&line);
        typical.push('\n');
    }
    let tmb = typical.len() as f64 / 1e6;
    if std::env::var_os("REDACT_BENCH_BREAKDOWN").is_some() {
        println!("typical logs, by pattern:");
        for (name, d) in comptoir_support::redact::pattern_times(&typical) {
            println!("  pattern {name:>10}: {:.0} MB/s", tmb / d.as_secs_f64());
        }
    }
    // Best of 3, each against a baseline scan of the same text just before it: the machine is
    // shared (parallel builds), and the best run is the one least disturbed.
    let mut best = (f64::MAX, f64::MAX);
    let mut spans = 0;
    for _ in 0..3 {
        let t = Instant::now();
        assert!(typical.find("\u{1}no such needle\u{1}").is_none());
        let b = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let tout = redact(&typical, &choices);
        let s = t.elapsed().as_secs_f64();
        spans = tout.spans.len();
        best = (best.0.min(b), best.1.min(s));
    }
    let (tbase, tsecs) = best;
    println!(
        "typical logs ({tmb:.1} MB, {spans} redactions): redactor {:.1} MB/s ({:.2} s, best of 3), \
         {:.1}x slower than the plain scan ({:.0} MB/s); goal >= 50 MB/s: {}",
        tmb / tsecs,
        tsecs,
        tsecs / tbase,
        tmb / tbase,
        if tmb / tsecs >= 50.0 { "met" } else { "NOT met" }
    );
}
