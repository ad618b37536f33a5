//! The support bundle: one `.zip` with `request.md` (for people, in the chosen language),
//! `request.json` (for machines), the attachments, optional `system.json`, and `manifest.json`
//! with every other file's SHA-256.
//!
//! Preview = bundle content: the writer takes a [`Preview`], which only [`preview`] makes (by
//! running the redactor with the person's choices), and writes its texts as they are. The caller
//! passes the preview's digest the person saw; a different one is refused, so nothing reaches the
//! file that was not on screen.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use comptoir_core::{Error, ErrorCode, Result};
use comptoir_i18n::{Arg, Catalogue};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use zip::write::SimpleFileOptions;

use crate::redact::{redact_with, Markers, Redacted, RedactionChoices, RedactionKind, Segment};

/// A text to check before it leaves: the request's own fields and every text attachment.
#[derive(Debug, Clone)]
pub struct TextSource {
    /// `subject`, `description`, `error_text` or `attachment:<id>`.
    pub id: String,
    /// What the person sees (the attachment's file name; empty for the request's fields).
    pub name: String,
    pub text: String,
}

/// Bytes of a part's redacted text the preview sends at once (a screenful and then some):
/// only what the screen shows crosses IPC; the person asks for the next page.
pub const PREVIEW_PAGE_BYTES: usize = 64 * 1024;

/// One text after redaction, as written; over IPC, one page of it (`offset`, `segments`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PreviewPart {
    pub id: String,
    pub name: String,
    /// The page: the redacted text from `offset`, cut at its redactions.
    pub segments: Vec<Segment>,
    /// Where the page starts in the redacted text (bytes).
    #[ts(type = "number")]
    pub offset: u64,
    /// The whole redacted text's length (bytes): more follows when the page ends before it.
    #[ts(type = "number")]
    pub len: u64,
    /// How many values were hidden, per kind, in the whole text.
    pub counts: BTreeMap<RedactionKind, u32>,
    #[serde(skip)]
    #[ts(skip)]
    redacted: Redacted,
}

impl PreviewPart {
    /// The text exactly as it will be written.
    pub fn text(&self) -> &str {
        &self.redacted.text
    }

    /// The page of at most about `max` bytes from `offset` (moved back to a character and
    /// redaction boundary; a redaction is never cut), without the whole text.
    pub fn page(&self, offset: usize, max: usize) -> PreviewPart {
        let r = &self.redacted;
        let t = &r.text;
        let floor = |mut i: usize| {
            i = i.min(t.len());
            while !t.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let mut from = floor(offset);
        let mut to = floor(from.saturating_add(max.max(1)));
        // Spans overlapping the page: start and end snap outwards to whole redactions.
        let first = r.spans.partition_point(|s| s.end <= from);
        if let Some(s) = r.spans.get(first) {
            if s.start < from {
                from = s.start;
            }
        }
        let last = r.spans.partition_point(|s| s.start < to);
        if last > 0 && r.spans[last - 1].end > to {
            to = r.spans[last - 1].end;
        }
        let spans = &r.spans[first..last];
        let mut segments = Vec::with_capacity(spans.len() * 2 + 1);
        let mut at = from;
        for sp in spans {
            if sp.start > at {
                segments.push(Segment {
                    text: t[at..sp.start].to_owned(),
                    redaction: None,
                });
            }
            segments.push(Segment {
                text: t[sp.start..sp.end].to_owned(),
                redaction: Some(sp.clone()),
            });
            at = sp.end;
        }
        if at < to {
            segments.push(Segment {
                text: t[at..to].to_owned(),
                redaction: None,
            });
        }
        PreviewPart {
            id: self.id.clone(),
            name: self.name.clone(),
            segments,
            offset: from as u64,
            len: t.len() as u64,
            counts: self.counts.clone(),
            redacted: Redacted {
                text: String::new(),
                spans: Vec::new(),
            },
        }
    }
}

/// Everything the request will carry as text, redacted; `digest` identifies exactly this content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "SupportPreview")]
pub struct Preview {
    pub parts: Vec<PreviewPart>,
    /// SHA-256 (hex) over every part's id and redacted text.
    pub digest: String,
    pub total_redactions: u32,
}

impl Preview {
    pub fn part(&self, id: &str) -> Option<&PreviewPart> {
        self.parts.iter().find(|p| p.id == id)
    }

