//! The signed-in user's two-factor authentication (TFA-1..4) and identifiers map (ID-1..4).
//!
//! The TOTP seed lives in a [`SecretStore`] (the OS keyring in the app, [`MemorySecrets`] in
//! tests), one entry per workspace and user; SQLite keeps only the enrolment's state and the last
//! accepted 30-second step. Emergency codes are kept as salted argon2id hashes (PHC strings). The
//! rules' decisions (window, replay, own account only) are in `comptoir_core::security`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use comptoir_core::error::ErrorCode;
use comptoir_core::security::{
    accepted_steps, check_own_account, format_emergency_code, group_seed, parse_code,
    unification_conditions, CodeAccepted, CodeInput, CodeKind, CredentialKind, EmergencyCodes,
    IdentifierMap, LoginIdentifier, MailboxIdentifier, ServiceCredential, TfaEnrolment, TfaState,
    TfaStatus, TwoFactorMethod, EMERGENCY_CODES_ISSUED, EMERGENCY_CODE_ALPHABET,
    EMERGENCY_CODE_LEN, TOTP_DIGITS, TOTP_ISSUER, TOTP_STEP_SECONDS,
};
use comptoir_core::{Error, RuleId};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use rusqlite::{params, OptionalExtension};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::{Store, StoreResult};

/// The keyring service of every 2FA seed (the provider's token has its own).
pub const KEYRING_SERVICE: &str = "comptoir-2fa";
/// Bytes of a new TOTP seed: 160 bits, as RFC 4226 recommends.
const SEED_BYTES: usize = 20;

/// Where TOTP seeds are kept. Never SQLite.
pub trait SecretStore: Send + Sync {
    fn read(&self, entry: &str) -> StoreResult<Option<String>>;
    fn write(&self, entry: &str, value: &str) -> StoreResult<()>;
    fn delete(&self, entry: &str) -> StoreResult<()>;
}

/// A store behind a lock (the shell's state, a mutex in tests; a bare store locks nothing). The
/// 2FA operations below take it for one database step at a time and talk to the [`SecretStore`]
/// between steps: a keyring that waits for an unlock prompt must not hold every other screen.
pub trait LockedStore {
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> StoreResult<T>) -> StoreResult<T>;
}

impl LockedStore for Store {
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> StoreResult<T>) -> StoreResult<T> {
        f(self)
    }
}

impl LockedStore for Mutex<Store> {
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> StoreResult<T>) -> StoreResult<T> {
        let guard = self
            .lock()
            .map_err(|_| Error::storage("the workspace lock is poisoned"))?;
        f(&guard)
    }
}

/// Who acts: `None` is the signed-in user (the app), `Some` an explicit user (tests, tools).
fn actor_of(s: &Store, actor: Option<i64>) -> StoreResult<i64> {
    match actor {
        Some(a) => Ok(a),
        None => s.signed_in_user(),
    }
}

/// The keyring entry read in one step must still be this workspace's in the next (the
/// workspace may have been switched while the keyring was asked).
fn same_entry(s: &Store, user_id: i64, entry: &str) -> StoreResult<()> {
    if s.tfa_seed_entry(user_id)? != entry {
        return Err(
            Error::new(ErrorCode::Conflict, "the workspace changed meanwhile")
                .reason("tfa.workspace_changed")
                .into(),
        );
    }
    Ok(())
}

