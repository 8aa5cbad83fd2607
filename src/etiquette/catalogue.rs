//! The rule catalogue compiled in from `content/rules/`: ids, titles, kinds, severities,
//! explanations, guide links and phrase lists.

use super::{Kind, Severity};
use serde::Serialize;

/// How a phrase match can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseFix {
    Replace(&'static str),
    Remove,
}

/// Where in a message a phrase group's matches count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Anywhere,
    /// Only in a sentence that asks something of the reader.
    Ask,
    /// In an ask, or where the writer says what they wish for ("I'd love to join your team").
    AskOrWish,
}

/// A group of patterns that share one message. Patterns are lower case, words separated
/// by spaces; `*` stands for any one word, `~word` for any form of it, `(a|b|)` for one of
/// a few words or none (see `forms`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseSpec {
    pub patterns: &'static [&'static str],
    /// Shown for each match; `{}` is replaced by the words as the user wrote them.
    pub message: &'static str,
    pub fix: Option<PhraseFix>,
    pub scope: Scope,
}

/// Everything the app and the CLI say about a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleMeta {
    /// Stable id: never changes once shipped (saved drafts and settings refer to it).
    pub id: &'static str,
    pub title: &'static str,
    pub kinds: &'static [Kind],
    pub severity: Severity,
    /// Slug of the guide that explains the principle behind the rule.
    pub guide: &'static str,
    /// One line: what to do instead.
    pub summary: &'static str,
    pub explanation: &'static str,
}

/// The words a rule's checks look for, kept apart from [`RuleMeta`] so that code showing
/// rules (the app's pages) never links the checker's phrase lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleWords {
    pub phrases: &'static [PhraseSpec],
    /// Phrases whose presence means a "something is missing" rule is satisfied.
    pub satisfied_by: &'static [&'static str],
    /// Antipatterns: a phrase match inside one of these is meant in another sense.
    pub unless: &'static [&'static str],
}

impl RuleMeta {
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

include!(concat!(env!("OUT_DIR"), "/rules.rs"));

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static RuleMeta> {
    RULES.iter().find(|r| r.id == id)
}

/// The phrase lists of the rule with this id.
pub fn rule_words(id: &str) -> Option<&'static RuleWords> {
    RULES
        .iter()
        .position(|r| r.id == id)
        .map(|i| &RULE_WORDS[i])
}

/// Examples from the rule files, for tests: `(rule id, kind, should fire, text)`.
#[cfg(not(target_arch = "wasm32"))]
pub mod examples {
    include!(concat!(env!("OUT_DIR"), "/rule_examples.rs"));
}
