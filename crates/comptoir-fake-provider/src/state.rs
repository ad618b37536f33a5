//! The fake's data: a seeded profile, two organizations with members, pending invitations, teams
//! and products, and how each is written as the spec's JSON (every field the spec marks required,
//! so the contract test can hold the fake to the spec).

use std::collections::BTreeMap;

use serde_json::{json, Value};

pub type Id = i64;

/// The signed-in user of the seed.
pub const ME: Id = 1001;

#[derive(Debug, Clone)]
pub struct Member {
    pub user_id: Id,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role_type: String,
    pub has_billing_access: bool,
    pub last_login_at: i64,
}

#[derive(Debug, Clone)]
pub struct InvitationRow {
    pub id: Id,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role_type: String,
    pub locale: String,
    pub status: String,
    pub teams: Vec<Id>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone)]
pub struct TeamRow {
    pub id: Id,
    pub name: String,
    pub color_id: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub owned_by_id: Option<Id>,
    pub user_ids: Vec<Id>,
}

#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: Id,
    pub name: String,
    pub legal_entity_type: String,
    /// The caller's role in it.
    pub role: String,
    pub created_at: i64,
    pub members: Vec<Member>,
    pub invitations: Vec<InvitationRow>,
    pub teams: Vec<TeamRow>,
}

#[derive(Debug, Clone)]
pub struct ProductRow {
    pub id: Id,
    pub account_id: Id,
    pub service_id: Id,
    pub service_name: String,
    pub customer_name: String,
    pub internal_name: Option<String>,
    pub created_at: i64,
    pub expired_at: Option<i64>,
    pub fqdn: String,
}

#[derive(Debug, Clone)]
pub struct TaskRow {
    pub uuid: String,
    pub created_at: i64,
    /// Polls left before it reports `executed`.
    pub polls_left: u32,
    pub response: Value,
}

#[derive(Debug, Clone)]
pub struct Data {
    pub accounts: Vec<AccountRow>,
    pub products: Vec<ProductRow>,
    pub tasks: BTreeMap<String, TaskRow>,
    next_id: Id,
    last_stamp: i64,
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn member(user_id: Id, first: &str, last: &str, role: &str, billing: bool, now: i64) -> Member {
    Member {
        user_id,
        first_name: first.into(),
        last_name: last.into(),
        email: format!(
            "{}.{}@example.ch",
            ascii(first).to_lowercase(),
            ascii(last).to_lowercase()
        ),
        role_type: role.into(),
        has_billing_access: billing,
        last_login_at: now - (user_id % 17) * 86_400,
    }
}

fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'à' | 'â' => 'a',
            'ü' => 'u',
            'ö' => 'o',
            'ç' => 'c',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

const SERVICES: [(Id, &str); 5] = [
    (1, "domain"),
    (2, "hosting"),
    (3, "email_hosting"),
    (4, "ssl"),
    (5, "kdrive"),
];

impl Data {
    /// The seed. `products` is how many products (the default handful, or 10,000 for bulk tests).
    pub fn seed(products: usize) -> Data {
        let now = now_unix();
        let day = 86_400;
        let a1 = AccountRow {
            id: 101,
            name: "Atelier Léman SA".into(),
            legal_entity_type: "company".into(),
            role: "owner".into(),
            created_at: now - 900 * day,
            members: vec![
                member(ME, "Claire", "Dubois", "owner", true, now),
                member(1002, "Marc", "Favre", "admin", true, now),
                member(1003, "Léa", "Rochat", "normal", false, now),
                member(1004, "Jonas", "Keller", "normal", false, now),
                member(1005, "Sofia", "Bernasconi", "normal", true, now),
                member(1006, "Noé", "Girard", "normal", false, now),
            ],
            invitations: vec![InvitationRow {
                id: 5001,
                email: "amelie.perret@example.ch".into(),
                first_name: "Amélie".into(),
                last_name: "Perret".into(),
                role_type: "normal".into(),
                locale: "fr_FR".into(),
                status: "pending".into(),
                teams: vec![],
                created_at: now - 3 * day,
                updated_at: now - 3 * day,
            }],
            teams: vec![
                TeamRow {
                    id: 301,
                    name: "Web".into(),
                    color_id: 1,
                    created_at: now - 400 * day,
                    updated_at: now - 30 * day,
                    owned_by_id: Some(ME),
                    user_ids: vec![1002, 1003],
                },
                TeamRow {
                    id: 302,
                    name: "Comptabilité".into(),
                    color_id: 4,
                    created_at: now - 300 * day,
                    updated_at: now - 10 * day,
                    owned_by_id: Some(1002),
                    user_ids: vec![1005],
                },
            ],
        };
        let a2 = AccountRow {
            id: 202,
            name: "Studio Ticino Sagl".into(),
            legal_entity_type: "company".into(),
            role: "admin".into(),
            created_at: now - 500 * day,
            members: vec![
                member(2001, "Giulia", "Rossi", "owner", true, now),
                member(ME, "Claire", "Dubois", "admin", false, now),
                member(2002, "Luca", "Ferrari", "normal", false, now),
                member(2003, "Chiara", "Bianchi", "normal", false, now),
            ],
            invitations: vec![InvitationRow {
                id: 5002,
                email: "marco.conti@example.ch".into(),
                first_name: "Marco".into(),
                last_name: "Conti".into(),
                role_type: "admin".into(),
                locale: "it_IT".into(),
                status: "pending".into(),
                teams: vec![],
                created_at: now - day,
                updated_at: now - day,
            }],
            teams: vec![TeamRow {
                id: 303,
                name: "Grafica".into(),
                color_id: 2,
                created_at: now - 200 * day,
                updated_at: now - 5 * day,
                owned_by_id: Some(2001),
                user_ids: vec![2002, 2003],
            }],
        };
        let products = (0..products)
            .map(|i| {
                let i = i as i64;
                let (service_id, service) = SERVICES[(i % 5) as usize];
                let account_id = if i % 3 == 2 { 202 } else { 101 };
                let name = format!("site{:05}.example.ch", i + 1);
                ProductRow {
                    id: 700_000 + i,
                    account_id,
                    service_id,
                    service_name: service.into(),
                    customer_name: name.clone(),
                    internal_name: (i % 4 == 0).then(|| format!("Client {}", i + 1)),
                    created_at: now - (400 + i % 300) * day,
                    // Spread over the coming year, a few already expired, domains always dated.
                    expired_at: (service_id != 5 || i % 2 == 0)
                        .then_some(now + ((i * 37) % 400 - 20) * day),
                    fqdn: name,
                }
            })
            .collect();
        Data {
            accounts: vec![a1, a2],
            products,
            tasks: BTreeMap::new(),
            next_id: 9000,
            last_stamp: now,
        }
    }

