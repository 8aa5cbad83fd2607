//! The "Skip to content" link, first in the tab order, shown only while focused.

use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The `<main>` element to move focus to.
    pub target: NodeRef,
}

/// Moves focus to `target` without following the link: with a hash router, `#main` would
/// be read as a route. The `href` stays so the link is a link to browsers and checkers.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            if let Some(main) = target.cast::<HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    html! {
        <a class="skip-link" href="#main" {onclick}>{ "Skip to content" }</a>
    }
}
