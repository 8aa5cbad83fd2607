//! The precision gate: lints every labelled message in `tests/corpus/` and fails when the
//! checker cries wolf (overall precision below 0.95) or misses too much (recall below 0.85).
//! Prints per-rule precision and recall either way (`cargo test --test corpus -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

use goodwill::etiquette::{lint_with, Context, Kind, RULES};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.85;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    message: Vec<Message>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Message {
    id: String,
    kind: String,
    must: Vec<String>,
    #[serde(default)]
    must_not: Vec<String>,
    #[serde(default)]
    introduced_by: Option<String>,
    /// Where a real message was published (the blind sets).
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<String>,
    text: String,
}

/// The blind sets in `tests/corpus/blind/`: real messages labelled by people who never saw
/// the engine. Their first-run figures are in each file's header and the README; these
/// floors are today's figures, so a change that makes the checker worse on real text fails.
/// Raise them when the checker improves; never lower them to let a change through.
const BLIND_FLOORS: &[(&str, f64, f64)] = &[
    ("blind-3", 0.93, 0.86),
    ("blind-4", 0.92, 0.86),
    ("blind-5", 0.99, 0.84),
    ("blind-6", 0.94, 0.90),
    ("blind-7", 0.89, 0.84),
    // First run (407653d, before any change it prompted): 0.794 / 0.780.
    ("blind-8", 0.91, 0.84),
    // First run (5d82d30, before any change it prompted): 0.889 / 0.793, 4 of 18 clean
    // messages drew a finding.
    // 0.81: no-loop-closing gave up one hit here (thanks for "kindness and help" with no
    // word of what for) to lose five false alarms over the sets.
    ("blind-9", 0.96, 0.84),
    // First run (04531d3, before any change it prompted): 0.832 / 0.795, 3 of 20 clean
    // messages drew a finding.
    ("blind-10", 0.94, 0.83),
    // First run (aff4741, before any change it prompted): 0.870 / 0.855, 1 of 4 clean
    // messages drew a finding.
    ("blind-11", 0.97, 0.87),
    // First run (8e55933, before any change it prompted): 0.826 / 0.792, 4 of 16 clean
    // messages drew a finding.
    ("blind-12", 0.95, 0.85),
    // First run (7774d97, before any change it prompted): 0.833 / 0.805, 4 of 21 clean
    // messages drew a finding.
    ("blind-13", 0.95, 0.86),
    // First run (9080979, before any change it prompted): 0.763 / 0.774, 22 of 45 clean
    // messages drew a finding, most of them short notes on GitHub that name the reader
    // after the opening words ("Thanks @bersace", "Congrats on graduating Dylan!").
    // Tuned since to 0.843 / 0.774 (generic-greeting hears names after the opening words).
    ("blind-14", 0.88, 0.81),
    // First run (9080979, before any change it prompted): 0.770 / 0.819, 26 of 57 clean
    // messages drew a finding (57 of 208 clean: under the third the guide asks for).
    // Tuned since to 0.903 / 0.843; 0.83 since generic-greeting took a handle thanked in
    // the second sentence as the reader (one hit here, a team post, for nine false alarms).
    ("blind-15", 0.93, 0.88),
    // First run (ef00de3, before any change it prompted): 0.849 / 0.849, 2 of 17 clean
    // messages drew a finding (17 of 66 clean: the pages corpus is nearly used up).
    // Tuned since to 0.894 / 0.849, no clean message scolded.
    ("blind-16", 0.94, 0.86),
    // First run (22bcfe5, before any change it prompted): 0.820 / 0.708, 5 of 34 clean
    // messages drew a finding. Tuned since to 0.940 / 0.708, 2 of 34.
    ("blind-17", 0.96, 0.74),
    // First run (10a7fe0, before any change it prompted): 0.773 / 0.773, 14 of 49 clean
    // messages drew a finding. Tuned since to 0.871 / 0.781, 4 of 49.
    ("blind-18", 0.88, 0.81),
    // First run (58fc58d, before any change it prompted): 0.828 / 0.784, 9 of 51 clean
    // messages drew a finding. Tuned since to 0.920 / 0.815, 5 of 51.
    ("blind-19", 0.94, 0.84),
    // First run (79bb794, before any change it prompted): 0.747 / 0.829, 20 of 77 clean
    // messages drew a finding. Tuned since to 0.853 / 0.829, 10 of 77.
    ("blind-20", 0.86, 0.84),
    // First run (3d9fbf5, before any change it prompted): 0.844 / 0.796, 9 of 49 clean
    // messages drew a finding (0.836 / 0.796, 11 of 49, on the session's starting 470e60e).
    // Tuned since to 0.911 / 0.829, 4 of 49.
    ("blind-21", 0.94, 0.85),
    // First run (b0e4303, before any change it prompted): 0.799 / 0.790, 23 of 92 clean
    // messages drew a finding (0.787 / 0.788, 28 of 92, on the session's starting 470e60e).
    // Tuned since to 0.851 / 0.807, 16 of 92.
    ("blind-22", 0.89, 0.84),
    // First run (41ae45d, before any change it prompted): 0.869 / 0.785, 3 of 14 clean
    // messages drew a finding (0.860 / 0.778, 3 of 14, on the session's starting 470e60e).
    // Only 14 clean: the search tool's budget ran out for its helpers. Tuned since to
    // 0.895 / 0.785, 2 of 14.
    ("blind-23", 0.91, 0.82),
    // First run (e1a002c, before any change it prompted): 0.820 / 0.802, 9 of 36 clean
    // messages drew a finding (0.814 / 0.804, 10 of 36, on the session's starting d87dc94).
    // Tuned since to 0.857 / 0.812, 8 of 36.
    ("blind-24", 0.87, 0.83),
    // First run (8777116, before any change it prompted): 0.818 / 0.784, 21 of 78 clean
    // messages drew a finding (0.815 / 0.786 on e1a002c, 0.814 / 0.786 on d87dc94).
    // Tuned since to 0.882 / 0.783, 10 of 78.
    ("blind-25", 0.90, 0.81),
    // First run (4d5ee03, before any change it prompted): 0.825 / 0.775, 18 of 106 clean
    // messages drew a finding (the same on the session's starting 6a888b6). Tuned since to
    // 0.873 / 0.803, 15 of 106.
    ("blind-26", 0.88, 0.81),
    // First run (014dcaa, before any change it prompted): 0.732 / 0.821, 51 of 174 clean
    // messages drew a finding (0.719 / 0.805, 53 of 174, on the session's starting 6a888b6).
    // Tuned since to 0.780 / 0.835, 37 of 174 (2026-12-08): most of what is left is labellers' split on
    // invitations (is a speaking slot given? is "would January work for you?" a way out?).
    ("blind-27", 0.78, 0.83),
    // First run (e03ffe6, before any change it prompted): 0.830 / 0.811, 15 of 113 clean
    // messages drew a finding (the same findings on the session's starting 350b8d0). Tuned
    // since to 0.845 / 0.821, 11 of 113 (2026-12-08).
    ("blind-28", 0.84, 0.82),
    // First run (15fba77, before any change it prompted): 0.818 / 0.844, 24 of 106 clean
    // messages drew a finding (0.812 / 0.844, 26 of 106, on the session's starting 350b8d0).
    // Tuned since to 0.841 / 0.857, 18 of 106 (2026-12-08).
    ("blind-29", 0.84, 0.85),
    // First run (1667dc7, before any change it prompted): 0.846 / 0.791, 30 of 159 clean
    // messages drew a finding (0.844 / 0.790, 30 of 159, on the session's starting 5064309).
    // Tuned since to 0.871 / 0.801, 26 of 159.
    ("blind-30", 0.86, 0.79),
];

