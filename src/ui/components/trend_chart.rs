//! One habit's scores across every attempt as a small line chart, with the figures as
//! text beside it ("60 → 65 → 72").

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub title: &'static str,
    /// Scores 0..=100, oldest first; at least two.
    pub scores: Vec<u8>,
}

// Whole pixels: formatting floats would pull Rust's float printing into the .wasm.
const WIDTH: u32 = 120;
const HEIGHT: u32 = 40;
const PAD: u32 = 5;

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let steps = props.scores.len().max(2) as u32 - 1;
    // Scaled to the scores' own range (at least 20 points), so a move of a few points is
    // visible; the figures beside the line give the true values.
    let low = u32::from(props.scores.iter().copied().min().unwrap_or(0).min(100));
    let high = u32::from(props.scores.iter().copied().max().unwrap_or(100).min(100));
    let span = (high - low).max(20);
    let base = low.min(100 - span);
    let points: Vec<(u32, u32)> = props
        .scores
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let x = PAD + (WIDTH - 2 * PAD) * i as u32 / steps;
            let above =
                (u32::from(s.min(100)) - base.min(u32::from(s))) * (HEIGHT - 2 * PAD) / span;
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
        <span class="trend">
            <svg class="chart trend-chart" width={WIDTH.to_string()} height={HEIGHT.to_string()}
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={label.clone()}>
                <title>{ label }</title>
                <polyline class="line" points={line} />
                { for points.iter().map(|(x, y)| html! {
                    <circle class="point" cx={x.to_string()} cy={y.to_string()} r="3" />
                }) }
            </svg>
            <span class="trend-figures" aria-hidden="true">{ figures.join(" → ") }</span>
        </span>
    }
}
