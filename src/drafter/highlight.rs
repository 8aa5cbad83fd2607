//! How the editor shows findings on the text: the text cut into plain and marked pieces
//! (overlaps resolved, the most severe finding wins), anchors for "something is missing"
//! findings, and the findings in the order the side list shows them. Text stays text: this
//! returns byte ranges, never markup.

use crate::etiquette::{Diagnostic, Severity};

/// At most this many findings are drawn and listed. A 100 KB paste can produce thousands;
/// past this many nobody reads them, and drawing them all would make typing lag.
pub const MAX_SHOWN: usize = 200;

/// Past this many bytes the text is not drawn a second time with marks: browsers lay out
/// one long paragraph full of inline marks in worse than linear time (a 1 MB paste with no
/// line breaks took 42 s per keystroke in Chromium, 0.75 s without the marks). Findings are
/// still listed; only the in-place marks are dropped.
pub const MAX_MARKED_BYTES: usize = 200_000;

/// Whether the editor should draw marks on `text` (see [`MAX_MARKED_BYTES`]).
pub fn marks_shown(text: &str) -> bool {
    text.len() <= MAX_MARKED_BYTES
}

/// One piece of the text, in order; together the pieces cover the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Unflagged text: `start..end` bytes.
    Plain { start: usize, end: usize },
    /// Flagged words: `start..end` bytes, drawn for finding `index` (into the diagnostics).
    Marked {
        start: usize,
        end: usize,
        index: usize,
        severity: Severity,
    },
    /// A zero-width marker at `at` for a finding about something missing.
    Anchor {
        at: usize,
        index: usize,
        severity: Severity,
    },
}

/// Is this finding drawn as a single marker at its start rather than as marked words? A
/// finding about something missing has no words; one whose words run over a line break
/// ("too long" on the last three paragraphs) would box every line, so it is marked once.
fn drawn_as_anchor(text: &str, d: &Diagnostic) -> bool {
    let s = d.span;
    s.start >= s.end || text.get(s.start..s.end).is_some_and(|w| w.contains('\n'))
}

/// Cuts `text` into pieces for the first [`MAX_SHOWN`] of `diagnostics` (in
/// [`list_order`]). A finding over several lines is an anchor at its start. Where findings overlap, each byte is drawn for the narrowest one (the
/// most specific: "ASAP" inside a whole-message "too long" stays visible), then the most
/// severe, then the earliest.
pub fn pieces(text: &str, diagnostics: &[Diagnostic]) -> Vec<Piece> {
    if !marks_shown(text) {
        return Vec::new();
    }
    let shown: Vec<usize> = list_order(diagnostics)
        .into_iter()
        .take(MAX_SHOWN)
        .collect();
    // Boundaries where the owner of a byte may change.
    let mut cuts: Vec<usize> = vec![0, text.len()];
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for &i in &shown {
        let span = diagnostics[i].span;
        if drawn_as_anchor(text, &diagnostics[i]) {
            let at = span.start.min(text.len());
            anchors.push((at, i));
            cuts.push(at);
        } else {
            cuts.push(span.start.min(text.len()));
            cuts.push(span.end.min(text.len()));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    anchors.sort_by_key(|&(at, i)| (at, diagnostics[i].severity, i));

    let owner = |start: usize, end: usize| -> Option<usize> {
        shown
            .iter()
            .copied()
            .filter(|&i| {
                let s = diagnostics[i].span;
                !drawn_as_anchor(text, &diagnostics[i]) && s.start <= start && end <= s.end
            })
            .min_by_key(|&i| {
                let s = diagnostics[i].span;
                (s.end - s.start, diagnostics[i].severity, s.start, i)
            })
    };

    let mut out: Vec<Piece> = Vec::new();
    let mut next_anchor = anchors.iter().peekable();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        while let Some(&&(at, index)) = next_anchor.peek() {
            if at > start {
                break;
            }
            out.push(Piece::Anchor {
                at,
                index,
                severity: diagnostics[index].severity,
            });
            next_anchor.next();
        }
        let piece = match owner(start, end) {
            Some(index) => Piece::Marked {
                start,
                end,
                index,
                severity: diagnostics[index].severity,
            },
            None => Piece::Plain { start, end },
        };
        // Join neighbours drawn for the same finding, or both plain.
        match (out.last_mut(), piece) {
            (Some(Piece::Plain { end: e, .. }), Piece::Plain { end, .. }) => *e = end,
            (
                Some(Piece::Marked {
                    end: e, index: a, ..
                }),
                Piece::Marked { end, index: b, .. },
            ) if *a == b => *e = end,
            (_, piece) => out.push(piece),
        }
    }
    for &(at, index) in next_anchor {
        out.push(Piece::Anchor {
            at,
            index,
            severity: diagnostics[index].severity,
        });
    }
    out
}

/// Indices of `diagnostics` as the side list shows them: errors, then warnings, then
/// hints; within a severity, in reading order.
pub fn list_order(diagnostics: &[Diagnostic]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..diagnostics.len()).collect();
    order.sort_by_key(|&i| (diagnostics[i].severity, diagnostics[i].span.start, i));
    order
}

