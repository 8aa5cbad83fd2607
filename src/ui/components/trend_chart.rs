//! One habit's scores across every attempt as a small line chart. Every chart on a page
//! shares one scale, so a bigger move draws a steeper line; the figures are printed once,
//! beside it by the page, and read in full by the chart's accessible name.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub title: &'static str,
    /// Scores 0..=100, oldest first; at least two.
    pub scores: Vec<u8>,
    /// The lowest and highest score drawn by every chart beside this one, so they share a
    /// scale (see [`trend_scale`](crate::quiz::trend_scale)).
    pub range: (u8, u8),
}

// Whole pixels: formatting floats would pull Rust's float printing into the .wasm.
const WIDTH: u32 = 120;
const HEIGHT: u32 = 40;
const PAD: u32 = 5;

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let steps = props.scores.len().max(2) as u32 - 1;
    let base = u32::from(props.range.0.min(100));
    let span = u32::from(props.range.1.min(100))
        .saturating_sub(base)
        .max(1);
    let points: Vec<(u32, u32)> = props
        .scores
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let x = PAD + (WIDTH - 2 * PAD) * i as u32 / steps;
            let above =
                (u32::from(s.min(100)).clamp(base, base + span) - base) * (HEIGHT - 2 * PAD) / span;
            (x, HEIGHT - PAD - above)
        })
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let figures = props.scores.iter().map(u8::to_string).collect::<Vec<_>>();
    let label = format!(
        "{} across {} results: {}",
        props.title,
        props.scores.len(),
        figures.join(", ")
    );
    html! {
        <svg class="chart trend-chart" width={WIDTH.to_string()} height={HEIGHT.to_string()}
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={label.clone()}>
                <title>{ label }</title>
                <polyline class="line" points={line} />
                { for points.iter().map(|(x, y)| html! {
                    <circle class="point" cx={x.to_string()} cy={y.to_string()} r="3" />
                }) }
        </svg>
    }
}
