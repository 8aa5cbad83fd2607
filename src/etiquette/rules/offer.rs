//! Reads offers as structures, not phrases: the writer as the one who acts ("I", "we",
//! "let me", "would you like me to"), a frame of ability or willingness ("can", "will",
//! "would be happy to", "am able to offer") and a verb of giving ("help", "share",
//! "introduce", "sponsor", "cite"). `no-give` asks this before its phrase list, so an offer
//! in words no list has met still counts: "we would also supply a list of registrants",
//! "I can provide any information that would assist you".

use crate::etiquette::lexicon::{is_negator, is_second_person};
use crate::etiquette::text::{Document, Gap, Sentence};

/// Does `sentence` hold an offer from the writer to the reader?
pub fn offers(doc: &Document, sentence: &Sentence) -> bool {
    reads_offer(doc, sentence, false)
}

/// [`offers`], or an ask whose point is the writer's own help: "Would love to be a
/// maintainer!", "would like to volunteer to help out", "I can design a logo for free",
/// "Would you need travel support?". For `no-give` such a request gives; it still asks
/// for something (a role, a yes), so `no-easy-out` reads [`offers`] alone.
pub fn gives(doc: &Document, sentence: &Sentence) -> bool {
    gives_free(doc, sentence)
        || asks_if_they_need_help(doc, sentence)
        || brings_ideas(doc, sentence)
        || help_for_them(doc, sentence)
        || reads_offer(doc, sentence, true)
}

/// "I have a few ideas how to improve the library", "I have some implementation advice and
/// solutions": the writer comes with something for the reader's work.
fn brings_ideas(doc: &Document, sentence: &Sentence) -> bool {
    let t = sentence.tokens.clone();
    t.clone().any(|i| {
        matches!(doc.word(i), "i" | "we")
            && i + 1 < t.end
            && matches!(doc.word(i + 1), "have" | "had")
            && (i + 2..t.end.min(i + 6))
                .take_while(|&k| doc.tokens[k].gap_before == Gap::Soft)
                .any(|k| {
                    matches!(
                        doc.word(k),
                        "ideas" | "suggestions" | "advice" | "solutions" | "improvements" | "fixes"
                    )
                })
    })
}

/// "…someone else to help you maintain this project", "so we can help you out": help
/// whose one who gains is the reader.
fn help_for_them(doc: &Document, sentence: &Sentence) -> bool {
    let t = sentence.tokens.clone();
    t.clone().skip(1).any(|i| {
        // Not the writer's own papers helping them do the favour ("any materials from me to
        // help you write this letter"), nor leave asked to help ("allow me to assist you").
        let own = (i.saturating_sub(5).max(t.start)..i).any(|k| {
            self_item(doc.word(k))
                || matches!(doc.word(k), "materials" | "allow" | "permit" | "let")
        });
        matches!(doc.word(i), "help" | "assist" | "support")
            && matches!(doc.word(i - 1), "to" | "can" | "could" | "would")
            && i + 1 < t.end
            && doc.word(i + 1) == "you"
            && doc.tokens[i + 1].gap_before == Gap::Soft
            && !own
    })
}

fn reads_offer(doc: &Document, sentence: &Sentence, wide: bool) -> bool {
    let tokens = sentence.tokens.clone();
    tokens.clone().any(|at| {
        let Some(frame_start) = writer_acts(doc, at, tokens.start)
            .or_else(|| subject_dropped(doc, at, tokens.start).filter(|_| wide))
        else {
            return false;
        };
        if purpose_clause(doc, at, tokens.start) {
            return false;
        }
        frame_ends_in_gift(doc, frame_start, tokens.end, wide)
    })
}

/// "Would like to volunteer to help out", "Happy to review it": a clause that opens on the
/// frame with its "I" left out, as people write in threads and notes.
fn subject_dropped(doc: &Document, at: usize, start: usize) -> Option<usize> {
    // After a comma or a line's end, not after a slot ("[specific area] would provide").
    let opens_clause = at == start
        || doc.tokens[at].gap_before == Gap::Hard && {
            let gap = &doc.text[doc.tokens[at - 1].span.end..doc.tokens[at].span.start];
            gap.contains([',', ';', ':', '\n', '!', '.']) && !gap.contains([']', '}', ')'])
        };
    (opens_clause
        && matches!(
            doc.word(at),
            "would" | "happy" | "glad" | "willing" | "keen" | "available" | "ready"
        ))
    .then_some(at)
}

