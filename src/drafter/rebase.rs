//! Findings made for an earlier text, carried onto the text as it is now: while the worker
//! checks the latest keystroke, the editor keeps showing the last findings where they still
//! stand, instead of flashing "no findings".

use crate::etiquette::{Diagnostic, Fix, Span};

/// `diagnostics`, found in `old`, moved onto `new`, each with its index in `diagnostics`:
/// findings before or after the edited stretch shift with it; findings on the edited words
/// are dropped, and a fix that would touch them is dropped from its finding. Every span
/// returned lies on `new`'s char boundaries.
pub fn rebase(old: &str, new: &str, diagnostics: &[Diagnostic]) -> Vec<(usize, Diagnostic)> {
    if old == new {
        return diagnostics.iter().cloned().enumerate().collect();
    }
    let edit = Edit::between(old, new);
    diagnostics
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            if edit.touches(d.span) {
                return None;
            }
            let span = Span::new(edit.map(d.span.start)?, edit.map(d.span.end)?);
            let fix = d.fix.as_ref().and_then(|fix| edit.map_fix(fix));
            Some((
                i,
                Diagnostic {
                    span,
                    fix,
                    ..d.clone()
                },
            ))
        })
        .collect()
}

/// `old[start..old_end]` became `new[start..new_end]`; the rest is the same.
struct Edit {
    start: usize,
    old_end: usize,
    new_end: usize,
}

impl Edit {
    fn between(old: &str, new: &str) -> Edit {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let mut start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        while !old.is_char_boundary(start) {
            start -= 1;
        }
        let room = a.len().min(b.len()) - start;
        let mut same_end = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(room)
            .take_while(|(x, y)| x == y)
            .count();
        while !old.is_char_boundary(a.len() - same_end) || !new.is_char_boundary(b.len() - same_end)
        {
            same_end -= 1;
        }
        Edit {
            start,
            old_end: a.len() - same_end,
            new_end: b.len() - same_end,
        }
    }

    /// Were some of these words (of the old text) edited, or was text put between them?
    fn touches(&self, span: Span) -> bool {
        span.start < self.old_end && span.end > self.start
    }

    /// Where byte `at` of the old text is now, unless it was inside the edit.
    fn map(&self, at: usize) -> Option<usize> {
        if at <= self.start {
            Some(at)
        } else if at >= self.old_end {
            Some(at - self.old_end + self.new_end)
        } else {
            None
        }
    }

    fn map_fix(&self, fix: &Fix) -> Option<Fix> {
        Some(match fix {
            Fix::Replace { start, end, text } => Fix::Replace {
                start: self.map(*start)?,
                end: self.map(*end)?,
                text: text.clone(),
            },
            Fix::Insert { at, text } => Fix::Insert {
                at: self.map(*at)?,
                text: text.clone(),
            },
            Fix::Remove { start, end } => Fix::Remove {
                start: self.map(*start)?,
                end: self.map(*end)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etiquette::{lint, Kind};

    #[test]
    fn findings_after_an_edit_shift_and_findings_on_it_go() {
        let old = "Hi Ana,\nPlease reply ASAP. Can I pick your brain?\nSam";
        let new = "Hi Ana, 👋\nPlease reply ASAP. Can I pick your brain?\nSam";
        let before = lint(Kind::Request, old).diagnostics;
        let moved: Vec<Diagnostic> = rebase(old, new, &before)
            .into_iter()
            .map(|(_, d)| d)
            .collect();
        let now = lint(Kind::Request, new).diagnostics;
        let words = |text: &str, ds: &[Diagnostic]| -> Vec<String> {
            ds.iter()
                .map(|d| text[d.span.start..d.span.end].to_string())
                .collect()
        };
        assert!(words(new, &moved).contains(&"ASAP".to_string()));
        assert_eq!(
            moved.iter().find(|d| d.rule == "pressure").map(|d| d.span),
            now.iter().find(|d| d.rule == "pressure").map(|d| d.span)
        );
        let edited = "Hi Ana,\nPlease reply AS. Can I pick your brain?\nSam";
        let kept = rebase(old, edited, &before);
        assert!(kept.iter().all(|(_, d)| d.rule != "pressure"), "{kept:?}");
        assert!(kept.iter().all(|(i, d)| before[*i].rule == d.rule));
        for text in [new, edited] {
            for (_, d) in rebase(old, text, &before) {
                assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            }
        }
    }
}
