//! The self-assessment scores as a user would expect: the poles land at the ends, reversed
//! items count reversed, the style mix adds up, burnout is flagged for the selfless giver
//! only, bad answers are named, and the results page has something to say for every habit.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::quiz::{
    explain, habit, item, plan, score, style_reasons, validate, Answers, Choices, Keyed, Level,
    QuizResult, Style, BURNOUT, HABITS, ITEMS,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn answers_where(answer: impl Fn(&goodwill::quiz::Item) -> u8) -> Answers {
    ITEMS
        .iter()
        .map(|i| (i.id.to_string(), answer(i)))
        .collect()
}

fn giver_pole() -> Answers {
    answers_where(|i| i.pole_answers().0)
}

fn taker_pole() -> Answers {
    answers_where(|i| i.pole_answers().1)
}

/// Giver answers except on the habits named, which get taker answers.
fn giver_except(habits: &[&str]) -> Answers {
    answers_where(|i| {
        let (giver, taker) = i.pole_answers();
        if habits.contains(&i.habit) {
            taker
        } else {
            giver
        }
    })
}

/// Middling answers: 3 on every scale, the first-listed response to every scenario.
fn middling() -> Answers {
    answers_where(|i| match i.choices {
        Choices::Scale(_) => 3,
        Choices::Scenario(options) => options[0].score,
    })
}

#[test]
fn answering_every_item_as_a_giver_scores_100_everywhere_and_a_dominant_giver() {
    let result = score(&giver_pole()).unwrap();
    assert_eq!(result.dominant, Style::Giver);
    assert_eq!(
        (result.style.giver, result.style.matcher, result.style.taker),
        (100, 0, 0)
    );
    assert_eq!(result.habits.len(), HABITS.len());
    assert!(result.habits.values().all(|&s| s == 100), "{result:?}");
    assert!(!result.burnout_risk);
}

#[test]
fn answering_every_item_as_a_taker_scores_0_everywhere_and_a_dominant_taker() {
    let result = score(&taker_pole()).unwrap();
    assert_eq!(result.dominant, Style::Taker);
    assert!(result.style.taker > result.style.matcher);
    assert_eq!(result.style.giver, 0);
    assert!(result.habits.values().all(|&s| s == 0), "{result:?}");
    assert!(
        !result.burnout_risk,
        "a taker is not at risk of giving burnout"
    );
}

#[test]
fn agreeing_with_everything_is_not_a_perfect_score() {
    let result = score(&answers_where(|i| match i.choices {
        Choices::Scale(_) => 5,
        Choices::Scenario(options) => options[0].score,
    }))
    .unwrap();
    for (id, &s) in &result.habits {
        assert!(s < 100, "{id} scores {s} when every statement gets a 5");
    }
}

#[test]
fn a_reverse_keyed_answer_counts_reversed() {
    let reversed: Vec<_> = ITEMS.iter().filter(|i| i.keyed == Keyed::Taker).collect();
    assert!(!reversed.is_empty());
    for i in reversed {
        let mut answers = middling();
        answers.insert(i.id.to_string(), 1);
        let low = score(&answers).unwrap();
        answers.insert(i.id.to_string(), 5);
        let high = score(&answers).unwrap();
        assert!(
            high.habit(i.habit) < low.habit(i.habit),
            "{}: answering 5 instead of 1 should lower {} ({} -> {})",
            i.id,
            i.habit,
            low.habit(i.habit),
            high.habit(i.habit)
        );
        for h in HABITS.iter().filter(|h| h.id != i.habit) {
            assert_eq!(low.habit(h.id), high.habit(h.id), "{} moved {}", i.id, h.id);
        }
    }
}

#[test]
fn a_forward_keyed_answer_counts_forward() {
    let i = ITEMS
        .iter()
        .find(|i| i.keyed == Keyed::Giver && matches!(i.choices, Choices::Scale(_)))
        .unwrap();
    let mut answers = middling();
    answers.insert(i.id.to_string(), 1);
    let low = score(&answers).unwrap().habit(i.habit);
    answers.insert(i.id.to_string(), 5);
    assert!(score(&answers).unwrap().habit(i.habit) > low);
}

