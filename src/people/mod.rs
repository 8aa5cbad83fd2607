//! Keeping in touch without keeping score: the people the user knows, who is due a word
//! and why, the loops still open on messages they sent (only what the user owes), who
//! could use a hand, drafts started from any of these, and a calendar file of reminders.
//! Plain data in, plain data out; the store keeps the people, the app renders these.
//!
//! ```
//! use goodwill::people::{due, Day, Person, Tie};
//! use goodwill::store::Timestamp;
//!
//! let added = Day::parse("2026-03-01").unwrap().start();
//! let mut ana = Person::new("p-1".into(), "Ana Souza", added);
//! ana.tie = Tie::Close;
//! let today = Day::parse("2026-12-01").unwrap();
//! let list = due(&[ana], &[], today);
//! assert_eq!(list[0].reasons, ["no word since you added them 9 months ago"]);
//! ```

mod day;
mod due;
mod ics;
mod loops;
mod person;
mod starts;
mod suggest;

pub use day::{valid_day_of_year, Day, MONTHS};
pub use due::{
    ago, cadence_due, drafts_to, due, last_in_touch, when, Due, OCCASION_DAYS, SOON_DAYS,
};
pub use ics::{calendar, escape};
pub use loops::{addressee, open_loops, LoopKind, OpenLoop, FOLLOW_UP_AFTER_DAYS};
pub use person::{
    Cadence, Occasion, OccasionKind, Person, PersonError, Tie, CASUAL_MONTHS, CLOSE_MONTHS,
    MOST_MONTHS,
};
pub use starts::{check_in, follow_up_body, introduction, tell_introducer};
pub use suggest::{could_use_a_hand, key_words, pairs, Hand, Pair};
