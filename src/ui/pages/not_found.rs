//! The page for an address that names nothing: an unknown route or guide.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::route::Route;

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
                <li><Link<Route> to={Route::Home}>{ "Go to the home page" }</Link<Route>></li>
                <li><Link<Route> to={Route::Library}>{ "Browse the library of guides" }</Link<Route>></li>
            </ul>
        </article>
    }
}