/// "I want to design a new logo for the project completely free", "we'll do it free of
/// charge": the writer's work offered at no cost.
fn gives_free(doc: &Document, sentence: &Sentence) -> bool {
    let t = sentence.tokens.clone();
    let writer = t.clone().any(|i| {
        matches!(
            doc.word(i),
            "i" | "we" | "i'll" | "we'll" | "i'd" | "we'd" | "i'm" | "we're" | "me" | "us"
        )
    });
    let negated = t
        .clone()
        .any(|i| is_negator(doc.word(i)) || doc.word(i).ends_with("n't"));
    let free = t.clone().skip(1).any(|i| {
        let closes = i + 1 >= t.end || doc.tokens[i + 1].gap_before == Gap::Hard;
        match doc.word(i) {
            "free" => {
                (closes
                    && matches!(
                        doc.word(i - 1),
                        "for" | "completely" | "totally" | "entirely" | "absolutely"
                    ))
                    || (i + 2 < t.end && doc.word(i + 1) == "of" && doc.word(i + 2) == "charge")
            }
            "bono" => doc.word(i - 1) == "pro",
            "cost" => doc.word(i - 1) == "no" && i >= 2 && doc.word(i - 2) == "at",
            _ => false,
        }
    });
    writer && free && !negated
}

/// "Would you need travel support to get to Paris?", "Do you want a hand with the docs?":
/// asking whether they need help offers it.
fn asks_if_they_need_help(doc: &Document, sentence: &Sentence) -> bool {
    let t = sentence.tokens.clone();
    t.clone().skip(1).any(|i| {
        matches!(doc.word(i - 1), "would" | "do" | "will")
            && doc.word(i) == "you"
            && i + 1 < t.end
            && matches!(doc.word(i + 1), "need" | "want")
            && (i + 2..t.end.min(i + 6)).any(|j| {
                matches!(
                    doc.word(j),
                    "help" | "support" | "assistance" | "hand" | "reviewer" | "reviewers"
                )
            })
    })
}

/// Does the clause that ends at token `at` offer something ("happy to send it | if you're
/// interested")? The clause starts after the last punctuation before `at`.
pub fn offers_before(doc: &Document, sentence: &Sentence, at: usize) -> bool {
    let start = (sentence.tokens.start..at)
        .rev()
        .find(|&i| doc.tokens[i].gap_before == Gap::Hard)
        .unwrap_or(sentence.tokens.start);
    (start..at).any(|i| {
        writer_acts(doc, i, start).is_some_and(|from| frame_ends_in_gift(doc, from, at, false))
            || i == start && frame_ends_in_gift(doc, i, at, false)
    })
}

/// Is token `at` the writer as subject, and where does the frame after it start? "I",
/// "we" and their contractions; "me" or "us" after "let", "like", "want" ("let me send
/// you", "would you like me to introduce you"). "Would you allow me to assist you" asks.
fn writer_acts(doc: &Document, at: usize, start: usize) -> Option<usize> {
    match doc.word(at) {
        "i" | "we" | "i'll" | "we'll" | "i'd" | "we'd" | "i'm" | "we're" | "i've" | "we've" => {
            Some(past_aside(doc, at + 1))
        }
        "me" | "us" if at > start => {
            let before = doc.word(at - 1);
            matches!(before, "let" | "like" | "want" | "prefer").then_some(at + 1)
        }
        _ => None,
    }
}

/// Past a short aside in brackets right after the subject: "anything that I (or Recurly)
/// can do to help out" walks on from "can".
fn past_aside(doc: &Document, next: usize) -> usize {
    let gap = |k: usize| &doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start];
    if next >= doc.tokens.len() || !gap(next).contains('(') {
        return next;
    }
    (next + 1..(next + 6).min(doc.tokens.len()))
        .find(|&k| gap(k).contains(')'))
        .unwrap_or(next)
}

