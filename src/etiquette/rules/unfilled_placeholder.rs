//! `unfilled-placeholder`: template slots left in: "[Name]", "{company}", "<NAME>",
//! "(Last Name)", "____", "recruiter_name", "XXX", "TBD", "TODO".

use super::{Check, Rule};
use crate::etiquette::Span;

/// Words of which snake_case slot names are made ("recruiter_name", "job_ID", "COMPANY").
const SLOT_PARTS: &[&str] = &[
    "name",
    "first",
    "last",
    "full",
    "company",
    "title",
    "role",
    "position",
    "job",
    "date",
    "time",
    "day",
    "id",
    "link",
    "url",
    "email",
    "mail",
    "number",
    "phone",
    "address",
    "school",
    "university",
    "team",
    "city",
    "event",
    "topic",
    "field",
    "industry",
    "person",
    "recruiter",
    "contact",
    "manager",
    "recipient",
    "sender",
    "your",
    "their",
    "his",
    "her",
    "my",
    "org",
    "organization",
    "organisation",
    "department",
    "project",
    "product",
    "skill",
    "skills",
    "interest",
    "mutual",
    "connection",
    "location",
    "salary",
    "degree",
    "major",
    "program",
    "course",
    "here",
    "insert",
    "placeholder",
    "slot",
    "client",
    "customer",
    "hiring",
];

/// Lower-case words that name a slot in square or angle brackets: "[name]", "<company>".
const SLOT_WORDS: &[&str] = &[
    "name",
    "first name",
    "last name",
    "full name",
    "your name",
    "their name",
    "company",
    "company name",
    "role",
    "job title",
    "title",
    "position",
    "date",
    "link",
    "url",
    "location",
    "city",
    "school",
    "team",
    "industry",
    "field",
    "recipient",
    "contact",
    "mutual connection",
    "mutual friend",
    "event",
    "topic",
];

/// Last words that make a short bracketed phrase a slot: "[company name]", "(job title)".
const SLOT_HEADS: &[&str] = &[
    "name",
    "names",
    "company",
    "title",
    "position",
    "role",
    "date",
    "school",
    "university",
    "college",
    "industry",
    "field",
    "organization",
    "organisation",
    "department",
    "city",
    "id",
    "number",
    "link",
    "url",
    "here",
    "program",
    "programme",
    "degree",
    "major",
    "event",
    "topic",
    "firm",
    "team",
    "article",
    "project",
    "skill",
    "skills",
    "job",
    "person",
    "contact",
    "location",
    "time",
    "day",
    "month",
    "year",
    "amount",
    "email",
    "phone",
];

/// Does a short bracketed phrase read like a slot name ("insert company", "Last Name")?
fn slot_phrase(inner: &str) -> bool {
    let lower = inner.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    SLOT_WORDS.contains(&lower.as_str())
        || lower.starts_with("insert ")
        || lower.starts_with("name of ")
        || lower.starts_with("your ") && words.len() <= 3
        || (words.len() <= 4
            && SLOT_HEADS.contains(last)
            && words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '/')
            }))
}

/// Words a publisher marks a removal with: "[redacted]", "[Deleted]", "[omitted here]".
const REMOVALS: &[&str] = &[
    "redacted",
    "redaction",
    "removed",
    "omitted",
    "withheld",
    "anonymized",
    "anonymised",
    "deleted",
    "censored",
    "snipped",
    "snip",
    "elided",
    "illegible",
    // Cloudflare's "[email protected]": a page hid an address, the sender wrote one.
    "protected",
];

/// Words put in brackets to hide an address from harvesters: "jo [at] example [dot] com".
const OBFUSCATIONS: &[&str] = &["at", "dot"];

/// Words that start an editor's insertion into a quote rather than a slot name: a subject
/// ("[I am] a freshman", "[we team taught a course]") or a lone function word ("[to]").
const INSERTION_STARTS: &[&str] = &[
    "i", "we", "he", "she", "they", "it", "to", "and", "or", "but", "the", "a", "an", "as", "this",
    "that",
];

