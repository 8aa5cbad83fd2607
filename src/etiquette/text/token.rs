//! Splits text into words with byte spans and a normalised form for matching.

use std::ops::Range;

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Only spaces, a hyphen, a slash or an apostrophe: phrases may match across it.
    Soft,
    /// Punctuation or a line break: a phrase never spans it.
    Hard,
}

/// One word: letters and digits, with inner apostrophes ("don't", "I’d"). Its normalised
/// form folds ASCII letters to lower case and straightens apostrophes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Bytes in the original text.
    pub span: Range<usize>,
    /// Bytes in the document's normalised buffer.
    pub norm: Range<usize>,
    pub gap_before: Gap,
    /// Two or more letters, all upper case ("ASAP", "NYC").
    pub all_caps: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Letter count.
    pub letters: u16,
    /// White space comes before it: it starts a word as people count words ("15-minute"
    /// and "3,000" are one word each, two tokens).
    pub spaced: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Returns the tokens and the normalised buffer they point into.
///
/// Walks bytes, decoding a `char` only for non-ASCII text: this is the hottest loop in the
/// checker (it runs on every keystroke in the app).
pub fn tokenize(text: &str) -> (Vec<Token>, String) {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // Bytes, not a String: pushing ASCII bytes is cheaper than pushing chars, and every
    // push below is whole UTF-8, checked once at the end.
    let mut norm: Vec<u8> = Vec::with_capacity(text.len());
    let mut gap = Gap::Soft;
    let mut spaced = true;
    let mut at = 0;
    while at < bytes.len() {
        let (c, len) = char_at(text, at);
        if !is_word_char(c) {
            // A possessive apostrophe ("clients' details") joins words like a space does.
            if !(c == ' ' || c == '\t' || c == '-' || c == '/' || is_apostrophe(c)) {
                gap = Gap::Hard;
            }
            spaced |= c.is_whitespace();
            at += len;
            continue;
        }
        let start = at;
        let norm_start = norm.len();
        let (mut letters, mut upper, mut lower) = (0u16, 0u16, 0u16);
        let capitalized = c.is_uppercase();
        while at < bytes.len() {
            let b = bytes[at];
            if b.is_ascii_alphanumeric() {
                if b.is_ascii_alphabetic() {
                    letters = letters.saturating_add(1);
                    if b.is_ascii_uppercase() {
                        upper = upper.saturating_add(1);
                    } else {
                        lower = lower.saturating_add(1);
                    }
                }
                norm.push(b.to_ascii_lowercase());
                at += 1;
                continue;
            }
            let (c, len) = char_at(text, at);
            if !c.is_ascii() && (c.is_alphanumeric() || c == '\u{200D}' || is_combining(c)) {
                // Combining marks belong to the letter before them.
                if c.is_alphabetic() {
                    letters = letters.saturating_add(1);
                    if c.is_uppercase() {
                        upper = upper.saturating_add(1);
                    } else if c.is_lowercase() {
                        lower = lower.saturating_add(1);
                    }
                }
                // Kept as written: every pattern is ASCII, so folding the case of other
                // letters would match nothing more, and its tables cost ~15 KB of .wasm.
                norm.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                at += len;
            } else if is_apostrophe(c)
                && at + len < bytes.len()
                && is_word_char(char_at(text, at + len).0)
            {
                // Keep an apostrophe only between letters: "don't" yes, "Sam’" no.
                norm.push(b'\'');
                at += len;
            } else {
                break;
            }
        }
        tokens.push(Token {
            span: start..at,
            norm: norm_start..norm.len(),
            gap_before: gap,
            all_caps: letters >= 2 && lower == 0 && upper == letters,
            capitalized,
            letters,
            spaced,
        });
        gap = Gap::Soft;
        spaced = false;
    }
    let norm = String::from_utf8(norm).expect("only whole UTF-8 sequences are pushed");
    (tokens, norm)
}

/// The char starting at byte `at` (a char boundary) and its length in bytes.
fn char_at(text: &str, at: usize) -> (char, usize) {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = text[at..]
        .chars()
        .next()
        .expect("at is a char boundary inside text");
    (c, c.len_utf8())
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let (tokens, norm) = tokenize(text);
        tokens
            .iter()
            .map(|t| norm[t.norm.clone()].to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight_apostrophes_normalise_alike() {
        assert_eq!(words("I’d don't"), ["i'd", "don't"]);
    }

    #[test]
    fn trailing_possessive_apostrophe_is_not_part_of_the_word() {
        assert_eq!(words("the Joneses’ house"), ["the", "joneses", "house"]);
    }

    #[test]
    fn hyphen_and_slash_are_soft_gaps_and_commas_hard() {
        let (tokens, _) = tokenize("15-minute Sir/Madam, hi");
        let gaps: Vec<Gap> = tokens.iter().map(|t| t.gap_before).collect();
        assert_eq!(
            gaps,
            [Gap::Soft, Gap::Soft, Gap::Soft, Gap::Soft, Gap::Hard]
        );
    }

    #[test]
    fn spans_point_at_the_original_bytes() {
        let text = "héllo ÉMILE";
        let (tokens, _) = tokenize(text);
        assert_eq!(&text[tokens[1].span.clone()], "ÉMILE");
        assert!(tokens[1].all_caps);
    }
}
