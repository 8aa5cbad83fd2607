//! The six habit scores as labelled bars, each with its score out of 100, coloured by
//! level and marked at the two thresholds the text names; the accessible name adds each
//! habit's level in words.

use yew::prelude::*;

use super::bar_rows::{BarRow, BarRows};
use crate::quiz::{habit_results, Level, QuizResult, MIXED_FROM, STRENGTH_FROM};

#[derive(Properties, PartialEq)]
pub struct HabitChartProps {
    pub result: QuizResult,
}

#[component]
pub fn HabitChart(props: &HabitChartProps) -> Html {
    let habits = habit_results(&props.result);
    let label = format!(
        "Habit scores out of 100: {}",
        habits
            .iter()
            .map(|h| format!("{} {} ({})", h.habit.title, h.score, h.level_label))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rows: Vec<BarRow> = habits
        .iter()
        .map(|h| BarRow {
            label: h.habit.title.to_string(),
            figure: h.score.to_string(),
            value: h.score,
            emphasis: false,
            tone: Some(match h.level {
                Level::Strength => "level-strength",
                Level::Mixed => "level-mixed",
                Level::Gap => "level-gap",
            }),
        })
        .collect();
    html! { <BarRows {label} {rows} class="habit-chart" marks={vec![MIXED_FROM, STRENGTH_FROM]} /> }
}
