//! `no-loop-closing`: a thank-you (or a request after an introduction) with no word on what
//! happened and no promise to report back.

use super::{Check, Rule};
use crate::etiquette::text::Document;
use crate::etiquette::Kind;

/// Past-tense verbs that report an outcome without "-ed": "cut the report to four seconds".
const IRREGULAR_PAST: &[&str] = &[
    "went", "got", "came", "took", "made", "won", "began", "found", "met", "spoke", "ran", "sent",
    "cut", "gave", "became", "left", "led", "put", "felt", "heard", "told", "sold", "built",
    "brought", "bought", "landed", "taken", "given", "gone", "begun", "chosen", "written",
    "spoken", "shown", "wrote", "rewrote", "chose", "kept", "saw", "shipped",
];

/// Words that mark a report on what has happened since.
const SINCE_CUES: &[&str] = &[
    "now",
    "afterwards",
    "afterward",
    "since",
    "already",
    "yesterday",
    "finally",
];

/// Words that mean "tell them how it went" when said of the introducer.
const LOOP_WORDS: &[&str] = &[
    "posted", "loop", "know", "update", "updated", "cc", "cc'd", "copied", "copying", "thank",
    "thanks",
];

/// Help whose outcome is still to come, so the helper waits to hear of it: an introduction,
/// a referral, a reference, a review of something the writer will send out. Thanks for a
/// visit, a meeting alone, their time, their kindness or a letter of their own leave no
/// loop open.
const PENDING_HELP: &[&str] = &[
    "intro",
    "introduction",
    "introductions",
    "introduce",
    "introduced",
    "introducing",
    "connecting",
    "connected",
    "connection",
    "referral",
    "referred",
    "referring",
    "refer",
    "recommendation",
    "recommendations",
    "recommended",
    "recommending",
    "reference",
    "references",
    "referee",
    "vouching",
    "vouched",
    "forwarded",
    "forwarding",
    "nominating",
    "nominated",
    "nomination",
    "endorsement",
    "mock",
    "prep",
    "coaching",
    "lead",
    "leads",
];

/// Help in general ("your help", "your advice", "our chat"): it leaves a loop open only when
/// the note names what it was for ([`GOALS`]), "your advice on my interview".
const GENERAL_HELP: &[&str] = &[
    "advice",
    "feedback",
    "review",
    "reviewing",
    "edits",
    "critique",
    "tips",
    "suggestions",
    "suggestion",
    "pointers",
    "practice",
    "preparing",
    "help",
    "helping",
    "helped",
    "support",
    "guidance",
    "insight",
    "insights",
    "call",
    "chat",
    "conversation",
];

/// What help is for when its outcome is still to come.
const GOALS: &[&str] = &[
    "interview",
    "interviews",
    "application",
    "applications",
    "apply",
    "applying",
    "job",
    "search",
    "hunt",
    "offer",
    "decision",
    "role",
    "position",
    "pitch",
    "launch",
    "exam",
    "admission",
    "admissions",
    "grant",
    "proposal",
    "negotiation",
    "salary",
    "move",
    "switch",
    "transition",
    "career",
    "resume",
    "cv",
    "portfolio",
    "talk",
    "presentation",
    "thesis",
    "manuscript",
    "book",
];

pub struct NoLoopClosing;

