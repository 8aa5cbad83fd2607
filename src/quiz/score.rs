//! Turns validated answers into a [`QuizResult`]: a 0..=100 score per habit, the
//! giver/matcher/taker mix and the burnout flag. Numbers only; the words are in `explain`.
//!
//! # The model
//!
//! **Habit scores.** Each answer becomes 1..=5 points towards the giver pole: a scale
//! answer `a` counts `a` when the item is keyed `"+"` and `6 − a` when keyed `"-"`; a
//! scenario counts the score of the chosen option. A habit's score is
//! `100 × Σ(points − 1) / (4 × items)`, rounded to the nearest whole number with halves
//! rounded up, so all giver answers make 100 and all taker answers make 0. Every habit
//! score faces the same way: high is the giver's way (for `keeping-score`, high means
//! *not* keeping score).
//!
//! **Reciprocity style.** Three weights, each an average of 0..=100 habit scores:
//!
//! - giver = (giving first + following through + not keeping score) / 3
//! - taker = ((100 − giving first) + (100 − asking well) + (100 − keeping in touch)) / 3:
//!   rarely giving, asking badly and getting in touch only when in need.
//! - matcher = ((100 − not keeping score) + measured giving) / 2, where measured giving is
//!   `100 − 2 × |giving first − 50|`: it peaks for someone who gives about half the time,
//!   which is what trading favours looks like, and is zero for those who always or never
//!   give first.
//!
//! The mix is each weight's share of their sum, in whole percentages that add up to
//! exactly 100 by largest-remainder rounding (leftover points go to the largest
//! fractions; ties in the order giver, matcher, taker). The dominant style is the one with
//! the largest weight, ties broken in the same order, so it always has the largest share.
//! Giving sustainably does not move the mix: it says how long your giving can last, not
//! how much you give. The weights always sum to more than zero: giver and taker weights
//! cannot both be zero.
//!
//! **Burnout risk.** The selfless giver, as opposed to the otherish giver who thrives:
//! giving first at [`BURNOUT_GIVING_FROM`] or more while giving sustainably is at
//! [`BURNOUT_SUSTAINABLE_UP_TO`] or less.

use super::answers::{validate, AnswerError, Answers};
use super::items::{items_of, HABITS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const GIVING_FIRST: &str = "giving-first";
pub const KEEPING_SCORE: &str = "keeping-score";
pub const ASKING_WELL: &str = "asking-well";
pub const FOLLOW_THROUGH: &str = "follow-through";
pub const KEEPING_IN_TOUCH: &str = "keeping-in-touch";
pub const SUSTAINABLE_GIVING: &str = "sustainable-giving";

/// Burnout needs a giving-first score at least this high...
pub const BURNOUT_GIVING_FROM: u8 = 70;
/// ...and a sustainable-giving score no higher than this.
pub const BURNOUT_SUSTAINABLE_UP_TO: u8 = 40;

/// One of the three reciprocity styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    Giver,
    Matcher,
    Taker,
}

impl Style {
    /// In the order ties are broken.
    pub const ALL: [Style; 3] = [Style::Giver, Style::Matcher, Style::Taker];

    pub fn as_str(self) -> &'static str {
        match self {
            Style::Giver => "giver",
            Style::Matcher => "matcher",
            Style::Taker => "taker",
        }
    }
}

/// The giver, matcher and taker shares in percent; they always sum to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StyleMix {
    pub giver: u8,
    pub matcher: u8,
    pub taker: u8,
}

impl StyleMix {
    pub fn share(&self, style: Style) -> u8 {
        match style {
            Style::Giver => self.giver,
            Style::Matcher => self.matcher,
            Style::Taker => self.taker,
        }
    }
}

/// What the quiz concludes; its JSON is what `goodwill quiz score` prints:
/// `{"style": {"giver": N, "matcher": N, "taker": N}, "dominant": "giver", "burnout_risk": false,
/// "habits": {"asking-well": N, ...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizResult {
    pub style: StyleMix,
    pub dominant: Style,
    pub burnout_risk: bool,
    /// Habit id to score 0..=100, high being the giver's way.
    pub habits: BTreeMap<String, u8>,
}

