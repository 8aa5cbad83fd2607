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

/// The scale every trend line on one page shares, as (lowest, highest): the lowest and
/// highest of all their scores, widened to at least 20 points so that a move of a few
/// points stays a small one, and kept within 0..=100. Shared, so that a bigger move
/// always draws a steeper line.
pub fn trend_scale<'a>(series: impl IntoIterator<Item = &'a [u8]>) -> (u8, u8) {
    const LEAST_SPAN: u8 = 20;
    let all: Vec<u8> = series.into_iter().flatten().map(|&s| s.min(100)).collect();
    let low = all.iter().copied().min().unwrap_or(0);
    let high = all.iter().copied().max().unwrap_or(100);
    let span = (high - low).max(LEAST_SPAN);
    let low = low.min(100 - span);
    (low, low + span)
}
