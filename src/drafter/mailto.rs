//! Builds the `mailto:` link that opens a draft in the user's mail program (RFC 6068).
//! Only the address text: it opens nothing and knows no recipient.

use serde::Serialize;

/// Some mail programs and browsers cut or refuse `mailto:` links much past this many
/// characters; past it, the UI should suggest copying the text instead.
pub const PRACTICAL_LIMIT: usize = 2000;

/// A `mailto:` link and whether the body fitted in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mailto {
    pub href: String,
    /// With the body the link would pass [`PRACTICAL_LIMIT`], so it carries the subject
    /// only: the UI should say to copy the message and paste it in.
    pub too_long: bool,
}

/// `mailto:?subject=…&body=…` with no recipient, so the user picks one in their mail program.
/// Line breaks become CRLF (`%0D%0A`), as RFC 6068 asks; everything but unreserved ASCII is
/// percent-encoded as UTF-8, so `&`, `#`, `?`, `%`, `+` and spaces survive the trip.
///
/// Past the limit the link carries the subject only. A body that long in bytes can only
/// grow when encoded, so it is not encoded at all: the editor builds this link on every
/// keystroke, and a long paste would otherwise be percent-encoded each time for nothing.
pub fn mailto(subject: &str, body: &str) -> Mailto {
    let subject_only = format!("mailto:?subject={}", encode(&one_line(subject)));
    if body.len() > PRACTICAL_LIMIT {
        return Mailto {
            href: subject_only,
            too_long: true,
        };
    }
    let href = format!("{subject_only}&body={}", encode(&crlf(body)));
    if href.len() > PRACTICAL_LIMIT {
        return Mailto {
            href: subject_only,
            too_long: true,
        };
    }
    Mailto {
        href,
        too_long: false,
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
    fn too_long_past_the_practical_limit_and_then_the_subject_only() {
        assert!(!mailto("s", &"a".repeat(1900)).too_long);
        let long = mailto("Hi there", &"a".repeat(2000));
        assert!(long.too_long);
        assert_eq!(long.href, "mailto:?subject=Hi%20there");
        // Non-ASCII costs three times its characters once encoded.
        assert!(mailto("s", &"é".repeat(400)).too_long);
        assert!(mailto("s", &"é".repeat(1_000_000)).too_long);
    }
}
