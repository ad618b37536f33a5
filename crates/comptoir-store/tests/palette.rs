//! Issue 17: the command palette's search. It finds each kind by name, number or e-mail, ranks
//! whole and starting matches first, never drops a better hit than the ones it returns (checked
//! against a full scan on many queries), and shows only the signed-in user's organizations.

use std::sync::Arc;

use comptoir_core::search::{best_rank, fold, FoundKind, MAX_FOUND};
use comptoir_core::FixedClock;
use comptoir_store::seed::{CHF_ORG, EUR_ORG, SIGNED_IN_USER};
use comptoir_store::Store;

fn demo(dir: &tempfile::TempDir) -> Store {
    Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap()
}

#[test]
fn finds_each_kind_by_its_name_number_or_e_mail() {
    let dir = tempfile::tempdir().unwrap();
    let s = demo(&dir);
    let invoice = s.invoices(Some(CHF_ORG)).unwrap()[3].clone();
    let hits = s
        .palette_search(SIGNED_IN_USER, &invoice.number, 10)
        .unwrap();
    assert_eq!(hits[0].kind, FoundKind::Invoice);
    assert_eq!((hits[0].id, hits[0].rank), (invoice.id, 0), "{hits:?}");

    let hits = s
        .palette_search(SIGNED_IN_USER, "ELODIE.favre@", 10)
        .unwrap();
    assert_eq!(hits[0].kind, FoundKind::User, "{hits:?}");
    assert_eq!(hits[0].title, "Élodie Favre");

    // Accents and case do not matter ("elodie" finds "Élodie" by name too).
    let hits = s.palette_search(SIGNED_IN_USER, "elodie", 10).unwrap();
    assert!(hits.iter().any(|h| h.title == "Élodie Favre"), "{hits:?}");

    // Folded as the ranking folds, not as SQL's LIKE (ASCII case only): the review's
    // "LUCÍA" and "elodie favre" (the e-mail has a dot, not a space) found nobody.
    for q in ["ÉLODIE FAVRE", "elodie favre", "FAVRE"] {
        let hits = s.palette_search(SIGNED_IN_USER, q, 10).unwrap();
        assert!(
            hits.iter()
                .any(|h| h.kind == FoundKind::User && h.title == "Élodie Favre"),
            "{q}: {hits:?}"
        );
    }
    let hits = s.palette_search(SIGNED_IN_USER, "WEB STUDIO", 10).unwrap();
    assert_eq!(hits[0].title, "Web studio", "{hits:?}");

    let hits = s.palette_search(SIGNED_IN_USER, "web stu", 10).unwrap();
    assert_eq!(
        (hits[0].kind, hits[0].title.as_str()),
        (FoundKind::Team, "Web studio")
    );

    let product = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| p.id == 5)
        .unwrap();
    let hits = s.palette_search(SIGNED_IN_USER, &product.name, 10).unwrap();
    assert_eq!(
        (hits[0].kind, hits[0].id),
        (FoundKind::Product, 5),
        "{hits:?}"
    );

    let order = s.orders(CHF_ORG).unwrap()[0].clone();
    let hits = s
        .palette_search(SIGNED_IN_USER, &format!("#{}", order.id), 10)
        .unwrap();
    assert_eq!(
        (hits[0].kind, hits[0].id, hits[0].rank),
        (FoundKind::Order, order.id, 0)
    );

    assert!(s
        .palette_search(SIGNED_IN_USER, "   ", 10)
        .unwrap()
        .is_empty());
    assert!(s
        .palette_search(SIGNED_IN_USER, "zzqx-none", 10)
        .unwrap()
        .is_empty());
    // Wildcards are literal.
    assert!(s
        .palette_search(SIGNED_IN_USER, "%", 10)
        .unwrap()
        .is_empty());
    assert!(s
        .palette_search(SIGNED_IN_USER, "\"", 10)
        .unwrap()
        .is_empty());
    // The reply is bounded whatever the caller asks.
    let many = s.palette_search(SIGNED_IN_USER, ".ch", 10_000).unwrap();
    assert_eq!(many.len(), MAX_FOUND as usize);
}

/// The best hit the palette shows is as good as the best over a full scan of everything the
/// user may see, for every query drawn from the demo's own names (prefixes, middles, numbers).
#[test]
fn no_better_hit_is_dropped_against_a_full_scan() {
    let dir = tempfile::tempdir().unwrap();
    let s = demo(&dir);
    let products = s.products(None).unwrap();
    let invoices = s.invoices_as(SIGNED_IN_USER, None).unwrap();
    let mut fields: Vec<Vec<String>> = Vec::new();
    for p in &products {
        if s.check_member(SIGNED_IN_USER, p.organization_id).is_ok() {
            fields.push(vec![p.name.clone(), p.customer_name.clone()]);
        }
    }
    for i in &invoices {
        fields.push(vec![i.number.clone()]);
    }
    let mut queries = Vec::new();
    for (n, f) in fields.iter().enumerate().step_by(2) {
        let name: Vec<char> = f[0].chars().collect();
        let from = n % name.len().max(1);
        let len = 3 + n % 4;
        queries.push(
            name[from.min(name.len())..(from + len).min(name.len())]
                .iter()
                .collect::<String>(),
        );
        queries.push(name[..len.min(name.len())].iter().collect());
    }
    let mut checked = 0;
    for q in queries.iter().filter(|q| q.trim().chars().count() >= 3) {
        let folded = fold(q.trim());
        let best = fields
            .iter()
            .filter_map(|f| best_rank(&folded, &f.iter().map(String::as_str).collect::<Vec<_>>()))
            .min();
        let hits = s.palette_search(SIGNED_IN_USER, q, 10).unwrap();
        assert!(!hits.is_empty(), "{q:?} found nothing");
        for h in &hits {
            assert!(h.rank <= 3);
        }
        if let Some(best) = best {
            assert!(
                hits[0].rank <= best,
                "{q:?}: best shown {} vs full scan {best}",
                hits[0].rank
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn only_the_users_organizations_are_searched() {
    let dir = tempfile::tempdir().unwrap();
    let s = demo(&dir);
    let outsider = s
        .members(EUR_ORG)
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .find(|u| s.members(CHF_ORG).unwrap().iter().all(|m| m.user_id != *u))
        .expect("the demo has a member of one organization only");
    let chf_invoice = s.invoices(Some(CHF_ORG)).unwrap()[0].clone();
    assert!(s
        .palette_search(SIGNED_IN_USER, &chf_invoice.number, 10)
        .unwrap()
        .iter()
        .any(|h| h.id == chf_invoice.id));
    let theirs = s.palette_search(outsider, &chf_invoice.number, 10).unwrap();
    assert!(
        theirs.iter().all(|h| h.organization_id != CHF_ORG),
        "{theirs:?}"
    );
    let product = s.products(Some(CHF_ORG)).unwrap()[0].clone();
    let theirs = s.palette_search(outsider, &product.name, 30).unwrap();
    assert!(theirs.iter().all(|h| h.organization_id != CHF_ORG));
}
