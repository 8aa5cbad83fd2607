//! What a result says at a glance, the same on the results page and a shared link: the
//! dominant style with its summary, the style mix and the six habit scores as charts.

use yew::prelude::*;

use super::{HabitChart, StyleChart};
use crate::quiz::{style_text, QuizResult, MIXED_FROM, STRENGTH_FROM};

#[derive(Properties, PartialEq)]
pub struct ResultOverviewProps {
    pub result: QuizResult,
}

#[component]
pub fn ResultOverview(props: &ResultOverviewProps) -> Html {
    let result = &props.result;
    let text = style_text(result.dominant);
    html! {
        <>
            <section aria-labelledby="style-title" class="result-style">
                <h2 id="style-title">{ format!("Main style: {}", text.name) }</h2>
                <p>{ text.summary }</p>
                <StyleChart mix={result.style} dominant={result.dominant} />
            </section>
            <section aria-labelledby="habits-title" class="result-habits">
                <h2 id="habits-title">{ "The six habits" }</h2>
                <p class="muted">{ format!("Scores out of 100; higher is closer to the giver’s way. \
                    The marks on each bar are at {MIXED_FROM} and {STRENGTH_FROM}: \
                    {STRENGTH_FROM} or more is a strength (green), {MIXED_FROM} to {} is mixed (amber), \
                    under {MIXED_FROM} is room to grow (blue).", STRENGTH_FROM - 1) }</p>
                <HabitChart result={result.clone()} />
            </section>
        </>
    }
}
