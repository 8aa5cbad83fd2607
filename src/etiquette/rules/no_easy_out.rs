//! `no-easy-out`: a request that gives the reader no graceful way to decline.

use super::{Check, Rule};
use crate::etiquette::text::Document;
use crate::etiquette::Fix;

/// Words that, in an "if" clause, make room for a no: "if your plate is full", "if it's not
/// convenient", "if the timing's bad".
const DECLINE_CUES: &[&str] = &[
    "busy",
    "swamped",
    "hectic",
    "full",
    "awkward",
    "bad",
    "inconvenient",
    "stretched",
    "slammed",
    "rather",
    "prefer",
    "not",
    "can't",
    "cannot",
    "won't",
    "isn't",
    "doesn't",
    "don't",
    "much",
    "overloaded",
    "tight",
];

/// Words that, in an "if" clause about the reader or the idea, leave the choice with them:
/// "if this resonates", "15 minutes if you're game", "if you find it a good fit", "if you're
/// alright with it", "if you are still up for it". Labellers
/// split evenly on "if so", "if useful", "if you think" and "if you're interested", so
/// those stay out.
const CHOICE_CUES: &[&str] = &[
    "game",
    "willing",
    "resonates",
    "appeals",
    "suits",
    "fit",
    "open",
    "alright",
    "ok",
    "okay",
    "comfortable",
    "up",
];

pub struct NoEasyOut;

impl Rule for NoEasyOut {
    fn id(&self) -> &'static str {
        "no-easy-out"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // The first ask, or the first wish when it comes earlier ("I'd like to offer you
        // lunch next week" asks for their time as surely as a question).
        let first_ask = match (check.asks.first(), check.wishes.first()) {
            (Some(&a), Some(&w)) => a.min(w),
            (Some(&a), None) => a,
            (None, Some(&w)) => w,
            (None, None) => match unworded_request(check) {
                Some(last) => last,
                None => return,
            },
        };
        if check.satisfied()
            || only_suggests(check)
            || offers_a_way_out(check.doc)
            || leaves_the_choice(check)
            || only_offers(check)
        {
            return;
        }
        let ask = &check.doc.sentences[first_ask];
        let span = check.sentence_span(ask);
        let fix = Fix::Insert {
            at: ask.span.end,
            text: " No worries at all if now isn't a good time.".into(),
        };
        check.report(span, "Nothing here makes it easy to say no. A line such as “no worries if now isn't a good time” lets them decline without awkwardness, which makes a yes likelier.", Some(fix));
    }
}

/// A request with no ask the reader can find ("would love a spot on the team list", "Need
/// your +1 here, before I do it") is still a request: the user said so, and it asks by
/// stating the want. The index of its last body sentence, where a finding goes, unless
/// anything softens it: any condition ("if you guys are interested…", "whether or not you
/// want to"), "up to you", "feel free", "I know you're busy" or an offer.
pub(super) fn unworded_request(check: &Check<'_, '_>) -> Option<usize> {
    let doc = check.doc;
    if !check.asks.is_empty() || !check.wishes.is_empty() || doc.body_word_count() < 3 {
        return None;
    }
    let body = doc.layout.body.clone();
    let last = doc
        .sentences
        .iter()
        .rposition(|s| s.tokens.start < body.end && s.tokens.end > body.start)?;
    let body_words = || doc.body_tokens().map(|i| doc.word(i));
    let soft = body_words().any(|w| matches!(w, "if" | "whether" | "unless" | "busy"))
        || body_words()
            .zip(body_words().skip(1))
            .any(|p| matches!(p, ("up", "to") | ("feel", "free") | ("you're", "welcome")))
        || doc.body_sentences().any(|s| super::offer::gives(doc, s));
    (!soft).then_some(last)
}

