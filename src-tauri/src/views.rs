//! What a screen receives in one call: compositions of domain types, nothing computed here.

use comptoir_core::billing::{PaymentMethod, PrepaidAccount};
use comptoir_core::org::{Member, Organization, Team};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct OrganizationOverview {
    pub organization: Organization,
    /// The first page of members (at most `MEMBERS_PAGE_MAX`, 100): a big organization's reply
    /// stays small; `organization_members` gives the next pages.
    pub members: Vec<Member>,
    /// All members, counted by SQL.
    pub members_total: u32,
    /// The signed-in person's membership, wherever it falls in the pages.
    pub actor: Option<Member>,
    pub teams: Vec<Team>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BillingOverview {
    pub payment_methods: Vec<PaymentMethod>,
    pub prepaid: PrepaidAccount,
}

/// The UI language chosen by the user, if any, and the OS's preferred languages (BCP 47), which
/// the UI follows until the user chooses. The OS list comes from the shell, not the webview:
/// WebKitGTK reports only what the C library's installed locales allow.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct UiPreferences {
    pub language: Option<String>,
    pub os_languages: Vec<String>,
}

/// Everything the window needs to show its first screen, in one reply (issue 12: one command at
/// startup instead of five, one after the other): the language, why no workspace is open (if
/// none is), the workspace and its organizations, and the first organization's overview.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct Startup {
    pub preferences: UiPreferences,
    pub problem: Option<comptoir_store::WorkspaceProblem>,
    pub info: Option<comptoir_store::WorkspaceInfo>,
    pub organizations: Vec<Organization>,
    /// The overview of `organization_id` when given and still there, else of the first
    /// organization; none when the signed-in user is not a member of it (the page then asks
    /// and shows the refusal as it always does).
    pub overview: Option<OrganizationOverview>,
}

/// One milestone of a product's renewal timeline, worded as the calendar export words it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
    pub date: chrono::NaiveDate,
    pub summary: String,
    pub description: String,
    /// The export puts reminders 3 days and 1 day before it.
    pub reminder: bool,
}

#[macro_export]
macro_rules! for_each_view_type {
    ($m:ident) => {
        $m!(
            $crate::views::OrganizationOverview,
            $crate::views::BillingOverview,
            $crate::views::UiPreferences,
            $crate::views::Startup,
            $crate::views::TimelineEntry
        )
    };
}
