//! Keeping in touch, natively: cadences, who is due and why, the loops still open (only
//! what the user owes), who could use a hand, drafts started from people, and the
//! calendar file.

use goodwill::drafter;
use goodwill::etiquette::{lint, Kind};
use goodwill::people::{
    self, cadence_due, calendar, could_use_a_hand, due, open_loops, pairs, Cadence, Day, LoopKind,
    Occasion, OccasionKind, Person, Tie,
};
use goodwill::store::{Draft, Timestamp};
use proptest::prelude::*;

fn day(iso: &str) -> Day {
    Day::parse(iso).unwrap()
}

fn at(iso: &str) -> Timestamp {
    day(iso).start()
}

fn person(id: &str, name: &str, tie: Tie, added: &str) -> Person {
    let mut p = Person::new(id.into(), name, at(added));
    p.tie = tie;
    p
}

fn sent(id: &str, kind: Kind, to: &str, body: &str, on: &str) -> Draft {
    Draft {
        id: id.into(),
        kind,
        recipient: to.into(),
        subject: String::new(),
        body: body.into(),
        form: Default::default(),
        created: at(on),
        updated: at(on),
        sent: Some(at(on)),
        follows: None,
        ignored: Vec::new(),
        person: None,
    }
}

const TODAY: &str = "2026-12-01";

#[test]
fn a_close_tie_is_due_every_two_months_a_casual_one_every_six() {
    let mut ana = person("p-ana", "Ana Souza", Tie::Close, "2026-01-01");
    ana.last_contact = Some(at("2026-09-01"));
    let mut ben = person("p-ben", "Ben Okafor", Tie::Casual, "2026-01-01");
    ben.last_contact = Some(at("2026-09-01"));
    let list = due(&[ana.clone(), ben.clone()], &[], day(TODAY));
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0].name, "Ana Souza");
    assert_eq!(list[0].reasons, ["last in touch 3 months ago"]);
    assert_eq!(list[0].on, day("2026-11-01"));

    // A cadence the user chose, and one switched off.
    ben.cadence = Cadence::Months(3);
    assert_eq!(due(std::slice::from_ref(&ben), &[], day(TODAY)).len(), 1);
    ben.cadence = Cadence::Off;
    assert!(due(&[ben], &[], day(TODAY)).is_empty());
}

#[test]
fn a_message_marked_sent_to_them_resets_the_cadence() {
    let ana = person("p-ana", "Ana Souza", Tie::Close, "2026-01-01");
    assert_eq!(
        due(std::slice::from_ref(&ana), &[], day(TODAY))[0].reasons,
        ["no word since you added them 11 months ago"]
    );
    let mut check_in = sent(
        "d-1",
        Kind::CheckIn,
        "",
        "Hi Ana,\nCongrats!\nSam",
        "2026-11-30",
    );
    check_in.person = Some("p-ana".into());
    assert!(due(
        std::slice::from_ref(&ana),
        std::slice::from_ref(&check_in),
        day(TODAY)
    )
    .is_empty());
    assert_eq!(cadence_due(&ana, &[check_in]), Some(day("2027-01-30")));
    // Unlinked, a draft counts only when addressed to exactly their name.
    let by_name = sent("d-2", Kind::CheckIn, "ana souza", "Hi Ana", "2026-11-30");
    assert!(due(std::slice::from_ref(&ana), &[by_name], day(TODAY)).is_empty());
    let other = sent("d-3", Kind::CheckIn, "Ana", "Hi Ana", "2026-11-30");
    assert_eq!(due(&[ana], &[other], day(TODAY)).len(), 1);
}

#[test]
fn an_occasion_coming_up_is_a_reason_until_a_word_is_sent() {
    let mut ben = person("p-ben", "Ben", Tie::Casual, "2026-11-01");
    ben.occasions.push(Occasion {
        kind: OccasionKind::Birthday,
        month: 12,
        day: 4,
    });
    let list = due(std::slice::from_ref(&ben), &[], day(TODAY));
    assert_eq!(list[0].reasons, ["birthday on Friday"]);
    assert_eq!(list[0].occasion, Some(OccasionKind::Birthday));
    ben.occasions[0].day = 12;
    assert_eq!(
        due(std::slice::from_ref(&ben), &[], day(TODAY))[0].reasons,
        ["birthday on 12 December"]
    );
    ben.occasions[0].day = 30;
    assert!(
        due(std::slice::from_ref(&ben), &[], day(TODAY)).is_empty(),
        "too far ahead"
    );
    ben.occasions[0].day = 4;
    let mut wished = sent(
        "d-1",
        Kind::CheckIn,
        "",
        "Hi Ben, happy birthday!",
        "2026-11-29",
    );
    wished.person = Some("p-ben".into());
    assert!(due(&[ben], &[wished], day(TODAY)).is_empty());
}

