//! Reason codes of the support refusals people meet (`params.reason` of the error): the UI
//! says each in the reader's language (`refusal-<code>` in `locales/<lang>/ui.ftl`) with the
//! numbers as params (`max`, `given`, `min`), instead of the engine's English sentence beside
//! a field id.

use comptoir_core::Error;

/// Every support reason code (the UI's catalogue test reads this list).
pub const SUPPORT_REASONS: &[&str] = &[
    // A subject, description or error text over its limit (`max`, `given` characters).
    "support_too_long",
    // More attachments than a request carries (`max`).
    "support_too_many_attachments",
    // A file over the attachment size (`max_mb`).
    "support_attachment_too_large",
    // Neither text nor a PNG or JPEG image.
    "support_not_text_or_image",
    // A manual redaction shorter or longer than accepted (`min`, `max` characters).
    "support_manual_length",
    // A selection holding a redaction already made.
    "support_manual_in_redaction",
    // More manual redactions than a request keeps (`max`).
    "support_too_many_manual",
    // More restored redactions than a request keeps (`max`).
    "support_too_many_restores",
    // More edits on one screenshot than accepted (`max`).
    "support_too_many_edits",
    // The request changed since its preview was shown.
    "support_preview_changed",
];

/// Bad input in `field`, with its reason code; `message` stays for logs and tests.
pub fn refusal(field: &str, reason: &str, message: impl Into<String>) -> Error {
    debug_assert!(
        SUPPORT_REASONS.contains(&reason),
        "unlisted reason {reason}"
    );
    Error::invalid(field, message).with_param("reason", reason)
}
