//! The `goodwill` binary: the Yew app in the browser, the command line natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    goodwill::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(goodwill::cli::run(std::env::args_os().skip(1)));
}
