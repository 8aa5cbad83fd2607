//! The drafter's templates, compiled in from `content/templates/` by `build.rs`: the form
//! fields and the text parts per kind. Static data only; no parsing at run time.

use super::form::{Choice, Field, Input};
use crate::etiquette::Kind;

/// One kind's form and template text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub kind: Kind,
    /// One line: what this kind of message is for.
    pub description: &'static str,
    /// In the order the form shows them.
    pub fields: &'static [Field],
    /// Joined in order; a part is used when all its conditions hold.
    pub subject: &'static [Part],
    pub body: &'static [Part],
}

/// A piece of template text: `{id}` puts in a field's answer (a choice puts in its
/// option's phrase), `{id|sentence}` shapes it as a sentence, `{id|first}` takes its first
/// word (a first name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub when: &'static [Condition],
    pub text: &'static str,
}

/// When a part is used, tested against the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The field has an answer (a checkbox is ticked).
    Filled(&'static str),
    /// The field has no answer.
    Empty(&'static str),
    /// A choice field has this option.
    Is(&'static str, &'static str),
    /// The answer is empty or does not already promise to report back ("I'll let you
    /// know how it goes"), so the template adds its own promise (`!id:reports`).
    NoReport(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// The template for `kind` (the build guarantees there is one per kind).
pub fn template(kind: Kind) -> &'static Template {
    TEMPLATES
        .iter()
        .find(|t| t.kind == kind)
        .expect("build.rs checks there is a template for every kind")
}