    pub fn next_id(&mut self) -> Id {
        self.next_id += 1;
        self.next_id
    }

    /// A new `updated_at`, strictly after every earlier one so a change is always visible.
    pub fn stamp(&mut self) -> i64 {
        self.last_stamp = now_unix().max(self.last_stamp + 1);
        self.last_stamp
    }

    pub fn account(&self, id: Id) -> Option<&AccountRow> {
        self.accounts.iter().find(|a| a.id == id)
    }

    pub fn account_mut(&mut self, id: Id) -> Option<&mut AccountRow> {
        self.accounts.iter_mut().find(|a| a.id == id)
    }

    pub fn profile_json(&self) -> Value {
        json!({
            "id": ME, "display_name": "Claire Dubois", "first_name": "Claire",
            "last_name": "Dubois", "email": "claire.dubois@example.ch", "login": "claire.dubois",
            "avatar": null, "country": {"id": 1, "short_name": "CH"}, "current_account_id": 101,
            "date_last_changed_password": 1_700_000_000, "double_auth": false,
            "double_auth_method": "none", "infomaniak_application": false, "is_sso": false,
            "language": "fr", "last_login_at": self.last_stamp - 3600, "otp": false,
            "remaining_rescue_code": 0, "sms": false, "sms_phone": null,
            "timezone": "Europe/Zurich", "yubikey": false, "type": "user",
            "preferences": {
                "language": {"id": 2, "name": "Français", "short_name": "fr",
                             "locale": "fr_CH", "short_locale": "fr"},
                "timezone": {"id": 386, "name": "Europe/Zurich", "gmt": "+01:00"}
            }
        })
    }
}

impl AccountRow {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id, "name": self.name, "legal_entity_type": self.legal_entity_type,
            "created_at": self.created_at, "type": self.role, "is_blocked": false,
            "nb_users": self.members.len(), "nb_invitations": self.pending().count(),
            "beta": false, "blocked_order_id": null, "has_2fa_required": false,
            "in_process": false, "is_customer": true, "is_sso": false, "language_id": 2,
            "locale": "fr_CH", "support_level": 0, "waiting_payment": false
        })
    }

    pub fn pending(&self) -> impl Iterator<Item = &InvitationRow> {
        self.invitations.iter().filter(|i| i.status == "pending")
    }

    pub fn member(&self, user_id: Id) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id == user_id)
    }

    /// Members then pending invitations, as `/2/accounts/{a}/users` lists them.
    pub fn user_rows(&self) -> Vec<Value> {
        let members = self.members.iter().map(|m| {
            json!({
                "user_id": m.user_id, "invitation_id": null, "first_name": m.first_name,
                "last_name": m.last_name, "display_name": format!("{} {}", m.first_name, m.last_name),
                "email": m.email, "avatar": null, "role_type": m.role_type,
                "state_in_account": "valid", "is_correspondent": false,
                "is_correspondent_billing": false, "is_workspace_only": false,
                "has_no_manager_access": false, "has_billing_access": m.has_billing_access,
                "is_sso": false, "language_id": 2, "unique_key": format!("u{}", m.user_id),
                "last_login_at": m.last_login_at, "partnership_id": null
            })
        });
        let pending = self.pending().map(|i| {
            json!({
                "user_id": null, "invitation_id": i.id, "first_name": i.first_name,
                "last_name": i.last_name, "display_name": format!("{} {}", i.first_name, i.last_name),
                "email": i.email, "avatar": null, "role_type": i.role_type,
                "state_in_account": "pending", "is_correspondent": null,
                "is_correspondent_billing": null, "is_workspace_only": null,
                "has_no_manager_access": null, "has_billing_access": null, "is_sso": false,
                "language_id": null, "unique_key": format!("i{}", i.id),
                // The spec makes this an integer even for someone who never logged in.
                "last_login_at": 0, "partnership_id": null
            })
        });
        members.chain(pending).collect()
    }

    pub fn team_users_json(&self, team: &TeamRow) -> Vec<Value> {
        team.user_ids
            .iter()
            .filter_map(|id| self.member(*id))
            .map(|m| {
                json!({
                    "id": m.user_id, "display_name": format!("{} {}", m.first_name, m.last_name),
                    "first_name": m.first_name, "last_name": m.last_name, "email": m.email,
                    "is_sso": false, "last_login_at": m.last_login_at,
                    "teams": self.teams.iter().filter(|t| t.user_ids.contains(&m.user_id))
                        .map(|t| json!({"id": t.id, "name": t.name, "color_id": t.color_id,
                                        "created_at": t.created_at, "updated_at": t.updated_at,
                                        "user_count": t.user_ids.len()}))
                        .collect::<Vec<_>>()
                })
            })
            .collect()
    }
}

