//! "Ready to send?": errors, length against the kind's budget, and the checklist, each
//! line marked with a symbol and words so nothing depends on colour.

use yew::prelude::*;

use crate::drafter::{HeldBy, Readiness};
use crate::ui::plural::plural;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub readiness: Readiness,
}

#[component]
pub fn ReadinessPanel(props: &Props) -> Html {
    let r = &props.readiness;
    let verdict = if r.words == 0 {
        "Nothing written yet.".to_string()
    } else {
        match r.held_by {
            None => "Ready to send.".to_string(),
            Some(HeldBy::Errors) => format!(
                "Not yet: fix {} first.",
                plural(r.errors, "error", "errors")
            ),
            Some(HeldBy::TooLong) => {
                format!("Not yet: it is over {} words; cut it down.", r.budget.limit)
            }
            Some(HeldBy::AskInCheckIn) => {
                "Not yet: this check-in asks for something; send the ask on its own.".to_string()
            }
        }
    };
    // One story for both numbers, the same the too-long rule tells: a budget (the limit)
    // and, inside it, what reads at a glance.
    let words = plural(r.words, "word", "words");
    let length = if r.words <= r.budget.comfortable {
        format!(
            "{words}: reads at a glance (the budget is {}).",
            r.budget.limit
        )
    } else if r.words <= r.budget.limit {
        format!(
            "{words}: within the {} budget; under {} reads at a glance.",
            r.budget.limit, r.budget.comfortable
        )
    } else {
        format!(
            "{words}: over the {} budget; cut it to under {}.",
            r.budget.limit, r.budget.limit
        )
    };
    html! {
        <section class={classes!("readiness", r.ready.then_some("is-ready"))} aria-labelledby="ready-title">
            <h2 id="ready-title">{ "Ready to send?" }</h2>
            <p class="verdict"><span aria-hidden="true">{ if r.ready { "✓ " } else { "• " } }</span>{ verdict }</p>
            <p class="length">{ length }</p>
            <ul class="checklist">
                { for r.checklist.iter().map(|item| html! {
                    <li class={classes!(item.done.then_some("done"))}>
                        <span class="tick" aria-hidden="true">{ if item.done { "✓" } else { "○" } }</span>
                        <span class="visually-hidden">{ if item.done { "Done: " } else { "Not yet: " } }</span>
                        <strong>{ item.label.to_string() }</strong>
                        <span class="reason">{ item.reason.to_string() }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
