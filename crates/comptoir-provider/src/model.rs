//! The provider's resources as the spec names them (snake_case keys, Unix-second timestamps).
//! Only the fields the app uses are typed; fields the spec marks required are plain, the rest
//! `Option` with a default so a leaner answer still parses. Serialize is derived too so the fake
//! provider answers with the very same types.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Provider ids are integers in the spec.
pub type Id = i64;
/// Unix seconds, as every provider timestamp.
pub type Timestamp = i64;

/// `GET /2/profile` (spec: UserProfile).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: Id,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default)]
    pub login: Option<String>,
    #[serde(default)]
    pub current_account_id: Option<Id>,
    #[serde(default)]
    pub preferences: Option<ProfilePreferences>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfilePreferences {
    #[serde(default)]
    pub language: Option<Value>,
    #[serde(default)]
    pub timezone: Option<Value>,
}

/// `GET /1/accounts` (spec: Account): an organization. `type` is the caller's role in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: Id,
    pub name: String,
    /// company | individual | public_body | restrict
    pub legal_entity_type: String,
    pub created_at: Timestamp,
    /// The caller's role: owner | admin | normal | client.
    #[serde(default, rename = "type")]
    pub role: Option<String>,
    #[serde(default)]
    pub is_blocked: Option<bool>,
    #[serde(default)]
    pub nb_users: Option<i64>,
    #[serde(default)]
    pub nb_invitations: Option<i64>,
    #[serde(default)]
    pub locale: Option<String>,
}

/// `GET /2/accounts/{account}/users` (spec: "User or pending user"): a member (`user_id` set,
/// `state_in_account` = valid) or a pending invitation (`invitation_id` set, pending).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountUser {
    pub user_id: Option<Id>,
    pub invitation_id: Option<Id>,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub role_type: String,
    pub state_in_account: String,
    pub has_billing_access: Option<bool>,
    #[serde(default)]
    pub last_login_at: Option<Timestamp>,
}

impl AccountUser {
    pub fn is_pending(&self) -> bool {
        self.state_in_account == "pending"
    }
}

/// Roles an invitation may give (spec enum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleType {
    Owner,
    Admin,
    Normal,
}

/// Locales an invitation may be sent in (spec enum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationLocale {
    #[serde(rename = "de_DE")]
    De,
    #[serde(rename = "en_GB")]
    En,
    #[serde(rename = "es_ES")]
    Es,
    #[serde(rename = "fr_FR")]
    Fr,
    #[serde(rename = "it_IT")]
    It,
}

/// `POST /1/accounts/{account}/invitations` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationCreate {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub locale: InvitationLocale,
    pub role_type: RoleType,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<Id>,
}

/// An invitation (spec: AccountInvitation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invitation {
    pub id: Id,
    pub account_id: Id,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// accepted | cancelled | pending | rejected
    pub status: String,
    /// admin | normal | owner
    pub role_type: String,
    pub locale: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub expired_at: Option<Timestamp>,
    #[serde(default)]
    pub teams: Option<Vec<Value>>,
}

/// A pending invitation as the members list shows it (the spec has no "list invitations" path:
/// pending invitations are the `state_in_account = pending` rows of `/2/accounts/{a}/users`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub invitation_id: Id,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role_type: String,
}

/// A team (spec: Team). `updated_at` lets a writer detect a change since the last sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Team {
    pub id: Id,
    pub name: String,
    pub color_id: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub owned_by_id: Option<Id>,
    pub created_by_id: Option<Id>,
    #[serde(default)]
    pub user_count: Option<i64>,
}

/// `POST /1/accounts/{account}/teams` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamCreate {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by_id: Option<Id>,
}

/// `PATCH /1/accounts/{account}/teams/{team}` body: only what is set changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by_id: Option<Id>,
}

/// A team member (spec: TeamUser).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamUser {
    pub id: Id,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default)]
    pub last_login_at: Option<Timestamp>,
}

/// `POST|DELETE /1/accounts/{account}/teams/{team}/users` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamUserIds {
    pub user_ids: Vec<Id>,
}

/// A product (spec: Product). `renew_preferences` is untyped in the spec.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub id: Id,
    pub account_id: Id,
    pub service_id: Id,
    pub service_name: String,
    pub customer_name: String,
    pub internal_name: Option<String>,
    pub created_at: Timestamp,
    pub expired_at: Option<Timestamp>,
    pub is_locked: bool,
    pub is_free: bool,
    pub is_trial: bool,
    #[serde(default)]
    pub tags: Vec<Value>,
    #[serde(default)]
    pub fqdn: Option<String>,
    #[serde(default)]
    pub renew_preferences: Option<Value>,
}

/// Status of an asynchronous task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Spooled,
    Running,
    Executed,
    Failed,
}

/// `GET /1/async/tasks/{uuid}` (spec: AsyncTask).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AsyncTask {
    pub uuid: String,
    pub status: TaskStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub executed_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
    #[serde(default)]
    pub response: Option<Value>,
    #[serde(default)]
    pub error: Option<Value>,
}

/// Which page to ask for (`page` counts from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub fn first(per_page: u32) -> Self {
        PageRequest { page: 1, per_page }
    }
    pub fn next(self) -> Self {
        PageRequest {
            page: self.page + 1,
            ..self
        }
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest::first(100)
    }
}

/// One page of a list and the pagination meta the provider sends beside `data`.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items_per_page: u32,
}

impl<T> Page<T> {
    pub fn is_last(&self) -> bool {
        self.page >= self.pages
    }
}
