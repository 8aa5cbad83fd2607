//! Someone's shared result, read from the address (`#/shared/<code>`, see `quiz::share`):
//! read-only, the same charts and figures as their results page, and an invitation to take
//! the self-assessment. Nothing here reads or changes the viewer's own saved data.

use yew::prelude::*;

use crate::quiz::{share, BURNOUT};
use crate::route::Route;
use crate::ui::components::ResultOverview;

#[derive(Properties, PartialEq)]
pub struct SharedResultProps {
    pub code: String,
}

#[component]
pub fn SharedResult(props: &SharedResultProps) -> Html {
    let invite = html! {
        <section aria-labelledby="invite-title" class="invite">
            <h2 id="invite-title">{ "Where do you stand?" }</h2>
            <p>{ "Take the same 36 questions yourself: about ten minutes, and your answers stay in your browser." }</p>
            <p><a href={Route::Quiz.href()} class="button">{ "Take the self-assessment" }</a></p>
        </section>
    };
    let Some(result) = share::decode(&props.code) else {
        return html! {
            <article class="shared-result">
                <h1 tabindex="-1">{ "A shared result" }</h1>
                <p class="lead">
                    { "This share link is incomplete or damaged, so there is nothing to show. \
                       Ask for the link again." }
                </p>
                { invite }
            </article>
        };
    };
    html! {
        <article class="shared-result">
            <h1 tabindex="-1">{ "A shared result" }</h1>
            <p class="lead">
                { "Someone shared their Goodwill self-assessment result with you. The link holds \
                   their scores only: their answers stayed in their browser." }
            </p>
            <ResultOverview result={result.clone()} />
            if result.burnout_risk {
                <section class="burnout notice notice-warning" aria-labelledby="burnout-title">
                    <h2 id="burnout-title">{ BURNOUT.title }</h2>
                    <p>{ BURNOUT.meaning }</p>
                </section>
            }
            { invite }
        </article>
    }
}
