//! The offline vault (PAY-7): each issued document is rendered once (by `comptoir-invoice`, a
//! pure renderer), written beside the workspace, and its SHA-256 recorded here. Later reads
//! (save, print, export) return exactly those bytes, after checking the hash, without any
//! network. Persistence lives here so the renderer needs no SQLite.

use std::path::{Path, PathBuf};

use comptoir_core::billing::{ExportFailure, ExportReport, InvoiceKind};
use comptoir_core::renewal::Progress;
use comptoir_core::{Error, ErrorCode, Money};
use comptoir_invoice::{render, sha256_hex, DocLine, Document, Fonts, Lang, Party};
use rust_decimal::Decimal;

use crate::documents::{DocumentSource, VaultRecord};
use crate::{Store, StoreResult};

/// Builds the printable document from what the store holds; an error when its QR-bill cannot
/// be made (see [`Document::with_qr_bill`]).
pub fn document_from(source: &DocumentSource) -> comptoir_core::Result<Document> {
    let s = &source.seller;
    // The document speaks its buyer's language, its stored texts included.
    let words = comptoir_i18n::Catalogue::for_tag(&source.buyer.language);
    let mut doc = Document {
        kind: source.kind,
        number: source.number.clone(),
        issued_on: source.issued_on,
        due_on: source.due_on,
        currency: source.currency,
        seller: Party {
            name: s.name.clone(),
            address: s.address.clone(),
            vat_number: s.vat_number.clone(),
            iban: s.iban.clone(),
            qr_iban: s.qr_iban.clone(),
        },
        buyer: Party {
            name: source.buyer.name.clone(),
            address: source.buyer.address.clone(),
            vat_number: source.buyer.vat_number.clone(),
            iban: None,
            qr_iban: None,
        },
        lines: source
            .lines
            .iter()
            .map(|l| DocLine {
                description: words.stored_text(&l.text),
                period_from: l.period_from,
                period_to: l.period_to,
                quantity: l.quantity,
                unit_price: Decimal::new(l.unit_price_minor, 2),
                vat_rate_bp: l.vat_rate_bp,
            })
            .collect(),
        already_paid: Decimal::new(source.paid_minor, 2),
        language: Lang::from_code(&source.buyer.language),
        payment_terms_days: (source.due_on - source.issued_on).num_days().max(0) as u32,
        accepted_methods: source
            .accepted_methods
            .iter()
            .map(|m| words.method(*m))
            .collect(),
        corrects: source.corrects.clone(),
        qr_bill: None,
        vat_adjustment: Decimal::ZERO,
        cancelled: source.cancelled,
    };
    // A credit note completing an invoice's credit carries the VAT that remains (see
    // `Document::vat_adjustment`): at most a centime, anything more is not rounding and stays
    // visible as a mismatch.
    let totals = doc.totals();
    let rounding = Decimal::new(source.total_minor, 2) - totals.total.amount;
    let at_most = Decimal::new(totals.vat.len() as i64, 2);
    if source.kind == InvoiceKind::CreditNote && rounding.abs() <= at_most {
        doc.vat_adjustment = rounding;
    }
    doc.with_qr_bill(source.invoice_id)
}

/// The bytes of a document: from the vault when it was rendered before (hash checked), else
/// rendered now, written atomically and recorded. Returns the file's path and its bytes.
pub fn open_document(
    store: &Store,
    fonts: &Fonts,
    invoice_id: i64,
) -> StoreResult<(PathBuf, Vec<u8>)> {
    if let Some(record) = store.vault_record(invoice_id)? {
        let path = store.vault_file(&record.file_name)?;
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::storage(format!(
                "the vault copy {} cannot be read: {e}",
                path.display()
            ))
            .reason("vault_copy_unreadable")
            .with_param("io", io_kind(&e))
        })?;
        if sha256_hex(&bytes) != record.sha256 {
            return Err(Error::new(
                ErrorCode::Storage,
                format!(
                    "{} was changed on disk since it was issued (SHA-256 differs)",
                    path.display()
                ),
            )
            .reason("vault_copy_changed")
            .into());
        }
        return Ok((path, bytes));
    }
    let source = store.document_source(invoice_id)?;
    let doc = document_from(&source)?;
    // The printed total must be the stored one, to the centime.
    let printed: Money = doc.totals().total;
    if printed.to_minor()? != source.total_minor {
        return Err(Error::new(
            ErrorCode::Internal,
            format!(
                "{}: printed total {printed} differs from the stored total",
                source.number
            ),
        )
        .into());
    }
    let bytes = render(&doc, fonts);
    let dir = store.ensure_vault_dir()?;
    let file_name = format!("{}.pdf", source.number);
    let path = dir.join(&file_name);
    // A temporary name of this process and moment: another process (the window and a scripted
    // export) may be rendering the same document at the same time.
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.{stamp}.tmp", std::process::id()));
    std::fs::write(&tmp, &bytes)
        .and_then(|_| std::fs::rename(&tmp, &path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::storage(format!("cannot write {}: {e}", path.display()))
                .with_param("io", io_kind(&e))
        })?;
    let record = VaultRecord {
        file_name,
        sha256: sha256_hex(&bytes),
        size: bytes.len() as u64,
    };
    if let Err(e) = store.vault_insert(invoice_id, &record) {
        // Another process recorded it first: rendering is deterministic, so its record names
        // these same bytes; anything else is refused as before.
        return match store.vault_record(invoice_id)? {
            Some(theirs) if theirs.sha256 == record.sha256 => Ok((path, bytes)),
            _ => Err(e),
        };
    }
    Ok((path, bytes))
}