/// An "if" clause about the reader being busy or unwilling ("if your plate is full, no
/// problem") lets them decline, however it is worded. The cue must follow the "if" in its
/// clause: "I don't recall if we have met" leaves no way out.
fn offers_a_way_out(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        s.tokens.clone().any(|i| {
            matches!(doc.word(i), "if" | "unless")
                && (i + 1..s.tokens.end.min(i + 8))
                    .take_while(|&k| doc.tokens[k].gap_before == crate::etiquette::text::Gap::Soft)
                    .any(|k| DECLINE_CUES.contains(&doc.word(k)))
        })
    })
}

/// An "if" clause whose subject is the reader or the idea and whose words are about their
/// willingness or the fit ("if this resonates with you", "if you're game", "if you are
/// open to it") makes the ask conditional on them wanting it. A clause that conditions an offer
/// ("happy to send it if you're interested") leaves the ask itself as it was.
fn leaves_the_choice(check: &Check<'_, '_>) -> bool {
    let doc = check.doc;
    doc.body_sentences().any(|s| {
        s.tokens.clone().any(|i| {
            if doc.word(i) != "if" || check.unless_in_sentence(doc.sentence_index(i).unwrap_or(0)) {
                return false;
            }
            // "I was wondering if you'd be willing to…" is the ask, not a way out of it, and
            // so is an alternative: "e-mail is great, or if you'd be willing to Zoom…".
            if i > s.tokens.start && doc.word(i - 1) == "or" {
                return false;
            }
            let asked = (i.saturating_sub(3).max(s.tokens.start)..i).any(|k| {
                matches!(
                    doc.word(k),
                    "wonder"
                        | "wondering"
                        | "wondered"
                        | "ask"
                        | "asking"
                        | "see"
                        | "know"
                        | "whether"
                )
            });
            if asked || super::offer::offers_before(doc, s, i) {
                return false;
            }
            let clause = || {
                (i + 1..s.tokens.end.min(i + 8))
                    .take_while(|&k| doc.tokens[k].gap_before == crate::etiquette::text::Gap::Soft)
                    .map(|k| doc.word(k))
            };
            let about = clause().next().is_some_and(|w| {
                matches!(
                    w,
                    "you"
                        | "you're"
                        | "you'd"
                        | "you've"
                        | "this"
                        | "it"
                        | "it's"
                        | "that"
                        | "that's"
                )
            });
            about && clause().any(|w| CHOICE_CUES.contains(&w))
        })
    })
}

/// (A question about what suits them, "Any chance you could…?", "Would January or February
/// work for you?", is no way out: tried, 4 false alarms fewer and 15 hits lost.)
///
/// "Maybe just a link to the issues tab would be useful?", "Have you considered submitting
/// it to Debian directly?": when every ask is a suggestion put as a hedge or a question
/// about their plans, the reader can let it pass with no awkwardness. A hedged ask for their
/// time or help ("Maybe we can meet on a break?") still asks.
fn only_suggests(check: &Check<'_, '_>) -> bool {
    let doc = check.doc;
    !check.asks.is_empty()
        && check.asks.iter().all(|&s| {
            let t = doc.sentences[s].tokens.clone();
            let w = |k: usize| {
                if t.start + k < t.end {
                    doc.word(t.start + k)
                } else {
                    ""
                }
            };
            // Not a hedged ask for their time: "Maybe we can meet on a break?".
            let people = |w: &str| {
                matches!(
                    w,
                    "we" | "i" | "you" | "we'd" | "i'd" | "you'd" | "we'll" | "you'll" | "i'll"
                )
            };
            matches!(w(0), "maybe" | "perhaps") && !people(w(1)) && !people(w(2))
                || w(0) == "have" && w(1) == "you" && matches!(w(2), "considered" | "thought")
        })
}

/// A request whose every ask is an offer ("If you'd like, I can put you in touch with my
/// account manager?") is declined as easily as it is made: there is nothing to let them out
/// of.
fn only_offers(check: &Check<'_, '_>) -> bool {
    let doc = check.doc;
    // Asks only: a wish to give ("I'd like to introduce you to Sally", "I would like to offer
    // you lunch") still asks for their time, and labellers want a way out of it.
    !check.asks.is_empty()
        && check
            .asks
            .iter()
            .all(|&s| super::offer::offers(doc, &doc.sentences[s]))
}
