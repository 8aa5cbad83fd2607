//! How the checker reads words, as a table: one line per case, so the matching rules read
//! like a spec (word boundaries, case, apostrophes, negation, quotes, acronyms).
#![cfg(not(target_arch = "wasm32"))]

use goodwill::etiquette::{lint, Kind};

fn fired(kind: Kind, text: &str, rule: &str) -> bool {
    lint(kind, text).diagnostics.iter().any(|d| d.rule == rule)
}

/// `fires!(kind, text, rule)`: the rule reports something in `text`.
macro_rules! fires {
    ($kind:ident, $text:expr, $rule:expr) => {
        assert!(
            fired(Kind::$kind, $text, $rule),
            "expected {} on {:?}",
            $rule,
            $text
        )
    };
}

/// `quiet!(kind, text, rule)`: the rule stays silent on `text`.
macro_rules! quiet {
    ($kind:ident, $text:expr, $rule:expr) => {
        assert!(
            !fired(Kind::$kind, $text, $rule),
            "unexpected {} on {:?}",
            $rule,
            $text
        )
    };
}

#[test]
fn phrases_match_whole_words_only() {
    fires!(
        Request,
        "Hi Ana,\nCould you reply, it's urgent?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nCould you tell me about the insurgent campaign?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nCould you share the ASAPx docs link?\nSam",
        "pressure"
    );
    fires!(Request, "Hi Ana,\nIs your company hiring?\nSam", "job-ask");
    quiet!(
        Request,
        "Hi Ana,\nIs your company's hiring process structured?\nSam",
        "job-ask"
    );
}

#[test]
fn case_does_not_matter() {
    fires!(Request, "Hi Ana,\nCan I PICK YOUR BRAIN?\nSam", "vague-ask");
    fires!(Request, "Hi Ana,\nCan I Pick Your Brain?\nSam", "vague-ask");
    fires!(Request, "Hi Ana,\nCould you reply Asap?\nSam", "pressure");
}

#[test]
fn curly_and_straight_apostrophes_match_alike() {
    fires!(
        ThankYou,
        "Hi Ana,\nThanks for the intro. I owe you one!\nSam",
        "keeping-score"
    );
    fires!(
        Request,
        "Hi Ana,\nAfter all I’ve done, could you help?\nSam",
        "keeping-score"
    );
    fires!(
        Request,
        "Hi Ana,\nAfter all I've done, could you help?\nSam",
        "keeping-score"
    );
}

#[test]
fn phrases_never_match_across_punctuation() {
    quiet!(
        Request,
        "Hi Ana,\nCould you help me? Out of interest, how did you start?\nSam",
        "vague-ask"
    );
    quiet!(
        Request,
        "Hi Ana,\nI'd love to pick, your brain aside, one question: how did you start?\nSam",
        "vague-ask"
    );
}

#[test]
fn negated_mentions_do_not_fire() {
    quiet!(
        Request,
        "Hi Ana,\nNo rush at all: could you share the course name sometime?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nThis isn't urgent. Could you share the course name?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nThere's no need to reply asap. Could you share the course name?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nI don't want to just pick your brain: how did you price your first project?\nSam",
        "vague-ask"
    );
    quiet!(
        Request,
        "Hi Ana,\nNot that you owe me anything, but could you share the course name?\nSam",
        "keeping-score"
    );
}

#[test]
fn a_negation_does_not_reach_past_a_comma_or_but() {
    fires!(
        Request,
        "Hi Ana,\nNo rush, but could you reply ASAP?\nSam",
        "pressure"
    );
    fires!(
        Request,
        "Hi Ana,\nI know it's not ideal, could you send it urgently?\nSam",
        "pressure"
    );
}

#[test]
fn quoted_words_are_not_the_writers_own() {
    quiet!(
        Request,
        "Hi Ana,\nMy old boss said \"ASAP\" daily. Could you share how your team plans?\nSam",
        "pressure"
    );
    quiet!(
        Request,
        "Hi Ana,\nMy old boss said “ASAP” daily. Could you share how your team plans?\nSam",
        "pressure"
    );
    quiet!(
        CheckIn,
        "Hi Ana,\nYour talk's slide that said 'PLEASE TEST' made me laugh.\nSam",
        "shouting"
    );
    quiet!(
        Request,
        "Hi Ana,\n> Can you send it ASAP?\nThat's what my client wrote. How would you reply?\nSam",
        "pressure"
    );
}

#[test]
fn acronyms_and_names_in_capitals_are_not_shouting() {
    quiet!(
        Request,
        "Hi Ana,\nHow did you move from SQL reporting to AI work at NASA in NYC?\nSam",
        "shouting"
    );
    quiet!(
        Request,
        "Hi Ana,\nHow did you find the INSEAD MBA and the CFA?\nSam",
        "shouting"
    );
    fires!(Request, "Hi Ana,\nI REALLY need this.\nSam", "shouting");
    fires!(
        CheckIn,
        "Hi Ana,\nHUGE congratulations on the launch.\nSam",
        "shouting"
    );
    quiet!(
        Request,
        "Hi Ana,\nCould you share the course name?\nSAM",
        "shouting"
    );
}

