//! The drafter as the UI uses it: forms, drafts that the checker finds clean for every
//! choice, gaps shown as slots, "ignore here" across edits, readiness, mailto, follow-ups.

use goodwill::drafter::{self, Answers, Ignored, Input};
use goodwill::etiquette::{lint, lint_with, Context, Kind, Severity};

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The options of a choice field, by id.
fn options(kind: Kind, id: &str) -> Vec<&'static str> {
    let field = drafter::fields(kind).iter().find(|f| f.id == id).unwrap();
    match field.input {
        Input::Choice(options) => options.iter().map(|o| o.value).collect(),
        _ => panic!("{id} is not a choice"),
    }
}

/// Drafts `answers` and asserts the checker, told the form's context, finds nothing at all.
fn assert_clean(kind: Kind, answers: &Answers) {
    assert!(
        drafter::missing(kind, answers).is_empty(),
        "test answers leave gaps: {:?}",
        drafter::missing(kind, answers)
    );
    let draft = drafter::compose(kind, answers);
    let report = lint_with(kind, &draft.body, &drafter::context(kind, answers));
    assert!(
        report.diagnostics.is_empty(),
        "{kind} draft for {answers:?} is not clean:\n{}\n{:#?}",
        draft.body,
        report.diagnostics
    );
    assert!(!draft.subject.is_empty() && !draft.subject.contains(['{', '[', '\n']));
    assert!(!draft.body.contains(['{', '}', '[']), "{}", draft.body);
    let budget = goodwill::etiquette::word_budget(kind);
    assert!(report.words <= budget.comfortable, "{} words", report.words);
}

#[test]
fn every_request_combination_drafts_clean() {
    let asks = [
        "how you chose what to measure first when you rebuilt onboarding",
        "feedback on the two case studies in my portfolio.",
    ];
    let offers = ["", "share the notes from my user interviews"];
    let mut drafted = 0;
    for tie in options(Kind::Request, "tie") {
        for time in options(Kind::Request, "time") {
            for ask in asks {
                for offer in offers {
                    let a = answers(&[
                        ("name", "Ana"),
                        ("tie", tie),
                        (
                            "introducer",
                            if tie == "introduced" {
                                "Dana Reyes"
                            } else {
                                ""
                            },
                        ),
                        ("ask", ask),
                        ("time", time),
                        ("offer", offer),
                        ("sender", "Sam"),
                    ]);
                    assert_clean(Kind::Request, &a);
                    drafted += 1;
                }
            }
        }
    }
    assert_eq!(drafted, 3 * 4 * 2 * 2);
}

#[test]
fn every_thank_you_combination_drafts_clean() {
    for did in [
        "introducing me to Raj Patel",
        "reading my cover letter so closely and suggesting I lead with the clinic project",
    ] {
        for outcome in [
            "",
            "Raj and I met on Tuesday, and he is passing my portfolio to his design lead",
        ] {
            for next in ["", "i have a second interview on the 14th"] {
                let a = answers(&[
                    ("name", "Ana"),
                    ("did", did),
                    ("outcome", outcome),
                    ("next", next),
                    ("sender", "Sam"),
                ]);
                assert_clean(Kind::ThankYou, &a);
            }
        }
    }
}

#[test]
fn an_introduction_with_consent_drafts_clean() {
    let a = answers(&[
        ("first", "Ana"),
        (
            "first_about",
            "a product designer who has just moved to Lisbon",
        ),
        ("second", "Raj"),
        (
            "second_about",
            "the founder of a booking tool for small clinics",
        ),
        (
            "why",
            "you are both working out how to price for small clinics",
        ),
        ("consent", "yes"),
        ("sender", "Sam"),
    ]);
    assert_clean(Kind::Introduction, &a);
}

#[test]
fn every_check_in_occasion_drafts_clean() {
    for occasion in options(Kind::CheckIn, "occasion") {
        for note in ["", "the workshop we ran together still comes up in my team"] {
            for link in ["", "https://example.org/pricing-for-small-studios"] {
                let a = answers(&[
                    ("name", "Ana"),
                    ("occasion", occasion),
                    ("news", "the launch of the new clinic app"),
                    ("article", "this piece on pricing for small studios"),
                    ("link", link),
                    ("greeting", "new year"),
                    ("note", note),
                    ("sender", "Sam"),
                ]);
                assert_clean(Kind::CheckIn, &a);
            }
        }
    }
}

