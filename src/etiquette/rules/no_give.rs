//! `no-give`: a request that offers nothing back.

use super::{Check, Rule};

pub struct NoGive;

impl Rule for NoGive {
    fn id(&self) -> &'static str {
        "no-give"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        if check.satisfied() || check.doc.body_word_count() < 8 {
            return;
        }
        let span = check.anchor_on_end();
        let fix =
            check.insert_after_body("And if there's ever anything I can do for you, just say.");
        check.report(span, "Nothing is offered back. Even a small offer (a useful link, your notes, \"let me know how I can help\") makes this a two-way relationship.", Some(fix));
    }
}
