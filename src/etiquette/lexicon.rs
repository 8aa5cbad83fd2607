//! Word lists the engine itself needs to read a message (not rule content): what makes a
//! sentence an ask, what marks a sentence as small talk or an offer, and negating words.

/// Word sequences that make a sentence an ask of the reader.
pub const ASK: &[&str] = &[
    // The old and formal way of asking: "a request that you would favour me with a letter".
    "favour me with",
    "favor me with",
    "a request that you",
    "solicit your",
    "request your",
    // A conditional ask is still an ask: "if you can spare me 10 minutes, I'd be grateful".
    "if you can spare",
    "if you could spare",
    "would be really grateful",
    "would be very grateful",
    "would be most grateful",
    "would be so grateful",
    "i hope you will",
    "i hope you would",
    "i hope you might",
    // Asking to find out, and asking on someone's behalf.
    "reaching out to see if",
    "writing to see if",
    "wanted to see if",
    "to see if you",
    "i'd like for",
    "i would like for",
    "would like your",
    "i'd like your",
    "she'd love",
    "he'd love",
    "they'd love",
    "she would love",
    "he would love",
    "if you're amenable",
    "if you are amenable",
    "i'd appreciate",
    "i would appreciate",
    "i'd value",
    "i would value",
    "i'd be grateful for",
    "i would be grateful for",
    "could you",
    "would you",
    "can you",
    "will you",
    "might you",
    "please",
    "would it be possible",
    "is it possible",
    "i'd love to",
    "i would love to",
    "i'd love it if",
    "i'd be grateful if",
    "i would be grateful if",
    "i'd appreciate it if",
    "i would appreciate it if",
    "i'd really appreciate",
    "i would really appreciate",
    "i'd really appreciate it if",
    "are you open to",
    "are you available",
    "do you have time",
    "do you have * minutes",
    "is there any chance",
    "i was wondering if",
    "i'm wondering if",
    "i am wondering if",
    "i'm hoping you",
    "i am hoping you",
    "i hope you could",
    "would you be",
    "may i",
    "could i",
    "can i",
    "could we",
    "can we",
    "if you could",
    "if you'd be willing",
    "would you mind",
    "would love to",
    "do you know anyone",
    "do you know someone",
    "would you consider",
    "any chance you",
    "i'd like to ask",
    "i'm looking for",
    "i am looking for",
    "i'd welcome",
    "i would welcome",
    "i'd * love to",
    "i'd * like to",
    "i would * love to",
    "love to know",
    "like to know",
    "keen to know",
    "keen to hear",
    "curious to know",
    "what would you",
    "how did you",
    "what do you",
    "how do you",
    "what was",
    "what's the",
    "is your",
    "are you hiring",
    "are there",
    "do you have any",
    "let's",
    "lets (get|meet|talk|chat|catch|grab|set|find|schedule|connect)",
    "(i|we) (hope|trust) (you|that you) (can|could|will|would|might|may)",
    "(~request|~solicit|~beg) (your|you)",
    "(i'm|i am) (writing|reaching out|emailing|contacting you) to (ask|request)",
    "(wondering|wonder) (if|whether)",
    // A connection request asks for one concrete thing.
    "(i'd|i would) (like|love) to (connect|add you)",
    "(consider|considering) connecting",
    "(welcome|love|appreciate) the (opportunity|chance) to connect",
    "(accept|add) my (invitation|invite|request|connection)",
];

/// Verbs that, opening a sentence, make it a request in the imperative ("Send me the
/// deck.", "Let me know if your team is hiring."). Offers ("let me know if I can help")
/// are caught by [`NOT_ASK`] first.
pub const IMPERATIVE: &[&str] = &[
    "send",
    "share",
    "tell",
    "forward",
    "introduce",
    "connect",
    "let",
    "give",
    "pass",
    "email",
    "call",
    "help",
    "review",
    "look",
    "check",
    "read",
    "put",
    "refer",
    "recommend",
    "reply",
    "respond",
    "write",
    "advise",
    "suggest",
    "consider",
    "keep",
    "get",
    "find",
    "ping",
    "text",
    "sign",
    "fill",
    "vote",
    "endorse",
    "join",
    "come",
    "meet",
    "schedule",
    "book",
    "confirm",
];

/// Words that may stand before an imperative verb without changing it ("So send me...").
pub fn is_imperative_lead(word: &str) -> bool {
    matches!(
        word,
        "so" | "also" | "and" | "just" | "kindly" | "pls" | "plz" | "then" | "now" | "oh"
    )
}

