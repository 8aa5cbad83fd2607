//! A link in the main navigation that says whether it is the page being shown.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// True when `to` is the page on screen: marked with `aria-current="page"`.
    pub current: bool,
    pub children: Html,
}

/// Like yew-router's `Link`, which cannot carry `aria-current`.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            // Modified clicks open a new tab or window: leave those to the browser.
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            if let Some(navigator) = &navigator {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    let href = format!("#{}", props.to.to_path());
    let current = props.current.then_some("page");
    html! {
        <a {href} aria-current={current} {onclick}>{ props.children.clone() }</a>
    }
}
