//! Human output for `lint --format text`: rustc-style, with the words underlined.

use crate::etiquette::{Fix, Report, Severity};
use std::fmt::Write as _;

/// Renders `report` for `text`, naming the input `origin` (a file name or `<stdin>`).
pub fn report(report: &Report, text: &str, origin: &str) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let (line_no, line_start) = line_of(text, d.span.start);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = text[line_start..line_end].trim_end_matches('\r');
        let column = text[line_start..d.span.start].chars().count();
        // Underline to the end of the span or of the line, whichever comes first; at least one caret.
        let underline_end = d.span.end.min(line_start + line.len()).max(d.span.start);
        let width = text[d.span.start..underline_end].chars().count().max(1);
        let gutter = " ".repeat(line_no.to_string().len());
        let _ = writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.rule, d.message);
        let _ = writeln!(out, "{gutter}--> {origin}:{line_no}:{}", column + 1);
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line_no} | {line}");
        let _ = writeln!(
            out,
            "{gutter} | {}{}",
            " ".repeat(column),
            "^".repeat(width)
        );
        if let Some(fix) = &d.fix {
            let _ = writeln!(out, "{gutter} = fix: {}", describe(fix));
        }
        out.push('\n');
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn line_of(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    (
        before.matches('\n').count() + 1,
        before.rfind('\n').map_or(0, |i| i + 1),
    )
}

fn describe(fix: &Fix) -> String {
    match fix {
        Fix::Replace { text, .. } => format!("replace with {text:?}"),
        Fix::Insert { text, .. } => format!("insert {text:?}"),
        Fix::Remove { .. } => "remove it".to_string(),
    }
}

fn summary(report: &Report) -> String {
    let count = |s: Severity| report.count(s);
    let n = report.diagnostics.len();
    if n == 0 {
        return format!(
            "No findings: this {} reads well ({} words).",
            report.kind, report.words
        );
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let parts: Vec<String> = [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Hint, "hint"),
    ]
    .iter()
    .filter(|(s, _)| count(*s) > 0)
    .map(|(s, word)| plural(count(*s), word))
    .collect();
    format!(
        "{} ({}) in a {}-word {}.",
        plural(n, "finding"),
        parts.join(", "),
        report.words,
        report.kind
    )
}
