//! The etiquette checker: finds where a networking message breaks the rules in
//! `content/rules/`. Pure Rust with no web types; the app and the CLI both call [`lint`].

mod asks;
mod catalogue;
mod diagnostic;
mod forms;
mod kind;
mod lexicon;
mod phrase;
pub mod rules;
mod text;

#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::examples;
pub use catalogue::{
    rule, rule_words, PhraseFix, PhraseSpec, RuleMeta, RuleWords, Scope, RULES, RULE_WORDS,
};
pub use diagnostic::{utf16_spans, Diagnostic, Fix, Severity, Span};
pub use kind::Kind;
pub use rules::{word_budget, WordBudget};

use serde::Serialize;

/// What the writer told us beyond the text itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// Who introduced the writer to the reader, when the message follows an introduction.
    pub introduced_by: Option<String>,
}

/// The result of checking one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub kind: Kind,
    /// Words in the body (greeting and sign-off excluded).
    pub words: usize,
    /// Sorted by start offset, then severity.
    pub diagnostics: Vec<Diagnostic>,
    /// What the text itself says, for the drafter's checklist (not the CLI's JSON), read
    /// while the message is already analysed so the editor never reads it twice.
    #[serde(skip)]
    pub reading: Reading,
}

/// What a message does beyond breaking rules, read in the same pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    /// A check-in brings the reader something: congratulations, a greeting for an
    /// occasion, news of theirs noticed, or a link to something to read.
    pub brings_something: bool,
    /// A thank-you names what the reader did ("for the hour you spent on my CV"), not only
    /// "thanks for your help".
    pub thanks_are_specific: bool,
    /// A request asks the reader for something, or says what the writer wishes for, in a
    /// wording the checker knows (`vague-ask` says nothing when it finds no ask at all).
    pub asks_something: bool,
}

impl Report {
    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Checks `text` as a message of `kind`.
pub fn lint(kind: Kind, text: &str) -> Report {
    lint_with(kind, text, &Context::default())
}

/// What `doc` does beyond the rules, for a message of `kind` (only what that kind's
/// checklist reads, so other kinds pay nothing for it).
fn reading(kind: Kind, doc: &text::Document, hits: &[phrase::Hit]) -> Reading {
    let brings_something = kind == Kind::CheckIn
        && (hits
            .iter()
            .any(|h| h.owner == phrase::Owner::Gift && !h.quoted && !h.negated)
            || rules::has_link(doc.text));
    let thanks_are_specific = kind == Kind::ThankYou && {
        let generic_thanks = RULES.iter().position(|r| r.id == "generic-thanks");
        hits.iter().any(|h| {
            !h.quoted
                && generic_thanks.is_some_and(|rule| h.owner == phrase::Owner::Satisfies { rule })
        }) || rules::names_what_they_did(doc)
    };
    Reading {
        brings_something,
        thanks_are_specific,
        asks_something: false,
    }
}

/// The name a message is signed with: the last line of its sign-off ("Best,\nSamira"
/// gives "Samira"), when that line reads as a name. `None` with no sign-off.
pub fn signed_name(text: &str) -> Option<String> {
    let doc = text::Document::new(text);
    let signoff = doc.layout.signoff.clone()?;
    let from = doc.tokens.get(signoff.start)?.span.start;
    let last = text[from..]
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())?;
    let name_like = (1..=3).contains(&last.split_whitespace().count())
        && !last.contains(['.', '?', '!', ',', ':', ';'])
        && last.chars().next().is_some_and(char::is_uppercase);
    name_like.then(|| last.to_string())
}

/// Does `sentence` already promise the reader a report ("I'll keep you posted", "will
/// let you know how it goes")? A report of what happened is not a promise of one.
pub fn promises_report(sentence: &str) -> bool {
    const PROMISES: &[&str] = &[
        "let you know",
        "keep you posted",
        "keep you updated",
        "keep you in the loop",
        "update you",
        "report back",
        "fill you in",
        "tell you how",
        "send you an update",
    ];
    let lower = sentence.to_lowercase().replace('’', "'");
    PROMISES.iter().any(|p| lower.contains(p))
}