/// Verbs that end an editor's insertion: "[Former student is] not innately mathematical",
/// "the course [was] full".
const INSERTION_ENDS: &[&str] = &["is", "am", "are", "was", "were", "has", "have", "had"];

/// Longest bracketed text still taken for a slot; longer is an aside.
const LONGEST_SLOT: usize = 40;

pub struct UnfilledPlaceholder;

impl Rule for UnfilledPlaceholder {
    fn id(&self) -> &'static str {
        "unfilled-placeholder"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let text = check.doc.text;
        // Bracketed slots come out sorted and disjoint, so a binary search finds whether a
        // marker word sits inside one (a linear scan here made huge inputs quadratic).
        let slots: Vec<Span> = bracketed(text);
        let inside_slot = |span: &std::ops::Range<usize>| {
            let i = slots.partition_point(|s| s.end <= span.start);
            slots
                .get(i)
                .is_some_and(|s| s.start <= span.start && span.end <= s.end)
        };
        let mut found = slots.clone();
        for (i, token) in check.doc.tokens.iter().enumerate() {
            // Every marker starts with T, F or X; most words can be skipped on one byte.
            if !matches!(
                text.as_bytes()[token.span.start],
                b'T' | b'F' | b'X' | b'x' | b'Y' | b'Z' | b'S'
            ) {
                continue;
            }
            let original = check.doc.original(i);
            // "the TODO list", "a TODO item": the name of a real list, not a slot.
            let named_list = original == "TODO"
                && (i > 0
                    && matches!(
                        check.doc.word(i - 1),
                        "the" | "a" | "our" | "my" | "your" | "this"
                    )
                    || check.doc.tokens.get(i + 1).is_some_and(|_| {
                        matches!(
                            check.doc.word(i + 1),
                            "list" | "lists" | "item" | "items" | "file"
                        )
                    }));
            let marker = !named_list
                && matches!(original, "TODO" | "TBD" | "FIXME" | "XXX" | "XYZ")
                || stand_in_list(check.doc, i)
                || crate::etiquette::lexicon::is_x_run(original);
            if marker && !inside_slot(&token.span) {
                found.push(Span::new(token.span.start, token.span.end));
            }
        }
        found.extend(loose_slots(text));
        found.extend(instruction_runs(check.doc));
        found.sort_by_key(|s| s.start);
        // One finding for "XXX-XXX-XXXX": slots joined by a dash or a dot are one slot.
        let mut merged: Vec<Span> = Vec::with_capacity(found.len());
        for span in found {
            match merged.last_mut() {
                Some(last)
                    if span.start <= last.end
                        || (span.start - last.end <= 1
                            && text[last.end..span.start]
                                .chars()
                                .all(|c| matches!(c, '-' | '.' | '/'))) =>
                {
                    last.end = last.end.max(span.end);
                }
                _ => merged.push(span),
            }
        }
        let found = merged;
        for span in found {
            let slot = &text[span.start..span.end];
            check.report(span, format!("“{slot}” is a template slot left unfilled: put in the real detail before sending."), None);
        }
    }
}

/// Runs of capitals that tell the sender what to fill in: "INSERT LINK HERE", "INSERT DATE
/// CLOSE TO CONFERENCE", "PUT YOUR NAME HERE", "NAME HERE". Two words at least, so a lone
/// "HERE" or "ADD" is left to `shouting`.
fn instruction_runs(doc: &crate::etiquette::text::Document) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.tokens[i].all_caps {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < doc.tokens.len() && doc.tokens[i + 1].all_caps && i - start < 8 {
            i += 1;
        }
        if i > start && is_instruction(doc, start, i) {
            out.push(Span::new(
                doc.tokens[start].span.start,
                doc.tokens[i].span.end,
            ));
        }
        i += 1;
    }
    out
}

/// Does the run of capitals from `start` to `end` read as an instruction to the sender?
pub(crate) fn is_instruction(
    doc: &crate::etiquette::text::Document,
    start: usize,
    end: usize,
) -> bool {
    matches!(
        doc.word(start),
        "insert" | "add" | "put" | "enter" | "replace" | "type" | "names" | "fill"
    ) || doc.word(end) == "here"
}

