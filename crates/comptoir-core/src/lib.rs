//! Comptoir's domain: the types every other crate speaks, their invariants, and the business
//! rules of `shared/reference/rules.md` (cited by id: `// REN-5`).
//!
//! Nothing here performs I/O or knows about Tauri: the store persists these types, the shell
//! carries them over IPC, and both are thin around this crate.

pub mod amount;
pub mod billing;
pub mod clock;
pub mod error;
pub mod forecast;
pub mod kc;
pub mod log_text;
pub mod money;
pub mod org;
pub mod partner;
pub mod policy;
pub mod product;
pub mod reminders;
pub mod renewal;
pub mod rules;
pub mod search;
pub mod security;
pub mod stored_text;
pub mod support;
pub mod text;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Reason, Result};
pub use money::{Currency, Money};
pub use rules::RuleId;

/// Every type that crosses IPC, in a stable order, so the TypeScript bindings can be generated
/// into a single committed file (see the shell's `bindings` test).
#[macro_export]
macro_rules! for_each_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::error::ErrorCode,
            $crate::error::Error,
            $crate::rules::RuleId,
            $crate::policy::BillingAccess,
            $crate::billing::DocumentRef,
            $crate::money::Currency,
            $crate::money::Money,
            $crate::org::Address,
            $crate::org::Organization,
            $crate::org::Role,
            $crate::org::MemberStatus,
            $crate::org::ContactPreferences,
            $crate::org::Member,
            $crate::org::Team,
            $crate::org::ProductRights,
            $crate::org::ProductRightGrant,
            $crate::org::AddMode,
            $crate::org::NewMember,
            $crate::org::MemberResult,
            $crate::org::InviteResult,
            $crate::org::OrganizationDetails,
            $crate::org::RightSource,
            $crate::org::EffectiveRight,
            $crate::org::RightsTable,
            $crate::product::ProductKind,
            $crate::product::ProductStatus,
            $crate::product::Product,
            $crate::reminders::NotificationSettings,
            $crate::reminders::Milestone,
            $crate::reminders::Reminder,
            $crate::reminders::Attention,
            $crate::renewal::SortKey,
            $crate::forecast::ChargeKind,
            $crate::forecast::ForecastBar,
            $crate::forecast::PrepaidProjection,
            $crate::forecast::CurrencyForecast,
            $crate::forecast::Forecast,
            $crate::forecast::SpendingMonth,
            $crate::forecast::CurrencySpending,
            $crate::forecast::SpendingHistory,
            $crate::search::FoundKind,
            $crate::search::Found,
            $crate::renewal::ProductQuery,
            $crate::renewal::ProductRow,
            $crate::renewal::ProductPage,
            $crate::renewal::Selection,
            $crate::renewal::RowOutcome,
            $crate::renewal::RowResult,
            $crate::renewal::BulkReport,
            $crate::renewal::Progress,
            $crate::renewal::PayItem,
            $crate::renewal::PaymentChoice,
            $crate::renewal::PaySplit,
            $crate::renewal::PaidOrder,
            $crate::billing::PaymentMethodKind,
            $crate::billing::PaymentMethod,
            $crate::billing::NewPaymentMethod,
            $crate::billing::InvoiceKind,
            $crate::billing::InvoiceStatus,
            $crate::billing::Invoice,
            $crate::billing::InvoiceLine,
            $crate::billing::InvoiceDetail,
            $crate::billing::ExportReport,
            $crate::billing::ExportFailure,
            $crate::billing::ExistingFiles,
            $crate::billing::Seller,
            $crate::billing::OrderStatus,
            $crate::billing::Order,
            $crate::billing::PrepaidMovement,
            $crate::billing::PrepaidAccount,
            $crate::support::GrantKind,
            $crate::support::GrantState,
            $crate::support::SupportGrant,
            $crate::support::RequestCategory,
            $crate::support::AttachmentKind,
            $crate::support::AccessEvent,
            $crate::support::AccessLogEntry,
            $crate::support::AccessLogPage,
            $crate::support::NewGrant,
            $crate::kc::KcTrigger,
            $crate::kc::KcState,
            $crate::kc::KcBlock,
            $crate::kc::KcResend,
            $crate::kc::KcDocument,
            $crate::partner::PartnerStatus,
            $crate::partner::ClientAccess,
            $crate::partner::PartnerClient,
            $crate::partner::BilledParty,
            $crate::partner::Benefit,
            $crate::partner::ClientProduct,
            $crate::partner::PartnerProfile,
            $crate::partner::Eligibility,
            $crate::partner::StatementLine,
            $crate::partner::Statement,
            $crate::security::TwoFactorMethod,
            $crate::security::SecuritySettings
        )
    };
}
