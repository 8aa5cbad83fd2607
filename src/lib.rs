//! Goodwill: a networking-etiquette coach that runs entirely in the browser.
//!
//! The crate is a pure core with a thin shell. Everything a user's judgement depends on
//! lives in plain Rust with no web types, tested natively and reachable from the CLI:
//!
//! - [`etiquette`]: the checker. [`etiquette::lint`] reports where a networking message
//!   breaks the etiquette rules, with spans, messages and fixes.
//! - [`drafter`]: the guided form per kind, first drafts from templates, "ignore here",
//!   the readiness summary and the `mailto:` link.
//! - [`quiz`]: the self-assessment. [`quiz::score()`] turns answers into habit scores, a
//!   giver/matcher/taker mix and a burnout flag; [`quiz::explain()`] says what they mean.
//! - [`people`]: keeping in touch: who is due a word and why, open loops, who could use
//!   a hand, and a calendar file of reminders.
//! - [`store`]: the saved-data model: versions, migrations, export and import.
//! - [`content`]: guides and rule explanations compiled in from `content/`.
//! - [`route`]: the app's addresses: which page a URL fragment names, and back.
//! - `cli` (native only): the `goodwill` command line.
//! - `ui` (wasm only): the Yew app, which renders state and decides nothing.
//!
//! ```
//! use goodwill::etiquette::{lint, Kind};
//!
//! let report = lint(Kind::Request, "Hi Ana,\nCan I pick your brain sometime?\nSam");
//! assert!(report.diagnostics.iter().any(|d| d.rule == "vague-ask"));
//! ```

pub mod content;
pub mod drafter;
pub mod etiquette;
pub mod people;
pub mod quiz;
pub mod route;
pub mod store;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
