//! The saved-data model: upgrades, record-by-record loading, export and import, and what a
//! failed write means. Nothing here touches a browser.

use std::collections::BTreeMap;

use goodwill::etiquette::Kind;
use goodwill::quiz::{QuizResult, Style, StyleMix};
use goodwill::store::transfer::{self, ImportError};
use goodwill::store::{
    envelope, migrate, Action, Attempt, Data, Draft, Mode, Notice, Plan, PlanItem, Session, Stored,
    Timestamp, WriteError, SCHEMA,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const V1: &str = include_str!("fixtures/store/v1.json");
const V2: &str = include_str!("fixtures/store/v2.json");

fn ts(ms: i64) -> Timestamp {
    Timestamp(ms)
}

fn draft(id: &str, body: &str) -> Draft {
    Draft {
        id: id.into(),
        kind: Kind::Request,
        recipient: "Ana".into(),
        subject: String::new(),
        body: body.into(),
        form: BTreeMap::new(),
        created: ts(1),
        updated: ts(1),
        sent: None,
        follows: None,
        ignored: Vec::new(),
        person: None,
    }
}

fn result(id: &str, completed: i64) -> Attempt {
    Attempt {
        id: id.into(),
        completed: ts(completed),
        answers: BTreeMap::from([("give-01".to_string(), 3)]),
        score: QuizResult {
            style: StyleMix {
                giver: 40,
                matcher: 40,
                taker: 20,
            },
            dominant: Style::Giver,
            burnout_risk: false,
            habits: BTreeMap::from([("giving-first".to_string(), 50)]),
        },
    }
}

#[test]
fn the_schema_1_fixture_loads_every_record() {
    let opened = envelope::open(V1).expect("the v1 fixture opens");
    assert_eq!(opened.schema, 1);
    assert_eq!(opened.newly_set_aside, 0);
    let data = opened.data;
    assert_eq!(data.drafts.len(), 2);
    assert_eq!(data.drafts[1].body, "Hi Ana — thank you 🙏");
    assert_eq!(data.drafts[1].follows.as_deref(), Some("d-mhx1"));
    assert_eq!(
        data.drafts[0].sent,
        Timestamp::parse_iso("2026-11-20T10:06:00Z")
    );
    assert_eq!(data.results[0].score.style.giver, 55);
    assert_eq!(data.quiz_progress.as_ref().unwrap().answers["give-01"], 5);
    assert!(data.plan.as_ref().unwrap().items[0].done);
    assert!(data.prefs.disabled_rules.contains("long-sentence"));
    assert!(data.last_export.is_some());
}

#[test]
fn migrating_v1_to_v2_gives_each_draft_an_empty_ignore_list_and_changes_nothing_else() {
    let v1: Value = serde_json::from_str(V1).unwrap();
    let v2 = migrate::migrate_v1_to_v2(v1["data"].clone());
    for (old, new) in v1["data"]["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .zip(v2["drafts"].as_array().unwrap())
    {
        assert_eq!(new["ignored"], json!([]));
        let mut without = new.clone();
        without.as_object_mut().unwrap().remove("ignored");
        assert_eq!(&without, old);
    }
    assert_eq!(v2["results"], v1["data"]["results"]);
    assert_eq!(v2["plan"], v1["data"]["plan"]);
}

#[test]
fn migrating_v2_to_v3_adds_no_people_links_no_draft_and_changes_nothing_else() {
    let v2: Value = serde_json::from_str(V2).unwrap();
    let v3 = migrate::migrate_v2_to_v3(v2["data"].clone());
    assert_eq!(v3["people"], json!([]));
    assert_eq!(v3["loops_closed"], json!([]));
    for (old, new) in v2["data"]["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .zip(v3["drafts"].as_array().unwrap())
    {
        assert_eq!(new["person"], Value::Null);
        let mut without = new.clone();
        without.as_object_mut().unwrap().remove("person");
        assert_eq!(&without, old);
    }
    for field in ["results", "plan", "prefs", "quiz_progress", "last_export"] {
        assert_eq!(v3[field], v2["data"][field], "{field}");
    }
    let opened = envelope::open(V2).expect("the v2 fixture opens");
    assert_eq!((opened.schema, opened.newly_set_aside), (2, 0));
    assert_eq!(opened.data.drafts[1].ignored.len(), 1);
    assert!(opened.data.people.is_empty());
}

#[test]
fn a_damaged_person_is_set_aside_and_the_rest_load() {
    let file = json!({"schema": 3, "data": {"people": [
        {"id": "p-1", "name": "Ana", "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"},
        {"id": "p-2", "name": 42},
        {"id": "p-3", "name": "Ben", "tie": "close", "cadence": {"months": 3},
         "occasions": [{"kind": "birthday", "month": 2, "day": 29}],
         "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"}
    ]}});
    let opened = envelope::open(&file.to_string()).unwrap();
    let names: Vec<_> = opened.data.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben"]);
    assert_eq!(opened.newly_set_aside, 1);
    assert_eq!(opened.data.set_aside[0].area, "people");
    assert_eq!(opened.data.people[1].cadence_months(), Some(3));
}

#[test]
fn migrating_current_data_changes_nothing() {
    let data = envelope::open(V1).unwrap().data;
    let value = serde_json::to_value(&data).unwrap();
    assert_eq!(migrate::to_current(SCHEMA, value.clone()), value);
}

#[test]
fn saving_what_was_loaded_changes_no_record() {
    let data = envelope::open(V1).unwrap().data;
    let again = envelope::open(&envelope::seal(&data, ts(99))).unwrap();
    assert_eq!(again.data, data);
    assert_eq!(again.saved_at, Some(ts(99)));
}

#[test]
fn one_damaged_draft_is_set_aside_and_the_rest_load() {
    let mut doc: Value = serde_json::from_str(V1).unwrap();
    doc["data"]["drafts"][0]["kind"] = json!("poem");
    doc["data"]["results"][0]["score"] = json!("lost");
    let opened = envelope::open(&doc.to_string()).unwrap();
    assert_eq!(opened.newly_set_aside, 2);
    assert_eq!(opened.data.drafts.len(), 1);
    assert_eq!(opened.data.drafts[0].id, "d-mhx2");
    assert!(opened.data.results.is_empty());
    let aside = &opened.data.set_aside;
    assert_eq!(
        (aside[0].area.as_str(), aside[1].area.as_str()),
        ("drafts", "results")
    );
    assert_eq!(aside[0].value["id"], "d-mhx1", "kept byte for byte");
    // Saved again, they stay set aside rather than counting as new damage.
    let reopened = envelope::open(&envelope::seal(&opened.data, ts(5))).unwrap();
    assert_eq!(reopened.newly_set_aside, 0);
    assert_eq!(reopened.data.set_aside, opened.data.set_aside);
}

#[test]
fn a_repeated_id_is_set_aside_not_merged() {
    let mut doc: Value = serde_json::from_str(V1).unwrap();
    doc["data"]["drafts"][1]["id"] = json!("d-mhx1");
    let opened = envelope::open(&doc.to_string()).unwrap();
    assert_eq!(opened.data.drafts.len(), 1);
    assert!(opened.data.set_aside[0].reason.contains("d-mhx1"));
}

#[test]
fn a_damaged_plan_or_prefs_is_set_aside_and_defaults_used() {
    let mut doc: Value = serde_json::from_str(V1).unwrap();
    doc["data"]["plan"] = json!({"made": "soon"});
    doc["data"]["prefs"] = json!({"disabled_rules": 7});
    let opened = envelope::open(&doc.to_string()).unwrap();
    assert!(opened.data.plan.is_none());
    assert!(opened.data.prefs.disabled_rules.is_empty());
    assert_eq!(opened.data.drafts.len(), 2);
    assert_eq!(opened.newly_set_aside, 2);
}

#[test]
fn text_that_is_not_an_envelope_is_unreadable_with_a_reason() {
    for (text, reason) in [
        ("{\"schema\":1,\"data\":{", "not valid JSON"),
        ("[1,2]", "not a JSON object"),
        ("{\"data\":{}}", "no schema"),
        ("{\"schema\":0,\"data\":{}}", "not valid"),
        ("{\"schema\":\"1\",\"data\":{}}", "not a number"),
    ] {
        let err = envelope::open(text).unwrap_err();
        assert!(err.0.contains(reason), "{text}: {err}");
    }
}

#[test]
fn a_newer_schema_opens_read_only_and_is_never_written() {
    let newer = json!({"schema": SCHEMA + 1, "saved_at": "2030-01-01T00:00:00Z",
        "data": {"drafts": [], "hovercraft": {"eels": true}}})
    .to_string();
    let (mut session, copy) = Session::boot(Stored::Text(newer), ts(0));
    assert!(copy.is_none());
    assert_eq!(session.mode, Mode::ReadOnly(SCHEMA + 1));
    assert!(session.notices.contains(&Notice::Newer(SCHEMA + 1)));
    let mut writes = 0;
    session.dispatch(Action::SaveDraft(draft("d1", "Hi")), ts(1), &mut |_| {
        writes += 1;
        Ok(())
    });
    assert_eq!(writes, 0);
}

#[test]
fn damaged_storage_is_copied_aside_and_the_app_starts_clean() {
    let (session, copy) = Session::boot(Stored::Text("{not json".into()), ts(1_795_318_200_000));
    let copy = copy.expect("a copy to keep");
    assert_eq!(copy.key, "goodwill:corrupt:2026-11-22T03:30:00.000Z");
    assert_eq!(copy.text, "{not json");
    assert_eq!(session.data, Data::default());
    assert_eq!(session.mode, Mode::Kept);
    assert!(matches!(&session.notices[0], Notice::Corrupt { key, .. } if *key == copy.key));
}

#[test]
fn without_storage_the_app_works_from_memory_and_says_so() {
    let (mut session, _) = Session::boot(Stored::Unavailable, ts(0));
    assert_eq!(session.mode, Mode::Memory);
    assert_eq!(session.notices, vec![Notice::NotKept]);
    assert!(
        session.dispatch(Action::SaveDraft(draft("d1", "Hi")), ts(1), &mut |_| {
            panic!("nothing is written without storage")
        })
    );
    assert_eq!(session.data.drafts.len(), 1);
}

#[test]
fn a_full_store_keeps_changes_in_memory_and_retries_on_the_next_change() {
    let (mut session, _) = Session::boot(Stored::Empty, ts(0));
    let mut stored: Option<String> = None;
    let mut full = |_: &str| -> Result<(), WriteError> { Err(WriteError::Full) };
    session.dispatch(Action::SaveDraft(draft("d1", "first")), ts(1), &mut full);
    assert_eq!(session.unsaved, Some(WriteError::Full));
    assert_eq!(session.data.drafts[0].body, "first", "kept in memory");
    let mut room = |text: &str| -> Result<(), WriteError> {
        stored = Some(text.to_string());
        Ok(())
    };
    session.dispatch(Action::SaveDraft(draft("d2", "second")), ts(2), &mut room);
    assert_eq!(session.unsaved, None);
    let saved = envelope::open(stored.as_deref().unwrap()).unwrap().data;
    assert_eq!(
        saved.drafts.len(),
        2,
        "the refused change was saved with the next one"
    );
}

#[test]
fn another_tabs_change_is_adopted_unless_this_tab_has_unsaved_changes() {
    let (mut session, _) = Session::boot(Stored::Empty, ts(0));
    let mut other = Data::default();
    other.apply(Action::SaveDraft(draft("d9", "from the other tab")));
    assert!(session.external(Some(&envelope::seal(&other, ts(3)))));
    assert_eq!(session.data.drafts[0].id, "d9");
    assert!(
        !session.external(Some("{broken")),
        "damage from elsewhere is ignored"
    );
    assert_eq!(session.data.drafts.len(), 1);
    assert!(session.external(None), "the other tab deleted everything");
    assert!(session.data.drafts.is_empty());

    session.dispatch(Action::SaveDraft(draft("d1", "mine")), ts(4), &mut |_| {
        Err(WriteError::Full)
    });
    assert!(!session.external(Some(&envelope::seal(&other, ts(5)))));
    assert_eq!(session.data.drafts[0].body, "mine");
}

#[test]
fn export_writes_a_typed_versioned_file() {
    let data = envelope::open(V1).unwrap().data;
    let file: Value = serde_json::from_str(&transfer::export(&data, ts(0))).unwrap();
    assert_eq!(file["type"], "goodwill");
    assert_eq!(file["schema"], SCHEMA);
    assert_eq!(file["exported_at"], "1970-01-01T00:00:00.000Z");
    assert_eq!(file["data"]["drafts"][0]["id"], "d-mhx1");
    assert_eq!(
        transfer::file_name(ts(1_795_318_200_000)),
        "goodwill-2026-11-22.json"
    );
}

#[test]
fn import_refuses_wrong_or_damaged_files_with_a_reason() {
    type Expect = fn(&ImportError) -> bool;
    let cases: [(&str, Expect); 6] = [
        ("", |e| matches!(e, ImportError::NotJson(_))),
        ("<html>", |e| matches!(e, ImportError::NotJson(_))),
        ("{\"drafts\": []}", |e| *e == ImportError::NotGoodwill),
        ("{\"type\":\"goodwill\",\"schema\":1}", |e| {
            matches!(e, ImportError::Damaged(_))
        }),
        ("{\"type\":\"goodwill\",\"schema\":1,\"data\":[]}", |e| {
            matches!(e, ImportError::Damaged(_))
        }),
        ("{\"type\":\"goodwill\",\"schema\":99,\"data\":{}}", |e| {
            *e == ImportError::Newer(99)
        }),
    ];
    for (text, expected) in cases {
        let err = transfer::read_export(text).unwrap_err();
        assert!(expected(&err), "{text:?} gave {err:?}");
        assert!(err.to_string().ends_with("Nothing was changed."), "{err}");
    }
}

#[test]
fn import_previews_what_is_added_and_replaced_and_loses_nothing() {
    let mut current = Data::default();
    current.apply(Action::SaveDraft(draft("a", "mine")));
    current.apply(Action::SaveDraft(draft("b", "old b")));
    current.apply(Action::FinishQuiz(result("r1", 10)));
    let mut incoming = Data::default();
    incoming.apply(Action::SaveDraft(draft("b", "new b")));
    incoming.apply(Action::SaveDraft(draft("c", "c")));
    incoming.apply(Action::FinishQuiz(result("r2", 20)));
    incoming.apply(Action::KeepPlan(Plan {
        made: ts(30),
        from_result: None,
        items: vec![PlanItem {
            id: "p".into(),
            text: "Say thanks".into(),
            guide: None,
            done: false,
        }],
    }));

    let preview = transfer::preview(&current, &incoming);
    assert_eq!((preview.drafts_added, preview.drafts_replaced), (1, 1));
    assert_eq!((preview.results_added, preview.results_replaced), (1, 0));
    assert_eq!(preview.plan, transfer::PlanChange::Add);

    current.apply(Action::Import(incoming));
    let bodies: Vec<_> = current.drafts.iter().map(|d| d.body.as_str()).collect();
    assert_eq!(bodies, ["mine", "new b", "c"]);
    assert_eq!(current.results.len(), 2);
    assert_eq!(current.plan.unwrap().items[0].text, "Say thanks");
}

#[test]
fn an_older_plan_in_a_file_does_not_replace_a_newer_one() {
    let plan = |made| Plan {
        made: ts(made),
        from_result: None,
        items: vec![],
    };
    let mut current = Data::default();
    current.apply(Action::KeepPlan(plan(50)));
    let mut incoming = Data::default();
    incoming.apply(Action::KeepPlan(plan(10)));
    assert_eq!(
        transfer::preview(&current, &incoming).plan,
        transfer::PlanChange::Keep
    );
    // Neither side has a plan: the preview says nothing about one.
    assert_eq!(
        transfer::preview(&Data::default(), &Data::default()).plan,
        transfer::PlanChange::Keep
    );
    current.apply(Action::Import(incoming));
    assert_eq!(current.plan.unwrap().made, ts(50));
}

#[test]
fn delete_then_undo_puts_the_draft_back_in_its_place() {
    let mut data = Data::default();
    for id in ["a", "b", "c"] {
        data.apply(Action::SaveDraft(draft(id, id)));
    }
    let gone = data.draft("b").unwrap().clone();
    assert!(data.apply(Action::DeleteDraft { id: "b".into() }));
    assert!(!data.apply(Action::DeleteDraft { id: "b".into() }));
    assert!(data.apply(Action::RestoreDraft {
        draft: gone,
        index: 1
    }));
    let ids: Vec<_> = data.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn quiz_answers_resume_and_finishing_clears_progress() {
    let mut data = Data::default();
    assert!(data.apply(Action::Answer {
        item: "give-01".into(),
        value: 4,
        at: ts(1)
    }));
    assert!(!data.apply(Action::Answer {
        item: "give-01".into(),
        value: 4,
        at: ts(2)
    }));
    assert!(!data.apply(Action::Answer {
        item: "give-02".into(),
        value: 6,
        at: ts(2)
    }));
    data.apply(Action::QuizPosition(3));
    let progress = data.quiz_progress.clone().unwrap();
    assert_eq!(
        (progress.started, progress.position, progress.answers.len()),
        (ts(1), 3, 1)
    );
    data.apply(Action::FinishQuiz(result("r1", 9)));
    assert!(data.quiz_progress.is_none());
    assert_eq!(data.results.len(), 1);
}

#[test]
fn new_ids_never_collide() {
    let mut data = Data::default();
    let first = data.new_id("d", ts(1_795_318_200_000));
    data.apply(Action::SaveDraft(draft(&first, "")));
    let second = data.new_id("d", ts(1_795_318_200_000));
    assert_ne!(first, second);
    assert!(first.starts_with("d-"));
}

// ---- Properties ----

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[a-z ]{0,20}",
        Just("😀 <b>&\"\\\n\u{0}".to_string())
    ]
}

fn arb_draft() -> impl Strategy<Value = Draft> {
    (
        "[a-z0-9-]{1,8}",
        prop::sample::select(Kind::ALL.to_vec()),
        arb_text(),
        arb_text(),
        prop::collection::btree_map("[a-z]{1,6}", arb_text(), 0..3),
        0i64..253_402_300_799_999,
        prop::option::of(0i64..4_000_000_000_000),
    )
        .prop_map(|(id, kind, recipient, body, form, updated, sent)| Draft {
            id,
            kind,
            recipient,
            subject: String::new(),
            body,
            form,
            created: ts(updated / 2),
            updated: ts(updated),
            sent: sent.map(ts),
            follows: None,
            ignored: Vec::new(),
            person: None,
        })
}

fn arb_result() -> impl Strategy<Value = Attempt> {
    (
        "[a-z0-9-]{1,8}",
        0i64..4_000_000_000_000,
        prop::collection::btree_map("[a-z]{1,6}-[0-9]{2}", 1u8..=5, 0..5),
        0u8..=100,
        any::<bool>(),
    )
        .prop_map(|(id, completed, answers, giver, burnout_risk)| Attempt {
            id,
            completed: ts(completed),
            answers,
            score: QuizResult {
                style: StyleMix {
                    giver,
                    matcher: 100 - giver,
                    taker: 0,
                },
                dominant: Style::Giver,
                burnout_risk,
                habits: BTreeMap::from([("giving-first".into(), giver)]),
            },
        })
}

fn arb_person() -> impl Strategy<Value = goodwill::people::Person> {
    use goodwill::people::{Cadence, Occasion, OccasionKind, Person, Tie};
    (
        "[a-z0-9]{1,8}",
        "\\PC{0,20}",
        any::<bool>(),
        "\\PC{0,30}",
        prop::option::of(1u8..=24),
        prop::collection::vec((1u8..=12, 1u8..=28, any::<bool>()), 0..3),
        prop::option::of(0i64..4_000_000_000_000),
    )
        .prop_map(|(id, name, close, cares, months, occasions, last)| {
            let mut p = Person::new(format!("p-{id}"), &name, ts(1_000));
            p.tie = if close { Tie::Close } else { Tie::Casual };
            p.cares_about = cares;
            p.cadence = months.map_or(Cadence::Usual, Cadence::Months);
            p.occasions = occasions
                .into_iter()
                .map(|(month, day, birthday)| Occasion {
                    kind: if birthday {
                        OccasionKind::Birthday
                    } else {
                        OccasionKind::WorkAnniversary
                    },
                    month,
                    day,
                })
                .collect();
            p.last_contact = last.map(ts);
            p
        })
}

fn arb_data() -> impl Strategy<Value = Data> {
    (
        prop::collection::vec(arb_draft(), 0..4),
        prop::collection::vec(arb_result(), 0..3),
        prop::collection::btree_set("[a-z-]{1,10}", 0..3),
        prop::option::of(0i64..4_000_000_000_000),
        prop::collection::vec(arb_person(), 0..4),
        prop::collection::vec("(thank|follow):d-[a-z]{1,4}", 0..3),
    )
        .prop_map(|(drafts, results, disabled, last_export, people, closed)| {
            let mut data = Data::default();
            for d in drafts {
                data.apply(Action::SaveDraft(d));
            }
            for r in results {
                data.apply(Action::FinishQuiz(r));
            }
            data.prefs.disabled_rules = disabled;
            data.last_export = last_export.map(ts);
            for p in people {
                data.apply(Action::SavePerson(p));
            }
            for key in closed {
                data.apply(Action::SetLoop { key, open: false });
            }
            data
        })
}

proptest! {
    #[test]
    fn export_then_import_into_an_empty_store_is_the_identity(data in arb_data(), now in 0i64..4_000_000_000_000) {
        let incoming = transfer::read_export(&transfer::export(&data, ts(now))).unwrap();
        prop_assert_eq!(incoming.unreadable, 0);
        let mut fresh = Data::default();
        fresh.apply(Action::Import(incoming.data));
        // Every record comes back as it was; the file itself now counts as a copy made.
        let mut expected = data.clone();
        expected.last_export = data.last_export.max(Some(ts(now)));
        prop_assert_eq!(fresh, expected);
    }

    #[test]
    fn reopening_current_data_is_the_identity(data in arb_data()) {
        let opened = envelope::open(&envelope::seal(&data, ts(0))).unwrap();
        prop_assert_eq!(opened.newly_set_aside, 0);
        prop_assert_eq!(opened.data, data);
    }

    #[test]
    fn every_migration_step_leaves_current_data_alone(data in arb_data()) {
        let value = serde_json::to_value(&data).unwrap();
        prop_assert_eq!(migrate::to_current(SCHEMA, value.clone()), value.clone());
        prop_assert_eq!(migrate::migrate_v1_to_v2(value.clone()), value);
    }

    #[test]
    fn importing_a_file_twice_changes_nothing_the_second_time(data in arb_data()) {
        let file = transfer::export(&data, ts(0));
        let mut store = Data::default();
        store.apply(Action::Import(transfer::read_export(&file).unwrap().data));
        let once = store.clone();
        store.apply(Action::Import(transfer::read_export(&file).unwrap().data));
        prop_assert_eq!(store, once);
    }

    #[test]
    fn arbitrary_bytes_never_panic_on_import_or_open(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = transfer::read_export(&text);
        let _ = envelope::open(&text);
    }

    #[test]
    fn arbitrary_json_in_the_data_field_never_panics(value in arb_json()) {
        let file = json!({"type": "goodwill", "schema": 1, "data": {"drafts": [value.clone()], "results": value.clone(), "plan": value}});
        let _ = transfer::read_export(&file.to_string());
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn a_new_draft_can_reuse_the_name_the_latest_draft_was_signed_with() {
    let mut data = Data::default();
    assert_eq!(data.last_sender(), None);
    let signed = |id: &str, name: &str, updated: i64| Draft {
        form: BTreeMap::from([("sender".to_string(), name.to_string())]),
        updated: ts(updated),
        ..draft(id, "")
    };
    data.apply(Action::SaveDraft(signed("a", "Sam", 5)));
    data.apply(Action::SaveDraft(signed("b", "Samira", 9)));
    data.apply(Action::SaveDraft(signed("c", "  ", 12)));
    assert_eq!(data.last_sender(), Some("Samira"));
}

#[test]
fn a_draft_with_only_a_remembered_name_is_blank() {
    let mut d = draft("a", "");
    d.form.insert("sender".into(), "Sam".into());
    assert!(d.is_blank());
    d.form.insert("name".into(), "Ana".into());
    assert!(!d.is_blank());
    assert!(!draft("b", "Hi Ana").is_blank());
}

#[test]
fn results_on_the_same_day_are_told_apart_by_their_time() {
    let at = |iso: &str| Timestamp::parse_iso(iso).unwrap();
    let labels = goodwill::store::day_labels(&[
        at("2026-11-20T10:06:00Z"),
        at("2026-11-22T09:30:00Z"),
        at("2026-11-22T17:05:00Z"),
    ]);
    assert_eq!(
        labels,
        [
            "2026-11-20",
            "2026-11-22, 09:30 UTC",
            "2026-11-22, 17:05 UTC"
        ]
    );
}

#[test]
fn a_restored_file_counts_as_a_downloaded_copy() {
    let mut data = Data::default();
    data.apply(Action::SaveDraft(draft("a", "mine")));
    // The first export: the data inside the file has never been exported before.
    let at = ts(1_800_000_000_000);
    let text = transfer::export(&data, at);
    data.apply(Action::Exported { at });
    data.apply(Action::DeleteEverything);
    assert_eq!(data.last_export, None);
    let incoming = transfer::read_export(&text).unwrap();
    data.apply(Action::Import(incoming.data));
    assert_eq!(data.last_export, Some(at));
}
