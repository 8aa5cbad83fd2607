//! `generic-greeting`: a mass-mail opener, a bare "Hi," or no name at all. The opening
//! names the reader in every common shape: "Hi Ana,", "Hey, Angela!", "Dear Ms Chen",
//! "Hi Ana and Ben", a bare "Gayle, I loved your talk", or "Congrats on the launch, Priya!".

use super::{Check, Rule};
use crate::etiquette::lexicon::{is_second_person, is_x_run, NOT_NAMES, TITLES};
use crate::etiquette::text::{Document, Gap};
use crate::etiquette::Span;

/// Words for family and loved ones: "My dear child", "Dearest Mum" name the reader.
const KIN: &[&str] = &[
    "child",
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "aunt",
    "uncle",
    "mom",
    "mum",
    "dad",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "cousin",
    "darling",
    "sweetheart",
    "love",
    "papa",
    "mama",
    "niece",
    "nephew",
    "husband",
    "wife",
];

pub struct GenericGreeting;

impl Rule for GenericGreeting {
    fn id(&self) -> &'static str {
        "generic-greeting"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let Some(first) = doc.sentences.get(doc.layout.opening) else {
            return;
        };
        // Only the opening can be a greeting: "dear friend" mid-message is affection.
        let opener = check
            .phrase_hits()
            .find(|(hit, _)| hit.tokens.start == first.tokens.start);
        if let Some((hit, spec)) = opener {
            // An introduction to one's own team ("Dear team, please welcome Ana") rightly
            // greets the group; "Hi all" and "Hello everyone" could go to anyone, and every
            // labeller marked them.
            let group = matches!(doc.word(hit.tokens.end - 1), "team" | "colleagues");
            if group && check.kind == crate::etiquette::Kind::Introduction {
                return;
            }
            if !names_after(doc, hit.tokens.end)
                && !name_slot_after(doc, hit.tokens.end)
                && !handle_opens_second_line(doc, hit.tokens.start)
            {
                check.report_phrase(hit, spec);
            }
            return;
        }
        match &doc.layout.greeting {
            Some(greeting) => {
                // "Hi [Name]," is a template slot; unfilled-placeholder reports it.
                let after = &doc.text[doc.tokens[greeting.end - 1].span.end..];
                // "Dear Mr./Ms. ____," too: past further titles and their dots and slashes.
                let after = past_titles(after.trim_start_matches([',', ' ']));
                // A slot or a publisher's blank for the name ("Hi XXXX,", "Dear --"), or a
                // handle ("Dear @dansup").
                let first_word = after.split(|c: char| !c.is_alphanumeric()).next();
                // "Dear --," is a blank; "Hi -- can someone add these?" is a dash.
                let dash_then_words = {
                    let rest = after.trim_start_matches(['-', '\u{2014}', '\u{2013}']);
                    rest.len() < after.len()
                        && rest.starts_with(' ')
                        && rest
                            .trim_start_matches(' ')
                            .starts_with(|c: char| c.is_alphanumeric())
                };
                let blank = (after.starts_with(['-', '\u{2014}', '\u{2013}', '@'])
                    && !dash_then_words)
                    || first_word.is_some_and(is_x_run);
                let spoken = &doc.text
                    [doc.tokens[greeting.start].span.start..doc.tokens[greeting.end - 1].span.end];
                // Where the reader's name would be: the greeting's words past its salutation.
                let addressed = doc.layout.addressed().unwrap_or_default();
                // A stand-in for the name, in the greeting or right after it: "Hey So and So,",
                // "Hey first name!", "Dear, NAME,".
                let stand_in = |text: &str| {
                    let text = text.to_lowercase();
                    NAME_STAND_INS.iter().any(|w| {
                        text.starts_with(w)
                            && !text[w.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                };
                let past_salutation = spoken
                    .split_once(|c: char| c.is_whitespace())
                    .map_or("", |(_, rest)| rest.trim_start());
                // A title before a role is a template's stand-in too: "Dear Ms. Recruiter:".
                let role_after = |text: &str| {
                    let first = text.split(|c: char| !c.is_alphanumeric()).next();
                    first.is_some_and(|w| ROLES.contains(&w.to_lowercase().as_str()))
                };
                let words: Vec<&str> = addressed.clone().map(|i| doc.word(i)).collect();
                let titled_role = words.first().is_some_and(|w| TITLES.contains(w))
                    && (words[1..].iter().all(|w| ROLES.contains(w)) && words.len() >= 2
                        || words.iter().all(|w| TITLES.contains(w)) && role_after(after));
                if blank
                    || titled_role
                    || spoken.contains(['[', '{', '<', '`'])
                    || after.starts_with(['[', '{', '<', '(', '_', '`', '$'])
                    || stand_in(after)
                    || stand_in(past_salutation)
                {
                    return;
                }
                // A greeting in capitals writes the name in capitals: "DEAR JENNIE:".
                let shouted = (greeting.start..greeting.end).all(|i| doc.tokens[i].all_caps)
                    && words
                        .iter()
                        .any(|w| !NOT_NAMES.contains(w) && !TITLES.contains(w));
                // A team greeted by its name: "Hey Team LIFX,", "Dear Acme team,", "Dear
                // Backdrop community,".
                let team = words.iter().any(|w| GROUPS.contains(w))
                    && addressed.clone().any(|i| {
                        doc.tokens[i].capitalized
                            && !GROUPS.contains(&doc.word(i))
                            && !NOT_NAMES.contains(&doc.word(i))
                    });
                if shouted || team {
                    return;
                }
                // The writer's own name run on after the salutation names the writer, not
                // the reader: "Hello I'm Ella", "Hey it's Amrish!", "hi my name is Sarah".
                let w = |k: usize| words.get(k).copied().unwrap_or_default();
                let self_named = matches!(w(0), "i'm" | "im" | "it's" | "its")
                    || w(0) == "i" && w(1) == "am"
                    || w(0) == "my" && w(1) == "name"
                    || w(0) == "this" && w(1) == "is";
                if self_named {
                    let span = check.span(greeting.start, greeting.start);
                    let hello = doc.original(greeting.start);
                    check.report(
                        span,
                        format!("“{hello}” greets no one by name: the name after it is yours. Open with theirs (“{hello} Ana,”)."),
                        None,
                    );
                    return;
                }
                // A title alone names nobody: "Dear Professor," could go to any professor.
                // Past the salutation word, unless the line is a name alone ("Mrs. Jones,").
                let named = addressed
                    .clone()
                    .filter(|&i| !TITLES.contains(&doc.word(i)))
                    .any(|i| {
                        is_name(doc, i) || KIN.contains(&doc.word(i)) || is_x_run(doc.original(i))
                    })
                    || lower_case_name(doc, addressed.clone())
                    // "Dear Ms. Love,": after a title, a capitalised word is their name,
                    // even one that is a word too.
                    || addressed.clone().skip(1).any(|i| named_after_title(doc, i));
                if !named && !names_after(doc, greeting.end) {
                    let span = check.span(greeting.start, greeting.end - 1);
                    let words = doc.original_range(greeting.start, greeting.end - 1);
                    check.report(
                        span,
                        format!(
                            "“{words}” with no name reads like a mass mailing. Add their name."
                        ),
                        None,
                    );
                }
            }
            None => {
                // A post that opens on handles names them: "@sarahtarap, would you…",
                // "👋 @evan I only just saw…".
                let opening = &doc.text[..doc.tokens[first.tokens.start].span.start];
                let handle_first = opening.trim_end().ends_with('@')
                    && opening.chars().filter(|c| c.is_alphanumeric()).count() == 0;
                // A note of a word or two names them or no one: "Congrats Mike!" does,
                // "Congratulations!" and "Thank you!!" do not.
                let short_named = doc.tokens.len() < 3
                    && (0..doc.tokens.len()).any(|i| is_name(doc, i) || doc.is_handle(i));
                if short_named || handle_first || opens_with_name(doc, first.tokens.start) {
                    return;
                }
                // A template's slot alone on the first line is where the name goes: "[First],",
                // "{{PROSPECT_FIRST_NAME}},", "[Connector Name] -". unfilled-placeholder says so.
                let first_line = doc.text.trim_start().lines().next().unwrap_or_default();
                let slot_line = first_line
                    .trim_start_matches('`')
                    .starts_with(['[', '{', '<'])
                    && first_line.rfind([']', '}', '>']).is_some_and(|end| {
                        first_line[end + 1..].chars().all(|c| !c.is_alphanumeric())
                    });
                if slot_line {
                    return;
                }
                // The reader named in the opening sentence, or in the second when the first
                // is a short aside ("No disagreement, great! Welcome Colin to the group", "I
                // will close this issue. Thank you, Erik, for…"). Six words at most: at seven
                // and more, hits were lost over the blind sets.
                let aside_ends = &doc.text[doc.tokens[first.tokens.end - 1].span.end..]
                    .trim_start_matches([' ', '\t', ')', '"', '\u{201d}']);
                // "Congrats to everyone on the release! Thanks @rmiller for leading it." hails
                // a crowd first; "I'm all for this." does not.
                let hails_all = first.tokens.clone().any(|i| {
                    matches!(doc.word(i), "everyone" | "everybody" | "folks")
                        || doc.word(i) == "all"
                            && i > first.tokens.start
                            && matches!(doc.word(i - 1), "to" | "you" | "hi" | "hello" | "thanks")
                });
                let second = doc.sentences.get(doc.layout.opening + 1).filter(|_| {
                    first.tokens.len() <= 6 && !hails_all && aside_ends.starts_with(['.', '!', '?'])
                });
                // A handle thanked in the second sentence, after any opener, is the reader:
                // "LGTM\n\nThanks @aryan9600 for…", "Of course, I'm okay with this merge. I
                // really appreciate it @dzharii." Not one named beside the writer ("together
                // with @elyezer we host…"), nor after an opening that hails a crowd
                // ("Congrats to everyone involved…").
                let to_all = || {
                    first
                        .tokens
                        .clone()
                        .any(|i| matches!(doc.word(i), "everyone" | "everybody" | "all" | "folks"))
                };
                let thanked = doc.sentences.get(doc.layout.opening + 1).filter(|s| {
                    s.tokens.clone().any(|i| {
                        let w = doc.word(i);
                        THANKING.contains(&w) || w == "kudos"
                    }) && !to_all()
                });
                // A post that turns to one person by handle in its second sentence, after a
                // word to all: "Thanks for the notes, guys!\n@masche842, can you send…".
                // Or with a question to them: "What a great title! @gvonkoss were you aiming…".
                let turns_to = doc.sentences.get(doc.layout.opening + 1).is_some_and(|s| {
                    let k = s.tokens.start;
                    doc.is_handle(k)
                        && doc.tokens.get(k + 1).is_some_and(|next| {
                            doc.text[doc.tokens[k].span.end..next.span.start].contains(',')
                        })
                        || doc.is_handle(k)
                            && k + 2 < s.tokens.end
                            && NOT_BEFORE_YOU.contains(&doc.word(k + 1))
                            && doc.word(k + 2) == "you"
                });
                // A thank-you that is a public note about someone, naming them as its
                // subject and again further on: "David takes great care of the releases.
                // … David also merges the stable branches…".
                let about_them = check.kind == crate::etiquette::Kind::ThankYou && {
                    let i = first.tokens.start;
                    is_name(doc, i)
                        && doc
                            .tokens
                            .get(i + 1)
                            .is_some_and(|t| t.gap_before == Gap::Soft && !t.capitalized)
                        && (first.tokens.end..doc.tokens.len())
                            .any(|k| doc.word(k) == doc.word(i) && is_name(doc, k))
                        // A name is always capitalised; "This lib…", "You are…" are not.
                        && !(0..doc.tokens.len())
                            .any(|k| doc.word(k) == doc.word(i) && !doc.tokens[k].capitalized)
                        && !is_second_person(doc.word(i))
                        && !matches!(
                            doc.word(i),
                            "it" | "this" | "that" | "these" | "those" | "there" | "he" | "she"
                                | "they" | "his" | "her" | "their" | "its"
                        )
                };
                if turns_to
                    || about_them
                    || titled_close(doc)
                    || thanks_them_by_name(check)
                    || handle_opens_second_line(doc, first.tokens.start)
                {
                    return;
                }
                if std::iter::once(first)
                    .chain(second)
                    .any(|s| vocative(doc, s.tokens.clone()) || names_handle(doc, s.tokens.clone()))
                    || thanked.is_some_and(|s| names_handle(doc, s.tokens.clone()))
                {
                    return;
                }
                // An introduction that greets both by name in its own form, after a line
                // saying what it is: "Bob, meet Annie."
                if check.kind == crate::etiquette::Kind::Introduction && meets(doc) {
                    return;
                }
                let span = Span::new(
                    doc.tokens[first.tokens.start].span.start,
                    doc.tokens[first.tokens.start].span.end,
                );
                check.report(span, "The message starts without their name. Open with it (“Hi Ana,”): it shows this was written for them.", None);
            }
        }
    }
}

/// "Hey shivek555,", "Hi mazipan,": one lower-case word alone after the salutation is a
/// name or a handle written as people write them online, unless it is a word that greets
/// anyone ("Hey guys,", "Hi sir,"). The listed mass openers ("hi all", "hi there") never
/// reach here: the phrase list reports them first.
fn lower_case_name(doc: &Document, addressed: std::ops::Range<usize>) -> bool {
    let Some(i) = addressed.clone().next() else {
        return false;
    };
    let w = doc.word(i);
    // A greeting run on with no comma ends where the writer starts on themselves: "Hi
    // koying I just got version 16".
    // So does one that turns straight to them: "Hey kunal your teaching skill is amazing".
    let alone = addressed.len() == 1
        || matches!(doc.word(i + 1), "i" | "i'm" | "i've" | "i'd" | "i'll")
            && doc.original(i + 1).starts_with('I')
        || matches!(doc.word(i + 1), "your" | "you're" | "you've" | "you")
            && doc.tokens[i + 1].gap_before == Gap::Soft
            // "hi can you please…" asks; it names no one.
            && !NOT_BEFORE_YOU.contains(&w);
    alone && w.chars().count() >= 3 && w.chars().any(char::is_alphabetic) && lower_case_word(doc, i)
}

/// Token `i` is written in lower case (or camelCase) and is no word that greets anyone, no
/// title, role or word that is never a name, and no "xxxx" blank left for the name: a
/// lower-case name or handle.
fn lower_case_word(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    let original = doc.original(i);
    // "Hi aleGuardiola,": a handle in camelCase is written as its owner writes it.
    let camel = original.starts_with(|c: char| c.is_lowercase())
        && original.chars().any(char::is_uppercase)
        && original.chars().all(char::is_alphanumeric);
    (original == w || camel)
        && !w.chars().all(|c| c == 'x')
        && !ANYONE.contains(&w)
        && !NOT_NAMES.contains(&w)
        && !TITLES.contains(&w)
        && !ROLES.contains(&w)
}

/// Lower-case words that greet anyone who reads, beside [`NOT_NAMES`]: "Hey guys,", "Hi sir,".
const ANYONE: &[&str] = &[
    "everybody",
    "guys",
    "friend",
    "there",
    "you",
    "y'all",
    "yall",
    "people",
    "gang",
    "sirs",
    "mate",
    "mates",
    "buddy",
    "pal",
    "dude",
    "man",
    "fam",
    "world",
    "community",
    "devs",
    "developers",
    "maintainers",
    "guy",
    "here",
    "boys",
    "girls",
    "lads",
    "supervisor",
    "mentor",
    "mentors",
    "bro",
    "sis",
];

/// Roles that stand where a name should be ("Dear Ms. Recruiter:").
const ROLES: &[&str] = &[
    "recruiter",
    "manager",
    "customer",
    "client",
    "editor",
    "candidate",
    "applicant",
    "recipient",
];

/// What publishers and templates write where the reader's name goes.
const NAME_STAND_INS: &[&str] = &[
    "so and so",
    "so-and-so",
    "first name",
    "firstname",
    "first_name",
    "name",
    "recipient",
    "contact name",
    "their name",
];

/// "Thank you again, Mr. Fitzgerald.", "I nod in your direction, Mr Bathen.": a title and a
/// name after a comma, closing a sentence anywhere in the message, speak to the reader. Not
/// "sir" or "madam", which name no one.
fn titled_close(doc: &Document) -> bool {
    doc.sentences.iter().any(|s| {
        s.tokens.clone().skip(1).any(|k| {
            let w = doc.word(k);
            TITLES.contains(&w)
                && !matches!(w, "sir" | "madam" | "dame" | "miss")
                && doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start].contains(',')
                && {
                    // Past the title's dot: "Mr. Fitzgerald".
                    let n = k + 1;
                    n < s.tokens.end
                        && is_name(doc, n)
                        && past_name(doc, n, s.tokens.end) == s.tokens.end
                        // Spoken, so ended like a sentence: not a signature's "Lee Sherman,
                        // President & CEO".
                        && doc.text[doc.tokens[s.tokens.end - 1].span.end..]
                            .trim_start_matches(['"', '\u{201d}', ')'])
                            .starts_with(['.', '!', '?'])
                }
        })
    })
}

/// "Bob, meet Annie": a name, a comma, then "meet", in the first three sentences.
fn meets(doc: &Document) -> bool {
    doc.body_sentences().take(3).any(|s| {
        s.tokens.clone().any(|i| {
            i + 1 < s.tokens.end
                && is_name(doc, i)
                && doc.word(i + 1) == "meet"
                && doc.text[doc.tokens[i].span.end..doc.tokens[i + 1].span.start].contains(',')
        })
    })
}

/// `text` past any titles ("Mr./Ms. ") and the dots, slashes and spaces between them.
fn past_titles(mut text: &str) -> &str {
    loop {
        text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '.' || c == '/');
        let word_end = text
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len());
        if word_end == 0 || !TITLES.contains(&text[..word_end].to_lowercase().as_str()) {
            return text;
        }
        text = &text[word_end..];
    }
}