#[derive(Default, Clone, Copy)]
struct Tally {
    hits: usize,
    false_alarms: usize,
    misses: usize,
}

fn ratio(good: usize, bad: usize) -> f64 {
    if good + bad == 0 {
        1.0
    } else {
        good as f64 / (good + bad) as f64
    }
}

fn print_row(name: &str, t: &Tally) {
    println!(
        "{name:<26}{:>6}{:>8}{:>8}{:>11.3}{:>9.3}",
        t.hits,
        t.false_alarms,
        t.misses,
        ratio(t.hits, t.false_alarms),
        ratio(t.hits, t.misses)
    );
}

/// Every message with the name of the file it came from.
fn load() -> Vec<(String, Message)> {
    load_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
}

fn load_dir(dir: &str) -> Vec<(String, Message)> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            let file: File = toml::from_str(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            file.message.into_iter().map(move |m| (name.clone(), m))
        })
        .collect()
}

/// Hits, false alarms and misses of every rule over `messages`, and a line per mistake.
fn score(messages: &[(String, Message)]) -> (BTreeMap<&'static str, Tally>, Vec<String>) {
    let mut tallies: BTreeMap<&str, Tally> =
        RULES.iter().map(|r| (r.id, Tally::default())).collect();
    let mut problems = Vec::new();
    for (_, m) in messages {
        let kind: Kind = m.kind.parse().unwrap_or_else(|e| panic!("{}: {e}", m.id));
        let context = Context {
            introduced_by: m.introduced_by.clone(),
        };
        let fired: BTreeSet<&'static str> = lint_with(kind, &m.text, &context)
            .diagnostics
            .iter()
            .map(|d| d.rule)
            .collect();
        let must: BTreeSet<&str> = m.must.iter().map(String::as_str).collect();
        for rule in RULES {
            let tally = tallies.get_mut(rule.id).unwrap();
            match (fired.contains(rule.id), must.contains(rule.id)) {
                (true, true) => tally.hits += 1,
                (true, false) => {
                    tally.false_alarms += 1;
                    problems.push(format!("false alarm  {:<24} in {}", rule.id, m.id));
                }
                (false, true) => {
                    tally.misses += 1;
                    problems.push(format!("miss         {:<24} in {}", rule.id, m.id));
                }
                (false, false) => {}
            }
        }
    }
    (tallies, problems)
}

