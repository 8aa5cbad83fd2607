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
        // The first ask, or the first wish when it comes earlier ("I'd like to offer you
        // lunch next week" asks for their time as surely as a question).
        let first_ask = match (check.asks.first(), check.wishes.first()) {
            (Some(&a), Some(&w)) => a.min(w),
            (Some(&a), None) => a,
            (None, Some(&w)) => w,
            (None, None) => return,
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
        check.report(span, "Nothing here makes it easy to say no. A line such as “no worries if now isn't a good time” lets them decline without awkwardness, which makes a yes likelier.", Some(fix));
    }
}

/// An "if" clause about the reader being busy or unwilling ("if your plate is full, no
/// problem") lets them decline, however it is worded. The cue must follow the "if" in its
/// clause: "I don't recall if we have met" leaves no way out.
fn offers_a_way_out(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        s.tokens.clone().any(|i| {
            matches!(doc.word(i), "if" | "unless")
                && (i + 1..s.tokens.end.min(i + 8))
                    .take_while(|&k| doc.tokens[k].gap_before == crate::etiquette::text::Gap::Soft)
                    .any(|k| DECLINE_CUES.contains(&doc.word(k)))
        })
    })
}