    /// What the preview screen receives: every part's counts and its first page of at most
    /// about `max` bytes; the digest still names the whole content.
    pub fn first_pages(&self, max: usize) -> Preview {
        Preview {
            parts: self.parts.iter().map(|p| p.page(0, max)).collect(),
            digest: self.digest.clone(),
            total_redactions: self.total_redactions,
        }
    }
}

/// What a preview is made from: the texts (read and checked by the store) and the person's
/// choices. Owned, so the redaction runs after the store's lock is released.
#[derive(Debug, Clone)]
pub struct PreviewInput {
    pub sources: Vec<TextSource>,
    pub choices: RedactionChoices,
    /// The reader's language: the redaction markers are written in it.
    pub language: String,
    /// What else the request carries, for the digest (see [`preview_with_state`]).
    pub state: String,
}

impl PreviewInput {
    pub fn run(&self) -> Preview {
        preview_with_state(&self.sources, &self.choices, &self.language, &self.state)
    }
}

/// Runs the redactor over every source with the person's choices, markers in `language`.
pub fn preview(sources: &[TextSource], choices: &RedactionChoices, language: &str) -> Preview {
    preview_with_state(sources, choices, language, "")
}

/// [`preview`] whose digest also names `state`: a fingerprint of what the request carries
/// besides its texts (its fields, every attachment's name and SHA-256), so that a change to
/// any of it after the preview was shown is noticed.
pub fn preview_with_state(
    sources: &[TextSource],
    choices: &RedactionChoices,
    language: &str,
    state: &str,
) -> Preview {
    let markers = Markers::for_language(language);
    let mut h = Sha256::new();
    let mut total = 0;
    let parts = sources
        .iter()
        .map(|s| {
            let r: Redacted = redact_with(&s.text, choices, &markers);
            h.update((s.id.len() as u64).to_le_bytes());
            h.update(s.id.as_bytes());
            h.update((r.text.len() as u64).to_le_bytes());
            h.update(r.text.as_bytes());
            let mut counts = BTreeMap::new();
            for span in &r.spans {
                *counts.entry(span.kind).or_insert(0) += 1;
            }
            total += r.spans.len() as u32;
            PreviewPart {
                id: s.id.clone(),
                name: s.name.clone(),
                segments: Vec::new(),
                offset: 0,
                len: r.text.len() as u64,
                counts,
                redacted: r,
            }
        })
        .collect();
    if !state.is_empty() {
        h.update(b"\0state");
        h.update(state.as_bytes());
    }
    Preview {
        parts,
        digest: hex(&h.finalize()),
        total_redactions: total,
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The product a request is about, with its organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "SupportProduct")]
pub struct ProductRef {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub organization_id: i64,
    pub organization_name: String,
}

/// What the request says besides its texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMeta {
    /// `mail`, `hosting`, `domain`, `billing`, `drive` or `other`.
    pub category: String,
    pub product: Option<ProductRef>,
    /// RFC 3339.
    pub prepared_at: String,
    /// The app that wrote the bundle, e.g. `Comptoir 0.1.0`.
    pub app: String,
}

/// An attachment as it goes into the bundle.
#[derive(Debug, Clone)]
pub struct BundleAttachment {
    /// The preview part id for a text attachment (`attachment:<id>`).
    pub part_id: Option<String>,
    /// `screenshot`, `app_log`, `website_console`, `imported` or `file`.
    pub kind: String,
    pub name: String,
    /// Bytes of a non-text attachment (an image, already redacted by its own tool); `None` for
    /// a text one, whose redacted text comes from the preview.
    pub bytes: Option<Vec<u8>>,
}

/// One file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ManifestEntry {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleReport {
    pub files: Vec<ManifestEntry>,
    /// The .zip itself.
    pub size: u64,
    pub sha256: String,
}

