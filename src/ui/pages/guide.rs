//! One guide: its title, summary and body, then the way to the guides around it.

use yew::prelude::*;

use super::NotFound;
use crate::content::{self, GUIDES};
use crate::ui::components::GuidePager;

#[derive(Properties, PartialEq)]
pub struct GuidePageProps {
    pub slug: String,
}

/// Shows the guide named by `slug`, or the not-found page when there is none.
#[component]
pub fn GuidePage(props: &GuidePageProps) -> Html {
    let Some(guide) = content::guide(&props.slug) else {
        return html! { <NotFound /> };
    };
    let position = GUIDES.iter().position(|g| g.slug == guide.slug);
    let previous = position
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| GUIDES.get(i));
    let next = position.and_then(|i| GUIDES.get(i + 1));
    html! {
        <article class="guide">
            <h1 tabindex="-1">{ guide.title }</h1>
            <p class="lead">{ guide.summary }</p>
            <div class="prose">
                // Safe: build.rs rendered this from our own Markdown and refuses raw HTML
                // and unsafe links, so nothing here comes from a user.
                { Html::from_html_unchecked(AttrValue::Static(guide.html())) }
            </div>
            <GuidePager {previous} {next} />
        </article>
    }
}