/// Token `i` can be a name: capitalised, not "I", not a long acronym, not a greeting or a
/// word that opens sentences.
fn is_name(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let w = doc.word(i);
    // Scripts without case (Arabic, Chinese, Hindi...) write names like any other word.
    let caseless = doc
        .original(i)
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    (t.capitalized || caseless)
        && !(t.all_caps && t.letters > 3)
        && !matches!(
            w,
            "i" | "i'm" | "i've" | "i'd" | "i'll" | "my" | "we" | "our"
        )
        && !NOT_NAMES.contains(&w)
}

/// "Hey, Angela!" or "Hi there, Sam": a name right after the salutation, on the same line,
/// after an optional title, ending at punctuation or the line's end.
fn names_after(doc: &Document, at: usize) -> bool {
    let mut i = at;
    if i >= doc.tokens.len() || breaks_line(doc, i) {
        return false;
    }
    // "Hi there, dear Kylie", "Hello, my dear Ana".
    // "Dear Mr. and Mrs. Fritzemeier,": "and" between two titles.
    let and_title = |i: usize| {
        matches!(doc.word(i), "and" | "&")
            && i + 1 < doc.tokens.len()
            && TITLES.contains(&doc.word(i + 1))
    };
    while i < doc.tokens.len()
        && (TITLES.contains(&doc.word(i))
            || matches!(doc.word(i), "dear" | "my" | "dearest")
            || and_title(i))
        && !breaks_line(doc, i)
    {
        i += 1;
    }
    // "Hello Mr. Lee Goldberg my name is…": after a title, a capitalised word is a name
    // whatever follows it.
    let titled = (at.saturating_sub(1)..i)
        .any(|j| TITLES.contains(&doc.word(j)) && !SIR.contains(&doc.word(j)));
    // "Hi, cvignac" alone on its line: a handle or name as its owner writes it.
    let lower_alone = || {
        // Not an emoji's short code: "Hi all :wave:".
        let before = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
        !before.contains(':')
            && lower_case_word(doc, i)
            && doc.word(i).chars().count() >= 3
            && (i + 1 >= doc.tokens.len() || breaks_line(doc, i + 1) || {
                let gap = &doc.text[doc.tokens[i].span.end..doc.tokens[i + 1].span.start];
                gap.trim_start().starts_with([',', '!'])
            })
    };
    i < doc.tokens.len()
        && !breaks_line(doc, i)
        && ((is_name(doc, i) && (titled || ends_name(doc, i)))
            || doc.is_handle(i)
            || lower_alone()
            // "Dear Ms. Love,": after a title, a capitalised word is their name, even one
            // that is a word too.
            || titled && named_after_title(doc, i))
}

