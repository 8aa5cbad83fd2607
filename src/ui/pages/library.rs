//! The library index: every guide, in order, with its title and one-line summary.

use yew::prelude::*;

use crate::content::GUIDES;
use crate::route::Route;

#[component]
pub fn Library() -> Html {
    html! {
        <article class="library">
            <h1 tabindex="-1">{ "Library" }</h1>
            <p class="lead">
                { "Short guides to the habits that make people glad to hear from you. \
                   Each takes a few minutes to read and ends with something to try this week." }
            </p>
            <ol class="guide-list">
                { for GUIDES.iter().map(|guide| html! {
                    <li key={guide.slug}>
                        <h2>
                            <a href={Route::Guide { slug: guide.slug.to_owned() }.href()}>
                                { guide.title }
                            </a>
                        </h2>
                        <p>{ guide.summary }</p>
                    </li>
                }) }
            </ol>
        </article>
    }
}
