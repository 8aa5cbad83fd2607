//! The data bundle: what a visit that starts in "Your data" (export, import, erase)
//! downloads: those pages in the app's layout and nothing else. Any other page brings in the
//! whole app (`ui::handoff`).

#[cfg(target_arch = "wasm32")]
fn main() {
    goodwill::ui::start_data();
}

/// Natively there is no page: the `goodwill` binary is the command line.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("data: this is a browser bundle; natively, use `goodwill`");
    std::process::exit(2);
}
