//! What Goodwill keeps for a user: drafts, quiz answers and results, the plan, the people
//! they keep in touch with and the preferences. Plain data with serde shapes; loading, saving and upgrading live elsewhere.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::time::Timestamp;
use crate::drafter::Ignored;
use crate::etiquette::Kind;
use crate::people::Person;
use crate::quiz::QuizResult;

/// Everything saved, as the current schema shapes it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Data {
    /// Every draft, newest edit first is how pages sort them; stored in creation order.
    pub drafts: Vec<Draft>,
    /// Completed quiz attempts, oldest first.
    pub results: Vec<Attempt>,
    /// A quiz the user has started and not finished.
    pub quiz_progress: Option<QuizProgress>,
    /// The "this week, try..." plan the user chose to keep.
    pub plan: Option<Plan>,
    pub prefs: Prefs,
    /// When the user last downloaded an export, so the Data page can nudge.
    pub last_export: Option<Timestamp>,
    /// The people the user keeps in touch with. Since schema 3.
    pub people: Vec<Person>,
    /// Open loops the user marked done or dismissed, by key (`thank:d-…`). Since schema 3.
    pub loops_closed: Vec<String>,
    /// Records that could not be read. Kept, exported and counted, never dropped silently.
    pub set_aside: Vec<SetAside>,
}

/// One message the user is writing or has sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub kind: Kind,
    /// Who it is for, as the user wrote it; may be empty.
    #[serde(default)]
    pub recipient: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub body: String,
    /// The guided form's answers, field id to value, so the form can be reopened.
    #[serde(default)]
    pub form: BTreeMap<String, String>,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// When the user marked it sent; `None` while it is a draft.
    #[serde(default)]
    pub sent: Option<Timestamp>,
    /// The draft this one follows up, e.g. the request a thank-you answers.
    #[serde(default)]
    pub follows: Option<String>,
    /// Findings the user chose to ignore in this draft ("ignore here"). Since schema 2.
    #[serde(default)]
    pub ignored: Vec<Ignored>,
    /// The person it is to, when it was started from them. Since schema 3.
    #[serde(default)]
    pub person: Option<String>,
}

/// One finished quiz: the answers given and the result they scored at the time. Kept
/// as scored, so history shows what the user saw even if the scoring later changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub id: String,
    pub completed: Timestamp,
    /// Item id to answer, 1 to 5.
    pub answers: BTreeMap<String, u8>,
    pub score: QuizResult,
}

/// A quiz in progress: resumed exactly where the user left it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizProgress {
    pub started: Timestamp,
    pub answers: BTreeMap<String, u8>,
    /// Index (into `quiz::ITEMS`) of the first question on the screen the user was on:
    /// a question, not a screen number, so a different screen width resumes at the same
    /// question (see `quiz::screens`).
    pub position: usize,
}

/// The actions the user chose to try, each tickable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub made: Timestamp,
    /// The result it was made from, if any.
    #[serde(default)]
    pub from_result: Option<String>,
    pub items: Vec<PlanItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: String,
    pub text: String,
    /// The guide that explains it.
    #[serde(default)]
    pub guide: Option<String>,
    #[serde(default)]
    pub done: bool,
}

/// Choices that shape the app.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Checker rules the user switched off.
    pub disabled_rules: BTreeSet<String>,
    /// What the user most likes to give ("design feedback, intros to founders"), asked
    /// once on the People page, to suggest who could use a hand. Since schema 3.
    pub gives: String,
}

/// A record that did not read, with where it came from and why, kept byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// Which part of the data it came from: "drafts", "results", "plan", ...
    pub area: String,
    pub reason: String,
    pub value: Value,
}

impl Draft {
    /// Nothing written and nothing answered (a remembered sign-off name does not count):
    /// not worth listing, and reused when the user starts another of the same kind.
    pub fn is_blank(&self) -> bool {
        self.body.trim().is_empty()
            && self.subject.trim().is_empty()
            && self
                .form
                .iter()
                .all(|(field, value)| field == "sender" || value.trim().is_empty())
            && self.sent.is_none()
            && self.follows.is_none()
    }
}

impl Data {
    /// True when there is nothing worth keeping: a first visit, or after "delete everything".
    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty()
            && self.results.is_empty()
            && self.quiz_progress.is_none()
            && self.plan.is_none()
            && self.people.is_empty()
            && self.loops_closed.is_empty()
            && self.prefs == Prefs::default()
            && self.set_aside.is_empty()
    }

    pub fn draft(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The name the user signed their latest draft with (its form's `sender`), so a new
    /// draft need not ask again.
    pub fn last_sender(&self) -> Option<&str> {
        self.drafts
            .iter()
            .filter_map(|d| Some((d.updated, d.form.get("sender")?.trim())))
            .filter(|(_, name)| !name.is_empty())
            .max_by_key(|(updated, _)| *updated)
            .map(|(_, name)| name)
    }

    /// A fresh id for a new record: `<prefix>-<base-36 time>`, suffixed if that is taken.
    pub fn new_id(&self, prefix: &str, now: Timestamp) -> String {
        let base = format!("{prefix}-{}", base36(now.0.max(0) as u64));
        let taken = |id: &str| {
            self.drafts.iter().any(|d| d.id == id)
                || self.results.iter().any(|r| r.id == id)
                || self.people.iter().any(|p| p.id == id)
        };
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .expect("an unbounded range always finds a free id")
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base-36 digits are ASCII")
}