/// Token `i` is a capitalised word straight after a title ("Ms. Love", "Dr Amazing"), not
/// a role ("Ms. Recruiter") and not the writer starting on themselves ("Dear Professor, I
/// admire…", "Hi professor. I'd love…").
fn named_after_title(doc: &Document, i: usize) -> bool {
    if i == 0 || !doc.tokens[i].capitalized || ROLES.contains(&doc.word(i)) {
        return false;
    }
    let title = doc.word(i - 1);
    let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
    let abbreviated = matches!(title, "mr" | "mrs" | "ms" | "mx" | "dr" | "prof" | "rev");
    TITLES.contains(&title)
        && !SIR.contains(&title)
        && (gap.trim() == "" || abbreviated && gap.trim() == ".")
        && !matches!(
            doc.word(i),
            "i" | "i'm" | "i've" | "i'd" | "i'll" | "my" | "we" | "our" | "thank" | "thanks"
        )
}

/// Titles that name no one: "Hi Sir Jones" is rare, "Hi sir I am" common.
const SIR: &[&str] = &["sir", "madam", "ma'am", "madame", "mister", "miss"];

/// Past a name that starts at token `start`: up to two more capitalised words joined to it
/// ("Angela Chen"), never beyond `limit`.
fn past_name(doc: &Document, start: usize, limit: usize) -> usize {
    let mut i = start + 1;
    while i < limit
        && i < start + 3
        && doc.tokens[i].gap_before == Gap::Soft
        && !dash(doc, i)
        && doc.tokens[i].capitalized
    {
        i += 1;
    }
    i
}

