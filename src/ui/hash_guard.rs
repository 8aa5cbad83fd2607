//! Keeps the URL fragment a router path. The hash history throws on a fragment that does not
//! start with `/` (say a hand-typed `#top`), so such a fragment is rewritten to `#/top`,
//! which the router then shows as not found instead of failing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Listens for fragment changes before the router does: call before mounting the app, as
/// listeners run in the order they were added.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fix = Closure::<dyn Fn()>::new(fix_fragment);
    // The router reads the fragment on `popstate`, which browsers fire before `hashchange`.
    if window
        .add_event_listener_with_callback("popstate", fix.as_ref().unchecked_ref())
        .is_ok()
    {
        // The listener lives as long as the page.
        fix.forget();
    }
}

fn fix_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let path = hash.strip_prefix('#').unwrap_or(&hash);
    if path.starts_with('/') {
        return;
    }
    if let Ok(history) = window.history() {
        // Replace, not push: the fixed address takes the place of the one the user typed.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#/{path}")));
    }
}
