//! `me-first`: a message about the sender, not the reader: "I" far outweighs "you", or it
//! opens with a self-pitch.

use super::{Check, Rule};
use crate::etiquette::lexicon::{is_first_person, is_second_person};

/// The `[[phrase]]` group of self-introductions ("My name is ... and I").
const SELF_INTRO: usize = 1;

/// Below this many first-person words a message is too short to judge its balance.
const ENOUGH: usize = 12;
/// "I" words per "you" word at which the balance tips.
const RATIO: usize = 3;

pub struct MeFirst;

impl Rule for MeFirst {
    fn id(&self) -> &'static str {
        "me-first"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let (mut me, mut you) = (0usize, 0usize);
        for i in doc.body_tokens() {
            let w = doc.word(i);
            if is_first_person(w) {
                me += 1;
            } else if is_second_person(w) {
                you += 1;
            }
        }
        let Some(opening) = doc.body_sentences().next() else {
            return;
        };
        let opening_about_me = opening.tokens.clone().any(|i| is_first_person(doc.word(i)))
            && !opening
                .tokens
                .clone()
                .any(|i| is_second_person(doc.word(i)));
        // A self-pitch only counts when it opens the message and says nothing of the reader.
        // A self-introduction is the opening whatever else the sentence says.
        let pitch = check.phrase_hits().find(|&(hit, spec)| {
            opening.tokens.contains(&hit.tokens.start) && (opening_about_me || spec == SELF_INTRO)
        });
        if let Some((hit, spec)) = pitch {
            check.report_phrase(hit, spec);
            return;
        }
        if me >= ENOUGH && me >= RATIO * you {
            let span = check.sentence_span(opening);
            check.report(
                span,
                format!("This message says I/me/my {me} times and you/your {you} times. Start from them: why you're writing to this person, what you know of their work."),
                None,
            );
        }
    }
}
