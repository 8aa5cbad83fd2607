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

/// One word: letters and digits, with inner apostrophes ("don't", "I’d").
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
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Returns the tokens and the normalised buffer they point into.
pub fn tokenize(text: &str) -> (Vec<Token>, String) {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut norm = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut gap = Gap::Soft;
    while let Some(&(start, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            // A possessive apostrophe ("clients' details") joins words like a space does.
            if !(c == ' ' || c == '\t' || c == '-' || c == '/' || is_apostrophe(c)) {
                gap = Gap::Hard;
            }
            chars.next();
            continue;
        }
        let norm_start = norm.len();
        let mut end = start;
        let (mut letters, mut upper, mut lower) = (0u16, 0u16, 0u16);
        let capitalized = c.is_uppercase();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() || c == '\u{200D}' {
                if c.is_alphabetic() {
                    letters = letters.saturating_add(1);
                    if c.is_uppercase() {
                        upper += u16::from(upper < u16::MAX);
                    } else if c.is_lowercase() {
                        lower += u16::from(lower < u16::MAX);
                    }
                }
                norm.extend(c.to_lowercase());
                end = i + c.len_utf8();
                chars.next();
            } else if is_apostrophe(c) {
                // Keep an apostrophe only between letters: "don't" yes, "Sam’" no.
                let mut ahead = chars.clone();
                ahead.next();
                match ahead.peek() {
                    Some(&(_, n)) if n.is_alphanumeric() => {
                        norm.push('\'');
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                // Combining marks belong to the letter before them.
                if is_combining(c) {
                    norm.push(c);
                    end = i + c.len_utf8();
                    chars.next();
                    continue;
                }
                break;
            }
        }
        tokens.push(Token {
            span: start..end,
            norm: norm_start..norm.len(),
            gap_before: gap,
            all_caps: letters >= 2 && lower == 0 && upper == letters,
            capitalized,
            letters,
        });
        gap = Gap::Soft;
    }
    (tokens, norm)
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