/// A dash after a space before token `i` is punctuation, not a hyphen: "Wendy -Thanks".
/// So is a bare one before a capitalised thanks: "Hilary-Thanks so much."
fn dash(doc: &Document, i: usize) -> bool {
    let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
    gap.contains(" -") || gap == "-" && doc.tokens[i].capitalized && THANKING.contains(&doc.word(i))
}

/// A name ends here: up to two more capitalised words ("Angela Chen"), then punctuation,
/// "and" another name, or the end of the text.
fn ends_name(doc: &Document, start: usize) -> bool {
    let i = past_name(doc, start, doc.tokens.len());
    i >= doc.tokens.len()
        || doc.tokens[i].gap_before == Gap::Hard
        || dash(doc, i)
        || matches!(doc.word(i), "and" | "&")
}

/// Does token `i` start a new line?
fn breaks_line(doc: &Document, i: usize) -> bool {
    i > 0 && doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start].contains('\n')
}

/// "Gayle, I loved your talk", "Ms. Chen,", "Sarah" alone on the first line.
fn opens_with_name(doc: &Document, start: usize) -> bool {
    // "Oh Linda, you're a true gem.": past an interjection.
    let start = if start + 1 < doc.tokens.len()
        && matches!(doc.word(start), "oh" | "ah" | "aww" | "ooh")
        && doc.tokens[start + 1].gap_before == Gap::Soft
    {
        start + 1
    } else {
        start
    };
    let mut i = start;
    while i < doc.tokens.len() && TITLES.contains(&doc.word(i)) && doc.word(i) != "sir" {
        i += 1;
    }
    // A name, not a word that opens a question or a clause: "Can you…", "If you…".
    let spoken_to = |end: usize| {
        !NOT_BEFORE_YOU.contains(&doc.word(i.min(doc.tokens.len() - 1)))
            && end < doc.tokens.len()
            && doc.tokens[end].gap_before == Gap::Soft
            && matches!(doc.word(end), "you" | "you're" | "you've" | "you'll")
    };
    // "Jordan Liggitt for always knowing the answer": a shout-out that opens on a full name.
    let shout_out = |end: usize| {
        end == i + 2
            && end < doc.tokens.len()
            && doc.word(end) == "for"
            && doc.tokens[end].gap_before == Gap::Soft
            && doc.tokens[i + 1].capitalized
    };
    // "Jim I wanted to thank you": a name, then the writer's "I" with no comma between. Not
    // a word that opens a sentence before "I" ("Today I", "Sadly I", "Now I").
    let writer_after = || {
        let w = doc.word(i.min(doc.tokens.len() - 1));
        i + 1 < doc.tokens.len()
            && doc.tokens[i + 1].gap_before == Gap::Soft
            && doc.original(i + 1) == "I"
            && !NOT_BEFORE_YOU.contains(&w)
            && !w.ends_with("ly")
            && !BEFORE_I.contains(&w)
            && !doc.tokens[i].all_caps
    };
    i < doc.tokens.len()
        && is_name(doc, i)
        && (i > start
            || ends_name(doc, i)
            || spoken_to(past_name(doc, i, doc.tokens.len()))
            || writer_after()
            || shout_out(past_name(doc, i, doc.tokens.len())))
        && {
            // The name is followed by a comma, colon, dash or a line break, not by a verb.
            let end = past_name(doc, i, doc.tokens.len());
            let closes = |end: usize| {
                end >= doc.tokens.len() || {
                    let gap = &doc.text[doc.tokens[end - 1].span.end..doc.tokens[end].span.start];
                    gap.contains([',', ':', ';', '\n', '\u{2014}', '\u{2013}', '!', '\u{2026}'])
                        // "TuxInvader ... thanks very much".
                        || gap.contains("..")
                        || dash(doc, end)
                        // "Matt you are a great team member": spoken to, with no comma.
                        || spoken_to(end)
                        || shout_out(end)
                        || writer_after()
                }
            };
            // "Jeremy and Travis" alone on the first line: two readers named.
            let two_names = end + 1 < doc.tokens.len()
                && matches!(doc.word(end), "and" | "&")
                && is_name(doc, end + 1)
                && closes(past_name(doc, end + 1, doc.tokens.len()));
            closes(end) || two_names
        }
}

