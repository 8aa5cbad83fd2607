//! The home bundle: what a first visit to home downloads, the home page in the app's own
//! layout and nothing else. Any other page brings in the whole app (`ui::handoff`).

#[cfg(target_arch = "wasm32")]
fn main() {
    goodwill::ui::start_home();
}

/// Natively there is no page: the `goodwill` binary is the command line.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("home: this is the browser's home bundle; natively, use `goodwill`");
    std::process::exit(2);
}