#[test]
fn an_introduced_request_credits_the_introducer_and_promises_news() {
    let a = answers(&[
        ("name", "Ana"),
        ("tie", "introduced"),
        ("introducer", "Dana Reyes"),
        ("ask", "feedback on my portfolio"),
        ("time", "call-15"),
        ("sender", "Sam"),
    ]);
    let context = drafter::context(Kind::Request, &a);
    assert_eq!(context.introduced_by.as_deref(), Some("Dana Reyes"));
    let draft = drafter::compose(Kind::Request, &a);
    assert!(draft.body.contains("Dana Reyes suggested I write to you"));
    assert!(draft.body.contains("I'll let Dana know how it goes."));
    assert_eq!(draft.subject, "Dana Reyes suggested I get in touch");
}

#[test]
fn no_context_unless_the_form_says_someone_introduced_you() {
    let a = answers(&[("tie", "casual"), ("introducer", "Dana")]);
    assert_eq!(drafter::context(Kind::Request, &a), Context::default());
}

#[test]
fn empty_answers_list_the_missing_fields_and_draft_visible_slots() {
    let a = Answers::new();
    assert_eq!(
        drafter::missing(Kind::Request, &a),
        ["name", "tie", "ask", "time", "sender"]
    );
    let draft = drafter::compose(Kind::Request, &a);
    assert!(draft.body.starts_with("Hi [Their name],"), "{}", draft.body);
    let report = lint(Kind::Request, &draft.body);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.rule == "unfilled-placeholder" && d.severity == Severity::Error),
        "{:#?}",
        report.diagnostics
    );
}

#[test]
fn the_introducer_is_required_only_when_someone_introduced_you() {
    let mut a = answers(&[
        ("name", "Ana"),
        ("tie", "casual"),
        ("ask", "x"),
        ("time", "reply"),
        ("sender", "Sam"),
    ]);
    assert!(drafter::missing(Kind::Request, &a).is_empty());
    a.insert("tie".into(), "introduced".into());
    assert_eq!(drafter::missing(Kind::Request, &a), ["introducer"]);
    let shown: Vec<&str> = drafter::shown_fields(Kind::Request, &a)
        .iter()
        .map(|f| f.id)
        .collect();
    assert!(shown.contains(&"introducer"));
}

#[test]
fn an_introduction_without_consent_is_held_back_by_an_error() {
    let a = answers(&[
        ("first", "Ana"),
        ("first_about", "a designer"),
        ("second", "Raj"),
        ("second_about", "a founder"),
        ("why", "you both care about clinics"),
        ("sender", "Sam"),
    ]);
    assert_eq!(drafter::missing(Kind::Introduction, &a), ["consent"]);
    let draft = drafter::compose(Kind::Introduction, &a);
    let report = lint(Kind::Introduction, &draft.body);
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.rule == "unfilled-placeholder"));
}

#[test]
fn validate_names_unknown_fields_and_options() {
    let err = drafter::validate(Kind::Request, &answers(&[("colour", "red")])).unwrap_err();
    assert!(err.contains("unknown field \"colour\""), "{err}");
    let err = drafter::validate(Kind::Request, &answers(&[("time", "an hour")])).unwrap_err();
    assert!(err.contains("call-15"), "{err}");
    let err = drafter::validate(Kind::Introduction, &answers(&[("consent", "sure")])).unwrap_err();
    assert!(err.contains("checkbox"), "{err}");
    assert!(drafter::validate(Kind::Request, &answers(&[("tie", "close")])).is_ok());
}

#[test]
fn every_form_has_a_name_to_greet_and_a_sender() {
    for kind in Kind::ALL {
        let ids: Vec<&str> = drafter::fields(kind).iter().map(|f| f.id).collect();
        assert!(ids.contains(&"sender"), "{kind}: {ids:?}");
        for f in drafter::fields(kind) {
            assert!(
                !f.label.is_empty() && !f.hint.is_empty(),
                "{kind}: {}",
                f.id
            );
        }
    }
}

// ---- ignore here ----------------------------------------------------------------------

