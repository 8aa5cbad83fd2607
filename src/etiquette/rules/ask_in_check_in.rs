//! `ask-in-check-in`: a check-in that asks for a favour, for word of an opening, or for a
//! reply the writer thinks they are owed. Invitations and offers are not asks.

use super::{Check, Rule};

pub struct AskInCheckIn;

impl Rule for AskInCheckIn {
    fn id(&self) -> &'static str {
        "ask-in-check-in"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // One finding a sentence: "Could you introduce me and pass on my CV?" is one ask.
        let mut last_sentence = None;
        let hits: Vec<_> = check.phrase_hits().collect();
        for (hit, spec) in hits {
            let sentence = check.doc.sentence_index(hit.tokens.start);
            if sentence.is_some() && sentence == last_sentence {
                continue;
            }
            last_sentence = sentence;
            check.report_phrase(hit, spec);
        }
    }
}
