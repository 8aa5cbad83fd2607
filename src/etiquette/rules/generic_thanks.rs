//! `generic-thanks`: thanks that never names what the person did.

use super::{Check, Rule};
use crate::etiquette::text::{Document, Gap, Sentence};

/// Words that can follow "thanks for" without saying what the person did:
/// "thanks for all your support over the last few weeks".
const VAGUE: &[&str] = &[
    "all",
    "your",
    "you",
    "everything",
    "help",
    "time",
    "support",
    "the",
    "so",
    "much",
    "again",
    "of",
    "it",
    "that",
    "this",
    "do",
    "did",
    "done",
    "have",
    "has",
    "assistance",
    "really",
    "everything's",
    "over",
    "during",
    "in",
    "past",
    "last",
    "few",
    "weeks",
    "week",
    "month",
    "day",
    "night",
    "yesterday",
    "today",
    "earlier",
    "other",
    "lately",
    "appreciate",
    "it's",
    "much",
    "given",
    "months",
    "days",
    "year",
    "years",
    "couple",
    "recent",
    "recently",
    "lately",
    "these",
    "those",
    "kindness",
    "generosity",
    "patience",
    "encouragement",
    "guidance",
    "being",
    "there",
    "such",
    "a",
    "an",
    "great",
    "kind",
    "always",
    "me",
    "on",
    "with",
    "and",
    "for",
    "my",
    "way",
    "ever",
    "you've",
    "given",
    "gave",
    "throughout",
    "whole",
    "entire",
    "process",
    "journey",
    "search",
    "job",
    "hunt",
    "very",
    "truly",
    "sincerely",
    "just",
    "what",
    "i",
    "to",
    "at",
    "all's",
    "lot",
    "lots",
    // "Thanks for all your hard work", "for all the time and energy you've brought":
    // the work in general, with nothing of what it was.
    "hard",
    "work",
    "efforts",
    "effort",
    "contributions",
    "service",
    "here",
    "energy",
    "brought",
    "put",
    "invaluable",
    "fundamental",
    "amazing",
    "awesome",
    "wonderful",
    "tireless",
    "dedication",
    "many",
    // "for all your work on this repo": the project in general, not a piece of it.
    "repo",
    "repository",
    "project",
    "community",
];

/// Body words up to which a note with only a bare "thanks" is nothing but thanks.
const BARE: usize = 12;

/// Body words past which a thank-you has more to it than its vague thanks.
const SAYS_MORE: usize = 60;

pub struct GenericThanks;

impl Rule for GenericThanks {
    fn id(&self) -> &'static str {
        "generic-thanks"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // "Thanks for your help" and nothing more is generic; a note with more to it than
        // that says what they did somewhere, in words no list can foresee ("I had a great
        // time working with you… the hands-on experience…").
        if check.satisfied()
            || check.doc.body_word_count() > SAYS_MORE
            || names_what_they_did(check.doc)
            || says_what_they_did_elsewhere(check.doc)
        {
            return;
        }
        let first = check.phrase_hits().next();
        if let Some((hit, spec)) = first.filter(|_| !their_work_works(check.doc)) {
            check.report_phrase(hit, spec);
        } else if let Some((from, to)) = bare_thanks(check.doc)
            .filter(|_| check.doc.body_word_count() <= BARE && !says_what_for(check.doc))
        {
            let words = check.doc.original_range(from, to);
            check.report(
                check.span(from, to),
                format!(
                    "“{words}” alone doesn't say what they did. Name it, and what it meant to you."
                ),
                None,
            );
        }
    }
}

/// Words of praise that, before a noun, name the thing praised: "Lovely article.", "Great
/// finds!".
const PRAISE: &[&str] = &[
    "lovely",
    "great",
    "nice",
    "awesome",
    "amazing",
    "excellent",
    "wonderful",
    "fantastic",
    "brilliant",
    "superb",
    "cool",
    "neat",
    "beautiful",
    "fabulous",
    "impressive",
];

