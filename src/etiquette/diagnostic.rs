//! What the checker reports: a rule id, a severity, a span, a message and maybe a fix.

use serde::{Deserialize, Serialize};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// Converts many spans to UTF-16 offsets in one pass over `text` (the browser needs every
/// finding's offsets on each keystroke; one conversion each would be quadratic).
pub fn utf16_spans(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut points: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    points.sort_unstable();
    points.dedup();
    let mut table = Vec::with_capacity(points.len());
    let (mut byte, mut units) = (0usize, 0usize);
    for &point in &points {
        let point = point.min(text.len());
        units += utf16_len(&text[byte..point]);
        byte = point;
        table.push(units);
    }
    let at = |offset: usize| {
        table[points
            .binary_search(&offset)
            .expect("every offset is in the table")]
    };
    spans.iter().map(|s| (at(s.start), at(s.end))).collect()
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// A suggested edit. Offsets are bytes into the linted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The rule's stable id, e.g. `vague-ask`. Read back (from the checker's worker) only
    /// as the id of a rule in the catalogue.
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    /// Specific to this occurrence: names the words and what to do instead.
    pub message: String,
    pub fix: Option<Fix>,
}

/// A finding as JSON has it: read back through the catalogue, so its rule is the
/// catalogue's own `&'static str` and an unknown id is an error.
#[derive(Deserialize)]
struct ReadDiagnostic {
    rule: String,
    severity: Severity,
    span: Span,
    message: String,
    fix: Option<Fix>,
}

impl<'de> Deserialize<'de> for Diagnostic {
    fn deserialize<D: serde::Deserializer<'de>>(from: D) -> Result<Self, D::Error> {
        let d = ReadDiagnostic::deserialize(from)?;
        let rule = super::rule(&d.rule)
            .map(|meta| meta.id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown rule {:?}", d.rule)))?;
        Ok(Diagnostic {
            rule,
            severity: d.severity,
            span: d.span,
            message: d.message,
            fix: d.fix,
        })
    }
}
