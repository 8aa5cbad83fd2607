//! The quiz bundle: what a visit that starts in the self-assessment (the quiz, a result, or a shared result)
//! downloads: those pages in the app's layout and nothing else. Any other page brings in the
//! whole app (`ui::handoff`).

#[cfg(target_arch = "wasm32")]
fn main() {
    goodwill::ui::start_quiz();
}

/// Natively there is no page: the `goodwill` binary is the command line.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("quiz: this is a browser bundle; natively, use `goodwill`");
    std::process::exit(2);
}
