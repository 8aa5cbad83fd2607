//! `me-first`: a message about the sender, not the reader: "I" far outweighs "you", or it
//! opens with a self-pitch.

use super::{Check, Rule};
use crate::etiquette::lexicon::{is_first_person, is_second_person};

/// The `[[phrase]]` group of self-introductions ("My name is ... and I").
const SELF_INTRO: usize = 1;

/// Below this many first-person words a message is too short to judge its balance.
const ENOUGH: usize = 12;
/// "I" words per "you" word at which the balance tips.
const RATIO: usize = 3;

pub struct MeFirst;

impl Rule for MeFirst {
    fn id(&self) -> &'static str {
        "me-first"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let (mut me, mut you) = (0usize, 0usize);
        for i in doc.body_tokens() {
            let w = doc.word(i);
            if is_first_person(w) {
                me += 1;
            } else if is_second_person(w) {
                you += 1;
            }
        }
        // Past a pleasantry: "I hope your week has been going well. My name is Krishna and…"
        // opens on the self-introduction all the same.
        let mut sentences = doc.body_sentences();
        let Some(mut opening) = sentences.next() else {
            return;
        };
        // The rest of a greeting the layout cut short ("Hi @Mateuszd6 ," leaves the handle
        // in the body) is no opening.
        let body = doc.layout.body.clone();
        let in_body = |s: &crate::etiquette::text::Sentence| {
            s.tokens
                .end
                .min(body.end)
                .saturating_sub(s.tokens.start.max(body.start))
        };
        if in_body(opening) <= 2 && opening.tokens.start < body.start {
            if let Some(next) = sentences.next() {
                opening = next;
            }
        }
        if pleasantry(doc, opening) {
            if let Some(next) = sentences.next() {
                opening = next;
            }
        }
        let opening_about_me = opening.tokens.clone().any(|i| is_first_person(doc.word(i)))
            && !opening
                .tokens
                .clone()
                .any(|i| is_second_person(doc.word(i)));
        // A self-pitch only counts when it opens the message and says nothing of the reader.
        // A self-introduction is the opening whatever else the sentence says.
        let pitch = check.phrase_hits().find(|&(hit, spec)| {
            opening.tokens.contains(&hit.tokens.start) && (opening_about_me || spec == SELF_INTRO)
        });
        if let Some((hit, spec)) = pitch {
            check.report_phrase(hit, spec);
            return;
        }
        // "I am Robert Wright, a freelance photographer." "I'm a former reporter who…"
        // "We are students at…": an opening that presents the writer, and nothing of them.
        // A pleasantry of three words or fewer first ("Warm greetings!") changes nothing.
        // Past a pleasantry too: "I hope this finds you well. I'm Mohit, a founder…".
        let presenting = doc
            .body_sentences()
            .take(3)
            .find(|s| s.tokens.len() > 3 && !pleasantry(doc, s));
        // Up to the first comma, semicolon, dash, "and" or "but": "I am the author of
        // Illuminating Fiction, a book of interviews, and I hope you will…" presents the
        // writer before it turns to the reader.
        let says_nothing_of_them = |s: &crate::etiquette::text::Sentence| {
            let clause_end = s
                .tokens
                .clone()
                .skip(1)
                .find(|&i| {
                    let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
                    gap.contains([',', ';', '\u{2014}', '\u{2013}'])
                        || matches!(doc.word(i), "and" | "but")
                })
                .unwrap_or(s.tokens.end);
            !(s.tokens.start..clause_end).any(|i| is_second_person(doc.word(i)))
        };
        if let Some(sentence) = presenting.filter(|s| says_nothing_of_them(s)) {
            if let Some(end) = presents_the_writer(check, sentence.tokens.clone()) {
                let start = sentence.tokens.start.max(doc.body_tokens().start);
                let span = check.span(start, end);
                let words = doc.original_range(start, end);
                check.report(
                    span,
                    format!("Opening with “{words}” starts with you. Open with why you're writing to them; who you are fits in a line after."),
                    None,
                );
                return;
            }
        }
        if me >= ENOUGH && me >= RATIO * you {
            let span = check.sentence_span(opening);
            check.report(
                span,
                format!("This message says I/me/my {me} times and you/your {you} times. Start from them: why you're writing to this person, what you know of their work."),
                None,
            );
        }
    }
}

