//! Lookups the screens and the command line make per row use an index, never a scan of a
//! whole table per row (a scan per row made listing 20,000 invoices take 85 s).

use std::sync::Arc;

use comptoir_core::FixedClock;
use comptoir_store::Store;

fn plan(c: &rusqlite::Connection, sql: &str) -> String {
    let mut stmt = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect::<Vec<_>>();
    rows.join("\n")
}

#[test]
fn a_documents_lines_are_found_through_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let c = rusqlite::Connection::open(s.path()).unwrap();
    // The shapes the invoices list and a document's detail use.
    for sql in [
        "SELECT i.id, (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id)
         FROM invoices i",
        "SELECT * FROM invoice_lines l WHERE l.invoice_id = 1",
    ] {
        let p = plan(&c, sql);
        assert!(
            !p.lines().any(|l| l.trim_start().starts_with("SCAN l")),
            "{sql}\nscans every line:\n{p}"
        );
    }
}
