//! `no-easy-out`: a request that gives the reader no graceful way to decline.

use super::{Check, Rule};
use crate::etiquette::Fix;

pub struct NoEasyOut;

impl Rule for NoEasyOut {
    fn id(&self) -> &'static str {
        "no-easy-out"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let Some(&first_ask) = check.asks.first() else {
            return;
        };
        if check.satisfied() {
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
