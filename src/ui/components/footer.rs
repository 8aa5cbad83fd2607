//! The site footer: the privacy promise, on every page.

use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="site-footer">
            <div class="bar">
                <p>{ "No account, no server: nothing you read or write here leaves your browser." }</p>
            </div>
        </footer>
    }
}
