//! The "Update available" banner: registers the service worker that keeps Goodwill working
//! offline and, when a newer version has been installed while this one runs, offers to
//! reload into it. It only watches the worker; what is cached and when lives in `sw.js`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};
use yew::prelude::*;

/// The worker `scripts/postbuild.mjs` writes beside `index.html`. Relative, like its scope,
/// so it works from whatever folder the app is served.
const WORKER: &str = "./sw.js";
/// What the waiting worker in `assets/sw.js` listens for before it takes over.
const SKIP_WAITING: &str = "skip-waiting";

/// Shows nothing until a new version is waiting, then a one-line banner with a reload
/// button. Registers the worker in release builds only: in `trunk serve` a worker would
/// answer from its cache and make live reload look broken.
#[component]
pub fn UpdateBanner() -> Html {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let on_waiting = waiting.setter();
        use_effect_with((), move |_| {
            if !cfg!(debug_assertions) {
                if let Some(container) = container() {
                    wasm_bindgen_futures::spawn_local(watch(container, on_waiting));
                }
            }
        });
    }
    let onclick = {
        let waiting = waiting.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(worker) = &*waiting {
                switch_to(worker);
            }
        })
    };
    // The live region is always in the page, so screen readers announce what appears in it.
    html! {
        <div class="update-slot" role="status">
            if waiting.is_some() {
                <div class="update-banner">
                    <p>{ "A new version is ready." }</p>
                    <button type="button" {onclick}>{ "Reload" }</button>
                </div>
            }
        </div>
    }
}

/// The page's service worker container, or `None` where there is none (plain-HTTP sites
/// other than localhost, some private modes): there `navigator.serviceWorker` is undefined.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker, then reports a new one that has finished installing while an older
/// one controls the page. The very first install controls nothing yet: no banner for it.
async fn watch(
    container: ServiceWorkerContainer,
    on_waiting: UseStateSetter<Option<ServiceWorker>>,
) {
    let options = RegistrationOptions::new();
    options.set_scope("./");
    let Ok(registration) = JsFuture::from(container.register_with_options(WORKER, &options)).await
    else {
        return;
    };
    // A browser that refuses workers without failing (some privacy settings, automated
    // browsers) answers with no registration: nothing to watch.
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    let report = move |worker: ServiceWorker| follow(worker, container.clone(), on_waiting.clone());
    // The browser looks for a new version on every page load, so by the time the app has
    // registered, a new worker may be installing already, or waiting since an earlier visit.
    for worker in [registration.waiting(), registration.installing()]
        .into_iter()
        .flatten()
    {
        report(worker);
    }
    let found = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = registration.installing() {
                report(worker);
            }
        })
    };
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // The banner lives as long as the page, and so does the registration it watches.
    found.forget();
    check_when_shown(registration);
}

/// Asks the browser to look for a new worker whenever the tab comes back into view. It looks
/// by itself only on page loads, and moving between pages here never loads one (the router
/// only changes the `#fragment`), so a tab left open for days would otherwise never hear of
/// a deploy.
fn check_when_shown(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let shown = {
        let document = document.clone();
        Closure::<dyn Fn()>::new(move || {
            if !document.hidden() {
                // A failed check (offline, say) changes nothing; the next one may succeed.
                let _ = registration.update();
            }
        })
    };
    if document
        .add_event_listener_with_callback("visibilitychange", shown.as_ref().unchecked_ref())
        .is_ok()
    {
        // Lives as long as the page.
        shown.forget();
    }
}

/// Sets the banner's worker once `worker` is installed, now or later, if the page is
/// controlled by an older one.
fn follow(
    worker: ServiceWorker,
    container: ServiceWorkerContainer,
    on_waiting: UseStateSetter<Option<ServiceWorker>>,
) {
    let check = {
        let worker = worker.clone();
        move || {
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                on_waiting.set(Some(worker.clone()));
            }
        }
    };
    check();
    let changed = Closure::<dyn Fn()>::new(check);
    worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
    // Lives as long as the worker it watches.
    changed.forget();
}

/// Lets the waiting worker take over, then reloads once it controls the page, so the new
/// page is served entirely by the new version.
fn switch_to(worker: &ServiceWorker) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Another tab may already have switched: this page then only needs the reload.
    if worker.state() == ServiceWorkerState::Activated {
        let _ = window.location().reload();
        return;
    }
    if let Some(container) = container() {
        let reload = Closure::once_into_js(move || {
            let _ = window.location().reload();
        });
        container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    }
    let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
}
