//! Splits a content file into its `+++` TOML front matter and its Markdown body.
//!
//! Shared by `build.rs` (which parses the TOML) and the native tests.

/// Returns `(front_matter, body)`, or `None` when the file does not open with a `+++` block.
pub fn split(source: &str) -> Option<(&str, &str)> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let rest = source
        .strip_prefix("+++\n")
        .or_else(|| source.strip_prefix("+++\r\n"))?;
    let end = rest.find("\n+++")?;
    let front = &rest[..end + 1];
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    Some((front, body))
}
