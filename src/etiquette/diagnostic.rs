//! What the checker reports: a rule id, a severity, a span, a message and maybe a fix.

use serde::Serialize;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The message will likely fail or offend: fix before sending.
    Error,
    /// Weakens the message.
    Warning,
    /// Worth a look.
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// A byte range into the UTF-8 text; always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The same range in UTF-16 code units, as browser text areas count
    /// (`selectionStart`, `setSelectionRange`). `text` must be the text that was linted.
    pub fn to_utf16(self, text: &str) -> (usize, usize) {
        let start = utf16_len(&text[..self.start.min(text.len())]);
        let end = start + utf16_len(&text[self.start.min(text.len())..self.end.min(text.len())]);
        (start, end)
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// A suggested edit. Offsets are bytes into the linted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "lowercase")]
pub enum Fix {
    /// Replace `start..end` with `text`.
    Replace {
        start: usize,
        end: usize,
        text: String,
    },
    /// Insert `text` at `at`.
    Insert { at: usize, text: String },
    /// Delete `start..end`.
    Remove { start: usize, end: usize },
}

impl Fix {
    /// `text` with this fix applied.
    pub fn apply(&self, text: &str) -> String {
        match self {
            Fix::Replace {
                start,
                end,
                text: with,
            } => format!("{}{}{}", &text[..*start], with, &text[*end..]),
            Fix::Insert { at, text: with } => format!("{}{}{}", &text[..*at], with, &text[*at..]),
            Fix::Remove { start, end } => format!("{}{}", &text[..*start], &text[*end..]),
        }
    }

    /// A short label for a button: "Replace with “15-minute call”".
    pub fn label(&self) -> String {
        match self {
            Fix::Replace { text, .. } => format!("Replace with “{}”", text.trim()),
            Fix::Insert { text, .. } => format!("Add “{}”", text.trim()),
            Fix::Remove { .. } => "Remove it".to_string(),
        }
    }
}

/// One finding: where a message breaks one rule, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The rule's stable id, e.g. `vague-ask`.
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    /// Specific to this occurrence: names the words and what to do instead.
    pub message: String,
    pub fix: Option<Fix>,
}
