//! Splits a message into sentences by punctuation and line breaks, minding abbreviations.

use super::token::Token;
use std::ops::Range;

/// One sentence (or one line, for greetings, sign-offs and list items).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Bytes from the first word to the closing punctuation.
    pub span: Range<usize>,
    /// Ends with a question mark.
    pub question: bool,
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "eg", "ie", "e.g", "i.e",
    "approx", "dept", "vol", "fig", "mt", "ft",
];

/// Company suffixes: their full stop ends a sentence when the next word starts with a
/// capital ("ABC Company, Inc. I enjoyed…") and not otherwise ("Acme Inc. is hiring").
const COMPANY_SUFFIXES: &[&str] = &["inc", "ltd", "corp", "co", "llc", "plc"];

pub fn split(text: &str, tokens: &[Token], norm: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 1..=tokens.len() {
        let prev = &tokens[i - 1];
        let gap_end = tokens.get(i).map_or(text.len(), |t| t.span.start);
        let gap = &text[prev.span.end..gap_end];
        let next_starts_lower = tokens
            .get(i)
            .and_then(|t| text[t.span.clone()].chars().next())
            .is_some_and(char::is_lowercase);
        let next_word = tokens.get(i).map_or("", |t| &norm[t.norm.clone()]);
        // "socket.IO", "Vue.JS": a name in capitals after a stop is part of a name.
        let next_in_capitals = tokens.get(i).is_some_and(|t| t.all_caps && t.letters > 1);
        let ends = i == tokens.len()
            || ends_sentence(
                gap,
                &norm[prev.norm.clone()],
                prev.letters,
                next_starts_lower,
                next_word,
                next_in_capitals,
            );
        if ends {
            let (span_end, question) = closing(text, prev.span.end, gap);
            sentences.push(Sentence {
                tokens: start..i,
                span: tokens[start].span.start..span_end,
                question,
            });
            start = i;
        }
    }
    sentences
}

/// Words no surname is: after one of these, a capital letter and a full stop ended a
/// sentence ("in your papers X and Y. I will be in town") rather than an initial.
const NOT_AFTER_INITIAL: &[&str] = &[
    "i", "i'm", "i've", "i'd", "i'll", "we", "my", "it", "this", "the", "please", "thanks",
    "thank", "she", "he", "they", "you", "our", "his", "her", "their",
];