/// "so I can share it with my team", "advice on how I can support my students", "a role
/// where I can contribute": the writer's own purpose or a place they seek, not a gift.
fn purpose_clause(doc: &Document, at: usize, start: usize) -> bool {
    if at == start {
        return false;
    }
    let before = doc.word(at - 1);
    let before2 = if at >= start + 2 {
        doc.word(at - 2)
    } else {
        ""
    };
    match before {
        "so" | "where" | "which" | "whereby" => true,
        "that" => before2 == "so",
        "how" => matches!(
            before2,
            "on" | "about"
                | "of"
                | "advice"
                | "tips"
                | "ideas"
                | "suggestions"
                | "learn"
                | "understand"
                | "wondering"
                | "wonder"
                | "asking"
                | "ask"
        ),
        _ => false,
    }
}

/// Words that may stand between the writer and the verb: modals, "be", willingness and
/// ability, and small adverbs. Anything else ends the frame ("I hope to", "I need to").
fn frame_word(word: &str) -> bool {
    matches!(
        word,
        "can"
            | "could"
            | "will"
            | "would"
            | "shall"
            | "may"
            | "might"
            | "be"
            | "am"
            | "are"
            | "also"
            | "still"
            | "always"
            | "definitely"
            | "certainly"
            | "gladly"
            | "happily"
            | "really"
            | "more"
            | "than"
            | "very"
            | "so"
            | "absolutely"
            | "even"
            | "just"
            | "then"
            | "happy"
            | "glad"
            | "willing"
            | "keen"
            | "eager"
            | "ready"
            | "delighted"
            | "pleased"
            | "thrilled"
            | "able"
            | "available"
            | "to"
            | "love"
            | "like"
            | "offer"
            | "offering"
            | "volunteer"
            | "volunteering"
            | "too"
            | "interested"
            | "come"
            | "try"
            | "want"
            | "wanted"
            | "further"
            | "easily"
            | "best"
            | "typically"
            | "usually"
            | "often"
            | "generally"
            | "normally"
            | "keep"
            | "continue"
            | "reach"
            | "reaching"
            | "out"
            | "do"
            | "anything"
            | "something"
            | "whatever"
            | "any"
            | "thing"
            | "mind"
            | "wouldn't"
            | "don't"
            | "feel"
            | "confident"
    )
}

/// Verbs of giving something to the reader, in their forms.
fn gift_verb(word: &str) -> bool {
    matches!(
        word,
        "help"
            | "assist"
            | "aid"
            | "support"
            | "offer"
            | "provide"
            | "supply"
            | "give"
            | "share"
            | "send"
            | "pass"
            | "forward"
            | "introduce"
            | "refer"
            | "recommend"
            | "sponsor"
            | "fund"
            | "donate"
            | "contribute"
            | "credit"
            | "cite"
            | "acknowledge"
            | "feature"
            | "promote"
            | "showcase"
            | "highlight"
            | "pay"
            | "buy"
            | "treat"
            | "return"
            | "repay"
            | "mentor"
            | "host"
            | "lend"
            | "reimburse"
            | "compensate"
            | "teach"
            | "translate"
            | "review"
            | "test"
            | "fix"
            | "maintain"
            | "document"
            | "volunteer"
            | "invite"
            | "include"
            | "add"
            | "collaborate"
            | "combine"
            | "improve"
            | "enhance"
            | "build"
            | "write"
            | "devote"
            | "link"
            | "mention"
            | "make"
            | "have"
            | "open"
            | "submit"
            | "connect"
            | "put"
            | "serve"
            | "walk"
            | "create"
            | "design"
            | "prepare"
            | "draft"
    )
}

/// The giving verb `word` is a form of, if any: the base after a modal or "to" ("can
/// help"), the `-ing` form after "in" ("interested in helping", "in reviewing").
fn gift_verb_form<'w>(word: &'w str, before: &str) -> Option<&'w str> {
    if gift_verb(word) {
        return Some(word);
    }
    // "interested in helping", "keep providing", "continue maintaining", "take over
    // maintaining".
    let gerund_slot = matches!(before, "in" | "keep" | "continue" | "over" | "mind");
    let stem = word.strip_suffix("ing").filter(|_| gerund_slot)?;
    if gift_verb(stem) {
        return Some(stem);
    }
    GERUNDS
        .iter()
        .find(|(ing, _)| *ing == word)
        .map(|(_, base)| *base)
}

