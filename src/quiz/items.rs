//! The self-assessment's catalogue, compiled in from `content/quiz/` by `build.rs`: items,
//! habits, answer scales and result texts. Data and lookups only; no scoring here.

use serde::{Serialize, Serializer};

/// Which end of an item's answer scale is the giver's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyed {
    /// `"+"`: the top answer (5) is the giver's.
    Giver,
    /// `"-"`: the bottom answer (1) is the giver's, so the answer counts reversed (6 − a).
    Taker,
}

impl Keyed {
    /// `"+"` or `"-"`, as in the content files and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Keyed::Giver => "+",
            Keyed::Taker => "-",
        }
    }
}

impl Serialize for Keyed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A five-point answer scale; `labels[0]` is what answer 1 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Scale {
    /// `frequency` or `agreement` (from `content/quiz/scales.toml`).
    pub id: &'static str,
    pub labels: [&'static str; 5],
}

/// One response to a scenario. Its `score` is already on the giver pole (5 the giver's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScenarioOption {
    pub text: &'static str,
    pub score: u8,
}

/// How an item is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Choices {
    /// A statement rated 1..=5 on this scale.
    Scale(&'static Scale),
    /// A situation with 3 to 5 responses, shown in this order. The answer stored is the
    /// chosen option's `score`, so a saved answer survives reordering the options.
    Scenario(&'static [ScenarioOption]),
}

/// One question of the self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Stable id such as `give-03`: saved answers refer to it, so it never changes.
    pub id: &'static str,
    /// The id of the [`Habit`] it measures.
    pub habit: &'static str,
    pub text: &'static str,
    pub keyed: Keyed,
    pub choices: Choices,
}

impl Item {
    /// Whether `answer` is one this item accepts: 1..=5 for a scale, an option's score for
    /// a scenario.
    pub fn accepts(&self, answer: u8) -> bool {
        match self.choices {
            Choices::Scale(_) => (1..=5).contains(&answer),
            Choices::Scenario(options) => options.iter().any(|o| o.score == answer),
        }
    }

    /// How many answers it offers: 5 on a scale, a scenario's option count. The number keys
    /// 1 to this pick one.
    pub fn choice_count(&self) -> usize {
        match self.choices {
            Choices::Scale(_) => 5,
            Choices::Scenario(options) => options.len(),
        }
    }

    /// The answer as a point 1..=5 towards the giver pole: reverse-keyed answers count 6 − a.
    /// `answer` must be one the item [`accepts`](Item::accepts).
    pub fn giver_points(&self, answer: u8) -> u8 {
        match self.keyed {
            Keyed::Giver => answer,
            Keyed::Taker => 6 - answer,
        }
    }

    /// The answer a thorough giver would choose, and the one a taker would.
    pub fn pole_answers(&self) -> (u8, u8) {
        match self.keyed {
            Keyed::Giver => (5, 1),
            Keyed::Taker => (1, 5),
        }
    }
}

/// A concrete step the results suggest, linked to the guide that explains it. The plan's
/// actions are ticked off by `id`, so ids are stable and unique across the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Action {
    pub id: &'static str,
    pub text: &'static str,
    /// Slug of a guide in `content/guides/`.
    pub guide: &'static str,
}

/// What one level of one habit means, and what to try next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LevelText {
    pub meaning: &'static str,
    /// Two or three actions; the first is the one the weekly plan picks.
    pub next: &'static [Action],
}

/// One of the six habits the quiz measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Habit {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// Slugs of the guides that teach this habit.
    pub guides: &'static [&'static str],
    /// Texts for a strength, mixed and a gap, indexed by [`Level`](super::Level).
    #[serde(skip)]
    pub levels: [LevelText; 3],
}

/// The words for one reciprocity style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StyleText {
    pub name: &'static str,
    pub summary: &'static str,
    pub guide: &'static str,
}

/// The burnout warning: what it means and what to do this week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Burnout {
    pub title: &'static str,
    pub meaning: &'static str,
    pub actions: &'static [Action],
}

include!(concat!(env!("OUT_DIR"), "/quiz.rs"));

/// The item with this id.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id == id)
}

/// The habit with this id.
pub fn habit(id: &str) -> Option<&'static Habit> {
    HABITS.iter().find(|h| h.id == id)
}

/// The items that measure the habit `habit_id`, in asking order.
pub fn items_of(habit_id: &str) -> impl Iterator<Item = &'static Item> + '_ {
    ITEMS.iter().filter(move |i| i.habit == habit_id)
}