#[test]
fn a_single_exclamation_is_fine_a_run_is_not() {
    quiet!(
        CheckIn,
        "Hi Ana,\nCongratulations on the launch!\nSam",
        "shouting"
    );
    fires!(
        CheckIn,
        "Hi Ana,\nCongratulations on the launch!!\nSam",
        "shouting"
    );
    fires!(
        CheckIn,
        "Hi Ana,\nCongratulations on the launch!?!\nSam",
        "shouting"
    );
    quiet!(
        CheckIn,
        "Hi Ana,\nCongratulations on the launch!!\nSam",
        "pressure"
    );
    fires!(
        Request,
        "Hi Ana,\nCould you send it today!!\nSam",
        "pressure"
    );
}

#[test]
fn rules_apply_only_to_their_kinds() {
    quiet!(
        Request,
        "Hi Ana,\nCould you share the course name? Thank you for your time.\nSam",
        "generic-thanks"
    );
    quiet!(
        Request,
        "Hi Ana,\nCould you share the course name?\nSam",
        "missing-thanks"
    );
    quiet!(
        Introduction,
        "Hi Ana and Ben,\nAna, meet Ben. Ben, could you share your notes with Ana?\nSam",
        "no-easy-out"
    );
    fires!(
        ThankYou,
        "Hi Ana,\nI met Raj on Tuesday and it went well.\nSam",
        "missing-thanks"
    );
}

#[test]
fn placeholders_are_found_in_every_bracket_style() {
    fires!(
        CheckIn,
        "Hi [Name],\nCongratulations on the new role.\nSam",
        "unfilled-placeholder"
    );
    fires!(
        CheckIn,
        "Hi {{first_name}},\nCongratulations on the new role.\nSam",
        "unfilled-placeholder"
    );
    fires!(
        CheckIn,
        "Hi <NAME>,\nCongratulations on the new role.\nSam",
        "unfilled-placeholder"
    );
    fires!(
        CheckIn,
        "Hi Ana,\nCongratulations on the new role at XXX.\nSam",
        "unfilled-placeholder"
    );
    quiet!(CheckIn, "Hi Ana,\nCongratulations on the new role [finally]. Here's the [link](https://example.com).\nSam", "unfilled-placeholder");
    quiet!(
        CheckIn,
        "Hi Ana,\nCongratulations on the new role <3\nSam",
        "unfilled-placeholder"
    );
}

#[test]
fn time_bounds_are_recognised_in_their_usual_forms() {
    for bound in [
        "15 minutes",
        "a 15-minute",
        "15 min",
        "15min",
        "half an hour",
        "20 mins",
        "a few minutes",
    ] {
        let text = format!("Hi Ana,\nCould we have a call for {bound} next week?\nSam");
        quiet!(Request, &text, "unbounded-time");
    }
    fires!(
        Request,
        "Hi Ana,\nCould we have a call next week?\nSam",
        "unbounded-time"
    );
    quiet!(
        Request,
        "Hi Ana,\nI enjoyed our call last week. Could you share the course name?\nSam",
        "unbounded-time"
    );
}

#[test]
fn greetings_need_a_name() {
    fires!(
        Request,
        "Hi,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    fires!(
        Request,
        "Good morning,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    fires!(
        Request,
        "Dear Sir/Madam,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    quiet!(
        Request,
        "Good morning Ana,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    quiet!(
        Request,
        "Dear Dr. Mensah,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    quiet!(
        CheckIn,
        "Congrats on the launch, Priya! Well deserved.",
        "generic-greeting"
    );
    // Another language's salutation greets as well as "Hi" does; without a name it doesn't.
    quiet!(
        Request,
        "Hola Liam,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    fires!(
        Request,
        "Hola,\nCould you share the course name?\nSam",
        "generic-greeting"
    );
    // A greeting run on with no comma still names a lower-case handle.
    quiet!(
        ThankYou,
        "Hi koying I just got the new version and it fixed the add-on for me, thank you for that.",
        "generic-greeting"
    );
}

#[test]
fn a_thank_you_that_thanks_them_by_name_is_addressed() {
    // The name in the thanks itself, in any of the first sentences.
    quiet!(
        ThankYou,
        "These are some really helpful additions. Thank you Valeria for taking the time to do this.",
        "generic-greeting"
    );
    quiet!(
        CheckIn,
        "All done. Feel free to update the README and whatever else you want. Thanks Peter! Can't wait to see how it evolves.",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "It was a 3-person effort to get here, deep appreciation to Anum and Marisa!",
        "generic-greeting"
    );
    // A title, a Title Case line or a firm is nobody's name.
    fires!(
        ThankYou,
        "Thanks Prof for a great semester of teaching and learning.",
        "generic-greeting"
    );
    fires!(
        ThankYou,
        "Thanks For Creating Such A Great Repository. It helped me start in open source.",
        "generic-greeting"
    );
    fires!(
        ThankYou,
        "As a long time user, I would like to thank the original authors. Thank you to Fine company for open sourcing it.",
        "generic-greeting"
    );
}

