//! The drafter bundle: what a visit that starts in the drafter (the list of drafts, a draft's form or its editor)
//! downloads: those pages in the app's layout and nothing else. Any other page brings in the
//! whole app (`ui::handoff`).

#[cfg(target_arch = "wasm32")]
fn main() {
    goodwill::ui::start_drafter();
}

/// Natively there is no page: the `goodwill` binary is the command line.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("drafter: this is a browser bundle; natively, use `goodwill`");
    std::process::exit(2);
}
