//! The rules: one file each, all behind the one small [`Rule`] trait. Phrase lists and
//! wording come from `content/rules/`; what can't be a list (counting, balance, length,
//! what is missing) is code here.

mod ask_in_check_in;
mod ask_in_thanks;
mod courtesy;
mod generic_greeting;
mod generic_thanks;
mod introducer_not_credited;
mod job_ask;
mod keeping_score;
mod long_sentence;
mod me_first;
mod missing_link;
mod missing_thanks;
mod multiple_asks;
mod no_easy_out;
mod no_give;
mod no_loop_closing;
mod offer;
mod over_promise;
mod pressure;
mod sensitive_ask;
mod shouting;
mod too_long;
mod unbounded_time;
mod unfilled_placeholder;
mod vague_ask;

pub(crate) use generic_thanks::names_what_they_did;
pub(crate) use missing_link::has_link;
pub use too_long::{word_budget, WordBudget};

use super::catalogue::{PhraseFix, RuleMeta, RuleWords, Scope, RULES, RULE_WORDS};
use super::phrase::{Hit, Owner};
use super::text::{Document, Sentence};
use super::{Context, Diagnostic, Fix, Kind, Severity, Span};

/// One etiquette rule.
pub trait Rule: Sync {
    /// The stable id; must name a file in `content/rules/`.
    fn id(&self) -> &'static str;
    /// Reports every place `check.doc` breaks the rule.
    fn check(&self, check: &mut Check<'_, '_>);
}

/// Every rule the engine runs.
pub static ALL: &[&dyn Rule] = &[
    &ask_in_check_in::AskInCheckIn,
    &ask_in_thanks::AskInThanks,
    &generic_greeting::GenericGreeting,
    &generic_thanks::GenericThanks,
    &introducer_not_credited::IntroducerNotCredited,
    &job_ask::JobAsk,
    &keeping_score::KeepingScore,
    &long_sentence::LongSentence,
    &me_first::MeFirst,
    &missing_link::MissingLink,
    &missing_thanks::MissingThanks,
    &multiple_asks::MultipleAsks,
    &no_easy_out::NoEasyOut,
    &no_give::NoGive,
    &no_loop_closing::NoLoopClosing,
    &over_promise::OverPromise,
    &pressure::Pressure,
    &sensitive_ask::SensitiveAsk,
    &shouting::Shouting,
    &too_long::TooLong,
    &unbounded_time::UnboundedTime,
    &unfilled_placeholder::UnfilledPlaceholder,
    &vague_ask::VagueAsk,
];

/// What the engine read in a message before any rule runs: every phrase, and which
/// sentences ask something of the reader or say what the writer wishes for.
#[derive(Clone, Copy)]
pub struct Found<'d> {
    pub hits: &'d [Hit],
    pub asks: &'d [usize],
    pub wishes: &'d [usize],
}

/// What one rule sees while it checks a message, and where it reports.
pub struct Check<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub kind: Kind,
    pub context: &'d Context,
    /// Every phrase in the message (all rules' and the lexicons').
    pub hits: &'d [Hit],
    /// Indices into `doc.sentences` of the sentences that ask something of the reader.
    pub asks: &'d [usize],
    /// Indices into `doc.sentences` of the sentences where the writer says what they wish for.
    pub wishes: &'d [usize],
    pub meta: &'static RuleMeta,
    /// The rule's phrase lists.
    pub words: &'static RuleWords,
    rule_index: usize,
    out: &'d mut Vec<Diagnostic>,
}

impl<'d, 'a> Check<'d, 'a> {
    pub(crate) fn new(
        doc: &'d Document<'a>,
        kind: Kind,
        context: &'d Context,
        found: Found<'d>,
        rule_index: usize,
        out: &'d mut Vec<Diagnostic>,
    ) -> Self {
        Check {
            doc,
            kind,
            context,
            hits: found.hits,
            asks: found.asks,
            wishes: found.wishes,
            meta: &RULES[rule_index],
            words: &RULE_WORDS[rule_index],
            rule_index,
            out,
        }
    }

