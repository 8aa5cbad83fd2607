//! The links at the foot of a guide: the previous and next guide, and back to the library.

use yew::prelude::*;

use crate::content::Guide;
use crate::route::Route;

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
                <a href={Route::Guide { slug: guide.slug.to_owned() }.href()}>
                    <span class="pager-label">{ label }</span>
                    <span class="pager-title">{ guide.title }</span>
                </a>
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
                <a href={Route::Library.href()}>{ "All guides" }</a>
            </p>
        </nav>
    }
}
