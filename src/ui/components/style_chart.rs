//! The giver / matcher / taker mix as labelled bars, each with its percentage.

use yew::prelude::*;

use super::bar_rows::{BarRow, BarRows};
use crate::quiz::{style_text, Style, StyleMix};

#[derive(Properties, PartialEq)]
pub struct StyleChartProps {
    pub mix: StyleMix,
    pub dominant: Style,
}

#[component]
pub fn StyleChart(props: &StyleChartProps) -> Html {
    let rows: Vec<BarRow> = Style::ALL
        .iter()
        .map(|&style| BarRow {
            label: style_text(style).name.to_string(),
            figure: format!("{}%", props.mix.share(style)),
            value: props.mix.share(style),
            emphasis: style == props.dominant,
            tone: None,
        })
        .collect();
    let label = format!(
        "Style mix: {}",
        rows.iter()
            .map(|r| format!("{} {}", r.label, r.figure))
            .collect::<Vec<_>>()
            .join(", ")
    );
    html! { <BarRows {label} {rows} class="style-chart" /> }
}
