//! `missing-thanks`: a thank-you message that never says thank you.

use super::{Check, Rule};
use crate::etiquette::Span;

pub struct MissingThanks;

impl Rule for MissingThanks {
    fn id(&self) -> &'static str {
        "missing-thanks"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        if check.satisfied_even_quoted() || check.doc.tokens.is_empty() {
            return;
        }
        let span = match check.doc.body_sentences().next() {
            Some(first) => check.sentence_span(first),
            None => Span::new(0, check.doc.text.len()),
        };
        check.report(span, "This thank-you never actually says thank you. Open with it, and name what they did: “Thank you for introducing me to Ana.”", None);
    }
}
