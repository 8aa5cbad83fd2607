//! Edits to the draft's text area that keep the browser's own undo: select words, replace
//! a range as if typed (so Ctrl+Z takes a fix back), and read where the caret is.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

/// Selects UTF-16 range `start..end` and scrolls it into view.
pub fn select(area: &HtmlTextAreaElement, start: usize, end: usize) {
    let _ = area.focus();
    let _ = area.set_selection_range(start as u32, end as u32);
    // Blurring and refocusing is the portable way to make a text area scroll to its selection.
    let _ = area.blur();
    let _ = area.focus();
}

/// Replaces UTF-16 range `start..end` with `text` through the browser's editing commands, so
/// the change joins the text area's undo history and fires an ordinary `input` event. Where
/// that command is unavailable it edits the value directly (no undo) and still fires `input`.
pub fn replace(area: &HtmlTextAreaElement, start: usize, end: usize, text: &str) {
    let _ = area.focus();
    let _ = area.set_selection_range(start as u32, end as u32);
    let document = area
        .owner_document()
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok());
    let done = match (&document, text.is_empty()) {
        (Some(doc), false) => doc
            .exec_command_with_show_ui_and_value("insertText", false, text)
            .unwrap_or(false),
        (Some(doc), true) => doc.exec_command("delete").unwrap_or(false),
        (None, _) => false,
    };
    if !done {
        let _ = area.set_range_text_with_start_and_end(text, start as u32, end as u32);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&event);
        }
    }
}

/// The caret's position (start of the selection), in UTF-16 units.
pub fn caret(area: &HtmlTextAreaElement) -> usize {
    area.selection_start().ok().flatten().unwrap_or(0) as usize
}

/// Milliseconds since the page started, with sub-millisecond precision where the browser
/// gives it: for measuring the checker in place.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
