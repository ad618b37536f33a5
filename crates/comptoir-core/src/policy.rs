//! Who may do what in an organization (ORG-3..8), as pure functions of roles and counts, so every
//! refusal is decided in one place and unit-tested without a database.
//!
//! Decisions (rules.md, ORG Decision line, and where the rules are silent):
//! - "enough rights" = legal representative or admin;
//! - only a legal representative names or removes (or demotes) a legal representative;
//! - a plain user may edit their own contact preferences, but product rights only come from
//!   someone with enough rights (a user granting themselves rights would defeat ORG-6);
//! - legal representatives and admins have every right on every product through their role.

use crate::error::{Error, Result};
use crate::org::Role;
use crate::rules::RuleId;

/// ORG-4 / ORG-5 / ORG-6 / ORG-8: adding and removing users, editing others, managing teams.
pub fn check_enough_rights(actor: Role, what: &str) -> Result<()> {
    if actor.has_enough_rights() {
        Ok(())
    } else {
        let rule = match what {
            "add" => RuleId::Org4,
            "remove" => RuleId::Org5,
            "teams" => RuleId::Org8,
            _ => RuleId::Org6,
        };
        Err(Error::rule(
            rule,
            format!(
                "Only a legal representative or an administrator may {}.",
                verb(what)
            ),
        ))
    }
}

fn verb(what: &str) -> &'static str {
    match what {
        "add" => "add users",
        "remove" => "remove users",
        "teams" => "manage teams",
        _ => "change other users' rights",
    }
}

/// ORG-3: only a legal representative changes the organization's details.
pub fn check_edit_details(actor: Role) -> Result<()> {
    if actor == Role::LegalRepresentative {
        Ok(())
    } else {
        Err(Error::rule(
            RuleId::Org3,
            "Only a legal representative may change the organization's details.",
        ))
    }
}

/// ORG-4 + Decision: naming someone with `role` when adding them.
pub fn check_add(actor: Role, role: Role) -> Result<()> {
    check_enough_rights(actor, "add")?;
    if role == Role::LegalRepresentative && actor != Role::LegalRepresentative {
        return Err(legal_rep_only("name a legal representative").with_field("role"));
    }
    Ok(())
}

fn legal_rep_only(what: &str) -> Error {
    Error::rule(
        RuleId::Org7,
        format!("Only a legal representative may {what}."),
    )
}

/// ORG-6 / ORG-7: changing `target`'s role from `from` to `to`. `active_legal_reps` counts the
/// organization's active legal representatives before the change.
pub fn check_role_change(
    actor: Role,
    from: Role,
    to: Role,
    target_is_active: bool,
    active_legal_reps: usize,
) -> Result<()> {
    check_enough_rights(actor, "role")?;
    let touches_legal_rep = from == Role::LegalRepresentative || to == Role::LegalRepresentative;
    if touches_legal_rep && actor != Role::LegalRepresentative {
        return Err(legal_rep_only("name or demote a legal representative").with_field("role"));
    }
    if from == Role::LegalRepresentative
        && to != Role::LegalRepresentative
        && target_is_active
        && active_legal_reps <= 1
    {
        return Err(last_legal_rep("be demoted"));
    }
    Ok(())
}

/// `what`: "leave", "be removed", "be demoted".
fn last_legal_rep(what: &str) -> Error {
    Error::rule(
        RuleId::Org7,
        format!(
            "The only legal representative cannot {what}: name another legal representative first."
        ),
    )
}

/// ORG-5 / ORG-7: `actor` removes `target` (or leaves, when `is_self`).
pub fn check_removal(
    actor: Role,
    target: Role,
    target_is_active: bool,
    is_self: bool,
    active_legal_reps: usize,
) -> Result<()> {
    if !is_self {
        check_enough_rights(actor, "remove")?;
        if target == Role::LegalRepresentative && actor != Role::LegalRepresentative {
            return Err(legal_rep_only("remove a legal representative"));
        }
    }
    if target == Role::LegalRepresentative && target_is_active && active_legal_reps <= 1 {
        return Err(last_legal_rep(if is_self { "leave" } else { "be removed" }));
    }
    Ok(())
}

