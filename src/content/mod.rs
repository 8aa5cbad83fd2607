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
}

include!(concat!(env!("OUT_DIR"), "/guides.rs"));

impl Guide {
    /// The body, rendered from Markdown at build time and checked for raw HTML and unsafe
    /// links. Kept apart from the list, so code that only lists guides never links it.
    pub fn html(&self) -> &'static str {
        GUIDES
            .iter()
            .position(|g| g.slug == self.slug)
            .map_or("", |i| GUIDE_HTML[i])
    }
}

/// The guide with this slug, if there is one.
pub fn guide(slug: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.slug == slug)
}