#[test]
fn a_public_thank_you_names_its_subject() {
    // A kudos note about one person names them as it opens and again further on.
    quiet!(
        ThankYou,
        "David takes great care of our releases. David also writes the release notes, which are always complete. Thank you!",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "I want to thank Shawn for starting the project and for every review that taught me something.",
        "generic-greeting"
    );
    // A word that opens sentences is not a name, however often it does.
    fires!(
        ThankYou,
        "This lib helped me so much in my daily job. This is just a way of saying thank you for it.",
        "generic-greeting"
    );
    // In a request, a capitalised subject named twice is a firm as often as a person.
    fires!(
        Request,
        "Acme is hiring designers this spring. Acme has long been a place I admire. Could you tell me how you got in?",
        "generic-greeting"
    );
}

#[test]
fn a_post_that_turns_to_one_person_by_handle_names_them() {
    quiet!(
        Request,
        "Thanks for taking notes and linking to the slides, guys!\n@masche842, can you send me your slides or a link to them?",
        "generic-greeting"
    );
}

#[test]
fn the_fix_for_a_demanding_double_bang_keeps_a_question_a_question() {
    let fix_for = |text: &str| {
        let report = lint(Kind::Request, text);
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "pressure" && &text[d.span.start..d.span.end] == "!!");
        d.and_then(|d| d.fix.clone()).map(|f| f.apply(text))
    };
    assert_eq!(
        fix_for("Hi Ana, can I pick your brain!!").as_deref(),
        Some("Hi Ana, can I pick your brain?")
    );
    assert_eq!(
        fix_for("Hi Ana,\nPlease send the link, it is due!!").as_deref(),
        Some("Hi Ana,\nPlease send the link, it is due.")
    );
}

#[test]
fn words_two_phrase_groups_both_match_are_one_finding() {
    let report = lint(
        Kind::Request,
        "Hi Ana,\n\nCan I pick your brain sometime? Please get back to me ASAP.\n\nSam",
    );
    let pressure = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "pressure")
        .count();
    assert_eq!(pressure, 1, "{:?}", report.diagnostics);
}

/// "About 30 words" and "a hint from about 120" are read with their "about": a sentence of
/// 31 words or a request of 125 is within them, and the rule speaks a little past.
#[test]
fn lengths_near_the_catalogue_s_numbers_are_within_them() {
    let sentence = |n: usize| {
        let words: Vec<&str> = std::iter::repeat_n("word", n - 1).collect();
        format!("Hi Ana,\nI {}.\nSam", words.join(" "))
    };
    quiet!(Request, &sentence(31), "long-sentence");
    fires!(Request, &sentence(32), "long-sentence");
    let body = |n: usize| {
        let sentences: Vec<&str> =
            std::iter::repeat_n("I read your post on supply chains.", n / 7).collect();
        format!("Hi Ana,\n{}\nSam", sentences.join(" "))
    };
    quiet!(Request, &body(126), "too-long");
    fires!(Request, &body(133), "too-long");
    quiet!(ThankYou, &body(168), "too-long");
    fires!(ThankYou, &body(175), "too-long");
}

/// A publisher's redaction in any bracket and case is not a slot left in.
#[test]
fn redactions_are_not_slots() {
    quiet!(
        Request,
        "Hi [Name Redacted],\nCould we talk for 15 minutes?\nSam",
        "unfilled-placeholder"
    );
    for text in [
        "Hi Ana,\nI am a student of the Department of [Deleted] at [Deleted].\nSam",
        "Hi Ana,\nI wrote to share these ideas [omitted here] and to ask one question.\nSam",
        "Hi Ana,\nHere is the link.\nBest wishes,\nShengliver (my online name)",
        "Hi Kylie,\nI have reached chapter 21 [in VENGEANCE BORN]. Thank you for it.\nSam",
        "Hi Ana,\nI will study [area omitted–not philosophy] at UT this fall.\nSam",
    ] {
        quiet!(Request, text, "unfilled-placeholder");
    }
    fires!(
        Request,
        "Hi Ana,\nCould we talk for 15 minutes?\nBest,\n(your name)",
        "unfilled-placeholder"
    );
    fires!(
        Request,
        "Hi [Name],\nCould we talk for 15 minutes?\nSam",
        "unfilled-placeholder"
    );
}

/// "I need you to know…" says a feeling and an RSVP date is an invitation's logistics;
/// "I need you to send it by Friday" still presses.
#[test]
fn feelings_and_invitations_are_not_pressure() {
    quiet!(
        CheckIn,
        "Dear Barrett,\nI need you to know that you're number one with me.\nSam",
        "pressure"
    );
    quiet!(
        CheckIn,
        "Hi Ana,\nJoin us on the 18th. Please RSVP by Friday, December 5.\nSam",
        "pressure"
    );
    fires!(
        Request,
        "Hi Ana,\nI need you to send it by Friday.\nSam",
        "pressure"
    );
}

