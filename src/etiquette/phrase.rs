//! Finds every phrase from the rule catalogue and the engine's lexicons in one pass over a
//! message's words: case-insensitive, on word boundaries, never across punctuation.

use super::catalogue::RULES;
use super::forms;
use super::lexicon;
use super::text::{Document, Gap};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

/// Who a pattern belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A phrase that makes rule `rule` fire, with its `[[phrase]]` group index.
    Fires { rule: usize, spec: usize },
    /// A phrase whose presence satisfies rule `rule` (`satisfied_by`).
    Satisfies { rule: usize },
    /// An antipattern of rule `rule`: its phrases inside this match are meant otherwise.
    Unless { rule: usize },
    /// The writer says what they wish for ("I'd love to", "I'm hoping to").
    Wish,
    /// The message brings the reader something: congratulations, a greeting, a read.
    Gift,
    /// A sentence with this phrase asks something of the reader.
    Ask,
    /// A sentence with this phrase is small talk, an offer or an easy out.
    NotAsk,
}

/// One phrase found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub owner: Owner,
    /// Token indices.
    pub tokens: Range<usize>,
    /// A negating word comes just before it in the same clause ("no need to ... ASAP").
    pub negated: bool,
    /// Inside quotation marks or a `>` quoted line.
    pub quoted: bool,
}

struct Pattern {
    words: Vec<String>,
    owner: Owner,
}

/// Patterns keyed by a hash of their first two words (or the first word alone, or the first
/// word and `*`), so each word of a message only tries the few patterns that can match.
struct Index {
    by_start: HashMap<u64, Vec<Pattern>, BuildHasherDefault<PassThrough>>,
}

/// FNV-1a of one word.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A key for "these two words start a pattern", from the words' hashes.
fn key(first: u64, second: u64) -> u64 {
    (first.rotate_left(29) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The keys are already hashes; hashing them again would only cost time.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Marks "no second word": single-word patterns are keyed by `key(word, ONE_WORD)`.
const ONE_WORD: &str = "";

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_start: HashMap<u64, Vec<Pattern>, BuildHasherDefault<PassThrough>> =
            HashMap::default();
        let mut add = |pattern: &'static str, owner: Owner| {
            for words in forms::expand(pattern) {
                let first = word_hash(&words[0]);
                let second = words.get(1).map_or(ONE_WORD, String::as_str);
                let patterns = by_start.entry(key(first, word_hash(second))).or_default();
                // Two patterns of one owner can expand to the same words.
                if !patterns
                    .iter()
                    .any(|p| p.owner == owner && p.words == words)
                {
                    patterns.push(Pattern { words, owner });
                }
            }
        };
        for (rule, meta) in RULES.iter().enumerate() {
            for (spec, phrase) in meta.phrases.iter().enumerate() {
                for pattern in phrase.patterns {
                    add(pattern, Owner::Fires { rule, spec });
                }
            }
            for pattern in meta.satisfied_by {
                add(pattern, Owner::Satisfies { rule });
            }
            for pattern in meta.unless {
                add(pattern, Owner::Unless { rule });
            }
        }
        lexicon::ASK.iter().for_each(|p| add(p, Owner::Ask));
        lexicon::NOT_ASK.iter().for_each(|p| add(p, Owner::NotAsk));
        lexicon::WISH.iter().for_each(|p| add(p, Owner::Wish));
        lexicon::GIFT.iter().for_each(|p| add(p, Owner::Gift));
        // Longest first, so "thank you so much" is tried before "thank you".
        for patterns in by_start.values_mut() {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        Index { by_start }
    })
}

/// Every phrase in `doc`, in text order. For each owner, overlapping matches keep the
/// longest one that starts first.
pub fn find(doc: &Document) -> Vec<Hit> {
    let index = index();
    let mut hits: Vec<Hit> = Vec::new();
    let n = doc.tokens.len();
    let (one_word, star) = (word_hash(ONE_WORD), word_hash("*"));
    // Each word is hashed once; pairs are keyed from those hashes.
    let hashes: Vec<u64> = (0..n).map(|i| word_hash(doc.word(i))).collect();
    for i in 0..n {
        let first = hashes[i];
        let has_second = i + 1 < n && doc.tokens[i + 1].gap_before == Gap::Soft;
        let keys = [
            has_second.then(|| key(first, hashes[i + 1])),
            has_second.then(|| key(first, star)),
            Some(key(first, one_word)),
        ];
        for patterns in keys
            .into_iter()
            .flatten()
            .filter_map(|k| index.by_start.get(&k))
        {
            for pattern in patterns {
                let end = i + pattern.words.len();
                if end > n {
                    continue;
                }
                let matches = pattern.words.iter().enumerate().all(|(k, w)| {
                    (k == 0 || doc.tokens[i + k].gap_before == Gap::Soft)
                        && (*w == "*" || doc.word(i + k) == *w)
                });
                if !matches {
                    continue;
                }
                let overlaps = hits
                    .iter()
                    .rev()
                    .take_while(|h| h.tokens.end > i)
                    .any(|h| h.owner == pattern.owner);
                if overlaps {
                    continue;
                }
                hits.push(Hit {
                    owner: pattern.owner,
                    tokens: i..end,
                    negated: negated(doc, i),
                    quoted: doc.is_quoted(doc.tokens[i].span.start),
                });
            }
        }
    }
    hits
}

/// A negator within four words before token `i`, in the same clause: never across
/// punctuation or a "but" ("no rush, but I need it by tomorrow" still presses).
fn negated(doc: &Document, i: usize) -> bool {
    let mut k = i;
    for _ in 0..4 {
        if k == 0 || doc.tokens[k].gap_before == Gap::Hard {
            return false;
        }
        k -= 1;
        let w = doc.word(k);
        if matches!(w, "but" | "and" | "so" | "though" | "although" | "because") {
            return false;
        }
        if lexicon::is_negator(w) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners(text: &str, owner: Owner) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .filter(|h| h.owner == owner)
            .map(|h| {
                doc.original_range(h.tokens.start, h.tokens.end - 1)
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn asks_are_found_case_insensitively() {
        assert_eq!(
            owners("COULD YOU send it? Could you", Owner::Ask),
            ["COULD YOU", "Could you"]
        );
    }

    #[test]
    fn phrases_do_not_match_across_punctuation() {
        assert!(owners("Could, you", Owner::Ask).is_empty());
    }

    #[test]
    fn wildcards_match_one_word() {
        assert_eq!(
            owners("Do you have 15 minutes", Owner::Ask),
            ["Do you have 15 minutes"]
        );
    }

    #[test]
    fn negation_is_noted_within_the_clause_only() {
        let doc = Document::new("There's no need to reply asap. Reply, asap. No rush, but asap");
        let asap: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| doc.word(i) == "asap")
            .collect();
        assert!(negated(&doc, asap[0]), "'no need to reply asap' negates it");
        assert!(!negated(&doc, asap[1]), "a comma ends the clause");
        assert!(!negated(&doc, asap[2]), "'but' starts a new clause");
    }
}