/// `-ing` forms that drop an "e" or double a letter.
const GERUNDS: &[(&str, &str)] = &[
    ("contributing", "contribute"),
    ("sharing", "share"),
    ("giving", "give"),
    ("providing", "provide"),
    ("introducing", "introduce"),
    ("translating", "translate"),
    ("featuring", "feature"),
    ("promoting", "promote"),
    ("donating", "donate"),
    ("writing", "write"),
    ("improving", "improve"),
    ("making", "make"),
    ("having", "have"),
    ("combining", "combine"),
    ("including", "include"),
    ("showcasing", "showcase"),
];

/// The same verbs done already: "I shared it with my groups", "I've linked your tool".
fn gift_given(word: &str) -> bool {
    matches!(
        word,
        "shared"
            | "featured"
            | "linked"
            | "recommended"
            | "promoted"
            | "cited"
            | "translated"
            | "fixed"
            | "donated"
            | "sponsored"
            | "credited"
    )
}

/// What the writer sends about themselves is no gift: "I can send my resume", "happy to
/// share more about my background", "I've attached my CV".
fn self_item(word: &str) -> bool {
    matches!(
        word,
        "resume"
            | "résumé"
            | "cv"
            | "portfolio"
            | "background"
            | "availability"
            | "details"
            | "information"
            | "info"
            | "contact"
            | "number"
            | "profile"
            | "application"
            | "experience"
            | "story"
            | "calendar"
            | "schedule"
            | "bio"
            | "website"
            | "linkedin"
            | "draft"
            | "paper"
            | "manuscript"
            | "essay"
            | "questions"
            | "agenda"
            | "times"
            | "credentials"
            | "references"
            | "transcript"
            | "qualifications"
            | "skills"
            | "work"
            | "writing"
            | "samples"
            | "proposal"
            | "pitch"
            | "deck"
    )
}

/// What the writer's own that is worth having: "I can share my notes", "happy to offer our
/// platform". Anything else of theirs ("my company", "my idea") is about them.
fn gift_item(word: &str) -> bool {
    matches!(
        word,
        "notes"
            | "research"
            | "findings"
            | "slides"
            | "list"
            | "network"
            | "contacts"
            | "help"
            | "time"
            | "support"
            | "expertise"
            | "services"
            | "platform"
            | "audience"
            | "newsletter"
            | "podcast"
            | "blog"
            | "data"
            | "results"
            | "report"
            | "template"
            | "templates"
            | "code"
            | "tool"
            | "tools"
            | "insights"
            | "feedback"
            | "thoughts"
            | "perspective"
            | "hands"
            | "assistance"
            | "knowledge"
            | "connections"
            | "spreadsheet"
            | "summary"
            | "recording"
    )
}

