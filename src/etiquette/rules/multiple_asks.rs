//! `multiple-asks`: three or more separate asks in one message.

use super::{Check, Rule};
use crate::etiquette::Span;

/// The reader can say yes to one thing; from the third ask on, the message is a list.
const MOST_ASKS: usize = 2;

/// Verbs that start a second ask inside one sentence: "...send me the slides and
/// introduce me to whoever runs the guild".
const ASK_VERBS: &[&str] = &[
    "introduce",
    "send",
    "share",
    "tell",
    "look",
    "review",
    "connect",
    "put",
    "pass",
    "give",
    "recommend",
    "forward",
    "check",
    "read",
    "explain",
    "walk",
    "refer",
    "suggest",
    "let",
    "set",
    "arrange",
    "sign",
];

pub struct MultipleAsks;

impl Rule for MultipleAsks {
    fn id(&self) -> &'static str {
        "multiple-asks"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        // Each ask sentence is one ask, plus one per "and <verb>" that starts another. A
        // sentence that carries its own way out or an offer ("…but I understand if you'd
        // rather keep it confidential", "let me know if you need anything"), or that only
        // says how to answer ("Email me at…"), is no favour of its own.
        let mut asks: Vec<Span> = Vec::new();
        let favours = check
            .asks
            .iter()
            .copied()
            .filter(|&s| !check.not_ask_in_sentence(s) && !check.unless_in_sentence(s));
        for s in favours {
            let sentence = &doc.sentences[s];
            asks.push(check.sentence_span(sentence));
            // From the third word: a sentence that opens "And could you..." is one ask, not two.
            for i in sentence.tokens.clone().skip(2) {
                let also =
                    matches!(doc.word(i - 1), "and" | "also") && ASK_VERBS.contains(&doc.word(i));
                let could_you = doc.word(i - 1) == "and"
                    && matches!(doc.word(i), "could" | "would" | "can" | "will")
                    && i + 1 < sentence.tokens.end
                    && doc.word(i + 1) == "you";
                if also || could_you {
                    asks.push(Span::new(doc.tokens[i - 1].span.start, sentence.span.end));
                }
            }
        }
        let Some(&third) = asks.get(MOST_ASKS) else {
            return;
        };
        let count = asks.len();
        check.report(
            third,
            format!(
                "This is ask {} of {count} in one message: pick the one that matters most and save the rest for after they've helped with it.",
                MOST_ASKS + 1
            ),
            None,
        );
    }
}
