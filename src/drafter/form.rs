//! The guided form per kind: its fields, which show, and which required ones are still
//! empty. Field definitions come from `content/templates/`; this file renders nothing.

use super::templates::template;
use super::Answers;
use crate::etiquette::Kind;

/// What a checkbox answer holds when ticked.
pub const CHECKED: &str = "yes";

/// One question on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Stable key in [`Answers`].
    pub id: &'static str,
    pub label: &'static str,
    /// One line under the input: what a good answer looks like.
    pub hint: &'static str,
    pub required: bool,
    pub input: Input,
    /// `(choice field id, option value)`: the field only shows (and only counts) then.
    pub shown_when: Option<(&'static str, &'static str)>,
}

/// How the field is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line.
    Short,
    /// A few lines.
    Long,
    /// One of a fixed set; the answer is the option's `value`.
    Choice(&'static [Choice]),
    /// Ticked ([`CHECKED`]) or not (empty).
    Checkbox,
}

/// One option of a choice field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Stable key stored in [`Answers`].
    pub value: &'static str,
    pub label: &'static str,
    /// What the draft says for this option; may be empty when the template words it.
    pub phrase: &'static str,
}

impl Field {
    /// Does this field show, given the answers so far?
    pub fn is_shown(&self, answers: &Answers) -> bool {
        self.shown_when
            .is_none_or(|(field, value)| answer(answers, field) == value)
    }

    /// The option with this value, for a choice field.
    pub fn choice(&self, value: &str) -> Option<&'static Choice> {
        match self.input {
            Input::Choice(options) => options.iter().find(|o| o.value == value),
            _ => None,
        }
    }

    /// Does `answers` hold a usable answer to this field? A choice needs a known option,
    /// a checkbox needs a tick, text needs more than white space.
    pub fn is_answered(&self, answers: &Answers) -> bool {
        let value = answer(answers, self.id);
        match self.input {
            Input::Choice(_) => self.choice(value).is_some(),
            Input::Checkbox => value == CHECKED,
            Input::Short | Input::Long => !value.is_empty(),
        }
    }
}

/// The answer to `id`, trimmed; empty when there is none.
pub(crate) fn answer<'a>(answers: &'a Answers, id: &str) -> &'a str {
    answers.get(id).map_or("", |v| v.trim())
}

/// Every field of the form for `kind`, in order (shown or not).
pub fn fields(kind: Kind) -> &'static [Field] {
    template(kind).fields
}

/// The fields to show now: those with no condition, or whose condition holds.
pub fn shown_fields(kind: Kind, answers: &Answers) -> Vec<&'static Field> {
    fields(kind)
        .iter()
        .filter(|f| f.is_shown(answers))
        .collect()
}

/// Ids of the required fields that show and have no usable answer, in form order. Drafting
/// still works with gaps: each one appears in the draft as a `[Label]` slot, which the
/// checker's `unfilled-placeholder` rule flags as an error until it is filled.
pub fn missing(kind: Kind, answers: &Answers) -> Vec<&'static str> {
    fields(kind)
        .iter()
        .filter(|f| f.required && f.is_shown(answers) && !f.is_answered(answers))
        .map(|f| f.id)
        .collect()
}

/// Checks that every answer names a field of this form, and that choices and checkboxes
/// hold values they can take. For input from outside the app (the CLI, an import).
pub fn validate(kind: Kind, answers: &Answers) -> Result<(), String> {
    for (id, value) in answers {
        let Some(field) = fields(kind).iter().find(|f| f.id == id) else {
            let known: Vec<&str> = fields(kind).iter().map(|f| f.id).collect();
            return Err(format!(
                "unknown field {id:?} for a {kind}: expected one of {}",
                known.join(", ")
            ));
        };
        let value = value.trim();
        match field.input {
            Input::Choice(options) if !value.is_empty() && field.choice(value).is_none() => {
                let values: Vec<&str> = options.iter().map(|o| o.value).collect();
                return Err(format!(
                    "field {id:?} has no option {value:?}: expected one of {}",
                    values.join(", ")
                ));
            }
            Input::Checkbox if !value.is_empty() && value != CHECKED => {
                return Err(format!(
                    "field {id:?} is a checkbox: {CHECKED:?} when ticked, empty when not"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}
