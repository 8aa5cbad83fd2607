//! Reads a message once into the shape every rule works on: words, sentences, greeting,
//! sign-off and quoted regions. Rules never re-scan the raw text for these.

mod layout;
mod sentence;
mod token;

pub use layout::Layout;
pub use sentence::Sentence;
pub use token::{Gap, Token};

use std::ops::Range;

/// A message, analysed.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    /// Lower-cased words with curly apostrophes straightened; tokens index into it.
    norm: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub layout: Layout,
    /// Byte ranges inside quotation marks or `>` quoted lines, sorted.
    quoted: Vec<Range<usize>>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let (tokens, norm) = token::tokenize(text);
        let sentences = sentence::split(text, &tokens, &norm);
        let layout = layout::find(text, &tokens, &norm, &sentences);
        let quoted = quoted_ranges(text);
        Document {
            text,
            norm,
            tokens,
            sentences,
            layout,
            quoted,
        }
    }

    /// The normalised (lower-case, straight-apostrophe) form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.norm[self.tokens[i].norm.clone()]
    }

    /// The token as the user wrote it.
    pub fn original(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.clone()]
    }

    /// The user's text between the start of token `first` and the end of token `last`.
    pub fn original_range(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.tokens[first].span.start..self.tokens[last].span.end]
    }

    /// Is token `i` a handle ("@jonboulle"), as people are named on GitHub and elsewhere?
    pub fn is_handle(&self, i: usize) -> bool {
        self.text[..self.tokens[i].span.start].ends_with('@')
    }

    /// Is byte `at` inside quotation marks or a quoted line?
    pub fn is_quoted(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.end <= at);
        self.quoted.get(i).is_some_and(|r| r.start <= at)
    }

    /// Tokens of the body: after the greeting, before the sign-off.
    pub fn body_tokens(&self) -> Range<usize> {
        self.layout.body.clone()
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_index(&self, i: usize) -> Option<usize> {
        let s = self.sentences.partition_point(|s| s.tokens.end <= i);
        self.sentences
            .get(s)
            .filter(|s| s.tokens.contains(&i))
            .map(|_| s)
    }

    /// Does sentence `s` name someone after its first word? A capitalised word that is not
    /// "I" and not an acronym is taken for a name ("our friend Dana suggested...").
    pub fn names_someone(&self, s: &Sentence) -> bool {
        s.tokens.clone().skip(1).any(|i| {
            let t = &self.tokens[i];
            t.capitalized
                && !t.all_caps
                && !matches!(self.word(i), "i" | "i'm" | "i've" | "i'd" | "i'll")
        })
    }

    /// The sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.sentence_index(i).map(|s| &self.sentences[s])
    }

    /// Sentences that reach into the body. A one-line message ("Hi Ana, could you...?")
    /// shares its first sentence with the greeting; that sentence still counts.
    pub fn body_sentences(&self) -> impl Iterator<Item = &Sentence> {
        let body = self.layout.body.clone();
        self.sentences
            .iter()
            .filter(move |s| s.tokens.end > body.start && s.tokens.start < body.end)
    }

    /// Count of body words, as `wc -w` or a person would count them.
    pub fn body_word_count(&self) -> usize {
        self.words(self.layout.body.clone())
    }

    /// Words among tokens `range`: "15-minute" and "3,000" count once.
    pub fn words(&self, range: Range<usize>) -> usize {
        self.tokens[range]
            .iter()
            .enumerate()
            .filter(|(k, t)| *k == 0 || t.spaced)
            .count()
    }
}

/// Finds text inside "straight", “curly” or ‘single’ quotes, and lines starting with `>`.
fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    if text.contains('>') {
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            if line.trim_start().starts_with('>') {
                ranges.push(line_start..line_start + line.len());
            }
            line_start += line.len();
        }
    }
    if !text.contains(['"', '\'', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}']) {
        return ranges;
    }
    let mut open: Option<(usize, char)> = None;
    let is_quote_or_break = |c: char| {
        matches!(
            c,
            '"' | '\'' | '\n' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}'
        )
    };
    // Visit only quote marks and line breaks, looking at their neighbours when needed.
    for (i, c) in text
        .match_indices(is_quote_or_break)
        .map(|(i, m)| (i, m.chars().next().unwrap_or(' ')))
    {
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        let at_word_start = prev.is_none_or(|p| !p.is_alphanumeric());
        let at_word_end = next.is_none_or(|n| !n.is_alphanumeric());
        match (open, c) {
            (None, '"') | (None, '\u{201C}') => open = Some((i, c)),
            // A single quote opens only at a word start: "don't" and "Sam's" are apostrophes.
            (None, '\'') | (None, '\u{2018}')
                if at_word_start && next.is_some_and(char::is_alphanumeric) =>
            {
                open = Some((i, c))
            }
            (Some((start, '"')), '"') | (Some((start, '\u{201C}')), '\u{201D}') => {
                ranges.push(start..i + c.len_utf8());
                open = None;
            }
            (Some((start, '\'' | '\u{2018}')), '\'' | '\u{2019}') if at_word_end => {
                ranges.push(start..i + c.len_utf8());
                open = None;
            }
            // Quotes never run past a paragraph: an unclosed one must not silence the rest.
            (Some(_), '\n') if next == Some('\n') => open = None,
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}
