//! The one file that talks to the browser's `localStorage` for the store: probe it, read and
//! write Goodwill's own keys, keep damaged text aside, and hear other tabs' changes.
//!
//! It decides nothing (that is [`super::Session`]'s job) and never touches a key that does not
//! start with `goodwill:`: a static host's origin may be shared with other sites, so it never
//! calls `clear()` and never lists all keys.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{DomException, StorageEvent};

use super::session::{CorruptCopy, Session, Stored, WriteError, KEY};
use super::time::Timestamp;

/// Where the keys of damaged copies are listed, so the Data page can offer them later
/// without reading every key in storage.
pub const CORRUPT_INDEX: &str = "goodwill:corrupt-index";
const PROBE: &str = "goodwill:probe";

/// Now, from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// `localStorage`, if the browser lets this page use it. Reading `window.localStorage` throws
/// when storage is switched off, and gloo-storage aborts the app in that case, so this is
/// asked before anything else touches it. A write probe is deliberately not used: in a full
/// store it would fail and be mistaken for storage being off.
fn storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    storage.get_item(PROBE).ok()?;
    Some(storage)
}

/// Whether storage works at all. Checked once at start-up.
pub fn available() -> bool {
    storage().is_some()
}

/// Opens the saved data. A damaged document is copied under its own key before anything
/// else happens; if even that copy fails, the text comes back so the page can offer it.
pub fn boot() -> (Session, Option<CorruptCopy>) {
    let stored = match storage() {
        None => Stored::Unavailable,
        Some(storage) => match storage.get_item(KEY) {
            Ok(Some(text)) => Stored::Text(text),
            Ok(None) => Stored::Empty,
            Err(_) => Stored::Unavailable,
        },
    };
    let (session, copy) = Session::boot(stored, now());
    let unkept = copy.filter(|copy| keep_corrupt(copy).is_err());
    (session, unkept)
}

fn keep_corrupt(copy: &CorruptCopy) -> Result<(), WriteError> {
    set(&copy.key, &copy.text)?;
    let mut keys = corrupt_keys();
    keys.push(copy.key.clone());
    set(CORRUPT_INDEX, &super::json::compact(&keys))?;
    // The damaged text is safe under its own key; the main key can start clean.
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
    Ok(())
}

/// Keys of damaged copies still kept.
pub fn corrupt_keys() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(CORRUPT_INDEX).ok().flatten())
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|key| key.starts_with(super::CORRUPT_PREFIX))
        .collect()
}

/// The text of one damaged copy.
pub fn read_corrupt(key: &str) -> Option<String> {
    if !key.starts_with(super::CORRUPT_PREFIX) {
        return None;
    }
    storage()?.get_item(key).ok().flatten()
}

/// Deletes one damaged copy (after the user downloaded it or said to).
pub fn remove_corrupt(key: &str) {
    let Some(storage) = storage() else { return };
    if key.starts_with(super::CORRUPT_PREFIX) {
        let _ = storage.remove_item(key);
    }
    let keys: Vec<String> = corrupt_keys().into_iter().filter(|k| k != key).collect();
    let _ = match keys.is_empty() {
        true => storage.remove_item(CORRUPT_INDEX),
        false => storage.set_item(CORRUPT_INDEX, &super::json::compact(&keys)),
    };
}

/// Stores the sealed data under [`KEY`].
pub fn write(text: &str) -> Result<(), WriteError> {
    set(KEY, text)
}

fn set(key: &str, text: &str) -> Result<(), WriteError> {
    let storage = storage().ok_or_else(|| WriteError::Failed("storage is not available".into()))?;
    storage.set_item(key, text).map_err(|error| {
        let name = error.dyn_ref::<DomException>().map(DomException::name);
        match name.as_deref() {
            // Chromium and Safari say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
            Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => WriteError::Full,
            Some(other) => WriteError::Failed(other.to_string()),
            None => WriteError::Failed("the browser refused the write".into()),
        }
    })
}

/// Calls `changed` with the new text whenever another tab changes [`KEY`] (`None` when it
/// was removed). Listening stops when the returned listener is dropped.
pub fn on_other_tab_change(changed: impl Fn(Option<String>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        // A `clear()` elsewhere on the origin has no key; treat it like a removal of ours.
        match event.key() {
            Some(key) if key == KEY => changed(event.new_value()),
            None => changed(None),
            Some(_) => {}
        }
    }))
}

/// Asks the browser not to evict Goodwill's data under storage pressure. Reports whether the
/// browser agreed, when it answers.
pub fn ask_to_persist(answer: impl FnOnce(bool) + 'static) {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let Ok(promise) = manager.persist() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let granted = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|v| v.as_bool() == Some(true))
            .unwrap_or(false);
        answer(granted);
    });
}