/// "My good Leslie:" names the reader, as "My dear Leslie," does.
#[test]
fn an_old_style_salutation_names_the_reader() {
    quiet!(
        ThankYou,
        "My good Leslie:\n\nThanks for your warm congratulations.\n\nNed",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "My dear Leslie,\n\nThanks for your warm congratulations.\n\nNed",
        "generic-greeting"
    );
}

/// A name alone on the first line is the greeting, in every shape: one name, a title and
/// a name, two names. The self-introduction after it is then the message's opening. A
/// title alone ("Reverend and Dear Sir:", "Professor,") still names nobody.
#[test]
fn a_name_alone_on_the_first_line_is_the_greeting() {
    quiet!(
        ThankYou,
        "Justin and Daniel,\n\nThanks for the kind words about the book; the autographs are in the post.\nSam",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "Jeremy and Travis\n\nThanks for helping with the grant report: it went in on Monday.\nSam",
        "generic-greeting"
    );
    fires!(
        ThankYou,
        "Jeremy and I\n\nthank you for the tour.\nSam",
        "generic-greeting"
    );
    quiet!(
        CheckIn,
        "Excellent article Dwain.\n\nI will have to read it a few times for it all to sink in.",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "I appreciate it VulcanWM.\nThank you so much for the kind review of my first pull request.",
        "generic-greeting"
    );
    fires!(
        Request,
        "My name is NL. I attended the bootcamp this year and would love your advice on copywriting.\nNL",
        "generic-greeting"
    );
    fires!(
        CheckIn,
        "I work at Google. The launch went well and the team is happy.\nSam",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "Thanks for the time Josh and Sal. The session on testing changed how I write code.",
        "generic-greeting"
    );
    quiet!(
        Request,
        "{{PROSPECT_FIRST_NAME}},\n\nFollowing up on the intro from earlier this week.\nSam",
        "generic-greeting"
    );
    quiet!(
        ThankYou,
        "Hi aleGuardiola,\n\nThank you for the patch to the serial driver; it fixed my board.\nSam",
        "generic-greeting"
    );
    quiet!(
        Request,
        "Mrs. Jones,\n\nI loved your piece on curricula. Could we talk for 15 minutes about it? No worries if not.\nSam",
        "generic-greeting"
    );
    fires!(
        Request,
        "Mrs. Jones,\n\nMy name is David Kane, and I am a data science teacher. Could we talk for 15 minutes about your curriculum?\nDavid",
        "me-first"
    );
    fires!(
        Request,
        "Reverend and Dear Sir:\n\nWill you kindly favour me with a testimonial as to my conduct at school?\nMary",
        "generic-greeting"
    );
    fires!(
        Introduction,
        "Dear General\nThe bearer of this is a young man of good character, on his way to college.\nTh: Jefferson",
        "generic-greeting"
    );
    assert_eq!(
        goodwill::etiquette::greeted_name("Mrs. Jones,\n\nThank you for the tour.\nSam").as_deref(),
        Some("Mrs. Jones")
    );
    assert_eq!(
        goodwill::etiquette::greeted_name("Congratulations,\n\nwhat news!\nSam"),
        None
    );
}

/// A slot where the name goes ("Hey there, [name].", "Glad we could help, [First Name].")
/// is one finding, the slot's: the greeting does address them once it is filled in.
#[test]
fn a_slot_for_the_name_is_the_slot_s_finding_not_the_greeting_s() {
    for text in [
        "Hey there, [name].\n\nCould we talk for 15 minutes about your garden?\nSam",
        "Glad we could take care of this for you, [First Name]. Could we talk for 15 minutes?\nSam",
    ] {
        quiet!(Request, text, "generic-greeting");
        fires!(Request, text, "unfilled-placeholder");
    }
    fires!(
        Request,
        "Hey there.\n\nCould we talk for 15 minutes about your garden?\nSam",
        "generic-greeting"
    );
}

/// Openings that present the writer in other shapes: a role they hold ("I am the author
/// of…"), a name and "here", "by way of introduction", and a self-introduction whose first
/// clause says nothing of the reader even when the sentence goes on to them.
#[test]
fn openings_that_present_the_writer_in_other_shapes_are_me_first() {
    for text in [
        "Hi Ana,\nI am the author of Illuminating Fiction, a book of interviews, and I hope you will mention it on your blog.\nSam",
        "Hey Josh,\nSean Blanda here, managing editor of 99u.com. Could we talk for 15 minutes about your newsletter?\nSean",
        "Dear Ms Chen,\nAs a way of introduction, I have been the curator at Wesleyan for 23 years. Would you look at a colleague's application?\nPat",
        "Dear Mr Barton,\nI’m a 4th year student at UBC, studying history, and I recently came across a photo of you in the archives.\nSam",
        "Hi,\n\nI'm the author of imagez and wondered if you'd like to collaborate on one image library.\nMike",
        "Hello. I'm Bob and I am reaching out to you after reading your code.\nBob",
        "Hey, my name's Niraj Pant.\n\nI want to intern at your company this summer.\nNiraj",
        "Hi [their name],\n\nMy name is [your name]. Could we talk for 15 minutes?\n[your name]",
    ] {
        fires!(Request, text, "me-first");
    }
    for text in [
        "Hi Ana,\nI'm the one who asked about pricing at your talk, and I loved your answer. Could we talk for 15 minutes?\nSam",
        "Hi Ana,\nI'm a big fan of your newsletter, especially the issue on pricing. Would you have 15 minutes?\nSam",
        "Hi Ana,\nThanks for the note here, it helped. Could we talk for 15 minutes?\nSam",
    ] {
        quiet!(Request, text, "me-first");
    }
}

