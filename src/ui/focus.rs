//! Moves keyboard focus to an element by id, after an action removed what had it: the
//! page's one way to say "carry on from here" to keyboard and screen-reader users.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the element with `id`, if there is one; the element needs `tabindex` unless it
/// is focusable already.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
