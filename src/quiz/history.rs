//! How results moved between attempts: each habit's score before and after, and the
//! difference as the results page writes it ("+5", "−3", "no change").

use super::items::{Habit, HABITS};
use super::score::QuizResult;

/// One habit's move from one attempt to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitChange {
    pub habit: &'static Habit,
    pub before: u8,
    pub after: u8,
}

impl HabitChange {
    /// After minus before: positive is a move towards the giver's way.
    pub fn change(&self) -> i16 {
        i16::from(self.after) - i16::from(self.before)
    }

    /// `+5`, `−3` (a true minus sign) or `no change`.
    pub fn change_text(&self) -> String {
        match self.change() {
            0 => "no change".to_string(),
            n if n > 0 => format!("+{n}"),
            n => format!("−{}", n.unsigned_abs()),
        }
    }
}

/// Every habit's change from `before` to `after`, in catalogue order.
pub fn habit_changes(before: &QuizResult, after: &QuizResult) -> Vec<HabitChange> {
    HABITS
        .iter()
        .map(|h| HabitChange {
            habit: h,
            before: before.habit(h.id),
            after: after.habit(h.id),
        })
        .collect()
}
