//! Long work must not block the app (issue 8, item 16), on a 100,000-product workspace.
//!
//! (a) While a bulk auto-renew job switches all 100,000 products on, the UI's reads
//! (`workspace_info` and the default table page) are issued every 10 ms on the app's connection,
//! and their latency is measured from the moment each was due (so a read that waits behind a lock
//! counts its wait); every third call is a small write of the app's own (a setting), which has
//! to wait for the job's current chunk. Three runs in one process: no job; the job on its own connection and thread
//! (the new way); the job and the reads sharing one `Mutex<Store>` (the old way). Goal: p95 under
//! 50 ms during the job.
//!
//! (b) Resolving "select all" with 60,000 products unticked. Goal: under 1 s. The old linear
//! `Vec::contains` exclusion is measured on 10,000 exclusions and extrapolated to 60,000 (stated as
//! such), with a SQL `json_each` exclusion for comparison.
//!
//! `cargo bench -p comptoir-store --bench bulk`

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use comptoir_core::renewal::{ProductQuery, Selection};
use comptoir_core::FixedClock;
use comptoir_store::seed::SIGNED_IN_USER;
use comptoir_store::Store;

const PRODUCTS: usize = 100_000;
/// How often the "UI" issues a read while a job runs.
const EVERY: Duration = Duration::from_millis(10);
/// How many times each job runs (the reads of every run are pooled).
const RUNS: usize = 3;
/// How long the reads run when no job does.
const BASELINE: Duration = Duration::from_secs(3);

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    let mut s = samples.to_vec();
    s.sort();
    if s.is_empty() {
        return Duration::ZERO;
    }
    s[((s.len() as f64 - 1.0) * p).round() as usize]
}

/// Latencies of the two reads, each measured from when it was due.
#[derive(Default)]
struct Reads {
    info: Vec<Duration>,
    page: Vec<Duration>,
    write: Vec<Duration>,
}

impl Reads {
    fn line(&self, label: &str, job: Option<Duration>) {
        let job = job.map_or("-".to_string(), |d| format!("{:.2} s", d.as_secs_f64()));
        println!(
            "{label:<34} {job:>8} {:>5} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
            self.info.len() + self.page.len() + self.write.len(),
            ms(percentile(&self.info, 0.5)),
            ms(percentile(&self.info, 0.95)),
            ms(percentile(&self.info, 1.0)),
            ms(percentile(&self.page, 0.5)),
            ms(percentile(&self.page, 0.95)),
            ms(percentile(&self.page, 1.0)),
            ms(percentile(&self.write, 0.95)),
            ms(percentile(&self.write, 1.0)),
        );
    }
}

fn default_page() -> ProductQuery {
    ProductQuery {
        expires_from: Some("2026-11-27".parse().unwrap()),
        expires_to: Some("2027-01-27".parse().unwrap()),
        limit: 100,
        ..ProductQuery::default()
    }
}

/// Issues a read every [`EVERY`] (alternately `info()` and the default page) through `app`, the
/// UI's shared store, until `until` says the window is over for a read due at that instant.
fn read_loop(app: &Mutex<Store>, until: impl Fn(Instant) -> bool) -> Reads {
    let page = default_page();
    let mut reads = Reads::default();
    let start = Instant::now();
    for i in 0.. {
        let due = start + EVERY * i;
        if until(due) {
            break;
        }
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let store = app.lock().unwrap();
        match i % 3 {
            0 => {
                assert!(store.info().unwrap().products > 0);
                drop(store);
                reads.info.push(due.elapsed());
            }
            1 => {
                assert!(store.query_products(&page).unwrap().total > 0);
                drop(store);
                reads.page.push(due.elapsed());
            }
            _ => {
                // A small write of the app's own (a setting), which must wait for a chunk.
                store.set_setting("bench.tick", &i.to_string()).unwrap();
                drop(store);
                reads.write.push(due.elapsed());
            }
        }
    }
    reads
}

fn all_products() -> Selection {
    Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    }
}

