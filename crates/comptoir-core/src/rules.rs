//! The ids of the business rules in `docs/rules.md` (a copy of
//! `shared/reference/rules.md`). Errors, code comments and test
//! names cite them, so a refusal on screen can always be traced to the rule that caused it.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum RuleId {
    #[serde(rename = "ORG-1")]
    Org1,
    #[serde(rename = "ORG-2")]
    Org2,
    #[serde(rename = "ORG-3")]
    Org3,
    #[serde(rename = "ORG-4")]
    Org4,
    #[serde(rename = "ORG-5")]
    Org5,
    #[serde(rename = "ORG-6")]
    Org6,
    #[serde(rename = "ORG-7")]
    Org7,
    #[serde(rename = "ORG-8")]
    Org8,
    #[serde(rename = "REN-1")]
    Ren1,
    #[serde(rename = "REN-2")]
    Ren2,
    #[serde(rename = "REN-3")]
    Ren3,
    #[serde(rename = "REN-4")]
    Ren4,
    #[serde(rename = "REN-5")]
    Ren5,
    #[serde(rename = "REN-6")]
    Ren6,
    #[serde(rename = "REN-7")]
    Ren7,
    #[serde(rename = "PAY-1")]
    Pay1,
    #[serde(rename = "PAY-2")]
    Pay2,
    #[serde(rename = "PAY-3")]
    Pay3,
    #[serde(rename = "PAY-4")]
    Pay4,
    #[serde(rename = "PAY-5")]
    Pay5,
    #[serde(rename = "PAY-6")]
    Pay6,
    #[serde(rename = "PAY-7")]
    Pay7,
    #[serde(rename = "PAY-8")]
    Pay8,
    #[serde(rename = "PAY-9")]
    Pay9,
    #[serde(rename = "SUP-1")]
    Sup1,
    #[serde(rename = "SUP-2")]
    Sup2,
    #[serde(rename = "SUP-3")]
    Sup3,
    #[serde(rename = "SUP-4")]
    Sup4,
    #[serde(rename = "SUP-5")]
    Sup5,
    #[serde(rename = "PAR-1")]
    Par1,
    #[serde(rename = "PAR-2")]
    Par2,
    #[serde(rename = "PAR-3")]
    Par3,
    #[serde(rename = "PAR-4")]
    Par4,
    #[serde(rename = "ID-1")]
    Id1,
    #[serde(rename = "ID-2")]
    Id2,
    #[serde(rename = "ID-3")]
    Id3,
    #[serde(rename = "ID-4")]
    Id4,
    #[serde(rename = "TFA-1")]
    Tfa1,
    #[serde(rename = "TFA-2")]
    Tfa2,
    #[serde(rename = "TFA-3")]
    Tfa3,
    #[serde(rename = "TFA-4")]
    Tfa4,
    #[serde(rename = "KC-1")]
    Kc1,
    #[serde(rename = "KC-2")]
    Kc2,
    #[serde(rename = "KC-5")]
    Kc5,
    #[serde(rename = "KC-6")]
    Kc6,
    #[serde(rename = "API-1")]
    Api1,
    #[serde(rename = "API-2")]
    Api2,
    #[serde(rename = "API-3")]
    Api3,
}

