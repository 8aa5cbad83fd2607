//! Loops still open, read from the messages the user marked sent, and only ever what the
//! user owes: a thank-you to someone who helped, word to whoever introduced them, and one
//! kind follow-up on a request with no answer after two weeks, never a second. Nothing
//! here counts what anyone owes the user.

use serde::Serialize;

use super::day::Day;
use crate::drafter::introducer;
use crate::etiquette::{greeted_name, Kind};
use crate::store::Draft;

/// Days after a request is sent before a follow-up is suggested.
pub const FOLLOW_UP_AFTER_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LoopKind {
    /// Thank them if they helped.
    Thank,
    /// Tell whoever introduced you how it went.
    TellIntroducer,
    /// One kind follow-up on a request with no answer.
    FollowUp,
}

/// One loop the user could close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenLoop {
    /// Stable for this loop, e.g. `thank:d-mhx1`: what "done" and "dismiss" record.
    pub key: String,
    pub kind: LoopKind,
    /// The sent request it comes from.
    pub request: String,
    /// Who the word goes to.
    pub to: String,
    /// The loop in one sentence.
    pub text: String,
    /// A draft already started for it, to finish rather than start again.
    pub draft: Option<String>,
}

impl LoopKind {
    fn prefix(self) -> &'static str {
        match self {
            LoopKind::Thank => "thank",
            LoopKind::TellIntroducer => "introducer",
            LoopKind::FollowUp => "follow",
        }
    }
}

/// The name a sent message was addressed to: its greeting, else its "To", else the form's.
pub fn addressee(d: &Draft) -> String {
    greeted_name(&d.body)
        .or_else(|| Some(d.recipient.trim().to_string()).filter(|r| !r.is_empty()))
        .or_else(|| d.form.get("name").cloned().filter(|n| !n.trim().is_empty()))
        .unwrap_or_else(|| "them".to_string())
}

/// Every open loop, oldest request first; `closed` holds the keys the user marked done or
/// dismissed.
pub fn open_loops(drafts: &[Draft], closed: &[String], today: Day) -> Vec<OpenLoop> {
    fn follows<'a>(drafts: &'a [Draft], id: &'a str) -> impl Iterator<Item = &'a Draft> {
        drafts
            .iter()
            .filter(move |d| d.follows.as_deref() == Some(id))
    }
    let is_request = |id: &str| drafts.iter().any(|d| d.id == id && d.kind == Kind::Request);
    let mut requests: Vec<&Draft> = drafts
        .iter()
        .filter(|d| d.kind == Kind::Request && d.sent.is_some())
        // A follow-up is the same ask again: its loops are the first request's.
        .filter(|d| !d.follows.as_deref().is_some_and(is_request))
        .collect();
    requests.sort_by_key(|d| (d.sent, d.id.clone()));

    let mut out = Vec::new();
    for r in requests {
        let sent = Day::of(r.sent.expect("filtered on sent"));
        let name = addressee(r);
        let first = name.split_whitespace().next().unwrap_or(&name).to_string();
        let introducer = introducer(&r.form).trim().to_string();
        let to_introducer = |d: &Draft| {
            !introducer.is_empty() && {
                let to = addressee(d).to_lowercase();
                let full = introducer.to_lowercase();
                to == full || full.split_whitespace().next() == Some(to.as_str())
            }
        };
        let thanks: Vec<&Draft> = follows(drafts, &r.id)
            .filter(|d| d.kind == Kind::ThankYou && !to_introducer(d))
            .collect();
        let word_to_introducer: Vec<&Draft> = follows(drafts, &r.id)
            .filter(|d| to_introducer(d))
            .collect();
        let follow_ups: Vec<&Draft> = follows(drafts, &r.id)
            .filter(|d| d.kind == Kind::Request)
            .collect();
        let unsent = |ds: &[&Draft]| ds.iter().find(|d| d.sent.is_none()).map(|d| d.id.clone());
        let any_sent = |ds: &[&Draft]| ds.iter().any(|d| d.sent.is_some());
        let mut push = |kind: LoopKind, to: String, text: String, draft: Option<String>| {
            let key = format!("{}:{}", kind.prefix(), r.id);
            if !closed.contains(&key) {
                out.push(OpenLoop {
                    key,
                    kind,
                    request: r.id.clone(),
                    to,
                    text,
                    draft,
                });
            }
        };

        if !any_sent(&thanks) {
            push(
                LoopKind::Thank,
                name.clone(),
                format!("If {first} helped, thank them, and say what came of it."),
                unsent(&thanks),
            );
        }
        if !introducer.is_empty() && !any_sent(&word_to_introducer) {
            let intro_first = introducer.split_whitespace().next().unwrap_or(&introducer);
            push(
                LoopKind::TellIntroducer,
                introducer.clone(),
                format!(
                    "Tell {intro_first} how it went with {first}: they put their name to the introduction."
                ),
                unsent(&word_to_introducer),
            );
        }
        let waited = today.0 - sent.0;
        if waited >= FOLLOW_UP_AFTER_DAYS && thanks.is_empty() && !any_sent(&follow_ups) {
            push(
                LoopKind::FollowUp,
                name.clone(),
                format!(
                    "No answer from {first} in {} weeks? One kind follow-up is fine; after that, let it go.",
                    waited / 7
                ),
                unsent(&follow_ups),
            );
        }
    }
    out
}