/// A short note says what it thanks for in words of its own: praise for a thing ("Great
/// finds!"), what they appreciate ("I appreciate being added!"), a piece of their work or
/// what it did ("Thank you, the fix works perfectly.", "Thanks, that fixed it for me!").
fn says_what_for(doc: &Document) -> bool {
    let worked = doc.layout.body.clone().any(|i| {
        WORK.contains(&doc.word(i))
            || matches!(
                doc.word(i),
                "fixed"
                    | "works"
                    | "worked"
                    | "solved"
                    | "resolved"
                    | "fixes"
                    | "solves"
                    | "improves"
                    | "improved"
            )
    });
    worked
        || doc.body_sentences().any(|s| {
            (s.tokens.start..s.tokens.end).any(|i| {
                let next = i + 1 < s.tokens.end && doc.tokens[i + 1].gap_before == Gap::Soft;
                match doc.word(i) {
                    w if PRAISE.contains(&w) => {
                        // "This looks great Nicolas." praises, and names the reader, not a
                        // thing.
                        let name_after = doc.tokens.get(i + 1).is_some_and(|t| t.capitalized)
                            && i > s.tokens.start;
                        next && !name_after
                            && !VAGUE.contains(&doc.word(i + 1))
                            && !matches!(doc.word(i + 1), "job" | "you" | "stuff" | "one")
                    }
                    "appreciate" => (i + 1..s.tokens.end)
                        .take_while(|&k| doc.tokens[k].gap_before == Gap::Soft)
                        .any(|k| !VAGUE.contains(&doc.word(k))),
                    _ => false,
                }
            })
        })
}

/// "Your example works perfectly!", "the patch fixed it": what their work did, said in a
/// sentence of its own with "your" or "the" before the work.
fn their_work_works(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        !thanks_or_please(doc, s)
            && (s.tokens.start + 2..s.tokens.end).any(|i| {
                matches!(
                    doc.word(i),
                    "works" | "worked" | "fixed" | "solved" | "resolved"
                ) && matches!(doc.word(i - 2), "your" | "the" | "this")
            })
    })
}

/// The thanks in a note that is little more than thanks: "Thanks Gilles!!", "Thank you
/// friend.", "Perfect, thanks!", outside quotes.
fn bare_thanks(doc: &Document) -> Option<(usize, usize)> {
    let body = doc.layout.body.clone();
    body.clone().find_map(|i| {
        if doc.is_quoted(doc.tokens[i].span.start) {
            return None;
        }
        match doc.word(i) {
            "thanks" | "thx" | "ty" => Some((i, i)),
            "thank" if i + 1 < body.end && doc.word(i + 1) == "you" => Some((i, i + 1)),
            _ => None,
        }
    })
}

/// Words that carry the thanks itself: "thank you", "thanks", "I'm grateful", "I appreciate".
fn is_thanks_word(word: &str) -> bool {
    matches!(
        word,
        "thank" | "thanks" | "grateful" | "appreciate" | "gratitude" | "shoutout" | "kudos"
    )
}

