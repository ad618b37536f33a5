//! Per-user security settings (TFA-1..4).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// TFA-3: ten personal emergency codes are issued.
pub const EMERGENCY_CODES_ISSUED: u8 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TwoFactorMethod {
    /// TFA-1: an authenticator app with push approval.
    AppPush,
    /// TFA-1: 30-second one-time codes that work offline.
    Totp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SecuritySettings {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub two_factor: Option<TwoFactorMethod>,
    /// TFA-3: codes not used yet, out of [`EMERGENCY_CODES_ISSUED`].
    pub emergency_codes_left: u8,
}