/// Capitalised words that open a sentence before "I" without naming anyone, besides
/// [`NOT_BEFORE_YOU`], [`NOT_NAMES`] and words in "-ly": "Now I", "Here I", "Perhaps I".
const BEFORE_I: &[&str] = &[
    "now",
    "then",
    "here",
    "there",
    "sometimes",
    "perhaps",
    "maybe",
    "last",
    "this",
    "once",
    "yet",
    "besides",
    "still",
    "somehow",
    "anyhow",
    "otherwise",
    "meanwhile",
    "together",
    "today",
    "tonight",
    "tomorrow",
    "often",
    "never",
    "always",
    "soon",
    "later",
    "earlier",
    "unfortunately",
    "personally",
    "ultimately",
    "instead",
    "plus",
    "thus",
    "hence",
    "also",
];

/// Words that open a sentence before "you" without naming anyone: "Can you…", "If you…",
/// "Thank you…", "Seeing you go…".
const NOT_BEFORE_YOU: &[&str] = &[
    "if",
    "as",
    "are",
    "can",
    "could",
    "will",
    "would",
    "when",
    "whenever",
    "since",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "is",
    "was",
    "were",
    "while",
    "because",
    "though",
    "although",
    "unless",
    "until",
    "after",
    "before",
    "and",
    "but",
    "or",
    "so",
    "how",
    "what",
    "why",
    "where",
    "who",
    "which",
    "that",
    "let",
    "thank",
    "thanks",
    "seeing",
    "see",
    "miss",
    "bless",
    "told",
    "tell",
    "wish",
    "hope",
    "love",
    "made",
    "makes",
    "got",
    "get",
    "give",
    "ask",
    "asked",
    "join",
    "meet",
    "help",
    "don't",
    "won't",
    "can't",
    "didn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "aren't",
];

/// "Hey there, [name].": a template slot where the name goes, right after token `at - 1`
/// on the same line. unfilled-placeholder reports the slot; the greeting does name them.
fn name_slot_after(doc: &Document, at: usize) -> bool {
    let Some(before) = at.checked_sub(1).and_then(|k| doc.tokens.get(k)) else {
        return false;
    };
    let rest = doc.text[before.span.end..].trim_start_matches([',', ' ', '\t']);
    past_titles(rest).starts_with(['[', '{', '<', '`'])
}

/// Openers a name follows with no comma: "Thank you Fred.", "Congratulations Maria!".
const NAME_AFTER: &[&[&str]] = &[
    // Longest first: "Thank you to Max" before "Thank you Max".
    &["thank", "you", "to"],
    &["thank", "you"],
    &["thanks", "to"],
    &["thanks"],
    &["thx"],
    &["ty"],
    &["thanks", "and", "congrats"],
    &["congratulations", "to"],
    &["congratulations"],
    &["congrats", "to"],
    &["congrats"],
    &["well", "done"],
    // Praise that hails them: "Nice work Fred, looks great.", "Great job Ana!".
    &["nice", "work"],
    &["great", "work"],
    &["good", "work"],
    &["nice", "job"],
    &["great", "job"],
    &["good", "job"],
    &["awesome", "work"],
    &["amazing", "work"],
    &["happy", "birthday"],
    &["cheers"],
    &["welcome", "back"],
    &["welcome"],
    &["you", "are", "very", "welcome"],
    &["you", "are", "welcome"],
    &["you're", "very", "welcome"],
    &["you're", "welcome"],
    // A public note that thanks someone by name: "I want to thank Shawn for…".
    &["i", "want", "to", "thank"],
    &["i", "wanted", "to", "thank"],
    &["i'd", "like", "to", "thank"],
    &["i", "would", "like", "to", "thank"],
    &["we", "want", "to", "thank"],
    &["we'd", "like", "to", "thank"],
    &["we", "would", "like", "to", "thank"],
    &["good", "to", "hear", "from", "you"],
    &["great", "to", "hear", "from", "you"],
    &["nice", "to", "hear", "from", "you"],
    &["lovely", "to", "hear", "from", "you"],
];

