//! Support requests (SUP-5): the draft each person is writing (saved as they type, one small
//! UPDATE), its attachments (files under `<support root>/<workspace id>/<draft id>/`, rows
//! with size and SHA-256), the redacted preview, the bundle and the history of earlier requests.
//!
//! Who may prepare a request is `comptoir_core::support::check_compose`; the redactor and the
//! bundle writer are `comptoir-support` (pure); files and rows live here.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use comptoir_core::org::Role;
use comptoir_core::support::{check_compose, AttachmentKind, RequestCategory};
use comptoir_core::{Error, ErrorCode};
use comptoir_support::bundle::{
    check_digest, mail_draft, mailto, preview, preview_with_state, safe_name, sha256_hex,
    write_bundle, BundleAttachment, Preview, ProductRef, RequestMeta, TextSource,
};
use comptoir_support::reasons::refusal;
use comptoir_support::RedactionChoices;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::active_role;

// The support crate's types that cross IPC, reachable from the store's type list.
use crate::row::{instant, parsed};
use crate::{Store, StoreResult};
pub use comptoir_support::bundle::ProductRef as SupportProduct;
pub use comptoir_support::bundle::{
    Preview as SupportPreview, PreviewInput, PreviewPart, PREVIEW_PAGE_BYTES,
};
pub use comptoir_support::RedactionChoices as SupportRedactionChoices;
pub use comptoir_support::{RedactionKind, Segment, Span};

/// Longest subject (characters).
pub const MAX_SUBJECT: usize = 200;
/// Longest description or error text (characters).
pub const MAX_TEXT: usize = 20_000;
/// Largest attachment: a log of a day, a few screenshots; the bundle stays mailable.
pub const MAX_ATTACHMENT_BYTES: u64 = 10 * 1024 * 1024;
/// Most attachments on one request.
pub const MAX_ATTACHMENTS: usize = 20;
/// Largest page of the product picker.
pub const MAX_PRODUCT_PAGE: u32 = 100;
/// Where the provider's support desk receives mail (the mail draft's recipient).
pub const SUPPORT_MAILBOX: &str = "support@comptoir.example";

/// The request a person is writing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportDraft {
    pub id: i64,
    pub subject: String,
    pub category: RequestCategory,
    pub product: Option<ProductRef>,
    pub description: String,
    pub error_text: String,
    pub choices: RedactionChoices,
    /// Whether the system information block goes into the bundle.
    pub include_system: bool,
    pub attachments: Vec<SupportAttachment>,
    pub updated_at: DateTime<Utc>,
    /// Where support replies: the author's e-mail address.
    pub contact: String,
}

/// What the composer saves as the person types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DraftFields {
    pub subject: String,
    pub category: RequestCategory,
    pub product_id: Option<i64>,
    pub description: String,
    pub error_text: String,
    pub include_system: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportAttachment {
    pub id: i64,
    pub kind: AttachmentKind,
    pub name: String,
    pub size: u64,
    pub sha256: String,
    /// Text (UTF-8), redacted in the preview; otherwise an image, encoded afresh when attached
    /// (no metadata) and carried as it is then.
    pub text: bool,
}

/// One change the person makes in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum RedactionChange {
    /// Put back a value the redactor hid (by its key; every occurrence of the same value).
    Restore { key: String },
    /// Hide it again.
    Unrestore { key: String },
    /// Hide a selected text everywhere.
    Redact { text: String },
    /// Undo a manual redaction.
    Unredact { text: String },
    /// E-mail addresses on (default) or off.
    Emails { on: bool },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportProductPage {
    pub rows: Vec<ProductRef>,
    pub total: u32,
}

/// An earlier request, with the bundle it was saved as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportHistoryEntry {
    pub id: i64,
    pub draft_id: i64,
    pub subject: String,
    pub category: RequestCategory,
    pub product_name: Option<String>,
    pub path: String,
    pub size: u64,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
    pub redactions: u32,
}

/// A page of the history and how many requests there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportHistoryPage {
    pub rows: Vec<SupportHistoryEntry>,
    pub total: u32,
}

/// Largest page of the history.
pub const MAX_HISTORY_PAGE: u32 = 100;

/// What the shell knows about the machine, shown to the person and written only when chosen.
pub type SystemInfo = Vec<(String, String)>;

fn too_long(field: &str, max: usize, len: usize) -> Error {
    refusal(
        field,
        "support_too_long",
        format!("{field} is at most {max} characters; this one has {len}"),
    )
    .with_param("max", max)
    .with_param("given", len)
}

