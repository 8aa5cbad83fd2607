//! The page for an address that names nothing: an unknown route or guide.

use yew::prelude::*;

use crate::route::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <article class="not-found">
            <h1 tabindex="-1">{ "Page not found" }</h1>
            <p class="lead">
                { "There is nothing at this address. The link may be mistyped, or the page \
                   may have moved." }
            </p>
            <ul class="links">
                <li><a href={Route::Home.href()}>{ "Go to the home page" }</a></li>
                <li><a href={Route::Library.href()}>{ "Browse the library of guides" }</a></li>
            </ul>
        </article>
    }
}
