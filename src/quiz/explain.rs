//! Turns a [`QuizResult`] into what the results page says: each habit's level, what it
//! means and what to try, the week's plan, and why the style came out as it did. The app
//! renders these as they are; it adds no judgement of its own.

use super::items::{
    habit, Action, Burnout, Habit, StyleText, BURNOUT, HABITS, LEVEL_NAMES, STYLE_TEXTS,
};
use super::score::{
    QuizResult, Style, StyleMix, StyleWeights, ASKING_WELL, FOLLOW_THROUGH, GIVING_FIRST,
    KEEPING_IN_TOUCH, KEEPING_SCORE,
};
use serde::Serialize;

/// A habit score at or above this is a strength.
pub const STRENGTH_FROM: u8 = 70;
/// A habit score at or above this (and below [`STRENGTH_FROM`]) is mixed; below it, a gap.
pub const MIXED_FROM: u8 = 40;
/// How many habits the weekly plan draws an action from (two when burnout actions lead).
pub const PLAN_HABITS: usize = 3;
/// How many burnout actions lead the plan when the burnout flag is set.
pub const PLAN_BURNOUT_ACTIONS: usize = 2;

/// How a habit is going, from its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Strength = 0,
    Mixed = 1,
    Gap = 2,
}

impl Level {
    /// 70..=100 a strength, 40..=69 mixed, 0..=39 a gap.
    pub fn of(score: u8) -> Level {
        if score >= STRENGTH_FROM {
            Level::Strength
        } else if score >= MIXED_FROM {
            Level::Mixed
        } else {
            Level::Gap
        }
    }

    /// What the results call it ("A strength", from `content/quiz/results.toml`).
    pub fn label(self) -> &'static str {
        LEVEL_NAMES[self as usize]
    }
}

/// One habit on the results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HabitResult {
    pub habit: &'static Habit,
    pub score: u8,
    pub level: Level,
    pub level_label: &'static str,
    /// What this level of this habit means, in plain words.
    pub meaning: &'static str,
    /// Two or three next actions, each linked to a guide.
    pub next: &'static [Action],
}

/// Everything the results page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub style: StyleMix,
    pub dominant: Style,
    /// Name, summary and guide of the dominant style.
    pub dominant_text: &'static StyleText,
    /// Why the style came out as it did, one sentence each.
    pub why: Vec<String>,
    /// Every habit in catalogue order.
    pub habits: Vec<HabitResult>,
    /// The burnout warning, when the flag is set.
    pub burnout: Option<&'static Burnout>,
    /// This week's actions, to tick off by id.
    pub plan: Vec<Action>,
}

/// The whole results page for `result`.
pub fn explain(result: &QuizResult) -> Explanation {
    Explanation {
        style: result.style,
        dominant: result.dominant,
        dominant_text: style_text(result.dominant),
        why: style_reasons(result),
        habits: habit_results(result),
        burnout: result.burnout_risk.then_some(&BURNOUT),
        plan: plan(result),
    }
}

/// The name, summary and guide of a style.
pub fn style_text(style: Style) -> &'static StyleText {
    &STYLE_TEXTS[style as usize]
}

/// Every habit's score, level, meaning and next actions, in catalogue order.
pub fn habit_results(result: &QuizResult) -> Vec<HabitResult> {
    HABITS
        .iter()
        .map(|h| habit_result(h, result.habit(h.id)))
        .collect()
}

fn habit_result(habit: &'static Habit, score: u8) -> HabitResult {
    let level = Level::of(score);
    let text = &habit.levels[level as usize];
    HabitResult {
        habit,
        score,
        level,
        level_label: level.label(),
        meaning: text.meaning,
        next: text.next,
    }
}

