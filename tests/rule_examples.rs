//! Every example in `content/rules/*.toml` behaves as written: `fire` examples trip their
//! rule, `quiet` examples don't. Also checks the catalogue and the engine agree.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::etiquette::{examples::RULE_EXAMPLES, lint, rules, Kind, RULES};

#[test]
fn every_rule_example_fires_or_stays_quiet_as_written() {
    let mut failures = Vec::new();
    for &(rule, kind, should_fire, text) in RULE_EXAMPLES {
        let kind: Kind = kind.parse().unwrap();
        let report = lint(kind, text);
        let fired = report.diagnostics.iter().any(|d| d.rule == rule);
        if fired != should_fire {
            let got: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| format!("{} ({})", d.rule, d.message))
                .collect();
            failures.push(format!(
                "{rule}: expected {} on {text:?}\n    got: {got:?}",
                if should_fire { "a finding" } else { "silence" }
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rule examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_catalogue_rule_has_exactly_one_implementation_and_vice_versa() {
    let implemented: Vec<&str> = rules::ALL.iter().map(|r| r.id()).collect();
    let catalogued: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(implemented, catalogued);
}

#[test]
fn the_catalogue_has_all_23_rules_from_the_etiquette_rules() {
    let expected = [
        "ask-in-check-in",
        "ask-in-thanks",
        "generic-greeting",
        "generic-thanks",
        "introducer-not-credited",
        "job-ask",
        "keeping-score",
        "long-sentence",
        "me-first",
        "missing-link",
        "missing-thanks",
        "multiple-asks",
        "no-easy-out",
        "no-give",
        "no-loop-closing",
        "over-promise",
        "pressure",
        "sensitive-ask",
        "shouting",
        "too-long",
        "unbounded-time",
        "unfilled-placeholder",
        "vague-ask",
    ];
    let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, expected);
}

#[test]
fn every_rule_has_an_explanation_and_a_summary() {
    for rule in RULES {
        assert!(
            rule.explanation.split_whitespace().count() >= 25,
            "{} explanation is too thin",
            rule.id
        );
        assert!(
            !rule.summary.is_empty() && rule.summary.len() < 120,
            "{} summary",
            rule.id
        );
        assert!(
            goodwill::content::guide(rule.guide).is_some(),
            "{} links to a missing guide",
            rule.id
        );
    }
}

/// Findings quote words one way, with curly marks (“ASAP”), whichever rule wrote them.
#[test]
fn every_finding_quotes_with_curly_marks() {
    let mut failures = Vec::new();
    for &(rule, kind, should_fire, text) in RULE_EXAMPLES {
        // A message may quote the user's own words; skip examples that hold straight
        // double quotes themselves.
        if !should_fire || text.contains('"') {
            continue;
        }
        let kind: Kind = kind.parse().unwrap();
        for d in lint(kind, text).diagnostics {
            let chars: Vec<char> = d.message.chars().collect();
            let straight_quote = chars.iter().enumerate().any(|(i, &c)| {
                let before = i.checked_sub(1).map(|k| chars[k]);
                let after = chars.get(i + 1).copied();
                c == '"'
                    || (c == '\''
                        && (before.is_none_or(|b| b.is_whitespace() || b == '(')
                            || after.is_none_or(|a| a.is_whitespace() || ".,;:!?)".contains(a))))
            });
            if straight_quote {
                failures.push(format!("{rule} / {}: {}", d.rule, d.message));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
