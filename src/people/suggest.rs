//! "Who could use a hand?": people whose work or cares meet what the user most likes to
//! give, and pairs of people who might help each other, found by the words their notes
//! share. A nudge to give first, never a score.

use std::collections::BTreeSet;

use serde::Serialize;

use super::person::Person;

/// Someone the user could help, and the words that say why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hand {
    pub person: String,
    pub name: String,
    /// The words their "cares about" shares with what the user gives.
    pub shared: Vec<String>,
}

/// Two people who might help each other: one is good at what the other is working on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub helper: String,
    pub helper_name: String,
    pub helped: String,
    pub helped_name: String,
    pub shared: Vec<String>,
}

/// Words too common to say two notes are about the same thing.
const COMMON: &[&str] = &[
    "about", "after", "also", "being", "from", "good", "have", "help", "helping", "into", "just",
    "like", "lots", "make", "more", "most", "much", "need", "new", "next", "now", "other", "over",
    "really", "some", "that", "their", "them", "then", "they", "thing", "things", "this", "very",
    "want", "what", "when", "with", "work", "working", "year", "years", "your", "people", "person",
    "getting", "doing", "looking", "trying",
];

/// The words of `text` that carry its meaning, each cut to a simple stem ("pricing",
/// "price" and "prices" meet as "pric"), at least four letters long.
pub fn key_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(word: &str) -> String {
    for suffix in ["ings", "ing", "ers", "er", "ies", "es", "ed", "s", "e"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.chars().count() >= 4 {
                return rest.to_string();
            }
        }
    }
    word.to_string()
}

/// People whose "cares about / working on" shares a word with what the user likes to give.
pub fn could_use_a_hand(people: &[Person], gives: &str) -> Vec<Hand> {
    let giving = key_words(gives);
    if giving.is_empty() {
        return Vec::new();
    }
    people
        .iter()
        .filter_map(|p| {
            let shared: Vec<String> = key_words(&p.cares_about)
                .intersection(&giving)
                .cloned()
                .collect();
            (!shared.is_empty()).then(|| Hand {
                person: p.id.clone(),
                name: p.name.clone(),
                shared,
            })
        })
        .collect()
}

/// Pairs where one person's "good at" shares a word with another's "cares about".
pub fn pairs(people: &[Person]) -> Vec<Pair> {
    let mut out = Vec::new();
    for helper in people {
        let skills = key_words(&helper.good_at);
        if skills.is_empty() {
            continue;
        }
        for helped in people.iter().filter(|p| p.id != helper.id) {
            let shared: Vec<String> = key_words(&helped.cares_about)
                .intersection(&skills)
                .cloned()
                .collect();
            if !shared.is_empty() {
                out.push(Pair {
                    helper: helper.id.clone(),
                    helper_name: helper.name.clone(),
                    helped: helped.id.clone(),
                    helped_name: helped.name.clone(),
                    shared,
                });
            }
        }
    }
    out
}