impl RuleId {
    pub const ALL: &'static [RuleId] = &[
        RuleId::Org1,
        RuleId::Org2,
        RuleId::Org3,
        RuleId::Org4,
        RuleId::Org5,
        RuleId::Org6,
        RuleId::Org7,
        RuleId::Org8,
        RuleId::Ren1,
        RuleId::Ren2,
        RuleId::Ren3,
        RuleId::Ren4,
        RuleId::Ren5,
        RuleId::Ren6,
        RuleId::Ren7,
        RuleId::Pay1,
        RuleId::Pay2,
        RuleId::Pay3,
        RuleId::Pay4,
        RuleId::Pay5,
        RuleId::Pay6,
        RuleId::Pay7,
        RuleId::Pay8,
        RuleId::Pay9,
        RuleId::Sup1,
        RuleId::Sup2,
        RuleId::Sup3,
        RuleId::Sup4,
        RuleId::Sup5,
        RuleId::Par1,
        RuleId::Par2,
        RuleId::Par3,
        RuleId::Par4,
        RuleId::Id1,
        RuleId::Id2,
        RuleId::Id3,
        RuleId::Id4,
        RuleId::Tfa1,
        RuleId::Tfa2,
        RuleId::Tfa3,
        RuleId::Tfa4,
        RuleId::Kc1,
        RuleId::Kc2,
        RuleId::Kc5,
        RuleId::Kc6,
        RuleId::Api1,
        RuleId::Api2,
        RuleId::Api3,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Org1 => "ORG-1",
            RuleId::Org2 => "ORG-2",
            RuleId::Org3 => "ORG-3",
            RuleId::Org4 => "ORG-4",
            RuleId::Org5 => "ORG-5",
            RuleId::Org6 => "ORG-6",
            RuleId::Org7 => "ORG-7",
            RuleId::Org8 => "ORG-8",
            RuleId::Ren1 => "REN-1",
            RuleId::Ren2 => "REN-2",
            RuleId::Ren3 => "REN-3",
            RuleId::Ren4 => "REN-4",
            RuleId::Ren5 => "REN-5",
            RuleId::Ren6 => "REN-6",
            RuleId::Ren7 => "REN-7",
            RuleId::Pay1 => "PAY-1",
            RuleId::Pay2 => "PAY-2",
            RuleId::Pay3 => "PAY-3",
            RuleId::Pay4 => "PAY-4",
            RuleId::Pay5 => "PAY-5",
            RuleId::Pay6 => "PAY-6",
            RuleId::Pay7 => "PAY-7",
            RuleId::Pay8 => "PAY-8",
            RuleId::Pay9 => "PAY-9",
            RuleId::Sup1 => "SUP-1",
            RuleId::Sup2 => "SUP-2",
            RuleId::Sup3 => "SUP-3",
            RuleId::Sup4 => "SUP-4",
            RuleId::Sup5 => "SUP-5",
            RuleId::Par1 => "PAR-1",
            RuleId::Par2 => "PAR-2",
            RuleId::Par3 => "PAR-3",
            RuleId::Par4 => "PAR-4",
            RuleId::Id1 => "ID-1",
            RuleId::Id2 => "ID-2",
            RuleId::Id3 => "ID-3",
            RuleId::Id4 => "ID-4",
            RuleId::Tfa1 => "TFA-1",
            RuleId::Tfa2 => "TFA-2",
            RuleId::Tfa3 => "TFA-3",
            RuleId::Tfa4 => "TFA-4",
            RuleId::Kc1 => "KC-1",
            RuleId::Kc2 => "KC-2",
            RuleId::Kc5 => "KC-5",
            RuleId::Kc6 => "KC-6",
            RuleId::Api1 => "API-1",
            RuleId::Api2 => "API-2",
            RuleId::Api3 => "API-3",
        }
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every id in rules.md has a variant, and no variant names a rule that is not there.
    #[test]
    fn ids_match_rules_md() {
        let text = include_str!("../../../docs/rules.md");
        let mut in_doc: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("- "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|w| {
                w.split_once('-').is_some_and(|(p, n)| {
                    !p.is_empty()
                        && p.chars().all(|c| c.is_ascii_uppercase())
                        && n.chars().all(|c| c.is_ascii_digit())
                        && !n.is_empty()
                })
            })
            .collect();
        in_doc.dedup();
        let ours: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(ours, in_doc);
    }

    #[test]
    fn serializes_as_the_printed_id() {
        assert_eq!(serde_json::to_string(&RuleId::Org7).unwrap(), "\"ORG-7\"");
    }
}