#[test]
fn blind_sets_hold_their_floors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/blind");
    let messages = load_dir(dir);
    let mut failures = Vec::new();
    for &(name, min_precision, min_recall) in BLIND_FLOORS {
        let set: Vec<(String, Message)> = messages
            .iter()
            .filter(|(file, _)| file == name)
            .cloned()
            .collect();
        assert!(set.len() >= 40, "{name} has {} messages", set.len());
        let (tallies, problems) = score(&set);
        let total = tallies.values().fold(Tally::default(), |t, r| Tally {
            hits: t.hits + r.hits,
            false_alarms: t.false_alarms + r.false_alarms,
            misses: t.misses + r.misses,
        });
        let clean = set.iter().filter(|(_, m)| m.must.is_empty()).count();
        let precision = ratio(total.hits, total.false_alarms);
        let recall = ratio(total.hits, total.misses);
        println!("{name}: {} messages ({clean} clean)", set.len());
        print_row("  OVERALL", &total);
        if precision < min_precision || recall < min_recall {
            failures.push(format!(
                "{name}: precision {precision:.3} (floor {min_precision}), recall {recall:.3} (floor {min_recall})\n{}",
                problems.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn corpus_precision_and_recall_meet_the_gate() {
    let messages = load();
    assert!(
        messages.len() >= 60,
        "the corpus needs at least 60 messages, has {}",
        messages.len()
    );
    let known: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    let mut tallies: BTreeMap<&str, Tally> =
        known.iter().map(|id| (*id, Tally::default())).collect();
    // The holdout files were written blind to the engine; each file's figure is printed on
    // its own so tuning against the rest can't hide how the checker does on new text.
    let mut by_file: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, m) in &messages {
        let file_tally = by_file.entry(file.as_str()).or_default();
        let kind: Kind = m.kind.parse().unwrap_or_else(|e| panic!("{}: {e}", m.id));
        for id in m.must.iter().chain(&m.must_not) {
            assert!(known.contains(id.as_str()), "{}: unknown rule {id}", m.id);
        }
        let context = Context {
            introduced_by: m.introduced_by.clone(),
        };
        let fired: BTreeSet<&str> = lint_with(kind, &m.text, &context)
            .diagnostics
            .iter()
            .map(|d| d.rule)
            .collect();
        let must: BTreeSet<&str> = m.must.iter().map(String::as_str).collect();
        for id in fired.union(&must) {
            let tally = tallies.get_mut(id).unwrap();
            match (fired.contains(id), must.contains(id)) {
                (true, true) => {
                    tally.hits += 1;
                    file_tally.hits += 1;
                }
                (true, false) => {
                    file_tally.false_alarms += 1;
                    tally.false_alarms += 1;
                    problems.push(format!("false alarm  {id:<24} in {}", m.id));
                }
                (false, true) => {
                    file_tally.misses += 1;
                    tally.misses += 1;
                    problems.push(format!("miss         {id:<24} in {}", m.id));
                }
                (false, false) => unreachable!(),
            }
        }
    }
    println!(
        "\n{:<26}{:>6}{:>8}{:>8}{:>11}{:>9}",
        "rule", "hits", "alarms", "misses", "precision", "recall"
    );
    let mut total = Tally::default();
    for (id, t) in &tallies {
        print_row(id, t);
        total.hits += t.hits;
        total.false_alarms += t.false_alarms;
        total.misses += t.misses;
    }
    let precision = ratio(total.hits, total.false_alarms);
    let recall = ratio(total.hits, total.misses);
    print_row("OVERALL", &total);
    for (file, tally) in &by_file {
        print_row(&format!("  {file}.toml"), tally);
    }
    println!("{} messages\n{}", messages.len(), problems.join("\n"));
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} is below {MIN_PRECISION}: the checker cries wolf"
    );
    assert!(
        recall >= MIN_RECALL,
        "recall {recall:.3} is below {MIN_RECALL}: the checker misses too much"
    );
}