/// Walks the frame from `from`: frame words, then a verb of giving whose object is not the
/// writer's own material. The reader named inside the frame ("I would like you to help"),
/// a negation ("I can't offer much") or a break in the clause ends it.
fn frame_ends_in_gift(doc: &Document, from: usize, end: usize, wide: bool) -> bool {
    let mut at = from;
    let mut steps = 0;
    // "I'd", "we'll" carry their modal ("I'd volunteer myself"), and "let me" is an offer's
    // own frame ("let me send you the list").
    let modal_in_subject = from > 0
        && matches!(
            doc.word(from - 1),
            "i'd" | "i'll" | "we'd" | "we'll" | "me" | "us"
        );
    // A frame word seen (not just an adverb): "we actively share" is still a habit.
    let mut framed = false;
    while at < end && steps < 7 {
        // A frame that opens its clause ("Hi all, would like to…") starts on a break.
        if at > from && doc.tokens[at].gap_before == Gap::Hard {
            return false;
        }
        let word = doc.word(at);
        // "I wouldn't mind helping", "I don't mind reviewing": willing, not refusing.
        let minds = at + 1 < end && doc.word(at + 1) == "mind";
        if (is_negator(word) || is_second_person(word)) && !minds {
            return false;
        }
        // "I'm interested in being a mentor", "I could do a translation".
        if wide && (framed || modal_in_subject || steps > 0) && role_or_work(doc, at, end) {
            return true;
        }
        // A verb straight after the subject is a habit ("we host a podcast", "I teach
        // people"), not an offer; a past one is a gift already made.
        if framed || modal_in_subject {
            if let Some(verb) = gift_verb_form(word, doc.word(at - 1)) {
                if fits_frame(doc, from, at, verb) {
                    return object_is_a_gift(doc, verb, at + 1, end);
                }
            }
        }
        // "If I shared your letter with my editor" asks leave; it reports no gift.
        let hypothetical = from >= 2 && matches!(doc.word(from - 2), "if" | "whether");
        if (steps == 0 || doc.word(at - 1) == "have") && gift_given(word) && !hypothetical {
            return object_is_a_gift(doc, word, at + 1, end);
        }
        let perfect = word == "have" && steps == 0 && at + 1 < end && doc.word(at + 1) != "to";
        // "We can financially support…", "I'd personally introduce you": a manner adverb
        // keeps the frame ("only" and "early" are no manner of giving).
        let adverb =
            word.len() > 4 && word.ends_with("ly") && !matches!(word, "only" | "early" | "likely");
        // "I'd be interested in helping out": "in" after "interested" keeps the frame.
        let interested_in = word == "in" && matches!(doc.word(at - 1), "interested" | "confident");
        // "We would like to take over maintaining this project."
        let take_over = word == "take" && at + 1 < end && doc.word(at + 1) == "over"
            || word == "over" && doc.word(at - 1) == "take";
        // "Let me know what I could do that'd be most helpful", "anything we can do that
        // might help": what the writer would do, for the reader's good.
        if word == "do" && (framed || modal_in_subject) {
            let helps = (at + 1..(at + 6).min(end))
                .take_while(|&k| doc.tokens[k].gap_before == Gap::Soft)
                .any(|k| {
                    // "…that might help" or "help you", not "to help my career".
                    let help_them = doc.word(k) == "help"
                        && (k + 1 >= end
                            || doc.tokens[k + 1].gap_before == Gap::Hard
                            || matches!(doc.word(k + 1), "you" | "your" | "out"));
                    matches!(doc.word(k), "helpful" | "useful") || help_them
                });
            if helps {
                return true;
            }
        }
        // "Could I be of help?", "I'd be of any assistance I can".
        if word == "of" && doc.word(at - 1) == "be" {
            let mut k = at + 1;
            if k < end && matches!(doc.word(k), "any" | "some" | "more" | "further") {
                k += 1;
            }
            return k < end && matches!(doc.word(k), "help" | "assistance" | "use" | "service");
        }
        if !(frame_word(word) || perfect || interested_in || take_over || adverb) {
            return false;
        }
        framed |= !adverb;
        at += 1;
        steps += 1;
    }
    false
}

/// At token `at`, the gift as a role or a piece of work: "being a mentor", "become an
/// official maintainer", "do a translation".
fn role_or_work(doc: &Document, at: usize, end: usize) -> bool {
    let word = doc.word(at);
    if !matches!(word, "be" | "being" | "do" | "become" | "becoming")
        || at + 2 >= end
        || !matches!(doc.word(at + 1), "a" | "an" | "the")
        || doc.tokens[at + 2].gap_before != Gap::Soft
    {
        return false;
    }
    // "become an official maintainer": past one adjective.
    let adjective = matches!(doc.word(at + 2), "official" | "active" | "regular" | "new");
    let noun = if adjective && at + 3 < end {
        doc.word(at + 3)
    } else {
        doc.word(at + 2)
    };
    if word == "do" {
        matches!(noun, "translation" | "review" | "logo" | "design")
    } else {
        matches!(
            noun,
            "mentor"
                | "reviewer"
                | "maintainer"
                | "co-maintainer"
                | "comaintainer"
                | "volunteer"
                | "sponsor"
                | "tester"
                | "translator"
                | "helper"
                | "resource"
                | "collaborator"
                | "contributor"
        )
    }
}

