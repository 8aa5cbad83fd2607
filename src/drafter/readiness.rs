//! The readiness summary beside the editor: errors, length against the kind's budget, and
//! a short checklist. Each item reads the checker's findings where a rule covers it, and the
//! form answers where none does; it must not grow heuristics of its own.

use super::form::{answer, fields, Input};
use super::Answers;
use crate::etiquette::{rule_words, word_budget, Kind, Report, Severity, WordBudget};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Is the draft ready to send, and what is still worth a look?
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    /// Body words, as the `too-long` rule counts them.
    pub words: usize,
    pub budget: WordBudget,
    /// No errors, within the budget's limit, and (for a check-in) no favour tucked in: a
    /// check-in that asks is a request in disguise. Otherwise the checklist advises; it
    /// does not block.
    pub ready: bool,
    /// Why it is not ready, the first reason that holds; `None` when ready.
    pub held_by: Option<HeldBy>,
    pub checklist: Vec<CheckItem>,
}

/// What keeps a draft from "Ready to send".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeldBy {
    Errors,
    TooLong,
    /// A check-in that asks for a favour (`ask-in-check-in`).
    AskInCheckIn,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckItem {
    /// Stable id, e.g. `easy-out`.
    pub id: Cow<'static, str>,
    pub label: Cow<'static, str>,
    pub done: bool,
    /// One line: why it is ticked, or what would tick it.
    pub reason: Cow<'static, str>,
}

/// The summary for `text`, a draft of `kind`. `report` is its report with ignored findings
/// already removed (an ignored finding counts as dealt with); `answers` are the form's.
pub fn readiness(kind: Kind, text: &str, report: &Report, answers: &Answers) -> Readiness {
    let count = |s: Severity| report.count(s);
    let errors = count(Severity::Error);
    let budget = word_budget(kind);
    let held_by = if errors > 0 {
        Some(HeldBy::Errors)
    } else if report.words > budget.limit {
        Some(HeldBy::TooLong)
    } else if report
        .diagnostics
        .iter()
        .any(|d| d.rule == "ask-in-check-in")
    {
        Some(HeldBy::AskInCheckIn)
    } else {
        None
    };
    Readiness {
        errors,
        warnings: count(Severity::Warning),
        hints: count(Severity::Hint),
        words: report.words,
        budget,
        ready: held_by.is_none(),
        held_by,
        checklist: checklist(kind, text, report, answers),
    }
}

