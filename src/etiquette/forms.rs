//! Word forms and the pattern language of `content/rules/`: `~pay` matches pay, pays, paid
//! and paying; `(team|group)` matches either word; `(the|)` makes a word optional. Patterns
//! are expanded once into plain word sequences, so matching stays one hash lookup a word.

/// Past tenses and participles that no suffix rule gives.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("be", &["am", "is", "are", "was", "were", "been", "being"]),
    ("have", &["has", "had", "having"]),
    ("do", &["does", "did", "done", "doing"]),
    ("go", &["goes", "went", "gone", "going"]),
    ("pay", &["paid"]),
    ("make", &["made"]),
    ("get", &["got", "gotten", "getting"]),
    ("give", &["gave", "given"]),
    ("take", &["took", "taken"]),
    ("tell", &["told"]),
    ("send", &["sent"]),
    ("find", &["found"]),
    ("think", &["thought"]),
    ("hear", &["heard"]),
    ("meet", &["met"]),
    ("know", &["knew", "known"]),
    ("see", &["saw", "seen"]),
    ("come", &["came"]),
    ("buy", &["bought"]),
    ("lend", &["lent"]),
    ("spend", &["spent"]),
    ("keep", &["kept"]),
    ("win", &["won", "winning"]),
    ("leave", &["left"]),
    ("bring", &["brought"]),
    ("put", &["putting"]),
    ("let", &["letting"]),
    ("set", &["setting"]),
    ("write", &["wrote", "written"]),
    ("hold", &["held"]),
    ("say", &["said"]),
    ("sell", &["sold"]),
    ("feel", &["felt"]),
    ("lose", &["lost"]),
    ("teach", &["taught"]),
    ("speak", &["spoke", "spoken"]),
    ("forget", &["forgot", "forgotten", "forgetting"]),
    ("owe", &["owed"]),
    ("refer", &["referred", "referring"]),
    ("offer", &["offered", "offering"]),
    ("land", &["landed"]),
    ("join", &["joined"]),
];

/// Every form of `word` a message might use: itself, its plural or third person, past and
/// `-ing` forms by the regular rules, and the irregular ones. Forms that are not English
/// words are harmless: no message contains them.
pub fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let mut push = |w: String| {
        if !out.contains(&w) {
            out.push(w);
        }
    };
    if let Some((_, extra)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        extra.iter().for_each(|w| push(w.to_string()));
    }
    let bytes = word.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let before = bytes.len().checked_sub(2).map(|i| bytes[i]);
    let vowel = |b: u8| b"aeiou".contains(&b);
    if last == b'e' {
        let stem = &word[..word.len() - 1];
        push(format!("{word}s"));
        push(format!("{word}d"));
        push(format!("{stem}ing"));
    } else if last == b'y' && before.is_some_and(|b| !vowel(b)) {
        let stem = &word[..word.len() - 1];
        push(format!("{stem}ies"));
        push(format!("{stem}ied"));
        push(format!("{word}ing"));
    } else if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        push(format!("{word}es"));
        push(format!("{word}ed"));
        push(format!("{word}ing"));
    } else {
        push(format!("{word}s"));
        push(format!("{word}ed"));
        push(format!("{word}ing"));
        // "stop" -> "stopped": a short word ending consonant-vowel-consonant doubles.
        let short_cvc = bytes.len() <= 4
            && bytes.len() >= 3
            && !vowel(last)
            && !b"wxy".contains(&last)
            && before.is_some_and(vowel)
            && !vowel(bytes[bytes.len() - 3]);
        if short_cvc {
            let doubled = char::from(last);
            push(format!("{word}{doubled}ed"));
            push(format!("{word}{doubled}ing"));
        }
    }
    out
}

/// One slot of a pattern: the words that may stand there, or none (an optional word left out).
fn slot(token: &str) -> Vec<String> {
    if let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return inner.split('|').flat_map(slot).collect();
    }
    if token.is_empty() {
        return vec![String::new()];
    }
    match token.strip_prefix('~') {
        Some(word) => forms(word),
        None => vec![token.to_string()],
    }
}

/// Every plain word sequence a pattern stands for, without empty words, never starting
/// with `*`. Expansion is capped so a slip in a content file cannot blow up the index.
pub fn expand(pattern: &str) -> Vec<Vec<String>> {
    let mut out = expand_raw(pattern);
    out.retain(|words| words.first().is_some_and(|w| w != "*"));
    out
}

fn expand_raw(pattern: &str) -> Vec<Vec<String>> {
    const MOST: usize = 4096;
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for token in pattern.split_whitespace() {
        let choices = slot(token);
        let mut next = Vec::with_capacity(out.len() * choices.len());
        for prefix in &out {
            for choice in &choices {
                let mut words = prefix.clone();
                if !choice.is_empty() {
                    words.push(choice.clone());
                }
                next.push(words);
            }
        }
        next.truncate(MOST);
        out = next;
    }
    out.sort();
    out.dedup();
    out
}

/// Is `pattern` well formed: lower-case words, `*`, `~word` or `(a|b|)` groups, not empty
/// and never able to start with `*`? `build.rs` runs it on every pattern in `content/`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn check(pattern: &str) -> Result<(), String> {
    let word_ok = |w: &str| {
        w == "*"
            || (!w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphanumeric() && !c.is_uppercase() || c == '\'')
                && !w.starts_with('\'')
                && !w.ends_with('\''))
    };
    let slot_ok = |t: &str| -> bool {
        let inner = t.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
        match inner {
            Some(inner) => inner
                .split('|')
                .all(|w| w.is_empty() || word_ok(w.strip_prefix('~').unwrap_or(w))),
            None => word_ok(t.strip_prefix('~').unwrap_or(t)),
        }
    };
    let tokens: Vec<&str> = pattern.split_whitespace().collect();
    if tokens.is_empty() || !tokens.iter().all(|t| slot_ok(t)) {
        return Err(format!(
            "pattern {pattern:?} must be lower-case words, *, ~word or (a|b) groups"
        ));
    }
    if expand_raw(pattern)
        .iter()
        .any(|words| words.first().is_none_or(|w| w == "*"))
    {
        return Err(format!("pattern {pattern:?} can be empty or start with *"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, form: &str) -> bool {
        forms(word).iter().any(|f| f == form)
    }

    #[test]
    fn regular_and_irregular_forms() {
        for (word, form) in [
            ("pay", "paid"),
            ("pay", "paying"),
            ("hire", "hiring"),
            ("hire", "hired"),
            ("offer", "offered"),
            ("owe", "owed"),
            ("apply", "applied"),
            ("salary", "salaries"),
            ("stop", "stopped"),
            ("interview", "interviewed"),
            ("be", "being"),
        ] {
            assert!(has(word, form), "{word} -> {form}");
        }
    }

    #[test]
    fn groups_and_optional_words_expand() {
        let got = expand("join (your|the) (team|) now");
        assert!(got.contains(&vec![
            "join".into(),
            "your".into(),
            "team".into(),
            "now".into()
        ]));
        assert!(got.contains(&vec!["join".into(), "the".into(), "now".into()]));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn a_pattern_that_could_start_with_a_wildcard_is_refused() {
        assert!(check("the * job").is_ok());
        assert!(
            check("(the|) * job").is_err(),
            "'* job' would start with a wildcard"
        );
        assert!(check("Hire me").is_err());
        assert!(check("~hire me").is_ok());
        assert!(check("(|)").is_err());
    }
}
