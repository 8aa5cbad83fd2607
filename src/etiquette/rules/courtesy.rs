//! What a question or a plea to the reader does when it asks nothing of them: small talk
//! ("How's the new job going?") and courtesies ("please take care", "please share my thanks
//! with the team"). ask-in-thanks and ask-in-check-in both read asks through these.

/// A question about them that asks nothing of them: "How's the new job going?", "Did you
/// start already?", "Were you the girl with blonde hair?". It opens with a form of "be",
/// "do" or "how", and has no word that turns it into a favour ("could", "chance", "send").
pub fn small_talk(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let first = sentence
        .tokens
        .clone()
        .map(|i| doc.word(i))
        .find(|w| !matches!(*w, "and" | "so" | "but" | "p" | "s" | "ps" | "oh" | "also"));
    let opens = first.is_some_and(|w| {
        matches!(
            w,
            "was"
                | "were"
                | "did"
                | "are"
                | "is"
                | "how"
                | "how's"
                | "how're"
                | "how've"
                | "have"
                | "has"
                | "what's"
                | "where"
                | "when"
        )
    });
    let favour = sentence.tokens.clone().any(|i| {
        matches!(
            doc.word(i),
            "could"
                | "would"
                | "can"
                | "will"
                | "please"
                | "mind"
                | "able"
                | "chance"
                | "send"
                | "share"
                | "introduce"
                | "help"
                | "review"
                | "look"
                | "read"
                | "recommend"
        )
    });
    opens && !favour
}

/// Words after "please" that make a courtesy, not a favour: "please know how grateful I
/// am", "please take care", "please keep doing what you do", "please don't hesitate to
/// ask".
const COURTESIES: &[&str] = &[
    "know",
    "understand",
    "accept",
    "take",
    "keep",
    "stay",
    "enjoy",
    "go",
    "be",
    "do",
    "don't",
    "feel",
    "forgive",
    "excuse",
    "correct",
    "consider",
    "follow",
    "remember",
    "say",
    "thank",
    "tell",
    "ignore",
    "join",
    "welcome",
];

/// A plea that only offers or wishes: "please" before one of [`COURTESIES`], or help the
/// reader may take up ("If you have any questions, please reach out", "Please let me know
/// if you run into any problems").
pub fn courtesy(
    doc: &crate::etiquette::text::Document,
    sentence: &crate::etiquette::text::Sentence,
) -> bool {
    let words: Vec<&str> = sentence.tokens.clone().map(|i| doc.word(i)).collect();
    // "Please share my thanks with the team" passes on the writer's words; "please share
    // the slides" asks for something.
    let passes_on = words.windows(3).any(|w| {
        w[0] == "please"
            && matches!(
                w[1],
                "share" | "send" | "give" | "pass" | "extend" | "convey"
            )
            && matches!(w[2], "my" | "our" | "along" | "on")
    });
    let courteous = words
        .windows(2)
        .any(|w| w[0] == "please" && COURTESIES.contains(&w[1]));
    let offered = words.windows(2).any(|w| {
        matches!(
            w,
            [
                "if",
                "you" | "you've" | "you're" | "you'd" | "there" | "any" | "i" | "we"
            ] | ["hesitate", _]
                | ["any", "way"]
        )
    });
    passes_on || courteous || offered
}
