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
            if !has_link(check.doc.text)
                && !has_link_slot(check)
                && !encloses(check, hit.tokens.clone())
            {
                check.report_phrase(hit, spec);
            }
        }
    }
}

/// Does the message send the thing with it ("the enclosed article", "I've attached the
/// report")? A letter or an attachment gives it with no link to paste; not when the promise
/// itself is of a link ("I've attached our deck and here's a link to the demo").
fn encloses(check: &Check<'_, '_>, promise: std::ops::Range<usize>) -> bool {
    let doc = check.doc;
    let of_a_link = promise
        .clone()
        .any(|i| matches!(doc.word(i), "link" | "links" | "url"));
    !of_a_link
        && (0..doc.tokens.len()).any(|i| {
            matches!(
                doc.word(i),
                "enclosed" | "enclose" | "enclosing" | "attached" | "attach" | "attaching"
            )
        })
}

/// Does the message hold a slot for the link ("Here is the survey: INSERT LINK HERE", "my
/// notes: [link]")? The promise points at it.
fn has_link_slot(check: &Check<'_, '_>) -> bool {
    let doc = check.doc;
    (0..doc.tokens.len())
        .any(|i| matches!(doc.word(i), "link" | "links" | "url" | "address") && in_slot(check, i))
}

/// Is token `i` part of a slot the template left for the link ("[link]", "{{ survey link
/// }}", "INSERT LINK HERE")? Then the message is unfinished, which `unfilled-placeholder`
/// says; a second finding for the same words would only repeat it.
fn in_slot(check: &Check<'_, '_>, i: usize) -> bool {
    let doc = check.doc;
    let token = &doc.tokens[i];
    let line_start = doc.text[..token.span.start]
        .rfind('\n')
        .map_or(0, |n| n + 1);
    let before = &doc.text[line_start..token.span.start];
    let open = before.rfind(['[', '{', '<']);
    let close = before.rfind([']', '}', '>']);
    let bracketed = open.is_some_and(|o| close.is_none_or(|c| c < o));
    let caps_run = token.all_caps
        && (i > 0 && doc.tokens[i - 1].all_caps
            || doc.tokens.get(i + 1).is_some_and(|t| t.all_caps));
    bracketed || caps_run
}

/// An address: "https://...", "www.", "example.com/post", "bit.ly/x". A slot such as
/// "[link]" is not one.
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
