//! Labelled horizontal bars in SVG, the shape both result charts share: each row has its
//! name and figure as text above a bar, so nothing depends on colour, and the whole chart
//! is one image whose accessible name reads every figure.

use yew::prelude::*;

/// One bar: its name, the figure printed beside it, and its length out of 100.
#[derive(Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub figure: String,
    pub value: u8,
    /// Drawn in the stronger style, e.g. the dominant reciprocity style.
    pub emphasis: bool,
    /// A class naming what the figure means (e.g. `level-gap`), which sets the bar's
    /// colour; the figure and the chart's accessible name carry the same meaning in words.
    pub tone: Option<&'static str>,
}

#[derive(Properties, PartialEq)]
pub struct BarRowsProps {
    /// Read by screen readers instead of the drawing: every row's name and figure.
    pub label: String,
    pub rows: Vec<BarRow>,
    pub class: &'static str,
    /// Points out of 100 marked across every bar, e.g. the thresholds the text names.
    #[prop_or_default]
    pub marks: Vec<u8>,
}

/// Height of one row in CSS pixels: a line of text, then the bar.
const ROW: u32 = 50;
const BAR: u32 = 14;

#[component]
pub fn BarRows(props: &BarRowsProps) -> Html {
    let height = ROW * props.rows.len() as u32;
    html! {
        <svg class={classes!("chart", props.class)} width="100%" height={height.to_string()}
            role="img" aria-label={props.label.clone()}>
            <title>{ props.label.clone() }</title>
            { for props.rows.iter().enumerate().map(|(index, row)| {
                let top = ROW * index as u32;
                let class = classes!("bar", row.emphasis.then_some("bar-emphasis"), row.tone);
                html! {
                    <g class={class}>
                        <text x="0" y={(top + 18).to_string()}>{ row.label.clone() }</text>
                        <text x="100%" y={(top + 18).to_string()} text-anchor="end" class="figure">
                            { row.figure.clone() }
                        </text>
                        <rect class="track" x="0" y={(top + 26).to_string()} width="100%"
                            height={BAR.to_string()} rx="3" />
                        <rect class="fill" x="0" y={(top + 26).to_string()}
                            width={format!("{}%", row.value.min(100))} height={BAR.to_string()} rx="3" />
                        { for props.marks.iter().map(|&mark| {
                            let x = format!("{}%", mark.min(100));
                            html! {
                                <line class="mark" x1={x.clone()} x2={x} y1={(top + 23).to_string()}
                                    y2={(top + 29 + BAR).to_string()} />
                            }
                        }) }
                    </g>
                }
            }) }
        </svg>
    }
}