/// The name each document gets in an export folder.
fn export_name(store: &Store, invoice_id: i64) -> StoreResult<String> {
    let number: String = store
        .conn()
        .query_row(
            "SELECT number FROM invoices WHERE id = ?1",
            [invoice_id],
            |r| r.get(0),
        )
        .map_err(|_| Error::not_found("invoice", invoice_id).with_field("invoice_ids"))?;
    Ok(format!("{number}.pdf"))
}

/// The files an export of `ids` into `folder` would replace (their names), before anything is
/// written, so the user can be asked.
pub fn existing_exports(store: &Store, ids: &[i64], folder: &Path) -> StoreResult<Vec<String>> {
    let mut out = Vec::new();
    for &id in ids {
        let name = export_name(store, id)?;
        // A link (even a broken one) under that name counts as taken.
        if taken(&folder.join(&name)) {
            out.push(name);
        }
    }
    Ok(out)
}

/// Whether anything is at `path`, a symbolic link included (`exists` follows links, so a
/// broken one looks free).
fn taken(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// `name` or, when taken, "stem (2).ext", "stem (3).ext"... the first free one.
fn free_name(folder: &Path, name: &str) -> PathBuf {
    let target = folder.join(name);
    if !taken(&target) {
        return target;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| folder.join(format!("{stem} ({n}).{ext}")))
        .find(|p| !taken(p))
        .unwrap_or(target)
}

/// Writes a document the user saves or exports to `target`, never through a symbolic link:
/// a link there (even a broken one pointing elsewhere) or anything but a regular file is
/// refused; a new name is created exclusively (`create_new` fails on a link); a regular file is
/// replaced by renaming a fresh temporary file over it (a rename replaces the entry, it does not
/// follow it).
pub fn write_document_file(target: &Path, bytes: &[u8]) -> StoreResult<()> {
    use std::io::Write;
    let failed = |e: std::io::Error| {
        Error::storage(format!("cannot write {}: {e}", target.display()))
            .with_param("io", io_kind(&e))
    };
    let create_new = |path: &Path| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        f.write_all(bytes)?;
        f.sync_all()
    };
    let refuse = |what: &str| {
        Error::invalid(
            "path",
            format!(
                "{} is {what}: Comptoir writes documents only as regular files",
                target.display()
            ),
        )
        .reason("not_a_regular_file")
    };
    match std::fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            create_new(target).map_err(failed)?;
        }
        Err(e) => return Err(failed(e).into()),
        Ok(m) if m.file_type().is_symlink() => return Err(refuse("a symbolic link").into()),
        Ok(m) if !m.is_file() => return Err(refuse("not a regular file").into()),
        Ok(_) => {
            let name = target.file_name().unwrap_or_default().to_string_lossy();
            let tmp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
            let _ = std::fs::remove_file(&tmp);
            create_new(&tmp)
                .and_then(|_| std::fs::rename(&tmp, target))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    failed(e)
                })?;
        }
    }
    Ok(())
}

pub use comptoir_core::billing::ExistingFiles;

/// A file-system failure's kind as a stable word (param `io`), so a reader's sentence can be
/// chosen without parsing the OS's English text.
pub fn io_kind(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "not_found",
        K::PermissionDenied | K::ReadOnlyFilesystem => "permission_denied",
        K::AlreadyExists | K::NotADirectory => "not_a_folder",
        K::StorageFull | K::QuotaExceeded => "full",
        _ => "other",
    }
}

pub fn export_documents(
    store: &Store,
    fonts: &Fonts,
    ids: &[i64],
    folder: &Path,
    existing: ExistingFiles,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> StoreResult<ExportReport> {
    if ids.is_empty() {
        return Err(
            Error::invalid("invoice_ids", "choose at least one document")
                .reason("none_chosen")
                .into(),
        );
    }
    std::fs::create_dir_all(folder).map_err(|e| {
        Error::storage(format!("cannot create {}: {e}", folder.display()))
            .with_param("io", io_kind(&e))
    })?;
    let mut report = ExportReport {
        folder: folder.display().to_string(),
        written: 0,
        total: ids.len() as u32,
        cancelled: false,
        failed: Vec::new(),
    };
    let mut done = 0;
    for &id in ids {
        // One document that cannot be made (a QR-bill its buyer's address cannot carry) or
        // written does not stop the others: it is named in the report with its reason.
        let name = export_name(store, id)?;
        let written = open_document(store, fonts, id).and_then(|(_, bytes)| {
            let target = match existing {
                ExistingFiles::Replace => folder.join(&name),
                ExistingFiles::KeepBoth => free_name(folder, &name),
            };
            write_document_file(&target, &bytes)
        });
        match written {
            Ok(()) => report.written += 1,
            Err(e) => report.failed.push(ExportFailure {
                invoice_id: id,
                number: name.trim_end_matches(".pdf").to_owned(),
                reason: e.into(),
            }),
        }
        done += 1;
        if !progress(Progress {
            done,
            total: report.total,
        }) && done < report.total
        {
            report.cancelled = true;
            break;
        }
    }
    Ok(report)
}