/// "Thank you for the hour you spent on my portfolio" says what they did: some word after
/// "for" is not one of the [`VAGUE`] ones.
pub(crate) fn names_what_they_did(doc: &Document) -> bool {
    // "for the $20 check": a currency sign or a quote mark is no break in the clause.
    let joined = |i: usize| {
        doc.tokens[i].gap_before == Gap::Soft
            || doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start]
                .trim()
                .chars()
                .all(|c| matches!(c, '$' | '£' | '€' | '"' | '\u{201c}' | '\''))
    };
    // The words after `from`, up to the clause's end, hold one that is not vague.
    // The reader hailed at the clause's end is no part of what they did: "Thank you for all
    // of your contributions to OSM Jon!", "Thanks for all of your help here, @axw!".
    let hailed = |i: usize, from: usize, end: usize| {
        let last = i + 1 >= end || !joined(i + 1);
        let named = doc.tokens[i].capitalized && !doc.tokens[i].all_caps || doc.is_handle(i);
        named && last && i > from && VAGUE.contains(&doc.word(i - 1))
    };
    let names = |from: usize, end: usize| {
        (from..end)
            .take_while(|&i| joined(i))
            .any(|i| !VAGUE.contains(&doc.word(i)) && !hailed(i, from, end))
    };
    doc.body_sentences().any(|s| {
        // Every thanks in the sentence: "Thanks so much @agricolamz -- I appreciate both of
        // your inputs on this package" says it with its second.
        s.tokens.clone().any(|at| match doc.word(at) {
            // "I appreciate your inputs on this package": the object follows.
            "appreciate" => at + 1 < s.tokens.end && names(at + 1, s.tokens.end),
            // "Thanks to @ajermakovics, we now finally support dark mode": what their work
            // made possible, in a clause after the name.
            w if is_thanks_word(w) && thanks_to_then_clause(doc, s, at) => true,
            w if is_thanks_word(w) => {
                let Some(for_at) = (at..s.tokens.end).find(|&i| doc.word(i) == "for") else {
                    return false;
                };
                // Only the clause after "for": "thanks for your help, it means a lot" names
                // nothing.
                for_at + 1 < s.tokens.end
                    && doc.tokens[for_at + 1].gap_before == Gap::Soft
                    && names(for_at + 1, s.tokens.end)
            }
            _ => false,
        })
    })
}

/// "Thanks to @ajermakovics, we now finally support dark mode.": "to", a handle or a name,
/// a comma, and a clause of three words or more.
fn thanks_to_then_clause(doc: &Document, s: &Sentence, at: usize) -> bool {
    let named = at + 2 < s.tokens.end
        && doc.word(at + 1) == "to"
        && (doc.is_handle(at + 2) || doc.tokens[at + 2].capitalized);
    named && {
        let after = (at + 3..s.tokens.end).find(|&i| doc.tokens[i].gap_before == Gap::Hard);
        after.is_some_and(|from| {
            doc.text[doc.tokens[from - 1].span.end..doc.tokens[from].span.start].contains(',')
                && s.tokens.end - from >= 3
        })
    }
}

/// Words that open a sentence about the reader without saying what they did: good wishes,
/// asks, plans, regrets ("Hope you have a great weekend", "Sorry to see you go").
const NOT_WHAT_THEY_DID: &[&str] = &[
    "hope", "wish", "have", "let", "looking", "look", "if", "please", "keep", "enjoy", "take",
    "see", "talk", "speak", "can", "could", "would", "will", "do", "did", "are", "best", "all",
    "cheers", "good", "wishing", "hoping", "until", "sorry", "despite", "its", "it's", "nooo",
];

/// Words before "you" that make it the object, not the doer: "see you", "with you".
const BEFORE_OBJECT_YOU: &[&str] = &[
    "see", "with", "to", "for", "thank", "thanks", "meet", "meeting", "miss", "love", "know",
    "wish", "tell", "hear", "help", "helps", "let", "like", "of", "at", "from", "around", "about",
    "by", "on", "into", "up", "seeing", "than",
];

/// "Thank you so much!" after "You saved me in the final work on my degree" or "The patch
/// you've provided works: all cases pass" is thanks for what that sentence says: another
/// statement of five words or more, neither a wish nor an ask, in which the reader does
/// something ("you saved", "you've provided"; "you're an awesome person" does nothing).
fn says_what_they_did_elsewhere(doc: &Document) -> bool {
    names_the_work(doc)
        || handle_did(doc)
        || doc.body_sentences().any(|s| {
            !s.question
                && s.tokens.len() >= 5
                && !thanks_or_please(doc, s)
                && !NOT_WHAT_THEY_DID.contains(&doc.word(s.tokens.start))
                && (s.tokens.start..s.tokens.end - 1).any(|i| {
                    matches!(doc.word(i), "you" | "you've")
                        && (i == s.tokens.start || !BEFORE_OBJECT_YOU.contains(&doc.word(i - 1)))
                        && !matches!(
                            doc.word(i + 1),
                            "are"
                                | "were"
                                | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "guys"
                                | "all"
                                | "too"
                        )
                })
        })
}

