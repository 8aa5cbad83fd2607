//! The front page: what Goodwill is for, and the way into the library.

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
            <h2>{ "Coming soon" }</h2>
            <p>
                { "A short self-assessment quiz that shows which habits to work on first, \
                   and a message drafter that checks an ask before you send it." }
            </p>
        </article>
    }
}
