//! Hooks the app shell uses; each file holds one.

mod scroll_memory;
mod use_page_change;
mod use_ready_mark;

pub use use_page_change::use_page_change;
pub use use_ready_mark::use_ready_mark;