/// Things a person makes or does for others, named as such: "I'm okay with this merge",
/// "phenomenal job on this blog post", "This implementation is included".
const WORK: &[&str] = &[
    "merge",
    "implementation",
    "pr",
    "patch",
    "fix",
    "release",
    "post",
    "article",
    "blog",
    "talk",
    "book",
    "course",
    "tutorial",
    "video",
    "library",
    "plugin",
    "package",
    "template",
    "review",
    "feature",
    "docs",
    "documentation",
    "guide",
    "tool",
    "commit",
    "presentation",
    "workshop",
    "podcast",
    "episode",
    "newsletter",
    "recipe",
    "port",
    "rewrite",
    "refactor",
    "translation",
    "translations",
    "addition",
    // "your suggestions have been applied", "I like the idea of having these badges", "your
    // document is very good". Not "changes": "Thanks for this, I agree with the changes"
    // names nothing.
    "suggestions",
    "suggestion",
    "edits",
    "idea",
    "document",
    // "And your referral meant so much to me."
    "referral",
    "recommendation",
    "introduction",
    "intro",
    "walkthrough",
];

/// Another sentence, neither thanks, ask nor question, names a piece of their work with a
/// pointing word ("this merge", "the implementation", "your talk").
///
/// The thanks' own sentence counts past the thanks, in a clause of its own: "Thanks so much
/// @shannonpileggi, your suggestions have been applied."
fn names_the_work(doc: &Document) -> bool {
    let points_at_work = |from: usize, end: usize| {
        (from + 1..end).any(|i| {
            WORK.contains(&doc.word(i))
                && (from..i)
                    .rev()
                    .take(2)
                    .any(|j| matches!(doc.word(j), "this" | "that" | "the" | "your" | "these"))
        })
    };
    doc.body_sentences().any(|s| {
        if s.question || s.tokens.len() < 3 {
            return false;
        }
        if !thanks_or_please(doc, s) {
            return points_at_work(s.tokens.start, s.tokens.end);
        }
        // Past the thanks and the names after it, a new clause that is no ask.
        let please = s.tokens.clone().any(|i| doc.word(i) == "please");
        let thanks = s.tokens.clone().find(|&i| is_thanks_word(doc.word(i)));
        let clause = thanks
            .and_then(|at| (at + 1..s.tokens.end).find(|&i| doc.tokens[i].gap_before == Gap::Hard));
        !please && clause.is_some_and(|from| points_at_work(from, s.tokens.end))
    })
}

/// The sentence thanks them or asks them ("please"): it is not the one that says what they
/// did.
fn thanks_or_please(doc: &Document, s: &Sentence) -> bool {
    s.tokens
        .clone()
        .any(|i| is_thanks_word(doc.word(i)) || doc.word(i) == "please")
}

/// A sentence that opens on a handle and what they did: "@melissahilldees connected @charise
/// with Kristin Medlin. Thanks!!", "@gperez13 has generously offered to help".
fn handle_did(doc: &Document) -> bool {
    doc.body_sentences().any(|s| {
        let i = s.tokens.start;
        if !doc.is_handle(i) || s.tokens.len() < 3 {
            return false;
        }
        // "@justaugustus for giving us a huge head start": the handle, then what for.
        if doc.word(i + 1) == "for"
            && (i + 2..s.tokens.end)
                .take_while(|&k| doc.tokens[k].gap_before == Gap::Soft)
                .any(|k| !VAGUE.contains(&doc.word(k)))
        {
            return true;
        }
        let mut k = i + 1;
        // "has generously offered": past "has" and a word in "-ly".
        while k < s.tokens.end
            && (matches!(doc.word(k), "has" | "have" | "just" | "kindly")
                || doc.word(k).ends_with("ly"))
        {
            k += 1;
        }
        k < s.tokens.end
            && doc.tokens[k].gap_before == Gap::Soft
            && (doc.word(k).ends_with("ed")
                || matches!(
                    doc.word(k),
                    "made"
                        | "wrote"
                        | "built"
                        | "did"
                        | "gave"
                        | "sent"
                        | "took"
                        | "found"
                        | "brought"
                ))
    })
}