/// Gives a copied workspace file its own id on its first open (support folders, calendar
/// UIDs): the file records where it was last opened; opened elsewhere while that other file
/// still exists with the same id, it is a copy (a backup opened beside the original) and takes
/// a new id. Opened elsewhere while the other path is gone, it was moved and keeps its id.
pub(crate) fn claim_workspace_id(conn: &Connection, path: &Path) -> StoreResult<()> {
    let here = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let here_s = here.to_string_lossy().into_owned();
    let meta = |key: &str| -> StoreResult<Option<String>> {
        Ok(conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    };
    let last = meta("workspace_path")?;
    if last.as_deref() == Some(here_s.as_str()) {
        return Ok(());
    }
    if let (Some(last), Some(id)) = (last, meta("workspace_id")?) {
        let other = Path::new(&last);
        if other != here && other.is_file() && id_of_file(other).as_deref() == Some(id.as_str()) {
            conn.execute(
                "UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'workspace_id'",
                [],
            )?;
        }
    }
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('workspace_path', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [here_s],
    )?;
    Ok(())
}

/// Records the path a new workspace file is about to be renamed to (its folder resolved, as
/// `canonicalize` gives it once the file is there).
pub(crate) fn record_workspace_path(conn: &Connection, path: &Path) -> StoreResult<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let dir = std::fs::canonicalize(dir.unwrap_or(Path::new(".")));
    let at = match (dir, path.file_name()) {
        (Ok(d), Some(name)) => d.join(name),
        _ => return Ok(()),
    };
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('workspace_path', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [at.to_string_lossy()],
    )?;
    Ok(())
}

/// The workspace id of another file, read without changing it (`None`: not a workspace).
fn id_of_file(path: &Path) -> Option<String> {
    let c = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    c.query_row(
        "SELECT value FROM meta WHERE key = 'workspace_id'",
        [],
        |r| r.get(0),
    )
    .ok()
}

/// The actor's best active role in any organization (`None`: a member of none).
fn best_role(conn: &Connection, actor: i64) -> StoreResult<Option<Role>> {
    let mut stmt = conn
        .prepare_cached("SELECT role FROM memberships WHERE user_id = ?1 AND status = 'active'")?;
    let roles = stmt.query_map([actor], |r| r.get::<_, String>(0))?;
    let mut best: Option<Role> = None;
    for r in roles {
        let r = Role::parse(&r?)?;
        best = Some(match (best, r) {
            (Some(Role::LegalRepresentative), _) | (_, Role::LegalRepresentative) => {
                Role::LegalRepresentative
            }
            (Some(Role::Admin), _) | (_, Role::Admin) => Role::Admin,
            _ => Role::User,
        });
    }
    Ok(best)
}

/// The SQL condition "the actor (?1) sees product p": a legal representative or admin of its
/// organization, or any right on it, their own or a team's (see `check_compose`).
const VISIBLE: &str = "EXISTS (SELECT 1 FROM memberships m
            WHERE m.organization_id = p.organization_id AND m.user_id = ?1
              AND m.status = 'active'
              AND (m.role IN ('legal_representative', 'admin')
                   OR EXISTS (SELECT 1 FROM product_rights r
                              WHERE r.organization_id = p.organization_id AND r.user_id = ?1
                                AND r.product_id = p.id
                                AND (r.technical = 1 OR r.statistics = 1 OR r.billing = 1))
                   OR EXISTS (SELECT 1 FROM team_rights r
                              JOIN team_members tm ON tm.team_id = r.team_id
                              JOIN teams t ON t.id = r.team_id
                              WHERE t.organization_id = p.organization_id AND tm.user_id = ?1
                                AND r.product_id = p.id
                                AND (r.technical = 1 OR r.statistics = 1 OR r.billing = 1))))";

