//! Finds a message's greeting ("Hi Ana,") and sign-off ("Best,\nSam"); the rest is the body.

use super::sentence::Sentence;
use super::token::{Gap, Token};
use std::ops::Range;

/// Where the parts of a message are, as token ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    /// The salutation, e.g. `Hi Ana` or `To whom it may concern`, or a name alone on the
    /// first line (`Mrs. Jones,`, `Justin and Daniel,`: see `name_only`).
    pub greeting: Option<Range<usize>>,
    /// The greeting is a name alone on its line, with no salutation word before it.
    pub name_only: bool,
    /// The closing line and everything after it (name, title).
    pub signoff: Option<Range<usize>>,
    pub body: Range<usize>,
    /// The index of the message's first sentence after any header line ("Subject: ...").
    pub opening: usize,
}

impl Layout {
    /// The greeting's words past its salutation word ("Ana" of "Hi Ana"; all of a name
    /// alone on its line, "Mrs. Jones"): where the reader's name is, if anywhere.
    pub fn addressed(&self) -> Option<Range<usize>> {
        let g = self.greeting.clone()?;
        Some(g.start + usize::from(!self.name_only)..g.end)
    }
}

const GREETING_WORDS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "greetings",
    "hiya",
    "howdy",
    "morning",
    "evening",
    "heya",
    // Greetings people write in other languages, in English mail too: "Hola Liam,".
    "hola",
    "bonjour",
    "ciao",
    "salut",
    "hallo",
    "namaste",
    "aloha",
];

/// Closing lines, as whole-line word sequences.
const CLOSINGS: &[&[&str]] = &[
    &["best"],
    &["best", "regards"],
    &["best", "wishes"],
    &["kind", "regards"],
    &["kindest", "regards"],
    &["warm", "regards"],
    &["warmest", "regards"],
    &["warm", "wishes"],
    &["regards"],
    &["many", "thanks"],
    &["thanks"],
    &["thank", "you"],
    &["thanks", "again"],
    &["thanks", "so", "much"],
    &["thank", "you", "so", "much"],
    &["thank", "you", "again"],
    &["cheers"],
    &["sincerely"],
    &["yours", "sincerely"],
    &["yours", "truly"],
    &["all", "the", "best"],
    &["warmly"],
    &["talk", "soon"],
    &["speak", "soon"],
    &["take", "care"],
    &["gratefully"],
    &["with", "gratitude"],
    &["with", "thanks"],
    &["respectfully"],
    &["with", "appreciation"],
    &["best", "of", "luck"],
    &["thanks", "a", "lot"],
    &["with", "warm", "regards"],
    &["yours"],
    &["love"],
    &["cordially"],
    &["cordially", "yours"],
    &["yours", "cordially"],
    &["sincerely", "yours"],
    &["faithfully"],
    &["yours", "faithfully"],
    &["respectfully", "yours"],
    &["with", "best", "wishes"],
    &["with", "kind", "regards"],
    &["best", "wishes", "always"],
    &["fondly"],
    &["affectionately"],
];

pub fn find(text: &str, tokens: &[Token], norm: &str, sentences: &[Sentence]) -> Layout {
    let word = |i: usize| &norm[tokens[i].norm.clone()];
    let opening = headers(text, tokens, sentences, &word);
    let after_headers = sentences
        .get(opening)
        .map_or(tokens.len(), |s| s.tokens.start);
    let rest = &sentences[opening.min(sentences.len())..];
    // A salutation ("Hi Ana,"), or else a name alone on the first line ("Mrs. Jones,").
    let salutation = greeting(text, tokens, rest, &word);
    let name_only = salutation.is_none();
    let greeting = salutation.or_else(|| name_line(text, tokens, rest, &word));
    let body_start = greeting.as_ref().map_or(after_headers, |g| g.end);
    let signoff = signoff(text, tokens, sentences, &word, body_start);
    let body_end = signoff
        .as_ref()
        .map_or(tokens.len(), |s| s.start)
        .max(body_start);
    Layout {
        name_only: name_only && greeting.is_some(),
        greeting,
        signoff,
        body: body_start..body_end,
        opening,
    }
}

