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
        let mut flagged: Vec<usize> = Vec::new();
        let hits: Vec<_> = check.phrase_hits().collect();
        for (hit, spec) in hits {
            let sentence = check.doc.sentence_index(hit.tokens.start);
            flagged.extend(sentence);
            if sentence.is_some() && sentence == last_sentence {
                continue;
            }
            last_sentence = sentence;
            check.report_phrase(hit, spec);
        }
        // A favour in words no list holds: "Could you please share the final version of
        // your paper?", "Will you send me back the enclosed article", "If you have a chance
        // for a follow-up review, I'd appreciate it."
        let favours: Vec<usize> = check
            .asks
            .iter()
            .copied()
            .filter(|&s| !flagged.contains(&s) && !check.not_ask_in_sentence(s) && favour(check, s))
            .collect();
        for s in favours {
            let span = check.sentence_span(&check.doc.sentences[s]);
            check.report(span, "This asks them for something, which turns the check-in into a request. Keep this note for them, and ask in a message of its own.", None);
        }
    }
}

/// Verbs after "would you" that invite rather than ask a favour: "Would you like to join us
/// for dinner?", "Would you care to…".
const INVITING: &[&str] = &[
    "like", "want", "care", "fancy", "be", "mind", "believe", "imagine",
];

/// Does ask sentence `s` put a favour to the reader: "could/would/can/will you" and a
/// verb of doing, a plea that is no courtesy, or "I'd appreciate"?
fn favour(check: &Check<'_, '_>, s: usize) -> bool {
    let doc = check.doc;
    let sentence = &doc.sentences[s];
    // Small talk asks nothing, and neither does an offer put as a question ("Would you like
    // me to send you the list?").
    if super::courtesy::small_talk(doc, sentence) || super::offer::offers(doc, sentence) {
        return false;
    }
    let words: Vec<&str> = sentence.tokens.clone().map(|i| doc.word(i)).collect();
    let modal_you = words.windows(3).any(|w| {
        matches!(w[0], "could" | "would" | "can" | "will")
            && w[1] == "you"
            && !INVITING.contains(&w[2])
    });
    // "Please send it", not "seems to please people".
    let plea = words
        .iter()
        .enumerate()
        .any(|(k, w)| *w == "please" && (k == 0 || words[k - 1] != "to"))
        && !super::courtesy::courtesy(doc, sentence);
    let appreciate = words
        .windows(2)
        .any(|w| matches!(w, ["i'd" | "would", "appreciate"]));
    modal_you || plea || appreciate
}
