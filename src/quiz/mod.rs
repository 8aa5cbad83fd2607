//! The self-assessment: which networking habits someone has, scored from their answers.
//! Pure Rust with no web types, so the app and the CLI score alike and tests run natively.
//!
//! - [`items`]: the catalogue compiled in from `content/quiz/` ([`ITEMS`], [`HABITS`]).
//! - [`answers`]: the [`Answers`] map and [`validate`], which names every missing,
//!   unknown and out-of-range answer.
//! - [`score`](mod@score): habit scores, the giver/matcher/taker mix and the burnout flag;
//!   its module docs set out the model.
//! - [`explain`](mod@explain): levels, next actions, the week's plan and the "why" sentences.
//! - [`screens`]: how the quiz splits into screens and where a saved position resumes.
//! - [`history`]: how each habit moved between attempts.
//! - [`share`]: a result as a short code for a share link, and back.
//!
//! ```
//! use goodwill::quiz::{explain, score, Answers, ITEMS};
//!
//! // Everyone answering as a giver would.
//! let answers: Answers = ITEMS.iter().map(|i| (i.id.to_string(), i.pole_answers().0)).collect();
//! let result = score(&answers).unwrap();
//! assert_eq!(result.style.giver, 100);
//! assert!(result.habits.values().all(|&s| s == 100));
//! assert!(!explain(&result).plan.is_empty());
//! ```

pub mod answers;
pub mod explain;
pub mod history;
pub mod items;
pub mod score;
pub mod screens;
pub mod share;

pub use answers::{validate, AnswerError, Answers};
pub use explain::{
    explain, habit_results, plan, style_reasons, style_text, Explanation, HabitResult, Level,
    MIXED_FROM, STRENGTH_FROM,
};
pub use history::{habit_changes, trend_scale, HabitChange};
pub use items::{
    habit, item, items_of, Action, Burnout, Choices, Habit, Item, Keyed, Scale, ScenarioOption,
    StyleText, BURNOUT, HABITS, ITEMS,
};
pub use score::{score, QuizResult, Style, StyleMix, StyleWeights};