#[test]
fn habit_scores_round_half_up_from_the_points() {
    // Giving first has six items: one step off the giver pole on one scale item is
    // 100 * 23 / 24 = 95.83, which rounds to 96.
    let mut answers = giver_pole();
    let i = ITEMS
        .iter()
        .find(|i| i.habit == "giving-first" && i.keyed == Keyed::Giver)
        .unwrap();
    answers.insert(i.id.to_string(), 4);
    assert_eq!(
        ITEMS.iter().filter(|i| i.habit == "giving-first").count(),
        6
    );
    assert_eq!(score(&answers).unwrap().habit("giving-first"), 96);
}

#[test]
fn someone_who_keeps_score_and_gives_in_measured_amounts_is_a_matcher() {
    // Keeps a tally of every favour; otherwise the response nearest the middle everywhere,
    // which puts giving first at exactly 50.
    let answers = answers_where(|i| match (i.habit, i.choices) {
        ("keeping-score", _) => i.pole_answers().1,
        (_, Choices::Scale(_)) => 3,
        (_, Choices::Scenario(options)) => options
            .iter()
            .map(|o| o.score)
            .min_by_key(|s| s.abs_diff(3))
            .unwrap(),
    });
    let result = score(&answers).unwrap();
    assert_eq!(result.habit("giving-first"), 50);
    assert_eq!(result.dominant, Style::Matcher, "{result:?}");
}

#[test]
fn burnout_is_flagged_for_the_selfless_giver() {
    let result = score(&giver_except(&["sustainable-giving"])).unwrap();
    assert!(result.burnout_risk, "{result:?}");
    assert_eq!(result.dominant, Style::Giver);
}

#[test]
fn burnout_is_not_flagged_for_the_otherish_giver_or_for_a_drained_non_giver() {
    assert!(!score(&giver_pole()).unwrap().burnout_risk);
    let drained_non_giver = giver_except(&["sustainable-giving", "giving-first"]);
    assert!(!score(&drained_non_giver).unwrap().burnout_risk);
}

#[test]
fn burnout_thresholds_are_70_for_giving_and_40_for_sustainability() {
    let at = |give: u8, sustain: u8| {
        QuizResult::from_habits(BTreeMap::from([
            ("giving-first".to_string(), give),
            ("sustainable-giving".to_string(), sustain),
        ]))
        .burnout_risk
    };
    assert!(at(70, 40));
    assert!(!at(69, 40));
    assert!(!at(70, 41));
}

#[test]
fn validation_names_every_missing_unknown_and_out_of_range_answer_sorted() {
    let mut answers = giver_pole();
    answers.remove("touch-02");
    answers.remove("ask-03");
    answers.insert("zz-99".into(), 3);
    answers.insert("aa-01".into(), 3);
    answers.insert("give-01".into(), 0);
    answers.insert("sustain-01".into(), 6);
    let error = validate(&answers).unwrap_err();
    assert_eq!(error.missing, ["ask-03", "touch-02"]);
    assert_eq!(error.unknown, ["aa-01", "zz-99"]);
    assert_eq!(error.out_of_range, ["give-01", "sustain-01"]);
    let message = error.to_string();
    for id in [
        "ask-03",
        "touch-02",
        "aa-01",
        "zz-99",
        "give-01",
        "sustain-01",
    ] {
        assert!(message.contains(id), "{message}");
    }
    assert!(!message.contains('\n'));
    assert_eq!(score(&answers), Err(error));
}

#[test]
fn a_scenario_accepts_only_the_scores_of_its_options() {
    let (id, missing) = ITEMS
        .iter()
        .find_map(|i| match i.choices {
            Choices::Scenario(options) => (1..=5)
                .find(|s| options.iter().all(|o| o.score != *s))
                .map(|s| (i.id, s)),
            Choices::Scale(_) => None,
        })
        .expect("some scenario skips a score");
    let mut answers = giver_pole();
    answers.insert(id.to_string(), missing);
    assert_eq!(validate(&answers).unwrap_err().out_of_range, [id]);
}