/// TFA-1: see [`Store::tfa_begin`]; the seed is written to `secrets` outside the lock.
pub fn tfa_begin(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    secrets: &dyn SecretStore,
) -> StoreResult<TfaEnrolment> {
    let (entry, account) = lock.with_store(|s| {
        let actor = actor_of(s, actor)?;
        check_own_account(actor, user_id)?;
        if s.tfa_status(actor, user_id)?.state == TfaState::Enabled {
            return Err(Error::new(ErrorCode::Conflict, "two-factor is already on")
                .reason("tfa.already_enabled")
                .into());
        }
        Ok((s.tfa_seed_entry(user_id)?, s.user_email(user_id)?))
    })?;
    let mut bytes = vec![0u8; SEED_BYTES];
    OsRng.fill_bytes(&mut bytes);
    let base32 = Secret::Raw(bytes.clone()).to_encoded().to_string();
    secrets.write(&entry, &base32)?;
    lock.with_store(|s| {
        same_entry(s, user_id, &entry)?;
        s.conn().execute(
            "INSERT INTO tfa_enrolments(user_id, state, started_at) VALUES (?1, 'pending', ?2)
             ON CONFLICT(user_id) DO UPDATE SET state = 'pending', started_at = ?2,
                enabled_at = NULL, last_step = NULL",
            params![user_id, s.clock().now().to_rfc3339()],
        )?;
        Ok(())
    })?;
    let uri = totp(bytes, TOTP_DIGITS, &account).get_url();
    Ok(TfaEnrolment {
        issuer: TOTP_ISSUER.into(),
        account,
        qr_svg: qr_svg(&uri)?,
        otpauth_uri: uri,
        seed_groups: group_seed(&base32),
    })
}

/// TFA-1, TFA-3: see [`Store::tfa_confirm`]; the seed is read outside the lock.
pub fn tfa_confirm(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    code: &str,
    secrets: &dyn SecretStore,
) -> StoreResult<EmergencyCodes> {
    let CodeInput::App(code) = parse_code("code", code, false)? else {
        unreachable!("emergency codes are not read here")
    };
    let entry = lock.with_store(|s| {
        let actor = actor_of(s, actor)?;
        check_own_account(actor, user_id)?;
        if s.tfa_status(actor, user_id)?.state != TfaState::Pending {
            return Err(
                Error::new(ErrorCode::Conflict, "no enrolment is waiting for a code")
                    .reason("tfa.not_pending")
                    .into(),
            );
        }
        s.tfa_seed_entry(user_id)
    })?;
    let seed = secrets.read(&entry)?;
    lock.with_store(|s| {
        same_entry(s, user_id, &entry)?;
        s.accept_app_code(user_id, &code, seed.as_deref())?;
        s.conn().execute(
            "UPDATE tfa_enrolments SET state = 'enabled', enabled_at = ?2 WHERE user_id = ?1",
            params![user_id, s.clock().now().to_rfc3339()],
        )?;
        s.conn().execute(
            "UPDATE users SET two_factor = 'totp' WHERE id = ?1",
            [user_id],
        )?;
        s.event(user_id, "tfa_enabled", false)?;
        s.issue_codes(user_id)
    })
}

/// A code checked in steps: the database's checks, the seed read outside the lock (only for an
/// app code), then the code accepted. `then` runs in the same step as the acceptance.
fn check_code_then<T>(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    code: &str,
    secrets: &dyn SecretStore,
    then: impl FnOnce(&Store, CodeAccepted) -> StoreResult<T>,
) -> StoreResult<T> {
    let input = parse_code("code", code, true)?;
    let entry = lock.with_store(|s| {
        check_own_account(actor_of(s, actor)?, user_id)?;
        s.require_enabled(user_id)?;
        s.tfa_seed_entry(user_id)
    })?;
    let seed = match input {
        CodeInput::App(_) => secrets.read(&entry)?,
        CodeInput::Emergency(_) => None,
    };
    lock.with_store(|s| {
        same_entry(s, user_id, &entry)?;
        s.require_enabled(user_id)?;
        let kind = match &input {
            CodeInput::App(c) => {
                s.accept_app_code(user_id, c, seed.as_deref())?;
                CodeKind::App
            }
            CodeInput::Emergency(c) => {
                s.accept_emergency_code(user_id, c)?;
                CodeKind::Emergency
            }
        };
        let accepted = CodeAccepted {
            kind,
            emergency_codes_left: s.codes_left(user_id)?,
        };
        then(s, accepted)
    })
}

/// See [`Store::tfa_check_code`]; the seed is read outside the lock.
pub fn tfa_check_code(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    code: &str,
    secrets: &dyn SecretStore,
) -> StoreResult<CodeAccepted> {
    check_code_then(lock, actor, user_id, code, secrets, |_, a| Ok(a))
}

