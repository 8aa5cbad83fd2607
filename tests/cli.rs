//! The `goodwill` binary as a user runs it: JSON shape, text output, exit codes, errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn goodwill(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_goodwill"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A usage error exits before reading its input: a closed pipe is no failure here.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

const CLEAN_REQUEST: &str = "Hi Ana,\n\nYour talk on onboarding changed how I plan activation work. Would you have 15 minutes next week to tell me how you chose what to measure first? No worries if it's a busy time. I'm happy to share my notes from the conference in return.\n\nBest,\nSam\n";

#[test]
fn a_clean_message_exits_0_with_no_diagnostics() {
    let out = goodwill(&["lint", "--kind", "request"], CLEAN_REQUEST.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report = json(&out);
    assert_eq!(report["kind"], "request");
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 0);
    assert!(report["words"].as_u64().unwrap() > 30);
}

#[test]
fn findings_exit_1_with_byte_offsets_that_point_at_the_words() {
    let text = "Hi Ana,\nCould I pick your brain over a 15-minute call? No worries if not. Happy to help you too.\nSam";
    let out = goodwill(&["lint", "--kind", "request", "-"], text.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    let d = &report["diagnostics"][0];
    assert_eq!(d["rule"], "vague-ask");
    assert_eq!(d["severity"], "warning");
    let (start, end) = (
        d["start"].as_u64().unwrap() as usize,
        d["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "pick your brain");
    assert!(d["message"].as_str().unwrap().contains("pick your brain"));
    assert!(
        d.get("fix").is_some(),
        "fix is always present, null when there is none"
    );
}

#[test]
fn a_fix_is_an_object_with_an_action() {
    let out = goodwill(&["lint", "--kind", "request"], b"Hi Ana,\nCould we have a call next week about your move into UX? No worries if not, and happy to share my notes.\nSam");
    let report = json(&out);
    let d = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "unbounded-time")
        .expect("unbounded-time fires");
    assert_eq!(d["fix"]["action"], "insert");
    assert_eq!(d["fix"]["text"], "15-minute ");
}

#[test]
fn text_format_shows_the_line_and_a_caret_under_the_words() {
    let out = goodwill(
        &["lint", "--kind", "request", "--format", "text"],
        b"Hi Ana,\nCan I pick your brain?\nSam",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("warning[vague-ask]:"), "{text}");
    assert!(text.contains("2 | Can I pick your brain?"), "{text}");
    assert!(text.contains("  |       ^^^^^^^^^^^^^^^\n"), "{text}");
    assert!(text.contains("--> <stdin>:2:7"), "{text}");
}

#[test]
fn reads_a_file_argument() {
    let path = std::env::temp_dir().join(format!("goodwill-cli-test-{}.txt", std::process::id()));
    std::fs::write(&path, CLEAN_REQUEST).unwrap();
    let out = goodwill(&["lint", "--kind", "request", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn usage_and_input_errors_exit_2_with_one_line_on_stderr() {
    for (args, stdin, expect) in [
        (vec!["lint", "--kind", "memo"], &b""[..], "unknown kind"),
        (vec!["lint"], &b""[..], "needs --kind"),
        (
            vec!["lint", "--kind", "request", "/no/such/file"],
            &b""[..],
            "cannot read /no/such/file",
        ),
        (
            vec!["lint", "--kind", "request"],
            &b"Hi \xff\xfe there"[..],
            "not valid UTF-8",
        ),
        (vec!["bake"], &b""[..], "unknown command"),
    ] {
        let out = goodwill(&args, stdin);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn rules_prints_the_whole_catalogue_as_json() {
    let out = goodwill(&["rules"], b"");
    assert_eq!(out.status.code(), Some(0));
    let rules = json(&out);
    let rules = rules.as_array().unwrap();
    assert_eq!(rules.len(), 23);
    let vague = rules.iter().find(|r| r["id"] == "vague-ask").unwrap();
    assert_eq!(vague["severity"], "warning");
    assert_eq!(vague["kinds"], serde_json::json!(["request"]));
    assert!(vague["explanation"].as_str().unwrap().len() > 100);
    assert!(vague["title"].is_string());
}

#[test]
fn help_documents_every_command_option_and_exit_code() {
    let out = goodwill(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "lint",
        "rules",
        "quiz items",
        "quiz score",
        "data check",
        "data upgrade",
        "burnout_risk",
        "--kind",
        "--format",
        "--introduced-by",
        "thank-you",
        "check-in",
        "0 ",
        "1 ",
        "2 ",
    ] {
        assert!(help.contains(needle), "help lacks {needle:?}");
    }
}

#[test]
fn introduced_by_checks_the_introducer_is_named_and_kept_posted() {
    let text = b"Hi Ana,\nWould you have 15 minutes to talk about climate finance? No worries if not; happy to share my notes. I'll keep you posted.\nSam";
    let out = goodwill(
        &["lint", "--kind", "request", "--introduced-by", "Dana"],
        text,
    );
    let report = json(&out);
    let rules: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    // Dana is never named and never promised news: both halves of honouring an introduction.
    assert_eq!(rules, ["introducer-not-credited", "no-loop-closing"]);
}

#[test]
fn a_first_note_that_credits_the_introducer_owes_no_promise_of_news() {
    let rules_for = |text: &[u8]| -> Vec<String> {
        let out = goodwill(
            &["lint", "--kind", "request", "--introduced-by", "Dana"],
            text,
        );
        json(&out)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect()
    };
    // To the new contact, naming Dana honours the introduction.
    let credited = b"Hi Ana,\nDana suggested I get in touch. Would you have 15 minutes to talk about climate finance? No worries if not; happy to share my notes.\nSam";
    assert!(rules_for(credited).is_empty(), "{:?}", rules_for(credited));
    // A reply in Dana's own thread, greeting her, still owes her the news.
    let reply = b"Hi Dana,\nThanks so much for the introduction. Ana, would you have 15 minutes to talk about climate finance? No worries if not; happy to share my notes.\nSam";
    assert_eq!(rules_for(reply), ["no-loop-closing"]);
}

#[test]
fn introduced_by_is_satisfied_by_naming_and_promising_news() {
    let text = b"Hi Ana,\nDana suggested I get in touch. Would you have 15 minutes to talk about climate finance? No worries if not; happy to share my notes. I'll keep Dana posted.\nSam";
    let out = goodwill(
        &["lint", "--kind", "request", "--introduced-by", "Dana"],
        text,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

// ---- draft ------------------------------------------------------------------------------

#[test]
fn draft_prints_subject_body_and_missing_fields() {
    let input = br#"{"answers": {"name": "Ana", "tie": "introduced", "introducer": "Dana Reyes", "ask": "feedback on my portfolio", "time": "call-15", "sender": "Sam"}}"#;
    let out = goodwill(&["draft", "request"], input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft = json(&out);
    assert_eq!(draft["subject"], "Dana Reyes suggested I get in touch");
    let body = draft["body"].as_str().unwrap();
    assert!(
        body.starts_with("Hi Ana,\n\nDana Reyes suggested"),
        "{body}"
    );
    assert_eq!(draft["missing"].as_array().unwrap().len(), 0);
    // The draft it prints is one the checker finds clean.
    let lint = goodwill(
        &["lint", "--kind", "request", "--introduced-by", "Dana Reyes"],
        body.as_bytes(),
    );
    assert_eq!(
        lint.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&lint.stdout)
    );
}

#[test]
fn draft_lists_the_gaps_and_shows_them_as_slots() {
    let out = goodwill(
        &["draft", "introduction", "-"],
        br#"{"answers": {"first": "Ana", "consent": true}}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    let draft = json(&out);
    assert_eq!(
        draft["missing"],
        serde_json::json!(["first_about", "second", "second_about", "why", "sender"])
    );
    assert!(draft["body"]
        .as_str()
        .unwrap()
        .contains("[Second person's name]"));
}

#[test]
fn draft_reads_a_file() {
    let path = std::env::temp_dir().join(format!("goodwill-draft-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{"answers": {"name": "Ana", "occasion": "greeting", "greeting": "new year", "sender": "Sam"}}"#,
    )
    .unwrap();
    let out = goodwill(&["draft", "check-in", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["subject"], "Happy new year");
}

#[test]
fn draft_rejects_unknown_kinds_fields_options_and_bad_json_with_exit_2() {
    for (args, input, says) in [
        // Usage errors exit before reading, so they get no input (a write would break the pipe).
        (&["draft", "memo"][..], &b""[..], "unknown kind \"memo\""),
        (
            &["draft", "request"],
            br#"{"answers": {"colour": "red"}}"#,
            "unknown field \"colour\"",
        ),
        (
            &["draft", "request"],
            br#"{"answers": {"time": "an hour"}}"#,
            "no option \"an hour\"",
        ),
        (&["draft", "request"], b"not json", "is not a draft request"),
        (
            &["draft", "request"],
            br#"{"name": "Ana"}"#,
            "is not a draft request",
        ),
        (&["draft"], b"", "draft needs a kind"),
    ] {
        let out = goodwill(args, input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

/// `quiz items` as parsed JSON, for building answer files.
fn quiz_items() -> Vec<serde_json::Value> {
    let out = goodwill(&["quiz", "items"], b"");
    assert_eq!(out.status.code(), Some(0));
    json(&out).as_array().unwrap().clone()
}

/// `{"answers": {...}}` with every item answered as a giver (`giver`) or a taker.
fn pole_answers(giver: bool) -> serde_json::Value {
    let answers: serde_json::Map<String, serde_json::Value> = quiz_items()
        .iter()
        .map(|i| {
            let forward = i["keyed"] == "+";
            let answer = if forward == giver { 5 } else { 1 };
            (i["id"].as_str().unwrap().to_string(), answer.into())
        })
        .collect();
    serde_json::json!({ "answers": answers })
}

#[test]
fn quiz_items_lists_every_question_with_its_habit_and_keying() {
    let items = quiz_items();
    assert_eq!(items.len(), goodwill::quiz::ITEMS.len());
    for i in &items {
        assert!(i["id"].is_string() && i["habit"].is_string(), "{i}");
        assert!(!i["text"].as_str().unwrap().is_empty(), "{i}");
        assert!(i["keyed"] == "+" || i["keyed"] == "-", "{i}");
    }
    let reversed = items.iter().filter(|i| i["keyed"] == "-").count();
    assert!(reversed * 3 >= items.len());
    let scenario = items.iter().find(|i| i.get("options").is_some()).unwrap();
    assert!(scenario["options"][0]["score"].is_u64(), "{scenario}");
}

#[test]
fn quiz_score_prints_the_style_the_dominant_burnout_and_every_habit() {
    let input = serde_json::to_vec(&pole_answers(true)).unwrap();
    let out = goodwill(&["quiz", "score"], &input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        json(&out),
        serde_json::json!({
            "style": {"giver": 100, "matcher": 0, "taker": 0},
            "dominant": "giver",
            "burnout_risk": false,
            "habits": {
                "giving-first": 100, "keeping-score": 100, "asking-well": 100,
                "follow-through": 100, "keeping-in-touch": 100, "sustainable-giving": 100
            }
        })
    );
}

#[test]
fn quiz_score_reads_a_file_and_scores_a_taker() {
    let path = std::env::temp_dir().join(format!("goodwill-quiz-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_vec(&pole_answers(false)).unwrap()).unwrap();
    let out = goodwill(&["quiz", "score", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.status.code(), Some(0));
    let result = json(&out);
    assert_eq!(result["dominant"], "taker");
    assert!(result["habits"]
        .as_object()
        .unwrap()
        .values()
        .all(|s| s == 0));
}

#[test]
fn quiz_score_bad_answers_exit_2_naming_them_on_one_line() {
    let mut missing = pole_answers(true);
    missing["answers"].as_object_mut().unwrap().remove("ask-02");
    let mut unknown = pole_answers(true);
    unknown["answers"]["give-77"] = 3.into();
    let mut out_of_range = pole_answers(true);
    out_of_range["answers"]["touch-03"] = 6.into();
    out_of_range["answers"]["follow-01"] = "4".into();
    for (input, expect) in [
        (missing.to_string(), vec!["missing", "ask-02"]),
        (unknown.to_string(), vec!["unknown", "give-77"]),
        (
            out_of_range.to_string(),
            vec!["out of range", "follow-01, touch-03"],
        ),
        ("{\"answers\": [1, 2]".to_string(), vec!["not {\"answers\""]),
        ("{\"replies\": {}}".to_string(), vec!["unknown field"]),
    ] {
        let out = goodwill(&["quiz", "score", "-"], input.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{input}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        for needle in expect {
            assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
        }
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn quiz_usage_errors_exit_2() {
    for args in [
        vec!["quiz"],
        vec!["quiz", "grade"],
        vec!["quiz", "score", "/no/such/answers.json"],
    ] {
        let out = goodwill(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
    }
}

// ---- data -------------------------------------------------------------------------------

/// The schema-1 fixture as an export file, the way an older app would have written it.
fn v1_export() -> Vec<u8> {
    let stored: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/store/v1.json")).unwrap();
    serde_json::to_vec(&serde_json::json!({
        "type": "goodwill", "schema": 1, "exported_at": "2026-11-21T12:00:00.000Z",
        "data": stored["data"],
    }))
    .unwrap()
}

#[test]
fn data_check_says_what_an_export_holds() {
    let out = goodwill(&["data", "check"], &v1_export());
    assert_eq!(out.status.code(), Some(0));
    let summary = json(&out);
    assert_eq!(summary["schema"], 1);
    assert_eq!(summary["current_schema"], goodwill::store::SCHEMA);
    assert_eq!(summary["drafts"], 2);
    assert_eq!(summary["results"], 1);
    assert_eq!(summary["plan"], true);
    assert_eq!(summary["unreadable"], 0);
}

#[test]
fn data_upgrade_writes_the_current_schema_and_keeps_every_record() {
    let out = goodwill(&["data", "upgrade", "-"], &v1_export());
    assert_eq!(out.status.code(), Some(0));
    let file = json(&out);
    assert_eq!(file["schema"], goodwill::store::SCHEMA);
    assert_eq!(file["exported_at"], "2026-11-21T12:00:00.000Z");
    assert_eq!(file["data"]["drafts"].as_array().unwrap().len(), 2);
    assert_eq!(file["data"]["drafts"][0]["ignored"], serde_json::json!([]));
    // What it prints is itself a valid export.
    let again = goodwill(&["data", "check"], &out.stdout);
    assert_eq!(json(&again)["schema"], goodwill::store::SCHEMA);
}

#[test]
fn data_refuses_what_is_not_a_goodwill_export_with_exit_2() {
    for (input, says) in [
        (&b"{\"hello\": 1}"[..], "not a Goodwill export"),
        (
            b"{\"type\":\"goodwill\",\"schema\":99,\"data\":{}}",
            "newer version",
        ),
        (b"not json", "not valid JSON"),
    ] {
        let out = goodwill(&["data", "check"], input);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    assert_eq!(goodwill(&["data", "shred"], b"").status.code(), Some(2));
}

/// An export file holding two people: Ana, a close tie last in touch in September, and
/// Ben, a casual tie with a birthday on 4 December.
fn people_export() -> String {
    use goodwill::people::{Occasion, OccasionKind, Person, Tie};
    use goodwill::store::{transfer, Action, Data, Timestamp};
    let at = |iso: &str| Timestamp::parse_iso(iso).unwrap();
    let mut data = Data::default();
    let mut ana = Person::new("p-ana".into(), "Ana Souza", at("2026-01-01T00:00:00Z"));
    ana.tie = Tie::Close;
    ana.last_contact = Some(at("2026-09-01T00:00:00Z"));
    let mut ben = Person::new("p-ben".into(), "Ben Okafor", at("2026-11-20T00:00:00Z"));
    ben.occasions.push(Occasion {
        kind: OccasionKind::Birthday,
        month: 12,
        day: 4,
    });
    data.apply(Action::SavePerson(ana));
    data.apply(Action::SavePerson(ben));
    transfer::export(&data, at("2026-12-01T09:00:00Z"))
}

#[test]
fn people_due_prints_who_is_due_and_why_from_an_export() {
    let out = goodwill(
        &["people", "due", "--today", "2026-12-01", "-"],
        people_export().as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = json(&out);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ana Souza", "Ben Okafor"]);
    assert_eq!(list[0]["reasons"][0], "last in touch 3 months ago");
    assert_eq!(list[1]["reasons"][0], "birthday on Friday");
    assert_eq!(list[1]["occasion"], "birthday");

    for (args, says) in [
        (vec!["people", "due", "-"], "needs --today"),
        (
            vec!["people", "due", "--today", "2026-13-01", "-"],
            "not a date",
        ),
        (vec!["people", "cuddle"], "unknown people command"),
    ] {
        let out = goodwill(&args, people_export().as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}"
        );
    }
    let out = goodwill(
        &["people", "due", "--today", "2026-12-01", "-"],
        b"{\"hello\": 1}",
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn people_ics_writes_a_calendar_and_people_help_documents_both() {
    let out = goodwill(
        &["people", "ics", "--today", "2026-12-01", "-"],
        people_export().as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3, "{text}");
    let help = String::from_utf8(goodwill(&["people", "--help"], b"").stdout).unwrap();
    for needle in [
        "people due",
        "--today",
        "people ics",
        "RFC 5545",
        "EXIT STATUS",
    ] {
        assert!(help.contains(needle), "people --help lacks {needle:?}");
    }
    assert!(String::from_utf8(goodwill(&["--help"], b"").stdout)
        .unwrap()
        .contains("people due"));
}
