//! Where each visited page was scrolled to, so Back and Forward return to the same place.
//! Each history entry gets a number in `history.state` the first time it is shown; the
//! window's scroll position is noted against the entry on screen as the user scrolls.
//! Kept in memory for the tab's life: a reload starts every page at its top.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsValue;

/// The scroll memory of one tab.
#[derive(Clone, Default)]
pub struct ScrollMemory {
    positions: Rc<RefCell<HashMap<u32, f64>>>,
    on_screen: Rc<Cell<Option<u32>>>,
    next_key: Rc<Cell<u32>>,
    listener: Rc<RefCell<Option<EventListener>>>,
}

impl ScrollMemory {
    /// Starts noting scroll positions against the entry on screen.
    pub fn listen(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let positions = self.positions.clone();
        let on_screen = self.on_screen.clone();
        let listener = EventListener::new(&window, "scroll", move |_| {
            let y = web_sys::window().and_then(|w| w.scroll_y().ok());
            if let (Some(key), Some(y)) = (on_screen.get(), y) {
                positions.borrow_mut().insert(key, y);
            }
        });
        *self.listener.borrow_mut() = Some(listener);
    }

    /// A new entry is on screen: where it was last scrolled to, if this tab showed it
    /// before (Back or Forward), or `None` for a page reached anew.
    pub fn arrived(&self) -> Option<f64> {
        let history = web_sys::window()?.history().ok()?;
        let state = history.state().ok().and_then(|s| s.as_f64());
        let key = match state {
            Some(key) if key >= 0.0 && key <= f64::from(u32::MAX) => key as u32,
            _ => {
                // A fresh entry: stamp it (keeping its URL) and make sure keys stay unique
                // past any left by an earlier load of this tab.
                let key = self.next_key.get().max(1);
                self.next_key.set(key + 1);
                let _ = history.replace_state(&JsValue::from(f64::from(key)), "");
                self.on_screen.set(Some(key));
                return None;
            }
        };
        self.next_key.set(self.next_key.get().max(key + 1));
        self.on_screen.set(Some(key));
        self.positions.borrow().get(&key).copied()
    }
}
