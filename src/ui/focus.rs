//! Moves keyboard focus to an element by id, after an action removed what had it: the
//! page's one way to say "carry on from here" to keyboard and screen-reader users.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses the element with `id`, if there is one; the element needs `tabindex` unless it
/// is focusable already.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        // Focusing scrolls the element into view too, so a notice below the fold on a
        // phone is seen as well as announced.
        let _ = element.focus();
    }
}

/// Focus to move once the next render is on screen: for an action whose result (a notice,
/// a restored row) does not exist yet when its button is pressed.
#[derive(Clone)]
pub struct FocusLater(Rc<RefCell<Option<String>>>);

impl FocusLater {
    /// After the next render, focus the element with `id` and bring it into view.
    pub fn set(&self, id: impl Into<String>) {
        *self.0.borrow_mut() = Some(id.into());
    }
}

/// A [`FocusLater`] for this component: whatever it is given is focused after the render
/// that follows.
#[hook]
pub fn use_focus_later() -> FocusLater {
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        use_effect(move || {
            if let Some(id) = pending.borrow_mut().take() {
                focus_by_id(&id);
            }
        });
    }
    FocusLater(pending)
}