const VAGUE: &str = "Hi Ana,\nCould I pick your brain over a 15-minute call? No worries if not. Happy to help you too.\nSam";

/// `(rule, flagged words)` of each finding left.
type Findings = Vec<(&'static str, String)>;

fn rules_left(text: &str, ignored: &[Ignored]) -> Findings {
    let report = drafter::without_ignored(&lint(Kind::Request, text), text, ignored);
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule, text[d.span.start..d.span.end].to_string()))
        .collect()
}

fn ignore_first(text: &str, rule: &str) -> Ignored {
    let report = lint(Kind::Request, text);
    let d = report.diagnostics.iter().find(|d| d.rule == rule).unwrap();
    Ignored::new(d, text)
}

#[test]
fn ignore_here_table() {
    let ignored = ignore_first(VAGUE, "vague-ask");
    assert_eq!(ignored.quote, "pick your brain");
    assert_eq!(ignored.before, "Hi Ana,\nCould I ");
    assert_eq!(ignored.after, " over a 15-minute call? ");
    let pick = |t: &str| ("vague-ask", t.to_string());
    let cases: &[(&str, &str, Findings)] = &[
        ("the same text", VAGUE, vec![]),
        ("text added before", &format!("Hello again!\n{VAGUE}"), vec![]),
        ("text added after", &format!("{VAGUE}\nP.S. Loved your talk."), vec![]),
        (
            "an edit right before it, the after side intact",
            "Hi Ana,\nPlease, may I pick your brain over a 15-minute call? No worries if not. Happy to help you too.\nSam",
            vec![],
        ),
        (
            "the same phrase again elsewhere stays flagged",
            "Hi Ana,\nCould I pick your brain over a 15-minute call? No worries if not. Happy to help you too. Or I could pick your brain by email.\nSam",
            vec![pick("pick your brain")],
        ),
        (
            "the words themselves edited",
            "Hi Ana,\nCould I pick your brains over a 15-minute call? No worries if not. Happy to help you too.\nSam",
            vec![pick("pick your brains")],
        ),
        (
            "both sides rewritten",
            "Hi Ana,\nI would love to pick your brain sometime soon about pricing, in a 15-minute call. No worries if not. Happy to help you too.\nSam",
            vec![pick("pick your brain")],
        ),
    ];
    for (name, text, expected) in cases {
        let left: Findings = rules_left(text, std::slice::from_ref(&ignored))
            .into_iter()
            .filter(|(r, _)| *r == "vague-ask")
            .collect();
        assert_eq!(&left, expected, "{name}");
    }
}

#[test]
fn ignoring_one_of_two_identical_phrases_keeps_the_other() {
    let text = "Hi Ana,\nCould I pick your brain on pricing? Or pick your brain on hiring? No worries if not. Happy to help you too.\nSam";
    let report = lint(Kind::Request, text);
    let second = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "vague-ask")
        .nth(1)
        .unwrap();
    let ignored = Ignored::new(second, text);
    let left = rules_left(text, std::slice::from_ref(&ignored));
    let vague: Vec<usize> = drafter::without_ignored(&report, text, &[ignored])
        .diagnostics
        .iter()
        .filter(|d| d.rule == "vague-ask")
        .map(|d| d.span.start)
        .collect();
    assert_eq!(vague, [text.find("pick").unwrap()], "{left:?}");
}

#[test]
fn a_missing_something_finding_is_ignored_for_the_whole_draft() {
    let text = "Hi Ana,\nWould you have 15 minutes for a call about pricing next week? Happy to share my notes.\nSam";
    let ignored = ignore_first(text, "no-easy-out");
    assert_eq!(
        ignored,
        Ignored {
            rule: "no-easy-out".into(),
            quote: String::new(),
            before: String::new(),
            after: String::new()
        }
    );
    let edited = "Hi Ana,\nI loved your talk. Would you have 15 minutes for a call about pricing and hiring next week? Happy to share my notes.\nSam";
    assert!(!lint(Kind::Request, edited)
        .diagnostics
        .iter()
        .all(|d| d.rule != "no-easy-out"));
    assert!(rules_left(edited, &[ignored])
        .iter()
        .all(|(r, _)| *r != "no-easy-out"));
}