/// "Congrats on the launch, Priya!": a name after a comma at the end of the first sentence,
/// or a slot for one ("Glad we could help, [First Name]."); or right after an opener that
/// takes a name without one ("Thank you Fred.", "Thanks Brian for the photo").
fn vocative(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    // "A big thank you to Max Ogden…", "Huge thanks to Ana": past the words that make the
    // thanks bigger.
    let from = tokens.start
        + (tokens.clone())
            .take(2)
            .take_while(|&i| BIGGER.contains(&doc.word(i)))
            .count();
    let opener = NAME_AFTER.iter().find(|words| {
        from + words.len() < tokens.end
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| doc.word(from + k) == *w)
            // Past "a big", only thanks given to someone: not "A big welcome".
            && (from == tokens.start || words.last() == Some(&"to"))
    });
    if let Some(words) = opener {
        let mut i = from + words.len();
        // "Thank you very much Dan for all the edits!", "Thanks so much Ana": past the words
        // that make it bigger, when a capitalised name follows them.
        let bigger = (i..tokens.end.min(i + 2))
            .take_while(|&k| {
                doc.tokens[k].gap_before == Gap::Soft
                    && matches!(doc.word(k), "so" | "very" | "much" | "again")
            })
            .count();
        if bigger > 0 && i + bigger < tokens.end && doc.tokens[i + bigger].capitalized {
            i += bigger;
        }
        let after_opener = i;
        // "Thanks to Professor Levin, …"
        while i + 1 < tokens.end && TITLES.contains(&doc.word(i)) {
            i += 1;
        }
        // "Thanks [Introducer]!": the slot where the name goes.
        if name_slot_after(doc, after_opener) {
            return true;
        }
        // A note written all in lower case writes the name so too, and a handle may hold
        // digits: "thanks david!  appreciate the comments", "Thx ldittmar81 for the german
        // translation".
        let informal = |i: usize| {
            let w = doc.word(i);
            let digits = w.chars().any(|c| c.is_ascii_digit());
            (digits || !doc.tokens[tokens.start].capitalized)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && lower_case_word(doc, i)
                && !AFTER_THANKS.contains(&w)
                && !is_second_person(w)
        };
        // "Thanks weitjong. It worked!", "Thanks 1vanK, it turns out…": a forum name in
        // lower case or with digits, alone before the punctuation.
        // A word with digits is in none of the lists `lower_case_word` checks.
        let forum_name = |i: usize| {
            let w = doc.word(i);
            let original = doc.original(i);
            let alone = i + 1 >= tokens.end || doc.tokens[i + 1].gap_before == Gap::Hard;
            let digits = original.chars().any(|c| c.is_ascii_digit());
            alone
                && original.chars().all(char::is_alphanumeric)
                && (digits || original == w && lower_case_word(doc, i))
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !AFTER_THANKS.contains(&w)
                && !is_second_person(w)
        };
        // "Congratulations Dr. Nobel4Lit!": past a title, its dot is no break.
        let past_title = i > after_opener;
        if (doc.tokens[i].gap_before == Gap::Soft || past_title)
            && (is_name(doc, i) || informal(i) || forum_name(i))
        {
            // "Thanks Thanos team for this opportunity": a team by its name.
            let end = past_group(doc, past_name(doc, i, tokens.end), tokens.end);
            // "Thanks Brian for the photo", "Thank you John and the other supporters",
            // "Welcome Colin to the group", "Congrats Ana on the launch".
            if end >= tokens.end
                || doc.tokens[end].gap_before == Gap::Hard
                || matches!(doc.word(end), "for" | "and" | "to" | "on" | "in" | "as")
            {
                return true;
            }
        }
    }
    if closes_on_name(doc, tokens.clone()) || short_close_on_name(doc, tokens.clone()) {
        return true;
    }
    tokens.clone().skip(1).any(|i| {
        let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
        if !gap.contains(',') {
            return false;
        }
        if name_slot_after(doc, i) && ends_slot_sentence(doc, i, tokens.end) {
            return true;
        }
        let mut k = i;
        while k < tokens.end && TITLES.contains(&doc.word(k)) {
            k += 1;
        }
        k < tokens.end && is_name(doc, k) && {
            // "Happy New Year, Backdrop community!"
            let end = past_group(doc, past_name(doc, k, tokens.end), tokens.end);
            end >= tokens.end
                || doc.tokens[end].gap_before == Gap::Hard
                // "Thanks, Marco for all your work"
                || (i == tokens.start + 1 && doc.word(end) == "for")
        }
    })
}

/// Words for a group that, after its name, greet that group and no other: "Acme team".
const GROUPS: &[&str] = &[
    "team",
    "community",
    "contributors",
    "maintainers",
    "developers",
    "devs",
    "crew",
    "folks",
];

/// Past a group word after a name ("Backdrop community"), never beyond `limit`.
fn past_group(doc: &Document, end: usize, limit: usize) -> usize {
    let group =
        end < limit && doc.tokens[end].gap_before == Gap::Soft && GROUPS.contains(&doc.word(end));
    end + usize::from(group)
}

/// Lower-case words that follow a "thanks" without naming anyone: "thanks again!".
const AFTER_THANKS: &[&str] = &[
    "again", "all", "everyone", "much", "heaps", "tons", "loads", "lots", "alot", "anyway",
    "anyways", "team", "both", "kindly", "plenty", "too", "though", "tho", "btw", "very", "ever",
    "once", "indeed", "for", "and", "so", "a", "in", "to", "from", "on", "but", "also", "sooo",
    "soo", "bunch", "million", "mucho", "dear", "just", "folks", "guys",
];

/// Words that make thanks bigger before it is given to someone: "A big thank you to…".
const BIGGER: &[&str] = &[
    "a",
    "big",
    "huge",
    "special",
    "massive",
    "heartfelt",
    "sincere",
    "warm",
    "many",
    "great",
    "enormous",
    "hearty",
    "heartiest",
    "sincerest",
    "warmest",
    "deepest",
];

