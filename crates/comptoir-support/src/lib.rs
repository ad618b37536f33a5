//! Support requests (SUP-5): the redactor every text passes through before it leaves, and the
//! bundle (.zip) that carries the request, its attachments and a SHA-256 manifest.
//!
//! Pure: text in, text out; the bundle writer writes the one file it is given. Drafts and
//! attachments are kept by `comptoir-store`.

pub mod bundle;
pub mod reasons;
pub mod redact;

pub use redact::{
    find, redact, redact_with, Finding, Markers, Redacted, RedactionChoices, RedactionKind,
    Segment, Span,
};