/// TFA-3: see [`Store::tfa_regenerate_codes`].
pub fn tfa_regenerate_codes(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    code: &str,
    secrets: &dyn SecretStore,
) -> StoreResult<EmergencyCodes> {
    check_code_then(lock, actor, user_id, code, secrets, |s, _| {
        s.issue_codes(user_id)
    })
}

/// TFA-4: see [`Store::tfa_remove`]; the seed leaves the keyring outside the lock, before the
/// database forgets the enrolment (a keyring that refuses leaves 2FA on, whole).
pub fn tfa_remove(
    lock: &impl LockedStore,
    actor: Option<i64>,
    user_id: i64,
    code: &str,
    secrets: &dyn SecretStore,
) -> StoreResult<()> {
    let entry = check_code_then(lock, actor, user_id, code, secrets, |s, _| {
        s.tfa_seed_entry(user_id)
    })?;
    secrets.delete(&entry)?;
    lock.with_store(|s| {
        same_entry(s, user_id, &entry)?;
        let tx = s.conn().unchecked_transaction()?;
        tx.execute(
            "DELETE FROM tfa_emergency_codes WHERE user_id = ?1",
            [user_id],
        )?;
        tx.execute("DELETE FROM tfa_enrolments WHERE user_id = ?1", [user_id])?;
        tx.execute(
            "UPDATE users SET two_factor = NULL, emergency_codes_left = 0 WHERE id = ?1",
            [user_id],
        )?;
        tx.execute(
            "INSERT INTO security_events(user_id, kind, at, kc_trigger)
             VALUES (?1, 'tfa_removed', ?2, 1)",
            params![user_id, s.clock().now().to_rfc3339()],
        )?;
        tx.commit()?;
        Ok(())
    })
}

/// The OS keyring through keyring-core's default store (the shell installs the OS store, or the
/// in-memory mock for tests, once per process).
pub struct OsKeyring;

fn keyring_error(e: &keyring_core::Error) -> Error {
    // Never the error's own text: some variants carry the bytes read (the seed).
    let what = match e {
        keyring_core::Error::NoDefaultStore => "no keyring is available on this system",
        keyring_core::Error::NoStorageAccess(_) => "the keyring is locked or access was refused",
        _ => "the keyring refused the operation",
    };
    Error::new(ErrorCode::Storage, what).reason("tfa.keyring")
}

impl OsKeyring {
    fn entry(entry: &str) -> StoreResult<keyring_core::Entry> {
        Ok(keyring_core::Entry::new(KEYRING_SERVICE, entry).map_err(|e| keyring_error(&e))?)
    }
}

impl SecretStore for OsKeyring {
    fn read(&self, entry: &str) -> StoreResult<Option<String>> {
        match Self::entry(entry)?.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(&e).into()),
        }
    }
    fn write(&self, entry: &str, value: &str) -> StoreResult<()> {
        Ok(Self::entry(entry)?
            .set_password(value)
            .map_err(|e| keyring_error(&e))?)
    }
    fn delete(&self, entry: &str) -> StoreResult<()> {
        match Self::entry(entry)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error(&e).into()),
        }
    }
}

/// Seeds in memory (tests; the app never uses it).
#[derive(Default)]
pub struct MemorySecrets(Mutex<HashMap<String, String>>);

impl SecretStore for MemorySecrets {
    fn read(&self, entry: &str) -> StoreResult<Option<String>> {
        Ok(self.0.lock().expect("secrets").get(entry).cloned())
    }
    fn write(&self, entry: &str, value: &str) -> StoreResult<()> {
        self.0
            .lock()
            .expect("secrets")
            .insert(entry.into(), value.into());
        Ok(())
    }
    fn delete(&self, entry: &str) -> StoreResult<()> {
        self.0.lock().expect("secrets").remove(entry);
        Ok(())
    }
}

