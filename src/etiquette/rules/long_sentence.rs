//! `long-sentence`: a sentence past about 30 words.

use super::{Check, Rule};

/// "About 30": a sentence of 31 words is within it; the rule speaks from 32.
const MOST_WORDS: usize = 31;

pub struct LongSentence;

impl Rule for LongSentence {
    fn id(&self) -> &'static str {
        "long-sentence"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let long: Vec<_> = doc
            .body_sentences()
            .map(|s| (s, doc.words(s.tokens.clone())))
            .filter(|&(_, words)| words > MOST_WORDS)
            .collect();
        for (sentence, words) in long {
            let span = check.sentence_span(sentence);
            check.report(
                span,
                format!("This sentence runs to {words} words; split it where the thought turns so it reads in one pass."),
                None,
            );
        }
    }
}
