//! The JSON shapes the CLI prints: a lint report with flat byte offsets, and the catalogue.

use crate::etiquette::{Diagnostic, Fix, Report, RULES};
use serde::Serialize;

#[derive(Serialize)]
struct JsonReport<'a> {
    kind: &'static str,
    words: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'static str,
    severity: &'static str,
    start: usize,
    end: usize,
    message: &'a str,
    fix: Option<&'a Fix>,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        JsonDiagnostic {
            rule: d.rule,
            severity: d.severity.as_str(),
            start: d.span.start,
            end: d.span.end,
            message: &d.message,
            fix: d.fix.as_ref(),
        }
    }
}

/// `{"kind": ..., "words": N, "diagnostics": [...]}`, one line.
pub fn report(report: &Report) -> String {
    let json = JsonReport {
        kind: report.kind.as_str(),
        words: report.words,
        diagnostics: report
            .diagnostics
            .iter()
            .map(JsonDiagnostic::from)
            .collect(),
    };
    serde_json::to_string(&json).expect("a report always serialises")
}

/// The rule catalogue as a pretty JSON array.
pub fn catalogue() -> String {
    serde_json::to_string_pretty(RULES).expect("the catalogue always serialises")
}