/// Sequences that make a sentence small talk, an offer or an easy out rather than an ask.
pub const NOT_ASK: &[&str] = &[
    // Asking oneself: "I asked myself: what would Debbie do?"
    "asked myself",
    "ask myself",
    "i wondered",
    "please don't",
    "don't feel obliged",
    "feel obliged",
    "no need to",
    "don't worry",
    "how are you",
    "how have you been",
    "how's it going",
    "how was your",
    "hope you",
    "hope you're",
    "hope all is well",
    "let me know if i can",
    "let me know how i can",
    "let me know if there's anything i",
    "if there's anything i can",
    "if i can ever",
    "no worries",
    "if not",
    "feel free",
    "no pressure",
    "i'd be happy to",
    "i'd be glad to",
    "happy to",
    "glad to",
    "can i help",
    "how can i help",
    "can i return",
    "no rush",
    "totally understand",
    "completely understand",
    "i understand if",
    "no problem if",
    "what's new with you",
    "would you like me to",
    "want me to",
    "should i",
    "shall i",
    "could i help",
    "please find",
    "please see",
    "please excuse",
    "please forgive",
    "please don't hesitate",
    "please ignore",
    "let me know if you have any questions",
    "let me know if you have questions",
    "let me know if you need anything",
    "let me know if you'd like me to",
    "let me know if you would like me to",
    "let me know if you want me to",
    "let me know if i can",
    "let me know how i can",
    "let me know if there's anything",
    "let me know if there is anything",
    "let me know if that would help",
    "let me know if it would help",
    "let me know if that helps",
    "keep up the",
    // A report of what the reader asked for is not a new ask.
    "you asked me",
    "you asked for",
    "you asked whether",
    "you asked if",
    "as you asked",
    "as requested",
    "as you requested",
    "per your request",
    "you wanted me to",
    "keep in touch",
    "help yourself",
    "do come",
    "get well",
    "check out my",
];

/// Sequences where the writer says what they hope for: "I'd love to join your team" asks
/// without a question mark, so rules that read what is asked for read these sentences too.
pub const WISH: &[&str] = &[
    "i'd (love|like|welcome) (to|the|a|an|any)",
    "i would (love|like|welcome) (to|the|a|an|any)",
    "(i'm|we're) (hoping|looking|keen|eager|aiming|trying) (to|for)",
    "(i|we) am (hoping|looking|keen|eager|aiming|trying) (to|for)",
    "(i|we) (was|were) (hoping|looking|keen|eager|aiming|trying|wanting) (to|for)",
    "(i've|i have|we've|we have) been (hoping|looking|meaning|wanting|keen) to",
    "(i'm|we're) (very|really|) interested in",
    "(i|we) am (very|really|) interested in",
    "i (hope|want|wish) to",
    "i'd (really|so|) (love|like|welcome) (to|the|a|an|any)",
    "it would be (great|wonderful|amazing|fantastic|helpful) (to|if)",
    "it'd be (great|wonderful|amazing|fantastic|helpful) (to|if)",
    "my (dream|goal|hope|aim) is to",
    "(i'm|i am|we're|we are) hoping (you|you'll|you will|you can|you could|you might|that you)",
    "(i|we) (wanted|want|would like|'d like) to (invite|offer) you",
    "(i'd|we'd) like to (invite|offer) you",
    "(want|like) to come (over|by|in)",
    "(we|you and i) should (really|definitely|) (meet|reconnect|catch|get|grab|talk|chat|have)",
    "i'd be (grateful|thankful|honored|honoured|delighted|thrilled) (for|if|to)",
    "i would be (grateful|thankful|honored|honoured|delighted|thrilled) (for|if|to)",
];

/// Sequences that bring the reader something: good wishes, news of theirs noticed, a read.
pub const GIFT: &[&str] = &[
    "~congratulate",
    "(congratulations|congrats|kudos|bravo|mazel tov)",
    "well done",
    "happy (birthday|anniversary|holidays|new year|thanksgiving|diwali|eid|hanukkah|lunar new year|work anniversary|retirement|friday)",
    "(merry|happy) christmas",
    "(best|warm|good) wishes",
    "good luck",
    "(thought|thinking) of you",
    "(thought|figured) (you'd|you would|you might)",
    "reminded me of you",
    "made me think of you",
    "(~share|~send|~pass along|~pass on|here's|here is) (this|the|a|an|some)",
    "(saw|read|heard|noticed|spotted) (your|that you|about your|the news)",
    "proud of you",
    "(so|really|very) (happy|glad|pleased|thrilled|excited) for you",
    "(in case|if) (it's|it is|you find it) (useful|helpful|of use|interesting)",
];

/// Does `word` negate what follows within a few words ("no need to reply ASAP")?
pub fn is_negator(word: &str) -> bool {
    matches!(
        word,
        "no" | "not"
            | "never"
            | "nothing"
            | "without"
            | "cannot"
            | "hardly"
            | "zero"
            | "nor"
            | "neither"
            | "none"
            | "nobody"
    ) || word.ends_with("n't")
}

/// "I", "me", "my", ...: words about the writer.
pub fn is_first_person(word: &str) -> bool {
    matches!(
        word,
        "i" | "me" | "my" | "mine" | "myself" | "i'm" | "i've" | "i'd" | "i'll" | "im"
    )
}

/// "you", "your", ...: words about the reader.
pub fn is_second_person(word: &str) -> bool {
    matches!(
        word,
        "you" | "your" | "yours" | "yourself" | "you're" | "you've" | "you'd" | "you'll" | "ya"
    )
}
