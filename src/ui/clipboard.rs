//! Copies text to the clipboard, and says whether it worked.

use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; `done(true)` once it is there, `done(false)` when the
/// browser refused (no permission, insecure page, no clipboard at all).
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}
