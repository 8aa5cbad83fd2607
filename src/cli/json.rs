//! The JSON shapes the CLI prints: a lint report with flat byte offsets, the catalogue, and
//! the quiz's items and answers.

use crate::etiquette::{Diagnostic, Fix, Report, RULES};
use crate::quiz::{Answers, Choices, Keyed, ScenarioOption, ITEMS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

#[derive(Serialize)]
struct JsonItem {
    id: &'static str,
    habit: &'static str,
    text: &'static str,
    keyed: Keyed,
    /// Only for scenarios: the responses, whose `score` is the answer to give.
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<&'static [ScenarioOption]>,
}

/// `[{"id", "habit", "text", "keyed": "+"|"-"}]` in asking order, pretty; scenarios also
/// carry their `options`.
pub fn quiz_items() -> String {
    let items: Vec<JsonItem> = ITEMS
        .iter()
        .map(|i| JsonItem {
            id: i.id,
            habit: i.habit,
            text: i.text,
            keyed: i.keyed,
            options: match i.choices {
                Choices::Scale(_) => None,
                Choices::Scenario(options) => Some(options),
            },
        })
        .collect();
    serde_json::to_string_pretty(&items).expect("the items always serialise")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    answers: BTreeMap<String, serde_json::Value>,
}

/// Reads `{"answers": {"<item id>": 1..5}}`. A value that is not a whole number from 0 to
/// 255 (`-1`, `2.5`, `"3"`, `null`) becomes 0, so validation names it as out of range
/// along with every other bad answer instead of stopping at the first.
pub fn quiz_answers(bytes: &[u8]) -> Result<Answers, serde_json::Error> {
    let file: AnswersFile = serde_json::from_slice(bytes)?;
    Ok(file
        .answers
        .into_iter()
        .map(|(id, value)| {
            let answer = value
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .unwrap_or(0);
            (id, answer)
        })
        .collect())
}