/// A greeting names the reader by a handle ("Hi @jonboulle,"), past an endearment ("Hi
/// there, dear Kylie,"), or through a blank the publisher or the template left for the name
/// ("Hi XXXX,", "Dear --", "Hi, [PERSON]."), which is the slot's finding if anyone's.
#[test]
fn a_greeting_names_by_handle_endearment_or_blank() {
    for text in [
        "Hi @jonboulle,\n\nThanks for this package. Could I help triage the open issues? No worries if not.\nSam",
        "Hi there, dear Kylie,\n\nI have reached chapter 21 and loved it. Thank you.\nSam",
        "Hi XXXX,\n\nCould we talk for 15 minutes about your garden?\nSam",
        "Dear --\n\nThank you for the pen; I use it every day.\nSam",
        "Hi, [PERSON]. Could we talk for 15 minutes about your garden?\nSam",
    ] {
        quiet!(Request, text, "generic-greeting");
    }
    fires!(
        Request,
        "Hi,\n\nCould we talk for 15 minutes about your garden?\nSam",
        "generic-greeting"
    );
    // A blank that unfilled-placeholder does not take for a slot excuses nothing.
    fires!(
        Request,
        "Hi xxxx,\n\nCould we talk for 15 minutes about your garden?\nSam",
        "generic-greeting"
    );
}

/// Capitals inside a template slot are its name, not a shout; a meeting between other
/// people is not the reader's time.
#[test]
fn slot_capitals_and_other_people_s_meetings_are_not_findings() {
    let template = "Hi Ana,\nI've applied for [SPECIFIC JOB X, link to the post] which excited me because [SPECIFIC REASONS TIED TO MY\nBACKGROUND]. Could you tell me one thing about the team? No worries if not.\nSam";
    quiet!(Request, template, "shouting");
    fires!(
        Request,
        "Hi Ana,\nI REALLY NEED THIS and would love your view. Could you tell me one thing?\nSam",
        "shouting"
    );
    for text in [
        "Hi Ana,\nMy sons are in London this week, and I am sure you will allow them to call on you.\nSam",
        "Hi Ana,\nCould you connect me with some of your team? I'd love to grab lunch and talk about databases with them!\nSam",
        "Hi Ana,\nI'd love to connect Eric with those folks to meet up in Portland.\nSam",
    ] {
        quiet!(Request, text, "unbounded-time");
    }
    for text in [
        "Hi Ana,\nI'd love to grab lunch and talk about databases. Would you be free?\nSam",
        "Hi Ana,\nCould I conduct a phone interview with someone for my story?\nSam",
    ] {
        fires!(Request, text, "unbounded-time");
    }
}

/// A vague word followed by what it is about is specific.
#[test]
fn a_vague_word_with_its_subject_is_specific() {
    for text in [
        "Hi Rick,\nWould you introduce me to Ellen? If not, I'd appreciate any advice you have on how best to approach her.\nWendy",
        "Hi Ana,\nDo you have 15 minutes next week for me to learn from you what it means to be a great engineer?\nSam",
        "Hi Ana,\nI'd love to schedule a quick 15 minute chat sometime next week about the data team.\nSam",
    ] {
        quiet!(Request, text, "vague-ask");
    }
    for text in [
        "Hi Ana,\nI'd appreciate any advice you have.\nSam",
        "Hi Ana,\nCould we chat sometime?\nSam",
        "Hi Ana,\nI'd love to learn from you.\nSam",
    ] {
        fires!(Request, text, "vague-ask");
    }
}

/// Small talk in a thank-you asks nothing of them; a favour put as a question still does.
#[test]
fn small_talk_questions_in_a_thank_you_are_not_new_asks() {
    for text in [
        "Hey Dennis,\nHow's the new job going? Did you start already? Thank you for the referral; I got the job.\nSam",
        "Dear Jane,\nThank you for your lovely letter. P.S. Were you the short girl with blonde hair?\nMr Lee",
    ] {
        quiet!(ThankYou, text, "ask-in-thanks");
    }
    fires!(
        ThankYou,
        "Hi Ana,\nThank you for the introduction to Raj; we meet on Friday. Did you get a chance to read my draft?\nSam",
        "ask-in-thanks"
    );
}

/// Internships are jobs, and a wish whose "I" is left out after "and" is still a wish.
#[test]
fn internship_asks_and_subjectless_wishes_are_job_asks() {
    for text in [
        "Hi Ana,\nI'm a junior studying PR and would like to know if you have any internships for the summer.\nSam",
        "Hi Lilly!\nI read your work on search and loved it. I'd love to spend a summer internship working with you.\nSam",
        "Hi Ana,\nI admire what your company has built and would love the opportunity to chat about joining the team.\nSam",
    ] {
        fires!(Request, text, "job-ask");
    }
    quiet!(
        Request,
        "Hi Ana,\nI admire what your team has built and would love to know how you chose your first customers.\nSam",
        "job-ask"
    );
}

