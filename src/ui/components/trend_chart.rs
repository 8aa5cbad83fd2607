//! One habit's scores across every attempt as a small line chart, with the figures as
//! text beside it ("60 → 65 → 72").

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub title: &'static str,
    /// Scores 0..=100, oldest first; at least two.
    pub scores: Vec<u8>,
}

const WIDTH: f64 = 120.0;
const HEIGHT: f64 = 40.0;
const PAD: f64 = 5.0;

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let count = props.scores.len().max(2);
    // Scaled to the scores' own range (at least 20 points), so a move of a few points is
    // visible; the figures beside the line give the true values.
    let low = props.scores.iter().copied().min().unwrap_or(0).min(100);
    let high = props.scores.iter().copied().max().unwrap_or(100).min(100);
    let span = f64::from((high - low).max(20));
    let base = f64::from(low).min(100.0 - span).max(0.0);
    let points: Vec<(f64, f64)> = props
        .scores
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let x = PAD + (WIDTH - 2.0 * PAD) * i as f64 / (count - 1) as f64;
            let y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (f64::from(s.min(100)) - base) / span;
            (x, y)
        })
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
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
                    <circle class="point" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3" />
                }) }
            </svg>
            <span class="trend-figures" aria-hidden="true">{ figures.join(" → ") }</span>
        </span>
    }
}