/// The name a message's greeting gives the reader: "Ana" from "Hi Ana,", "Ms Chen" from
/// "Dear Ms Chen", "Ana and Ben", "Angela" from "Hey, Angela!". `None` when the greeting
/// names nobody ("Hi all", "Dear Sir", no greeting).
///
/// Reads only the opening lines ([`opening`]), where a greeting is: the editor asks this
/// for its heading on every keystroke, and a long paste must not be read whole for it.
pub fn greeted_name(text: &str) -> Option<String> {
    let text = opening(text);
    let doc = text::Document::new(text);
    let greeting = doc.layout.greeting.clone()?;
    let line_end = text[doc.tokens[greeting.start].span.start..]
        .find('\n')
        .map_or(text.len(), |i| doc.tokens[greeting.start].span.start + i);
    // Past the greeting word, and "my dear", "there", "again": up to the end of the line.
    // A name alone on the line ("Mrs. Jones,") has no greeting word to pass.
    let mut first = doc.layout.addressed().map_or(greeting.end, |a| a.start);
    while first < doc.tokens.len()
        && matches!(
            doc.word(first),
            "dear" | "dearest" | "there" | "again" | "morning" | "afternoon" | "evening"
        )
    {
        first += 1;
    }
    let mut last = first;
    while last < doc.tokens.len()
        && doc.tokens[last].span.end <= line_end
        && (doc.tokens[last].capitalized || matches!(doc.word(last), "and" | "&"))
        && last < first + 5
    {
        last += 1;
    }
    while last > first && matches!(doc.word(last - 1), "and" | "&") {
        last -= 1;
    }
    if last == first {
        return None;
    }
    let name = doc.original_range(first, last - 1);
    let mass = matches!(
        doc.word(first),
        "all"
            | "team"
            | "everyone"
            | "sir"
            | "madam"
            | "friend"
            | "friends"
            | "colleagues"
            | "hiring"
            | "recruiter"
            | "i"
            | "i'm"
    );
    (!mass).then(|| name.to_string())
}

/// The first lines of `text` (at most [`OPENING_LINES`] line breaks and [`OPENING_BYTES`]
/// bytes): the header lines a greeting may follow (three at most) and the greeting's own
/// line, with room to spare.
fn opening(text: &str) -> &str {
    let mut end = text.len().min(OPENING_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.match_indices('\n')
        .nth(OPENING_LINES)
        .map_or(head, |(at, _)| &head[..at])
}

const OPENING_LINES: usize = 8;
const OPENING_BYTES: usize = 4096;

/// Checks `text` as a message of `kind`, knowing more about its situation.
pub fn lint_with(kind: Kind, text: &str, context: &Context) -> Report {
    let doc = text::Document::new(text);
    let hits = phrase::find(&doc);
    let asks = asks::find(&doc, &hits);
    let wishes = asks::wishes(&doc, &hits);
    let mut diagnostics = Vec::new();
    // `rules::ALL` lists the rules in catalogue order (tests/rule_examples.rs checks it),
    // so the two zip together with no lookup on every keystroke.
    for (index, (rule, meta)) in rules::ALL.iter().zip(RULES).enumerate() {
        debug_assert_eq!(rule.id(), meta.id);
        if meta.applies_to(kind) {
            rule.check(&mut rules::Check::new(
                &doc,
                kind,
                context,
                rules::Found {
                    hits: &hits,
                    asks: &asks,
                    wishes: &wishes,
                },
                index,
                &mut diagnostics,
            ));
        }
    }
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.severity, a.rule).cmp(&(b.span.start, b.severity, b.rule))
    });
    Report {
        kind,
        words: doc.body_word_count(),
        diagnostics,
        reading: Reading {
            asks_something: kind == Kind::Request && !(asks.is_empty() && wishes.is_empty()),
            ..reading(kind, &doc, &hits)
        },
    }
}