/// An ask put on the reader's interest or means lets them decline; an offer made on their
/// interest does not soften the ask.
#[test]
fn an_ask_on_the_reader_s_interest_has_an_easy_out() {
    for text in [
        "Hi Ana,\nI've just published a book on onboarding. Would you review it? Please let me know if you're interested.\nSam",
        "Hi Ana,\nCould you give me a reference for the analyst role? Let me know if this works for you.\nSam",
        "Hi Ana,\nI have three scripts ready. If you would like to know more about them, please give me a call.\nSam",
    ] {
        quiet!(Request, text, "no-easy-out");
    }
    fires!(
        Request,
        "Hi Ana,\nCould you introduce me to your CTO? I wrote a guide on hiring, happy to share it if you're interested.\nSam",
        "no-easy-out"
    );
}

#[test]
fn only_favours_count_towards_multiple_asks() {
    // Three favours, each its own sentence: too many.
    fires!(
        Request,
        "Hi Ana,\nCould you look at my CV? Would you introduce me to Kim? Can you send me the job ad?\nSam",
        "multiple-asks"
    );
    // How to answer, more on offer, a way to hand it on, looking forward: no favour of
    // their own beside the one ask.
    for tail in [
        "Email me at sam@example.com.",
        "You can reach me on 555-0142.",
        "Let me know if you need any more details.",
        "Let me know if you don't have capacity and I'll ask someone else.",
        "Look forward to chatting!",
        "It occurred to me that you might like to know I got the job.",
    ] {
        let text =
            format!("Hi Ana,\nCould you look at my CV? Would you introduce me to Kim? {tail}\nSam");
        quiet!(Request, &text, "multiple-asks");
    }
    // An ask that carries its own way out is not pressed on them.
    quiet!(
        Request,
        "Hi Ana,\nCould you write the letter? Could you send it by May? I'd welcome a copy, but I understand if you'd rather keep it confidential.\nSam",
        "multiple-asks"
    );
}

#[test]
fn the_readers_own_necessity_or_a_courtesy_is_not_pressure() {
    fires!(
        Request,
        "Hi Ana,\nYou must reply by Friday.\nSam",
        "pressure"
    );
    fires!(
        Request,
        "Hi Ana,\nYou have to send me the deck.\nSam",
        "pressure"
    );
    for text in [
        "Hi Ana,\nIf you have to come to town in May, could we meet for coffee?\nSam",
        "Hi Ana,\nEveryone keeps saying you must read this book. What did you make of it?\nSam",
        "Hi Ana,\nYou must permit me to thank you for the talk. Could I ask one question about it?\nSam",
    ] {
        quiet!(Request, text, "pressure");
    }
}

#[test]
fn vague_thanks_in_a_note_that_says_more_is_not_generic() {
    fires!(
        ThankYou,
        "Hi Ana,\nThanks so much for all your help!\nSam",
        "generic-thanks"
    );
    quiet!(
        ThankYou,
        "Julie,\nThanks so much for everything! I had a great time working with you and I learned a lot. I have a much better sense of how a newsroom runs since my summer there. I really valued the hands-on work and that you let me write stories and interview sources myself. My interviewing has improved, and I am far more confident on the phone.\nCasey",
        "generic-thanks"
    );
}

#[test]
fn credit_payment_or_a_treat_is_something_offered_back() {
    fires!(
        Request,
        "Hi Ana,\nCould you spare a specimen for my study? No worries if not.\nSam",
        "no-give"
    );
    for offer in [
        "If you give it a name, I will quote it as your suggestion.",
        "Coffee is on me.",
        "I'm glad to pay you for your time.",
        "I think I can help someone turn this into a book.",
    ] {
        let text = format!(
            "Hi Ana,\nCould you spare a specimen for my study? {offer} No worries if not.\nSam"
        );
        quiet!(Request, &text, "no-give");
    }
}

#[test]
fn a_name_right_after_thank_you_greets_the_reader() {
    quiet!(
        CheckIn,
        "Thank you Fred. I have copied Robert in, who was there too.\nMaurice",
        "generic-greeting"
    );
    quiet!(
        CheckIn,
        "Thanks Brian for the photo. It brought back the whole team.\nMaurice",
        "generic-greeting"
    );
    fires!(
        CheckIn,
        "Thank you for the photo. It brought back the whole team.\nMaurice",
        "generic-greeting"
    );
    quiet!(
        CheckIn,
        "Congratulations Dr. Nobel4Lit! Well deserved.",
        "generic-greeting"
    );
    // One handle thanked names them; thanks to a row of handles after a note to everyone
    // does not.
    quiet!(
        ThankYou,
        "We had someone sign up through the newsletter. Yay email marketing! Thanks @hdrdavies :+1:",
        "generic-greeting"
    );
    fires!(
        ThankYou,
        "I am stepping down as a maintainer. It was a rewarding time. Thanks @xiang90 @gyuho @philips",
        "generic-greeting"
    );
}

