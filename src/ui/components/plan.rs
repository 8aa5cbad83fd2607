//! "This week, try…": the plan `quiz::plan` picked for a result, with a button to keep it;
//! once kept, its items are checkboxes whose ticks are saved.

use yew::prelude::*;

use crate::content;
use crate::quiz::{plan, QuizResult};
use crate::route::Route;
use crate::store::{adapter, Action, Plan, PlanItem};
use crate::ui::saved::{use_saved, Msg};

#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    /// The attempt the plan comes from.
    pub attempt_id: AttrValue,
    pub result: QuizResult,
}

fn guide_link(slug: Option<&str>) -> Html {
    let Some(guide) = slug.and_then(content::guide) else {
        return html! {};
    };
    html! {
        <span class="plan-guide">
            { "Guide: " }
            <a href={Route::Guide { slug: guide.slug.to_string() }.href()}>{ guide.title }</a>
        </span>
    }
}

#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let kept = data
        .plan
        .as_ref()
        .filter(|p| p.from_result.as_deref() == Some(props.attempt_id.as_str()));

    let body = if let Some(kept) = kept {
        let done = kept.items.iter().filter(|i| i.done).count();
        let drop = {
            let saved = saved.clone();
            Callback::from(move |_: MouseEvent| saved.dispatch(Msg::Do(Action::DropPlan)))
        };
        html! {
            <>
                <p>{ format!("You kept this plan on {}. {done} of {} done.", kept.made.date(), kept.items.len()) }</p>
                <ul class="plan plan-kept">
                    { for kept.items.iter().map(|item| {
                        let id = format!("plan-{}", item.id);
                        let onchange = {
                            let saved = saved.clone();
                            let (item_id, done) = (item.id.clone(), !item.done);
                            Callback::from(move |_: Event| {
                                saved.dispatch(Msg::Do(Action::TickPlanItem { id: item_id.clone(), done }))
                            })
                        };
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} checked={item.done} {onchange} />
                                <span>
                                    <label for={id}>{ item.text.clone() }</label>
                                    { guide_link(item.guide.as_deref()) }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
                <p><button type="button" class="button-secondary" onclick={drop}>{ "Drop this plan" }</button></p>
            </>
        }
    } else {
        let actions = plan(&props.result);
        let replaces = data.plan.as_ref().map(|p| {
            html! { <p class="muted">{ format!("This replaces the plan you kept on {}.", p.made.date()) }</p> }
        });
        let keep = {
            let saved = saved.clone();
            let attempt_id = props.attempt_id.to_string();
            let actions = actions.clone();
            Callback::from(move |_: MouseEvent| {
                let items = actions
                    .iter()
                    .map(|a| PlanItem {
                        id: a.id.to_string(),
                        text: a.text.to_string(),
                        guide: Some(a.guide.to_string()),
                        done: false,
                    })
                    .collect();
                saved.dispatch(Msg::Do(Action::KeepPlan(Plan {
                    made: adapter::now(),
                    from_result: Some(attempt_id.clone()),
                    items,
                })));
            })
        };
        html! {
            <>
                <ul class="plan">
                    { for actions.iter().map(|a| html! {
                        <li>
                            // One column, text over its guide, as the kept plan lays out.
                            <span>
                                <span>{ a.text }</span>
                                { guide_link(Some(a.guide)) }
                            </span>
                        </li>
                    }) }
                </ul>
                { for replaces }
                <p><button type="button" onclick={keep}>{ "Keep this plan" }</button></p>
            </>
        }
    };
    html! {
        <section aria-labelledby="plan-title" class="result-plan">
            <h2 id="plan-title">{ "This week, try…" }</h2>
            { body }
        </section>
    }
}