/// How many sentences at the top are header lines ("Subject: Coffee?", "Re: your talk"):
/// they are not the message's opening, and their words are not its body.
fn headers<'w>(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    word: &impl Fn(usize) -> &'w str,
) -> usize {
    sentences
        .iter()
        .take(3)
        .take_while(|s| {
            let first = s.tokens.start;
            !s.tokens.is_empty()
                && matches!(word(first), "subject" | "re" | "fw" | "fwd" | "subj")
                && text[tokens[first].span.end..].trim_start().starts_with(':')
        })
        .count()
}

fn greeting<'w>(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    word: &impl Fn(usize) -> &'w str,
) -> Option<Range<usize>> {
    let first = sentences.first()?;
    let w0 = word(first.tokens.start);
    let opens = GREETING_WORDS.contains(&w0)
        || (w0 == "good"
            && first.tokens.len() > 1
            && matches!(
                word(first.tokens.start + 1),
                "morning" | "afternoon" | "evening" | "day"
            ))
        || (w0 == "to" && first.tokens.len() > 1 && word(first.tokens.start + 1) == "whom")
        || (w0 == "my"
            && first.tokens.len() > 1
            && matches!(
                word(first.tokens.start + 1),
                "dear" | "dearest" | "good" | "darling"
            ))
        || w0 == "dearest";
    if !opens {
        return None;
    }
    // The salutation runs to the first comma, colon, dash or line end, through a slot for
    // the name ("Hi [their name],").
    let slot_gap = |k: usize| {
        text[tokens[k - 1].span.end..tokens[k].span.start]
            .chars()
            .all(|c| c == ' ' || "[]{}<>".contains(c))
    };
    let mut end = first.tokens.start + 1;
    while end < first.tokens.end
        && (tokens[end].gap_before == Gap::Soft || slot_gap(end))
        && end - first.tokens.start < 8
    {
        end += 1;
    }
    Some(first.tokens.start..end)
}

/// A name alone on the first line, as the salutation: "Gayle,", "Mrs. Jones,", "Justin
/// and Daniel,", "Professor Lee:". One to six capitalised words (titles, "and" and "&"
/// between them), then a comma, colon or dash and the line's end, with more text below.
/// "Congratulations," or "Thanks," alone are not names.
fn name_line<'w>(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    word: &impl Fn(usize) -> &'w str,
) -> Option<Range<usize>> {
    use crate::etiquette::lexicon::{NOT_NAMES, TITLES};
    let first = sentences.first()?;
    let start = first.tokens.start;
    let same_line = |k: usize| !text[tokens[k - 1].span.end..tokens[k].span.start].contains('\n');
    let mut end = start + 1;
    while end < tokens.len() && same_line(end) {
        end += 1;
    }
    let n = end - start;
    let after = text[tokens[end - 1].span.end..]
        .split('\n')
        .next()
        .unwrap_or("")
        .trim();
    let closed = matches!(after, "," | ":" | "\u{2014}" | "-" | "\u{2013}");
    let words_ok = (start..end).all(|k| {
        let w = word(k);
        (tokens[k].capitalized || matches!(w, "and" | "&") || TITLES.contains(&w))
            && !GREETING_WORDS.contains(&w)
    });
    let first_ok = !NOT_NAMES.contains(&word(start)) || TITLES.contains(&word(start));
    let last_ok = !matches!(word(end - 1), "and" | "&");
    (n <= 6 && closed && words_ok && first_ok && last_ok && end < tokens.len())
        .then_some(start..end)
}

