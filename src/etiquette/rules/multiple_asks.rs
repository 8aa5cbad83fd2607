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
        // Each ask sentence is one ask, plus one per "and <verb>" (or ", <verb>") that starts
        // another favour of the reader's. A sentence that carries its own way out or an offer
        // ("…but I understand if you'd rather keep it confidential", "let me know if you need
        // anything"), or that only says how to answer ("Email me at…", "Just reply with:"),
        // is no favour of its own.
        let mut asks: Vec<Span> = Vec::new();
        let favours = check
            .asks
            .iter()
            .copied()
            .filter(|&s| !check.not_ask_in_sentence(s) && !check.unless_in_sentence(s))
            // "How've you been?", "How was the marathon?" ask after them, for no favour.
            .filter(|&s| !asks_after_them(doc, &doc.sentences[s]));
        for s in favours {
            let sentence = &doc.sentences[s];
            // "Would you connect me with them? I'd love to grab lunch with them!" says again
            // what the first ask wants: a wish (`asks::wishes`) after an ask restates it.
            if !asks.is_empty() && check.wishes.binary_search(&s).is_ok() {
                continue;
            }
            // "If so, please suggest a few times", "Or would a call suit you better?",
            // "Let me know if you're interested!" hang on an ask already made.
            if !asks.is_empty() && follows_up(doc, sentence) {
                continue;
            }
            asks.push(check.sentence_span(sentence));
            // From the third word: a sentence that opens "And could you..." is one ask, not
            // two. "I'd love to hear your view and share my notes" is the writer's own doing:
            // a second favour needs the reader addressed ("could you", "please") before it.
            let mut addressed = false;
            for i in sentence.tokens.clone() {
                if i >= sentence.tokens.start + 2 {
                    let joined = matches!(doc.word(i - 1), "and" | "also")
                        || (addressed
                            && doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start]
                                .contains(','));
                    let also = addressed && joined && ASK_VERBS.contains(&doc.word(i));
                    let could_you = doc.word(i - 1) == "and"
                        && matches!(doc.word(i), "could" | "would" | "can" | "will")
                        && i + 1 < sentence.tokens.end
                        && doc.word(i + 1) == "you";
                    if also || could_you {
                        asks.push(Span::new(doc.tokens[i - 1].span.start, sentence.span.end));
                    }
                }
                addressed |= matches!(doc.word(i), "you" | "please");
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

/// "Is there another option for joining? A second date for a call? Alternating weeks?": a
/// short question with no verb of its own up front (no auxiliary, question word, "please"
/// or verb of asking) offers another form of the ask before it. Listed questions ("1. Does
/// it fit the role?") are separate asks, and stay so.
fn restates(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
    first: usize,
) -> bool {
    let text = &doc.text[sentence.span.start..sentence.span.end];
    let words = sentence.tokens.end - first;
    let opens_ask = matches!(
        doc.word(first),
        "can"
            | "could"
            | "would"
            | "will"
            | "do"
            | "does"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "have"
            | "has"
            | "may"
            | "might"
            | "shall"
            | "should"
            | "am"
            | "what"
            | "who"
            | "where"
            | "when"
            | "why"
            | "how"
            | "which"
            | "whose"
            | "please"
            | "i"
            | "i'd"
            | "we"
            | "you"
    ) || ASK_VERBS.contains(&doc.word(first));
    text.trim_end().ends_with('?') && words <= 8 && !opens_ask
}

/// A sentence that only continues the ask before it: its answer ("Let me know if you're
/// interested!", "Let me know and have a nice time!"), what follows a yes ("If so, please
/// suggest a few times"), or another way to the same thing ("Or a call?", "Online
/// alternative: can we schedule a video call?"), or how to answer ("Send me an email if you
/// are interested", "What do you think?").
fn follows_up(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let end = sentence.tokens.end;
    let Some(first) = sentence
        .tokens
        .clone()
        .find(|&i| !matches!(doc.word(i), "and" | "but" | "so" | "also"))
    else {
        return false;
    };
    let word = |k: usize| {
        if first + k < end {
            doc.word(first + k)
        } else {
            ""
        }
    };
    // "Send me an email if you are interested.": how to say yes to the ask before.
    let reply_if_interested = matches!(
        word(0),
        "send"
            | "email"
            | "reply"
            | "contact"
            | "reach"
            | "ping"
            | "message"
            | "dm"
            | "write"
            | "drop"
            | "comment"
            | "respond"
    ) && end - first <= 10
        && (first..end).any(|i| doc.word(i) == "interested");
    // "What do you think?" asks for the answer to what came before.
    let what_do_you_think =
        end - first <= 5 && word(0) == "what" && (first..end).any(|i| doc.word(i) == "think");
    if reply_if_interested || what_do_you_think || restates(doc, sentence, first) {
        return true;
    }
    match (word(0), word(1), word(2)) {
        ("or" | "alternatively" | "otherwise", _, _) => true,
        ("alternative", _, _) | (_, "alternative", _) => true,
        ("if", "so" | "yes" | "interested", _) => true,
        // "Let me know and I will add you to the org": the answer, and an offer.
        ("let", "me", "know") if super::offer::offers(doc, sentence) => true,
        ("let", "me", "know") => {
            let rest = first + 3..end;
            rest.len() <= 5
                && rest.clone().all(|i| {
                    matches!(
                        doc.word(i),
                        "if" | "you're"
                            | "you"
                            | "are"
                            | "interested"
                            | "this"
                            | "that"
                            | "it"
                            | "works"
                            | "work"
                            | "for"
                            | "so"
                            | "and"
                            | "have"
                            | "a"
                            | "nice"
                            | "great"
                            | "good"
                            | "time"
                            | "day"
                            | "what"
                            | "think"
                            | "your"
                            | "thoughts"
                    )
                })
        }
        _ => false,
    }
}

/// "How've you been?", "How are you doing?", "How was the trip?": a question of five words or
/// fewer that asks after the reader.
fn asks_after_them(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let t = sentence.tokens.clone();
    sentence.question
        && t.len() <= 5
        && matches!(doc.word(t.start), "how" | "how've" | "how's" | "how're" | "hows")
        // After them or their news, not the work: "How far are we?" asks for a status.
        && (t.clone().any(|i| crate::etiquette::lexicon::is_second_person(doc.word(i)))
            || t.len() > 1 && matches!(doc.word(t.start + 1), "was" | "were"))
        && !t.clone().any(|i| {
            matches!(
                doc.word(i),
                "can" | "could" | "should" | "would" | "do" | "does" | "did" | "might"
            )
        })
}
