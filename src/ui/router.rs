//! The hash router: keeps the page on screen in step with the URL fragment, and moves to
//! another page by setting the fragment. What a fragment means is [`crate::route`]'s job;
//! this file only reads, watches and sets `location.hash`.
//!
//! Setting the fragment is an ordinary same-document navigation, so the browser adds the
//! history entry, back and forward fire `hashchange`, and a plain `<a href="#/guides">`
//! (including the links in guide bodies) needs no click handler at all.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub children: Html,
}

/// Provides the current [`Route`] to everything inside, read with [`use_route`].
#[component]
pub fn Router(props: &RouterProps) -> Html {
    // `_eq`: a fragment change that names the same page (`#/guides` to `#guides/`) must not
    // count as a navigation, which would move focus to the heading.
    let route = use_state_eq(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                let route = route.clone();
                EventListener::new(&window, "hashchange", move |_| route.set(current()))
            });
            // The fragment may have changed between the first render and this listener.
            route.set(current());
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The page on screen. Inside [`Router`] it re-renders the caller on every navigation;
/// outside, it reads the fragment once.
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or_else(current)
}

/// Shows `route`, adding a history entry as following a link would. Navigating to the page
/// already shown changes nothing: browsers ignore setting the fragment it already has.
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        // Fails only in a detached document, where there is nothing to navigate.
        let _ = window.location().set_hash(&route.to_path());
    }
}

/// The route the address names now.
pub(super) fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Route::parse(hash.strip_prefix('#').unwrap_or(&hash))
}
