//! A link in the main navigation that says whether it is the page being shown.

use yew::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// True when `to` is the page on screen: marked with `aria-current="page"`.
    pub current: bool,
    pub children: Html,
}

/// A plain hash link: the browser follows it and the router hears the `hashchange`, so
/// modified clicks (new tab, new window) behave as on any other link.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let current = props.current.then_some("page");
    html! {
        <a href={props.to.href()} aria-current={current}>{ props.children.clone() }</a>
    }
}
