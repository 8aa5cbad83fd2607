//! The first answers or words of a draft started from a person or a loop: a check-in for
//! an occasion, a thank-you, word to an introducer, one kind follow-up, an introduction of
//! two people. Answers only (the templates draft them), except the follow-up, which has no
//! template and is written here in full for the checker to read like any other.

use super::person::{OccasionKind, Person};
use crate::drafter::{introducer, Answers};
use crate::store::Draft;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect()
}

/// A check-in to `person`: their name, and the greeting when an occasion is the reason.
pub fn check_in(person: &Person, occasion: Option<OccasionKind>, sender: &str) -> Answers {
    let mut out = answers(&[("name", person.first_name()), ("sender", sender)]);
    if let Some(kind) = occasion {
        out.insert("occasion".into(), "greeting".into());
        out.insert("greeting".into(), kind.label().into());
    }
    out
}

/// A thank-you to whoever introduced the writer of `request`, for the introduction.
pub fn tell_introducer(request: &Draft, sender: &str) -> Answers {
    let name = super::loops::addressee(request);
    let who = introducer(&request.form);
    let first = who.split_whitespace().next().unwrap_or(who);
    answers(&[
        ("name", first),
        ("did", &format!("introducing me to {name}")),
        ("sender", sender),
    ])
}

/// An introduction of `first` to `second`, because one is good at what the other is
/// working on. The "asked both first" box is left for the writer to tick.
pub fn introduction(first: &Person, second: &Person, sender: &str) -> Answers {
    answers(&[
        ("first", &first.name),
        ("first_about", &first.good_at),
        ("second", &second.name),
        ("second_about", &second.cares_about),
        ("sender", sender),
    ])
}

/// One kind follow-up to `request`: short, no pressure, and a clear way to let it go.
pub fn follow_up_body(request: &Draft, sender: &str) -> String {
    let name = super::loops::addressee(request);
    let first = name.split_whitespace().next().unwrap_or(&name);
    let sender = if sender.trim().is_empty() {
        ""
    } else {
        sender.trim()
    };
    format!(
        "Hi {first},\n\nI'm bringing my note from a couple of weeks ago back to the top of your inbox, in case it got buried. No worries at all if now isn't a good time: I'll take no reply as a no, and I won't write about it again.\n\nIf there's anything I can do for you in the meantime, just say.\n\nBest wishes,\n{sender}"
    )
    .trim_end()
    .to_string()
}
