//! The side list's cards: repeats of one rule on the same words ("ASAP" six times) become
//! one card with a count, stepped through one occurrence at a time, and fixed in one go
//! when every occurrence takes the same fix. Plain indices into the diagnostics; the editor
//! renders them.

use std::collections::HashMap;

use super::highlight::{list_order, MAX_SHOWN};
use crate::etiquette::{Diagnostic, Fix};

/// One card: the findings it stands for, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Indices into the diagnostics; the first is the card's own.
    pub members: Vec<usize>,
    /// Every member has a fix, and the same one (the same words put in or taken out), so
    /// "fix all" means one thing.
    pub same_fix: bool,
}

/// The cards in list order (errors, warnings, hints; then reading order), at most
/// [`MAX_SHOWN`] of them. Findings group when they have the same rule and flag the same
/// words, ignoring case; a finding about the whole message stands alone.
pub fn groups(text: &str, diagnostics: &[Diagnostic]) -> Vec<Group> {
    let words = |i: usize| {
        let s = diagnostics[i].span;
        text.get(s.start..s.end).map(str::to_lowercase)
    };
    let mut out: Vec<Group> = Vec::new();
    // A map, not a scan: a 100 KB paste can hold thousands of findings.
    let mut cards: HashMap<(&str, String), usize> = HashMap::new();
    for i in list_order(diagnostics) {
        let key = words(i)
            .filter(|w| !w.is_empty())
            .map(|w| (diagnostics[i].rule, w));
        match key.as_ref().and_then(|k| cards.get(k)) {
            Some(&at) => out[at].members.push(i),
            None if out.len() < MAX_SHOWN => {
                if let Some(key) = key {
                    cards.insert(key, out.len());
                }
                out.push(Group {
                    members: vec![i],
                    same_fix: false,
                });
            }
            None => {}
        }
    }
    for group in &mut out {
        group.same_fix = group.members.len() > 1 && {
            let fixes: Vec<Option<(String, &str)>> = group
                .members
                .iter()
                .map(|&i| diagnostics[i].fix.as_ref().map(|f| fix_shape(f, text)))
                .collect();
            fixes.iter().all(|f| f.is_some() && *f == fixes[0])
        };
    }
    out
}

/// What a fix does, wherever it does it: the words it takes out (in any case) and the
/// text it puts in.
fn fix_shape<'t>(fix: &'t Fix, text: &str) -> (String, &'t str) {
    let taken = |start: usize, end: usize| text.get(start..end).unwrap_or("").to_lowercase();
    match fix {
        Fix::Replace {
            start,
            end,
            text: with,
        } => (taken(*start, *end), with.as_str()),
        Fix::Insert { text: with, .. } => (String::new(), with.as_str()),
        Fix::Remove { start, end } => (taken(*start, *end), ""),
    }
}

/// Every member's fix as one edit, `(start, end, replacement)` in bytes of `text`: the
/// range from the first fix to the last, rewritten with all of them applied, so the
/// editor makes a single change that one Ctrl+Z takes back. `None` when a member has no
/// fix or two fixes overlap.
pub fn fix_all(
    text: &str,
    diagnostics: &[Diagnostic],
    group: &Group,
) -> Option<(usize, usize, String)> {
    let mut edits: Vec<(usize, usize, &str)> = group
        .members
        .iter()
        .map(|&i| {
            diagnostics[i].fix.as_ref().map(|fix| match fix {
                Fix::Replace { start, end, text } => (*start, *end, text.as_str()),
                Fix::Insert { at, text } => (*at, *at, text.as_str()),
                Fix::Remove { start, end } => (*start, *end, ""),
            })
        })
        .collect::<Option<_>>()?;
    edits.sort_by_key(|&(start, end, _)| (start, end));
    if edits.windows(2).any(|w| w[0].1 > w[1].0) {
        return None;
    }
    let (from, to) = (edits.first()?.0, edits.last()?.1);
    if to > text.len() || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
        return None;
    }
    let mut out = String::new();
    let mut at = from;
    for (start, end, with) in edits {
        out.push_str(text.get(at..start)?);
        out.push_str(with);
        at = end;
    }
    Some((from, to, out))
}