fn check_product(conn: &Connection, actor: i64, product: i64) -> StoreResult<ProductRef> {
    let row = conn
        .query_row(
            "SELECT p.id, p.name, p.kind, o.id, o.name, p.organization_id FROM products p
             JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?2",
            params![actor, product],
            |r| {
                Ok(ProductRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    organization_id: r.get(3)?,
                    organization_name: r.get(4)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("product", product).with_field("product_id"))?;
    let role = active_role(conn, row.organization_id, actor)?;
    let visible: bool = conn.query_row(
        &format!("SELECT {VISIBLE} FROM products p WHERE p.id = ?2"),
        params![actor, product],
        |r| r.get(0),
    )?;
    check_compose(role, Some(visible))?;
    Ok(row)
}

impl Store {
    fn check_may_compose(&self, actor: i64) -> StoreResult<()> {
        check_compose(best_role(self.conn(), actor)?, None).map_err(Into::into)
    }

    /// The actor's open draft, made (empty) when they have none.
    pub fn support_draft(&self, actor: i64) -> StoreResult<SupportDraft> {
        self.check_may_compose(actor)?;
        let open: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM support_drafts WHERE author_id = ?1 AND status = 'draft'
                 ORDER BY id DESC LIMIT 1",
                [actor],
                |r| r.get(0),
            )
            .optional()?;
        let id = match open {
            Some(id) => id,
            None => {
                let now = self.clock().now().to_rfc3339();
                let choices =
                    serde_json::to_string(&RedactionChoices::default()).expect("choices serialize");
                self.conn().execute(
                    "INSERT INTO support_drafts(author_id, redaction, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?3)",
                    params![actor, choices, now],
                )?;
                self.conn().last_insert_rowid()
            }
        };
        self.load_draft(actor, id)
    }

    fn load_draft(&self, actor: i64, id: i64) -> StoreResult<SupportDraft> {
        let (mut draft, product_id) = self
            .conn()
            .query_row(
                "SELECT id, subject, category, product_id, description, error_text, redaction,
                        include_system, updated_at, author_id
                 FROM support_drafts WHERE id = ?1",
                [id],
                |r| {
                    let author: i64 = r.get(9)?;
                    Ok((
                        author,
                        SupportDraft {
                            id: r.get(0)?,
                            subject: r.get(1)?,
                            category: parsed(r, 2, |s| {
                                RequestCategory::parse(s).ok_or_else(|| {
                                    Error::invalid("category", format!("unknown category '{s}'"))
                                })
                            })?,
                            product: None,
                            description: r.get(4)?,
                            error_text: r.get(5)?,
                            choices: parsed(r, 6, |s| {
                                serde_json::from_str(s).map_err(|e| {
                                    Error::invalid("redaction", format!("bad choices: {e}"))
                                })
                            })?,
                            include_system: r.get(7)?,
                            attachments: Vec::new(),
                            updated_at: instant(r, 8)?,
                            contact: String::new(),
                        },
                        r.get::<_, Option<i64>>(3)?,
                    ))
                },
            )
            .optional()?
            .and_then(|(author, d, p)| (author == actor).then_some((d, p)))
            .ok_or_else(|| Error::not_found("support draft", id).with_field("draft_id"))?;
        if let Some(p) = product_id {
            // A product the actor no longer sees is dropped from view, not an error.
            draft.product = check_product(self.conn(), actor, p).ok();
        }
        draft.attachments = self.attachments(id)?;
        draft.contact = self
            .conn()
            .query_row("SELECT email FROM users WHERE id = ?1", [actor], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or_default();
        Ok(draft)
    }

    fn attachments(&self, draft: i64) -> StoreResult<Vec<SupportAttachment>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, kind, name, size, sha256, is_text FROM support_attachments
             WHERE draft_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([draft], |r| {
            Ok(SupportAttachment {
                id: r.get(0)?,
                kind: parsed(r, 1, |s| {
                    AttachmentKind::parse(s)
                        .ok_or_else(|| Error::invalid("kind", format!("unknown kind '{s}'")))
                })?,
                name: r.get(2)?,
                size: r.get(3)?,
                sha256: r.get(4)?,
                text: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The open draft `id` of `actor`, or NotFound (someone else's or already sent).
    fn open_draft(&self, actor: i64, id: i64) -> StoreResult<()> {
        let ok: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM support_drafts
                            WHERE id = ?1 AND author_id = ?2 AND status = 'draft')",
            params![id, actor],
            |r| r.get(0),
        )?;
        if ok {
            Ok(())
        } else {
            Err(Error::not_found("support draft", id)
                .with_field("draft_id")
                .into())
        }
    }

    /// Saves what the person typed: one UPDATE of the draft's row.
    pub fn save_support_draft(
        &self,
        actor: i64,
        id: i64,
        f: &DraftFields,
    ) -> StoreResult<SupportDraft> {
        let subject = f.subject.chars().count();
        if subject > MAX_SUBJECT {
            return Err(too_long("subject", MAX_SUBJECT, subject).into());
        }
        for (field, text) in [
            ("description", &f.description),
            ("error_text", &f.error_text),
        ] {
            let n = text.chars().count();
            if n > MAX_TEXT {
                return Err(too_long(field, MAX_TEXT, n).into());
            }
        }
        self.check_may_compose(actor)?;
        if let Some(p) = f.product_id {
            check_product(self.conn(), actor, p)?;
        }
        let changed = self.conn().execute(
            "UPDATE support_drafts SET subject = ?1, category = ?2, product_id = ?3,
                    description = ?4, error_text = ?5, include_system = ?6, updated_at = ?7
             WHERE id = ?8 AND author_id = ?9 AND status = 'draft'",
            params![
                f.subject,
                f.category.as_str(),
                f.product_id,
                f.description,
                f.error_text,
                f.include_system,
                self.clock().now().to_rfc3339(),
                id,
                actor
            ],
        )?;
        if changed == 0 {
            return Err(Error::not_found("support draft", id)
                .with_field("draft_id")
                .into());
        }
        self.load_draft(actor, id)
    }

    /// Throws the draft away with its attachment files; the next `support_draft` starts anew.
    pub fn discard_support_draft(&self, actor: i64, id: i64, root: &Path) -> StoreResult<()> {
        self.open_draft(actor, id)?;
        self.conn().execute(
            "UPDATE support_drafts SET status = 'discarded' WHERE id = ?1",
            [id],
        )?;
        // The files its rows name (older drafts' files sit in `<root>/<draft id>/`, a folder
        // another workspace's draft of the same id may share: never removed whole).
        let paths: Vec<String> = self
            .conn()
            .prepare("SELECT path FROM support_attachments WHERE draft_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        self.conn()
            .execute("DELETE FROM support_attachments WHERE draft_id = ?1", [id])?;
        let own = self.workspace_dir(root)?;
        for p in &paths {
            // A copied workspace's rows may name the original's files: never remove those.
            if self.may_remove(Path::new(p))? {
                let _ = std::fs::remove_file(p);
            }
        }
        let _ = std::fs::remove_dir_all(own.join(id.to_string()));
        // Only when empty (remove_dir refuses otherwise).
        let _ = std::fs::remove_dir(root.join(id.to_string()));
        Ok(())
    }

    /// Products the actor may name in a request, searched and paged in SQL.
    pub fn support_products(
        &self,
        actor: i64,
        search: &str,
        offset: u32,
        limit: u32,
    ) -> StoreResult<SupportProductPage> {
        if limit == 0 || limit > MAX_PRODUCT_PAGE {
            return Err(Error::invalid(
                "limit",
                format!("a page is 1 to {MAX_PRODUCT_PAGE} products"),
            )
            .into());
        }
        let pattern = format!(
            "%{}%",
            search
                .trim()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let filter = format!(
            "FROM products p JOIN organizations o ON o.id = p.organization_id
             WHERE {VISIBLE}
               AND (p.name LIKE ?2 ESCAPE '\\' OR o.name LIKE ?2 ESCAPE '\\'
                    OR p.customer_name LIKE ?2 ESCAPE '\\')"
        );
        let total: u32 = self.conn().query_row(
            &format!("SELECT count(*) {filter}"),
            params![actor, pattern],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT p.id, p.name, p.kind, o.id, o.name {filter}
             ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?3 OFFSET ?4"
        ))?;
        let rows = stmt.query_map(params![actor, pattern, limit, offset], |r| {
            Ok(ProductRef {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                organization_id: r.get(3)?,
                organization_name: r.get(4)?,
            })
        })?;
        Ok(SupportProductPage {
            rows: rows.collect::<Result<_, _>>()?,
            total,
        })
    }

    /// Adopts a file a capture tool left in `<root>/incoming/`: it must be a regular file right
    /// inside that folder (no link, no `..`, nothing elsewhere); it is moved into the draft's
    /// folder and recorded.
    pub fn support_attach(
        &self,
        actor: i64,
        draft: i64,
        root: &Path,
        incoming_path: &Path,
        kind: AttachmentKind,
        name: &str,
    ) -> StoreResult<SupportAttachment> {
        self.open_draft(actor, draft)?;
        let incoming = std::fs::canonicalize(root.join("incoming"))
            .map_err(|e| Error::invalid("incoming_path", format!("no incoming folder: {e}")))?;
        let outside = || {
            Error::invalid(
                "incoming_path",
                format!(
                    "{} is not a capture in {}",
                    incoming_path.display(),
                    incoming.display()
                ),
            )
        };
        let meta = std::fs::symlink_metadata(incoming_path).map_err(|_| outside())?;
        if !meta.file_type().is_file() {
            return Err(outside().into());
        }
        let real = std::fs::canonicalize(incoming_path).map_err(|_| outside())?;
        if real.parent() != Some(incoming.as_path()) {
            return Err(outside().into());
        }
        let bytes = read_capped(&real)?;
        let dir = self.draft_dir(root, draft)?;
        let target = unique_path(&dir, &safe_name(name));
        let image = reencoded_image(&bytes);
        if let Some(clean) = &image {
            std::fs::write(&target, clean)
                .map_err(|e| Error::storage(format!("cannot write {}: {e}", target.display())))?;
            let _ = std::fs::remove_file(&real);
        } else {
            std::fs::rename(&real, &target)
                .map_err(|e| Error::storage(format!("cannot move {}: {e}", real.display())))?;
        }
        let is_image = image.is_some();
        let bytes = image.unwrap_or(bytes);
        self.record_attachment(draft, kind, name, &target, &bytes, is_image)
    }

    /// Copies a file the person chose (native dialog) into the draft: text (UTF-8) or a PNG or
    /// JPEG image, at most [`MAX_ATTACHMENT_BYTES`].
    pub fn support_attach_file(
        &self,
        actor: i64,
        draft: i64,
        root: &Path,
        source: &Path,
    ) -> StoreResult<SupportAttachment> {
        self.open_draft(actor, draft)?;
        let bytes = read_capped(source)?;
        let name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "attachment".to_owned());
        let image = reencoded_image(&bytes);
        if image.is_none() && text_of(&bytes).is_none() {
            return Err(refusal(
                "file",
                "support_not_text_or_image",
                format!(
                    "{name} is neither text nor a PNG or JPEG image: only those can be checked for secrets before they leave"
                ),
            )
            .into());
        }
        let dir = self.draft_dir(root, draft)?;
        let target = unique_path(&dir, &safe_name(&name));
        let is_image = image.is_some();
        let bytes = image.unwrap_or(bytes);
        std::fs::write(&target, &bytes)
            .map_err(|e| Error::storage(format!("cannot copy {name}: {e}")))?;
        self.record_attachment(
            draft,
            AttachmentKind::File,
            &name,
            &target,
            &bytes,
            is_image,
        )
    }

    /// `<root>/<workspace id>`: the support root is shared by every workspace on the machine,
    /// and draft ids are per workspace.
    fn workspace_dir(&self, root: &Path) -> StoreResult<PathBuf> {
        let id = self.workspace_id()?;
        // Made by the schema as hex; anything else (an edited file) must not name a path.
        if id.is_empty() || id.len() > 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::new(
                ErrorCode::Internal,
                "the workspace id is not a hex string: cannot name its support folder",
            )
            .into());
        }
        Ok(root.join(id))
    }

    /// The support folder of this workspace file under `root`.
    pub fn support_folder(&self, root: &Path) -> StoreResult<PathBuf> {
        self.workspace_dir(root)
    }

    /// Whether an attachment file is this workspace's to remove: in a draft folder of its own
    /// id (`<root>/<id>/<draft>/`), or of no id at all (`<root>/<draft>/`, before folders were
    /// per workspace); a copied workspace's rows name the original's files.
    fn may_remove(&self, file: &Path) -> StoreResult<bool> {
        let id = self.workspace_id()?;
        let name = |p: Option<&Path>| {
            p.and_then(Path::file_name)
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned()
        };
        let draft = file.parent();
        let above = name(draft.and_then(Path::parent));
        let is_id = above.len() == 16 && above.bytes().all(|b| b.is_ascii_hexdigit());
        let in_draft = name(draft).bytes().all(|b| b.is_ascii_digit());
        Ok(in_draft && (above == id || !is_id))
    }

    fn draft_dir(&self, root: &Path, draft: i64) -> StoreResult<PathBuf> {
        let ws = self.workspace_dir(root)?;
        let dir = ws.join(draft.to_string());
        crate::file::create_private_dir(root)?;
        crate::file::create_private_dir(&ws)?;
        crate::file::create_private_dir(&dir)?;
        Ok(dir)
    }

    fn record_attachment(
        &self,
        draft: i64,
        kind: AttachmentKind,
        name: &str,
        path: &Path,
        bytes: &[u8],
        is_image: bool,
    ) -> StoreResult<SupportAttachment> {
        let count: usize = self.conn().query_row(
            "SELECT count(*) FROM support_attachments WHERE draft_id = ?1",
            [draft],
            |r| r.get(0),
        )?;
        if count >= MAX_ATTACHMENTS {
            let _ = std::fs::remove_file(path);
            return Err(refusal(
                "attachments",
                "support_too_many_attachments",
                format!("a request carries at most {MAX_ATTACHMENTS} attachments"),
            )
            .with_param("max", MAX_ATTACHMENTS)
            .into());
        }
        // What the bytes are decides, not the kind claimed: only a whole PNG or JPEG goes out as
        // an image; anything else is text and passes the redactor; binary data is refused.
        let text = !is_image;
        if text && text_of(bytes).is_none() {
            let _ = std::fs::remove_file(path);
            return Err(refusal(
                "file",
                "support_not_text_or_image",
                format!(
                    "{} is neither text nor a PNG or JPEG image: only those can be checked for secrets before they leave",
                    name.chars().take(80).collect::<String>()
                ),
            )
            .into());
        }
        let sha = sha256_hex(bytes);
        // A file's name is text that leaves too (zip entry, request.md, manifest).
        let name: String = comptoir_support::redact(name, &RedactionChoices::default())
            .text
            .chars()
            .take(200)
            .collect();
        self.conn().execute(
            "INSERT INTO support_attachments(draft_id, kind, name, path, size, sha256, is_text,
                                             added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                draft,
                kind.as_str(),
                name,
                path.to_string_lossy(),
                bytes.len() as i64,
                sha,
                text,
                self.clock().now().to_rfc3339()
            ],
        )?;
        self.conn().execute(
            "UPDATE support_drafts SET updated_at = ?1 WHERE id = ?2",
            params![self.clock().now().to_rfc3339(), draft],
        )?;
        Ok(SupportAttachment {
            id: self.conn().last_insert_rowid(),
            kind,
            name,
            size: bytes.len() as u64,
            sha256: sha,
            text,
        })
    }

    /// Removes an attachment and its file.
    pub fn support_detach(&self, actor: i64, attachment: i64) -> StoreResult<()> {
        let row: Option<(i64, String)> = self
            .conn()
            .query_row(
                "SELECT draft_id, path FROM support_attachments WHERE id = ?1",
                [attachment],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (draft, path) = row.ok_or_else(|| {
            Error::not_found("attachment", attachment).with_field("attachment_id")
        })?;
        self.open_draft(actor, draft)?;
        self.conn().execute(
            "DELETE FROM support_attachments WHERE id = ?1",
            [attachment],
        )?;
        if self.may_remove(Path::new(&path))? {
            let _ = std::fs::remove_file(&path);
        }
        Ok(())
    }

    /// The texts of a draft (request fields and text attachments, each file checked against
    /// its recorded SHA-256) and its non-text attachments.
    fn draft_sources(
        &self,
        draft: &SupportDraft,
    ) -> StoreResult<(Vec<TextSource>, Vec<BundleAttachment>)> {
        let mut sources = vec![
            TextSource {
                id: "subject".into(),
                name: String::new(),
                text: draft.subject.clone(),
            },
            TextSource {
                id: "description".into(),
                name: String::new(),
                text: draft.description.clone(),
            },
            TextSource {
                id: "error_text".into(),
                name: String::new(),
                text: draft.error_text.clone(),
            },
        ];
        let mut files = Vec::new();
        for a in &draft.attachments {
            let path: String = self.conn().query_row(
                "SELECT path FROM support_attachments WHERE id = ?1",
                [a.id],
                |r| r.get(0),
            )?;
            let bytes = std::fs::read(&path).map_err(|e| {
                Error::storage(format!("attachment {} cannot be read: {e}", a.name))
                    .with_field("attachments")
            })?;
            if sha256_hex(&bytes) != a.sha256 {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!(
                        "attachment {} changed on disk since it was added: remove it and add it again",
                        a.name
                    ),
                )
                .with_field("attachments")
                .into());
            }
            let part_id = format!("attachment:{}", a.id);
            if a.text {
                sources.push(TextSource {
                    id: part_id.clone(),
                    name: a.name.clone(),
                    text: text_of(&bytes).unwrap_or_default(),
                });
                files.push(BundleAttachment {
                    part_id: Some(part_id),
                    kind: a.kind.as_str().to_owned(),
                    name: a.name.clone(),
                    bytes: None,
                });
            } else {
                files.push(BundleAttachment {
                    part_id: None,
                    kind: a.kind.as_str().to_owned(),
                    name: a.name.clone(),
                    bytes: Some(bytes),
                });
            }
        }
        Ok((sources, files))
    }

    /// What the preview of a draft is made from: its texts (attachments read and checked) and
    /// the person's choices. The redaction itself ([`PreviewInput::run`]) needs no store, so
    /// the shell runs it after releasing the store's lock: a 30 MB log takes seconds to redact.
    pub fn support_preview_input(
        &self,
        actor: i64,
        draft: i64,
        language: &str,
    ) -> StoreResult<PreviewInput> {
        self.open_draft(actor, draft)?;
        let d = self.load_draft(actor, draft)?;
        let (sources, _) = self.draft_sources(&d)?;
        Ok(PreviewInput {
            sources,
            state: draft_state(&d),
            choices: d.choices,
            language: language.to_owned(),
        })
    }

    /// Exactly what will be sent, redacted with the person's choices: each part's counts and
    /// first page (the whole in one call; the shell splits it around the lock).
    pub fn support_preview(&self, actor: i64, draft: i64, language: &str) -> StoreResult<Preview> {
        Ok(self
            .support_preview_input(actor, draft, language)?
            .run()
            .first_pages(PREVIEW_PAGE_BYTES))
    }

    /// Restores a redaction, redacts a selection by hand, or switches e-mail addresses; returns
    /// what the new preview is made from.
    pub fn set_support_redaction(
        &self,
        actor: i64,
        draft: i64,
        change: &RedactionChange,
        language: &str,
    ) -> StoreResult<PreviewInput> {
        self.open_draft(actor, draft)?;
        let mut d = self.load_draft(actor, draft)?;
        let c = &mut d.choices;
        match change {
            RedactionChange::Restore { key } => c.restore(key)?,
            RedactionChange::Unrestore { key } => {
                c.restored.remove(key);
            }
            RedactionChange::Redact { text } => c.add_manual(text)?,
            RedactionChange::Unredact { text } => {
                c.manual.remove(text.trim());
            }
            RedactionChange::Emails { on } => c.emails = *on,
        }
        self.conn().execute(
            "UPDATE support_drafts SET redaction = ?1, updated_at = ?2 WHERE id = ?3",
            params![
                serde_json::to_string(&d.choices).expect("choices serialize"),
                self.clock().now().to_rfc3339(),
                draft
            ],
        )?;
        let (sources, _) = self.draft_sources(&d)?;
        Ok(PreviewInput {
            sources,
            state: draft_state(&d),
            choices: d.choices,
            language: language.to_owned(),
        })
    }

    /// What a bundle of `draft` needs, read under the store's lock: the redaction and the zip
    /// ([`BundleInput::write`]) need no store, so the shell runs them after releasing it.
    pub fn support_bundle_input(
        &self,
        actor: i64,
        draft: i64,
        language: &str,
        system: Option<&SystemInfo>,
        app: &str,
    ) -> StoreResult<BundleInput> {
        self.open_draft(actor, draft)?;
        let d = self.load_draft(actor, draft)?;
        let (sources, files) = self.draft_sources(&d)?;
        Ok(BundleInput {
            draft,
            state: draft_state(&d),
            sources,
            files,
            choices: d.choices,
            language: language.to_owned(),
            meta: RequestMeta {
                category: d.category.as_str().to_owned(),
                product: d.product.clone(),
                prepared_at: self.clock().now().to_rfc3339(),
                app: app.to_owned(),
            },
            system: if d.include_system {
                system.cloned()
            } else {
                None
            },
        })
    }

    /// Records a bundle written by [`BundleInput::write`] in the history, marks its draft sent
    /// and only then puts the zip at its target. Refused (nothing recorded, the zip of that
    /// write removed) when the draft was sent meanwhile (a second save) or changed since its
    /// input was read (an edit typed during the save).
    pub fn record_support_bundle(
        &self,
        actor: i64,
        written: &WrittenBundle,
    ) -> StoreResult<SupportHistoryEntry> {
        let refuse = |e: crate::StoreError| {
            let _ = std::fs::remove_file(&written.pending);
            Err(e)
        };
        if let Err(e) = self.open_draft(actor, written.draft) {
            return refuse(e);
        }
        let d = self.load_draft(actor, written.draft)?;
        if draft_state(&d) != written.state {
            return refuse(
                Error::new(
                    ErrorCode::Conflict,
                    "the request changed while it was being saved: look at the preview again before saving",
                )
                .with_field("preview_digest")
                .with_param("reason", "support_preview_changed")
                .into(),
            );
        }
        let tx = self.conn().unchecked_transaction()?;
        let now = self.clock().now();
        self.conn().execute(
            "INSERT INTO support_bundles(draft_id, path, size, sha256, redactions, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                written.draft,
                written.path.to_string_lossy(),
                written.size as i64,
                written.sha256,
                written.redactions,
                now.to_rfc3339()
            ],
        )?;
        let id = self.conn().last_insert_rowid();
        self.conn().execute(
            "UPDATE support_drafts SET status = 'sent', updated_at = ?1 WHERE id = ?2",
            params![now.to_rfc3339(), written.draft],
        )?;
        if let Err(e) = std::fs::rename(&written.pending, &written.path) {
            drop(tx);
            return refuse(
                Error::storage(format!(
                    "cannot write the bundle {}: {e}",
                    written.path.display()
                ))
                .with_field("target")
                .into(),
            );
        }
        tx.commit()?;
        self.support_history_entry(actor, id)
    }

    /// Writes the bundle of `draft` to `target` if the preview the person saw (`seen_digest`)
    /// is still what the draft gives, and records it (all under one lock: tests and small
    /// drafts; the shell splits it around the lock).
    #[allow(clippy::too_many_arguments)]
    pub fn save_support_bundle(
        &self,
        actor: i64,
        draft: i64,
        target: &Path,
        seen_digest: &str,
        language: &str,
        system: Option<&SystemInfo>,
        app: &str,
    ) -> StoreResult<SupportHistoryEntry> {
        let written = self
            .support_bundle_input(actor, draft, language, system, app)?
            .write(target, seen_digest)?;
        self.record_support_bundle(actor, &written)
    }

    /// One page of the actor's earlier requests, newest first, with their count (paged in SQL:
    /// a long history is never read whole).
    pub fn support_history(
        &self,
        actor: i64,
        offset: u32,
        limit: u32,
    ) -> StoreResult<SupportHistoryPage> {
        if limit == 0 || limit > MAX_HISTORY_PAGE {
            return Err(Error::invalid(
                "limit",
                format!("a page is 1 to {MAX_HISTORY_PAGE} requests"),
            )
            .into());
        }
        let total: u32 = self.conn().query_row(
            "SELECT count(*) FROM support_bundles b JOIN support_drafts d ON d.id = b.draft_id
             WHERE d.author_id = ?1",
            [actor],
            |r| r.get(0),
        )?;
        let rows = self.history_rows(
            "WHERE d.author_id = ?1 ORDER BY b.created_at DESC, b.id DESC LIMIT ?2 OFFSET ?3",
            params![actor, limit, offset],
        )?;
        Ok(SupportHistoryPage { rows, total })
    }

    /// One earlier request of the actor (NotFound, field `bundle_id`, when not theirs).
    pub fn support_history_entry(
        &self,
        actor: i64,
        bundle: i64,
    ) -> StoreResult<SupportHistoryEntry> {
        self.history_rows(
            "WHERE d.author_id = ?1 AND b.id = ?2",
            params![actor, bundle],
        )?
        .pop()
        .ok_or_else(|| {
            Error::not_found("support request", bundle)
                .with_field("bundle_id")
                .into()
        })
    }

    fn history_rows(
        &self,
        filter: &str,
        args: impl rusqlite::Params,
    ) -> StoreResult<Vec<SupportHistoryEntry>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT b.id, d.id, d.subject, d.category, p.name, b.path, b.size, b.sha256,
                    b.created_at, b.redactions
             FROM support_bundles b JOIN support_drafts d ON d.id = b.draft_id
             LEFT JOIN products p ON p.id = d.product_id {filter}"
        ))?;
        let rows = stmt.query_map(args, |r| {
            Ok(SupportHistoryEntry {
                id: r.get(0)?,
                draft_id: r.get(1)?,
                subject: r.get(2)?,
                category: parsed(r, 3, |s| {
                    RequestCategory::parse(s)
                        .ok_or_else(|| Error::invalid("category", format!("unknown '{s}'")))
                })?,
                product_name: r.get(4)?,
                path: r.get(5)?,
                size: r.get(6)?,
                sha256: r.get(7)?,
                created_at: instant(r, 8)?,
                redactions: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A `mailto:` URL with the summary of a saved request (redacted as in its bundle); the
    /// bundle itself must be attached by hand, which the body says.
    pub fn support_mailto(&self, actor: i64, bundle: i64, language: &str) -> StoreResult<String> {
        let entry = self.support_history_entry(actor, bundle)?;
        let d = self.load_draft(actor, entry.draft_id)?;
        // The texts only: a file changed since does not stop the summary.
        let sources: Vec<TextSource> = [
            ("subject", &d.subject),
            ("description", &d.description),
            ("error_text", &d.error_text),
        ]
        .into_iter()
        .map(|(id, text)| TextSource {
            id: id.into(),
            name: String::new(),
            text: text.clone(),
        })
        .collect();
        let p = preview(&sources, &d.choices, language);
        let meta = RequestMeta {
            category: d.category.as_str().to_owned(),
            product: d.product.clone(),
            ..Default::default()
        };
        let file = Path::new(&entry.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (subject, body) = mail_draft(language, &meta, &p, &file);
        Ok(mailto(SUPPORT_MAILBOX, &subject, &body))
    }
}

fn read_capped(path: &Path) -> StoreResult<Vec<u8>> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::invalid("file", format!("cannot read {}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(Error::invalid("file", format!("{} is not a file", path.display())).into());
    }
    if meta.len() > MAX_ATTACHMENT_BYTES {
        return Err(refusal(
            "file",
            "support_attachment_too_large",
            format!(
                "{} is {} bytes; an attachment is at most {MAX_ATTACHMENT_BYTES} bytes",
                path.display(),
                meta.len()
            ),
        )
        .with_param("max_mb", MAX_ATTACHMENT_BYTES / (1024 * 1024))
        .into());
    }
    std::fs::read(path)
        .map_err(|e| Error::invalid("file", format!("cannot read {}: {e}", path.display())).into())
}

/// A PNG or JPEG that decodes as a whole image, encoded afresh in its format from its pixels
/// alone: no text chunk, EXIF block, comment or byte after the end survives (a signature alone
/// is not enough: anything else is text and passes the redactor). `None` when not an image.
fn reencoded_image(bytes: &[u8]) -> Option<Vec<u8>> {
    let format = image::guess_format(bytes).ok()?;
    if !matches!(format, image::ImageFormat::Png | image::ImageFormat::Jpeg) {
        return None;
    }
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::with_format(std::io::Cursor::new(bytes), format)
        .into_decoder()
        .ok()?;
    // The EXIF orientation goes with the EXIF block: turn the pixels as a viewer would.
    let orientation = decoder.orientation().ok()?;
    let mut img = image::DynamicImage::from_decoder(decoder).ok()?;
    img.apply_orientation(orientation);
    let mut out = std::io::Cursor::new(Vec::new());
    if format == image::ImageFormat::Png {
        img.write_to(&mut out, image::ImageFormat::Png).ok()?;
    } else {
        // JPEG has no alpha; a high quality keeps screenshots' text readable.
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92);
        img.to_rgb8().write_with_encoder(encoder).ok()?;
    }
    Some(out.into_inner())
}

/// An attachment's text: UTF-16 decoded, UTF-8, or else read as Latin-1 (every byte a
/// character) so that a log in an old encoding is redacted too, never carried as it is. `None`
/// for binary data (NUL bytes that are not UTF-16, control characters).
fn text_of(bytes: &[u8]) -> Option<String> {
    match comptoir_core::log_text::log_text(bytes)? {
        Ok(s) => Some(s),
        Err(bytes) => {
            let binary = bytes
                .iter()
                .any(|b| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c));
            (!binary).then(|| bytes.iter().map(|b| char::from(*b)).collect())
        }
    }
}

/// `dir/name`, or `dir/name (2)`... when taken.
fn unique_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_owned(), format!(".{e}")),
        _ => (name.to_owned(), String::new()),
    };
    (2..)
        .map(|i| dir.join(format!("{stem} ({i}){ext}")))
        .find(|p| !p.exists())
        .expect("a free name")
}

