//! The build-time half of the self-assessment: reads `content/quiz/`, refuses anything the
//! scoring could trip over, and writes `quiz.rs` as plain statics (the .wasm carries no TOML).

use super::{sorted_files, typographic};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// The habits `src/quiz/score.rs` builds the reciprocity style from, in file order. The
/// scoring model names them, so the content must have exactly these.
const HABIT_IDS: [&str; 6] = [
    "giving-first",
    "keeping-score",
    "asking-well",
    "follow-through",
    "keeping-in-touch",
    "sustainable-giving",
];
const MIN_ITEMS: usize = 30;
const MIN_ITEMS_PER_HABIT: usize = 5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleFile {
    labels: [String; 5],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HabitFile {
    id: String,
    title: String,
    description: String,
    guides: Vec<String>,
    levels: Levels<LevelFile>,
    item: Vec<ItemFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Levels<T> {
    strength: T,
    mixed: T,
    gap: T,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelFile {
    meaning: String,
    next: Vec<ActionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionFile {
    id: String,
    text: String,
    guide: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    id: String,
    text: String,
    keyed: String,
    #[serde(default)]
    scale: Option<String>,
    #[serde(default)]
    options: Vec<OptionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    text: String,
    score: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResultsFile {
    levels: Levels<String>,
    styles: Styles,
    burnout: BurnoutFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Styles {
    giver: StyleFile,
    matcher: StyleFile,
    taker: StyleFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleFile {
    name: String,
    summary: String,
    guide: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BurnoutFile {
    title: String,
    meaning: String,
    actions: Vec<ActionFile>,
}

/// Everything in `dir`, checked, as the source of `quiz.rs`.
pub fn build(dir: &Path, guide_slugs: &[String]) -> String {
    let fail_in = |file: &str, why: String| -> ! {
        panic!("content error in {}: {why}", dir.join(file).display())
    };
    let read = |file: &str| {
        fs::read_to_string(dir.join(file)).unwrap_or_else(|e| fail_in(file, e.to_string()))
    };

    let scales: BTreeMap<String, ScaleFile> = toml::from_str(&read("scales.toml"))
        .unwrap_or_else(|e| fail_in("scales.toml", e.to_string()));
    for (id, scale) in &scales {
        if scale.labels.iter().any(|l| l.trim().is_empty()) {
            fail_in("scales.toml", format!("scale {id:?} has an empty label"));
        }
    }

    let mut action_ids = BTreeSet::new();
    let mut check_actions = |file: &str, actions: &[ActionFile], min: usize, max: usize| {
        if actions.len() < min || actions.len() > max {
            fail_in(
                file,
                format!("wants {min} to {max} actions, has {}", actions.len()),
            );
        }
        for a in actions {
            if !is_kebab(&a.id) || !action_ids.insert(a.id.clone()) {
                fail_in(
                    file,
                    format!("action id {:?} is not kebab-case or is used twice", a.id),
                );
            }
            if a.text.trim().is_empty() {
                fail_in(file, format!("action {:?} has no text", a.id));
            }
            if !guide_slugs.contains(&a.guide) {
                fail_in(
                    file,
                    format!("action {:?} links to a missing guide {:?}", a.id, a.guide),
                );
            }
        }
    };

    let results: ResultsFile = toml::from_str(&read("results.toml"))
        .unwrap_or_else(|e| fail_in("results.toml", e.to_string()));
    for style in [
        &results.styles.giver,
        &results.styles.matcher,
        &results.styles.taker,
    ] {
        if style.name.trim().is_empty() || style.summary.trim().is_empty() {
            fail_in(
                "results.toml",
                "every style needs a name and a summary".into(),
            );
        }
        if !guide_slugs.contains(&style.guide) {
            fail_in("results.toml", format!("missing guide {:?}", style.guide));
        }
    }
    check_actions("results.toml", &results.burnout.actions, 2, 3);

    let mut habits = Vec::new();
    let mut item_ids = BTreeSet::new();
    for path in sorted_files(dir, "toml") {
        let file = path
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        if file == "scales.toml" || file == "results.toml" {
            continue;
        }
        let fail = |why: String| -> ! { fail_in(&file, why) };
        let habit: HabitFile = toml::from_str(&read(&file)).unwrap_or_else(|e| fail(e.to_string()));
        let stem = file.trim_end_matches(".toml");
        if stem.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-') != habit.id {
            fail(format!(
                "file must be named NN-{}.toml after its id",
                habit.id
            ));
        }
        if !HABIT_IDS.contains(&habit.id.as_str()) {
            fail(format!(
                "unknown habit {:?}: the scoring model knows {HABIT_IDS:?}",
                habit.id
            ));
        }
        if habit.title.trim().is_empty() || habit.description.trim().is_empty() {
            fail("title and description must not be empty".into());
        }
        if habit.guides.is_empty() || habit.guides.iter().any(|g| !guide_slugs.contains(g)) {
            fail(format!(
                "guides {:?} must name existing guides",
                habit.guides
            ));
        }
        for level in [
            &habit.levels.strength,
            &habit.levels.mixed,
            &habit.levels.gap,
        ] {
            if level.meaning.trim().is_empty() {
                fail("every level needs a meaning".into());
            }
            check_actions(&file, &level.next, 2, 3);
        }
        if habit.item.len() < MIN_ITEMS_PER_HABIT {
            fail(format!(
                "needs at least {MIN_ITEMS_PER_HABIT} items, has {}",
                habit.item.len()
            ));
        }
        for item in &habit.item {
            let fail = |why: String| -> ! { fail(format!("item {:?}: {why}", item.id)) };
            if !is_kebab(&item.id) || !item_ids.insert(item.id.clone()) {
                fail("id must be kebab-case and unique across the quiz".into());
            }
            if item.text.trim().is_empty() {
                fail("no text".into());
            }
            if item.keyed != "+" && item.keyed != "-" {
                fail(format!(
                    "keyed must be \"+\" or \"-\", got {:?}",
                    item.keyed
                ));
            }
            match (&item.scale, item.options.is_empty()) {
                (Some(scale), true) if scales.contains_key(scale) => {}
                (Some(scale), true) => fail(format!("unknown scale {scale:?}")),
                (None, false) => check_options(item).unwrap_or_else(|e| fail(e)),
                _ => fail("give either a scale or scenario options, not both or neither".into()),
            }
        }
        habits.push(habit);
    }
    let ids: Vec<&str> = habits.iter().map(|h| h.id.as_str()).collect();
    if ids != HABIT_IDS {
        fail_in(
            ".",
            format!("habits must be, in order, {HABIT_IDS:?}; found {ids:?}"),
        );
    }
    let items: Vec<(&HabitFile, &ItemFile)> = habits
        .iter()
        .flat_map(|h| h.item.iter().map(move |i| (h, i)))
        .collect();
    let reversed = items.iter().filter(|(_, i)| i.keyed == "-").count();
    if items.len() < MIN_ITEMS || reversed * 3 < items.len() {
        fail_in(
            ".",
            format!(
                "needs at least {MIN_ITEMS} items with a third keyed \"-\"; has {} with {reversed}",
                items.len()
            ),
        );
    }

    source(&scales, &habits, &results)
}

/// A scenario's options are already scored on the giver pole (5 the giver's answer), so it
/// must be keyed "+" and its scores must reach both ends without repeating.
fn check_options(item: &ItemFile) -> Result<(), String> {
    if item.keyed != "+" {
        return Err("a scenario is keyed \"+\": its option scores already face the giver".into());
    }
    if !(3..=5).contains(&item.options.len()) {
        return Err(format!(
            "a scenario needs 3 to 5 options, has {}",
            item.options.len()
        ));
    }
    let scores: BTreeSet<u8> = item.options.iter().map(|o| o.score).collect();
    if scores.len() != item.options.len() || scores.first() != Some(&1) || scores.last() != Some(&5)
    {
        return Err("option scores must be distinct, within 1..=5, and include 1 and 5".into());
    }
    if item.options.iter().any(|o| o.text.trim().is_empty()) {
        return Err("an option has no text".into());
    }
    Ok(())
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn text(s: &str) -> String {
    format!("{:?}", typographic(s.trim()))
}

fn actions_source(actions: &[ActionFile]) -> String {
    let list: Vec<String> = actions
        .iter()
        .map(|a| {
            format!(
                "Action {{ id: {:?}, text: {}, guide: {:?} }}",
                a.id,
                text(&a.text),
                a.guide
            )
        })
        .collect();
    format!("&[{}]", list.join(", "))
}

fn source(
    scales: &BTreeMap<String, ScaleFile>,
    habits: &[HabitFile],
    results: &ResultsFile,
) -> String {
    let mut s = String::new();
    let scale_static = |id: &str| format!("SCALE_{}", id.to_uppercase().replace('-', "_"));
    for (id, scale) in scales {
        let labels: Vec<String> = scale.labels.iter().map(|l| text(l)).collect();
        writeln!(
            s,
            "static {}: Scale = Scale {{ id: {id:?}, labels: [{}] }};",
            scale_static(id),
            labels.join(", ")
        )
        .unwrap();
    }

    // Round robin across habits, so consecutive questions don't give the theme away.
    s.push_str("/// Every item, in the order to ask them: round robin across the habits.\npub static ITEMS: &[Item] = &[\n");
    let longest = habits.iter().map(|h| h.item.len()).max().unwrap_or(0);
    for n in 0..longest {
        for habit in habits {
            let Some(item) = habit.item.get(n) else {
                continue;
            };
            let choices = match &item.scale {
                Some(scale) => format!("Choices::Scale(&{})", scale_static(scale)),
                None => {
                    let options: Vec<String> = item
                        .options
                        .iter()
                        .map(|o| {
                            format!(
                                "ScenarioOption {{ text: {}, score: {} }}",
                                text(&o.text),
                                o.score
                            )
                        })
                        .collect();
                    format!("Choices::Scenario(&[{}])", options.join(", "))
                }
            };
            let keyed = if item.keyed == "+" { "Giver" } else { "Taker" };
            writeln!(
                s,
                "    Item {{ id: {:?}, habit: {:?}, text: {}, keyed: Keyed::{keyed}, choices: {choices} }},",
                item.id,
                habit.id,
                text(&item.text)
            )
            .unwrap();
        }
    }
    s.push_str("];\n");

    s.push_str("/// The six habits, in the order the results show them.\npub static HABITS: &[Habit] = &[\n");
    for h in habits {
        let level = |l: &LevelFile| {
            format!(
                "LevelText {{ meaning: {}, next: {} }}",
                text(&l.meaning),
                actions_source(&l.next)
            )
        };
        writeln!(
            s,
            "    Habit {{ id: {:?}, title: {}, description: {}, guides: &{:?}, levels: [{}, {}, {}] }},",
            h.id,
            text(&h.title),
            text(&h.description),
            h.guides,
            level(&h.levels.strength),
            level(&h.levels.mixed),
            level(&h.levels.gap)
        )
        .unwrap();
    }
    s.push_str("];\n");

    let l = &results.levels;
    writeln!(
        s,
        "pub(super) static LEVEL_NAMES: [&str; 3] = [{}, {}, {}];",
        text(&l.strength),
        text(&l.mixed),
        text(&l.gap)
    )
    .unwrap();
    let style = |st: &StyleFile| {
        format!(
            "StyleText {{ name: {}, summary: {}, guide: {:?} }}",
            text(&st.name),
            text(&st.summary),
            st.guide
        )
    };
    let st = &results.styles;
    writeln!(
        s,
        "pub(super) static STYLE_TEXTS: [StyleText; 3] = [{}, {}, {}];",
        style(&st.giver),
        style(&st.matcher),
        style(&st.taker)
    )
    .unwrap();
    let b = &results.burnout;
    writeln!(
        s,
        "/// What the results say when [`QuizResult::burnout_risk`](super::QuizResult::burnout_risk) is set.\npub static BURNOUT: Burnout = Burnout {{ title: {}, meaning: {}, actions: {} }};",
        text(&b.title),
        text(&b.meaning),
        actions_source(&b.actions)
    )
    .unwrap();
    s
}