/// Puts every product back to auto-renewal off, so each run does the same work.
fn reset(path: &std::path::Path) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute(
            "UPDATE products SET auto_renew = 0, auto_renew_method_id = NULL",
            [],
        )
        .unwrap();
}

/// When the job finished (set once), for the readers' window.
struct JobEnd(Mutex<Option<Instant>>, AtomicBool);

impl JobEnd {
    fn new() -> Arc<Self> {
        Arc::new(JobEnd(Mutex::new(None), AtomicBool::new(false)))
    }
    fn set(&self) {
        *self.0.lock().unwrap() = Some(Instant::now());
        self.1.store(true, Ordering::SeqCst);
    }
    /// Whether a read due at `due` falls after the job's end.
    fn over(&self, due: Instant) -> bool {
        self.1.load(Ordering::SeqCst) && self.0.lock().unwrap().is_some_and(|end| due > end)
    }
}

/// Runs the job [`RUNS`] times from the same state, with the reads going on meanwhile; returns
/// every read and the median job duration.
fn runs(
    app: &Arc<Mutex<Store>>,
    path: &std::path::Path,
    start_job: impl Fn(Arc<Mutex<Store>>, Arc<JobEnd>) -> std::thread::JoinHandle<Duration>,
) -> (Reads, Duration) {
    let mut all = Reads::default();
    let mut jobs = Vec::new();
    for _ in 0..RUNS {
        reset(path);
        let end = JobEnd::new();
        let job = start_job(app.clone(), end.clone());
        let reads = read_loop(app, |due| end.over(due));
        jobs.push(job.join().unwrap());
        all.info.extend(reads.info);
        all.page.extend(reads.page);
        all.write.extend(reads.write);
    }
    (all, percentile(&jobs, 0.5))
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.sqlite3");
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let mut store = Store::open(&path, clock).unwrap();
    let t = Instant::now();
    store.seed_many_products(PRODUCTS).unwrap();
    println!(
        "seeded {PRODUCTS} products in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let handle = store.worker_handle();
    let app = Arc::new(Mutex::new(store));

    println!(
        "\n(a) reads every {} ms while a bulk auto-renew job switches all {PRODUCTS} products on",
        EVERY.as_millis()
    );
    println!(
        "{:<34} {:>8} {:>5} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "run",
        "job p50",
        "reads",
        "info p50",
        "info p95",
        "info max",
        "page p50",
        "page p95",
        "page max",
        "write p95",
        "write max"
    );

    // No job: the reads alone.
    let baseline = read_loop(&app, {
        let start = Instant::now();
        move |due| due > start + BASELINE
    });
    baseline.line("no job", None);

    // New: the job on its own connection and thread; the app's store is only used by the reads.
    let (new, new_job) = runs(&app, &path, |app, end| {
        let handle = handle.clone();
        let _ = app;
        std::thread::spawn(move || {
            let t = Instant::now();
            let mut worker = handle.open().unwrap();
            let r = worker
                .set_auto_renew(SIGNED_IN_USER, &all_products(), true, None, &mut |_| true)
                .unwrap();
            end.set();
            // Most rows change; the rest are refused row by row (REN-5, and REN-4: a card that
            // expires before the charge), never dropped.
            assert_eq!(r.changed + r.unchanged + r.refused.len() as u32, r.total);
            assert!(r.changed > 50_000, "{} changed", r.changed);
            t.elapsed()
        })
    });
    new.line("job on its own connection (new)", Some(new_job));

    // Old: the job holds the shared store's lock for its whole run, as the command did.
    let (old, old_job) = runs(&app, &path, |app, end| {
        let (locked_tx, locked_rx) = std::sync::mpsc::channel();
        let job = std::thread::spawn(move || {
            let t = Instant::now();
            let mut s = app.lock().unwrap();
            locked_tx.send(()).unwrap();
            let r = s
                .set_auto_renew(SIGNED_IN_USER, &all_products(), true, None, &mut |_| true)
                .unwrap();
            end.set();
            drop(s);
            assert!(r.changed > 50_000, "{} changed", r.changed);
            t.elapsed()
        });
        locked_rx.recv().unwrap();
        job
    });
    old.line("job sharing one Mutex<Store> (old)", Some(old_job));

    let ratio = |a: &[Duration], b: &[Duration]| ms(percentile(a, 0.95)) / ms(percentile(b, 0.95));
    println!(
        "p95 ratios: new/no job info {:.2}x page {:.2}x; old/new info {:.0}x page {:.0}x",
        ratio(&new.info, &baseline.info),
        ratio(&new.page, &baseline.page),
        ratio(&old.info, &new.info),
        ratio(&old.page, &new.page),
    );
    let worst = percentile(&new.info, 0.95).max(percentile(&new.page, 0.95));
    println!(
        "goal p95 < 50 ms during the job: {} ({:.2} ms)",
        if worst < Duration::from_millis(50) {
            "met"
        } else {
            "NOT met"
        },
        ms(worst)
    );

    // (b) Select all, untick 60,000.
    let store = app.lock().unwrap();
    let every = store.resolve_selection(&all_products()).unwrap();
    println!("\n(b) select all ({} products), untick some", every.len());
    // Three rows of every five, spread over the whole table.
    let excluded_60k: Vec<i64> = every
        .iter()
        .copied()
        .filter(|id| id % 5 < 3)
        .take(60_000)
        .collect();
    assert_eq!(excluded_60k.len(), 60_000);
    let sel = Selection {
        excluded: excluded_60k.clone(),
        ..all_products()
    };
    let mut samples = Vec::new();
    let mut kept = 0;
    for _ in 0..7 {
        let t = Instant::now();
        kept = store.resolve_selection(&sel).unwrap().len();
        samples.push(t.elapsed());
    }
    assert_eq!(kept, every.len() - 60_000);
    let engine = percentile(&samples, 0.5);
    println!(
        "engine, 60,000 excluded (set):          {:>9.2} ms (median of 7)  goal < 1 s: {}",
        ms(engine),
        if engine < Duration::from_secs(1) {
            "met"
        } else {
            "NOT met"
        }
    );

    // The same in SQL, excluding through json_each, for comparison.
    let raw = rusqlite::Connection::open(&path).unwrap();
    let json = format!(
        "[{}]",
        excluded_60k
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    );
    let t = Instant::now();
    let n: Vec<i64> = raw
        .prepare(
            "SELECT id FROM products WHERE id NOT IN (SELECT value FROM json_each(?1)) ORDER BY id",
        )
        .unwrap()
        .query_map([&json], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(n.len(), kept);
    println!(
        "SQL NOT IN json_each, 60,000 excluded:  {:>9.2} ms (one run)",
        ms(t.elapsed())
    );

    // The old way: Vec::contains per id, on 10,000 exclusions, then extrapolated to 60,000 by
    // the number of comparisons (each kept id scans the whole list; an excluded one, half).
    let old_way = |excluded: &[i64]| {
        let t = Instant::now();
        let mut ids = every.clone();
        ids.retain(|id| !excluded.contains(id));
        (t.elapsed(), ids.len())
    };
    let ten = &excluded_60k[..10_000];
    let (old_10k, left) = old_way(ten);
    assert_eq!(left, every.len() - 10_000);
    let comparisons = |x: f64| (every.len() as f64 - x) * x + x * x / 2.0;
    let old_60k = old_10k.as_secs_f64() * comparisons(60_000.0) / comparisons(10_000.0);
    println!(
        "old linear contains, 10,000 excluded:   {:>9.2} ms (measured)",
        ms(old_10k)
    );
    println!(
        "old linear contains, 60,000 excluded:   {:>9.0} ms (extrapolated from 10,000) = {:.0}x the engine",
        old_60k * 1e3,
        old_60k / engine.as_secs_f64()
    );
    // Cheap enough in a release build to check the extrapolation against the real run.
    if old_60k < 10.0 {
        let (took, left) = old_way(&excluded_60k);
        assert_eq!(left, kept);
        println!(
            "old linear contains, 60,000 excluded:   {:>9.0} ms (measured) = {:.0}x the engine",
            ms(took),
            took.as_secs_f64() / engine.as_secs_f64()
        );
    }
}
