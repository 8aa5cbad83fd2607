//! The front page: what Goodwill is for, and the ways into the library and the quiz.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::GUIDES;
use crate::ui::route::Route;

#[component]
pub fn Home() -> Html {
    html! {
        <article class="home">
            <h1 tabindex="-1">{ "Networking, the giver’s way" }</h1>
            <p class="lead">
                { "Goodwill is a private coach for networking the giver’s way: give first, \
                   ask specifically and kindly, then thank people and close the loop. \
                   Everything you read and write here stays in your browser." }
            </p>
            <p>
                <Link<Route> to={Route::Library} classes="button">
                    { "Read the guides" }
                </Link<Route>>
            </p>
            <h2>{ "The seven habits" }</h2>
            <ol class="habit-list">
                { for GUIDES.iter().map(|guide| html! {
                    <li>
                        <Link<Route> to={Route::Guide { slug: guide.slug.to_string() }}>
                            { guide.title }
                        </Link<Route>>
                    </li>
                }) }
            </ol>
            <h2>{ "Where do you stand?" }</h2>
            <p>
                { "A 36-question self-assessment shows how you give, ask and keep in touch, \
                   which habits are already strengths, and what to try this week. It takes \
                   about ten minutes, saves as you go, and your answers stay in this browser." }
            </p>
            <p>
                <Link<Route> to={Route::Quiz} classes="button">
                    { "Take the self-assessment" }
                </Link<Route>>
            </p>
            // The drafter's own link goes here once its route exists.
            <p class="muted">
                { "Next: a message drafter that checks an ask before you send it." }
            </p>
        </article>
    }
}
