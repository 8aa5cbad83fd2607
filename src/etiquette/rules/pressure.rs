//! `pressure`: deadlines, demands and nagging that push the reader.

use super::{Check, Rule};
use crate::etiquette::lexicon::is_second_person;
use crate::etiquette::phrase::Hit;
use crate::etiquette::text::{Document, Gap};
use crate::etiquette::{Fix, Kind, Span};

/// `[[phrase]]` groups in `content/rules/pressure.toml`.
const SOON: usize = 0;
const URGENCY: usize = 1;
const DEADLINES: usize = 2;
const DEMANDS: usize = 3;

/// Words that make a sentence a question when they open a clause ("could you...").
const QUESTION_OPENERS: &[&str] = &[
    "can", "could", "would", "will", "do", "does", "did", "is", "are", "may", "might", "how",
    "what", "when", "where", "why", "who", "which",
];

pub struct Pressure;

impl Rule for Pressure {
    fn id(&self) -> &'static str {
        "pressure"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let hits: Vec<(&Hit, usize)> = super::without_overlaps(
            check
                .phrase_hits()
                .filter(|&(hit, spec)| meant(check, hit, spec))
                .collect(),
        );
        for (hit, spec) in hits {
            check.report_phrase(hit, spec);
        }
        // "!!" after an ask turns it into a demand; after "Congrats" it is only loud (see `shouting`).
        let (asks, doc) = (check.asks, check.doc);
        for &s in asks {
            let (start, end) = (doc.sentences[s].span.start, doc.sentences[s].span.end);
            let sentence = &doc.text[start..end];
            // Outside a request, "!!" is pressure only on a favour put to the reader: "Look at
            // this activity!!!" and "let's keep pushing forward!!!" are cheers.
            let to_reader = || {
                doc.sentences[s]
                    .tokens
                    .clone()
                    .any(|i| is_second_person(doc.word(i)) || doc.word(i) == "please")
            };
            if check.kind != Kind::Request && !to_reader() {
                continue;
            }
            if let Some(at) = sentence.find("!!") {
                let run = sentence[at..].chars().take_while(|c| *c == '!').count();
                let span = Span::new(start + at, start + at + run);
                // "Can I pick your brain!!" is a question: give it back its question mark.
                let question = sentence.split([',', ';', ':', '\n']).any(|clause| {
                    let first = clause.split_whitespace().next().unwrap_or_default();
                    QUESTION_OPENERS.contains(&first.to_ascii_lowercase().as_str())
                });
                let fix = Fix::Replace {
                    start: span.start,
                    end: span.end,
                    text: if question { "?" } else { "." }.into(),
                };
                check.report(span, "Exclamation marks after an ask read as a demand. Let the question stand on its own.", Some(fix));
            }
        }
    }
}

/// Whether a phrase presses the reader rather than describing the writer's own situation.
fn meant(check: &Check<'_, '_>, hit: &Hit, spec: usize) -> bool {
    let doc = check.doc;
    let addressed =
        || clause(doc, hit).any(|i| is_second_person(doc.word(i)) || doc.word(i) == "please");
    match spec {
        // "You must be busy" is empathy, not a demand.
        DEMANDS if doc.word(hit.tokens.start) == "you" => {
            hit.tokens.end >= doc.tokens.len()
                || !matches!(
                    doc.word(hit.tokens.end),
                    "be" | "have"
                        | "know"
                        | "feel"
                        | "get"
                        | "hear"
                        | "receive"
                        | "think"
                        | "wonder"
                        | "see"
                        | "love"
                        | "enjoy"
                        | "find"
                        | "often"
                        | "already"
                        | "surely"
                )
        }
        // "My manager wants it by Friday" is the writer's deadline; "could you reply by
        // Friday" sets one for the reader.
        DEADLINES => addressed(),
        // Urgency presses in a clause addressed to them, or anywhere in an ask ("could you
        // reply, it's urgent?").
        // A thank-you looks back: "you covered what was urgent" tells of the past, and only
        // an ask inside it can press.
        SOON | URGENCY if writer_commits(doc, hit) => false,
        URGENCY if check.kind == Kind::ThankYou => check.in_ask(hit.tokens.start),
        URGENCY => addressed() || check.in_ask(hit.tokens.start),
        _ => true,
    }
}

/// "I'll get that sent over ASAP", "But will do my updates asap": the writer's own
/// promise of speed presses no one. The nearest subject before the hit, in its clause, is
/// the writer (or the clause opens on "will" with its "I" left out), and wants nothing of
/// the reader ("we would like the answers as soon as possible" presses).
fn writer_commits(doc: &Document, hit: &Hit) -> bool {
    let start = clause_start(doc, hit.tokens.start);
    // "we would like to have the answers as soon as possible" wants something of them.
    let wants = |from: usize| {
        (from..hit.tokens.start).any(|k| {
            matches!(
                doc.word(k),
                "like"
                    | "want"
                    | "wanted"
                    | "need"
                    | "needed"
                    | "hope"
                    | "expect"
                    | "love"
                    | "appreciate"
                    | "require"
                    | "wish"
                    | "would"
            )
        })
    };
    for i in (start..hit.tokens.start).rev() {
        match doc.word(i) {
            "i'll" | "we'll" | "i" | "we" | "i'm" | "we're" | "i'd" | "we'd" => return !wants(i),
            "will" | "shall"
                if i == start || matches!(doc.word(i - 1), "but" | "and" | "so" | "i" | "we") =>
            {
                return true
            }
            // "I can get you set up asap", "I will be looking to buy it ASAP": the reader or
            // a thing as the object of the writer's verb.
            w if (is_second_person(w) || matches!(w, "it" | "them"))
                && i > start
                && OBJECT_VERBS.contains(&doc.word(i - 1)) => {}
            w if is_second_person(w) || matches!(w, "please" | "he" | "she" | "they" | "it") => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// The token indices of the clause around a hit: up to the punctuation on either side.
fn clause<'d>(doc: &'d Document, hit: &Hit) -> impl Iterator<Item = usize> + 'd {
    let start = clause_start(doc, hit.tokens.start);
    let mut end = hit.tokens.end;
    while end < doc.tokens.len() && doc.tokens[end].gap_before == Gap::Soft {
        end += 1;
    }
    start..end
}

/// Verbs the writer does to the reader or to a thing: "get you set up", "buy it".
const OBJECT_VERBS: &[&str] = &[
    "get",
    "send",
    "give",
    "show",
    "help",
    "ping",
    "email",
    "add",
    "invite",
    "pay",
    "introduce",
    "connect",
    "reimburse",
    "update",
    "buy",
    "read",
    "fix",
    "share",
    "review",
    "merge",
    "post",
    "publish",
    "finish",
];

/// The first token of the clause that holds token `at`: back to the punctuation before it.
fn clause_start(doc: &Document, at: usize) -> usize {
    let mut start = at;
    while start > 0 && (doc.tokens[start].gap_before == Gap::Soft || pictures_only(doc, start)) {
        start -= 1;
    }
    start
}

/// Only spaces and pictures (emoji) stand before token `i`: "I can get you set up 💯 asap"
/// is one clause.
fn pictures_only(doc: &Document, i: usize) -> bool {
    let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
    !gap.is_ascii()
        && gap.chars().all(|c| {
            c.is_whitespace()
                || (!c.is_ascii()
                    && !c.is_alphanumeric()
                    && !matches!(
                        c,
                        '\u{2014}'
                            | '\u{2013}'
                            | '\u{2026}'
                            | '\u{201c}'
                            | '\u{201d}'
                            | '\u{2018}'
                            | '\u{2019}'
                    ))
        })
}
