//! Builds the `mailto:` link that opens a draft in the user's mail program (RFC 6068).
//! Only the address text: it opens nothing and knows no recipient.

use serde::Serialize;

/// Some mail programs and browsers cut or refuse `mailto:` links much past this many
/// characters; past it, the UI should suggest copying the text instead.
pub const PRACTICAL_LIMIT: usize = 2000;

/// A `mailto:` link and whether it is likely too long to open reliably.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mailto {
    pub href: String,
    /// The link is longer than [`PRACTICAL_LIMIT`]: offer "copy" instead.
    pub too_long: bool,
}

/// `mailto:?subject=…&body=…` with no recipient, so the user picks one in their mail program.
/// Line breaks become CRLF (`%0D%0A`), as RFC 6068 asks; everything but unreserved ASCII is
/// percent-encoded as UTF-8, so `&`, `#`, `?`, `%`, `+` and spaces survive the trip.
pub fn mailto(subject: &str, body: &str) -> Mailto {
    let href = format!(
        "mailto:?subject={}&body={}",
        encode(&one_line(subject)),
        encode(&crlf(body))
    );
    Mailto {
        too_long: href.len() > PRACTICAL_LIMIT,
        href,
    }
}

/// A subject is one line: any line breaks become spaces.
fn one_line(subject: &str) -> String {
    subject.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every line break (`\n`, `\r\n` or a lone `\r`) as `\r\n`.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_line_breaks() {
        assert_eq!(
            mailto("Hi there", "a b\nc\r\nd\re").href,
            "mailto:?subject=Hi%20there&body=a%20b%0D%0Ac%0D%0Ad%0D%0Ae"
        );
    }

    #[test]
    fn reserved_characters_are_escaped() {
        assert_eq!(encode("&#?%+=/:@"), "%26%23%3F%25%2B%3D%2F%3A%40");
    }

    #[test]
    fn non_ascii_is_utf8_percent_encoded() {
        assert_eq!(encode("é’😀"), "%C3%A9%E2%80%99%F0%9F%98%80");
    }

    #[test]
    fn unreserved_characters_stay() {
        assert_eq!(encode("Az09-._~"), "Az09-._~");
    }

    #[test]
    fn a_subject_is_one_line() {
        assert_eq!(mailto("a\nb", "").href, "mailto:?subject=a%20b&body=");
    }

    #[test]
    fn too_long_past_the_practical_limit() {
        assert!(!mailto("s", &"a".repeat(1900)).too_long);
        assert!(mailto("s", &"a".repeat(2000)).too_long);
        // Non-ASCII costs three times its characters once encoded.
        assert!(mailto("s", &"é".repeat(400)).too_long);
    }
}