#[test]
fn who_is_due_comes_soonest_first() {
    let mut a = person("p-a", "Zoë", Tie::Close, "2026-01-01");
    a.last_contact = Some(at("2026-06-01"));
    let mut b = person("p-b", "Al", Tie::Close, "2026-01-01");
    b.last_contact = Some(at("2026-09-15"));
    let names: Vec<_> = due(&[b, a], &[], day(TODAY))
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(names, ["Zoë", "Al"]);
}

fn request(id: &str, to: &str, on: &str, introducer: Option<&str>) -> Draft {
    let mut d = sent(
        id,
        Kind::Request,
        to,
        &format!("Hi {to},\n\nCould you spare 15 minutes for one question about your move into research?\n\nSam"),
        on,
    );
    if let Some(who) = introducer {
        d.form.insert("tie".into(), "introduced".into());
        d.form.insert("introducer".into(), who.into());
    }
    d
}

fn kinds(loops: &[people::OpenLoop]) -> Vec<LoopKind> {
    loops.iter().map(|l| l.kind).collect()
}

#[test]
fn a_sent_request_opens_only_what_the_user_owes() {
    let r = request("d-r", "Ana", "2026-11-25", Some("Kwame Mensah"));
    let loops = open_loops(std::slice::from_ref(&r), &[], day(TODAY));
    assert_eq!(kinds(&loops), [LoopKind::Thank, LoopKind::TellIntroducer]);
    assert!(
        loops[1].text.contains("Tell Kwame how it went with Ana"),
        "{}",
        loops[1].text
    );
    // Nothing ever asks the reader for anything, or counts what they owe.
    for l in &loops {
        assert!(!l.text.contains("owe"), "{}", l.text);
    }

    // Two weeks without an answer: one kind follow-up is suggested.
    let later = open_loops(std::slice::from_ref(&r), &[], day("2026-12-10"));
    assert_eq!(
        kinds(&later),
        [
            LoopKind::Thank,
            LoopKind::TellIntroducer,
            LoopKind::FollowUp
        ]
    );

    // Once a follow-up is sent, never a second; the follow-up opens no loops of its own.
    let mut follow = sent(
        "d-f",
        Kind::Request,
        "Ana",
        "Hi Ana, bumping this.",
        "2026-12-10",
    );
    follow.follows = Some("d-r".into());
    let after = open_loops(&[r.clone(), follow.clone()], &[], day("2027-02-01"));
    assert_eq!(kinds(&after), [LoopKind::Thank, LoopKind::TellIntroducer]);

    // A thank-you sent to Ana, and a word sent to Kwame, close both.
    let mut thanks = sent(
        "d-t",
        Kind::ThankYou,
        "Ana",
        "Hi Ana,\nThank you!\nSam",
        "2026-12-12",
    );
    thanks.follows = Some("d-r".into());
    let mut word = sent(
        "d-k",
        Kind::ThankYou,
        "Kwame",
        "Hi Kwame,\nThank you for the intro.\nSam",
        "2026-12-12",
    );
    word.follows = Some("d-r".into());
    assert!(open_loops(&[r.clone(), follow, thanks, word], &[], day("2027-02-01")).is_empty());

    // Marked done or dismissed by key.
    let closed = vec!["thank:d-r".to_string()];
    assert_eq!(
        kinds(&open_loops(&[r], &closed, day(TODAY))),
        [LoopKind::TellIntroducer]
    );
}

#[test]
fn a_loop_with_a_draft_started_points_at_it() {
    let r = request("d-r", "Ana", "2026-11-25", None);
    let mut thanks = sent("d-t", Kind::ThankYou, "Ana", "Hi Ana,", "2026-11-26");
    thanks.sent = None;
    thanks.follows = Some("d-r".into());
    let loops = open_loops(&[r, thanks], &[], day(TODAY));
    assert_eq!(loops[0].draft.as_deref(), Some("d-t"));
}

