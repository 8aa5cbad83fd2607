//! `too-long`: a message body longer than the reader's time is worth.

use super::{Check, Rule};
use crate::etiquette::{Kind, Severity, Span};
use serde::{Deserialize, Serialize};

pub struct TooLong;

/// How many body words a message of one kind can use (the greeting and sign-off are free).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordBudget {
    /// Up to here the message reads at a glance; past it the rule gives a hint.
    pub comfortable: usize,
    /// Past here the rule warns.
    pub limit: usize,
}

/// The budget the `too-long` rule applies to `kind`.
pub fn word_budget(kind: Kind) -> WordBudget {
    let (comfortable, limit) = match kind {
        Kind::Request | Kind::CheckIn => (130, 150),
        Kind::ThankYou | Kind::Introduction => (170, 200),
    };
    WordBudget { comfortable, limit }
}

impl Rule for TooLong {
    fn id(&self) -> &'static str {
        "too-long"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let WordBudget {
            comfortable: hint,
            limit,
        } = word_budget(check.kind);
        let body = check.doc.body_tokens();
        let words = check.doc.body_word_count();
        if words <= hint {
            return;
        }
        // Highlight what runs past the comfortable length, so the writer sees what to cut:
        // from the token that starts word number `hint` or `limit`.
        let nth = if words > limit { limit } else { hint };
        let mut seen = 0;
        let from = body
            .clone()
            .find(|&i| {
                if i == body.start || check.doc.tokens[i].spaced {
                    seen += 1;
                }
                seen > nth
            })
            .unwrap_or(body.start);
        let span = Span::new(
            check.doc.tokens[from].span.start,
            check.doc.tokens[body.end - 1].span.end,
        );
        let kind = check.kind.label().to_ascii_lowercase();
        if words > limit {
            check.report(
                span,
                format!("At {words} words this {kind} is over the {limit} budget and asks a lot of a busy reader. The highlighted part runs past it: keep the ask and one line of context."),
                None,
            );
        } else {
            check.report_with_severity(
                Severity::Hint,
                span,
                format!("At {words} words this {kind} is within the {limit} budget but getting long; under {hint} reads at a glance."),
                None,
            );
        }
    }
}
