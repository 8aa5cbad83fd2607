//! Tells everyone a new page arrived: sets the document title for the route and, after a
//! navigation (not on first load), scrolls to the top and moves focus to the page's `h1`,
//! so screen-reader users hear the new page and keyboard users start from its top.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::route::Route;

/// Runs after every render in which `route` changed; `main` is the `<main>` holding the page.
#[hook]
pub fn use_page_change(route: &Route, main: &NodeRef) {
    let first_load = use_mut_ref(|| true);
    let main = main.clone();
    use_effect_with(route.clone(), move |route| {
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
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let heading = main
            .cast::<web_sys::Element>()
            .and_then(|main| main.query_selector("h1").ok().flatten())
            .and_then(|h1| h1.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
