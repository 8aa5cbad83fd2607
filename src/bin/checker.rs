//! The checker's Web Worker: the drafter's checks run here, off the page's main thread, so
//! typing stays smooth whatever the user pastes. Built by Trunk from the same crate without
//! Yew (`index.html`, `data-type="worker"`); it only moves strings in and out of
//! `drafter::wire`, where the work is and where it is tested natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        let reply = goodwill::drafter::wire::answer_json(&request);
        // Posting a string can only fail if the page is gone; nothing is left to tell.
        let _ = reply_to.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Tells the page the checker is ready, so it can tell a worker that never started.
    let _ = scope.post_message(&JsValue::from_str("{\"ready\":true}"));
}

/// Natively there is no worker: `goodwill lint` runs the same checks.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("checker: this is the browser's checker worker; natively, use `goodwill lint`");
    std::process::exit(2);
}