#[test]
fn a_whole_message_ignore_does_not_silence_a_phrase_of_the_same_rule() {
    let whole = Ignored {
        rule: "vague-ask".into(),
        quote: String::new(),
        before: String::new(),
        after: String::new(),
    };
    assert_eq!(
        rules_left(VAGUE, &[whole]),
        [("vague-ask", "pick your brain".to_string())]
    );
}

#[test]
fn context_is_cut_on_char_boundaries() {
    let text = "Hi Ana,\nÉéééééééééééééééééééé could I pick your brain over a 15-minute call? Ça va? No worries if not. Happy to help you too.\nSam";
    let ignored = ignore_first(text, "vague-ask");
    assert!(ignored.before.len() <= 24 && ignored.after.len() <= 24);
    assert!(ignored.before.ends_with("could I "));
    assert!(rules_left(text, &[ignored]).is_empty());
}

#[test]
fn ignored_round_trips_through_json() {
    let ignored = ignore_first(VAGUE, "vague-ask");
    let json = serde_json::to_string(&ignored).unwrap();
    assert_eq!(serde_json::from_str::<Ignored>(&json).unwrap(), ignored);
}

// ---- readiness --------------------------------------------------------------------------

fn ticks(kind: Kind, text: &str, a: &Answers) -> Vec<(&'static str, bool)> {
    let checked = drafter::check(kind, text, a, &[], &[]);
    checked
        .readiness
        .checklist
        .iter()
        .map(|i| match i.id {
            std::borrow::Cow::Borrowed(id) => (id, i.done),
            std::borrow::Cow::Owned(_) => panic!("the checker names its items with its own ids"),
        })
        .collect()
}

#[test]
fn a_clean_request_ticks_every_item_and_is_ready() {
    let a = answers(&[
        ("name", "Ana"),
        ("tie", "introduced"),
        ("introducer", "Dana"),
        ("ask", "feedback on my portfolio"),
        ("time", "call-20"),
        ("sender", "Sam"),
    ]);
    let draft = drafter::compose(Kind::Request, &a);
    let checked = drafter::check(Kind::Request, &draft.body, &a, &[], &[]);
    assert!(checked.readiness.ready);
    assert_eq!(checked.readiness.errors, 0);
    assert_eq!(checked.readiness.budget.limit, 150);
    assert!(checked.readiness.checklist.iter().all(|i| i.done));
    assert_eq!(checked.readiness.checklist.len(), 5);
}

#[test]
fn request_items_follow_the_rules_that_fire() {
    let text = "Hi Ana,\nCould we meet for coffee to talk about pricing?\nSam";
    assert_eq!(
        ticks(Kind::Request, text, &Answers::new()),
        [
            ("specific-ask", true),
            ("time-bound", false),
            ("easy-out", false),
            ("offer", false),
        ]
    );
    let vague = "Hi Ana,\nCould I pick your brain over a 15-minute call? No worries if not. Happy to help you too.\nSam";
    assert_eq!(
        ticks(Kind::Request, vague, &Answers::new())[0],
        ("specific-ask", false)
    );
}

#[test]
fn an_ignored_finding_ticks_its_item() {
    let text = "Hi Ana,\nWould you have 15 minutes for a call about pricing next week? Happy to share my notes.\nSam";
    let ignored = ignore_first(text, "no-easy-out");
    let checked = drafter::check(Kind::Request, text, &Answers::new(), &[ignored], &[]);
    assert!(checked.readiness.checklist.iter().all(|i| i.done));
}

#[test]
fn a_switched_off_rule_reports_nothing() {
    let text = "Hi Ana,\nCould I pick your brain?\nSam";
    let checked = drafter::check(Kind::Request, text, &Answers::new(), &[], &["vague-ask"]);
    assert!(checked
        .report
        .diagnostics
        .iter()
        .all(|d| d.rule != "vague-ask"));
}

