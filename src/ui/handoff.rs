//! How the home bundle hands over to the whole app. A first visit to home downloads only
//! home (`src/bin/home.rs`); the first time the visitor opens another page, `Opening` asks
//! `assets/boot.js` to fetch and compile the whole app (`goodwill.js`), and once it is ready
//! this bundle unmounts itself and the whole app mounts in its place, in one task, so no
//! blank frame shows between them. If the fetch fails, home stays and boot.js says so.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

use super::HomeApp;

thread_local! {
    /// The home bundle's app, unmounted when the whole app takes over.
    static HOME: RefCell<Option<yew::AppHandle<HomeApp>>> = const { RefCell::new(None) };
}

/// Mounts the home bundle in place of the boot screen (see [`super::start`]). A visit
/// that starts on another page goes straight to the whole app: home never mounts, so it
/// neither reads the saved data nor says anything the whole app would not say again.
pub fn start_home() {
    if super::router::current() != crate::route::Route::Home {
        return call_open(JsValue::UNDEFINED);
    }
    let handle = super::in_place_of_boot_screen::<HomeApp>();
    HOME.with(|h| *h.borrow_mut() = Some(handle));
}

/// Shown in the home bundle for any page but home, while the whole app is on its way.
#[component]
pub fn Opening() -> Html {
    use_effect_with((), |_| open_the_whole_app());
    html! {
        <p class="boot-status" role="status">{ "Opening…" }</p>
    }
}

/// The attribute on `<html>` that tells the whole app it takes over from home after a
/// navigation, so it treats its first page as one (focus on the h1), not as a fresh load.
const HANDED_OVER: &str = "data-handed-over";

/// Calls boot.js's `goodwillOpen(unmountHome)`; once the whole app is compiled, it calls
/// back to unmount this bundle and starts the whole app.
fn open_the_whole_app() {
    call_open(Closure::once_into_js(|| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute(HANDED_OVER, "");
        }
        if let Some(home) = HOME.with(|h| h.borrow_mut().take()) {
            home.destroy();
        }
    }));
}

fn call_open(unmount_home: JsValue) {
    let open = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("goodwillOpen"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(open) = open {
        let _ = open.call1(&JsValue::NULL, &unmount_home);
    }
}

/// In the whole app: did it just take over from home after a navigation? Asked once.
pub fn handed_over() -> bool {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    root.is_some_and(|root| {
        let was = root.has_attribute(HANDED_OVER);
        let _ = root.remove_attribute(HANDED_OVER);
        was
    })
}
