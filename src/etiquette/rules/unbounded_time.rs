//! `unbounded-time`: asking for a call, meeting or coffee without saying how long.

use super::{Check, Rule};
use crate::etiquette::text::Document;
use crate::etiquette::Fix;

pub struct UnboundedTime;

/// Words after which a meeting word is a noun ("a quick call"), so "15-minute" fits before it.
const BEFORE_NOUN: &[&str] = &[
    "a",
    "an",
    "quick",
    "short",
    "brief",
    "virtual",
    "informal",
    "informational",
    "phone",
    "video",
    "zoom",
];

impl Rule for UnboundedTime {
    fn id(&self) -> &'static str {
        "unbounded-time"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // Only a meeting the writer is asking for: "I enjoyed our chat" asks nothing.
        // "It'd be great to meet up for a coffee" wishes for a meeting without asking outright;
        // it still asks for their time.
        let first = check.phrase_hits().find(|(hit, _)| {
            let asked = check.in_ask(hit.tokens.start)
                || wishes(check.doc, hit.tokens.start)
                || check
                    .doc
                    .sentence_index(hit.tokens.start)
                    .is_some_and(|s| check.wishes.binary_search(&s).is_ok());
            asked && !someone_else_meets(check.doc, hit.tokens.start)
        });
        let Some((hit, _)) = first else { return };
        if names_a_duration(check.doc) {
            return;
        }

        let doc = check.doc;
        let span = check.span(hit.tokens.start, hit.tokens.end - 1);
        let words = doc.original_range(hit.tokens.start, hit.tokens.end - 1);
        let noun = hit.tokens.start > 0 && BEFORE_NOUN.contains(&doc.word(hit.tokens.start - 1));
        let fix = if noun {
            Fix::Insert {
                at: span.start,
                text: "15-minute ".into(),
            }
        } else {
            // "call you" takes the length after "you": "call you for 15 minutes".
            let mut last = hit.tokens.end - 1;
            if last + 1 < doc.tokens.len()
                && doc.word(last + 1) == "you"
                && doc.tokens[last + 1].gap_before == crate::etiquette::text::Gap::Soft
            {
                last += 1;
            }
            Fix::Insert {
                at: doc.tokens[last].span.end,
                text: " for 15 minutes".into(),
            }
        };
        check.report(
            span,
            format!("“{words}” doesn't say how long. Naming a short, fixed time (“15 minutes”) tells them exactly what they're agreeing to."),
            Some(fix),
        );
    }
}

/// The meeting is between other people, not with the reader: "allow them to call on you"
/// (the writer's sons), "I'd love to grab lunch and talk with them", "connect Eric with
/// those folks to meet up". A meeting word right after a third person, or a sentence that
/// names no "you" and meets "with them".
fn someone_else_meets(doc: &Document, at: usize) -> bool {
    let third = |w: &str| matches!(w, "them" | "him" | "her" | "they" | "he" | "she");
    if (at.saturating_sub(2)..at).any(|k| third(doc.word(k))) {
        return true;
    }
    let Some(sentence) = doc.sentence_index(at).map(|s| &doc.sentences[s]) else {
        return false;
    };
    let you = sentence.tokens.clone().map(|k| doc.word(k)).any(|w| {
        crate::etiquette::lexicon::is_second_person(w) || matches!(w, "we" | "us" | "let's")
    });
    let with_others = sentence.tokens.clone().skip(1).any(|k| {
        doc.word(k - 1) == "with"
            && (third(doc.word(k)) || matches!(doc.word(k), "those" | "these"))
    }) || sentence
        .tokens
        .clone()
        .skip(1)
        .any(|k| doc.word(k - 1) == "connect" && doc.tokens[k].capitalized);
    !you && with_others
}

/// "15 minutes", "a 20-minute call", "half an hour", "15min", "an hour", "a few minutes".
fn names_a_duration(doc: &Document) -> bool {
    (0..doc.tokens.len()).any(|i| {
        let w = doc.word(i);
        let unit = |u: &str| {
            matches!(
                u,
                "minute" | "minutes" | "min" | "mins" | "hour" | "hours" | "hr" | "hrs"
            )
        };
        // "half an hour ago" tells when, not how long.
        if doc.tokens.get(i + 1).is_some() && doc.word(i + 1) == "ago" {
            return false;
        }
        // "20m" and "1h" too, as people write them in a hurry ("a ~20m call"); "$2M" is money.
        let money = doc.text[..doc.tokens[i].span.start].ends_with(['$', '£', '€'])
            || doc.original(i).ends_with('M');
        if let Some(number) = w
            .strip_suffix("minutes")
            .or_else(|| w.strip_suffix("mins"))
            .or_else(|| w.strip_suffix("min"))
            .or_else(|| w.strip_suffix('m'))
            .or_else(|| w.strip_suffix('h'))
        {
            if !money && !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) {
                return true;
            }
        }
        if !unit(w) || i == 0 {
            return false;
        }
        let before = doc.word(i - 1);
        before.chars().all(|c| c.is_ascii_digit())
            || matches!(
                before,
                "a" | "an"
                    | "one"
                    | "two"
                    | "five"
                    | "ten"
                    | "fifteen"
                    | "twenty"
                    | "thirty"
                    | "few"
                    | "half"
                    | "quick"
                    | "couple"
            )
    })
}

/// Is token `i` in a sentence that wishes for something ("it would be great to meet")?
/// "It was great to meet you" looks back, so only a conditional ("would", "it'd") counts.
fn wishes(doc: &Document, i: usize) -> bool {
    doc.sentence_of(i).is_some_and(|s| {
        let words = || s.tokens.clone().map(|k| doc.word(k));
        let conditional = words().any(|w| matches!(w, "would" | "it'd" | "that'd" | "i'd"));
        let wish = s.tokens.clone().skip(1).any(|k| {
            doc.word(k) == "to"
                && matches!(
                    doc.word(k - 1),
                    "great" | "lovely" | "nice" | "good" | "love"
                )
        });
        conditional && wish
    })
}