/// The finding whose words hold the caret (a UTF-16 offset, as text areas report it), for
/// showing its explanation when the user clicks or moves into flagged words. Overlaps are
/// settled as [`pieces`] settles them; anchors count when the caret sits right on them.
pub fn finding_at(text: &str, diagnostics: &[Diagnostic], caret_utf16: usize) -> Option<usize> {
    let mut units = 0;
    let mut at = text.len();
    for (byte, c) in text.char_indices() {
        if units >= caret_utf16 {
            at = byte;
            break;
        }
        units += c.len_utf16();
    }
    // The same choice as the marks: the narrowest finding under the caret, then the most severe.
    list_order(diagnostics)
        .into_iter()
        .take(MAX_SHOWN)
        .filter(|&i| {
            let s = diagnostics[i].span;
            if drawn_as_anchor(text, &diagnostics[i]) {
                s.start == at
            } else {
                s.start <= at && at <= s.end
            }
        })
        .min_by_key(|&i| {
            let s = diagnostics[i].span;
            (s.end - s.start, diagnostics[i].severity, s.start, i)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etiquette::Span;

    fn d(start: usize, end: usize, severity: Severity) -> Diagnostic {
        Diagnostic {
            rule: "test",
            severity,
            span: Span::new(start, end),
            message: String::new(),
            fix: None,
        }
    }

    fn covered(text: &str, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match *p {
                Piece::Plain { start, end } => text[start..end].to_string(),
                Piece::Marked { start, end, .. } => format!("[{}]", &text[start..end]),
                Piece::Anchor { .. } => "^".to_string(),
            })
            .collect()
    }

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(
            pieces("Hi Ana", &[]),
            vec![Piece::Plain { start: 0, end: 6 }]
        );
        assert_eq!(pieces("", &[]), vec![]);
    }

    #[test]
    fn a_finding_over_several_lines_is_marked_once_at_its_start() {
        let text = "Hi Ana,\nLine one ASAP.\nLine two.\nSam";
        let long = d(8, 34, Severity::Warning);
        let asap = d(17, 21, Severity::Error);
        assert_eq!(
            covered(text, &pieces(text, &[long, asap])),
            "Hi Ana,\n^Line one [ASAP].\nLine two.\nSam"
        );
    }

    #[test]
    fn marks_cover_exactly_the_flagged_words() {
        let text = "Can I pick your brain?";
        assert_eq!(
            covered(text, &pieces(text, &[d(6, 21, Severity::Warning)])),
            "Can I [pick your brain]?"
        );
    }

    #[test]
    fn the_more_severe_finding_wins_where_two_equal_overlaps_meet() {
        let text = "abcdefghij";
        let ds = [d(0, 6, Severity::Hint), d(3, 9, Severity::Error)];
        let p = pieces(text, &ds);
        assert_eq!(covered(text, &p), "[abc][defghi]j");
        assert!(matches!(
            p[1],
            Piece::Marked {
                index: 1,
                severity: Severity::Error,
                ..
            }
        ));
    }

    #[test]
    fn a_narrow_finding_inside_a_wide_one_stays_visible() {
        let text = "Please reply ASAP, it is urgent";
        let asap = text.find("ASAP").unwrap();
        let ds = [
            d(0, text.len(), Severity::Error),
            d(asap, asap + 4, Severity::Hint),
        ];
        let p = pieces(text, &ds);
        assert_eq!(covered(text, &p), "[Please reply ][ASAP][, it is urgent]");
        assert!(matches!(p[1], Piece::Marked { index: 1, .. }));
    }

    #[test]
    fn missing_something_findings_become_anchors_where_they_point() {
        let text = "Hi Ana,\nThanks";
        let p = pieces(
            text,
            &[d(8, 8, Severity::Warning), d(14, 14, Severity::Hint)],
        );
        assert_eq!(covered(text, &p), "Hi Ana,\n^Thanks^");
    }

    #[test]
    fn multibyte_text_is_cut_on_the_findings_boundaries() {
        let text = "Héllo 👋 pick your brain";
        let start = text.find("pick").unwrap();
        let p = pieces(text, &[d(start, text.len(), Severity::Warning)]);
        assert_eq!(covered(text, &p), "Héllo 👋 [pick your brain]");
    }

    #[test]
    fn only_the_first_findings_in_list_order_are_drawn() {
        let text = "x".repeat(1000);
        let ds: Vec<_> = (0..500).map(|i| d(i, i + 1, Severity::Hint)).collect();
        let marked = pieces(&text, &ds)
            .iter()
            .filter(|p| matches!(p, Piece::Marked { .. }))
            .count();
        assert_eq!(marked, MAX_SHOWN);
    }

    #[test]
    fn the_caret_finds_the_words_it_sits_in_counting_utf16() {
        let text = "👋 pick your brain, please";
        let start = text.find("pick").unwrap();
        let ds = [d(start, start + 15, Severity::Warning)];
        // "👋 " is three UTF-16 units; the caret just before "pick" is at 3.
        assert_eq!(finding_at(text, &ds, 3), Some(0));
        assert_eq!(finding_at(text, &ds, 3 + 15), Some(0));
        assert_eq!(finding_at(text, &ds, 3 + 17), None);
        assert_eq!(finding_at(text, &ds, 1), None);
    }

    #[test]
    fn very_long_text_gets_no_marks_at_all() {
        let text = "pick your brain ".repeat(MAX_MARKED_BYTES / 16 + 1);
        assert!(!marks_shown(&text));
        assert_eq!(pieces(&text, &[d(0, 15, Severity::Warning)]), vec![]);
        assert!(marks_shown(&text[..MAX_MARKED_BYTES]));
    }

    #[test]
    fn the_list_puts_errors_first_then_reading_order() {
        let ds = [
            d(5, 6, Severity::Hint),
            d(9, 10, Severity::Error),
            d(1, 2, Severity::Error),
        ];
        assert_eq!(list_order(&ds), vec![2, 1, 0]);
    }
}
