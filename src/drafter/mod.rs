//! The drafter's pure core: the guided form per kind, first drafts from the templates in
//! `content/templates/`, "ignore here", the readiness summary, the `mailto:` link and the
//! thank-you that follows a request. Plain data in, plain data out; no web types, no storage.
//!
//! ```
//! use goodwill::drafter::{self, Answers};
//! use goodwill::etiquette::Kind;
//!
//! let answers: Answers = [
//!     ("name", "Ana"),
//!     ("tie", "casual"),
//!     ("ask", "how you chose what to measure first when you rebuilt onboarding"),
//!     ("time", "call-15"),
//!     ("sender", "Sam"),
//! ]
//! .into_iter()
//! .map(|(k, v)| (k.to_string(), v.to_string()))
//! .collect();
//! assert!(drafter::missing(Kind::Request, &answers).is_empty());
//! let draft = drafter::compose(Kind::Request, &answers);
//! let checked = drafter::check(Kind::Request, &draft.body, &answers, &[], &[]);
//! assert!(checked.report.diagnostics.is_empty());
//! assert!(checked.readiness.ready);
//! ```

mod compose;
mod follow_up;
mod form;
mod groups;
mod highlight;
mod ignore;
mod mailto;
mod readiness;
mod rebase;
mod templates;
pub mod wire;

pub use compose::{compose, context, introducer, set_introducer, Draft};
pub use follow_up::thank_you_from_request;
pub use form::{fields, missing, shown_fields, validate, Choice, Field, Input, CHECKED};
pub use groups::{fix_all, groups, Group};
pub use highlight::{
    finding_at, list_order, marks_shown, pieces, Piece, MAX_MARKED_BYTES, MAX_SHOWN,
};
pub use ignore::{about_the_whole_message, without_ignored, Ignored};
pub use mailto::{mailto, Mailto, PRACTICAL_LIMIT};
pub use readiness::{readiness, CheckItem, HeldBy, Readiness};
pub use rebase::rebase;

use crate::etiquette::{lint_with, Kind, Report};
use serde::Serialize;
use std::collections::BTreeMap;

/// A form's answers: field id to value. A choice holds its option's `value`, a ticked
/// checkbox holds [`CHECKED`], an unanswered field is absent or empty.
pub type Answers = BTreeMap<String, String>;

/// What the editor shows for a draft: the findings left after ignores and switched-off
/// rules, and the readiness summary built from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checked {
    pub report: Report,
    pub readiness: Readiness,
}

/// Checks `text`, a draft of `kind` made from `answers`, as the editor needs it: with the
/// form's context (who introduced the writer), without the findings `ignored` silences in
/// this draft, and without rules the user switched off in preferences (`switched_off` ids).
pub fn check(
    kind: Kind,
    text: &str,
    answers: &Answers,
    ignored: &[Ignored],
    switched_off: &[&str],
) -> Checked {
    let mut report = lint_with(kind, text, &context(kind, answers));
    report
        .diagnostics
        .retain(|d| !switched_off.contains(&d.rule));
    let report = without_ignored(&report, text, ignored);
    Checked {
        readiness: readiness(kind, text, &report, answers),
        report,
    }
}

/// Who a draft is for, in a few words for lists: the name field, or both names of an
/// introduction. Empty when the form has none yet.
pub fn recipient(kind: Kind, answers: &Answers) -> String {
    let get = |id: &str| answers.get(id).map(|v| v.trim()).unwrap_or("");
    match kind {
        Kind::Introduction => match (get("first"), get("second")) {
            ("", "") => String::new(),
            (a, "") | ("", a) => a.to_string(),
            (a, b) => format!("{a} and {b}"),
        },
        _ => get("name").to_string(),
    }
}

/// A draft's line in the drafts list: "Request to Ana", "Introduction: Ana and Ben",
/// "Check-in (no name yet)". A pasted draft with no name field is named from its greeting.
pub fn list_title(kind: Kind, recipient: &str, body: &str) -> String {
    let named = recipient.trim();
    let who = if named.is_empty() {
        crate::etiquette::greeted_name(body).unwrap_or_default()
    } else {
        named.to_string()
    };
    match (kind, who.is_empty()) {
        (kind, true) => format!("{} (no name yet)", kind.label()),
        (Kind::Introduction, false) => format!("Introduction: {who}"),
        (kind, false) => format!("{} to {who}", kind.label()),
    }
}

/// One line on what `kind` of message is for, from `content/templates/`.
pub fn description(kind: Kind) -> &'static str {
    templates::template(kind).description
}
