//! Every change a user can make to their saved data, as a value, and how it applies.
//!
//! The UI sends these and renders the result; the decisions (what undo restores, what a
//! quiz answer overwrites, what "delete everything" keeps) are made here, tested natively.

use super::model::{Attempt, Data, Draft, Plan, QuizProgress};
use super::time::Timestamp;
use super::transfer;
use crate::people::Person;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Adds a draft, or replaces the one with the same id (every autosave).
    SaveDraft(Draft),
    DeleteDraft {
        id: String,
    },
    /// Undo of a delete: puts the draft back where it was.
    RestoreDraft {
        draft: Draft,
        index: usize,
    },
    MarkSent {
        id: String,
        at: Timestamp,
    },
    /// Back to draft status, e.g. after marking sent by mistake.
    MarkUnsent {
        id: String,
        at: Timestamp,
    },
    /// One quiz answer (1 to 5), starting a quiz if none is in progress.
    Answer {
        item: String,
        value: u8,
        at: Timestamp,
    },
    /// The first question on the screen the user is on, so a reload resumes there.
    QuizPosition(usize),
    /// Abandons the quiz in progress.
    RestartQuiz,
    /// Records a finished quiz and clears the progress.
    FinishQuiz(Attempt),
    KeepPlan(Plan),
    TickPlanItem {
        id: String,
        done: bool,
    },
    DropPlan,
    SetRule {
        rule: String,
        enabled: bool,
    },
    /// Merges an import the user confirmed.
    Import(Data),
    /// Records that the user downloaded an export.
    Exported {
        at: Timestamp,
    },
    /// Forgets the records that could not be read (after the user downloaded or declined them).
    ForgetSetAside,
    DeleteEverything,
    /// Adds a person, or replaces the one with the same id.
    SavePerson(Person),
    /// Removes a person; their drafts stay, unlinked in effect.
    DeletePerson {
        id: String,
    },
    /// Undo of a delete: puts the person back where they were.
    RestorePerson {
        person: Person,
        index: usize,
    },
    /// Marks an open loop done or dismissed, by its key; `open: true` takes that back.
    SetLoop {
        key: String,
        open: bool,
    },
    /// What the user most likes to give.
    SetGives(String),
}

impl Data {
    /// Applies `action`; returns false (and changes nothing) when it does not apply, e.g.
    /// a delete of a draft that is already gone, so the UI can skip a save.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::SaveDraft(draft) => {
                match self.drafts.iter_mut().find(|d| d.id == draft.id) {
                    Some(slot) if *slot == draft => return false,
                    Some(slot) => *slot = draft,
                    None => self.drafts.push(draft),
                }
                true
            }
            Action::DeleteDraft { id } => {
                let before = self.drafts.len();
                self.drafts.retain(|d| d.id != id);
                self.drafts.len() != before
            }
            Action::RestoreDraft { draft, index } => {
                if self.drafts.iter().any(|d| d.id == draft.id) {
                    return false;
                }
                self.drafts.insert(index.min(self.drafts.len()), draft);
                true
            }
            Action::MarkSent { id, at } => self.edit_draft(&id, |d| {
                d.sent = Some(at);
                d.updated = at;
            }),
            Action::MarkUnsent { id, at } => self.edit_draft(&id, |d| {
                d.sent = None;
                d.updated = at;
            }),
            Action::Answer { item, value, at } => {
                if !(1..=5).contains(&value) {
                    return false;
                }
                let progress = self.quiz_progress.get_or_insert_with(|| QuizProgress {
                    started: at,
                    ..QuizProgress::default()
                });
                progress.answers.insert(item, value) != Some(value)
            }
            Action::QuizPosition(position) => {
                let progress = self.quiz_progress.get_or_insert_with(QuizProgress::default);
                std::mem::replace(&mut progress.position, position) != position
            }
            Action::RestartQuiz => self.quiz_progress.take().is_some(),
            Action::FinishQuiz(result) => {
                self.quiz_progress = None;
                match self.results.iter_mut().find(|r| r.id == result.id) {
                    Some(slot) => *slot = result,
                    None => self.results.push(result),
                }
                true
            }
            Action::KeepPlan(plan) => {
                self.plan = Some(plan);
                true
            }
            Action::TickPlanItem { id, done } => {
                let item = self
                    .plan
                    .as_mut()
                    .and_then(|p| p.items.iter_mut().find(|i| i.id == id));
                match item {
                    Some(item) if item.done != done => {
                        item.done = done;
                        true
                    }
                    _ => false,
                }
            }
            Action::DropPlan => self.plan.take().is_some(),
            Action::SetRule { rule, enabled } => {
                if enabled {
                    self.prefs.disabled_rules.remove(&rule)
                } else {
                    self.prefs.disabled_rules.insert(rule)
                }
            }
            Action::Import(incoming) => {
                *self = transfer::merge(self, incoming);
                true
            }
            Action::Exported { at } => {
                self.last_export = Some(at);
                true
            }
            Action::ForgetSetAside => !std::mem::take(&mut self.set_aside).is_empty(),
            Action::DeleteEverything => {
                let was_empty = self.is_empty() && self.last_export.is_none();
                *self = Data::default();
                !was_empty
            }
            Action::SavePerson(person) => {
                match self.people.iter_mut().find(|p| p.id == person.id) {
                    Some(slot) if *slot == person => return false,
                    Some(slot) => *slot = person,
                    None => self.people.push(person),
                }
                true
            }
            Action::DeletePerson { id } => {
                let before = self.people.len();
                self.people.retain(|p| p.id != id);
                self.people.len() != before
            }
            Action::RestorePerson { person, index } => {
                if self.people.iter().any(|p| p.id == person.id) {
                    return false;
                }
                self.people.insert(index.min(self.people.len()), person);
                true
            }
            Action::SetLoop { key, open } => {
                let closed = self.loops_closed.contains(&key);
                match (open, closed) {
                    (false, false) => self.loops_closed.push(key),
                    (true, true) => self.loops_closed.retain(|k| *k != key),
                    _ => return false,
                }
                true
            }
            Action::SetGives(gives) => {
                let gives = gives.trim().to_string();
                std::mem::replace(&mut self.prefs.gives, gives.clone()) != gives
            }
        }
    }

    fn edit_draft(&mut self, id: &str, edit: impl FnOnce(&mut Draft)) -> bool {
        match self.drafts.iter_mut().find(|d| d.id == id) {
            Some(draft) => {
                edit(draft);
                true
            }
            None => false,
        }
    }
}