/// The RFC 6238 generator for `secret` (SHA-1, 30-second steps). Skew 0: the window is decided
/// step by step in [`Store::accept_app_code`], which needs to know which step matched.
pub fn totp(secret: Vec<u8>, digits: usize, account: &str) -> TOTP {
    TOTP::new_unchecked(
        Algorithm::SHA1,
        digits,
        0,
        TOTP_STEP_SECONDS,
        secret,
        Some(TOTP_ISSUER.into()),
        account.into(),
    )
}

/// The `otpauth://` URI's QR code as a standalone SVG.
fn qr_svg(uri: &str) -> StoreResult<String> {
    let code = qrcode::QrCode::with_error_correction_level(uri.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("QR code: {e}")))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

fn new_emergency_code() -> String {
    let mut rng = OsRng;
    (0..EMERGENCY_CODE_LEN)
        .map(|_| EMERGENCY_CODE_ALPHABET[rng.gen_range(0..EMERGENCY_CODE_ALPHABET.len())] as char)
        .collect()
}

fn hash_code(code: &str) -> StoreResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(code.as_bytes(), &salt)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("argon2: {e}")))?
        .to_string())
}

fn code_matches(code: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(code.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

fn wrong_code(rule: RuleId, reason: &str) -> Error {
    Error::rule(rule, format!("the code was refused ({reason})"))
        .reason(reason)
        .with_field("code")
}

impl Store {
    /// The keyring entry of `user_id`'s seed in this workspace.
    pub fn tfa_seed_entry(&self, user_id: i64) -> StoreResult<String> {
        Ok(format!("workspace {} user {user_id}", self.workspace_id()?))
    }

    fn user_email(&self, user_id: i64) -> StoreResult<String> {
        self.conn()
            .query_row("SELECT email FROM users WHERE id = ?1", [user_id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| {
                Error::not_found("user", user_id)
                    .with_field("user_id")
                    .into()
            })
    }

    fn event(&self, user_id: i64, kind: &str, kc_trigger: bool) -> StoreResult<()> {
        self.conn().execute(
            "INSERT INTO security_events(user_id, kind, at, kc_trigger) VALUES (?1, ?2, ?3, ?4)",
            params![user_id, kind, self.clock().now().to_rfc3339(), kc_trigger],
        )?;
        Ok(())
    }

    /// TFA-1, TFA-3: where `user_id`'s 2FA stands (only their own).
    pub fn tfa_status(&self, actor: i64, user_id: i64) -> StoreResult<TfaStatus> {
        check_own_account(actor, user_id)?;
        let account = self.user_email(user_id)?;
        let row: Option<(String, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT state, enabled_at FROM tfa_enrolments WHERE user_id = ?1",
                [user_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (method, seeded_left): (Option<String>, u8) = self.conn().query_row(
            "SELECT two_factor, emergency_codes_left FROM users WHERE id = ?1",
            [user_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (state, enabled_at) = match row {
            Some((s, at)) if s == "enabled" => (TfaState::Enabled, at),
            Some(_) => (TfaState::Pending, None),
            // One source of truth: only an enrolment made here is "on" here, the state every
            // action (check, regenerate, remove) reads. A method set on the provider's side only
            // (the demo's people) is reported as `method` with the state off: its key is not in
            // this workspace, and setting up an app here is what can be done.
            None => (TfaState::Off, None),
        };
        let local = row_exists(self, user_id)?;
        let emergency_codes_left = if local {
            self.codes_left(user_id)?
        } else {
            seeded_left
        };
        Ok(TfaStatus {
            user_id,
            account,
            state,
            method: match method.as_deref() {
                Some("app_push") => Some(TwoFactorMethod::AppPush),
                Some("totp") => Some(TwoFactorMethod::Totp),
                _ => None,
            },
            enabled_at,
            emergency_codes_left,
        })
    }

    fn codes_left(&self, user_id: i64) -> StoreResult<u8> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM tfa_emergency_codes WHERE user_id = ?1 AND used_at IS NULL",
            [user_id],
            |r| r.get(0),
        )?)
    }

    /// TFA-1: a new seed for an authenticator app, kept in `secrets` (never here) and shown once
    /// as a QR code and in groups; 2FA is on only after [`Store::tfa_confirm`] verified a code.
    /// Starting again replaces a seed that was never confirmed.
    pub fn tfa_begin(
        &self,
        actor: i64,
        user_id: i64,
        secrets: &dyn SecretStore,
    ) -> StoreResult<TfaEnrolment> {
        tfa_begin(self, Some(actor), user_id, secrets)
    }

    /// An app code: accepted in the window around now, and only at a step after the last one
    /// accepted (no replay). Records the step.
    fn accept_app_code(&self, user_id: i64, code: &str, seed: Option<&str>) -> StoreResult<()> {
        let seed = seed
            .map(str::to_owned)
            .ok_or_else(|| wrong_code(RuleId::Tfa1, "tfa.no_seed"))?;
        let bytes = Secret::Encoded(seed)
            .to_bytes()
            .map_err(|_| wrong_code(RuleId::Tfa1, "tfa.no_seed"))?;
        let generator = totp(bytes, TOTP_DIGITS, "");
        let now_step = self.clock().now().timestamp() / TOTP_STEP_SECONDS as i64;
        let matched = accepted_steps(now_step)
            .into_iter()
            .filter(|s| *s >= 0)
            .find(|s| generator.check(code, *s as u64 * TOTP_STEP_SECONDS));
        let Some(step) = matched else {
            return Err(wrong_code(RuleId::Tfa1, "tfa.wrong_code").into());
        };
        let last: Option<i64> = self
            .conn()
            .query_row(
                "SELECT last_step FROM tfa_enrolments WHERE user_id = ?1",
                [user_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if last.is_some_and(|l| step <= l) {
            return Err(wrong_code(RuleId::Tfa1, "tfa.code_used").into());
        }
        self.conn().execute(
            "UPDATE tfa_enrolments SET last_step = ?2 WHERE user_id = ?1",
            params![user_id, step],
        )?;
        Ok(())
    }

    /// An emergency code: each works once (TFA-3). A used one is told apart from a wrong one.
    fn accept_emergency_code(&self, user_id: i64, code: &str) -> StoreResult<()> {
        let mut stmt = self.conn().prepare(
            "SELECT id, hash, used_at IS NOT NULL FROM tfa_emergency_codes WHERE user_id = ?1",
        )?;
        let rows: Vec<(i64, String, bool)> = stmt
            .query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let Some((id, _, used)) = rows.into_iter().find(|(_, h, _)| code_matches(code, h)) else {
            return Err(wrong_code(RuleId::Tfa3, "tfa.wrong_code").into());
        };
        if used {
            return Err(wrong_code(RuleId::Tfa3, "tfa.emergency_code_used").into());
        }
        self.conn().execute(
            "UPDATE tfa_emergency_codes SET used_at = ?2 WHERE id = ?1",
            params![id, self.clock().now().to_rfc3339()],
        )?;
        self.event(user_id, "emergency_code_used", false)?;
        self.sync_codes_left(user_id)
    }

    fn sync_codes_left(&self, user_id: i64) -> StoreResult<()> {
        self.conn().execute(
            "UPDATE users SET emergency_codes_left = (SELECT count(*) FROM tfa_emergency_codes
                WHERE user_id = ?1 AND used_at IS NULL) WHERE id = ?1",
            [user_id],
        )?;
        Ok(())
    }

    fn require_enabled(&self, user_id: i64) -> StoreResult<()> {
        let state: Option<String> = self
            .conn()
            .query_row(
                "SELECT state FROM tfa_enrolments WHERE user_id = ?1",
                [user_id],
                |r| r.get(0),
            )
            .optional()?;
        if state.as_deref() != Some("enabled") {
            return Err(Error::new(ErrorCode::Conflict, "two-factor is not on here")
                .reason("tfa.not_enabled")
                .into());
        }
        Ok(())
    }

    /// TFA-1: the first code from the app turns 2FA on; TFA-3: the ten emergency codes are
    /// issued then, and returned this once.
    pub fn tfa_confirm(
        &self,
        actor: i64,
        user_id: i64,
        code: &str,
        secrets: &dyn SecretStore,
    ) -> StoreResult<EmergencyCodes> {
        tfa_confirm(self, Some(actor), user_id, code, secrets)
    }

    /// TFA-3: ten new codes; the old ones stop working.
    fn issue_codes(&self, user_id: i64) -> StoreResult<EmergencyCodes> {
        let issued_at = self.clock().now().to_rfc3339();
        let codes: Vec<String> = (0..EMERGENCY_CODES_ISSUED)
            .map(|_| new_emergency_code())
            .collect();
        let hashes = codes
            .iter()
            .map(|c| hash_code(c))
            .collect::<StoreResult<Vec<_>>>()?;
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "DELETE FROM tfa_emergency_codes WHERE user_id = ?1",
            [user_id],
        )?;
        for h in &hashes {
            tx.execute(
                "INSERT INTO tfa_emergency_codes(user_id, hash, issued_at) VALUES (?1, ?2, ?3)",
                params![user_id, h, issued_at],
            )?;
        }
        tx.execute(
            "INSERT INTO security_events(user_id, kind, at) VALUES (?1, 'emergency_codes_issued', ?2)",
            params![user_id, issued_at],
        )?;
        tx.commit()?;
        self.sync_codes_left(user_id)?;
        Ok(EmergencyCodes {
            codes: codes.iter().map(|c| format_emergency_code(c)).collect(),
            issued_at,
        })
    }

    /// A code at sign-in: from the app (TFA-1) or an emergency code (TFA-3, once each).
    pub fn tfa_check_code(
        &self,
        actor: i64,
        user_id: i64,
        code: &str,
        secrets: &dyn SecretStore,
    ) -> StoreResult<CodeAccepted> {
        tfa_check_code(self, Some(actor), user_id, code, secrets)
    }

    /// TFA-3: new codes, after a current code (app or emergency); the old ones stop working.
    pub fn tfa_regenerate_codes(
        &self,
        actor: i64,
        user_id: i64,
        code: &str,
        secrets: &dyn SecretStore,
    ) -> StoreResult<EmergencyCodes> {
        tfa_regenerate_codes(self, Some(actor), user_id, code, secrets)
    }

    /// TFA-4: the app method removed, after a current code or an emergency code (the phone may be
    /// lost). The seed leaves the keyring, the codes are deleted; KC-1 lists 2FA removal among the
    /// triggers of identity verification: the event is recorded with `kc_trigger` for it.
    pub fn tfa_remove(
        &self,
        actor: i64,
        user_id: i64,
        code: &str,
        secrets: &dyn SecretStore,
    ) -> StoreResult<()> {
        tfa_remove(self, Some(actor), user_id, code, secrets)
    }

    /// Security events waiting for identity verification (KC-1), newest first: (kind, at).
    pub fn kc_trigger_events(&self, user_id: i64) -> StoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare(
            "SELECT kind, at FROM security_events WHERE user_id = ?1 AND kc_trigger = 1
             ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// TFA-3: the codes just shown, as a text file at `path` (from the Save dialog), in the
    /// reader's language.
    pub fn save_emergency_codes(
        &self,
        actor: i64,
        codes: &[String],
        path: &Path,
    ) -> StoreResult<()> {
        self.check_current_codes(actor, codes)?;
        let account = self.user_email(actor)?;
        let cat = self.reader_catalogue()?;
        let mut text = String::new();
        text.push_str(&cat.text(
            "tfa-codes-file-title",
            &[("account", comptoir_i18n::Arg::Text(account))],
        ));
        text.push_str("\n\n");
        for (i, c) in codes.iter().enumerate() {
            text.push_str(&format!("{:>2}. {c}\n", i + 1));
        }
        text.push('\n');
        text.push_str(&cat.text("tfa-codes-file-note", &[]));
        text.push('\n');
        std::fs::write(path, text).map_err(|e| {
            Error::storage(format!("cannot write {}: {e}", path.display())).with_field("path")
        })?;
        Ok(())
    }

    /// TFA-3: `codes` must be exactly `actor`'s current codes, unused, in the order issued (the
    /// Save and Print buttons come right after they are shown): a file never holds codes made
    /// up by the caller or someone else's.
    fn check_current_codes(&self, actor: i64, codes: &[String]) -> StoreResult<()> {
        let mut stmt = self.conn().prepare(
            "SELECT hash FROM tfa_emergency_codes WHERE user_id = ?1 AND used_at IS NULL
             ORDER BY id",
        )?;
        let hashes: Vec<String> = stmt
            .query_map([actor], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let current = !codes.is_empty()
            && codes.len() == hashes.len()
            && codes.iter().zip(&hashes).all(|(c, h)| {
                matches!(parse_code("codes", c, true), Ok(CodeInput::Emergency(c)) if code_matches(&c, h))
            });
        if !current {
            return Err(Error::new(
                ErrorCode::Conflict,
                "these are not the account's current emergency codes",
            )
            .reason("tfa.not_current_codes")
            .with_field("codes")
            .into());
        }
        Ok(())
    }

    /// ID-1..4: the signed-in user's identifiers, each with its own password (only the day it
    /// was set), and ID-3's conditions per mailbox.
    pub fn identifier_map(&self, actor: i64) -> StoreResult<IdentifierMap> {
        let email = self.user_email(actor)?;
        let login = LoginIdentifier {
            email: email.clone(),
            password_set_on: self
                .conn()
                .query_row(
                    "SELECT password_set_on FROM login_passwords WHERE user_id = ?1",
                    [actor],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_default(),
        };
        let mut stmt = self.conn().prepare(
            "SELECT m.id, m.address, m.password_set_on, a.may_change_password,
                    (SELECT group_concat(user_id) FROM mailbox_access
                      WHERE mailbox_id = m.id AND webmail = 1)
             FROM mailboxes m JOIN mailbox_access a ON a.mailbox_id = m.id AND a.user_id = ?1
             ORDER BY m.address",
        )?;
        let mailboxes = stmt
            .query_map([actor], |r| {
                let readers: Option<String> = r.get(4)?;
                let readers: Vec<i64> = readers
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.parse().ok())
                    .collect();
                let address: String = r.get(1)?;
                let conditions =
                    unification_conditions(actor, &email, &address, &readers, r.get(3)?);
                Ok(MailboxIdentifier {
                    id: r.get(0)?,
                    unification_offered: conditions.iter().all(|c| c.met),
                    conditions,
                    webmail_readers: readers.len() as u32,
                    address,
                    password_set_on: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn().prepare(
            "SELECT id, kind, username, host, password_set_on FROM service_credentials
             WHERE user_id = ?1 ORDER BY kind, username",
        )?;
        let credentials = stmt
            .query_map([actor], |r| {
                let kind: String = r.get(1)?;
                Ok(ServiceCredential {
                    id: r.get(0)?,
                    kind: CredentialKind::parse(&kind).unwrap_or(CredentialKind::Ftp),
                    username: r.get(2)?,
                    host: r.get(3)?,
                    password_set_on: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(IdentifierMap {
            login,
            mailboxes,
            credentials,
        })
    }

    /// ID-3: whether the signed-in user may be offered to unify the login and `mailbox_id`'s
    /// passwords; refused naming the first condition missing.
    pub fn check_password_unification(&self, actor: i64, mailbox_id: i64) -> StoreResult<()> {
        let map = self.identifier_map(actor)?;
        let mailbox = map
            .mailboxes
            .iter()
            .find(|m| m.id == mailbox_id)
            .ok_or_else(|| Error::not_found("mailbox", mailbox_id).with_field("mailbox_id"))?;
        Ok(comptoir_core::security::check_unification(
            &mailbox.conditions,
        )?)
    }
}

fn row_exists(store: &Store, user_id: i64) -> StoreResult<bool> {
    Ok(store
        .conn()
        .query_row(
            "SELECT 1 FROM tfa_enrolments WHERE user_id = ?1",
            [user_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}
