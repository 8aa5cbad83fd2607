//! `unfilled-placeholder`: template slots left in: "[Name]", "{company}", "<NAME>", "XXX", "TODO".

use super::{Check, Rule};
use crate::etiquette::Span;

/// Lower-case words that name a slot in square or angle brackets: "[name]", "<company>".
const SLOT_WORDS: &[&str] = &[
    "name",
    "first name",
    "last name",
    "full name",
    "your name",
    "their name",
    "company",
    "company name",
    "role",
    "job title",
    "title",
    "position",
    "date",
    "link",
    "url",
    "location",
    "city",
    "school",
    "team",
    "industry",
    "field",
    "recipient",
    "contact",
    "mutual connection",
    "mutual friend",
    "event",
    "topic",
];

/// Longest bracketed text still taken for a slot; longer is an aside.
const LONGEST_SLOT: usize = 40;

pub struct UnfilledPlaceholder;

impl Rule for UnfilledPlaceholder {
    fn id(&self) -> &'static str {
        "unfilled-placeholder"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let text = check.doc.text;
        // Bracketed slots come out sorted and disjoint, so a binary search finds whether a
        // marker word sits inside one (a linear scan here made huge inputs quadratic).
        let slots: Vec<Span> = bracketed(text);
        let inside_slot = |span: &std::ops::Range<usize>| {
            let i = slots.partition_point(|s| s.end <= span.start);
            slots
                .get(i)
                .is_some_and(|s| s.start <= span.start && span.end <= s.end)
        };
        let mut found = slots.clone();
        for (i, token) in check.doc.tokens.iter().enumerate() {
            // Every marker starts with T, F or X; most words can be skipped on one byte.
            if !matches!(text.as_bytes()[token.span.start], b'T' | b'F' | b'X' | b'x') {
                continue;
            }
            let original = check.doc.original(i);
            let marker = matches!(original, "TODO" | "TBD" | "FIXME" | "XXX")
                || (original.len() >= 3
                    && original.chars().all(|c| c == 'x' || c == 'X')
                    && original.chars().any(|c| c == 'X'));
            if marker && !inside_slot(&token.span) {
                found.push(Span::new(token.span.start, token.span.end));
            }
        }
        found.sort_by_key(|s| s.start);
        for span in found {
            let slot = &text[span.start..span.end];
            check.report(span, format!("\"{slot}\" is a template slot left unfilled: put in the real detail before sending."), None);
        }
    }
}

/// `[Name]`, `{company}`, `{{first_name}}`, `<NAME>`: short, one line, with a letter, and not
/// a link (`[text](url)`), an address (`<a@b.com>`) or a heart (`<3`).
fn bracketed(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    // Start at the first bracket (three fast single-byte searches); most messages have none.
    let first = [text.find('['), text.find('{'), text.find('<')]
        .into_iter()
        .flatten()
        .min();
    let Some(mut i) = first else { return spans };
    while i < bytes.len() {
        let close = match bytes[i] {
            b'[' => b']',
            b'{' => b'}',
            b'<' => b'>',
            _ => {
                i += 1;
                continue;
            }
        };
        let open = bytes[i];
        let limit = (i + 1 + LONGEST_SLOT + 4).min(bytes.len());
        let Some(len) = bytes[i + 1..limit]
            .iter()
            .position(|&b| b == close || b == b'\n' || b == open)
        else {
            i += 1;
            continue;
        };
        let end = i + 1 + len;
        if bytes[end] != close {
            i += 1;
            continue;
        }
        let inner = &text[i + 1..end];
        let inner_trimmed = inner.trim_matches(|c| c == '{' || c == '}');
        // Braces are template syntax whatever is inside; square and angle brackets also hold
        // asides ("[finally]"), so they count when they read like a slot name.
        let slot_name = open == b'{'
            || inner_trimmed.starts_with(|c: char| c.is_uppercase())
            || inner_trimmed.contains('_')
            || SLOT_WORDS.contains(&inner_trimmed.trim().to_ascii_lowercase().as_str());
        let looks_like_slot = slot_name
            && inner_trimmed.chars().any(char::is_alphabetic)
            && inner_trimmed.len() <= LONGEST_SLOT
            && !inner.contains(['@', ':', '/', '.'])
            && !(open == b'[' && bytes.get(end + 1) == Some(&b'('));
        if looks_like_slot {
            // Take the doubled braces of "{{name}}" too.
            let (start, stop) = if open == b'{'
                && i > 0
                && bytes[i - 1] == b'{'
                && bytes.get(end + 1) == Some(&b'}')
            {
                (i - 1, end + 2)
            } else {
                (i, end + 1)
            };
            spans.push(Span::new(start, stop));
            i = stop;
        } else {
            i += 1;
        }
    }
    spans
}