fn checklist(kind: Kind, text: &str, report: &Report, answers: &Answers) -> Vec<CheckItem> {
    let quiet = |rules: &[&str]| !report.diagnostics.iter().any(|d| rules.contains(&d.rule));
    let item =
        |id: &'static str, label: &'static str, done: bool, yes: &'static str, no| CheckItem {
            id: id.into(),
            label: label.into(),
            done,
            reason: if done { yes } else { no }.into(),
        };
    match kind {
        Kind::Request => {
            let mut items = vec![
                item(
                    "specific-ask",
                    "A specific ask",
                    quiet(&["vague-ask"]) && report.reading.asks_something,
                    "One concrete thing they can say yes to.",
                    "The ask is vague or missing: name the one thing you want.",
                ),
                item(
                    "time-bound",
                    "A time bound",
                    quiet(&["unbounded-time"]),
                    "Nothing asked for is open-ended in time.",
                    "Say how long the call or meeting would take.",
                ),
                item(
                    "easy-out",
                    "An easy out",
                    quiet(&["no-easy-out"]),
                    "They can say no without awkwardness.",
                    "Add a line that makes it easy to decline.",
                ),
                item(
                    "offer",
                    "An offer back",
                    quiet(&["no-give"]),
                    "You offer something in return.",
                    "Offer something back, however small.",
                ),
            ];
            if answer(answers, "tie") == "introduced" {
                items.push(item(
                    "introducer",
                    "Credit to the introducer",
                    quiet(&["introducer-not-credited", "no-loop-closing"]),
                    "You name who introduced you and promise to tell them how it went.",
                    "Name who introduced you, and say you'll let them know how it goes.",
                ));
            }
            items
        }
        Kind::ThankYou => vec![
            item(
                "thanks",
                "Thanks",
                quiet(&["missing-thanks"]),
                "You say thank you.",
                "Say thank you in so many words.",
            ),
            item(
                "specifics",
                "Specifics",
                quiet(&["missing-thanks", "generic-thanks"]) && report.reading.thanks_are_specific,
                "You name what they did.",
                "Name exactly what they did for you.",
            ),
            item(
                "loop-closed",
                "Loop closed",
                quiet(&["no-loop-closing"]),
                // Quiet when the loop is closed, and when the help has no outcome to
                // report (a gift, a kind word): the reason must be true of both.
                "Nothing left open: you say what came of it, or there is nothing to report.",
                "Say what happened since, or that you'll report back.",
            ),
        ],
        Kind::Introduction => vec![
            // No rule reads an introduction for these; the form answers say.
            item(
                "why",
                "Why they should meet",
                !answer(answers, "why").is_empty(),
                "You say why these two should talk.",
                "Say why these two should meet.",
            ),
            item(
                "consent",
                "Both agreed",
                checked(kind, answers, "consent"),
                "Both said yes to being introduced.",
                "Ask both of them before you introduce them.",
            ),
            item(
                "easy-out",
                "An easy out",
                says_any(
                    text,
                    rule_words("no-easy-out").map_or(&[], |r| r.satisfied_by),
                ),
                "Either of them can let it go without awkwardness.",
                "Add a line that lets either of them pass.",
            ),
        ],
        Kind::CheckIn => vec![
            item(
                "no-ask",
                "No ask",
                quiet(&["ask-in-check-in"]),
                "It asks nothing of them.",
                "A check-in gives; move the ask to a message of its own.",
            ),
            item(
                "for-them",
                "Something for them",
                occasion_filled(kind, answers) || report.reading.brings_something,
                "It brings them something: good wishes, news, a read.",
                "Say what this is for: their news, something to read, a greeting.",
            ),
        ],
    }
}

fn checked(kind: Kind, answers: &Answers, id: &str) -> bool {
    fields(kind)
        .iter()
        .any(|f| f.id == id && f.input == Input::Checkbox && f.is_answered(answers))
}

/// The chosen occasion and the detail the form asks for with it are both answered.
fn occasion_filled(kind: Kind, answers: &Answers) -> bool {
    let chosen = answer(answers, "occasion");
    let fields = fields(kind);
    fields
        .iter()
        .any(|f| f.id == "occasion" && f.is_answered(answers))
        && fields
            .iter()
            .filter(|f| f.required && f.shown_when == Some(("occasion", chosen)))
            .all(|f| f.is_answered(answers))
}

/// Does `text` say one of a rule's phrases? Words compared lower-case, `*` is any one word,
/// as in `content/rules/`.
fn says_any(text: &str, patterns: &[&str]) -> bool {
    let text = text.replace('\u{2019}', "'").to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect();
    patterns.iter().any(|pattern| {
        let pattern: Vec<&str> = pattern.split_whitespace().collect();
        !pattern.is_empty()
            && words.windows(pattern.len()).any(|window| {
                window
                    .iter()
                    .zip(&pattern)
                    .all(|(w, p)| *p == "*" || w == p)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::says_any;

    #[test]
    fn rule_phrases_match_whole_words_with_wildcards() {
        assert!(says_any("No worries at ALL if not.", &["no worries"]));
        assert!(says_any("I'll keep Dana posted.", &["keep * posted"]));
        assert!(says_any(
            "If the timing doesn’t work",
            &["if the timing doesn't"]
        ));
        assert!(!says_any("Uno worries", &["no worries"]));
    }
}
