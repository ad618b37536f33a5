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
        )
        .reason("rights_needed")
        .with_param("action", action_code(what)))
    }
}

/// The action as a code people's sentence selects on (`add`, `remove`, `teams`, `rights`).
fn action_code(what: &str) -> &'static str {
    match what {
        "add" => "add",
        "remove" => "remove",
        "teams" => "teams",
        _ => "rights",
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
        )
        .reason("legal_rep_only")
        .with_param("action", "details"))
    }
}

/// ORG-4 + Decision: naming someone with `role` when adding them.
pub fn check_add(actor: Role, role: Role) -> Result<()> {
    check_enough_rights(actor, "add")?;
    if role == Role::LegalRepresentative && actor != Role::LegalRepresentative {
        return Err(legal_rep_only("name a legal representative", "name").with_field("role"));
    }
    Ok(())
}

/// `action`: the code people's sentence selects on (`name`, `name_or_demote`, `remove`).
fn legal_rep_only(what: &str, action: &str) -> Error {
    Error::rule(
        RuleId::Org7,
        format!("Only a legal representative may {what}."),
    )
    .reason("legal_rep_only")
    .with_param("action", action)
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
        return Err(
            legal_rep_only("name or demote a legal representative", "name_or_demote")
                .with_field("role"),
        );
    }
    if from == Role::LegalRepresentative
        && to != Role::LegalRepresentative
        && target_is_active
        && active_legal_reps <= 1
    {
        return Err(last_legal_rep("be demoted", "demote"));
    }
    Ok(())
}

/// `what`: "leave", "be removed", "be demoted"; `action` its code (`leave`, `remove`, `demote`).
fn last_legal_rep(what: &str, action: &str) -> Error {
    Error::rule(
        RuleId::Org7,
        format!(
            "The only legal representative cannot {what}: name another legal representative first."
        ),
    )
    .reason("last_legal_rep")
    .with_param("action", action)
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
            return Err(legal_rep_only("remove a legal representative", "remove"));
        }
    }
    if target == Role::LegalRepresentative && target_is_active && active_legal_reps <= 1 {
        return Err(if is_self {
            last_legal_rep("leave", "leave")
        } else {
            last_legal_rep("be removed", "remove")
        });
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

/// What moves money or changes what will be charged (REN-*, PAY-*). The engine checks one of
/// these, with [`check_billing`], before every money command.
///
/// Decisions (rules.md names the ORG-6 billing right but not who may pay; we decide):
/// - legal representatives and admins of the organization may do every money action in it;
/// - a plain user may pay, renew, switch auto-renewal and change the period only of the
///   products on which they hold the billing right (their own grant or a team's, ORG-6/ORG-8);
/// - organization-wide money (top-ups, payment methods, credit notes) needs a legal
///   representative or an admin, since it reaches every product's bills;
/// - the seller on documents is a workspace setting: only a legal representative changes it;
/// - someone who is not an active member of the organization may do nothing in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillingAction {
    /// Pay products (a selection, "renew now"), pay a pending order for them.
    PayProducts,
    /// Switch auto-renewal on or off, or choose its payment method (REN-2/3).
    SwitchAutoRenew,
    /// Change a product's renewal period (PAY-9).
    ChangePeriod,
    /// Top up the prepaid balance (PAY-6).
    TopUp,
    /// Add a payment method or choose the default one (PAY-5).
    ManagePaymentMethods,
    /// Issue a credit note against an invoice.
    IssueCreditNote,
    /// Change the seller shown on documents (PAY-7).
    SetSeller,
    /// Change the billing notification settings (PAY-2).
    EditNotifications,
}

impl BillingAction {
    /// Whether a plain user with the billing right on every product concerned may do it.
    pub fn per_product(self) -> bool {
        matches!(
            self,
            BillingAction::PayProducts
                | BillingAction::SwitchAutoRenew
                | BillingAction::ChangePeriod
        )
    }

