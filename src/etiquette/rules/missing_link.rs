//! `missing-link`: the writer says they are sharing something by link, but no address is
//! in the message. A link slot left for later ("[link]") is `unfilled-placeholder`'s.

use super::{Check, Rule};

pub struct MissingLink;

impl Rule for MissingLink {
    fn id(&self) -> &'static str {
        "missing-link"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // The phrase first: most messages promise no link, and then the text is not scanned.
        let first = check.phrase_hits().next();
        if let Some((hit, spec)) = first {
            if !has_link(check.doc.text) {
                check.report_phrase(hit, spec);
            }
        }
    }
}

/// An address: "https://...", "www.", "example.com/post", "bit.ly/x". A slot such as
/// "[link]" is not one (unfilled-placeholder reports it as well).
pub(crate) fn has_link(text: &str) -> bool {
    if text.contains("://") || text.contains("www.") {
        return true;
    }
    const ENDINGS: &[&str] = &[
        ".com", ".org", ".net", ".io", ".co", ".edu", ".gov", ".dev", ".app", ".ly", ".uk", ".ai",
        ".me", ".info", ".be", ".gl",
    ];
    text.split_whitespace().any(|word| {
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '/');
        if word.contains('@') {
            return false;
        }
        // The host is what comes before the first slash: "bit.ly/x", "example.com".
        let host = word.split('/').next().unwrap_or_default().as_bytes();
        ENDINGS.iter().any(|e| {
            host.len() > e.len() && host[host.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
        })
    })
}
