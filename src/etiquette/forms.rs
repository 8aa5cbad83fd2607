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

/// The pattern's slots: words, and `(...)` groups kept whole even when an alternative has
/// spaces ("(have|know of)").
fn slots(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = pattern.trim_start();
    while !rest.is_empty() {
        let end = if rest.starts_with('(') {
            rest.find(')').map_or(rest.len(), |i| i + 1)
        } else {
            rest.find(char::is_whitespace).unwrap_or(rest.len())
        };
        out.push(&rest[..end]);
        rest = rest[end..].trim_start();
    }
    out
}

/// The word sequences that may stand in one slot; an empty one is an optional word left out.
fn choices(slot: &str) -> Vec<Vec<String>> {
    if let Some(inner) = slot.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return inner
            .split('|')
            .flat_map(|alternative| {
                alternative
                    .split_whitespace()
                    .fold(vec![Vec::new()], |acc, word| product(&acc, &choices(word)))
            })
            .collect();
    }
    match slot.strip_prefix('~') {
        Some(word) => forms(word).into_iter().map(|w| vec![w]).collect(),
        None => vec![vec![slot.to_string()]],
    }
}

/// The most word sequences one pattern may stand for.
const MOST: usize = 4096;

/// Each prefix followed by each choice. Capped so a slip in a content file cannot blow up
/// the index; [`check`] refuses a pattern that reaches the cap, so none is cut short.
fn product(prefixes: &[Vec<String>], choices: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut next = Vec::with_capacity((prefixes.len() * choices.len()).min(MOST));
    for prefix in prefixes {
        for choice in choices {
            if next.len() == MOST {
                return next;
            }
            let mut words = prefix.clone();
            words.extend(choice.iter().cloned());
            next.push(words);
        }
    }
    next
}

/// Every plain word sequence a pattern stands for, never starting with `*`.
pub fn expand(pattern: &str) -> Vec<Vec<String>> {
    let mut out = expand_raw(pattern);
    out.retain(|words| words.first().is_some_and(|w| w != "*"));
    out
}

fn expand_raw(pattern: &str) -> Vec<Vec<String>> {
    let mut out = slots(pattern)
        .into_iter()
        .fold(vec![Vec::new()], |acc, slot| product(&acc, &choices(slot)));
    out.sort();
    out.dedup();
    out
}

/// Is `pattern` well formed: lower-case words, `*`, `~word` or `(a b|c|)` groups, never
/// empty and never able to start with `*`? `build.rs` runs it on every pattern in `content/`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn check(pattern: &str) -> Result<(), String> {
    let word_ok = |w: &str| {
        let w = w.strip_prefix('~').unwrap_or(w);
        w == "*"
            || (!w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphanumeric() && !c.is_uppercase() || c == '\'')
                && !w.starts_with('\'')
                && !w.ends_with('\''))
    };
    let slot_ok = |t: &str| -> bool {
        match t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
            Some(inner) => {
                !inner.contains(['(', ')'])
                    && inner.split('|').all(|a| a.split_whitespace().all(word_ok))
            }
            None => word_ok(t),
        }
    };
    let slots = slots(pattern);
    if slots.is_empty() || !slots.iter().all(|t| slot_ok(t)) {
        return Err(format!(
            "pattern {pattern:?} must be lower-case words, *, ~word or (a b|c|) groups"
        ));
    }
    if expand_raw(pattern)
        .iter()
        .any(|words| words.first().is_none_or(|w| w == "*"))
    {
        return Err(format!("pattern {pattern:?} can be empty or start with *"));
    }
    // A pattern cut short at the cap would quietly miss the wordings past it. The product of
    // each slot's choices bounds what `product` builds before it is cut.
    let fits = slots
        .iter()
        .map(|slot| choices(slot).len())
        .try_fold(1usize, |n, c| n.checked_mul(c).filter(|&n| n < MOST));
    if fits.is_none() {
        return Err(format!(
            "pattern {pattern:?} stands for {MOST} or more word sequences: split it"
        ));
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
        assert!(expand("do you (have|know of) any").contains(&vec![
            "do".into(),
            "you".into(),
            "know".into(),
            "of".into(),
            "any".into()
        ]));
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

    #[test]
    fn a_pattern_too_big_to_index_whole_is_refused() {
        let slot = "(a|b|c|d|e|f|g|h)";
        assert!(check(&[slot; 3].join(" ")).is_ok(), "512 sequences fit");
        let err = check(&[slot; 4].join(" ")).unwrap_err();
        assert!(err.contains("split it"), "{err}");
    }
}
