//! The pieces of the self-assessment the app leans on: share codes round-trip and refuse
//! anything damaged without panicking, screens split and resume as a user expects, and
//! changes between attempts read the right way round.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::quiz::{
    habit_changes, score, screens, share, Answers, Choices, QuizResult, HABITS, ITEMS,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn answers_where(answer: impl Fn(&goodwill::quiz::Item) -> u8) -> Answers {
    ITEMS
        .iter()
        .map(|i| (i.id.to_string(), answer(i)))
        .collect()
}

fn from_scores(scores: &[u8]) -> QuizResult {
    QuizResult::from_habits(
        HABITS
            .iter()
            .zip(scores)
            .map(|(h, &s)| (h.id.to_string(), s))
            .collect::<BTreeMap<_, _>>(),
    )
}

#[test]
fn a_scored_result_round_trips_through_its_share_code() {
    for answers in [
        answers_where(|i| i.pole_answers().0),
        answers_where(|i| i.pole_answers().1),
        answers_where(|i| match i.choices {
            Choices::Scale(_) => 3,
            Choices::Scenario(options) => options[0].score,
        }),
    ] {
        let result = score(&answers).unwrap();
        assert_eq!(share::decode(&share::encode(&result)), Some(result));
    }
}

#[test]
fn a_burnout_result_keeps_its_flag_through_the_share_code() {
    let result = from_scores(&[90, 80, 80, 80, 80, 20]);
    assert!(result.burnout_risk);
    assert!(share::decode(&share::encode(&result)).unwrap().burnout_risk);
}

#[test]
fn a_share_code_carries_scores_only_in_a_short_url_safe_form() {
    let result = from_scores(&[75, 60, 40, 100, 0, 55]);
    let code = share::encode(&result);
    assert!(code.len() <= 60, "{code}");
    assert!(
        code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
        "{code}"
    );
    assert!(code.starts_with("1-"), "{code}");
}

#[test]
fn damaged_share_codes_are_refused() {
    let good = share::encode(&from_scores(&[75, 60, 40, 100, 0, 55]));
    let parts: Vec<&str> = good.split('-').collect();
    let with = |index: usize, value: &str| {
        let mut p = parts.clone();
        p[index] = value;
        p.join("-")
    };
    let cases = [
        String::new(),
        "garbage".into(),
        "2".to_string() + &good[1..],
        good[..good.len() - 2].to_string(),
        format!("{good}-5"),
        with(1, "101"),
        with(1, "+5"),
        with(1, " 5"),
        with(1, "0x1"),
        with(1, ""),
        with(6, "101"),
        with(6, "-1"),
        with(4, "x"),
        with(5, "2"),
        // The mix must sum to 100.
        with(1, &(parts[1].parse::<u8>().unwrap() + 1).to_string()),
        "1-".repeat(1000),
    ];
    for case in cases {
        assert_eq!(share::decode(&case), None, "{case:?}");
    }
}

#[test]
fn a_dominant_style_without_the_largest_share_is_refused() {
    assert!(share::decode("1-50-30-20-g-0-1-2-3-4-5-6").is_some());
    assert_eq!(share::decode("1-50-30-20-t-0-1-2-3-4-5-6"), None);
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(text in ".{0,300}") {
        let _ = share::decode(&text);
    }

    #[test]
    fn decoding_near_codes_never_panics(parts in proptest::collection::vec("[0-9gmt+-]{0,4}", 0..16)) {
        let _ = share::decode(&parts.join("-"));
    }

    #[test]
    fn any_habit_scores_round_trip(scores in proptest::collection::vec(0u8..=100, 6)) {
        let result = from_scores(&scores);
        prop_assert_eq!(share::decode(&share::encode(&result)), Some(result));
    }
}

#[test]
fn screens_cover_every_item_once_whatever_the_screen_size() {
    for per_screen in [1, 4, 6, 7, 100] {
        let shown: Vec<&str> = (0..screens::screen_count(per_screen))
            .flat_map(|s| screens::items_on(per_screen, s))
            .map(|i| i.id)
            .collect();
        let all: Vec<&str> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(shown, all, "{per_screen} a screen");
    }
}

#[test]
fn a_saved_position_resumes_at_the_same_question_on_another_screen_size() {
    let phone_screen = 13;
    let position = screens::first_item(1, phone_screen);
    let wide_screen = screens::screen_of(6, position);
    assert!(screens::items_on(6, wide_screen)
        .iter()
        .any(|i| i.id == ITEMS[13].id));
    assert_eq!(screens::screen_of(6, screens::first_item(6, 2)), 2);
}

#[test]
fn a_position_past_the_end_resumes_on_the_last_screen() {
    assert_eq!(screens::screen_of(6, 10_000), screens::screen_count(6) - 1);
    assert_eq!(screens::screen_of(0, 10_000), ITEMS.len() - 1);
}

#[test]
fn resuming_goes_back_to_an_earlier_screen_left_unanswered() {
    let mut answers: Answers = ITEMS[..12]
        .iter()
        .map(|i| (i.id.to_string(), i.pole_answers().0))
        .collect();
    assert_eq!(screens::resume_screen(6, 12, &answers), 2);
    answers.remove(ITEMS[3].id);
    assert_eq!(screens::resume_screen(6, 12, &answers), 0);
}

#[test]
fn next_stops_at_the_first_unanswered_or_unacceptable_item_on_the_screen() {
    let mut answers: Answers = ITEMS[..6]
        .iter()
        .map(|i| (i.id.to_string(), i.pole_answers().0))
        .collect();
    assert_eq!(screens::first_unanswered(6, 0, &answers), None);
    answers.insert(ITEMS[2].id.to_string(), 9);
    assert_eq!(
        screens::first_unanswered(6, 0, &answers).map(|i| i.id),
        Some(ITEMS[2].id)
    );
    assert_eq!(screens::answered(&answers), 5);
}

#[test]
fn habit_changes_read_after_minus_before_with_a_true_minus_sign() {
    let before = from_scores(&[50, 50, 50, 50, 50, 50]);
    let after = from_scores(&[55, 47, 50, 50, 50, 50]);
    let changes = habit_changes(&before, &after);
    assert_eq!(changes.len(), HABITS.len());
    assert_eq!(changes[0].change_text(), "+5");
    assert_eq!(changes[1].change_text(), "−3");
    assert_eq!(changes[2].change_text(), "no change");
}