#[test]
fn thank_you_items() {
    let generic = "Hi Ana,\nThanks for your help.\nSam";
    assert_eq!(
        ticks(Kind::ThankYou, generic, &Answers::new()),
        [
            ("thanks", true),
            ("specifics", false),
            ("loop-closed", true)
        ]
    );
    let none = "Hi Ana,\nRaj and I met on Tuesday and it went really well overall.\nSam";
    assert_eq!(
        ticks(Kind::ThankYou, none, &Answers::new()),
        [
            ("thanks", false),
            ("specifics", false),
            ("loop-closed", true)
        ]
    );
    let no_loop =
        "Hi Ana,\nThank you for introducing me to Raj, it was so kind of you to think of me.\nSam";
    assert_eq!(
        ticks(Kind::ThankYou, no_loop, &Answers::new())[2],
        ("loop-closed", false)
    );
}

#[test]
fn introduction_items_come_from_the_answers_and_the_easy_out_phrases() {
    let a = answers(&[("why", "you both price for clinics"), ("consent", "yes")]);
    let text =
        "Hi Ana and Raj,\nMeet each other. If the timing doesn't work, no problem at all.\nSam";
    assert_eq!(
        ticks(Kind::Introduction, text, &a),
        [("why", true), ("consent", true), ("easy-out", true)]
    );
    let bare = "Hi Ana and Raj,\nMeet each other.\nSam";
    assert_eq!(
        ticks(Kind::Introduction, bare, &Answers::new()),
        [("why", false), ("consent", false), ("easy-out", false)]
    );
}

#[test]
fn check_in_items() {
    let a = answers(&[("occasion", "news"), ("news", "the launch")]);
    let text = "Hi Ana,\nCongratulations on the launch. Well deserved.\nSam";
    assert_eq!(
        ticks(Kind::CheckIn, text, &a),
        [("no-ask", true), ("for-them", true)]
    );
    let asking = "Hi Ana,\nCongratulations on the launch. Could you introduce me to your CTO?\nSam";
    let gap = answers(&[("occasion", "news")]);
    assert_eq!(
        ticks(Kind::CheckIn, asking, &gap),
        [("no-ask", false), ("for-them", true)]
    );
}

#[test]
fn a_check_in_with_a_favour_tucked_in_is_not_ready_to_send() {
    let text =
        "Hi Ana,\nCongrats on the new role! Could you introduce me to your hiring manager?\nSam";
    let checked = drafter::check(Kind::CheckIn, text, &Answers::new(), &[], &[]);
    assert!(!checked.readiness.ready, "{:?}", checked.readiness);
    assert_eq!(
        checked.readiness.held_by,
        Some(goodwill::drafter::HeldBy::AskInCheckIn)
    );
    let warm =
        "Hi Ana,\nCongrats on the new role! I immediately thought of our chat in Leeds.\nSam";
    let checked = drafter::check(Kind::CheckIn, warm, &Answers::new(), &[], &[]);
    assert!(checked.readiness.ready, "{:?}", checked.report.diagnostics);
}

#[test]
fn a_pasted_check_in_is_read_from_its_text() {
    let congrats = "Hi Ana,\nSaw the news about the launch: congratulations!\nSam";
    assert_eq!(
        ticks(Kind::CheckIn, congrats, &Answers::new()),
        [("no-ask", true), ("for-them", true)]
    );
    let shares = "Hi Ana,\nThis made me think of you: https://example.com/piece\nSam";
    assert_eq!(
        ticks(Kind::CheckIn, shares, &Answers::new())[1],
        ("for-them", true)
    );
    let favour = "Hi Ana,\nJust checking in. Could you introduce me to your CTO?\nSam";
    assert_eq!(
        ticks(Kind::CheckIn, favour, &Answers::new()),
        [("no-ask", false), ("for-them", false)]
    );
    let invitation = "Hi Ana,\nHappy birthday! Let's catch up when you're back.\nSam";
    assert_eq!(
        ticks(Kind::CheckIn, invitation, &Answers::new()),
        [("no-ask", true), ("for-them", true)]
    );
}

#[test]
fn specifics_tick_only_when_the_thanks_names_what_they_did() {
    for (text, specific) in [
        (
            "Hi Ana,\nThanks a lot for your help last week, I really appreciate it.\nSam",
            false,
        ),
        ("Hi Ana,\nThank you. I really appreciate it.\nSam", false),
        (
            "Hi Ana,\nThank you for the hour you spent on my CV.\nSam",
            true,
        ),
        (
            "Hi Ana,\nThanks for introducing me to Raj; we meet on Friday.\nSam",
            true,
        ),
    ] {
        let got = ticks(Kind::ThankYou, text, &Answers::new())[1];
        assert_eq!(got, ("specifics", specific), "{text}");
    }
}

