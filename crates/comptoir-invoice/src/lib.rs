//! Comptoir's documents (PAY-7): invoices, pro-formas (PAY-3) and credit notes, rendered to PDF
//! with printpdf and embedded, subset fonts: DejaVu Sans for the body (`fonts/LICENSE`), Liberation
//! Sans for the QR-bill payment part (`fonts/LICENSE-Liberation`, OFL). A pure renderer:
//! document model in, PDF bytes out; no I/O, no SQLite, no Tauri. The store keeps the bytes and
//! their SHA-256 (the offline vault, `comptoir_store::vault`), the shell saves and prints.

mod bill;
mod labels;
mod model;
pub mod qrbill;
mod qrmatrix;
mod render;

pub use labels::Lang;
pub use model::{DocLine, Document, Party, Totals, VatLine};
pub use render::{render, render_statement, Fonts};

use sha2::{Digest, Sha256};

/// The SHA-256 of a rendered document, hex-encoded: stored beside the file and checked before
/// every reprint.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
