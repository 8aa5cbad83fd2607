//! Guides and rule explanations compiled in from `content/` by `build.rs`; no parsing at run time.

#[cfg(not(target_arch = "wasm32"))]
pub mod front_matter;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;

/// One principle page of the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guide {
    /// URL slug, e.g. `give-first` (from `content/guides/01-give-first.md`).
    pub slug: &'static str,
    pub title: &'static str,
    /// One line shown in the library index.
    pub summary: &'static str,
    /// The body, rendered from Markdown at build time and checked for raw HTML and unsafe links.
    pub html: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/guides.rs"));

/// The guide with this slug, if there is one.
pub fn guide(slug: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.slug == slug)
}