impl Rule for NoLoopClosing {
    fn id(&self) -> &'static str {
        "no-loop-closing"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        if check.doc.body_word_count() < 5 {
            return;
        }
        let closed = match check.kind {
            // A request closes a loop only when it follows an introduction, and then the
            // loop is the introducer's: "I'll keep Kwame posted". A first note to the new
            // contact that credits them ("Kwame suggested I get in touch") has honoured the
            // introduction, and the report back is a message of its own: over every blind
            // set the finding was wrong there 16 times in 17. A reply to the introducer's
            // own thread ("Hi Kwame, thanks for the intro! Mark, …") still owes the promise.
            Kind::Request => match check.context.introduced_by.as_deref() {
                None => return,
                Some(name) => {
                    // Naming them in full names them by first name too.
                    let first = first_name(name);
                    let credited = super::introducer_not_credited::mentions(check.doc.text, first);
                    let first = first.to_lowercase();
                    // The greeting names them alone ("Hi Kwame,"), not them among others.
                    let greeted = check.doc.layout.addressed().is_some_and(|words| {
                        let mut names = words
                            .map(|i| check.doc.word(i))
                            .filter(|w| !crate::etiquette::lexicon::TITLES.contains(w));
                        names.next() == Some(first.as_str()) && names.next().is_none()
                    });
                    keeps_introducer_posted(check.doc, name) || credited && !greeted
                }
            },
            _ => {
                !awaits_an_outcome(check.doc) || check.satisfied() || reports_an_outcome(check.doc)
            }
        };
        if closed {
            return;
        }
        let span = check.anchor_on_end();
        let (fix, message) = match (check.kind, check.context.introduced_by.as_deref()) {
            (Kind::Request, Some(name)) => (
                check.insert_after_body(&format!("I'll let {} know how it goes.", first_name(name))),
                format!("Nothing says you'll tell {name} how this goes. Introducers put their name on the line; a promise to report back is their thanks."),
            ),
            _ => (
                check.insert_after_body("I'll let you know how it goes."),
                "There's no word on what came of their help, and no promise to report back. People who help love to hear the outcome: say what happened, or that you'll let them know.".to_string(),
            ),
        };
        check.report(span, message, Some(fix));
    }
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// Does the thanks concern help with an outcome still to come ([`PENDING_HELP`], or
/// [`GENERAL_HELP`] for one of the [`GOALS`])?
fn awaits_an_outcome(doc: &Document) -> bool {
    // "Thanks for adding your introduction" (to a members' list) is the reader's own, not
    // an introduction made for the writer: "your introduction" with no "to" after it.
    let self_introduction = |i: usize| {
        matches!(doc.word(i), "introduction" | "intro")
            && i > 0
            && doc.word(i - 1) == "your"
            && doc
                .tokens
                .get(i + 1)
                .is_none_or(|_| doc.word(i + 1) != "to")
    };
    let pending = doc
        .body_tokens()
        .any(|i| PENDING_HELP.contains(&doc.word(i)) && !self_introduction(i));
    // General help and its goal in one sentence: "your advice on my interview". Apart, they
    // are thanks for support in general and a word about something else.
    pending
        || doc.body_sentences().any(|s| {
            let has = |words: &[&str]| s.tokens.clone().any(|i| words.contains(&doc.word(i)));
            has(GENERAL_HELP) && has(GOALS)
        })
}

/// A sentence, other than the thanks itself, that tells what happened: past tense or "now".
/// ("We moved the billing service over on Monday." "Priya's team now uses it.")
fn reports_an_outcome(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        let words: Vec<&str> = s.tokens.clone().map(|i| doc.word(i)).collect();
        let thanks = words.iter().any(|w| {
            matches!(
                *w,
                "thank" | "thanks" | "grateful" | "appreciate" | "appreciated"
            )
        });
        let about_them = matches!(
            words.first(),
            Some(&"you") | Some(&"your") | Some(&"you've") | Some(&"you're")
        );
        !thanks
            && !about_them
            && words.iter().any(|w| {
                SINCE_CUES.contains(w)
                    || IRREGULAR_PAST.contains(w)
                    || (w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed"))
            })
    })
}

/// A sentence that names the introducer (or refers back to them) and promises news.
fn keeps_introducer_posted(doc: &Document, name: &str) -> bool {
    let name = first_name(name).to_ascii_lowercase();
    doc.sentences.iter().any(|s| {
        let words: Vec<&str> = s.tokens.clone().map(|i| doc.word(i)).collect();
        let names_them = words
            .iter()
            .any(|w| *w == name || matches!(*w, "her" | "him" | "them"));
        names_them && words.iter().any(|w| LOOP_WORDS.contains(w))
    })
}
