//! Decides which sentences of a message ask something of the reader.

use super::lexicon;
use super::phrase::{Hit, Owner};
use super::text::Document;
use super::text::Sentence;

/// Indices into `doc.sentences`, in order, of body sentences that ask something: a question
/// or an ask phrase ("could you", "I'd love to"), unless the sentence is small talk, an
/// offer or an easy out ("how are you?", "happy to help", "no worries if not").
pub fn find(doc: &Document, hits: &[Hit]) -> Vec<usize> {
    let body = doc.body_tokens();
    let mut asks = Vec::new();
    let mut h = 0;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        // Sentences that reach into the body: "Hi Ana, could you...?" is one sentence.
        if sentence.tokens.end <= body.start || sentence.tokens.start >= body.end {
            continue;
        }
        let (mut ask, mut not_ask) = (false, false);
        while h < hits.len() && hits[h].tokens.start < sentence.tokens.end {
            let hit = &hits[h];
            if hit.tokens.start >= sentence.tokens.start.max(body.start) && !hit.quoted {
                match hit.owner {
                    Owner::Ask => ask = true,
                    Owner::NotAsk => not_ask = true,
                    _ => {}
                }
            }
            h += 1;
        }
        if (ask || sentence.question || imperative(doc, sentence, body.start)) && !not_ask {
            asks.push(index);
        }
    }
    asks
}

/// Does the sentence open with a verb of request ("Send me the deck.", "Let me know...")?
fn imperative(doc: &Document, sentence: &Sentence, body_start: usize) -> bool {
    let mut i = sentence.tokens.start.max(body_start);
    while i < sentence.tokens.end && lexicon::is_imperative_lead(doc.word(i)) {
        i += 1;
    }
    // "Let me know" asks; "Let me introduce myself" does not.
    if i + 2 < sentence.tokens.end && doc.word(i) == "let" {
        return doc.word(i + 1) == "me" && doc.word(i + 2) == "know";
    }
    i + 1 < sentence.tokens.end && lexicon::IMPERATIVE.contains(&doc.word(i))
}

/// Indices into `doc.sentences`, in order, of body sentences where the writer says what
/// they wish for ("I'd love to join your team"), outside quotes.
pub fn wishes(doc: &Document, hits: &[Hit]) -> Vec<usize> {
    let body = doc.body_tokens();
    let mut out: Vec<usize> = hits
        .iter()
        .filter(|h| h.owner == Owner::Wish && !h.quoted && body.contains(&h.tokens.start))
        .filter_map(|h| doc.sentence_index(h.tokens.start))
        .collect();
    out.dedup();
    out
}