/// A wish ("I'd like to cite your work", "I would like to send you the pilot") offers only
/// with the verbs that give in themselves; ability or willingness ("I can", "happy to")
/// offers with any of them, except contributing, which needs willingness: "I think I can
/// contribute" pitches the writer.
fn fits_frame(doc: &Document, from: usize, verb_at: usize, verb: &str) -> bool {
    let frame = || (from..verb_at).map(|i| doc.word(i));
    let willing = frame().any(|w| {
        matches!(
            w,
            "happy"
                | "glad"
                | "willing"
                | "keen"
                | "eager"
                | "ready"
                | "delighted"
                | "pleased"
                | "thrilled"
                | "available"
                | "offer"
                | "offering"
                | "volunteer"
                | "volunteering"
                | "gladly"
                | "happily"
        )
    });
    let wish = frame().any(|w| matches!(w, "like" | "love" | "want" | "wanted"));
    // Credit is given by the giving itself: "I would like to give the due credit".
    let credit = || {
        (verb_at + 1..doc.tokens.len().min(verb_at + 5)).any(|i| {
            matches!(
                doc.word(i),
                "credit" | "acknowledgement" | "acknowledgment" | "shout" | "shoutout" | "citation"
            )
        })
    };
    let gives_in_itself = matches!(
        verb,
        "help"
            | "assist"
            | "support"
            | "offer"
            | "introduce"
            | "return"
            | "repay"
            | "buy"
            | "treat"
            | "sponsor"
            | "feature"
            | "host"
            | "mentor"
            | "contribute"
            | "donate"
            | "fund"
            | "share"
            | "lend"
            | "invite"
            | "combine"
            | "maintain"
            | "include"
            | "add"
            | "link"
            | "mention"
            | "have"
            | "make"
    );
    match verb {
        _ if willing => true,
        "contribute" => false,
        "give" | "offer" if wish && credit() => true,
        _ if wish => gives_in_itself,
        _ => true,
    }
}

/// Things worth sending: "I can send you a few links", "I'll forward the article".
fn sendable(word: &str) -> bool {
    gift_item(word)
        || matches!(
            word,
            "link"
                | "links"
                | "article"
                | "articles"
                | "resources"
                | "introduction"
                | "intro"
                | "copy"
                | "recommendations"
                | "names"
                | "gift"
                | "book"
                | "books"
                | "paper"
                | "papers"
                | "leads"
                | "referrals"
                | "referral"
                | "invitation"
                | "tickets"
                | "ticket"
                | "pass"
                | "discount"
                | "sample"
                | "samples"
        )
}

