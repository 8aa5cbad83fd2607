//! `long-sentence`: a sentence past about 30 words.

use super::{Check, Rule};
use crate::etiquette::text::Document;

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
            // Only a sentence long in all is split further: its parts are never longer.
            .filter(|s| doc.words(s.tokens.clone()) > MOST_WORDS)
            // A roll of handles ("@Havunen @LukeSheard @nightwolfz …") names people; it is
            // no sentence to read in one pass.
            .filter(|s| s.tokens.clone().filter(|&k| doc.is_handle(k)).count() * 2 < s.tokens.len())
            .map(|s| (s, longest_run(doc, s.tokens.clone())))
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

/// Words in the longest stretch of the sentence that a reader takes in one go. Marks people
/// end a thought with, where the sentence splitter sees no end, split it too: an emoticon
/// or emoji code ("take your pick :) 45 minutes is ok", "you made me feel like a pro
/// :blush: Apparently…"), an ellipsis ("So I guess my question for you is..."), and a new
/// line that starts a list item ("\n- if there is any landmark near the venue").
fn longest_run(doc: &Document, tokens: std::ops::Range<usize>) -> usize {
    let mut longest = 0;
    let mut from = tokens.start;
    for k in tokens.start + 1..tokens.end {
        let gap = &doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start];
        let emoticon = [":)", ":-)", ";)", ":(", ":D", ":P", "...", "\u{2026}"]
            .iter()
            .any(|e| gap.contains(e));
        // ":blush:" is a word between colons.
        let code = gap.starts_with(':')
            && doc.text[..doc.tokens[k - 1].span.start].ends_with(':')
            && gap.trim_end().len() == 1;
        let item = gap.contains('\n') && {
            // "\n- @waridrox loved how…": the item may open on a handle.
            let lead = gap.rsplit('\n').next().unwrap_or("").trim();
            matches!(
                lead.trim_end_matches('@').trim_end(),
                "-" | "*" | "\u{2022}"
            )
        };
        if emoticon || code || item {
            longest = longest.max(doc.words(from..k));
            from = k;
        }
    }
    longest.max(doc.words(from..tokens.end))
}
