//! How the quiz is split into screens: `per_screen` items at a time, in asking order
//! ([`ITEMS`]). The app picks `per_screen` from the screen width; everything that depends
//! on it (which items a screen shows, where a saved position resumes, what blocks "next")
//! is decided here.
//!
//! A position is saved as the index of the first item on the screen, not the screen's
//! number, so a quiz started on a phone (one item a screen) resumes at the same question
//! on a wide screen (several a screen), and the other way round.

use super::answers::Answers;
use super::items::{Item, ITEMS};

/// How many screens the quiz takes with `per_screen` items on each (at least one item).
pub fn screen_count(per_screen: usize) -> usize {
    ITEMS.len().div_ceil(per_screen.max(1))
}

/// The screen that shows the item at `item_index` (clamped to the last screen).
pub fn screen_of(per_screen: usize, item_index: usize) -> usize {
    (item_index / per_screen.max(1)).min(screen_count(per_screen) - 1)
}

/// The index of the first item on `screen`: what to save as the position.
pub fn first_item(per_screen: usize, screen: usize) -> usize {
    screen.min(screen_count(per_screen) - 1) * per_screen.max(1)
}

/// The items on `screen`, in asking order (the last screen may hold fewer).
pub fn items_on(per_screen: usize, screen: usize) -> &'static [Item] {
    let start = first_item(per_screen, screen);
    &ITEMS[start..(start + per_screen.max(1)).min(ITEMS.len())]
}

/// The keyboard hint for a screen of `items`: the keys it names are the ones that pick an
/// answer there ("Keys 1 to 4" over a four-option scenario).
pub fn keys_hint(items: &[Item]) -> String {
    let most = items.iter().map(Item::choice_count).max().unwrap_or(5);
    let fewest = items.iter().map(Item::choice_count).min().unwrap_or(5);
    let keys = if most == fewest {
        format!("Keys 1 to {most} choose an answer")
    } else {
        format!("Number keys choose an answer (up to {most})")
    };
    format!("{keys}, arrows move between answers, Enter goes on.")
}

/// The first item on `screen` without an acceptable answer: what "next" stops at.
pub fn first_unanswered(
    per_screen: usize,
    screen: usize,
    answers: &Answers,
) -> Option<&'static Item> {
    items_on(per_screen, screen)
        .iter()
        .find(|i| !answers.get(i.id).is_some_and(|&a| i.accepts(a)))
}

/// How many items have an acceptable answer, for the progress bar.
pub fn answered(answers: &Answers) -> usize {
    ITEMS
        .iter()
        .filter(|i| answers.get(i.id).is_some_and(|&a| i.accepts(a)))
        .count()
}

/// The screen to resume on: the saved position's screen, or the first with a question
/// left unanswered when that comes earlier (answers can arrive from another tab).
pub fn resume_screen(per_screen: usize, position: usize, answers: &Answers) -> usize {
    let saved = screen_of(per_screen, position);
    (0..saved)
        .find(|&s| first_unanswered(per_screen, s, answers).is_some())
        .unwrap_or(saved)
}
