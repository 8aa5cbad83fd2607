//! The checker never panics and always returns spans on character boundaries, whatever it
//! is given: emoji, combining marks, right-to-left text, NUL, huge inputs.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::etiquette::{lint, lint_with, Context, Fix, Kind};
use proptest::prelude::*;

fn assert_well_formed(kind: Kind, text: &str) {
    let report = lint(kind, text);
    // Every span is checked; the O(n) conversions only on a sample, or a megabyte with
    // forty thousand findings would make this check itself quadratic.
    for (n, d) in report.diagnostics.iter().enumerate() {
        let sampled = n < 50 || n + 50 >= report.diagnostics.len();
        assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "{d:?}"
        );
        assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "{d:?}"
        );
        if !sampled {
            continue;
        }
        let (u16_start, u16_end) = d.span.to_utf16(text);
        assert!(u16_start <= u16_end && u16_end <= text.encode_utf16().count());
        if let Some(fix) = &d.fix {
            let (start, end) = match fix {
                Fix::Replace { start, end, .. } | Fix::Remove { start, end } => (*start, *end),
                Fix::Insert { at, .. } => (*at, *at),
            };
            assert!(
                start <= end
                    && end <= text.len()
                    && text.is_char_boundary(start)
                    && text.is_char_boundary(end),
                "{fix:?}"
            );
            fix.apply(text);
        }
    }
}

fn any_kind() -> impl Strategy<Value = Kind> {
    prop::sample::select(Kind::ALL.to_vec())
}

/// Words and punctuation that make rules fire, mixed with hostile characters.
fn messagey() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Hi",
        "Ana",
        ",",
        "\n",
        "\n\n",
        " ",
        "pick your brain",
        "ASAP",
        "!!",
        "?",
        ".",
        "[Name]",
        "{",
        "}",
        "<",
        ">",
        "\"",
        "“",
        "”",
        "’",
        "'",
        "could you",
        "15",
        "minutes",
        "call",
        "thanks",
        "I",
        "you",
        "REALLY",
        "Best",
        "Sam",
        "😀",
        "👩‍💻",
        "e\u{301}",
        "שלום",
        "مرحبا",
        "\u{0}",
        "\u{200D}",
        "\r\n",
        "-",
        "/",
        "no",
        "not",
        "urgent",
        "Dr.",
        "e.g.",
        "XXX",
        "TODO",
        "…",
        "\u{FEFF}",
        "\t",
        "ǅ",
        "ß",
        "İ",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(kind in any_kind(), text in any::<String>()) {
        assert_well_formed(kind, &text);
    }

    #[test]
    fn message_like_strings_never_panic(kind in any_kind(), text in messagey()) {
        assert_well_formed(kind, &text);
        lint_with(kind, &text, &Context { introduced_by: Some("Ana".into()) });
    }
}

#[test]
fn a_megabyte_of_one_letter_is_fine() {
    let text = "a".repeat(1 << 20);
    for kind in Kind::ALL {
        assert_well_formed(kind, &text);
    }
}

#[test]
fn a_megabyte_of_emoji_and_punctuation_is_fine() {
    let text = "👩‍💻!! [x] “q” ".repeat(40_000);
    assert_well_formed(Kind::Request, &text);
}

#[test]
fn empty_and_whitespace_only_messages_report_nothing_alarming() {
    for text in ["", " ", "\n\n\n", "\u{0}"] {
        for kind in Kind::ALL {
            let report = lint(kind, text);
            assert!(
                report.diagnostics.iter().all(|d| d.rule != "pressure"),
                "{text:?}"
            );
        }
    }
}

#[test]
fn batch_utf16_conversion_matches_one_at_a_time() {
    let text = "Hi Ána 👩‍💻, can I pick your brain ASAP!! 😀 [Name]";
    let report = lint(Kind::Request, text);
    let spans: Vec<_> = report.diagnostics.iter().map(|d| d.span).collect();
    let batch = goodwill::etiquette::utf16_spans(text, &spans);
    let single: Vec<_> = spans.iter().map(|s| s.to_utf16(text)).collect();
    assert!(!spans.is_empty());
    assert_eq!(batch, single);
}