fn ends_sentence(
    gap: &str,
    prev_word: &str,
    prev_letters: u16,
    next_starts_lower: bool,
    next_word: &str,
    next_in_capitals: bool,
) -> bool {
    // Most gaps are one space: nothing to look at.
    if gap == " " {
        return false;
    }
    // A blank line always ends a sentence; a single line break ends it unless the text
    // was hard-wrapped mid-sentence.
    let newlines = gap.bytes().filter(|&b| b == b'\n').count();
    if newlines >= 2 || (newlines == 1 && !next_starts_lower) {
        return true;
    }
    // "issues?q=is", "watch?v=9QY": a mark with no space on either side sits inside a link.
    let inside_a_word = !gap.contains(char::is_whitespace);
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '?' | '!' if inside_a_word => {}
            '?' | '!' | '…' => return true,
            '.' => {
                // Inside the gap before the next word: "2.5" has nothing after the stop, so it
                // does not end a sentence; "done. Then" has a space.
                let followed_by_space = chars.peek().is_some_and(|n| {
                    n.is_whitespace()
                        || matches!(
                            n,
                            '"' | '\u{201D}' | ')' | ']' | '\'' | '\u{2019}' | '*' | '_'
                        )
                });
                // "the community.I know", "between the two countries.For example": a stop
                // run into a capitalised word after a lower-case one ends a sentence; a link
                // writes its parts in lower case ("example.com").
                let run_on = chars.peek().is_none()
                    && !gap.contains(char::is_whitespace)
                    && prev_word.len() >= 3
                    && prev_word.chars().all(|c| c.is_ascii_lowercase())
                    && next_word.starts_with(|c: char| c.is_alphabetic())
                    && !next_starts_lower
                    && !next_in_capitals;
                // "Dr. Chen", "J. Smith", "e.g. this": the full stop belongs to the word.
                let initial = prev_letters == 1
                    && prev_word.len() == 1
                    && prev_word != "i"
                    && !NOT_AFTER_INITIAL.contains(&next_word);
                let company_mid_sentence =
                    COMPANY_SUFFIXES.contains(&prev_word) && next_starts_lower;
                let abbreviation =
                    ABBREVIATIONS.contains(&prev_word) || initial || company_mid_sentence;
                if (followed_by_space || run_on) && !abbreviation {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Where a sentence's closing punctuation ends, and whether it asks a question.
fn closing(text: &str, word_end: usize, gap: &str) -> (usize, bool) {
    let mut end = word_end;
    let mut question = false;
    for (i, c) in gap.char_indices() {
        match c {
            '.' | '!' | '?' | '…' | '"' | '\u{201D}' | ')' | '\u{2019}' | '\'' => {
                question |= c == '?';
                end = word_end + i + c.len_utf8();
            }
            ' ' | '\t' if !question && end == word_end => {}
            _ => break,
        }
    }
    debug_assert!(text.is_char_boundary(end));
    (end, question)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let (tokens, norm) = tokenize(text);
        split(text, &tokens, &norm)
            .into_iter()
            .map(|s| &text[s.span])
            .collect()
    }

    #[test]
    fn an_initial_is_not_a_sentence_end_but_a_letter_before_i_is() {
        assert_eq!(
            sentences("Ask J. Smith. He knows."),
            ["Ask J. Smith.", "He knows."]
        );
        assert_eq!(
            sentences("I read papers X and Y. I loved both."),
            ["I read papers X and Y.", "I loved both."]
        );
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("Hi. How are you? Great!"),
            ["Hi.", "How are you?", "Great!"]
        );
    }

    #[test]
    fn a_question_mark_inside_a_link_ends_nothing() {
        assert_eq!(
            sentences("See https://github.com/x/ama/issues?q=is%3Aopen for more. Or ask me!"),
            [
                "See https://github.com/x/ama/issues?q=is%3Aopen for more.",
                "Or ask me!"
            ]
        );
    }

    #[test]
    fn a_stop_run_into_the_next_i_or_bold_marks_still_ends_a_sentence() {
        assert_eq!(
            sentences("I wish to contribute to your community.I know less than most."),
            [
                "I wish to contribute to your community.",
                "I know less than most."
            ]
        );
        assert_eq!(
            sentences("**Reply to say if you would like to be an author.** A simple yes will do."),
            [
                "Reply to say if you would like to be an author.",
                "A simple yes will do."
            ]
        );
        assert_eq!(
            sentences("Tell the two countries.For example, China."),
            ["Tell the two countries.", "For example, China."]
        );
        assert_eq!(
            sentences("See example.com.it works."),
            ["See example.com.it works."]
        );
        assert_eq!(
            sentences("We built it on socket.IO for the chat."),
            ["We built it on socket.IO for the chat."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            sentences("I met Dr. Chen at the event. It went well."),
            ["I met Dr. Chen at the event.", "It went well."]
        );
    }

    #[test]
    fn a_company_suffix_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("I met the team at ABC Company, Inc. I enjoyed it. Acme Inc. is hiring."),
            [
                "I met the team at ABC Company, Inc.",
                "I enjoyed it.",
                "Acme Inc. is hiring."
            ]
        );
    }

    #[test]
    fn a_line_break_ends_a_line_unless_the_text_is_hard_wrapped() {
        assert_eq!(
            sentences("Hi Ana,\nI wanted to ask\nabout your move."),
            ["Hi Ana", "I wanted to ask\nabout your move."]
        );
    }

    #[test]
    fn decimals_stay_inside_a_sentence() {
        assert_eq!(
            sentences("It took 2.5 years. Then I moved."),
            ["It took 2.5 years.", "Then I moved."]
        );
    }

    #[test]
    fn question_marks_are_noted() {
        let (tokens, norm) = tokenize("Could you? Yes.");
        let s = split("Could you? Yes.", &tokens, &norm);
        assert!(s[0].question && !s[1].question);
    }
}