#[test]
fn who_could_use_a_hand_meets_what_the_user_gives() {
    let mut ana = person("p-ana", "Ana", Tie::Close, "2026-01-01");
    ana.cares_about = "Pricing her new design studio".into();
    let mut ben = person("p-ben", "Ben", Tie::Casual, "2026-01-01");
    ben.good_at = "pricing and proposals for studios".into();
    ben.cares_about = "learning Rust".into();
    let hands = could_use_a_hand(
        &[ana.clone(), ben.clone()],
        "advice on prices, portfolio reviews",
    );
    assert_eq!(hands.len(), 1);
    assert_eq!(hands[0].name, "Ana");
    assert!(could_use_a_hand(std::slice::from_ref(&ana), "").is_empty());
    let found = pairs(&[ana, ben]);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].helper_name.as_str(), found[0].helped_name.as_str()),
        ("Ben", "Ana")
    );
}

#[test]
fn drafts_started_from_people_read_well_to_the_checker() {
    let mut ben = person("p-ben", "Ben Okafor", Tie::Close, "2026-01-01");
    ben.good_at = "pricing for studios".into();
    let answers = people::check_in(&ben, Some(OccasionKind::Birthday), "Sam");
    let draft = drafter::compose(Kind::CheckIn, &answers);
    assert!(draft.body.starts_with("Hi Ben,"), "{}", draft.body);
    assert!(draft.body.contains("birthday"), "{}", draft.body);
    assert!(
        lint(Kind::CheckIn, &draft.body).diagnostics.is_empty(),
        "{}",
        draft.body
    );

    let r = request("d-r", "Ana Souza", "2026-11-01", Some("Kwame Mensah"));
    let follow = people::follow_up_body(&r, "Sam");
    let report = lint(Kind::Request, &follow);
    for rule in [
        "pressure",
        "no-easy-out",
        "generic-greeting",
        "keeping-score",
    ] {
        assert!(
            report.diagnostics.iter().all(|d| d.rule != rule),
            "{rule}: {follow}"
        );
    }
    let thanks = people::tell_introducer(&r, "Sam");
    assert_eq!(thanks["name"], "Kwame");
    assert_eq!(thanks["did"], "introducing me to Ana Souza");
}

#[test]
fn the_calendar_file_is_rfc_5545() {
    let mut ana = person("p-ana", "Ana Souza, PhD", Tie::Close, "2026-01-01");
    ana.last_contact = Some(at("2026-11-20"));
    ana.cares_about = "Pricing; studios, and\nclients".into();
    ana.occasions.push(Occasion {
        kind: OccasionKind::Birthday,
        month: 2,
        day: 29,
    });
    let mut off = person("p-ben", "Ben", Tie::Casual, "2026-01-01");
    off.cadence = Cadence::Off;
    let text = calendar(&[ana, off], &[], day(TODAY), at(TODAY));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare line feeds");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let unfolded = text.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 2, "{unfolded}");
    assert!(unfolded.contains("SUMMARY:Get in touch with Ana Souza\\, PhD"));
    assert!(unfolded.contains(
        "DTSTART;VALUE=DATE:20270120\r\nDTEND;VALUE=DATE:20270121\r\nRRULE:FREQ=MONTHLY;INTERVAL=2"
    ));
    assert!(unfolded.contains("They care about: Pricing\\; studios\\, and\\nclients"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20270228"));
    assert!(unfolded.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
    assert!(unfolded.contains("DTSTAMP:20261201T000000Z"));
    assert!(
        !unfolded.contains("Ben"),
        "a cadence switched off has no reminder"
    );
}

proptest! {
    #[test]
    fn a_word_is_never_due_before_the_last_time_in_touch(
        added in 0i64..20_000, last in prop::option::of(0i64..20_000), months in prop::option::of(1u8..=24),
        close in any::<bool>(), today in 0i64..25_000,
    ) {
        let mut p = Person::new("p".into(), "Ana", Day(added).start());
        p.tie = if close { Tie::Close } else { Tie::Casual };
        p.cadence = months.map_or(Cadence::Usual, Cadence::Months);
        p.last_contact = last.map(|d| Day(d).start());
        let from = last.map(Day).unwrap_or(Day(added));
        let on = cadence_due(&p, &[]).unwrap();
        prop_assert!(on > from);
        for d in due(&[p], &[], Day(today)) {
            prop_assert!(d.on > from || d.occasion.is_some());
        }
    }
}