/// Words after which a capitalised word is a place, a firm or a third person, not the
/// reader: "your talk at PyCon", "the intro to Priya", "since joining Stripe".
const BEFORE_NOT_VOCATIVE: &[&str] = &[
    "to",
    "at",
    "in",
    "on",
    "from",
    "with",
    "for",
    "of",
    "by",
    "about",
    "into",
    "like",
    "than",
    "and",
    "or",
    "the",
    "a",
    "an",
    "my",
    "our",
    "their",
    "his",
    "her",
    "its",
    "called",
    "named",
    "meet",
    "met",
    "joining",
    "join",
    "joined",
    "leaving",
    "left",
    "using",
    "use",
    "used",
    "visiting",
    "visit",
    "reading",
    "read",
    "watching",
    "watched",
    "launching",
    "launched",
    "building",
    "built",
    "founding",
    "founded",
    "releasing",
    "released",
    "running",
    "ran",
    "leading",
    "led",
    "via",
    "thru",
    "through",
    "over",
    "under",
    "near",
    "around",
    "across",
    "told",
    "asked",
    "said",
    "introduced",
    "cc",
    "team",
    "mr",
    "mrs",
    "ms",
    "dr",
    "your",
    "try",
    "tried",
    "trying",
    "visited",
    "attended",
    "attending",
];

/// Capitalised words that end a greeting's sentence without naming anyone: "Merry
/// Christmas!", "Happy New Year!", "Thank God!".
const NOT_VOCATIVE: &[&str] = &[
    "christmas",
    "xmas",
    "easter",
    "thanksgiving",
    "halloween",
    "diwali",
    "eid",
    "hanukkah",
    "year",
    "years",
    "holidays",
    "god",
    "lord",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "day",
    "birthday",
    "anniversary",
    "graduation",
    "team",
    "everyone",
    "everybody",
    "all",
    "folks",
    "guys",
    "award",
    "prize",
    "university",
    "college",
    "school",
    "conference",
    "summit",
    "week",
    "program",
    "programme",
    "foundation",
    "project",
    "lab",
    "labs",
    "inc",
    "ltd",
    "llc",
];

/// "Excellent article Dwain.", "I appreciate it VulcanWM.": a short sentence of praise or
/// thanks (six words at most) that ends on a name after a lower-case word, which is not a
/// place, firm or third person ([`BEFORE_NOT_VOCATIVE`]: "I work at Google.").
fn short_close_on_name(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    let len = tokens.len();
    if !(3..=6).contains(&len) {
        return false;
    }
    let last = tokens.end - 1;
    let before = doc.word(last - 1);
    // "I appreciate it VulcanWM.": a sentence the writer opens may still end on the reader,
    // after a word for the thing they did.
    let after_the_thing = matches!(before, "it" | "this" | "that" | "you");
    let ends_on_name = !doc.tokens[last - 1].capitalized
        && doc.tokens[last].gap_before == Gap::Soft
        && !BEFORE_NOT_VOCATIVE.contains(&before)
        && !TITLES.contains(&before)
        // "My name is NL.": the writer, or someone else, named after a verb of being.
        && !matches!(before, "is" | "am" | "are" | "was" | "were")
        && !NOT_VOCATIVE.contains(&doc.word(last))
        && !matches!(doc.word(tokens.start), "i" | "we");
    is_name(doc, last) && (ends_on_name || after_the_thing)
}

/// "Sorry to see you go Kitson,", "Congrats on graduating Dylan!", "Thank you for all your
/// work on this Joshua!": the reader's name closing a clause of the sentence, spoken to with
/// no comma before it.
fn closes_on_name(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    // Spoken to: the sentence opens warmly or already speaks to "you" before the name.
    let opener = doc.word(tokens.start);
    let warm = THANKING.contains(&opener) || WARM_OPENERS.contains(&opener);
    // Early in the sentence: deep in a long one a capital is a place or a title.
    let near = tokens.start..tokens.end.min(tokens.start + 15);
    near.skip(2).any(|k| {
        let before = doc.word(k - 1);
        doc.tokens[k].gap_before == Gap::Soft
            // "Happy Holidays Talha!": an occasion's own capitals come before the name.
            && (!doc.tokens[k - 1].capitalized || NOT_VOCATIVE.contains(&before))
            && is_name(doc, k)
            && !NOT_VOCATIVE.contains(&doc.word(k))
            && !BEFORE_NOT_VOCATIVE.contains(&before)
            && !TITLES.contains(&before)
            && (warm || (tokens.start..k).any(|j| is_second_person(doc.word(j))))
            && {
                // A first name, or a first and last: three capitalised words are more
                // often an award or a firm ("the Doe Performance Award").
                let end = past_name(doc, k, tokens.end);
                // "Thanks for the time Josh and Sal.": two readers named.
                let two_names = end + 1 < tokens.end
                    && doc.tokens[end].gap_before == Gap::Soft
                    && matches!(doc.word(end), "and" | "&")
                    && is_name(doc, end + 1)
                    && past_name(doc, end + 1, tokens.end) - (end + 1) == 1;
                let end = if two_names { end + 2 } else { end };
                let after = doc
                    .tokens
                    .get(end)
                    .filter(|_| end < tokens.end)
                    .map(|t| doc.text[doc.tokens[end - 1].span.end..t.span.start].trim_start());
                (end - k <= 2 || two_names)
                    && (k..end).all(|j| !NOT_VOCATIVE.contains(&doc.word(j)))
                    && match after {
                        None => true,
                        Some(gap) => {
                            doc.tokens[end].gap_before == Gap::Hard
                                && !gap.starts_with([
                                    '\'', '\u{2019}', '-', '/', '(', ')', '&', '"', '\u{201c}',
                                ])
                        }
                    }
            }
    })
}

/// Sentence openers that speak to the reader: "Congrats on graduating Dylan!", "Happy
/// Graduation Dylan!", "Sorry to hear you're leaving Kitson!".
/// Besides [`THANKING`].
const WARM_OPENERS: &[&str] = &[
    "happy", "merry", "sorry", "best", "good", "great", "wishing", "hope", "so", "well", "oh",
    "wow", "aww",
];

