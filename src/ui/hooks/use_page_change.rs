//! Tells everyone a new page arrived: sets the document title for the route and, after a
//! navigation (not on first load), moves focus to the page's `h1`, so screen-reader users
//! hear the new page, and scrolls to the top, or, after Back or Forward, to where that page
//! was scrolled before.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::scroll_memory::ScrollMemory;
use crate::route::Route;

/// Runs after every render in which `route` changed; `main` is the `<main>` holding the page.
#[hook]
pub fn use_page_change(route: &Route, main: &NodeRef) {
    // Taking over from the home bundle after a click is a navigation, not a first load.
    let first_load = use_mut_ref(|| !crate::ui::handoff::handed_over());
    let memory = use_memo((), |_| {
        let memory = ScrollMemory::default();
        memory.listen();
        memory
    });
    let main = main.clone();
    use_effect_with(route.clone(), move |route| {
        let back_to = memory.arrived();
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(document) = window.document() {
            document.set_title(&route.title());
        }
        // On first load focus stays at the top of the document, so the first Tab reaches
        // the skip link as on any other site.
        if std::mem::replace(&mut *first_load.borrow_mut(), false) {
            return;
        }
        let heading = main
            .cast::<web_sys::Element>()
            .and_then(|main| main.query_selector("h1").ok().flatten())
            .and_then(|h1| h1.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = heading {
            // Without scrolling: the scroll position is decided just below.
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
        window.scroll_to_with_x_and_y(0.0, back_to.unwrap_or(0.0));
    });
}
