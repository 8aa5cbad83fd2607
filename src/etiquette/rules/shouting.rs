//! `shouting`: ALL-CAPS words that are not acronyms, and runs of exclamation marks.

use super::{Check, Rule};
use crate::etiquette::{Fix, Span};

/// Ordinary words that people type in capitals to shout. A capitalised word not on this list
/// is taken for an acronym or a name ("AI", "NYC", "INSEAD"): a miss is better than calling
/// a business school's name a raised voice.
const SHOUTED_WORDS: &[&str] = &[
    "absolutely",
    "again",
    "all",
    "always",
    "amazing",
    "and",
    "any",
    "anything",
    "appreciate",
    "are",
    "ask",
    "asking",
    "awesome",
    "be",
    "best",
    "big",
    "brilliant",
    "but",
    "can",
    "can't",
    "cannot",
    "christmas",
    "congrats",
    "congratulations",
    "could",
    "critical",
    "crucial",
    "deadline",
    "definitely",
    "desperate",
    "desperately",
    "do",
    "don't",
    "done",
    "dream",
    "ever",
    "every",
    "everything",
    "exactly",
    "excited",
    "extremely",
    "fantastic",
    "final",
    "for",
    "free",
    "get",
    "go",
    "going",
    "good",
    "grateful",
    "great",
    "happy",
    "hard",
    "have",
    "hello",
    "help",
    "hey",
    "hi",
    "hire",
    "hiring",
    "honestly",
    "hooray",
    "hope",
    "hoping",
    "huge",
    "hugely",
    "immediately",
    "important",
    "incredible",
    "incredibly",
    "is",
    "it",
    "job",
    "just",
    "know",
    "last",
    "like",
    "literally",
    "long",
    "love",
    "loved",
    "massive",
    "massively",
    "me",
    "mean",
    "merry",
    "much",
    "must",
    "my",
    "need",
    "needed",
    "never",
    "no",
    "not",
    "nothing",
    "now",
    "omg",
    "omigod",
    "one",
    "only",
    "perfect",
    "please",
    "proud",
    "real",
    "really",
    "reply",
    "respond",
    "seriously",
    "should",
    "so",
    "soon",
    "sorry",
    "still",
    "stunning",
    "super",
    "sure",
    "thank",
    "thanks",
    "that",
    "the",
    "think",
    "this",
    "thrilled",
    "tips",
    "to",
    "today",
    "tomorrow",
    "totally",
    "truly",
    "urgent",
    "urgently",
    "very",
    "waiting",
    "want",
    "was",
    "we",
    "well",
    "what",
    "when",
    "why",
    "will",
    "win",
    "with",
    "won",
    "wonderful",
    "woot",
    "words",
    "would",
    "wow",
    "yay",
    "yes",
    "you",
    "your",
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
            if !t.all_caps {
                return false;
            }
            let w = doc.word(i);
            // A lone two-letter capital word is an acronym ("the IS Department", "IT"),
            // however like a common word it looks; in a run of capitals it shouts.
            let caps = |k: Option<usize>| {
                k.and_then(|k| doc.tokens.get(k))
                    .is_some_and(|t| t.all_caps)
            };
            // A short word beside an acronym is part of a name ("an MIT BE alum"): only a
            // neighbour that is itself an ordinary word makes a run of shouting.
            let shouting_neighbour = |k: Option<usize>| {
                caps(k) && k.is_some_and(|k| SHOUTED_WORDS.contains(&doc.word(k)))
            };
            let lone = !shouting_neighbour(i.checked_sub(1)) && !shouting_neighbour(Some(i + 1));
            if lone && t.letters <= 2 {
                return false;
            }
            if template_instruction(doc, i) {
                return false;
            }
            !w.chars().any(|c| c.is_ascii_digit())
                && !doc.is_quoted(t.span.start)
                && !in_slot(doc.text, t.span.start)
                && SHOUTED_WORDS.contains(&w)
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
            check.report(span, format!("“{words}” in capitals reads as shouting. Plain words carry the point; use emphasis sparingly."), Some(fix));
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

/// Is token `i` in a run of capitals that tells the sender what to fill in ("INSERT LINK
/// HERE", "PUT YOUR NAME HERE")? That is a template's slot (`unfilled-placeholder` reports
/// it), not a raised voice.
fn template_instruction(doc: &crate::etiquette::text::Document, i: usize) -> bool {
    let mut start = i;
    while start > 0 && doc.tokens[start - 1].all_caps && i - start < 8 {
        start -= 1;
    }
    let mut end = i;
    while end + 1 < doc.tokens.len() && doc.tokens[end + 1].all_caps && end - i < 8 {
        end += 1;
    }
    end > start && super::unfilled_placeholder::is_instruction(doc, start, end)
}

fn sentence_case(words: &str) -> String {
    words.to_ascii_lowercase()
}

/// Two or more `!` in a row (with `?` mixed in: "!?!").
fn exclamation_runs(text: &str) -> Vec<Span> {
    let mut runs = Vec::new();
    let bytes = text.as_bytes();
    // Start at the first "!" (a fast single-byte search); most messages have none.
    let Some(mut i) = text.find('!') else {
        return runs;
    };
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

/// Is byte `at` inside a template slot ("[LAST MEANINGFUL INTERACTION WITH PERSON]",
/// "{COMPANY NEWS}"), which templates write in capitals to stand out, not to shout? The
/// nearest bracket before it opens, and one closes within a few lines after it.
fn in_slot(text: &str, at: usize) -> bool {
    let mut start = at.saturating_sub(200);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let before = &text[start..at];
    let Some(open) = before.rfind(['[', '{', '<']) else {
        return false;
    };
    let close = match before.as_bytes()[open] {
        b'[' => ']',
        b'{' => '}',
        _ => '>',
    };
    if before[open..].contains([']', '}', '>']) {
        return false;
    }
    let after = &text[at..];
    let window = after
        .char_indices()
        .nth(200)
        .map_or(after, |(i, _)| &after[..i]);
    window.contains(close)
}
