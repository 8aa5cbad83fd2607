//! The links at the foot of a guide: the previous and next guide, and back to the library.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::Guide;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct GuidePagerProps {
    pub previous: Option<&'static Guide>,
    pub next: Option<&'static Guide>,
}

#[component]
pub fn GuidePager(props: &GuidePagerProps) -> Html {
    let link = |guide: &'static Guide, rel: &'static str, label: &'static str| {
        html! {
            <li class={rel}>
                <Link<Route> to={Route::Guide { slug: guide.slug.to_owned() }}>
                    <span class="pager-label">{ label }</span>
                    <span class="pager-title">{ guide.title }</span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <nav class="pager" aria-label="Guides">
            <ul>
                { for props.previous.map(|g| link(g, "previous", "Previous guide")) }
                { for props.next.map(|g| link(g, "next", "Next guide")) }
            </ul>
            <p class="back">
                <Link<Route> to={Route::Library}>{ "All guides" }</Link<Route>>
            </p>
        </nav>
    }
}