#[test]
fn the_result_serialises_to_the_cli_shape_and_back() {
    let result = score(&giver_except(&["sustainable-giving"])).unwrap();
    let json = serde_json::to_value(&result).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["burnout_risk", "dominant", "habits", "style"]);
    assert_eq!(
        json["style"],
        serde_json::json!({"giver": result.style.giver, "matcher": result.style.matcher, "taker": result.style.taker})
    );
    assert_eq!(json["dominant"], "giver");
    assert_eq!(json["burnout_risk"], true);
    assert_eq!(json["habits"]["sustainable-giving"], 0);
    assert_eq!(serde_json::from_value::<QuizResult>(json).unwrap(), result);
}

#[test]
fn levels_split_at_70_and_40() {
    assert_eq!(Level::of(100), Level::Strength);
    assert_eq!(Level::of(70), Level::Strength);
    assert_eq!(Level::of(69), Level::Mixed);
    assert_eq!(Level::of(40), Level::Mixed);
    assert_eq!(Level::of(39), Level::Gap);
    assert_eq!(Level::of(0), Level::Gap);
}

#[test]
fn every_habit_gets_a_level_a_meaning_and_actions_linked_to_guides() {
    for answers in [giver_pole(), taker_pole(), middling()] {
        let page = explain(&score(&answers).unwrap());
        assert_eq!(page.habits.len(), HABITS.len());
        for h in &page.habits {
            assert_eq!(h.level, Level::of(h.score));
            assert!(!h.meaning.is_empty() && !h.level_label.is_empty());
            assert!((2..=3).contains(&h.next.len()), "{}", h.habit.id);
            for a in h.next {
                assert!(goodwill::content::guide(a.guide).is_some(), "{}", a.id);
            }
        }
    }
}

#[test]
fn the_plan_starts_with_the_weakest_habits() {
    let result = score(&giver_except(&["asking-well", "keeping-in-touch"])).unwrap();
    let ids: Vec<&str> = plan(&result).iter().map(|a| a.id).collect();
    let first_gap_action = |id| habit(id).unwrap().levels[Level::Gap as usize].next[0].id;
    assert_eq!(
        ids,
        [
            first_gap_action("asking-well"),
            first_gap_action("keeping-in-touch")
        ]
    );
}

#[test]
fn with_every_habit_a_strength_the_plan_still_has_one_action() {
    assert_eq!(plan(&score(&giver_pole()).unwrap()).len(), 1);
}

#[test]
fn with_burnout_the_plan_leads_with_burnout_actions_and_asks_for_no_more_giving() {
    let result = score(&giver_except(&["sustainable-giving", "follow-through"])).unwrap();
    assert!(result.burnout_risk);
    let actions = plan(&result);
    assert_eq!(actions[..2], BURNOUT.actions[..2]);
    let giving_first = habit("giving-first").unwrap();
    for a in &actions {
        assert!(
            giving_first.levels.iter().all(|l| !l.next.contains(a)),
            "{} asks a burning-out giver to give more",
            a.id
        );
    }
    assert!(explain(&result).burnout.is_some());
    assert!(explain(&score(&giver_pole()).unwrap()).burnout.is_none());
}

