//! `ask-in-thanks`: a new request tucked into a thank-you.

use super::{Check, Rule};

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
        let asks: Vec<usize> = check
            .asks
            .iter()
            .copied()
            .filter(|&s| {
                let sentence = &check.doc.sentences[s];
                // "What makes me so special?" wonders aloud; a new ask is put to them.
                let to_them = sentence
                    .tokens
                    .clone()
                    .any(|i| crate::etiquette::lexicon::is_second_person(check.doc.word(i)));
                // "Please file a separate PR", "please drop me an email": a plea is an ask,
                // unless it is a courtesy (see [`courtesy`]).
                let plea = sentence
                    .tokens
                    .clone()
                    .any(|i| check.doc.word(i) == "please")
                    && !courtesy(check.doc, sentence);
                (sentence.question && to_them || plea && !check.not_ask_in_sentence(s))
                    && !small_talk(check.doc, sentence)
                    && flagged_sentences.binary_search(&s).is_err()
            })
            .collect();
        for s in asks {
            let span = check.sentence_span(&check.doc.sentences[s]);
            check.report(span, "This asks for something new inside your thanks, which can make the thanks feel like a down payment. Send the thanks on its own and ask another day.", None);
        }
    }
}

/// A question about them that asks nothing of them: "How's the new job going?", "Did you
/// start already?", "Were you the girl with blonde hair?". It opens with a form of "be",
/// "do" or "how", and has no word that turns it into a favour ("could", "chance", "send").
pub(super) fn small_talk(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let first = sentence
        .tokens
        .clone()
        .map(|i| doc.word(i))
        .find(|w| !matches!(*w, "and" | "so" | "but" | "p" | "s" | "ps" | "oh" | "also"));
    let opens = first.is_some_and(|w| {
        matches!(
            w,
            "was"
                | "were"
                | "did"
                | "are"
                | "is"
                | "how"
                | "how's"
                | "how're"
                | "have"
                | "has"
                | "what's"
                | "where"
                | "when"
        )
    });
    let favour = sentence.tokens.clone().any(|i| {
        matches!(
            doc.word(i),
            "could"
                | "would"
                | "can"
                | "will"
                | "please"
                | "mind"
                | "able"
                | "chance"
                | "send"
                | "share"
                | "introduce"
                | "help"
                | "review"
                | "look"
                | "read"
                | "recommend"
        )
    });
    opens && !favour
}

/// Words after "please" that make a courtesy, not a favour: "please know how grateful I
/// am", "please extend my thanks to Ellen", "please take care", "please keep doing what
/// you do", "please don't hesitate to ask".
const COURTESIES: &[&str] = &[
    "know",
    "understand",
    "accept",
    "extend",
    "convey",
    "share",
    "give",
    "pass",
    "send",
    "take",
    "keep",
    "stay",
    "enjoy",
    "go",
    "be",
    "do",
    "don't",
    "feel",
    "forgive",
    "excuse",
    "correct",
    "consider",
    "follow",
    "remember",
    "say",
    "thank",
    "tell",
    "ignore",
    "join",
    "welcome",
];

/// A plea that only offers or wishes: "please" before one of [`COURTESIES`], or help the
/// reader may take up ("If you have any questions, please reach out", "Please let me know
/// if you run into any problems").
pub(super) fn courtesy(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let words: Vec<&str> = sentence.tokens.clone().map(|i| doc.word(i)).collect();
    let courteous = words
        .windows(2)
        .any(|w| w[0] == "please" && COURTESIES.contains(&w[1]));
    let offered = words.windows(2).any(|w| {
        matches!(
            w,
            ["if", "you" | "there" | "any" | "i" | "we"] | ["hesitate", _] | ["any", "way"]
        )
    });
    courteous || offered
}