#[test]
fn over_the_budget_is_not_ready() {
    let text = format!(
        "Hi Ana,\n{}\nSam",
        "Your work on onboarding is great. ".repeat(40)
    );
    let checked = drafter::check(Kind::CheckIn, &text, &Answers::new(), &[], &[]);
    assert!(checked.readiness.words > checked.readiness.budget.limit);
    assert!(!checked.readiness.ready);
}

// ---- follow-up and mailto ---------------------------------------------------------------

#[test]
fn a_thank_you_starts_from_a_sent_request() {
    let request = answers(&[
        ("name", "Ana"),
        ("tie", "casual"),
        ("ask", "feedback on the two case studies in my portfolio."),
        ("time", "call-15"),
        ("sender", "Sam"),
    ]);
    // Sent as drafted (or with no text at all), the form's answers carry over.
    let sent = drafter::compose(Kind::Request, &request).body;
    assert_eq!(
        drafter::thank_you_from_request(&request, ""),
        drafter::thank_you_from_request(&request, &sent)
    );
    let thanks = drafter::thank_you_from_request(&request, &sent);
    assert_eq!(
        thanks,
        answers(&[
            ("name", "Ana"),
            (
                "did",
                "your help with feedback on the two case studies in my portfolio"
            ),
            ("sender", "Sam"),
        ])
    );
    assert!(drafter::validate(Kind::ThankYou, &thanks).is_ok());
    assert!(drafter::missing(Kind::ThankYou, &thanks).is_empty());
    assert_clean(Kind::ThankYou, &thanks);
}

#[test]
fn a_thank_you_from_an_edited_request_follows_the_text_as_sent() {
    let request = answers(&[
        ("name", "Ana"),
        ("tie", "casual"),
        ("ask", "feedback on the two case studies in my portfolio."),
        ("time", "call-15"),
        ("sender", "Sam"),
    ]);
    let edited = "Hi Ana Souza,\n\nWould you look over the first page of my portfolio? \
        Ten minutes at most, and no worries if not.\n\nBest,\nSamira";
    let thanks = drafter::thank_you_from_request(&request, edited);
    assert_eq!(
        thanks,
        answers(&[("name", "Ana Souza"), ("sender", "Samira")]),
        "the rewritten ask is left for the writer to name"
    );
}

#[test]
fn a_draft_opens_in_the_mail_program() {
    let a = answers(&[
        ("name", "Zoë"),
        ("occasion", "greeting"),
        ("greeting", "new year"),
        ("sender", "Sam"),
    ]);
    let draft = drafter::compose(Kind::CheckIn, &a);
    let link = drafter::mailto(&draft.subject, &draft.body);
    assert!(link
        .href
        .starts_with("mailto:?subject=Happy%20new%20year&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0A"));
    assert!(!link.too_long);
}

#[test]
fn a_pasted_request_can_name_its_introducer_and_be_checked_for_the_credit() {
    let text = "Hi Ana,\n\nWould you have 15 minutes next week to tell me how you moved into \
                product? If now is busy, no problem at all.\n\nThanks,\nSam";
    let mut form = Answers::new();
    let rules = |form: &Answers| -> Vec<&'static str> {
        drafter::check(Kind::Request, text, form, &[], &[])
            .report
            .diagnostics
            .iter()
            .map(|d| d.rule)
            .collect()
    };
    assert!(!rules(&form).contains(&"introducer-not-credited"));

    drafter::set_introducer(&mut form, "Kwame");
    assert_eq!(drafter::introducer(&form), "Kwame");
    assert!(rules(&form).contains(&"introducer-not-credited"));

    let credited = text.replace(
        "Hi Ana,\n\n",
        "Hi Ana,\n\nKwame suggested I write to you. I'll let Kwame know how it goes. ",
    );
    let report = drafter::check(Kind::Request, &credited, &form, &[], &[]).report;
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.rule == "introducer-not-credited"),
        "{report:?}"
    );

    // Clearing the name takes the introduction out again, and leaves other answers be.
    form.insert("name".into(), "Ana".into());
    drafter::set_introducer(&mut form, "  ");
    assert_eq!(drafter::introducer(&form), "");
    assert_eq!(form, answers(&[("name", "Ana")]));
    assert!(!rules(&form).contains(&"introducer-not-credited"));
}

