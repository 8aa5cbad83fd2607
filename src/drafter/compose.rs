//! Turns a kind's form answers into a first draft (subject and body) from its template.
//! Pure text assembly: it judges nothing (the checker does) and never invents an ask.

use super::form::{answer, Field, Input};
use super::templates::{template, Condition, Part};
use super::Answers;
use crate::etiquette::{Context, Kind};
use serde::Serialize;

/// A first draft, ready for the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub subject: String,
    pub body: String,
}

/// The draft for `kind` from `answers`. Empty required answers come out as `[Label]` slots,
/// so the gap is visible and the checker's `unfilled-placeholder` rule holds the draft back.
pub fn compose(kind: Kind, answers: &Answers) -> Draft {
    let t = template(kind);
    Draft {
        subject: tidy(&render(t.subject, t.fields, answers)).replace('\n', " "),
        body: tidy(&render(t.body, t.fields, answers)),
    }
}

/// What the checker should know about a draft made from `answers`: who introduced the
/// writer, when the form says someone did (so `introducer-not-credited` and the
/// introducer's `no-loop-closing` apply).
pub fn context(kind: Kind, answers: &Answers) -> Context {
    let introduced = kind == Kind::Request && answer(answers, "tie") == "introduced";
    let introducer = answer(answers, "introducer");
    Context {
        introduced_by: (introduced && !introducer.is_empty()).then(|| introducer.to_string()),
    }
}

/// Who introduced the writer of a request, as the form records it: the "introducer"
/// answer when "How you know them" says someone introduced you; empty otherwise.
pub fn introducer(answers: &Answers) -> &str {
    if answer(answers, "tie") == "introduced" {
        answer(answers, "introducer")
    } else {
        ""
    }
}

/// Records who introduced the writer, as the form's two answers would ("How you know them:
/// introduced", and the name), so a pasted request gets the same checks as one from the
/// form. An empty `name` takes the introduction back out.
pub fn set_introducer(answers: &mut Answers, name: &str) {
    if name.trim().is_empty() {
        answers.remove("introducer");
        if answer(answers, "tie") == "introduced" {
            answers.remove("tie");
        }
    } else {
        answers.insert("tie".into(), "introduced".into());
        answers.insert("introducer".into(), name.into());
    }
}

fn render(parts: &[Part], fields: &'static [Field], answers: &Answers) -> String {
    let mut out = String::new();
    for part in parts.iter().filter(|p| holds(p.when, fields, answers)) {
        let mut rest = part.text;
        // build.rs has checked every `{…}` names a field, so a lookup can't miss.
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("checked at build time");
            let inner = &rest[open + 1..close];
            let (id, filter) = inner.split_once('|').unwrap_or((inner, ""));
            if let Some(field) = fields.iter().find(|f| f.id == id) {
                out.push_str(&fill(field, filter, answers));
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }
    out
}

fn holds(when: &[Condition], fields: &[Field], answers: &Answers) -> bool {
    let answered = |id: &str| fields.iter().any(|f| f.id == id && f.is_answered(answers));
    when.iter().all(|c| match *c {
        Condition::Filled(id) => answered(id),
        Condition::Empty(id) => !answered(id),
        Condition::Is(id, value) => answer(answers, id) == value,
        Condition::NoReport(id) => !crate::etiquette::promises_report(answer(answers, id)),
    })
}

fn fill(field: &Field, filter: &str, answers: &Answers) -> String {
    if !field.is_answered(answers) {
        return format!("[{}]", field.label);
    }
    let value = answer(answers, field.id);
    match field.input {
        Input::Choice(_) => field.choice(value).map_or("", |c| c.phrase).to_string(),
        _ if filter == "sentence" => as_sentence(value),
        _ if filter == "short" => short(value),
        _ if filter == "first" => {
            inline(value.split_whitespace().next().unwrap_or(value)).to_string()
        }
        _ => inline(value).to_string(),
    }
}

/// Most words an answer keeps in a subject line.
const SUBJECT_WORDS: usize = 6;

/// An answer cut down for a subject line: as it is up to [`SUBJECT_WORDS`] words; longer,
/// up to the first word that starts a detail ("with", "on", "about"…) after the second
/// word, or else its first [`SUBJECT_WORDS`] words. "your help with how you chose what to
/// measure first" becomes "your help".
fn short(value: &str) -> String {
    let value = inline(value);
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() <= SUBJECT_WORDS {
        return words.join(" ");
    }
    const DETAIL: [&str; 8] = ["with", "on", "about", "for", "to", "in", "at", "of"];
    let cut = words
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, w)| DETAIL.contains(&w.to_lowercase().as_str()))
        .map_or(SUBJECT_WORDS, |(i, _)| i.min(SUBJECT_WORDS));
    words[..cut].join(" ")
}

/// An answer put inside a template sentence: its own end punctuation would double up.
fn inline(value: &str) -> &str {
    value.trim_end_matches(['.', '!', ',', ';', ':', ' '])
}

/// An answer that stands as its own sentence: a capital first letter and a full stop.
fn as_sentence(value: &str) -> String {
    let mut chars = value.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !out.ends_with(['.', '!', '?', '…', '"', '”', ')']) {
        out.push('.');
    }
    out
}

/// One space between words, no space at line ends, at most one blank line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_lines += 1;
            if blank_lines > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank_lines = 0;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_gets_a_capital_and_a_full_stop() {
        assert_eq!(as_sentence("we met on tuesday"), "We met on tuesday.");
        assert_eq!(as_sentence("Is it done?"), "Is it done?");
        assert_eq!(as_sentence("élan"), "Élan.");
    }

    #[test]
    fn a_subject_keeps_a_short_answer_and_cuts_a_long_one_before_its_detail() {
        assert_eq!(short("introducing me to Raj"), "introducing me to Raj");
        assert_eq!(
            short("your help with how you chose what to measure first when you rebuilt onboarding"),
            "your help"
        );
        assert_eq!(
            short("reading every single page of my long application form."),
            "reading every single page"
        );
        assert_eq!(
            short("the wonderful long generous thoughtful careful kind notes"),
            "the wonderful long generous thoughtful careful"
        );
    }

    #[test]
    fn inline_answers_lose_their_end_punctuation() {
        assert_eq!(
            inline("feedback on my portfolio."),
            "feedback on my portfolio"
        );
        assert_eq!(inline("what's next?"), "what's next?");
    }

    #[test]
    fn tidy_collapses_spaces_and_blank_lines() {
        assert_eq!(
            tidy("Hi Ana,\n\n\n\nA  b. \n \nBest,\nSam\n"),
            "Hi Ana,\n\nA b.\n\nBest,\nSam"
        );
    }
}
