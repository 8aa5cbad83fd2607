//! Markdown to HTML for our own content, run at build time: refuses raw HTML and unsafe links.
//!
//! `build.rs` includes this file by path, so the `.wasm` never carries a Markdown parser.
//! The native crate exposes it too, so tests can prove the refusals.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

/// Why a content file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkdownError {
    /// Raw HTML (block or inline) appeared; content must be plain Markdown.
    RawHtml(String),
    /// A link or image pointed at a scheme that can run script or smuggle data.
    UnsafeLink(String),
}

impl std::fmt::Display for MarkdownError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarkdownError::RawHtml(html) => {
                write!(f, "raw HTML is not allowed in content: {:?}", html.trim())
            }
            MarkdownError::UnsafeLink(url) => write!(f, "unsafe link target: {url:?}"),
        }
    }
}

impl std::error::Error for MarkdownError {}

/// Renders `markdown` to HTML, refusing raw HTML and links whose scheme is not
/// http, https, mailto or a relative path. Site links (`/guides/x`) are rewritten to
/// the app's hash routes (`#/guides/x`) so they work on any static host.
pub fn render(markdown: &str) -> Result<String, MarkdownError> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    let mut events = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        let event = match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                return Err(MarkdownError::RawHtml(raw.into_string()))
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: safe_link(dest_url)?,
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                dest_url: safe_link(dest_url)?,
                title,
                id,
            }),
            other => other,
        };
        events.push(event);
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Ok(out)
}

/// Accepts only schemes that cannot run script; rewrites site-absolute paths to hash routes.
fn safe_link(url: CowStr<'_>) -> Result<CowStr<'_>, MarkdownError> {
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // ("java\tscript:"), so compare with those removed.
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let allowed = ["http://", "https://", "mailto:", "#"];
    if let Some(path) = squeezed.strip_prefix('/') {
        if path.starts_with('/') {
            // "//host/x" is a protocol-relative link to another site.
            return Err(MarkdownError::UnsafeLink(url.into_string()));
        }
        return Ok(CowStr::from(format!("#{}", url.trim())));
    }
    if allowed.iter().any(|prefix| squeezed.starts_with(prefix)) || !squeezed.contains(':') {
        Ok(url)
    } else {
        Err(MarkdownError::UnsafeLink(url.into_string()))
    }
}
