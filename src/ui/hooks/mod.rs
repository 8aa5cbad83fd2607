//! Hooks the app shell uses; each file holds one.

mod use_page_change;

pub use use_page_change::use_page_change;
