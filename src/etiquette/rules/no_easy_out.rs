//! `no-easy-out`: a request that gives the reader no graceful way to decline.

use super::{Check, Rule};
use crate::etiquette::text::Document;
use crate::etiquette::Fix;

/// Words that, in an "if" clause, make room for a no: "if your plate is full", "if it's not
/// convenient", "if the timing's bad".
const DECLINE_CUES: &[&str] = &[
    "busy",
    "swamped",
    "hectic",
    "full",
    "awkward",
    "bad",
    "inconvenient",
    "stretched",
    "slammed",
    "rather",
    "prefer",
    "not",
    "can't",
    "cannot",
    "won't",
    "isn't",
    "doesn't",
    "don't",
    "much",
    "overloaded",
    "tight",
];

pub struct NoEasyOut;

impl Rule for NoEasyOut {
    fn id(&self) -> &'static str {
        "no-easy-out"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let Some(&first_ask) = check.asks.first() else {
            return;
        };
        if check.satisfied() || offers_a_way_out(check.doc) {
            return;
        }
        let ask = &check.doc.sentences[first_ask];
        let span = check.sentence_span(ask);
        let fix = Fix::Insert {
            at: ask.span.end,
            text: " No worries at all if now isn't a good time.".into(),
        };
        check.report(span, "Nothing here makes it easy to say no. A line such as \"no worries if now isn't a good time\" lets them decline without awkwardness, which makes a yes likelier.", Some(fix));
    }
}

/// An "if" clause about the reader being busy or unwilling ("if your plate is full, no
/// problem") lets them decline, however it is worded.
fn offers_a_way_out(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        let words = || s.tokens.clone().map(|i| doc.word(i));
        words().any(|w| w == "if" || w == "unless") && words().any(|w| DECLINE_CUES.contains(&w))
    })
}