impl QuizResult {
    /// Derives the style and the burnout flag from habit scores. A habit missing from the
    /// map counts as 0, so a hand-edited result still gives an answer rather than a panic.
    pub fn from_habits(habits: BTreeMap<String, u8>) -> QuizResult {
        let at = |id| habit_score(&habits, id);
        let weights = StyleWeights::from_habits(&habits);
        QuizResult {
            style: weights.mix(),
            dominant: weights.dominant(),
            burnout_risk: at(GIVING_FIRST) >= BURNOUT_GIVING_FROM
                && at(SUSTAINABLE_GIVING) <= BURNOUT_SUSTAINABLE_UP_TO,
            habits,
        }
    }

    /// The score of the habit with this id (0 when absent).
    pub fn habit(&self, id: &str) -> u8 {
        habit_score(&self.habits, id)
    }
}

fn habit_score(habits: &BTreeMap<String, u8>, id: &str) -> u8 {
    habits.get(id).copied().unwrap_or(0).min(100)
}

/// Scores a complete set of answers, or says everything that is wrong with them.
pub fn score(answers: &Answers) -> Result<QuizResult, AnswerError> {
    validate(answers)?;
    let habits = HABITS
        .iter()
        .map(|h| {
            let (mut points, mut count) = (0u32, 0u32);
            for item in items_of(h.id) {
                points += u32::from(item.giver_points(answers[item.id]) - 1);
                count += 1;
            }
            // Round half up in integers: (100p + 2n) / 4n == round(100p / 4n).
            let score = (100 * points + 2 * count) / (4 * count);
            (h.id.to_string(), score as u8)
        })
        .collect();
    Ok(QuizResult::from_habits(habits))
}

/// The three style weights, scaled by 6 so they stay whole numbers (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StyleWeights {
    pub giver: u32,
    pub matcher: u32,
    pub taker: u32,
}

impl StyleWeights {
    pub fn from_habits(habits: &BTreeMap<String, u8>) -> StyleWeights {
        let at = |id| u32::from(habit_score(habits, id));
        let (give, keep_no_score) = (at(GIVING_FIRST), at(KEEPING_SCORE));
        StyleWeights {
            giver: 2 * (give + at(FOLLOW_THROUGH) + keep_no_score),
            taker: 2 * (300 - give - at(ASKING_WELL) - at(KEEPING_IN_TOUCH)),
            matcher: 3 * (200 - keep_no_score - (2 * give).abs_diff(100)),
        }
    }

    pub fn weight(&self, style: Style) -> u32 {
        match style {
            Style::Giver => self.giver,
            Style::Matcher => self.matcher,
            Style::Taker => self.taker,
        }
    }

    /// Whole-percent shares summing to exactly 100 (largest remainder).
    pub fn mix(&self) -> StyleMix {
        let total = Style::ALL
            .map(|s| self.weight(s))
            .iter()
            .sum::<u32>()
            .max(1);
        let mut shares = Style::ALL.map(|s| 100 * self.weight(s) / total);
        let remainders = Style::ALL.map(|s| 100 * self.weight(s) % total);
        let leftover = 100 - shares.iter().sum::<u32>();
        let mut order = [0, 1, 2];
        // Stable sort keeps giver, matcher, taker order among equal remainders.
        order.sort_by_key(|&i| std::cmp::Reverse(remainders[i]));
        for &i in order.iter().take(leftover as usize) {
            shares[i] += 1;
        }
        StyleMix {
            giver: shares[0] as u8,
            matcher: shares[1] as u8,
            taker: shares[2] as u8,
        }
    }

    /// The style with the largest weight; ties go to giver, then matcher.
    pub fn dominant(&self) -> Style {
        Style::ALL
            .into_iter()
            .rev()
            .max_by_key(|&s| self.weight(s))
            .expect("three styles")
    }
}