#[test]
fn advice_asked_about_a_named_subject_is_not_vague() {
    fires!(
        Request,
        "Hi Ana,\nI'd appreciate any advice you have.\nSam",
        "vague-ask"
    );
    for ask in [
        "I'd appreciate any advice you have for my job search in Chicago.",
        "I'd appreciate any advice you may have on internships at Stripe.",
        "Would you be open to a 15 minute coffee chat sometime this week or next?",
    ] {
        quiet!(Request, &format!("Hi Ana,\n{ask}\nSam"), "vague-ask");
    }
}

#[test]
fn arranging_the_one_ask_is_not_another_ask() {
    for tail in [
        "What's your schedule like next week?",
        "If that time doesn't work, please suggest another.",
        "Either way, would love to catch up soon!",
    ] {
        let text = format!(
            "Hi Ana,\nCould you tell me how you moved into data? Would you have 20 minutes on Wednesday? {tail}\nSam"
        );
        quiet!(Request, &text, "multiple-asks");
    }
}

#[test]
fn thanks_passed_on_and_what_they_have_to_say_press_nobody() {
    for text in [
        "Hi Ana,\nHe left before I could thank him, but please tell him thank you very much!!! And thanks to you too.\nSam",
        "Hi Ana,\nThank you for every call. I love listening to what you have to say about the trade.\nSam",
    ] {
        quiet!(ThankYou, text, "pressure");
    }
    quiet!(
        Request,
        "Hi Ana,\nI'm building a portfolio, and you immediately came to mind as someone who ships. Could you suggest one small tool worth building? No worries if not.\nSam",
        "pressure"
    );
    fires!(
        Request,
        "Hi Ana,\nCould you send the deck today!!!\nSam",
        "pressure"
    );
}

#[test]
fn greetings_in_capitals_to_a_team_or_to_a_stand_in_name_the_reader() {
    for text in [
        "DEAR JENNIE:\n\nWill you lend me your copy of the survey? No worries if not.\nSam",
        "Hey Team LIFX,\n\nI noticed your campaign. Would you have 15 minutes next week?\nSam",
        "Wendy -Thanks again for all the books you donated to the library.\nSam",
        // Stand-ins for the name: unfilled-placeholder's business, not the greeting's.
        "Hey So and So,\nI was just checking in on my note from May.\nSam",
        "Hey first name!\nJust bumping this to the top of your inbox.\nSam",
        "Dear Ms. Recruiter:\n\nThank you for the interview on Monday.\nSam",
        "Greetings `Customer Name`,\n\nI hope this finds you well.\nSam",
    ] {
        quiet!(Request, text, "generic-greeting");
    }
    for text in [
        "DEAR SIR:\n\nWill you lend me your copy of the survey?\nSam",
        "Dear Customer,\n\nThanks for your time last week.\nSam",
        "Dear team,\n\nI noticed your campaign on Kickstarter.\nSam",
    ] {
        fires!(Request, text, "generic-greeting");
    }
}

#[test]
fn something_made_or_done_for_them_is_offered_back() {
    for offer in [
        "Big fan of your work, so I made you something.",
        "I may be able to code it up for you, for practice.",
        "I drew up a short framework that should help you solve it.",
        "I would love to co-mentor one of the projects.",
        "We offer ourselves as maintainers, if there are no objections.",
        "I would love to take you out for coffee.",
    ] {
        let text = format!(
            "Hi Ana,\n{offer} Could you tell me how you plan the next release? No worries if not.\nSam"
        );
        quiet!(Request, &text, "no-give");
    }
}

#[test]
fn a_length_in_shorthand_bounds_the_call_and_who_to_call_asks_for_none() {
    quiet!(
        Request,
        "Hi Ana,\nWould you be open to jumping on a ~20m call to chat? No worries if not.\nSam",
        "unbounded-time"
    );
    quiet!(
        Request,
        "Hi Ana,\nCan you tell me who to call about the refund?\nSam",
        "unbounded-time"
    );
    fires!(
        Request,
        "Hi Ana,\nWould you be open to jumping on a call to chat? No worries if not.\nSam",
        "unbounded-time"
    );
    quiet!(
        Request,
        "Hi Ana,\nCould you tell me how you moved into data? Please don't feel to need to respond in depth.\nSam",
        "no-easy-out"
    );
}

#[test]
fn thanks_for_help_in_general_leaves_no_loop_open_unless_it_names_what_for() {
    for text in [
        "Dear Stephanie,\nThank you so much for your support today. Your advice was invaluable.\nJeroen",
        "Dear Julia,\nThank you for your wonderful letter. It was kind of you to write it.\nJames",
    ] {
        quiet!(ThankYou, text, "no-loop-closing");
    }
    fires!(
        ThankYou,
        "Dear Stephanie,\nThank you so much for your advice on my interview with Acme.\nJeroen",
        "no-loop-closing"
    );
    fires!(
        ThankYou,
        "Dear Stephanie,\nThank you so much for the introduction to Raj at Acme.\nJeroen",
        "no-loop-closing"
    );
}