/// `[Name]`, `{company}`, `{{first_name}}`, `<NAME>`: short, one line, with a letter, and not
/// a link (`[text](url)`), an address (`<a@b.com>`) or a heart (`<3`).
fn bracketed(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    // Start at the first bracket (three fast single-byte searches); most messages have none.
    let first = [text.find('['), text.find('{'), text.find('<')]
        .into_iter()
        .flatten()
        .min();
    let Some(mut i) = first else { return spans };
    while i < bytes.len() {
        let close = match bytes[i] {
            b'[' => b']',
            b'{' => b'}',
            b'<' => b'>',
            _ => {
                i += 1;
                continue;
            }
        };
        let open = bytes[i];
        // Angle brackets also hold whole template instructions: "<context on Bob including
        // why Alice should want to talk to him>".
        let longest = if open == b'<' { 120 } else { LONGEST_SLOT + 4 };
        let limit = (i + 1 + longest).min(bytes.len());
        let Some(len) = bytes[i + 1..limit]
            .iter()
            .position(|&b| b == close || b == b'\n' || b == open)
        else {
            i += 1;
            continue;
        };
        let end = i + 1 + len;
        if bytes[end] != close {
            i += 1;
            continue;
        }
        let inner = &text[i + 1..end];
        let inner_trimmed = inner.trim_matches(|c| c == '{' || c == '}');
        // Braces are template syntax whatever is inside; square and angle brackets also hold
        // asides ("[finally]"), so they count when they read like a slot name.
        // Square brackets in a message are nearly always a slot ("[context]"), unless they
        // sit inside a word ("w[eigh]t") or mark an edit ("[sic]", "[?]").
        let lower = inner_trimmed.trim().to_ascii_lowercase();
        // Asides and stage directions: "[finally]", "[sigh]", "[laughs]".
        let editorial = matches!(
            lower.as_str(),
            "sic"
                | "own"
                | "emphasis added"
                | "emphasis mine"
                | "sic."
                | "ed"
                | "ed."
                | "sigh"
                | "laughs"
                | "lol"
                | "smile"
                | "grin"
                | "wink"
                | "joke"
                | "kidding"
                | "jk"
                | "haha"
                | "shrug"
                | "cough"
                | "sarcasm"
        ) || lower.ends_with("ly")
            // A redaction is the publisher's mark, not a slot for the writer: "[redacted]",
            // "[company redacted]", "[name removed]", "[Deleted]", "[omitted here]".
            || (lower.split_whitespace().count() <= 4
                && lower
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| REMOVALS.contains(&w)))
            // An editor's gloss, which starts with a preposition: "[in VENGEANCE BORN]",
            // "[at the time]". A slot names a thing: "[company]", "[your book]".
            || lower.split_whitespace().count() >= 2
                && matches!(
                    lower.split_whitespace().next(),
                    Some("in" | "at" | "of" | "on" | "from" | "with" | "by" | "about" | "for")
                );
        // Markdown's reference links: "[GitHub Pages][GHP]", and a definition at the start of
        // a line, "[admin]: https://…" ("Dear [Hiring Manager]:" is a slot). Only square
        // brackets hold either, or an editor's insertion.
        let square = open == b'[';
        let reference_link = square
            && (bytes.get(end + 1) == Some(&b'[')
                || (i > 0 && bytes[i - 1] == b']')
                || bytes.get(end + 1) == Some(&b':')
                    && (i == 0 || bytes[i - 1] == b'\n')
                    && text[end + 2..]
                        .trim_start()
                        .trim_start_matches(['[', '<'])
                        .starts_with("http"));
        let insertion = square
            && (OBFUSCATIONS.contains(&lower.as_str())
                || lower
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| INSERTION_STARTS.contains(&w))
                || lower
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| INSERTION_ENDS.contains(&w)));
        // A code or reference number: "[E29CF836]", "[JIRA-1234]", "<12345>".
        let code = inner_trimmed.len() >= 4
            && !inner_trimmed.contains(char::is_whitespace)
            && inner_trimmed.chars().any(|c| c.is_ascii_digit())
            && inner_trimmed
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || c == '-' || c == '#');
        // A transcriber's doubtful reading: "for our [road?]", "to [give?] a little more".
        let doubtful = square && lower.ends_with('?') && lower.split_whitespace().count() <= 2;
        let editorial = editorial || reference_link || insertion || code || doubtful;
        let in_word = (i > 0 && (bytes[i - 1] as char).is_ascii_alphanumeric())
            || bytes
                .get(end + 1)
                .is_some_and(|b| (*b as char).is_ascii_alphanumeric());
        let square_slot =
            open == b'[' && !editorial && !in_word && inner_trimmed.split_whitespace().count() <= 5;
        let slot_name = open == b'{'
            || square_slot
            || inner_trimmed.starts_with(|c: char| c.is_uppercase())
            || inner_trimmed.contains('_')
            || SLOT_WORDS.contains(&inner_trimmed.trim().to_ascii_lowercase().as_str())
            || slot_phrase(inner_trimmed);
        let looks_like_slot = slot_name
            && !editorial
            && inner_trimmed.chars().any(char::is_alphabetic)
            && (inner_trimmed.len() <= LONGEST_SLOT
                || (open == b'<' && inner_trimmed.split_whitespace().count() >= 3))
            && !inner.contains(['@', ':', '/', '.'])
            && !(open == b'[' && bytes.get(end + 1) == Some(&b'('));
        if looks_like_slot {
            // Take the doubled braces of "{{name}}" too.
            let (start, stop) = if open == b'{'
                && i > 0
                && bytes[i - 1] == b'{'
                && bytes.get(end + 1) == Some(&b'}')
            {
                (i - 1, end + 2)
            } else {
                (i, end + 1)
            };
            spans.push(Span::new(start, stop));
            i = stop;
        } else {
            i += 1;
        }
    }
    spans
}

