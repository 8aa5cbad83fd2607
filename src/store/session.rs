//! The store as the running app holds it: the data, whether it is being kept, and what the
//! user must be told. Decides when to write and what a failed write means; the browser
//! adapter only moves strings in and out of `localStorage`.

use super::action::Action;
use super::envelope::{self, Opened};
use super::model::Data;
use super::time::Timestamp;

/// The `localStorage` key the data lives under. Every key Goodwill uses starts `goodwill:`.
pub const KEY: &str = "goodwill:data";
/// Damaged documents are copied to `goodwill:corrupt:<time>` before the app starts clean.
pub const CORRUPT_PREFIX: &str = "goodwill:corrupt:";

/// What the browser had under [`KEY`] at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// `localStorage` is missing or refuses to work (privacy modes, storage switched off).
    Unavailable,
    Empty,
    Text(String),
}

/// Whether changes reach `localStorage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Saved as they happen.
    Kept,
    /// Storage is unavailable: the app works from memory and nothing survives the tab.
    Memory,
    /// The saved data came from a newer Goodwill (its schema number): shown, never overwritten.
    ReadOnly(u64),
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota is used up.
    Full,
    Failed(String),
}

/// Something the user should know about their saved data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Storage is unavailable; nothing will be kept after the tab closes.
    NotKept,
    /// The saved data did not read. It was copied to `key` and the app started clean.
    Corrupt { key: String, reason: String },
    /// This many records did not read and were set aside; the rest loaded.
    SetAside(usize),
    /// Written by a newer Goodwill: read-only until the page is reloaded onto that version.
    Newer(u64),
}

/// A damaged document to copy aside before anything else is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorruptCopy {
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub data: Data,
    pub mode: Mode,
    /// The last write failed; the data in memory is ahead of what is stored.
    pub unsaved: Option<WriteError>,
    pub notices: Vec<Notice>,
}

impl Session {
    /// Opens what was stored. A damaged document comes back as a [`CorruptCopy`] that the
    /// caller must write under its key before saving anything.
    pub fn boot(stored: Stored, now: Timestamp) -> (Session, Option<CorruptCopy>) {
        let mut session = Session {
            data: Data::default(),
            mode: Mode::Kept,
            unsaved: None,
            notices: Vec::new(),
        };
        let text = match stored {
            Stored::Unavailable => {
                session.mode = Mode::Memory;
                session.notices.push(Notice::NotKept);
                return (session, None);
            }
            Stored::Empty => return (session, None),
            Stored::Text(text) => text,
        };
        match envelope::open(&text) {
            Ok(opened) => {
                session.adopt(opened);
                (session, None)
            }
            Err(why) => {
                let key = format!("{CORRUPT_PREFIX}{}", now.to_iso());
                session.notices.push(Notice::Corrupt {
                    key: key.clone(),
                    reason: why.0,
                });
                (session, Some(CorruptCopy { key, text }))
            }
        }
    }

    fn adopt(&mut self, opened: Opened) {
        if opened.read_only() {
            self.mode = Mode::ReadOnly(opened.schema);
            self.notices.push(Notice::Newer(opened.schema));
        }
        if opened.newly_set_aside > 0 {
            self.notices.push(Notice::SetAside(opened.newly_set_aside));
        }
        self.data = opened.data;
    }

    /// Applies a user's change and saves it through `write` (which stores the text under
    /// [`KEY`]). Returns whether the data changed. When a write fails the change stays in
    /// memory, [`Session::unsaved`] says why, and the next change tries again.
    pub fn dispatch(
        &mut self,
        action: Action,
        now: Timestamp,
        write: &mut dyn FnMut(&str) -> Result<(), WriteError>,
    ) -> bool {
        let changed = self.data.apply(action);
        if changed || self.unsaved.is_some() {
            self.save(now, write);
        }
        changed
    }

    /// Writes the data now, if this session may. Also the retry after a failed write.
    pub fn save(&mut self, now: Timestamp, write: &mut dyn FnMut(&str) -> Result<(), WriteError>) {
        if self.mode != Mode::Kept {
            return;
        }
        self.unsaved = write(&envelope::seal(&self.data, now)).err();
    }

    /// Another tab changed the stored data (`None`: it deleted it). The other tab's data is
    /// adopted, unless this tab holds changes storage refused, which would be lost.
    /// Returns whether anything changed.
    pub fn external(&mut self, text: Option<&str>) -> bool {
        if self.unsaved.is_some() || matches!(self.mode, Mode::Memory) {
            return false;
        }
        let opened = match text {
            None => Data::default(),
            Some(text) => match envelope::open(text) {
                Ok(opened) if opened.read_only() => {
                    self.mode = Mode::ReadOnly(opened.schema);
                    self.notices.push(Notice::Newer(opened.schema));
                    opened.data
                }
                Ok(opened) => opened.data,
                // A damaged write from elsewhere: keep what this tab has; its next save repairs it.
                Err(_) => return false,
            },
        };
        if opened == self.data {
            return false;
        }
        self.data = opened;
        true
    }

    pub fn dismiss(&mut self, notice: &Notice) {
        self.notices.retain(|n| n != notice);
    }
}