/// Writes the bundle to `target` (a temporary file beside it, renamed once complete).
pub fn write_bundle(
    target: &Path,
    language: &str,
    meta: &RequestMeta,
    preview: &Preview,
    attachments: &[BundleAttachment],
    system: Option<&[(String, String)]>,
) -> Result<BundleReport> {
    let cat = Catalogue::for_tag(language);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();

    let mut listed = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    for (i, a) in attachments.iter().enumerate() {
        let bytes = match (&a.part_id, &a.bytes) {
            (Some(id), _) => preview
                .part(id)
                .ok_or_else(|| {
                    Error::new(
                        ErrorCode::Internal,
                        format!("attachment {} is missing from the preview", a.name),
                    )
                })?
                .text()
                .as_bytes()
                .to_vec(),
            (None, Some(b)) => b.clone(),
            (None, None) => {
                return Err(Error::new(
                    ErrorCode::Internal,
                    format!("attachment {} has no content", a.name),
                ))
            }
        };
        let mut path = format!("attachments/{:02}-{}", i + 1, safe_name(&a.name));
        while !used.insert(path.clone()) {
            path.push('_');
        }
        let redactions = a
            .part_id
            .as_deref()
            .and_then(|id| preview.part(id))
            .map_or(0, |p| p.counts.values().sum::<u32>());
        listed.push(serde_json::json!({
            "path": path,
            "kind": a.kind,
            "name": a.name,
            "size": bytes.len(),
            "sha256": sha256_hex(&bytes),
            "redactions": redactions,
        }));
        files.push((path, bytes));
    }

    let text = |id: &str| preview.part(id).map_or("", |p| p.text());
    let counts: BTreeMap<&str, u32> = preview.parts.iter().flat_map(|p| p.counts.iter()).fold(
        BTreeMap::new(),
        |mut m, (k, n)| {
            *m.entry(k.as_str()).or_insert(0) += n;
            m
        },
    );
    let system_map: Option<BTreeMap<&str, &str>> =
        system.map(|s| s.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect());
    let json = serde_json::json!({
        "format": "comptoir-support-request/1",
        "subject": text("subject"),
        "category": meta.category,
        "product": meta.product,
        "description": text("description"),
        "error_text": text("error_text"),
        "attachments": listed,
        "system": system_map,
        "redactions": counts,
        "prepared_at": meta.prepared_at,
        "app": meta.app,
        "language": cat.language(),
    });
    let md = request_md(&cat, meta, preview, &listed, system);
    let mut all = vec![
        ("request.md".to_owned(), md.into_bytes()),
        (
            "request.json".to_owned(),
            serde_json::to_vec_pretty(&json).expect("json"),
        ),
    ];
    if let Some(s) = &system_map {
        all.push((
            "system.json".to_owned(),
            serde_json::to_vec_pretty(s).expect("json"),
        ));
    }
    all.extend(files);

    let entries: Vec<ManifestEntry> = all
        .iter()
        .map(|(p, b)| ManifestEntry {
            path: p.clone(),
            size: b.len() as u64,
            sha256: sha256_hex(b),
        })
        .collect();
    let manifest = serde_json::to_vec_pretty(&serde_json::json!({
        "algorithm": "sha256",
        "files": entries,
    }))
    .expect("json");
    all.push(("manifest.json".to_owned(), manifest));

    let zip_bytes = zip_files(&all)?;
    write_atomically(target, &zip_bytes)?;
    Ok(BundleReport {
        files: entries,
        size: zip_bytes.len() as u64,
        sha256: sha256_hex(&zip_bytes),
    })
}

fn zip_files(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    let zip_err =
        |e: zip::result::ZipError| Error::storage(format!("cannot write the bundle: {e}"));
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (path, bytes) in files {
        w.start_file(path.as_str(), opts).map_err(zip_err)?;
        w.write_all(bytes)
            .map_err(|e| Error::storage(format!("cannot write the bundle: {e}")))?;
    }
    Ok(w.finish().map_err(zip_err)?.into_inner())
}

fn write_atomically(target: &Path, bytes: &[u8]) -> Result<()> {
    let name = target
        .file_name()
        .ok_or_else(|| Error::invalid("target", "the bundle needs a file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".part-{}", std::process::id()));
    let tmp = target.with_file_name(tmp_name);
    let done = std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, target));
    if let Err(e) = done {
        let _ = std::fs::remove_file(&tmp);
        return Err(
            Error::storage(format!("cannot write the bundle {}: {e}", target.display()))
                .with_field("target"),
        );
    }
    Ok(())
}

/// A file name safe inside a zip on every OS: no folders, no control or reserved characters.
pub fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(['.', ' ']).to_owned();
    let cleaned: String = cleaned.chars().take(80).collect();
    if cleaned.is_empty() {
        "attachment".to_owned()
    } else {
        cleaned
    }
}

