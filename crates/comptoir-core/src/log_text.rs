//! A log file's bytes as text the redactor can read. Windows tools (PowerShell `>`, Event
//! Viewer exports, some mail clients) write UTF-16: read as bytes, every ASCII letter is
//! followed or preceded by a NUL, so `password=x` never matches and the secret goes out as it
//! is. UTF-16 is decoded (a byte-order mark, or without one, NUL in every other byte); other
//! data with NUL bytes is binary, never text.

/// Bytes looked at to guess UTF-16 without a byte-order mark.
const SAMPLE: usize = 64 * 1024;

/// The text of UTF-16 bytes (little or big endian, by byte-order mark or by where the NULs of
/// ASCII characters are), or `None` when the bytes are not UTF-16.
pub fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (body, little) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => {
            let sample = &bytes[..bytes.len().min(SAMPLE)];
            let pairs = sample.len() / 2;
            if pairs == 0 {
                return None;
            }
            let nul_at = |parity: usize| sample.chunks_exact(2).filter(|p| p[parity] == 0).count();
            let (even, odd) = (nul_at(0), nul_at(1));
            // Mostly ASCII: half the pairs or more have their NUL on the same side, and
            // almost none on the other.
            if odd * 2 >= pairs && even * 10 <= pairs {
                (bytes, true)
            } else if even * 2 >= pairs && odd * 10 <= pairs {
                (bytes, false)
            } else {
                return None;
            }
        }
    };
    let units = body.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// A log's text: UTF-16 decoded, UTF-8 as it is; `None` for binary data (NUL bytes that are
/// not UTF-16, or UTF-16 that decodes to control characters). Bytes that are neither are the caller's
/// choice (`Err` with them).
pub fn log_text(bytes: &[u8]) -> Option<Result<String, &[u8]>> {
    if let Some(t) = decode_utf16(bytes) {
        // Binary data can pass for UTF-16: text has no control characters but line breaks,
        // tabs and form feeds.
        let binary = t
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
        return (!binary).then_some(Ok(t));
    }
    if bytes.contains(&0) {
        return None;
    }
    Some(
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| bytes),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if little { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_with_or_without_a_mark_is_decoded() {
        let s = "2026-11-27 password=Tr0ub4dor3 für Zürich\r\n";
        for little in [true, false] {
            for bom in [true, false] {
                assert_eq!(
                    log_text(&utf16(s, little, bom)),
                    Some(Ok(s.to_owned())),
                    "little {little} bom {bom}"
                );
            }
        }
        // Plain ASCII and UTF-8 are no UTF-16.
        assert_eq!(decode_utf16(b"plain log line\n"), None);
        assert_eq!(log_text("Zürich".as_bytes()), Some(Ok("Zürich".to_owned())));
    }

    #[test]
    fn nul_bytes_that_are_not_utf16_are_binary() {
        assert_eq!(
            log_text(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff\x00\x00"),
            None
        );
        assert_eq!(log_text(b"abc\x00def ghi jkl mno"), None);
        assert_eq!(log_text(&[0u8, 159, 146, 150, 255]), None);
        // UTF-16 of NULs is binary too.
        assert_eq!(log_text(&utf16("ab\0\0\0\0", true, true)), None);
        assert_eq!(log_text(b"caf\xe9"), Some(Err(b"caf\xe9".as_slice())));
    }
}
