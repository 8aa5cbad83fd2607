//! The site footer: the privacy promise and the way to the user's data, on every page.

use yew::prelude::*;

use crate::route::Route;

#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="site-footer">
            <div class="bar">
                <p>
                    { "No account, no server: nothing you read or write here leaves your browser. " }
                    <a href={Route::Data.href()}>{ "Your data: download, restore or delete" }</a>
                </p>
            </div>
        </footer>
    }
}