fn request_md(
    cat: &Catalogue,
    meta: &RequestMeta,
    preview: &Preview,
    attachments: &[serde_json::Value],
    system: Option<&[(String, String)]>,
) -> String {
    let t = |id: &str| cat.text(id, &[]);
    let text = |id: &str| preview.part(id).map_or("", |p| p.text());
    let none = t("support-md-none");
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none.clone()
        } else {
            s.to_owned()
        }
    };
    let mut md = format!(
        "# {}: {}\n\n",
        t("support-md-title"),
        or_none(text("subject"))
    );
    md.push_str(&format!(
        "- **{}:** {}\n",
        t("support-md-category"),
        t(&format!("support-category-{}", meta.category))
    ));
    if let Some(p) = &meta.product {
        md.push_str(&format!(
            "- **{}:** {} ({})\n",
            t("support-md-product"),
            p.name,
            p.kind
        ));
        md.push_str(&format!(
            "- **{}:** {}\n",
            t("support-md-organization"),
            p.organization_name
        ));
    }
    md.push_str(&format!(
        "- **{}:** {}\n\n",
        t("support-md-prepared"),
        meta.prepared_at
    ));
    md.push_str(&format!(
        "## {}\n\n{}\n\n",
        t("support-md-description"),
        or_none(text("description"))
    ));
    md.push_str(&format!("## {}\n\n", t("support-md-error")));
    let err = text("error_text");
    if err.trim().is_empty() {
        md.push_str(&format!("{none}\n\n"));
    } else {
        md.push_str(&format!("```\n{}\n```\n\n", err.replace("```", "ʼʼʼ")));
    }
    md.push_str(&format!("## {}\n\n", t("support-md-attachments")));
    if attachments.is_empty() {
        md.push_str(&format!("{none}\n"));
    }
    for a in attachments {
        md.push_str(&format!(
            "- `{}` ({}, {} B)\n",
            a["path"].as_str().unwrap_or(""),
            a["kind"].as_str().unwrap_or(""),
            a["size"]
        ));
    }
    md.push('\n');
    if let Some(s) = system {
        md.push_str(&format!("## {}\n\n", t("support-md-system")));
        for (k, v) in s {
            md.push_str(&format!("- {k}: {v}\n"));
        }
        md.push('\n');
    }
    md.push_str(&cat.text(
        "support-md-redactions",
        &[("count", Arg::Number(preview.total_redactions as i64))],
    ));
    md.push_str("\n\n");
    md.push_str(&t("support-md-manifest"));
    md.push('\n');
    md
}

/// The mail draft: subject and a short body (the summary; the bundle is attached by hand).
pub fn mail_draft(
    language: &str,
    meta: &RequestMeta,
    preview: &Preview,
    bundle_file: &str,
) -> (String, String) {
    let cat = Catalogue::for_tag(language);
    let text = |id: &str| preview.part(id).map_or("", |p| p.text());
    let subject = cat.text(
        "support-mail-subject",
        &[
            (
                "category",
                Arg::Text(cat.text(&format!("support-category-{}", meta.category), &[])),
            ),
            ("subject", Arg::Text(text("subject").to_owned())),
        ],
    );
    let mut body = String::new();
    if let Some(p) = &meta.product {
        body.push_str(&format!(
            "{}: {} ({})\n{}: {}\n\n",
            cat.text("support-md-product", &[]),
            p.name,
            p.kind,
            cat.text("support-md-organization", &[]),
            p.organization_name
        ));
    }
    // A mail client's URL length is limited: the summary, not the whole description.
    let description: String = text("description").chars().take(1_200).collect();
    body.push_str(&description);
    body.push_str("\n\n");
    body.push_str(&cat.text(
        "support-mail-attach",
        &[("file", Arg::Text(bundle_file.to_owned()))],
    ));
    body.push('\n');
    (subject, body)
}

/// `mailto:` with the subject and body percent-encoded (RFC 6068).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    fn enc(s: &str) -> String {
        let mut out = String::with_capacity(s.len() * 3);
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
    format!("mailto:{to}?subject={}&body={}", enc(subject), enc(body))
}

/// Checks the preview the person saw is the one about to be written.
pub fn check_digest(preview: &Preview, seen: &str) -> Result<()> {
    if preview.digest == seen {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::Conflict,
            "the request changed since its preview was shown: look at the preview again before saving",
        )
        .with_field("preview_digest")
        .with_param("reason", "support_preview_changed"))
    }
}

impl Default for RequestMeta {
    fn default() -> Self {
        RequestMeta {
            category: "other".to_owned(),
            product: None,
            prepared_at: String::new(),
            app: String::new(),
        }
    }
}
