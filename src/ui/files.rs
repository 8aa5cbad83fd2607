//! Files in and out of the browser: offer text as a download, and read a file the user
//! picked. Nothing is uploaded anywhere; both stay inside the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Files bigger than this are refused before reading: no export is anywhere near it, and
/// reading a huge file into memory would freeze the tab.
pub const MAX_IMPORT_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// Offers `text` as a file named `name` for the user to save. Returns false when the browser
/// would not make the file.
pub fn download(name: &str, text: &str, mime: &str) -> bool {
    let make = || -> Option<()> {
        let parts = js_sys::Array::of1(&text.into());
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The click has started the download; the URL is not needed after this turn.
        let _ = Url::revoke_object_url(&url);
        Some(())
    };
    make().is_some()
}

/// Reads a picked file as UTF-8 text; `Err` says why in words for the user.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES {
        // Whole megabytes as an integer: formatting a float would pull Rust's float
        // printing into the .wasm for one message.
        let megabytes = (file.size() / 1024.0 / 1024.0) as u64;
        return Err(format!(
            "“{}” is {megabytes} MB, far bigger than any Goodwill export. Nothing was changed.",
            file.name()
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("“{}” could not be read. Nothing was changed.", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("“{}” is not a text file. Nothing was changed.", file.name()))
}
