//! "Ignore here": silences one finding in one draft, anchored to its words and a little
//! context so it survives edits elsewhere in the text. Stores nothing itself; the caller
//! keeps the [`Ignored`] list with the draft.

use crate::etiquette::{rule_words, Diagnostic, Report};
use serde::{Deserialize, Serialize};

/// How much context, in bytes (cut back to a char boundary), is kept on each side.
const CONTEXT: usize = 24;

/// Rules that can report something missing from the whole message ("no easy out", "too
/// long"): such a finding has no words of its own, so ignoring it means "not for this draft".
/// A rule listed here can also flag a phrase ("pick your brain"); those findings are told
/// apart by their message, which is the phrase's own (see [`is_phrase_finding`]).
const ABOUT_THE_WHOLE_MESSAGE: &[&str] = &[
    "generic-greeting",
    "introducer-not-credited",
    "me-first",
    "missing-thanks",
    "no-easy-out",
    "no-give",
    "no-loop-closing",
    "too-long",
    "vague-ask",
];

/// One silenced finding: its rule, the exact words flagged, and the text around them.
/// A finding about the whole message has an empty `quote` and context.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ignored {
    pub rule: String,
    pub quote: String,
    pub before: String,
    pub after: String,
}

impl Ignored {
    /// Anchors `diagnostic`, a finding in `text`, so it can be found again after edits.
    pub fn new(diagnostic: &Diagnostic, text: &str) -> Ignored {
        Ignored::anchor(diagnostic, text, about_the_whole_message(diagnostic, text))
    }

    /// [`Ignored::new`] when whether the finding is about the whole message is already
    /// known ([`about_the_whole_message`], which reads the rules' phrase lists: the checker's
    /// worker answers it, so the page never links them).
    pub fn anchor(diagnostic: &Diagnostic, text: &str, whole: bool) -> Ignored {
        let rule = diagnostic.rule.to_string();
        if whole {
            return Ignored {
                rule,
                quote: String::new(),
                before: String::new(),
                after: String::new(),
            };
        }
        let (start, end) = clamp(diagnostic, text);
        Ignored {
            rule,
            quote: text[start..end].to_string(),
            // Cut inwards, so a side never exceeds CONTEXT bytes.
            before: text[ceil(text, start.saturating_sub(CONTEXT))..start].to_string(),
            after: text[end..floor(text, end + CONTEXT)].to_string(),
        }
    }

    /// Is this about the whole message rather than some words?
    pub fn is_whole_message(&self) -> bool {
        self.quote.is_empty()
    }
}

/// `report` without the findings `ignored` silences. `text` must be the linted text.
///
/// Each entry silences at most one finding: of the findings with its rule and exactly its
/// words, the one whose surroundings match best, and only if at least one side of the
/// context still matches. So typing elsewhere keeps it silenced, and writing the same
/// words again somewhere else neither wakes it nor silences the new ones.
pub fn without_ignored(report: &Report, text: &str, ignored: &[Ignored]) -> Report {
    let mut silenced = vec![false; report.diagnostics.len()];
    for entry in ignored {
        let best = report
            .diagnostics
            .iter()
            .enumerate()
            .filter(|(i, d)| !silenced[*i] && d.rule == entry.rule)
            .filter_map(|(i, d)| score(entry, d, text).map(|s| (s, i)))
            // Best score wins; on a tie, the earliest finding.
            .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)));
        if let Some((_, i)) = best {
            silenced[i] = true;
        }
    }
    Report {
        kind: report.kind,
        words: report.words,
        reading: report.reading,
        diagnostics: report
            .diagnostics
            .iter()
            .zip(silenced)
            .filter(|(_, s)| !s)
            .map(|(d, _)| d.clone())
            .collect(),
    }
}

/// How well `entry` fits `diagnostic`, or `None` when it does not: the quote must be
/// exact and one side of context intact; more context in common scores higher.
fn score(entry: &Ignored, diagnostic: &Diagnostic, text: &str) -> Option<usize> {
    let whole = about_the_whole_message(diagnostic, text);
    if entry.is_whole_message() || whole {
        return (entry.is_whole_message() && whole).then_some(0);
    }
    let (start, end) = clamp(diagnostic, text);
    if text[start..end] != entry.quote {
        return None;
    }
    let (left, right) = (&text[..start], &text[end..]);
    // An empty side only matches a message edge: otherwise it would match anywhere.
    let before_ok = if entry.before.is_empty() {
        left.is_empty()
    } else {
        left.ends_with(&entry.before)
    };
    let after_ok = if entry.after.is_empty() {
        right.is_empty()
    } else {
        right.starts_with(&entry.after)
    };
    if !before_ok && !after_ok {
        return None;
    }
    let shared_before = common_suffix(left, &entry.before);
    let shared_after = common_prefix(right, &entry.after);
    Some(
        usize::from(before_ok) * 1000 + usize::from(after_ok) * 1000 + shared_before + shared_after,
    )
}

/// A finding about something missing (or about the message as a whole) rather than words
/// the writer can point at.
pub fn about_the_whole_message(diagnostic: &Diagnostic, text: &str) -> bool {
    diagnostic.span.start >= diagnostic.span.end
        || (ABOUT_THE_WHOLE_MESSAGE.contains(&diagnostic.rule)
            && !is_phrase_finding(diagnostic, text))
}

/// Did a `[[phrase]]` of the rule produce this finding? Its message is then the phrase's
/// message with the flagged words put in.
fn is_phrase_finding(diagnostic: &Diagnostic, text: &str) -> bool {
    let (start, end) = clamp(diagnostic, text);
    let words = &text[start..end];
    rule_words(diagnostic.rule).is_some_and(|lists| {
        lists
            .phrases
            .iter()
            .any(|p| p.message.trim().replace("{}", words) == diagnostic.message)
    })
}

/// The diagnostic's span, kept inside `text` and on char boundaries.
fn clamp(diagnostic: &Diagnostic, text: &str) -> (usize, usize) {
    let start = floor(text, diagnostic.span.start.min(text.len()));
    let end = ceil(text, diagnostic.span.end.clamp(start, text.len()));
    (start, end)
}

fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}