fn signoff<'w>(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    word: &impl Fn(usize) -> &'w str,
    body_start: usize,
) -> Option<Range<usize>> {
    let starts_own_line = |s: &Sentence| {
        let before = &text[..tokens[s.tokens.start].span.start];
        before
            .trim_end_matches([' ', '\t', '-', '\u{2014}', '\u{2013}'])
            .ends_with('\n')
    };
    // Look at the last few lines only: a closing is never in the middle of a message. A
    // signature can run to a name and four lines of title and office ("National Research
    // Council"): short lines with no full stop.
    let tail = sentences.len().saturating_sub(7);
    for (i, s) in sentences.iter().enumerate().skip(tail) {
        if s.tokens.start <= body_start || s.tokens.is_empty() || !starts_own_line(s) {
            continue;
        }
        let signature_line = |t: &Sentence| {
            t.tokens.len() <= 6
                || (t.tokens.len() <= 9
                    && !text[t.span.clone()].trim_end().ends_with(['.', '?', '!']))
        };
        let after_short = sentences[i + 1..].iter().all(signature_line);
        let n = s.tokens.len();
        // The longest closing that fits: "Sincerely yours", not "Sincerely" and a "yours".
        let closing = CLOSINGS
            .iter()
            .filter(|c| {
                c.len() <= n
                    && c.iter()
                        .enumerate()
                        .all(|(k, w)| word(s.tokens.start + k) == *w)
            })
            .max_by_key(|c| c.len());
        if let Some(c) = closing {
            // "Best, Sam" on one line is fine; "Thanks for the intro to Ana" is a sentence.
            let rest = s.tokens.start + c.len()..s.tokens.end;
            let rest_is_name = rest.len() <= 3 && rest.clone().all(|k| tokens[k].capitalized);
            let separated = rest.is_empty() || tokens[rest.start].gap_before == Gap::Hard;
            if rest_is_name && separated && after_short {
                return Some(s.tokens.start..tokens.len());
            }
        }
    }
    // No closing phrase: a last line of one to three capitalised words is a name.
    let last = sentences.last()?;
    let is_name = (1..=3).contains(&last.tokens.len())
        && last.tokens.clone().all(|k| tokens[k].capitalized)
        && !last.question
        && sentences.len() > 1
        && last.tokens.start > body_start
        && starts_own_line(last)
        && !text[last.span.clone()].ends_with(['.', '!', '?']);
    is_name.then_some(last.tokens.start..tokens.len())
}

#[cfg(test)]
mod tests {
    use super::super::Document;

    fn parts(text: &str) -> (Option<String>, String, Option<String>) {
        let d = Document::new(text);
        let slice = |r: &std::ops::Range<usize>| -> String {
            if r.is_empty() {
                return String::new();
            }
            d.original_range(r.start, r.end - 1).to_string()
        };
        (
            d.layout.greeting.as_ref().map(slice),
            slice(&d.layout.body),
            d.layout.signoff.as_ref().map(slice),
        )
    }

    #[test]
    fn a_signature_with_a_title_and_an_office_is_part_of_the_signoff() {
        let d = Document::new("Dear Chris,\n\nThanks again for your inspiration. With best regards,\n\nSincerely yours,\n\nD.M. Mog\nIndia Program Officer\nNational Research Council\nOffice of International Affairs\nBoard on Science and Technology for International Development\n");
        let (_, b, s) = parts(d.text);
        assert_eq!(b, "Thanks again for your inspiration. With best regards");
        assert!(
            s.as_deref()
                .is_some_and(|s| s.starts_with("Sincerely yours")),
            "{s:?}"
        );
    }

    #[test]
    fn greeting_body_and_signoff() {
        let (g, b, s) = parts("Hi Ana,\nCould we talk for 15 minutes?\nBest,\nSam");
        assert_eq!(g.as_deref(), Some("Hi Ana"));
        assert_eq!(b, "Could we talk for 15 minutes");
        assert_eq!(s.as_deref(), Some("Best,\nSam"));
    }

    #[test]
    fn greeting_stops_at_the_comma_on_a_single_line_message() {
        let (g, b, _) = parts("Hi Ana, could we talk for 15 minutes?");
        assert_eq!(g.as_deref(), Some("Hi Ana"));
        assert_eq!(b, "could we talk for 15 minutes");
    }

    #[test]
    fn a_thank_you_sentence_at_the_end_is_body_not_signoff() {
        let (_, b, s) = parts("Hi Ana,\nIt went well.\nThanks for the intro to Raj.");
        assert!(b.ends_with("Raj"), "{b}");
        assert_eq!(s, None);
    }

    #[test]
    fn a_bare_name_line_is_a_signoff() {
        let (_, _, s) = parts("Hi Ana,\nIt went well.\nSam");
        assert_eq!(s.as_deref(), Some("Sam"));
    }

    #[test]
    fn no_greeting_means_the_body_starts_at_the_first_word() {
        let (g, b, _) = parts("Congrats on the launch!");
        assert_eq!(g, None);
        assert_eq!(b, "Congrats on the launch");
    }
}
