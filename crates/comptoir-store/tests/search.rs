//! Product and customer search (issue 12): the FTS5 trigram index finds what a full scan finds,
//! case- and accent-insensitively, for any query of three characters or more, and stays in step
//! with renames and deletions.

use std::collections::BTreeSet;
use std::sync::Arc;

use comptoir_core::renewal::ProductQuery;
use comptoir_core::FixedClock;
use comptoir_store::Store;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// What a reader means by "the same letters": lower case, accents off.
fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

fn workspace() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    s.seed_many_products(2_000).unwrap();
    // Accents, capitals and quotes in names and customers, written after the index was built.
    let c = rusqlite::Connection::open(s.path()).unwrap();
    for (id, name, customer) in [
        (3, "bäckerei-müller.ch", "Bäckerei Müller AG"),
        (7, "café-zürich.ch", "Café Zürich Sàrl"),
        (11, "ÉCOLE-GENÈVE.CH", "École de Genève"),
        (13, "señor-niño.es", "Señor Niño S.L."),
        (17, "quote\"name.ch", "Le \"Petit\" Atelier"),
    ] {
        c.execute(
            "UPDATE products SET name = ?2, customer_name = ?3 WHERE id = ?1",
            rusqlite::params![id, name, customer],
        )
        .unwrap();
    }
    drop(c);
    (dir, s)
}

fn found(s: &Store, search: &str) -> BTreeSet<i64> {
    let mut q = ProductQuery {
        search: search.into(),
        limit: 500,
        ..ProductQuery::default()
    };
    let mut out = BTreeSet::new();
    loop {
        let page = s.query_products(&q).unwrap();
        let n = page.rows.len() as u32;
        out.extend(page.rows.iter().map(|r| r.product.id));
        if n < q.limit {
            return out;
        }
        q.offset += n;
    }
}

fn scanned(s: &Store, search: &str) -> BTreeSet<i64> {
    let c = rusqlite::Connection::open(s.path()).unwrap();
    let mut stmt = c
        .prepare("SELECT id, name, customer_name FROM products")
        .unwrap();
    let needle = fold(search.trim());
    stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .filter(|(_, n, c)| fold(n).contains(&needle) || fold(c).contains(&needle))
    .map(|(id, _, _)| id)
    .collect()
}

#[test]
fn zurich_finds_zurich_with_its_accent_and_capitals_do_not_matter() {
    let (_d, s) = workspace();
    assert_eq!(found(&s, "zurich"), BTreeSet::from([7]));
    assert_eq!(found(&s, "ZÜRICH"), BTreeSet::from([7]));
    assert_eq!(found(&s, "ecole-geneve"), BTreeSet::from([11]));
    assert_eq!(found(&s, "nino"), BTreeSet::from([13]));
    // Quotes and FTS syntax are searched as text.
    assert_eq!(found(&s, "\"Petit\""), BTreeSet::from([17]));
    assert!(found(&s, "AND OR NOT *").is_empty());
    // A rename and a deletion are followed at once.
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute("UPDATE products SET name = 'rebaptisé.ch' WHERE id = 7", [])
        .unwrap();
    c.execute(
        "UPDATE products SET customer_name = 'Autre' WHERE id = 7",
        [],
    )
    .unwrap();
    assert!(found(&s, "zurich").is_empty());
    assert_eq!(found(&s, "rebaptise"), BTreeSet::from([7]));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any piece of a stored name or customer, with its case or accents changed, finds exactly
    /// what a full scan finds.
    #[test]
    fn the_index_finds_what_a_full_scan_finds(
        pick in 0usize..2_100, start in 0usize..30, len in 3usize..9,
        upper in any::<bool>(), strip in any::<bool>(),
    ) {
        thread_local! {
            static WS: (tempfile::TempDir, Store) = workspace();
        }
        WS.with(|(_d, s)| {
            let c = rusqlite::Connection::open(s.path()).unwrap();
            let texts: Vec<String> = c
                .prepare("SELECT name FROM products UNION ALL SELECT customer_name FROM products")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let text: Vec<char> = texts[pick % texts.len()].chars().collect();
            let from = start.min(text.len().saturating_sub(3));
            let mut query: String = text[from..(from + len).min(text.len())].iter().collect();
            if query.trim().chars().count() < 3 {
                return Ok(());
            }
            if strip {
                query = fold(&query);
            }
            if upper {
                query = query.to_uppercase();
            }
            prop_assert_eq!(found(s, &query), scanned(s, &query), "query {:?}", query);
            Ok(())
        })?;
    }
}