/// What a preview's digest names besides the texts: the draft's fields and every attachment
/// (name, kind and SHA-256), so an image attached or a category changed after the preview was
/// shown is noticed, and so is an edit typed while a bundle is being written.
fn draft_state(d: &SupportDraft) -> String {
    serde_json::json!({
        "subject": d.subject,
        "category": d.category.as_str(),
        "product": d.product.as_ref().map(|p| p.id),
        "description": d.description,
        "error_text": d.error_text,
        "include_system": d.include_system,
        "choices": d.choices,
        "attachments": d.attachments.iter().map(|a| {
            serde_json::json!([a.id, a.kind.as_str(), a.name, a.sha256, a.text])
        }).collect::<Vec<_>>(),
    })
    .to_string()
}

/// A name beside `target` no other save uses (process, counter, clock).
fn pending_path(target: &Path) -> PathBuf {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut name = std::ffi::OsString::from(".");
    name.push(target.file_name().unwrap_or_default());
    name.push(format!(".pending-{}-{n}-{nanos}", std::process::id()));
    target.with_file_name(name)
}

/// A bundle's texts and files as read from the store (see [`Store::support_bundle_input`]).
pub struct BundleInput {
    draft: i64,
    state: String,
    sources: Vec<TextSource>,
    files: Vec<BundleAttachment>,
    choices: RedactionChoices,
    language: String,
    meta: RequestMeta,
    system: Option<SystemInfo>,
}

