//! `shouting`: ALL-CAPS words that are not acronyms, and runs of exclamation marks.

use super::{Check, Rule};
use crate::etiquette::{Fix, Span};

/// Short words people type in capitals to shout; other short capitals are taken for acronyms
/// ("AI", "NYC", "SQL").
const SHOUTED_SHORT_WORDS: &[&str] = &[
    "all", "and", "any", "are", "ask", "be", "best", "big", "but", "can", "do", "ever", "for",
    "get", "go", "good", "got", "help", "hire", "huge", "is", "it", "job", "just", "love", "me",
    "much", "must", "my", "need", "not", "now", "one", "only", "so", "soon", "that", "the", "this",
    "to", "us", "very", "was", "we", "will", "wow", "yes", "you", "your", "have", "want", "hard",
    "sure", "glad", "free", "fast", "well", "mean", "real",
];

/// Acronyms of five letters or more, which are not shouting either.
const LONG_ACRONYMS: &[&str] = &[
    "nasdaq", "unicef", "unesco", "https", "oauth", "scuba", "laser", "radar", "crispr", "cobol",
    "fortran", "hipaa", "finra", "lgbtq", "lgbtqia", "scrum", "ascii", "nasa's", "mooc", "fasfa",
    "fafsa", "swift", "basic", "posix", "ieee", "naacp", "usaid", "unhcr", "opec", "asean",
    "mercosur", "intel", "simd", "cuda", "mysql", "gmat",
];

pub struct Shouting;

impl Rule for Shouting {
    fn id(&self) -> &'static str {
        "shouting"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let end = doc
            .layout
            .signoff
            .as_ref()
            .map_or(doc.tokens.len(), |s| s.start);
        let shouted = |i: usize| {
            let t = &doc.tokens[i];
            let w = doc.word(i);
            t.all_caps
                && !w.chars().any(|c| c.is_ascii_digit())
                && !doc.is_quoted(t.span.start)
                && if t.letters <= 4 {
                    SHOUTED_SHORT_WORDS.contains(&w)
                } else {
                    !LONG_ACRONYMS.contains(&w)
                }
        };
        let mut i = 0;
        while i < end {
            if !shouted(i) {
                i += 1;
                continue;
            }
            // One finding per run: "I REALLY NEED THIS" is one shout.
            let mut last = i;
            while last + 1 < end
                && doc.tokens[last + 1].all_caps
                && (shouted(last + 1) || doc.tokens[last + 1].letters <= 4)
            {
                last += 1;
            }
            let span = check.span(i, last);
            let words = doc.original_range(i, last);
            let fix = Fix::Replace {
                start: span.start,
                end: span.end,
                text: sentence_case(words),
            };
            check.report(span, format!("\"{words}\" in capitals reads as shouting. Plain words carry the point; use emphasis sparingly."), Some(fix));
            i = last + 1;
        }
        for span in exclamation_runs(doc.text) {
            if doc.is_quoted(span.start) {
                continue;
            }
            let fix = Fix::Replace {
                start: span.start,
                end: span.end,
                text: "!".into(),
            };
            check.report(
                span,
                "A run of exclamation marks reads as shouting; one is plenty.",
                Some(fix),
            );
        }
    }
}

fn sentence_case(words: &str) -> String {
    words.to_lowercase()
}

/// Two or more `!` in a row (with `?` mixed in: "!?!").
fn exclamation_runs(text: &str) -> Vec<Span> {
    let mut runs = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'!' || bytes[i] == b'?' {
            let start = i;
            while i < bytes.len() && (bytes[i] == b'!' || bytes[i] == b'?') {
                i += 1;
            }
            let bangs = bytes[start..i].iter().filter(|&&b| b == b'!').count();
            if bangs >= 2 {
                runs.push(Span::new(start, i));
            }
        } else {
            i += 1;
        }
    }
    runs
}
