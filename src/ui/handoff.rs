//! How a bundle hands over to the whole app. A visit downloads only the bundle of the page
//! it starts on ([`crate::route::Bundle`], `src/bin/`); the first time the visitor opens a page outside
//! it, `Opening` asks `assets/boot.js` to fetch and compile the whole app (`goodwill.js`),
//! and once it is ready the bundle unmounts itself and the whole app mounts in its place,
//! in one task, so no blank frame shows between them. If the fetch fails, the bundle's page
//! stays and boot.js says so.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

use super::app::{
    DataPages, DrafterPages, HomePages, LibraryPages, Pages, PartApp, PeoplePages, QuizPages,
};

thread_local! {
    /// Unmounts the bundle's app, when the whole app takes over.
    static PART: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Mounts the bundle with pages `P` in place of the boot screen (see [`super::start`]). A
/// visit that starts on a page it does not carry goes straight to the whole app: the bundle
/// never mounts, so it neither reads the saved data nor says anything the whole app would
/// not say again.
fn start_part<P: Pages>() {
    if P::page(&super::router::current()).is_none() {
        return call_open(JsValue::UNDEFINED);
    }
    let handle = super::in_place_of_boot_screen::<PartApp<P>>();
    PART.with(|h| *h.borrow_mut() = Some(Box::new(move || handle.destroy())));
}

/// [`crate::route::Bundle::Home`]'s start (`src/bin/home.rs`).
pub fn start_home() {
    start_part::<HomePages>();
}

/// [`crate::route::Bundle::Library`]'s start (`src/bin/library.rs`).
pub fn start_library() {
    start_part::<LibraryPages>();
}

/// [`crate::route::Bundle::Quiz`]'s start (`src/bin/quiz.rs`).
pub fn start_quiz() {
    start_part::<QuizPages>();
}

/// [`crate::route::Bundle::Drafter`]'s start (`src/bin/drafter.rs`).
pub fn start_drafter() {
    start_part::<DrafterPages>();
}

/// [`crate::route::Bundle::People`]'s start (`src/bin/people.rs`).
pub fn start_people() {
    start_part::<PeoplePages>();
}

/// [`crate::route::Bundle::Data`]'s start (`src/bin/data.rs`).
pub fn start_data() {
    start_part::<DataPages>();
}

/// Shown in a bundle for any page it does not carry, while the whole app is on its way.
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

/// Calls boot.js's `goodwillOpen(unmountPart)`; once the whole app is compiled, it calls
/// back to unmount this bundle and starts the whole app.
fn open_the_whole_app() {
    call_open(Closure::once_into_js(|| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute(HANDED_OVER, "");
        }
        if let Some(unmount) = PART.with(|h| h.borrow_mut().take()) {
            unmount();
        }
    }));
}

fn call_open(unmount_part: JsValue) {
    let open = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("goodwillOpen"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(open) = open {
        let _ = open.call1(&JsValue::NULL, &unmount_part);
    }
}

/// In the whole app: did it just take over from a bundle after a navigation? Asked once.
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
