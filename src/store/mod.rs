//! The saved-data model: what Goodwill keeps for a user, how it is versioned, upgraded,
//! exported and imported. Plain Rust with no web types; `adapter` (wasm only) is the one
//! small file that talks to `localStorage`.
//!
//! The rules it keeps:
//! - Nothing a user saved is lost. A record that does not read is set aside (kept, counted,
//!   exported), and the rest load. Whole documents that do not read are kept by the adapter
//!   under a `goodwill:corrupt:<time>` key.
//! - A document from a newer schema is read but never overwritten.
//! - An import changes nothing until the user has seen [`transfer::preview`] and confirmed.
//!
//! ```
//! use goodwill::store::{envelope, transfer, Action, Data, Timestamp};
//!
//! let mut data = Data::default();
//! data.apply(Action::Answer { item: "give-01".into(), value: 4, at: Timestamp(0) });
//! let file = transfer::export(&data, Timestamp(1));
//! let back = transfer::read_export(&file).unwrap();
//! assert_eq!(back.data.quiz_progress, data.quiz_progress);
//! // The file is itself a copy, made when it was exported.
//! assert_eq!(back.data.last_export, Some(Timestamp(1)));
//! assert_eq!(envelope::open(&envelope::seal(&data, Timestamp(2))).unwrap().data, data);
//! ```

mod action;
pub mod envelope;
pub mod json;
pub mod migrate;
mod model;
mod session;
pub(crate) mod time;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
pub mod adapter;

pub use action::Action;
pub use migrate::SCHEMA;
pub use model::{Attempt, Data, Draft, Plan, PlanItem, Prefs, QuizProgress, SetAside};
pub use session::{CorruptCopy, Mode, Notice, Session, Stored, WriteError, CORRUPT_PREFIX, KEY};
pub use time::{day_labels, Timestamp};
