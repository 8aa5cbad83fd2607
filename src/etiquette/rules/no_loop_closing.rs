//! `no-loop-closing`: a thank-you (or a request after an introduction) with no word on what
//! happened and no promise to report back.

use super::{Check, Rule};
use crate::etiquette::Kind;

pub struct NoLoopClosing;

impl Rule for NoLoopClosing {
    fn id(&self) -> &'static str {
        "no-loop-closing"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // A request closes a loop only when it follows an introduction.
        if check.kind == Kind::Request && check.context.introduced_by.is_none() {
            return;
        }
        if check.satisfied() || check.doc.body_word_count() < 5 {
            return;
        }
        let span = check.anchor_on_end();
        let fix = check.insert_after_body("I'll let you know how it goes.");
        check.report(span, "There's no word on what came of their help, and no promise to report back. People who help love to hear the outcome: say what happened, or that you'll let them know.", Some(fix));
    }
}
