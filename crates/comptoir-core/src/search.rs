//! The command palette's search (issue 17): one box that finds products, users, teams, invoices
//! and orders by name, number or e-mail. The store picks the candidates with SQL (indexes, the
//! products' trigram index); this module ranks them, so every kind is ranked the same way.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a palette hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FoundKind {
    Invoice,
    Order,
    Product,
    User,
    Team,
}

/// One hit: enough to show a line and open the thing, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Found {
    pub kind: FoundKind,
    pub id: i64,
    pub organization_id: i64,
    /// The name or number that matched.
    pub title: String,
    /// A second fact: a product's customer, a user's e-mail, a document's date.
    pub detail: String,
    /// 0 = the whole field, 1 = its start, 2 = a word's start, 3 = inside.
    pub rank: u8,
}

/// The most hits the palette shows.
pub const MAX_FOUND: u32 = 30;

/// Case- and accent-insensitive form for comparing (the trigram index folds the same way).
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well `query` (already folded, non-empty) matches `field`: `None` when it does not.
pub fn match_rank(query: &str, field: &str) -> Option<u8> {
    let field = fold(field);
    if field == query {
        return Some(0);
    }
    if field.starts_with(query) {
        return Some(1);
    }
    let mut best = None;
    for (i, _) in field.match_indices(query) {
        let word_start = field[..i]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_alphanumeric());
        let rank = if word_start { 2 } else { 3 };
        best = Some(best.map_or(rank, |b: u8| b.min(rank)));
    }
    best
}

/// The best rank of `query` over a hit's fields.
pub fn best_rank(query: &str, fields: &[&str]) -> Option<u8> {
    fields.iter().filter_map(|f| match_rank(query, f)).min()
}

/// Orders hits best first (rank, then kind, then title) and keeps `limit`.
pub fn rank_hits(mut hits: Vec<Found>, limit: usize) -> Vec<Found> {
    hits.sort_by(|a, b| {
        (a.rank, a.kind, fold(&a.title), a.id).cmp(&(b.rank, b.kind, fold(&b.title), b.id))
    });
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_whole_then_start_then_word_then_inside() {
        let q = fold("Zurich");
        assert_eq!(match_rank(&q, "Zürich"), Some(0));
        assert_eq!(match_rank(&q, "zürich-web.ch"), Some(1));
        assert_eq!(match_rank(&q, "Atelier Zürich"), Some(2));
        assert_eq!(match_rank(&q, "gzurichx"), Some(3));
        assert_eq!(match_rank(&q, "Geneva"), None);
        // A later word start beats an earlier inside match.
        assert_eq!(match_rank(&fold("web"), "cobweb web"), Some(2));
        assert_eq!(match_rank(&fold("anna@"), "anna@atelier.ch"), Some(1));
        assert_eq!(best_rank(&fold("léman"), &["x", "Atelier Leman"]), Some(2));
    }

    #[test]
    fn hits_are_ordered_by_rank_kind_and_title() {
        let hit = |kind, title: &str, rank| Found {
            kind,
            id: 1,
            organization_id: 1,
            title: title.into(),
            detail: String::new(),
            rank,
        };
        let ranked = rank_hits(
            vec![
                hit(FoundKind::Product, "b", 3),
                hit(FoundKind::User, "a", 1),
                hit(FoundKind::Invoice, "z", 1),
                hit(FoundKind::Product, "a", 3),
            ],
            3,
        );
        let order: Vec<_> = ranked.iter().map(|h| (h.kind, h.title.as_str())).collect();
        assert_eq!(
            order,
            vec![
                (FoundKind::Invoice, "z"),
                (FoundKind::User, "a"),
                (FoundKind::Product, "a")
            ]
        );
    }
}