/// A bundle on disk beside its target, to record (see [`Store::record_support_bundle`]),
/// which moves it to its target; removed if dropped unrecorded.
pub struct WrittenBundle {
    draft: i64,
    state: String,
    /// Where the zip is until recorded.
    pending: PathBuf,
    path: PathBuf,
    size: u64,
    sha256: String,
    redactions: u32,
}

impl BundleInput {
    /// Redacts and zips, without the store: refused when the preview the person saw is no
    /// longer what the draft gives.
    pub fn write(self, target: &Path, seen_digest: &str) -> StoreResult<WrittenBundle> {
        let p = preview_with_state(&self.sources, &self.choices, &self.language, &self.state);
        check_digest(&p, seen_digest)?;
        if target.file_name().is_none() {
            return Err(Error::invalid("target", "the bundle needs a file name").into());
        }
        let pending = pending_path(target);
        let report = write_bundle(
            &pending,
            &self.language,
            &self.meta,
            &p,
            &self.files,
            self.system.as_deref(),
        )?;
        Ok(WrittenBundle {
            draft: self.draft,
            state: self.state,
            pending,
            path: target.to_owned(),
            size: report.size,
            sha256: report.sha256,
            redactions: p.total_redactions,
        })
    }
}

impl Drop for WrittenBundle {
    /// A zip never recorded (refused, or its caller gave up) does not stay behind; once
    /// recorded it was moved and there is nothing to remove.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.pending);
    }
}
