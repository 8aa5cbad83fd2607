//! Says when the app is ready for a visitor: after the first render it sets `data-ready` on
//! `<html>` and records the performance mark `goodwill-ready`. The page's h1 and the main
//! navigation are in the DOM by then, with their listeners attached. `npm run bench` times
//! "interactive" by the mark; tests may wait for the attribute; `assets/boot.js` reads it to
//! tell a failed start from a later trap.

use yew::prelude::*;

/// The `performance.mark` name, read by `scripts/bench.mjs`.
pub const READY_MARK: &str = "goodwill-ready";

/// Call once, in the component that renders the whole layout, with whether a page is on
/// show; the mark is made the first time one is.
#[hook]
pub fn use_ready_mark(shown: bool) {
    use_effect_with(shown, |&shown| {
        if !shown {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(performance) = window.performance() {
            let _ = performance.mark(READY_MARK);
        }
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "");
        }
    });
}
