//! The four kinds of networking message the checker knows, and their names on the wire.

use serde::{Deserialize, Serialize};

/// What the message is for; rules apply to some kinds and not others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Asking someone for something: advice, a chat, an introduction, a referral, feedback.
    Request,
    /// After someone helped.
    ThankYou,
    /// Connecting two people.
    Introduction,
    /// Keeping in touch with no ask: congratulations, an article, a greeting.
    CheckIn,
}

impl Kind {
    /// Every kind, in the order the app offers them.
    pub const ALL: [Kind; 4] = [
        Kind::Request,
        Kind::ThankYou,
        Kind::Introduction,
        Kind::CheckIn,
    ];

    /// The stable name used in the CLI, JSON and saved drafts.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::ThankYou => "thank-you",
            Kind::Introduction => "introduction",
            Kind::CheckIn => "check-in",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Request => "Request",
            Kind::ThankYou => "Thank-you",
            Kind::Introduction => "Introduction",
            Kind::CheckIn => "Check-in",
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!("unknown kind {s:?}: expected one of request, thank-you, introduction, check-in")
            })
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