#[test]
fn the_introducer_counts_only_when_the_form_says_someone_introduced_you() {
    let form = answers(&[("tie", "close"), ("introducer", "Kwame")]);
    assert_eq!(drafter::introducer(&form), "");
    let form = answers(&[("tie", "introduced"), ("introducer", " Kwame ")]);
    assert_eq!(drafter::introducer(&form), "Kwame");
}

#[test]
fn a_pasted_draft_is_listed_by_the_name_its_greeting_gives() {
    use goodwill::drafter::list_title;
    let title = |kind, recipient, body| list_title(kind, recipient, body);
    assert_eq!(
        title(Kind::Request, "", "Hi Ana,\nCould we talk?"),
        "Request to Ana"
    );
    assert_eq!(
        title(Kind::Request, "", "Dear Ms Chen,\nCould we talk?"),
        "Request to Ms Chen"
    );
    assert_eq!(
        title(Kind::CheckIn, "", "Hey, Angela!\nCongrats!"),
        "Check-in to Angela"
    );
    assert_eq!(
        title(Kind::Introduction, "", "Hi Ana and Ben,\nMeet each other."),
        "Introduction: Ana and Ben"
    );
    assert_eq!(
        title(Kind::Request, "", "Hi all,\nCould we talk?"),
        "Request (no name yet)"
    );
    assert_eq!(
        title(Kind::Request, "", "Could we talk?"),
        "Request (no name yet)"
    );
    assert_eq!(
        title(Kind::Request, "Raj", "Hi Ana,\nCould we talk?"),
        "Request to Raj"
    );
}

#[test]
fn a_thank_you_adds_its_own_promise_to_report_back_only_when_the_next_step_has_none() {
    let with_next = |next: &str| {
        answers(&[
            ("name", "Ana"),
            ("did", "introducing me to Raj Patel"),
            ("next", next),
            ("sender", "Sam"),
        ])
    };
    let promise = "I'll let you know how it goes";
    let own = drafter::compose(
        Kind::ThankYou,
        &with_next("I meet his team on Friday and will keep you posted."),
    );
    assert!(!own.body.contains(promise), "{}", own.body);
    assert_eq!(own.body.matches("keep you posted").count(), 1);
    let plain = drafter::compose(
        Kind::ThankYou,
        &with_next("I have a second interview on the 14th."),
    );
    assert!(plain.body.contains(promise), "{}", plain.body);
}

#[test]
fn a_thank_you_subject_stays_short_however_long_the_answer() {
    let answers = answers(&[
        ("name", "Ana"),
        (
            "did",
            "your help with how you chose what to measure first when you rebuilt onboarding",
        ),
        ("sender", "Sam"),
    ]);
    let draft = drafter::compose(Kind::ThankYou, &answers);
    assert_eq!(draft.subject, "Thank you for your help");
    assert!(draft
        .body
        .contains("Thank you for your help with how you chose"));
}

#[test]
fn repeats_of_one_finding_become_one_card_fixed_in_one_edit() {
    let text = "Hi Ana,\n\nPlease reply ASAP. I need the notes ASAP, and the list asap. Can I pick your brain?\n\nSam";
    let report = lint(Kind::Request, text);
    let groups = drafter::groups(text, &report.diagnostics);
    let asap = groups
        .iter()
        .find(|g| {
            let d = &report.diagnostics[g.members[0]];
            d.rule == "pressure" && text[d.span.start..d.span.end].eq_ignore_ascii_case("asap")
        })
        .expect("an ASAP card");
    assert_eq!(asap.members.len(), 3, "{groups:?}");
    assert!(asap.same_fix);
    // Every other card stands for one finding, and every finding is on exactly one card.
    let mut all: Vec<usize> = groups.iter().flat_map(|g| g.members.clone()).collect();
    all.sort_unstable();
    assert_eq!(all, (0..report.diagnostics.len()).collect::<Vec<_>>());

    let (start, end, with) = drafter::fix_all(text, &report.diagnostics, asap).unwrap();
    let fixed = format!("{}{with}{}", &text[..start], &text[end..]);
    assert!(!fixed.to_lowercase().contains("asap"), "{fixed}");
    assert!(fixed.contains("pick your brain"), "{fixed}");
    assert!(!lint(Kind::Request, &fixed)
        .diagnostics
        .iter()
        .any(|d| d.rule == "pressure"));
}