/// "X and Y", "X, Y, Z": single letters standing in for details, two or more in a row.
fn stand_in_list(doc: &crate::etiquette::text::Document, i: usize) -> bool {
    // "Hey So and So," / "So-and-so": a name left for later.
    if doc.original(i) == "So"
        && i + 2 < doc.tokens.len()
        && doc.word(i + 1) == "and"
        && doc.word(i + 2) == "so"
        && doc.tokens[i + 1].gap_before == crate::etiquette::text::Gap::Soft
    {
        return true;
    }
    let is_stand_in = |k: usize| matches!(doc.original(k), "X" | "Y" | "Z");
    if !is_stand_in(i) {
        return false;
    }
    let next = (i + 1..doc.tokens.len().min(i + 3)).find(|&k| !matches!(doc.word(k), "and" | "or"));
    let prev = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| !matches!(doc.word(k), "and" | "or"));
    next.is_some_and(is_stand_in) || prev.is_some_and(is_stand_in)
}

/// Slots with no braces: runs of underscores ("____"), snake_case names ("recruiter_name",
/// "FIRST_NAME") and parenthesised slot names ("(Last Name)"). Links, addresses and
/// handles ("@jo_smith", "example.com/my_page") are not slots.
fn loose_slots(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    // "Mr. ——": a run of dashes standing for a name left out.
    for (at, _) in text.match_indices("\u{2014}\u{2014}") {
        if spans.last().is_none_or(|s: &Span| s.end < at) {
            let len = text[at..].chars().take_while(|&c| c == '\u{2014}').count() * 3;
            spans.push(Span::new(at, at + len));
        }
    }
    // Bare slot names in Title Case, as templates print them: "Dear Mr./Ms Last Name",
    // a signature reading "Your Name". Lower-case "your name came up" is prose.
    // Every one of them holds "Name": one scan of the text spares six when none is there.
    let slots: &[&str] = if text.contains("Name") {
        &[
            "Last Name",
            "First Name",
            "Your Name",
            "Full Name",
            "Company Name",
            "Your Full Name",
        ]
    } else {
        &[]
    };
    for &slot in slots {
        for (at, _) in text.match_indices(slot) {
            let end = at + slot.len();
            let whole = !text[..at].ends_with(|c: char| c.is_alphanumeric())
                && !text[end..].starts_with(|c: char| c.is_alphanumeric());
            let inside = spans.iter().any(|s: &Span| s.start <= at && end <= s.end);
            let bracketed = text[..at].ends_with(['[', '(', '<', '{']);
            if whole && !inside && !bracketed {
                spans.push(Span::new(at, end));
            }
        }
    }
    spans.sort_by_key(|s| s.start);
    if !text.contains(['_', '(', '$']) {
        return spans;
    }
    let mut at = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let start = at;
        at += chunk.len();
        let word = chunk.trim_end();
        let is_link = word.contains("://")
            || word.contains("www.")
            || word.contains('@')
            || word.starts_with('#')
            || word.contains('/') && word.contains('.');
        if is_link {
            continue;
        }
        // "$coworker", "$wrong_behavior": a template variable ("$100" is money).
        if let Some(dollar) = word.find('$') {
            let name = &word[dollar + 1..];
            let len = name
                .find(|c: char| !(c.is_ascii_alphabetic() || c == '_'))
                .unwrap_or(name.len());
            if len >= 2 && name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                spans.push(Span::new(start + dollar, start + dollar + 1 + len));
                continue;
            }
        }
        let core = word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
        let offset = start + word.find(core).unwrap_or(0);
        if core.contains("__") {
            let run_start = start + word.find("__").unwrap_or(0);
            let run_len = text[run_start..].chars().take_while(|&c| c == '_').count();
            spans.push(Span::new(run_start, run_start + run_len));
            continue;
        }
        let snake = core.contains('_')
            && core
                .split('_')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphabetic()))
            && core.split('_').count() >= 2
            // "recruiter_name", "JOB_ID" name a slot; "twitter_postgres" and "modern_lang"
            // are the names of things (homework, a tag) that a message may well mention.
            && core
                .split('_')
                .any(|part| SLOT_PARTS.contains(&part.to_ascii_lowercase().as_str()));
        if snake {
            spans.push(Span::new(offset, offset + core.len()));
        }
    }
    // Parentheses: only a short phrase that reads like a slot name.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(open) = text[i..].find('(').map(|k| k + i) {
        let limit = (open + 1 + LONGEST_SLOT).min(bytes.len());
        let close = bytes[open + 1..limit]
            .iter()
            .position(|&b| b == b')' || b == b'\n' || b == b'(')
            .map(|k| open + 1 + k);
        match close {
            Some(close) if bytes[close] == b')' => {
                let inner = &text[open + 1..close];
                // Asides are common in parentheses ("(Boston University)"), so only a slot
                // word, "insert ...", or a phrase ending in a name-like head counts.
                let lower = inner.trim().to_ascii_lowercase();
                let head = lower.split_whitespace().last().unwrap_or_default();
                let named_head = matches!(
                    head,
                    "name" | "names" | "title" | "id" | "number" | "date" | "here" | "link" | "url"
                ) && lower.split_whitespace().count() <= 4;
                let describes_a_slot = ["insert ", "name of ", "specific ", "enter ", "add your "]
                    .iter()
                    .any(|p| lower.starts_with(p))
                    && lower.split_whitespace().count() <= 5;
                // "(my online name)": the writer speaking of their own, an aside.
                let own = lower.starts_with("my ") || lower.starts_with("our ");
                // "[text](url)": a Markdown link's target, whatever it says.
                let link_target = open > 0 && bytes[open - 1] == b']';
                if !link_target
                    && (SLOT_WORDS.contains(&lower.as_str())
                        || describes_a_slot
                        || (named_head && !own && slot_phrase(inner)))
                {
                    spans.push(Span::new(open, close + 1));
                }
                i = close + 1;
            }
            _ => i = open + 1,
        }
    }
    spans
}
