//! The redactor on a seeded corpus of realistic log lines (see `corpus/mod.rs`): no planted
//! secret survives and no clean near-miss line changes (issue 9: goal 0 and 0).

#[path = "common/corpus.rs"]
mod corpus;

use comptoir_support::{redact, RedactionChoices, RedactionKind};

struct Measure {
    surviving: Vec<String>,
    changed: Vec<String>,
    per_kind: std::collections::BTreeMap<&'static str, (usize, usize)>,
}

/// Runs the redactor over a corpus and prints what survived and what changed.
fn measure(name: &str, planted: &[corpus::Planted], clean: &[String]) -> Measure {
    let choices = RedactionChoices::default();
    let mut surviving = Vec::new();
    let mut per_kind = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    for p in planted {
        let out = redact(&p.line, &choices);
        let entry = per_kind.entry(p.kind.as_str()).or_default();
        entry.1 += 1;
        if p.values.iter().any(|v| out.text.contains(v.as_str())) {
            surviving.push(format!("{:?}: {}  =>  {}", p.kind, p.line, out.text));
            entry.0 += 1;
        } else if !out.spans.iter().any(|s| s.kind == p.kind) {
            // Hidden, but under another kind's name: still safe, reported for the record.
            println!("hidden as another kind: {}  =>  {}", p.line, out.text);
        }
    }
    let changed: Vec<String> = clean
        .iter()
        .filter_map(|l| {
            let out = redact(l, &choices).text;
            (out != *l).then(|| format!("{l}  =>  {out}"))
        })
        .collect();
    println!("== {name}");
    // A sample of each failure (the assertions list them all).
    for l in surviving.iter().take(15).chain(changed.iter().take(15)) {
        println!("  {l}");
    }
    for (kind, (s, n)) in &per_kind {
        println!("{kind:>10}: {s} / {n} surviving");
    }
    println!(
        "{name}: secrets surviving: {} / {}, clean lines changed: {} / {}",
        surviving.len(),
        planted.len(),
        changed.len(),
        clean.len()
    );
    Measure {
        surviving,
        changed,
        per_kind,
    }
}

#[test]
fn no_secret_survives_and_no_clean_line_changes() {
    let (planted, clean) = corpus::corpus(0x5EED_2026, 60, 1_500);
    let m = measure("corpus", &planted, &clean);
    assert!(
        m.per_kind.values().all(|(_, n)| *n >= 40),
        "at least 40 of each kind"
    );
    assert!(clean.len() >= 1_000);
    assert!(
        m.surviving.is_empty(),
        "surviving:\n{}",
        m.surviving.join("\n")
    );
    assert!(m.changed.is_empty(), "changed:\n{}", m.changed.join("\n"));
}

/// The shapes the review found missed (symbol passwords, fr/de/es and prose passwords,
/// lower-case and dashed IBANs, mixed-separator cards, grouped codes, sk-/AWS keys, PEM blocks,
/// HAR cookie arrays, OAuth values) and their near misses (postal codes, customer numbers,
/// order numbers that pass Luhn).
#[test]
fn the_reviews_shapes_are_redacted_and_their_near_misses_kept() {
    let (planted, clean) = corpus::review_corpus(0x000E_71E3, 60, 1_200);
    let m = measure("review corpus", &planted, &clean);
    assert!(m.per_kind.values().all(|(_, n)| *n >= 40));
    assert!(
        m.surviving.is_empty(),
        "surviving:\n{}",
        m.surviving.join("\n")
    );
    assert!(m.changed.is_empty(), "changed:\n{}", m.changed.join("\n"));
}

#[test]
fn every_kind_is_planted() {
    let (planted, _) = corpus::corpus(1, 1, 0);
    let kinds: std::collections::BTreeSet<_> = planted.iter().map(|p| p.kind).collect();
    let automatic = RedactionKind::ALL.len() - 1; // all but Manual
    assert_eq!(kinds.len(), automatic);
}

#[test]
fn email_toggle_off_keeps_addresses_and_still_hides_the_rest() {
    let (planted, _) = corpus::corpus(7, 40, 0);
    let off = RedactionChoices {
        emails: false,
        ..Default::default()
    };
    for p in &planted {
        let out = redact(&p.line, &off).text;
        let kept = p.values.iter().any(|v| out.contains(v.as_str()));
        assert_eq!(kept, p.kind == RedactionKind::Email, "{} => {out}", p.line);
    }
}

/// Break-it review: JSON inside JSON (the console capture's JSON lines) let `{\"password\":..}`,
/// `\"set-cookie\"`, `password\u003d..` and `password%3D..` through.
#[test]
fn escaped_json_shapes_are_redacted_and_their_near_misses_kept() {
    let (planted, clean) = corpus::escaped_corpus(0x00E5_C4BE, 60, 600);
    let m = measure("escaped corpus", &planted, &clean);
    assert!(
        m.surviving.is_empty(),
        "surviving:\n{}",
        m.surviving.join("\n")
    );
    assert!(m.changed.is_empty(), "changed:\n{}", m.changed.join("\n"));
}

/// Break-it review: the password shapes of hosting and mail logs (plain words after password
/// keys, WordPress defines, curl/mysql command lines, SMTP/IMAP/POP3 logins, session ids, HAR
/// auth headers, password inputs) and their near misses.
#[test]
fn hosting_and_mail_password_shapes_are_redacted_and_their_near_misses_kept() {
    let (planted, clean) = corpus::hosting_corpus(0x0405_7123, 60, 900);
    let m = measure("hosting corpus", &planted, &clean);
    assert!(
        m.surviving.is_empty(),
        "surviving:\n{}",
        m.surviving.join("\n")
    );
    assert!(m.changed.is_empty(), "changed:\n{}", m.changed.join("\n"));
}

/// Third review: false positives (an SSH git remote, `cookie: none`, `?key=popular`, test
/// card numbers failing Luhn) stay; the same places holding a secret (a person's address, a
/// session cookie, an API key, the Luhn-valid test cards) are still redacted.
#[test]
fn false_positives_stay_and_their_secrets_go() {
    let (planted, clean) = corpus::false_positive_corpus(0x0F41_5E00, 60, 800);
    let m = measure("false-positive corpus", &planted, &clean);
    assert!(m.per_kind.values().all(|(_, n)| *n >= 40));
    assert!(
        m.surviving.is_empty(),
        "surviving:\n{}",
        m.surviving.join("\n")
    );
    assert!(m.changed.is_empty(), "changed:\n{}", m.changed.join("\n"));
}
