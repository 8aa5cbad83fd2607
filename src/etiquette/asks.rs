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
        // An offer or easy out cancels an ask only in its own clause: "No worries if not,
        // but could you send it?" still asks; "Happy to help, how are you?" does not.
        let (mut ask_clauses, mut not_ask_clauses): (Vec<usize>, Vec<usize>) = (vec![], vec![]);
        let first = sentence.tokens.start.max(body.start);
        while h < hits.len() && hits[h].tokens.start < sentence.tokens.end {
            let hit = &hits[h];
            if hit.tokens.start >= first && !hit.quoted {
                let clause = clause_start(doc, first, hit.tokens.start);
                match hit.owner {
                    Owner::Ask => ask_clauses.push(clause),
                    Owner::NotAsk => not_ask_clauses.push(clause),
                    _ => {}
                }
            }
            h += 1;
        }
        let not_ask = !not_ask_clauses.is_empty();
        let ask = ask_clauses.iter().any(|c| !not_ask_clauses.contains(c));
        // "...cited in Becker's “What is Real?”" asks nothing: the mark is the title's.
        let question = sentence.question
            && !not_ask
            && doc.text[sentence.span.clone()]
                .rfind('?')
                .is_none_or(|at| !doc.is_quoted(sentence.span.start + at));
        if ask || question || (imperative(doc, sentence, body.start) && !not_ask) {
            asks.push(index);
        }
    }
    asks
}

/// The first token of the clause that holds token `i`: back to punctuation or `first`.
fn clause_start(doc: &Document, first: usize, i: usize) -> usize {
    let mut k = i;
    while k > first && doc.tokens[k].gap_before != super::text::Gap::Hard {
        k -= 1;
    }
    k
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
    // "Look forward to chatting!" (the "I" left out) looks forward; "Look at my site" asks.
    if i + 1 < sentence.tokens.end && doc.word(i) == "look" && doc.word(i + 1) == "forward" {
        return false;
    }
    // "Email - ana@example.com" and "Phone: 555…" are labels, not orders.
    i + 1 < sentence.tokens.end
        && lexicon::IMPERATIVE.contains(&doc.word(i))
        && !doc.text[doc.tokens[i].span.end..doc.tokens[i + 1].span.start]
            .contains([':', '-', '–', '—'])
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