/// After the verb: the writer's own material ("my resume", "more about myself", "it"
/// sent over for them to read) is not a gift; anything else, or nothing, is.
fn object_is_a_gift(doc: &Document, verb: &str, from: usize, end: usize) -> bool {
    let next = |k: usize| {
        let i = from + k;
        (i < end && doc.tokens[i].gap_before == Gap::Soft).then(|| doc.word(i))
    };
    let mut k = 0;
    // "send you my resume": the reader as receiver comes first; "share with you some of my
    // ideas" likewise.
    if next(0).is_some_and(|w| matches!(w, "you" | "u")) {
        k = 1;
    } else if next(0) == Some("with") && next(1).is_some_and(|w| matches!(w, "you" | "u")) {
        k = 2;
        if next(k).is_some_and(|w| matches!(w, "some" | "a" | "few" | "all"))
            && next(k + 1) == Some("of")
        {
            k += 2;
        }
    }
    if matches!(verb, "send" | "forward" | "pass") {
        // Only a thing worth having: "send you a few links", not "send you the pilot".
        if next(k) == Some("to") && next(k + 1).is_some_and(|w| matches!(w, "you" | "u")) {
            k += 2;
        }
        if next(k).is_some_and(|w| matches!(w, "along" | "on" | "over")) {
            k += 1;
        }
        return (k..k + 4).map_while(next).any(sendable);
    }
    if verb == "share" {
        // "we share a similar past", "with whom I share research interests".
        let common = (k..k + 4).map_while(next).any(|w| {
            matches!(
                w,
                "similar"
                    | "interest"
                    | "interests"
                    | "passion"
                    | "passions"
                    | "values"
                    | "background"
                    | "mutual"
                    | "common"
                    | "goal"
                    | "goals"
                    | "love"
            )
        });
        if common {
            return false;
        }
    }
    if verb == "give"
        && (k..k + 5)
            .map_while(next)
            .any(|w| matches!(w, "try" | "shot" | "go" | "whirl"))
    {
        return false;
    }
    // Verbs that give only with the right object: "include your name", "add you to the
    // authors", "make introductions", "have you on the show", "invite you to speak",
    // "collaborate with you", "combine efforts".
    match verb {
        // "add you as a collaborator", "include your name", "include a thank you to you in
        // the README".
        "include" | "add" | "link" | "mention" => {
            // "add you to my professional network on LinkedIn" asks for a connection.
            let network = (k..k + 6)
                .map_while(next)
                .any(|w| matches!(w, "network" | "linkedin" | "connections" | "contacts"));
            return !network && next(0).is_some_and(|w| matches!(w, "your" | "you" | "u"))
                || (k..k + 4).map_while(next).any(|w| {
                    matches!(
                        w,
                        "thank" | "thanks" | "credit" | "acknowledgement" | "acknowledgment"
                    )
                });
        }
        // "walk you through the template".
        "walk" => return k == 1 && next(1) == Some("through"),
        // "make introductions", "make our tools available", "make a PR", "open a pull
        // request", "submit a patch".
        "make" | "open" | "submit" => {
            return (k..k + 3).map_while(next).any(|w| {
                matches!(w, "pr" | "pull" | "patch" | "patches" | "prs")
                    || verb == "make"
                        && matches!(
                            w,
                            "introductions"
                                | "introduction"
                                | "intro"
                                | "intros"
                                | "available"
                                | "announcement"
                        )
            })
        }
        // "connect you two", "connect you with her"; not "connect with you".
        "connect" => {
            return k == 1 && next(1).is_some_and(|w| matches!(w, "two" | "both" | "with" | "to"))
        }
        // "create a graphic for you", "prepare you a summary": made for the reader.
        "create" | "design" | "prepare" | "draft" => {
            return next(0).is_some_and(|w| matches!(w, "you" | "u"))
                || (k..k + 6)
                    .map_while(next)
                    .collect::<Vec<_>>()
                    .windows(2)
                    .any(|w| w == ["for", "you"])
        }
        // "put you in touch with my account manager".
        "put" => {
            return k == 1
                && next(1) == Some("in")
                && next(2).is_some_and(|w| matches!(w, "touch" | "contact"))
        }
        // "I'd volunteer myself".
        "volunteer" if next(0) == Some("myself") => return true,
        // "have you on the show", "have you speak"; not "have you over to brainstorm
        // with me" or "have you in my network".
        "have" => {
            return k == 1
                && next(1).is_some_and(|w| {
                    matches!(
                        w,
                        "on" | "speak" | "present" | "join" | "as" | "talk" | "at"
                    )
                })
                && !(2..6)
                    .map_while(next)
                    .any(|w| matches!(w, "network" | "me"))
        }
        // "invite you to speak", not "invite you to join my network".
        "invite" => {
            return k == 1
                && !(k..k + 5).map_while(next).any(|w| {
                    matches!(
                        w,
                        "network" | "linkedin" | "connect" | "connection" | "connections"
                    )
                })
        }
        "collaborate" => return next(k) == Some("with") && next(k + 1) == Some("you"),
        "combine" => return next(k).is_some_and(|w| matches!(w, "efforts" | "forces")),
        _ => {}
    }
    if verb == "pay" && next(k) == Some("it") && next(k + 1) == Some("forward") {
        return false;
    }
    // "buy you lunch", not "buy you a coffee and chat": the treat is only the ask's vehicle.
    if matches!(verb, "treat" | "buy") {
        let vehicle = (1..12).map_while(next).any(|w| {
            matches!(
                w,
                "chat" | "talk" | "pick" | "discuss" | "ask" | "hear" | "learn"
            )
        });
        return matches!(next(0), Some("you" | "u")) && !vehicle;
    }
    match next(k) {
        Some("my" | "our") => next(k + 1).is_some_and(gift_item),
        Some("myself" | "ourselves" | "me" | "us") => false,
        Some("more" | "a" | "some") if matches!(verb, "share" | "send" | "provide" | "give") => {
            let about = (k + 1..k + 4).find(|&j| next(j) == Some("about"));
            !about.is_some_and(|j| {
                next(j + 1).is_some_and(|w| matches!(w, "me" | "myself" | "my" | "us" | "our"))
            }) && !next(k + 1).is_some_and(self_item)
        }
        Some("that") if verb == "share" => false,
        Some("it" | "them" | "this" | "over") if matches!(verb, "send" | "forward" | "pass") => {
            false
        }
        Some(w) if self_item(w) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offers_in(text: &str) -> bool {
        let doc = Document::new(text);
        doc.sentences.iter().any(|s| gives(&doc, s))
    }

    #[test]
    fn offers_in_words_no_list_holds() {
        for text in [
            "We would also supply a list of registrants for you to follow up with.",
            "Please let me know what I could do that'd be most helpful right now.",
            "Could I be of help, or do you have it under control?",
            "I also wanted to see if there is anything that I (or Recurly) can do to help out.",
            "Please let me know if there is any information I can provide to assist you.",
            "I will give it prominent placement on the cover.",
            "I would love to schedule a quick call to explore how we can help.",
            "I'd be more than happy to share my notes from the course.",
            "Would you like me to introduce you to her?",
            "I shared it with my two design groups.",
            "We'd love to have you on the show next month.",
            "I would like to include your name in our proposal.",
            "Maybe we can combine efforts?",
            "I can help.",
            "I'd be interested in reviewing the open pull requests.",
            "Of course, I'd volunteer myself if you don't mind.",
            "I can make a PR if you like what you see.",
            "Figured I'd connect you two.",
            "Let me send you the list of venues.",
            "Would you like me to make an announcement that you have taken over?",
            "I can still keep providing CI support for them.",
            "We would like to take over maintaining this project.",
            "I can walk you through the budget template I built.",
            "I can also add you as a collaborator.",
            "I'll include a thank you to you in the README.",
            "I want to figure out how I can best support you.",
            "If there is any thing I can do to serve you here, you may depend on it.",
            "We looked at whether we could do anything to help.",
            "We can create a graphic for you to promote the talk.",
            "If you'd like, I can put you in touch with my account manager.",
            "We can financially support the speaker's travel.",
            "I would like to give the due credit with a citation.",
            "We'll typically reach out to help with the setup.",
            "Hi all, would like to volunteer to help out as a co-maintainer if possible.",
            "I wouldn't mind helping.",
            "Hi, I want to design a new logo for the project completely free...",
            "I'm interested in being a mentor for the summer programme.",
            "I could do a translation to German!",
            "Would you need travel support to get to Paris?",
            "I am interested to become an official maintainer of this repo.",
            "I have a few ideas how to improve the library.",
            "Would you like to have someone else to help you maintain this project?",
            "I feel confident in aiding the longevity of the project.",
        ] {
            assert!(offers_in(text), "{text}");
        }
    }

    #[test]
    fn the_writers_own_wishes_and_habits_are_not_offers() {
        for text in [
            "I can send my resume if that helps.",
            "I'd be happy to share more about my background.",
            "Could you share your advice so I can help my team?",
            "I'd like advice on how I can support my students.",
            "I'm looking for a role where I can contribute.",
            "I would like you to help me with my thesis.",
            "I can't offer much in return.",
            "We host long-form conversations with founders.",
            "I would like to cite your work in my paper.",
            "I would like to send to you the pilot.",
            "I see we share a similar past.",
            "I would like to give this challenge a try.",
            "I'll pay it forward.",
            "I think I can contribute to the project.",
            "I wanted to invite you to join my network on LinkedIn.",
            "I'd love to buy you a coffee sometime and chat.",
            "I'd love to have you in my network.",
            "I have to write a news story for my course.",
            "I'd like to introduce myself.",
            "Would it be ok with you if I shared your letter with my editor?",
            "I'd like to take over the name on the registry.",
            "I'd like to add you to my professional network on LinkedIn.",
            "I could do something to help my career.",
            "We can create a new chapter in the city.",
            "We actively share knowledge with other chapters.",
            "I'd love to share with you some of my ideas and get some advice.",
            "Would you be willing to allow me to assist you in the studio?",
            "I actually build tools like this for fun.",
            "Happy to chat if you're game.",
            "I'd love to connect with you.",
            "I would like to make a career change.",
            "I would not mind a quick call.",
            "I can't do it for free.",
            "I'm looking for free resources on pricing.",
            "Would you need anything else from me?",
            "Would be great if you could help me.",
            "I'd like to be a part of the team.",
            "Your experience with [specific area] would provide valuable insight.",
            "I have a few questions about the library.",
            "Could you help me with my thesis?",
        ] {
            assert!(!offers_in(text), "{text}");
        }
    }
}
