//! Batch export (PAY-7): the vault copies of a set of documents, into a folder, with progress
//! and cancel between documents.

use std::path::Path;

use comptoir_core::billing::ExportReport;
use comptoir_core::renewal::Progress;
use comptoir_core::Error;
use comptoir_store::{Store, StoreResult};

use crate::render::Fonts;
use crate::vault::open_document;

pub fn export_documents(
    store: &Store,
    fonts: &Fonts,
    ids: &[i64],
    folder: &Path,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> StoreResult<ExportReport> {
    if ids.is_empty() {
        return Err(Error::invalid("invoice_ids", "choose at least one document").into());
    }
    std::fs::create_dir_all(folder)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", folder.display())))?;
    let mut report = ExportReport {
        folder: folder.display().to_string(),
        written: 0,
        total: ids.len() as u32,
        cancelled: false,
    };
    for &id in ids {
        let (vault_path, bytes) = open_document(store, fonts, id)?;
        let name = vault_path
            .file_name()
            .map(|n| n.to_owned())
            .unwrap_or_default();
        let target = folder.join(name);
        std::fs::write(&target, bytes)
            .map_err(|e| Error::storage(format!("cannot write {}: {e}", target.display())))?;
        report.written += 1;
        if !progress(Progress {
            done: report.written,
            total: report.total,
        }) && report.written < report.total
        {
            report.cancelled = true;
            break;
        }
    }
    Ok(report)
}