/// Words that thank or hail the reader: they open a sentence warmly ([`WARM_OPENERS`]) and,
/// with "kudos", tag the one a handle names.
/// A thank-you or check-in that names the person it thanks, in any of its first sentences:
/// "Thank you Valeria for taking the time", "Thanks Peter!", "Thank you for your continued
/// work, @romainx.", "a big thank you to Brian", "deep appreciation to Anum and Marisa!".
/// A note that thanks someone by name is written to them, greeting line or not.
fn thanks_them_by_name(check: &Check<'_, '_>) -> bool {
    use crate::etiquette::Kind;
    if !matches!(check.kind, Kind::ThankYou | Kind::CheckIn) {
        return false;
    }
    let doc = check.doc;
    // A person: a handle, or a capitalised word that is no title ("Thanks Prof"), no word of
    // a Title Case line ("Thanks For Creating…") and not the start of a firm's or a
    // programme's name ("Thank you to Fine company", "Thank You, GirlScript Summer of Code").
    let named = |i: usize| {
        if i >= doc.tokens.len() {
            return false;
        }
        if doc.is_handle(i) {
            return true;
        }
        let w = doc.word(i);
        let next = doc.tokens.get(i + 1).map(|_| doc.word(i + 1));
        is_name(doc, i)
            && !doc.tokens[i].all_caps
            && !TITLES.contains(&w)
            && !matches!(
                w,
                "for"
                    | "so"
                    | "a"
                    | "the"
                    | "to"
                    | "again"
                    | "all"
                    | "much"
                    | "very"
                    | "and"
                    | "everyone"
                    | "everybody"
                    | "guys"
                    | "folks"
                    | "team"
                    | "you"
                    | "in"
            )
            && !next.is_some_and(|n| {
                matches!(
                    n,
                    "company"
                        | "team"
                        | "foundation"
                        | "inc"
                        | "group"
                        | "community"
                        | "summer"
                        | "org"
                        | "organization"
                        | "organisation"
                        | "project"
                        | "of"
                )
            })
            && !(i + 1 < doc.tokens.len()
                && doc.tokens[i + 1].capitalized
                && doc.tokens[i + 1].gap_before == Gap::Soft
                && next.is_some_and(|n| !matches!(n, "and"))
                && doc.tokens.get(i + 2).is_some_and(|t| t.capitalized))
    };
    let to_everyone = doc.sentences.get(doc.layout.opening).is_some_and(|s| {
        s.tokens
            .clone()
            .any(|i| matches!(doc.word(i), "everyone" | "everybody" | "all"))
    });
    let one_handle = |i: usize| {
        doc.is_handle(i) && !to_everyone && !(i + 1 < doc.tokens.len() && doc.is_handle(i + 1))
    };
    doc.sentences
        .iter()
        .skip(doc.layout.opening)
        .take(4)
        .any(|s| {
            s.tokens.clone().any(|i| {
                let w = doc.word(i);
                let end = s.tokens.end;
                match w {
                    // "Thanks Peter", "Thank you Valeria".
                    // "Thanks @hdrdavies": the "@" is no break, when one person is thanked
                    // in a note not opened to everyone ("Thanks @a @b @c" after a farewell
                    // to the team is thanks to a group).
                    "thanks" | "thx" => {
                        i + 1 < end
                            && (doc.tokens[i + 1].gap_before == Gap::Soft || one_handle(i + 1))
                            && named(i + 1)
                    }
                    "thank" => {
                        i + 2 < end
                            && doc.word(i + 1) == "you"
                            && (doc.tokens[i + 2].gap_before == Gap::Soft || one_handle(i + 2))
                            && named(i + 2)
                    }
                    // "a big thank you to Brian", "deep appreciation to Anum".
                    "appreciation" | "gratitude" | "kudos" | "shoutout" => {
                        i + 2 < end && doc.word(i + 1) == "to" && named(i + 2)
                    }
                    "you" if i > s.tokens.start && doc.word(i - 1) == "thank" => {
                        i + 2 < end && doc.word(i + 1) == "to" && named(i + 2)
                        // "…for your continued work, @romainx." closing the thanks.
                        || end - 1 > i + 1
                            && named(end - 1)
                            && doc.tokens[end - 1].gap_before == Gap::Hard
                            // "…for your work on the Project." names a thing.
                            && doc.word(end - 2) != "the"
                    }
                    _ => false,
                }
            })
        })
}

const THANKING: &[&str] = &[
    "thanks",
    "thank",
    "congrats",
    "congratulations",
    "welcome",
    "cheers",
    "appreciate",
];

/// "Massive H5YR to\n\n@JasonElkin", "Hello everyone,\n\n@reidka, @david-yz-liu I really
/// enjoyed working with you": the line after the opening one starts on a handle, and
/// names them. A handle further down is a cc or a third person.
fn handle_opens_second_line(doc: &Document, start: usize) -> bool {
    let next_line = (start + 1..doc.tokens.len())
        .find(|&k| doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start].contains('\n'));
    next_line.is_some_and(|k| {
        let gap = &doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start];
        let line_start = gap.rsplit('\n').next().unwrap_or_default().trim();
        line_start == "@" && names_handle(doc, k..k + 1)
    })
}

/// A handle in the sentence names the one it tags: "Thanks @bersace", "Merry Christmas
/// @yuyi98!", "Huge congratulations to @katcosgrove and the whole team".
fn names_handle(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    tokens.clone().any(|k| {
        doc.is_handle(k) && {
            let before = &doc.text[..doc.tokens[k].span.start];
            let before = &before[..before.len() - 1];
            // Not an e-mail address: "ana@example.com".
            before.is_empty() || before.ends_with(|c: char| !c.is_alphanumeric())
        }
    })
}

/// The slot that token `i` starts (after its bracket) closes the sentence: "…, [First Name]."
fn ends_slot_sentence(doc: &Document, i: usize, end: usize) -> bool {
    let from = doc.tokens[i - 1].span.end;
    let sentence_end = doc
        .tokens
        .get(end - 1)
        .map_or(doc.text.len(), |t| t.span.end);
    let rest = &doc.text[from..];
    let Some(close) = rest.find([']', '}', '>']) else {
        return false;
    };
    from + close + 1 >= sentence_end
}
