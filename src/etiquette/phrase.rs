//! Finds every phrase from the rule catalogue and the engine's lexicons in one pass over a
//! message's words: case-insensitive, on word boundaries, never across punctuation.

use super::catalogue::RULE_WORDS;
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

/// Every pattern, as a trie over words: a message word walks down from the root one word
/// at a time, so it costs the length of its longest match, however many patterns share a
/// beginning (a group such as `(team|company|firm|...) (~hire|~recruit)` expands to
/// hundreds of sequences).
struct Index {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    /// Child by the FNV hash of the next word.
    children: HashMap<u64, usize, BuildHasherDefault<PassThrough>>,
    /// Child for `*`, any one word.
    any: Option<usize>,
    /// Owners of the patterns that end here.
    ends: Vec<Owner>,
}

/// FNV-1a of one word.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The words are already hashed; hashing them again would only cost time.
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

impl Index {
    fn insert(&mut self, words: &[String], owner: Owner) {
        let mut at = 0;
        for word in words {
            let next = if word == "*" {
                self.nodes[at].any
            } else {
                self.nodes[at].children.get(&word_hash(word)).copied()
            };
            at = match next {
                Some(next) => next,
                None => {
                    let new = self.nodes.len();
                    self.nodes.push(Node::default());
                    if word == "*" {
                        self.nodes[at].any = Some(new);
                    } else {
                        self.nodes[at].children.insert(word_hash(word), new);
                    }
                    new
                }
            };
        }
        // Two patterns of one owner can expand to the same words.
        if !self.nodes[at].ends.contains(&owner) {
            self.nodes[at].ends.push(owner);
        }
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            nodes: vec![Node::default()],
        };
        let mut add = |pattern: &'static str, owner: Owner| {
            for words in forms::expand(pattern) {
                index.insert(&words, owner);
            }
        };
        for (rule, meta) in RULE_WORDS.iter().enumerate() {
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
        index
    })
}

/// Every phrase in `doc`, in text order. For each owner, overlapping matches keep the
/// longest one that starts first.
pub fn find(doc: &Document) -> Vec<Hit> {
    let index = index();
    let mut hits: Vec<Hit> = Vec::new();
    let n = doc.tokens.len();
    // Each word is hashed once.
    let hashes: Vec<u64> = (0..n).map(|i| word_hash(doc.word(i))).collect();
    // (owner, end) of every match starting at the current word; reused across words.
    let mut found: Vec<(Owner, usize)> = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        found.clear();
        stack.clear();
        stack.push((0, i));
        while let Some((node, at)) = stack.pop() {
            let node = &index.nodes[node];
            if at > i {
                found.extend(node.ends.iter().map(|&owner| (owner, at)));
            }
            // Phrases never cross punctuation.
            if at >= n || (at > i && doc.tokens[at].gap_before != Gap::Soft) {
                continue;
            }
            if let Some(&next) = node.children.get(&hashes[at]) {
                stack.push((next, at + 1));
            }
            if let Some(next) = node.any {
                // A pattern never starts with `*` (build.rs refuses it).
                if at > i {
                    stack.push((next, at + 1));
                }
            }
        }
        // Longest first, so "thank you so much" wins over "thank you" for one owner.
        found.sort_by_key(|&(_, end)| std::cmp::Reverse(end));
        for &(owner, end) in &found {
            let overlaps = hits
                .iter()
                .rev()
                .take_while(|h| h.tokens.end > i)
                .any(|h| h.owner == owner);
            if overlaps {
                continue;
            }
            hits.push(Hit {
                owner,
                tokens: i..end,
                negated: negated(doc, i),
                quoted: doc.is_quoted(doc.tokens[i].span.start),
            });
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
        // "Why not get together?", "Why don't we talk?": a suggestion, not a negation.
        let suggests = k > 0 && doc.word(k - 1) == "why";
        if lexicon::is_negator(w) && !suggests {
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