#[test]
fn the_why_sentences_name_habits_as_the_chart_does_with_the_chart_s_numbers() {
    for result in [
        score(&giver_except(&["keeping-score"])).unwrap(),
        score(&taker_pole()).unwrap(),
        score(&giver_pole()).unwrap(),
    ] {
        let why = style_reasons(&result);
        assert!(
            why[0].contains(&format!("{}%", result.style.share(result.dominant))),
            "{why:?}"
        );
        let text = why.join(" ");
        // Every habit the sentences name carries the score the habit chart shows.
        let mut named = 0;
        for h in HABITS {
            for (at, _) in text.match_indices(&format!("{} (", h.title)) {
                let rest = &text[at + h.title.len() + 2..];
                let figure: String = rest.chars().take_while(char::is_ascii_digit).collect();
                assert_eq!(figure, result.habit(h.id).to_string(), "{text}");
                named += 1;
            }
        }
        assert!(named >= 8, "{text}");
        for opposite in [
            "rarely giving first",
            "from keeping score",
            "hard to say yes to",
        ] {
            assert!(!text.contains(opposite), "{text}");
        }
    }
    let why = style_reasons(&score(&giver_except(&["keeping-score"])).unwrap());
    assert!(
        why[1].contains("Helping without keeping score (0) held it back"),
        "{why:?}"
    );
    assert!(
        why[2].contains("Helping without keeping score (0) pushed it up"),
        "{why:?}"
    );
    let taker_why = style_reasons(&score(&taker_pole()).unwrap());
    assert!(
        taker_why.last().unwrap().contains("shift the mix"),
        "{taker_why:?}"
    );
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let per_item: Vec<BoxedStrategy<(String, u8)>> = ITEMS
        .iter()
        .map(|i| {
            let id = i.id.to_string();
            match i.choices {
                Choices::Scale(_) => (1u8..=5).prop_map(move |a| (id.clone(), a)).boxed(),
                Choices::Scenario(options) => {
                    let scores: Vec<u8> = options.iter().map(|o| o.score).collect();
                    proptest::sample::select(scores)
                        .prop_map(move |a| (id.clone(), a))
                        .boxed()
                }
            }
        })
        .collect();
    per_item.prop_map(|pairs| pairs.into_iter().collect())
}

proptest! {
    #[test]
    fn the_style_mix_always_sums_to_100_and_the_dominant_has_the_largest_share(answers in any_answers()) {
        let result = score(&answers).unwrap();
        let mix = result.style;
        prop_assert_eq!(u32::from(mix.giver) + u32::from(mix.matcher) + u32::from(mix.taker), 100);
        let top = mix.giver.max(mix.matcher).max(mix.taker);
        prop_assert_eq!(mix.share(result.dominant), top);
        prop_assert!(result.habits.values().all(|&s| s <= 100));
    }

    #[test]
    fn any_habit_scores_give_a_mix_that_sums_to_100(scores in proptest::collection::vec(0u8..=100, 6)) {
        let habits = HABITS.iter().zip(scores).map(|(h, s)| (h.id.to_string(), s)).collect();
        let mix = QuizResult::from_habits(habits).style;
        prop_assert_eq!(u32::from(mix.giver) + u32::from(mix.matcher) + u32::from(mix.taker), 100);
    }
}

#[test]
fn item_lookup_finds_every_item_by_id() {
    for i in ITEMS {
        assert_eq!(item(i.id), Some(i));
    }
    assert_eq!(item("give-99"), None);
}

#[test]
fn the_keyboard_hint_names_the_keys_a_screen_answers_to() {
    use goodwill::quiz::{screens::keys_hint, Choices, ITEMS};
    let scale = ITEMS
        .iter()
        .find(|i| matches!(i.choices, Choices::Scale(_)))
        .unwrap();
    assert!(keys_hint(std::slice::from_ref(scale)).starts_with("Keys 1 to 5 "));
    let four = ITEMS
        .iter()
        .find(|i| matches!(i.choices, Choices::Scenario(o) if o.len() == 4))
        .expect("the quiz has a four-option scenario");
    assert!(keys_hint(std::slice::from_ref(four)).starts_with("Keys 1 to 4 "));
    assert!(keys_hint(&[*scale, *four]).contains("up to 5"));
}

#[test]
fn trend_lines_share_one_scale_so_a_bigger_move_is_a_steeper_line() {
    let small: &[u8] = &[50, 70];
    let big: &[u8] = &[40, 82];
    let (low, high) = goodwill::quiz::trend_scale([small, big]);
    assert_eq!((low, high), (40, 82));
    // Each line's rise, as a share of the one scale: the +42 rises twice as far as +20.
    let rise = |s: &[u8]| f64::from(s[1] - s[0]) / f64::from(high - low);
    assert!(rise(big) > 2.0 * rise(small) - 0.01);
    // A few points' move is drawn on at least 20 points, within 0..=100.
    assert_eq!(goodwill::quiz::trend_scale([&[98u8, 100][..]]), (80, 100));
    assert_eq!(goodwill::quiz::trend_scale([&[3u8, 5][..]]), (3, 23));
}