/// The worker's protocol: what comes back through JSON is what the editor would have
/// computed itself, ignores and switched-off rules applied, with a ready anchor for each
/// finding; anything else gets a message the editor can show.
#[test]
fn the_checker_worker_answers_through_json_as_the_editor_would_compute() {
    use drafter::wire::{answer_json, read_reply, CheckRequest};
    let text = "Hi Ana,\nPlease reply ASAP!! Can I pick your brain sometime? 🙂\nSam";
    let ignored = vec![ignore_first(text, "no-give")];
    let form = answers(&[("name", "Ana")]);
    let request = CheckRequest {
        id: 7,
        kind: Kind::Request,
        text: text.to_string(),
        answers: form.clone(),
        ignored: ignored.clone(),
        off: vec!["shouting".to_string()],
    };
    let reply = read_reply(&answer_json(&serde_json::to_string(&request).unwrap())).unwrap();
    let direct = drafter::check(Kind::Request, text, &form, &ignored, &["shouting"]);
    assert_eq!(reply.id, 7);
    assert_eq!(reply.diagnostics, direct.report.diagnostics);
    assert_eq!(reply.readiness, direct.readiness);
    assert!(reply.diagnostics.iter().any(|d| d.rule == "pressure"));
    assert!(reply
        .diagnostics
        .iter()
        .all(|d| d.rule != "no-give" && d.rule != "shouting"));
    // An Ignore anchored from the answer is the one the editor would have made itself.
    for (d, &whole) in reply.diagnostics.iter().zip(&reply.whole) {
        assert_eq!(Ignored::anchor(d, text, whole), Ignored::new(d, text));
    }
    assert_eq!(reply.whole.len(), reply.diagnostics.len());
    assert!(reply.whole.iter().any(|&w| w) && reply.whole.iter().any(|&w| !w));

    let broken = read_reply(&answer_json("{\"id\": 1, \"kind\": \"letter\"}")).unwrap_err();
    assert!(broken.contains("letter"), "{broken}");
    assert!(read_reply("not json").is_err());
}

/// With no ask the checker knows, the checklist does not tick "A specific ask", though no
/// finding says the request asks for nothing (too often wrong on real messages).
#[test]
fn a_request_with_no_ask_found_is_not_ticked_specific_and_not_scolded() {
    let text = "Hi Ana,\nI read your piece on onboarding metrics and shared it with my team last week.\nSam";
    let checked = drafter::check(Kind::Request, text, &Answers::new(), &[], &[]);
    assert!(checked
        .report
        .diagnostics
        .iter()
        .all(|d| d.rule != "vague-ask"));
    assert!(ticks(Kind::Request, text, &Answers::new()).contains(&("specific-ask", false)));
    let asks = "Hi Ana,\nCould you spare 15 minutes next week to tell me how you chose your first metrics?\nSam";
    assert!(ticks(Kind::Request, asks, &Answers::new()).contains(&("specific-ask", true)));
}

#[test]
fn a_long_paste_is_titled_by_its_greeting_read_from_the_opening_alone() {
    let body = "Subject: Coffee?\nRe: your talk\n\nHi Ana and Ben,\n\n".to_string()
        + &"I enjoyed the talk on onboarding a great deal. ".repeat(25_000)
        + "\n\nBest,\nSam";
    assert!(body.len() > 1_000_000);
    assert_eq!(
        goodwill::drafter::list_title(Kind::Request, "", &body),
        "Request to Ana and Ben"
    );
    // One line of a megabyte with no greeting names nobody, and is cut on a char boundary.
    let one_line = "é".repeat(600_000);
    assert_eq!(
        goodwill::drafter::list_title(Kind::CheckIn, "", &one_line),
        "Check-in (no name yet)"
    );
}