#[test]
fn after_blind_set_13_offers_handles_and_rhetorical_questions() {
    // Offered back: the favour returned, a coffee bought, credit, pay.
    for offer in [
        "I will return the favor anytime.",
        "Can I buy you a coffee near your office?",
        "I'd rather you add it yourself, to give you more credit.",
        "Participants will be compensated for their expenses.",
    ] {
        let text = format!(
            "Hi Ana,\nWould you send me the notes from Monday? {offer} No worries if not.\nSam"
        );
        quiet!(Request, &text, "no-give");
    }
    // A post that opens on the reader's handle names them.
    quiet!(
        Request,
        "@sarahtarap, would you like to open the PR yourself?\nSam",
        "generic-greeting"
    );
    quiet!(
        Request,
        "\u{1f44b} @evan I only just saw the commit. Are you open to a co-maintainer?\nSam",
        "generic-greeting"
    );
    // A choice offered is a way out.
    quiet!(
        Request,
        "Hi Ana,\nWould you like to open the PR, or do you prefer me to add it?\nSam",
        "no-easy-out"
    );
    // Advice on the search is no ask for a job.
    quiet!(Request, "Hi Ana,\nCould you tell me how to find a job in the tech industry? No worries if not.\nSam", "job-ask");
    // Rhetorical questions in a thank-you ask nothing.
    for text in [
        "Dear Bob,\nThank you for the stockings. Can you tell that I appreciated your kindness?\nMae",
        "Dear Professor,\nThank you for the classes. Remember the good old days when you could smoke in the office?\nMae",
    ] {
        quiet!(ThankYou, text, "ask-in-thanks");
    }
    quiet!(
        CheckIn,
        "You are very welcome Dana. I hope the job is going well.\nMae",
        "generic-greeting"
    );
}

#[test]
fn a_proposal_that_serves_both_offers_something_back() {
    for offer in [
        "I see a collaboration that could benefit us both.",
        "You will benefit from my sales too, so it's a win win.",
        "We are seeking someone like you.",
        "Would you be open to come on our podcast today?",
        "I will give you my note and pay it promptly.",
        "I'd display it on my profile page and help promote it.",
    ] {
        let text = format!(
            "Hi Ana,\nCould you spare 15 minutes next week? {offer} No worries if not.\nSam"
        );
        quiet!(Request, &text, "no-give");
    }
    // A company's name is no offer.
    fires!(
        Request,
        "Hi Ana,\nWe landed a contract with Liberty Mutual. Could you introduce me to Joe? No worries if not.\nSam",
        "no-give"
    );
}

/// The reader is named in more shapes than a greeting line: an occasion before the name
/// ("Happy Holidays Talha!"), a bigger thanks given to them ("A big thank you to Max…"), a
/// lower-case name in a note written all in lower case ("thanks david!"), a handle with
/// digits ("Thx ldittmar81 for…"), a greeting run on to "your", a question put to a handle
/// in the second sentence, or a title and name closing a sentence ("Thank you again, Mr.
/// Fitzgerald."). A signature's "President & CEO", "hi can you…" and "Thanks again!" still
/// name no one.
#[test]
fn the_reader_is_named_in_more_shapes_than_a_greeting() {
    for (kind, text) in [
        (Kind::ThankYou, "Happy Holidays Talha!\n\nThanks for the coding tips this term.\nSam"),
        (Kind::ThankYou, "A big thank you to Max Ogden for organising the meet-up last night.\nSam"),
        (Kind::ThankYou, "thanks david!  appreciate the detailed comments :)"),
        (Kind::ThankYou, "Thx ldittmar81 for the german translation"),
        (Kind::ThankYou, "Hey kunal your teaching skill is amazing. Thank you!"),
        (Kind::Request, "What a great title! @gvonkoss were you aiming to give it a dry run here first? No worries if not."),
        (Kind::ThankYou, "Thank you very much for your reply. My father is much better. Thank you again, Mr. Fitzgerald."),
    ] {
        assert!(!fired(kind, text, "generic-greeting"), "{text}");
    }
    for (kind, text) in [
        (Kind::Request, "hi can you please see my resume and refer me to any relevant roles."),
        (Kind::ThankYou, "Thanks again! The notes helped a lot."),
        (Kind::CheckIn, "Some years are harder than others. Have a good holiday.\n\nLee Sherman, President & CEO\n"),
    ] {
        assert!(fired(kind, text, "generic-greeting"), "{text}");
    }
}

#[test]
fn an_introduction_greets_its_own_team_but_not_anyone_at_all() {
    quiet!(
        Introduction,
        "Dear team,\nPlease help me welcome Ana, who joins us from Monzo as our new designer.\nSam",
        "generic-greeting"
    );
    fires!(
        Introduction,
        "Hello everyone,\nPlease help me welcome Jane Smith to the community. Jane runs the accessibility clinic.\nSam",
        "generic-greeting"
    );
    fires!(
        Introduction,
        "Hi all.\nNatalia organizes the regular seminar in the Stat dept and is looking for speakers.\nSam",
        "generic-greeting"
    );
}
