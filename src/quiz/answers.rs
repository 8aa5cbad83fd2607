//! A person's answers and the check that they are complete and in range before anything is
//! scored. Used by the CLI and the app alike, so both refuse the same things.

use super::items::{item, ITEMS};
use std::collections::BTreeMap;
use std::fmt;

/// Answers keyed by item id (`"give-03"`). A scale item's answer is 1..=5 (1 is the scale's
/// first label); a scenario's is the chosen option's score.
pub type Answers = BTreeMap<String, u8>;

/// Why a set of answers can't be scored. Every list is sorted, and all problems are listed,
/// not just the first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerError {
    /// Items with no answer.
    pub missing: Vec<String>,
    /// Answers to items the quiz doesn't have.
    pub unknown: Vec<String>,
    /// Items whose answer is not one they accept.
    pub out_of_range: Vec<String>,
}

impl fmt::Display for AnswerError {
    /// One line, e.g. `missing answers for give-02, give-03; out of range: ask-01 (...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if !self.missing.is_empty() {
            parts.push(format!("missing answers for {}", self.missing.join(", ")));
        }
        if !self.unknown.is_empty() {
            parts.push(format!("unknown items {}", self.unknown.join(", ")));
        }
        if !self.out_of_range.is_empty() {
            parts.push(format!(
                "out of range: {} (answers are 1 to 5; a scenario takes one of its options' scores)",
                self.out_of_range.join(", ")
            ));
        }
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for AnswerError {}

/// Checks that `answers` holds exactly one acceptable answer for every item.
pub fn validate(answers: &Answers) -> Result<(), AnswerError> {
    let mut error = AnswerError::default();
    for i in ITEMS {
        if !answers.contains_key(i.id) {
            error.missing.push(i.id.to_string());
        }
    }
    // BTreeMap iterates in key order, so `unknown` and `out_of_range` come out sorted.
    for (id, &answer) in answers {
        match item(id) {
            None => error.unknown.push(id.clone()),
            Some(i) if !i.accepts(answer) => error.out_of_range.push(id.clone()),
            Some(_) => {}
        }
    }
    error.missing.sort();
    if error == AnswerError::default() {
        Ok(())
    } else {
        Err(error)
    }
}
