//! `goodwill draft <kind>`: form answers as JSON in, a first draft as JSON out. Reads and
//! checks the input; the drafting itself is [`crate::drafter`]'s.

use crate::drafter::{self, Answers, CHECKED};
use crate::etiquette::Kind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftInput {
    answers: BTreeMap<String, Value>,
}

/// An answer: text, or `true`/`false` for a checkbox.
#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    Text(String),
    Ticked(bool),
}

#[derive(Serialize)]
struct DraftOutput<'a> {
    subject: &'a str,
    body: &'a str,
    missing: Vec<&'static str>,
}

/// `{"subject", "body", "missing"}` on one line for `{"answers": {...}}` in `json`.
pub fn run(kind: Kind, json: &str, origin: &str) -> Result<String, String> {
    let input: DraftInput = serde_json::from_str(json).map_err(|e| {
        format!("{origin} is not a draft request: {e}; expected {{\"answers\": {{\"field\": \"value\", ...}}}}")
    })?;
    let answers: Answers = input
        .answers
        .into_iter()
        .map(|(id, value)| {
            let value = match value {
                Value::Text(text) => text,
                Value::Ticked(true) => CHECKED.to_string(),
                Value::Ticked(false) => String::new(),
            };
            (id, value)
        })
        .collect();
    drafter::validate(kind, &answers)?;
    let draft = drafter::compose(kind, &answers);
    let output = DraftOutput {
        subject: &draft.subject,
        body: &draft.body,
        missing: drafter::missing(kind, &answers),
    };
    Ok(serde_json::to_string(&output).expect("a draft always serialises") + "\n")
}
