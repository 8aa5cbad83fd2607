//! Fuzzes `lint_with`: any bytes that are UTF-8, any kind, with or without an introducer.
//! It must never panic, and every span and fix must land on character boundaries.
#![no_main]

use goodwill::etiquette::{lint_with, Context, Fix, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let kind = Kind::ALL[usize::from(selector) % Kind::ALL.len()];
    let context = Context { introduced_by: (selector & 0x80 != 0).then(|| "Ana".to_string()) };
    let report = lint_with(kind, text, &context);
    for d in &report.diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len());
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        if let Some(fix) = &d.fix {
            let (start, end) = match fix {
                Fix::Replace { start, end, .. } | Fix::Remove { start, end } => (*start, *end),
                Fix::Insert { at, .. } => (*at, *at),
            };
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start <= end);
            let _ = fix.apply(text);
        }
    }
});