/// ORG-6: editing product rights of `target` (self or other).
pub fn check_edit_rights(actor: Role, is_self: bool) -> Result<()> {
    let _ = is_self; // even one's own rights need enough rights (see the module's decisions)
    check_enough_rights(actor, "rights")
}

/// ORG-6: editing contact preferences: one's own always, anyone's with enough rights.
pub fn check_edit_contacts(actor: Role, is_self: bool) -> Result<()> {
    if is_self {
        Ok(())
    } else {
        check_enough_rights(actor, "rights")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    fn rule(r: Result<()>) -> Option<RuleId> {
        r.err().and_then(|e| e.rule)
    }

    #[test]
    fn org3_only_legal_rep_edits_details() {
        assert!(check_edit_details(LegalRepresentative).is_ok());
        assert_eq!(rule(check_edit_details(Admin)), Some(RuleId::Org3));
        assert_eq!(rule(check_edit_details(User)), Some(RuleId::Org3));
    }

    #[test]
    fn org4_adding_needs_enough_rights_and_legal_rep_for_legal_rep() {
        assert!(check_add(Admin, User).is_ok());
        assert!(check_add(Admin, Admin).is_ok());
        assert_eq!(rule(check_add(User, User)), Some(RuleId::Org4));
        assert_eq!(
            rule(check_add(Admin, LegalRepresentative)),
            Some(RuleId::Org7)
        );
        assert!(check_add(LegalRepresentative, LegalRepresentative).is_ok());
    }

    #[test]
    fn org7_last_legal_rep_cannot_be_demoted_removed_or_leave() {
        let demote = check_role_change(LegalRepresentative, LegalRepresentative, Admin, true, 1);
        assert_eq!(rule(demote), Some(RuleId::Org7));
        assert!(
            check_role_change(LegalRepresentative, LegalRepresentative, Admin, true, 2).is_ok()
        );
        assert_eq!(
            rule(check_removal(
                LegalRepresentative,
                LegalRepresentative,
                true,
                false,
                1
            )),
            Some(RuleId::Org7)
        );
        assert_eq!(
            rule(check_removal(
                LegalRepresentative,
                LegalRepresentative,
                true,
                true,
                1
            )),
            Some(RuleId::Org7)
        );
        assert!(check_removal(LegalRepresentative, LegalRepresentative, true, true, 2).is_ok());
        // An invited (not yet active) legal representative does not count and can go.
        assert!(check_removal(LegalRepresentative, LegalRepresentative, false, false, 1).is_ok());
    }

    #[test]
    fn org7_admin_cannot_name_or_remove_a_legal_rep() {
        assert_eq!(
            rule(check_role_change(Admin, User, LegalRepresentative, true, 2)),
            Some(RuleId::Org7)
        );
        assert_eq!(
            rule(check_role_change(Admin, LegalRepresentative, User, true, 2)),
            Some(RuleId::Org7)
        );
        assert_eq!(
            rule(check_removal(Admin, LegalRepresentative, true, false, 2)),
            Some(RuleId::Org7)
        );
        assert!(check_removal(Admin, User, true, false, 1).is_ok());
    }

    #[test]
    fn org5_anyone_may_leave_but_only_enough_rights_remove() {
        assert!(check_removal(User, User, true, true, 1).is_ok());
        assert_eq!(
            rule(check_removal(User, User, true, false, 1)),
            Some(RuleId::Org5)
        );
    }

    #[test]
    fn org6_rights_and_contacts() {
        assert_eq!(rule(check_edit_rights(User, true)), Some(RuleId::Org6));
        assert!(check_edit_rights(Admin, false).is_ok());
        assert!(check_edit_contacts(User, true).is_ok());
        assert_eq!(rule(check_edit_contacts(User, false)), Some(RuleId::Org6));
        assert_eq!(
            rule(check_role_change(User, User, Admin, true, 1)),
            Some(RuleId::Org6)
        );
    }
}