/// This week's plan: with the burnout flag, [`PLAN_BURNOUT_ACTIONS`] burnout actions first;
/// then the first next action of each of the weakest habits that is not a strength (ties
/// in catalogue order), [`PLAN_HABITS`] in all, or one fewer after burnout actions. When
/// every habit is a strength, the weakest one still gives one action. With the burnout
/// flag, giving first is left out: the advice then is to give better, not more.
pub fn plan(result: &QuizResult) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::new();
    let mut from_habits = PLAN_HABITS;
    if result.burnout_risk {
        actions.extend(BURNOUT.actions.iter().take(PLAN_BURNOUT_ACTIONS));
        from_habits -= 1;
    }
    let mut weakest: Vec<HabitResult> = habit_results(result)
        .into_iter()
        .filter(|h| !(result.burnout_risk && h.habit.id == GIVING_FIRST))
        .collect();
    weakest.sort_by_key(|h| h.score);
    let growing = weakest
        .iter()
        .filter(|h| h.level != Level::Strength)
        .count();
    actions.extend(
        weakest
            .iter()
            .take(growing.clamp(1, from_habits))
            .filter_map(|h| h.next.first().copied()),
    );
    actions
}

/// Why the style came out as it did: which share leads, and for each share which habit
/// scores pushed it up and which held it back, in the habit chart's own names and
/// numbers and the same terms as the model in [`score`](mod@super::score).
pub fn style_reasons(result: &QuizResult) -> Vec<String> {
    let at = |id| result.habit(id);
    let named = |id| format!("{} ({})", habit(id).map_or(id, |h| h.title), at(id));
    let mut ranked = Style::ALL;
    let weights = StyleWeights::from_habits(&result.habits);
    ranked.sort_by_key(|&s| std::cmp::Reverse(weights.weight(s)));
    let name = |s: Style| style_text(s).name.to_lowercase();
    let share = |s: Style| result.style.share(s);
    let mut why = vec![format!(
        "You lean {} ({}%), then {} ({}%) and {} ({}%).",
        name(result.dominant),
        share(result.dominant),
        name(ranked[1]),
        share(ranked[1]),
        name(ranked[2]),
        share(ranked[2]),
    )];

    // Giver rises with each of its three habits.
    let giver = [GIVING_FIRST, FOLLOW_THROUGH, KEEPING_SCORE];
    why.push(pushes(
        "Giver",
        &giver.map(|id| (named(id), Level::of(at(id)))),
        "high scores raise it, low ones hold it back",
    ));

    // Matcher rises as keeping score rises (its habit score falls) and as giving first
    // nears the middle, the way people trade favours.
    let keeping = Level::of(100 - at(KEEPING_SCORE));
    let measured = 100 - (2 * u32::from(at(GIVING_FIRST))).abs_diff(100) as u8;
    why.push(pushes(
        "Matcher",
        &[
            (named(KEEPING_SCORE), keeping),
            (named(GIVING_FIRST), Level::of(measured)),
        ],
        "a low score for helping without keeping score raises it, and so does giving first about half the time, the way people trade favours",
    ));

    // Taker rises as each of its three habits falls.
    let taker = [GIVING_FIRST, ASKING_WELL, KEEPING_IN_TOUCH];
    why.push(pushes(
        "Taker",
        &taker.map(|id| (named(id), Level::of(100 - at(id)))),
        "low scores raise it, high ones hold it back",
    ));

    if result.dominant != Style::Giver {
        let lowest = [
            GIVING_FIRST,
            FOLLOW_THROUGH,
            KEEPING_SCORE,
            ASKING_WELL,
            KEEPING_IN_TOUCH,
        ]
        .into_iter()
        .min_by_key(|&id| at(id))
        .expect("five habits");
        why.push(format!(
            "Your lowest score among these is {}, so that is where a change would shift the mix most.",
            named(lowest)
        ));
    }
    why
}

/// One share's sentence: the rule in words, then which of `habits` pushed it up, which
/// held it back and which sat in between. Each habit comes with how hard it pulls this
/// share, on the levels' scale: a strength pushes it up, a gap holds it back.
fn pushes(share: &str, habits: &[(String, Level)], rule: &str) -> String {
    let of = |level| {
        habits
            .iter()
            .filter(|(_, l)| *l == level)
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
    };
    let mut parts = Vec::new();
    for (level, says) in [
        (Level::Strength, "pushed it up"),
        (Level::Gap, "held it back"),
        (Level::Mixed, "sat in between"),
    ] {
        let names = of(level);
        if !names.is_empty() {
            parts.push(format!("{} {says}", and_list(&names)));
        }
    }
    format!("{share} share ({rule}): {}.", parts.join("; "))
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
