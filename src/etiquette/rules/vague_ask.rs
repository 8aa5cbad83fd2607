//! `vague-ask`: a request that leans on a vague ask, or never asks for anything concrete.

use super::{Check, Rule};

pub struct VagueAsk;

impl Rule for VagueAsk {
    fn id(&self) -> &'static str {
        "vague-ask"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let before = check.reported();
        check.report_all_phrases();
        let flagged_a_phrase = check.reported() > before;
        // Too short to judge: "Hi Ana" alone is not a request yet.
        // Only when nothing at all reads as an ask or a wish: a request worded in a way the
        // engine doesn't know must not be told it asks for nothing.
        let asks_something = !check.asks.is_empty() || !check.wishes.is_empty();
        if !flagged_a_phrase && !asks_something && check.doc.body_word_count() >= 8 {
            let span = check.anchor_on_end();
            check.report(
                span,
                "This request never asks for anything the reader can say yes to: end with one concrete ask, such as a 15-minute call about one named question.",
                None,
            );
        }
    }
}