    /// Reports a finding of this rule.
    pub fn report(&mut self, span: Span, message: impl Into<String>, fix: Option<Fix>) {
        self.out.push(Diagnostic {
            rule: self.meta.id,
            severity: self.meta.severity,
            span,
            message: message.into(),
            fix,
        });
    }

    /// This rule's `[[phrase]]` matches that are meant: not negated, not quoted, in the
    /// group's scope, and not inside one of the rule's antipatterns.
    pub fn phrase_hits(&self) -> impl Iterator<Item = (&'d Hit, usize)> + '_ {
        let rule_index = self.rule_index;
        let hits = self.hits;
        hits.iter()
            .enumerate()
            .filter_map(move |(at, h)| match h.owner {
                Owner::Fires { rule, spec } if rule == rule_index && !h.negated && !h.quoted => {
                    Some((at, h, spec))
                }
                _ => None,
            })
            .filter(move |&(_, h, spec)| self.in_scope(h, self.words.phrases[spec].scope))
            .filter(move |&(at, h, _)| !self.inside_antipattern(at, h))
            .map(|(_, h, spec)| (h, spec))
    }

    fn in_scope(&self, hit: &Hit, scope: Scope) -> bool {
        let sentence = || self.doc.sentence_index(hit.tokens.start);
        match scope {
            Scope::Anywhere => true,
            Scope::Ask => sentence().is_some_and(|s| self.is_ask(s)),
            Scope::AskOrWish => {
                sentence().is_some_and(|s| self.is_ask(s) || self.wishes.binary_search(&s).is_ok())
            }
        }
    }

    /// Does an antipattern of this rule overlap hit number `at`? Hits are sorted by start,
    /// so only the few just before and after it can.
    fn inside_antipattern(&self, at: usize, hit: &Hit) -> bool {
        if self.words.unless.is_empty() {
            return false;
        }
        let mine = Owner::Unless {
            rule: self.rule_index,
        };
        let overlaps = |h: &Hit| {
            h.owner == mine && h.tokens.start < hit.tokens.end && hit.tokens.start < h.tokens.end
        };
        let before = self.hits[..at]
            .iter()
            .rev()
            .take_while(|h| h.tokens.start + 16 > hit.tokens.start)
            .any(overlaps);
        before
            || self.hits[at + 1..]
                .iter()
                .take_while(|h| h.tokens.start < hit.tokens.end)
                .any(overlaps)
    }

    /// Does sentence `s` hold one of this rule's antipatterns, outside quotes?
    pub fn unless_in_sentence(&self, s: usize) -> bool {
        let mine = Owner::Unless {
            rule: self.rule_index,
        };
        self.owned_in_sentence(s, mine)
    }

    /// Does sentence `s` hold an offer, an easy out or small talk
    /// ([`crate::etiquette::lexicon::NOT_ASK`]),
    /// outside quotes, in any of its clauses?
    pub fn not_ask_in_sentence(&self, s: usize) -> bool {
        self.owned_in_sentence(s, Owner::NotAsk)
    }

    /// Hits are sorted by start, so only those starting inside the sentence are read: a
    /// check per sentence stays linear in a long draft, not sentences × hits.
    fn owned_in_sentence(&self, s: usize, owner: Owner) -> bool {
        let tokens = &self.doc.sentences[s].tokens;
        let first = self.hits.partition_point(|h| h.tokens.start < tokens.start);
        self.hits[first..]
            .iter()
            .take_while(|h| h.tokens.start < tokens.end)
            .any(|h| h.owner == owner && !h.quoted)
    }

    /// Reports a finding at a severity other than the rule's default (a softer early warning).
    pub fn report_with_severity(
        &mut self,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
        fix: Option<Fix>,
    ) {
        self.out.push(Diagnostic {
            rule: self.meta.id,
            severity,
            span,
            message: message.into(),
            fix,
        });
    }

    /// How many findings all rules have reported so far; compare before and after.
    pub fn reported(&self) -> usize {
        self.out.len()
    }

    /// Reports every meant phrase of this rule, once for words two groups both match.
    pub fn report_all_phrases(&mut self) {
        let hits: Vec<(&Hit, usize)> = without_overlaps(self.phrase_hits().collect());
        for (hit, spec) in hits {
            self.report_phrase(hit, spec);
        }
    }

    /// Does the message contain one of this rule's `satisfied_by` phrases (outside quotes)?
    /// A `satisfied_by` phrase inside one of the rule's antipatterns does not count ("happy
    /// to connect" offers nothing).
    pub fn satisfied(&self) -> bool {
        let rule_index = self.rule_index;
        self.hits.iter().enumerate().any(|(at, h)| {
            h.owner == Owner::Satisfies { rule: rule_index }
                && !h.quoted
                && !self.inside_antipattern(at, h)
        })
    }

    /// Like [`Check::satisfied`], but a quoted phrase counts too: "I just want to say ‘thank
    /// you’" thanks them, quote marks and all.
    pub fn satisfied_even_quoted(&self) -> bool {
        let rule_index = self.rule_index;
        self.hits.iter().enumerate().any(|(at, h)| {
            h.owner == Owner::Satisfies { rule: rule_index } && !self.inside_antipattern(at, h)
        })
    }

    /// Reports a phrase hit with its group's message and fix.
    pub fn report_phrase(&mut self, hit: &Hit, spec: usize) {
        let phrase = &self.words.phrases[spec];
        let span = self.span(hit.tokens.start, hit.tokens.end - 1);
        let words = self
            .doc
            .original_range(hit.tokens.start, hit.tokens.end - 1);
        let message = phrase.message.replace("{}", words);
        let fix = phrase.fix.map(|fix| match fix {
            PhraseFix::Replace(text) => Fix::Replace {
                start: span.start,
                end: span.end,
                text: text.to_string(),
            },
            PhraseFix::Remove => removal(self.doc.text, span),
        });
        self.report(span, message, fix);
    }

    /// The byte span from the start of token `first` to the end of token `last`.
    pub fn span(&self, first: usize, last: usize) -> Span {
        Span::new(
            self.doc.tokens[first].span.start,
            self.doc.tokens[last].span.end,
        )
    }

    /// The span of a sentence.
    pub fn sentence_span(&self, sentence: &Sentence) -> Span {
        Span::new(sentence.span.start, sentence.span.end)
    }

    /// The last sentence of the body (before the sign-off), or the whole text.
    pub fn anchor_on_end(&self) -> Span {
        match self.doc.body_sentences().last() {
            Some(s) => self.sentence_span(s),
            None => Span::new(0, self.doc.text.len()),
        }
    }

    /// An insertion just after the last body sentence, on the same line.
    pub fn insert_after_body(&self, text: &str) -> Fix {
        let at = self
            .doc
            .body_sentences()
            .last()
            .map_or(self.doc.text.len(), |s| s.span.end);
        Fix::Insert {
            at,
            text: format!(" {text}"),
        }
    }

    /// Is token `i` in a sentence that asks something of the reader?
    pub fn in_ask(&self, i: usize) -> bool {
        self.doc.sentence_index(i).is_some_and(|s| self.is_ask(s))
    }

    /// Is sentence `s` (index into `doc.sentences`) an ask?
    pub fn is_ask(&self, s: usize) -> bool {
        self.asks.binary_search(&s).is_ok()
    }
}

/// Hits in text order, dropping any that overlaps the one kept before it ("get back to me
/// ASAP" and "ASAP" are one finding).
pub(crate) fn without_overlaps(hits: Vec<(&Hit, usize)>) -> Vec<(&Hit, usize)> {
    let mut kept: Vec<(&Hit, usize)> = Vec::with_capacity(hits.len());
    for (hit, spec) in hits {
        if kept
            .last()
            .is_some_and(|(last, _)| hit.tokens.start < last.tokens.end)
        {
            continue;
        }
        kept.push((hit, spec));
    }
    kept
}

/// Removes `span` and one neighbouring space, so no double space is left behind.
fn removal(text: &str, span: Span) -> Fix {
    let bytes = text.as_bytes();
    if span.end < bytes.len() && bytes[span.end] == b' ' {
        Fix::Remove {
            start: span.start,
            end: span.end + 1,
        }
    } else if span.start > 0 && bytes[span.start - 1] == b' ' {
        Fix::Remove {
            start: span.start - 1,
            end: span.end,
        }
    } else {
        Fix::Remove {
            start: span.start,
            end: span.end,
        }
    }
}