/// The last token of an opening that presents the writer: "I am a", "I'm an", "I am
/// Robert", "I'm [Your Name]", "We are students": `None` for any other opening.
fn presents_the_writer(check: &Check<'_, '_>, tokens: std::ops::Range<usize>) -> Option<usize> {
    let doc = check.doc;
    let first = tokens.start.max(doc.body_tokens().start);
    let word = |k: usize| (k < tokens.end).then(|| doc.word(k));
    // "Sean Blanda here, managing editor of…": a name and "here" opening the message.
    let here = (first + 1..(first + 4).min(tokens.end)).find(|&k| doc.word(k) == "here");
    if let Some(here) = here {
        let named = (first..here).all(|k| doc.tokens[k].capitalized && doc.word(k) != "i");
        let then = doc
            .tokens
            .get(here + 1)
            .map(|t| &doc.text[doc.tokens[here].span.end..t.span.start]);
        if named && then.is_some_and(|gap| gap.contains([',', '\u{2014}', '\u{2013}', '-'])) {
            return Some(here);
        }
    }
    // Past a greeting run into the sentence: "Hi [Name], I'm [Your Name] from…".
    let start = (first..(first + 5).min(tokens.end)).find(|&k| {
        matches!(doc.word(k), "i" | "i'm" | "we" | "we're")
            && (k == first || doc.tokens[k].gap_before == crate::etiquette::text::Gap::Hard)
    })?;
    // "I work at marketing agency.", "Hi, i work at madedotcom": where the writer works,
    // before anything of the reader.
    if matches!(word(start), Some("i" | "we"))
        && word(start + 1) == Some("work")
        && matches!(word(start + 2), Some("at" | "for" | "in" | "with" | "as"))
    {
        return Some(start + 2);
    }
    let (subject_end, plural) = match (word(start), word(start + 1)) {
        (Some("i'm"), _) => (start, false),
        (Some("i"), Some("am")) => (start + 1, false),
        (Some("we're"), _) => (start, true),
        (Some("we"), Some("are")) => (start + 1, true),
        _ => return None,
    };
    // "I am currently a student at Turing": a time word before what they are.
    let mut next = subject_end + 1;
    if word(next).is_some_and(|w| {
        matches!(
            w,
            "currently" | "now" | "also" | "just" | "actually" | "presently" | "recently"
        )
    }) {
        next += 1;
    }
    let w = word(next)?;
    let slot = doc.text[doc.tokens[next].span.start..].starts_with('[');
    let named = doc.tokens[next].capitalized && !matches!(w, "i" | "excited" | "thrilled");
    // "I am the author of…", "I'm the P.R. Manager for…": a role the writer holds.
    let role = w == "the"
        && (next + 2..(next + 6).min(tokens.end))
            .any(|k| matches!(doc.word(k), "of" | "at" | "for"))
        && word(next + 1).is_some_and(|r| {
            !r.ends_with("est") && !matches!(r, "one" | "only" | "first" | "last")
        });
    // "I'm one of the project managers that runs TCIA".
    let one_of = w == "one" && word(next + 1) == Some("of");
    let article = matches!(w, "a" | "an") || role || one_of;
    let group = plural
        && matches!(
            w,
            "students" | "a" | "an" | "researchers" | "founders" | "graduates" | "alumni"
        );
    (article || named || slot || group).then_some(next)
}

/// A first sentence that only wishes them well: "I hope you're doing well!", "Hope your
/// week has been going well.", "Good morning!".
fn pleasantry(
    doc: &crate::etiquette::text::Document,
    s: &crate::etiquette::text::Sentence,
) -> bool {
    let all: Vec<&str> = s.tokens.clone().map(|i| doc.word(i)).collect();
    // "Greetings and hope this email finds you well!"
    let words = match all.as_slice() {
        ["greetings", "and", rest @ ..] => rest,
        words => words,
    };
    let wish = matches!(words, ["i", "hope", ..] | ["hope", ..] | ["i", "trust", ..])
        && words.len() <= 9
        && words.iter().any(|w| {
            matches!(
                *w,
                "well" | "good" | "great" | "fine" | "safe" | "healthy" | "nicely" | "wonderful"
            )
        });
    let greeting = matches!(
        words,
        ["good", "morning" | "afternoon" | "evening" | "day"] | ["happy", _] | ["happy", _, _]
    );
    wish || greeting
}