impl InvitationRow {
    pub fn json(&self, account_id: Id) -> Value {
        json!({
            "id": self.id, "account_id": account_id, "email": self.email,
            "first_name": self.first_name, "last_name": self.last_name, "status": self.status,
            "role_type": self.role_type, "locale": self.locale, "language_id": 2,
            "strict": false, "has_ksuite": false, "has_billing": false,
            "has_billing_mailing": false, "has_mailing": false, "teams": self.teams,
            "created_at": self.created_at, "updated_at": self.updated_at,
            "sent_at": self.created_at, "expired_at": self.created_at + 30 * 86_400,
            "url_accept": format!("https://manager.example.ch/invitation/{}", self.id)
        })
    }
}

impl TeamRow {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id, "name": self.name, "color_id": self.color_id,
            "created_at": self.created_at, "updated_at": self.updated_at,
            "owned_by_id": self.owned_by_id, "created_by_id": self.owned_by_id,
            "user_count": self.user_ids.len(), "is_sso": false, "permissions": []
        })
    }
}

impl ProductRow {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id, "account_id": self.account_id, "service_id": self.service_id,
            "service_name": self.service_name, "customer_name": self.customer_name,
            "internal_name": self.internal_name, "created_at": self.created_at,
            "expired_at": self.expired_at, "has_maintenance": false,
            "has_operation_in_progress": false, "is_free": false, "is_locked": false,
            "is_trial": false, "is_zero_price": false,
            "rights": {"technical": true, "statistic": true, "check": true, "sale": true},
            "tags": [], "unique_id": self.id, "version": 1, "fqdn": self.fqdn,
            "renew_preferences": []
        })
    }
}

impl TaskRow {
    pub fn json(&self) -> Value {
        let done = self.polls_left == 0;
        json!({
            "uuid": self.uuid,
            "status": if done { "executed" } else { "running" },
            "created_at": self.created_at, "updated_at": self.created_at,
            // The spec makes these integers even before the task ran.
            "executed_at": if done { self.created_at } else { 0 },
            "finished_at": if done { self.created_at } else { 0 },
            "response": if done { self.response.clone() } else { json!({}) }
        })
    }
}
