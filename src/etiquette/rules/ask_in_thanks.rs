//! `ask-in-thanks`: a new request tucked into a thank-you.

use super::{Check, Rule};
use crate::etiquette::text::{Document, Sentence};

pub struct AskInThanks;

impl Rule for AskInThanks {
    fn id(&self) -> &'static str {
        "ask-in-thanks"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let mut flagged_sentences = Vec::new();
        let hits: Vec<_> = check.phrase_hits().collect();
        for (hit, spec) in hits {
            flagged_sentences.extend(check.doc.sentence_index(hit.tokens.start));
            check.report_phrase(hit, spec);
        }
        // Any other question that asks them to do something is a new request too.
        let doc = check.doc;
        let body = doc.layout.body.clone();
        // Asks in a frame of their own, with no "you?" to mark them: "Mind deploying this
        // too?", "Btw. Could you maybe provide an email address.", "Would it be possible to
        // resend the link?", "Any advice on getting it approved in time?".
        let framed: Vec<bool> = doc.sentences.iter().map(|s| framed_ask(doc, s)).collect();
        let framed_in_body = (0..doc.sentences.len()).filter(|&s| {
            let sentence = &doc.sentences[s];
            framed[s]
                && sentence.tokens.start >= body.start
                && sentence.tokens.end <= body.end
                && !doc.is_quoted(doc.tokens[sentence.tokens.start].span.start)
        });
        let mut candidates: Vec<usize> = check.asks.iter().copied().chain(framed_in_body).collect();
        candidates.sort_unstable();
        candidates.dedup();
        let asks: Vec<usize> = candidates
            .into_iter()
            .filter(|&s| {
                let sentence = &check.doc.sentences[s];
                // "What makes me so special?" wonders aloud; a new ask is put to them.
                let to_them = sentence
                    .tokens
                    .clone()
                    .any(|i| crate::etiquette::lexicon::is_second_person(check.doc.word(i)));
                // "Please file a separate PR", "please drop me an email": a plea is an ask,
                // unless it is a courtesy (see [`super::courtesy`]).
                let plea = sentence
                    .tokens
                    .clone()
                    .any(|i| check.doc.word(i) == "please")
                    && !super::courtesy::courtesy(check.doc, sentence);
                // "Is there anything else I can do to help you out?" offers; it asks nothing.
                (sentence.question && to_them || plea && !check.not_ask_in_sentence(s) || framed[s])
                    && !super::courtesy::small_talk(check.doc, sentence)
                    && !super::offer::offers(check.doc, sentence)
                    && !for_a_gift(check, s)
                    && flagged_sentences.binary_search(&s).is_err()
            })
            .collect();
        for s in asks {
            let span = check.sentence_span(&check.doc.sentences[s]);
            check.report(span, "This asks for something new inside your thanks, which can make the thanks feel like a down payment. Send the thanks on its own and ask another day.", None);
        }
    }
}

/// The ask only lets the writer give them something: "I'd love to mail you some stickers!
/// Please drop me an email with your address", "I want to buy you a beer, so please send me
/// your PayPal", "Would you agree to being listed as a reviewer?". The give is in the ask or
/// in the sentence just before it.
fn for_a_gift(check: &Check<'_, '_>, s: usize) -> bool {
    let doc = check.doc;
    let listed = doc.sentences[s].tokens.clone().skip(1).any(|i| {
        matches!(
            doc.word(i - 1),
            "listed" | "credited" | "acknowledged" | "named"
        ) && matches!(doc.word(i), "as" | "in")
    });
    listed || (s.saturating_sub(1)..=s).any(|k| super::offer::gives(doc, &doc.sentences[k]))
}

/// A sentence that opens on a frame of asking: "could/would/can you" and a verb (not "can
/// you believe", which wonders), "mind" and an "-ing" verb, "would it be possible", or, as a
/// question, "any advice/tips/chance…" and "can/could/may I also ask/use/get…".
fn framed_ask(doc: &Document, sentence: &Sentence) -> bool {
    let mut at = sentence.tokens.start;
    while at < sentence.tokens.end && matches!(doc.word(at), "btw" | "also" | "so" | "and") {
        at += 1;
    }
    let word = |k: usize| {
        if k < sentence.tokens.end {
            doc.word(k)
        } else {
            ""
        }
    };
    let you_do = matches!(word(at), "could" | "would" | "can" | "will")
        && word(at + 1) == "you"
        && !matches!(
            word(at + 2),
            "" | "believe" | "imagine" | "tell" | "guess" | "see" | "be" | "have"
        );
    let mind = word(at) == "mind" && word(at + 1).ends_with("ing");
    let possible = (at..sentence.tokens.end.saturating_sub(3)).any(|k| {
        word(k) == "would"
            && word(k + 1) == "it"
            && word(k + 2) == "be"
            && word(k + 3) == "possible"
    });
    let any = word(at) == "any" && matches!(word(at + 1), "advice" | "tips" | "chance" | "plans");
    let may_i = matches!(word(at), "can" | "could" | "may")
        && word(at + 1) == "i"
        && matches!(
            (word(at + 2), word(at + 3)),
            ("also", "ask" | "use" | "get" | "have") | ("ask" | "use" | "get" | "have", _)
        );
    you_do || mind || possible || sentence.question && (any || may_i)
}
