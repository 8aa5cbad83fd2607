//! What the editor and the checker's Web Worker say to each other: a draft to check, as
//! JSON, and what the editor shows for it, as JSON. Plain Rust, so the round trip is tested
//! natively; the worker (`src/bin/checker.rs`) only moves these strings.

use super::{about_the_whole_message, check, Answers, Ignored, Readiness};
use crate::etiquette::{Diagnostic, Kind};
use serde::{Deserialize, Serialize};

/// One draft to check, numbered so the editor can tell the answer to its latest request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRequest {
    pub id: u64,
    pub kind: Kind,
    pub text: String,
    pub answers: Answers,
    pub ignored: Vec<Ignored>,
    /// Rules the user switched off.
    pub off: Vec<String>,
}

/// What the editor shows for one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReply {
    /// The request's `id`.
    pub id: u64,
    /// The findings left after ignores and switched-off rules.
    pub diagnostics: Vec<Diagnostic>,
    pub readiness: Readiness,
    /// For each finding, whether it is about the whole message rather than some words, as
    /// an Ignore of it is anchored ([`Ignored::anchor`]): telling reads the rules' phrase
    /// lists, which only the worker holds. A flag, not the anchor itself, so a long draft's
    /// answer stays small.
    pub whole: Vec<bool>,
}

/// Checks one request as the editor needs it.
pub fn answer(request: &CheckRequest) -> CheckReply {
    let off: Vec<&str> = request.off.iter().map(String::as_str).collect();
    let checked = check(
        request.kind,
        &request.text,
        &request.answers,
        &request.ignored,
        &off,
    );
    let whole = checked
        .report
        .diagnostics
        .iter()
        .map(|d| about_the_whole_message(d, &request.text))
        .collect();
    CheckReply {
        id: request.id,
        diagnostics: checked.report.diagnostics,
        readiness: checked.readiness,
        whole,
    }
}

/// The worker's whole job: a request as JSON in, the reply as JSON out. A message that is
/// not a request gets `{"error": …}`, so the editor can say the checker failed.
pub fn answer_json(request: &str) -> String {
    match serde_json::from_str::<CheckRequest>(request) {
        Ok(request) => serde_json::to_string(&answer(&request)).expect("a reply always serialises"),
        Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
    }
}

/// Reads the worker's answer: the reply, or why there is none.
pub fn read_reply(json: &str) -> Result<CheckReply, String> {
    serde_json::from_str::<CheckReply>(json).map_err(|e| {
        serde_json::from_str::<serde_json::Value>(json)
            .ok()
            .and_then(|v| v.get("error").and_then(|m| m.as_str()).map(str::to_string))
            .unwrap_or_else(|| e.to_string())
    })
}
