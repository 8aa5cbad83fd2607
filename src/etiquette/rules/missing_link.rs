//! `missing-link`: the writer says they are sharing something by link, but no address is
//! in the message. A link slot left for later ("[link]") is `unfilled-placeholder`'s.

use super::{Check, Rule};

pub struct MissingLink;

impl Rule for MissingLink {
    fn id(&self) -> &'static str {
        "missing-link"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        if has_link(check.doc.text) {
            return;
        }
        let first = check.phrase_hits().next();
        if let Some((hit, spec)) = first {
            check.report_phrase(hit, spec);
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
        let lower = word.to_ascii_lowercase();
        let looks_like_domain = !lower.contains('@')
            && ENDINGS
                .iter()
                .any(|e| lower.ends_with(e) || lower.contains(&format!("{e}/")));
        looks_like_domain
    })
}