    /// A stable code for the action, carried in refusals so the UI can name it.
    pub fn as_str(self) -> &'static str {
        match self {
            BillingAction::PayProducts => "pay_products",
            BillingAction::SwitchAutoRenew => "switch_auto_renew",
            BillingAction::ChangePeriod => "change_period",
            BillingAction::TopUp => "top_up",
            BillingAction::ManagePaymentMethods => "manage_payment_methods",
            BillingAction::IssueCreditNote => "issue_credit_note",
            BillingAction::SetSeller => "set_seller",
            BillingAction::EditNotifications => "edit_notifications",
        }
    }

    fn described(self) -> &'static str {
        match self {
            BillingAction::PayProducts => "pay or renew these products",
            BillingAction::SwitchAutoRenew => "change the auto-renewal of these products",
            BillingAction::ChangePeriod => "change the renewal period of these products",
            BillingAction::TopUp => "top up the prepaid balance",
            BillingAction::ManagePaymentMethods => "manage payment methods",
            BillingAction::IssueCreditNote => "issue credit notes",
            BillingAction::SetSeller => "change the seller on documents",
            BillingAction::EditNotifications => "change the billing notification settings",
        }
    }
}

/// What the signed-in user may do with an organization's money, for the UI to explain ahead of
/// time (the engine still checks every command).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct BillingAccess {
    /// `None` when the user is not an active member.
    pub role: Option<Role>,
    /// Top-ups, payment methods, credit notes (legal representatives and admins).
    pub organization_wide: bool,
    /// Paying and renewing every product (legal representatives and admins); otherwise only
    /// the products with the user's billing right.
    pub all_products: bool,
    /// The seller on documents (legal representatives).
    pub seller: bool,
}

impl BillingAccess {
    pub fn of(role: Option<Role>, legal_rep_anywhere: bool) -> BillingAccess {
        let ok = |a| check_billing(role, a, false).is_ok();
        BillingAccess {
            role,
            organization_wide: ok(BillingAction::TopUp),
            all_products: ok(BillingAction::PayProducts),
            seller: legal_rep_anywhere,
        }
    }
}

/// Who may do a money action. `actor` is the signed-in user's active role in the organization
/// (`None`: not an active member); `billing_right_on_all` says whether they hold the ORG-6
/// billing right on every product the action touches (ignored for legal representatives and
/// admins, and for organization-wide actions).
pub fn check_billing(
    actor: Option<Role>,
    action: BillingAction,
    billing_right_on_all: bool,
) -> Result<()> {
    let allowed = match (actor, action) {
        (None, _) => false,
        (Some(Role::LegalRepresentative), _) => true,
        (Some(Role::Admin), BillingAction::SetSeller) => false,
        (Some(Role::Admin), _) => true,
        (Some(Role::User), a) => a.per_product() && billing_right_on_all,
    };
    if allowed {
        return Ok(());
    }
    // `who` as a code people's sentence selects on.
    let (who, code) = match (actor, action) {
        (None, _) => ("Only a member of the organization may", "member"),
        (_, BillingAction::SetSeller) => ("Only a legal representative may", "legal_rep"),
        (_, a) if a.per_product() => (
            "Only a legal representative, an administrator or a user with the billing right on \
             each product may",
            "billing_right",
        ),
        _ => (
            "Only a legal representative or an administrator may",
            "admin",
        ),
    };
    Err(
        Error::rule(RuleId::Org6, format!("{who} {}.", action.described()))
            .reason("billing_refused")
            .with_param("who", code),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    #[test]
    fn billing_every_action_by_every_role() {
        use BillingAction::*;
        let all = [
            PayProducts,
            SwitchAutoRenew,
            ChangePeriod,
            TopUp,
            ManagePaymentMethods,
            IssueCreditNote,
            SetSeller,
        ];
        for a in all {
            for right in [false, true] {
                assert!(check_billing(Some(LegalRepresentative), a, right).is_ok());
                assert_eq!(rule(check_billing(None, a, right)), Some(RuleId::Org6));
                assert_eq!(
                    check_billing(Some(Admin), a, right).is_ok(),
                    a != SetSeller,
                    "admin, {a:?}"
                );
                assert_eq!(
                    check_billing(Some(User), a, right).is_ok(),
                    right && a.per_product(),
                    "user, {a:?}, right {right}"
                );
            }
        }
    }

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
