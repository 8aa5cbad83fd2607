//! The Yew app: pages for the guides, drawn from [`crate::content`]. It renders what the
//! core provides and decides nothing itself.
//!
//! [`start`] mounts the app in place of the boot screen (called by the wasm `main`); [`mount`] mounts
//! it into any element, which is how `tests/browser.rs` gets a fresh app per test.

mod app;
mod checker;
mod clipboard;
mod components;
mod files;
mod focus;
mod handoff;
mod hooks;
mod pages;
mod plural;
mod router;
mod saved;
mod textarea;

pub use app::App;
pub use handoff::{start_data, start_drafter, start_home, start_library, start_people, start_quiz};

/// Mounts the app in place of the boot screen: into `#app` (index.html), which Yew empties
/// first, or at the end of the body if there is none. Call once, when the page loads.
pub fn start() {
    in_place_of_boot_screen::<App>();
}

/// Mounts `C` into `#app` (or at the end of the body), as [`start`] and the home bundle do.
fn in_place_of_boot_screen<C: yew::BaseComponent<Properties = ()>>() -> yew::AppHandle<C> {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<C>::with_root(root).render(),
        None => yew::Renderer::<C>::new().render(),
    }
}

/// Mounts a new app into `root` and returns its handle; `destroy()` it to unmount, which
/// also removes its listeners, so tests can mount many apps in one page.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}
