//! The principles library as compiled in: every guide is complete, and the build-time
//! Markdown renderer refuses raw HTML and script links.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::content::markdown::{render, MarkdownError};
use goodwill::content::{front_matter, guide, GUIDES};

#[test]
fn the_library_has_the_seven_principles_in_order() {
    let slugs: Vec<&str> = GUIDES.iter().map(|g| g.slug).collect();
    assert_eq!(
        slugs,
        [
            "give-first",
            "give-what-you-love",
            "be-specific",
            "respect-their-time",
            "thank-and-close-the-loop",
            "keep-in-touch",
            "what-not-to-ask"
        ]
    );
}

#[test]
fn every_guide_has_a_title_summary_and_the_four_sections() {
    for g in GUIDES {
        assert!(!g.title.trim().is_empty(), "{}: title", g.slug);
        assert!(
            !g.summary.trim().is_empty() && g.summary.len() <= 160,
            "{}: summary",
            g.slug
        );
        for section in ["Why it matters", "Do", "Don't", "Try this week"] {
            let heading = format!(">{}</h2>", section.replace('\'', "’"));
            assert!(
                g.html().contains(&heading),
                "{}: missing section {section:?}",
                g.slug
            );
        }
        assert!(
            g.html().split_whitespace().count() > 200,
            "{}: body is too short",
            g.slug
        );
    }
}

#[test]
fn guides_link_only_to_guides_that_exist() {
    for g in GUIDES {
        for (at, _) in g.html().match_indices("href=\"#/guides/") {
            let rest = &g.html()[at + "href=\"#/guides/".len()..];
            let slug = &rest[..rest.find('"').unwrap()];
            assert!(
                guide(slug).is_some(),
                "{} links to missing guide {slug:?}",
                g.slug
            );
        }
    }
}

#[test]
fn rendered_guides_carry_no_script_or_raw_html() {
    for g in GUIDES {
        let lower = g.html().to_lowercase();
        for bad in [
            "<script",
            "javascript:",
            "onerror",
            "onclick",
            "<iframe",
            "<style",
        ] {
            assert!(!lower.contains(bad), "{} contains {bad}", g.slug);
        }
    }
}

#[test]
fn raw_html_blocks_and_inline_html_are_refused() {
    assert!(matches!(
        render("<script>alert(1)</script>"),
        Err(MarkdownError::RawHtml(_))
    ));
    assert!(matches!(
        render("Hello <b onclick=\"x()\">there</b>"),
        Err(MarkdownError::RawHtml(_))
    ));
    assert!(matches!(
        render("<div>\nblock\n</div>"),
        Err(MarkdownError::RawHtml(_))
    ));
}

#[test]
fn script_and_data_links_are_refused_however_they_are_disguised() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        " javascript:x",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example/x",
    ] {
        let md = format!("[click](<{url}>)");
        assert!(
            matches!(render(&md), Err(MarkdownError::UnsafeLink(_))),
            "{url:?} was accepted"
        );
    }
    assert!(matches!(
        render("![img](javascript:alert(1))"),
        Err(MarkdownError::UnsafeLink(_))
    ));
}

#[test]
fn safe_links_pass_and_site_links_become_hash_routes() {
    let html =
        render("[a](https://example.com) [b](/guides/be-specific) [c](mailto:a@b.c)").unwrap();
    assert!(html.contains("href=\"https://example.com\""));
    assert!(html.contains("href=\"#/guides/be-specific\""));
    assert!(html.contains("href=\"mailto:a@b.c\""));
}

#[test]
fn front_matter_is_split_from_the_body() {
    let (front, body) = front_matter::split("+++\ntitle = \"T\"\n+++\n\nBody\n").unwrap();
    assert_eq!(front, "title = \"T\"\n");
    assert_eq!(body, "\nBody\n");
    assert!(front_matter::split("no front matter").is_none());
}

mod quiz {
    use goodwill::content::guide;
    use goodwill::quiz::{items_of, Choices, Keyed, BURNOUT, HABITS, ITEMS};
    use std::collections::BTreeSet;

    #[test]
    fn at_least_a_third_of_the_items_are_keyed_against_the_giver() {
        let reversed = ITEMS.iter().filter(|i| i.keyed == Keyed::Taker).count();
        assert!(ITEMS.len() >= 30, "{} items", ITEMS.len());
        assert!(
            reversed * 3 >= ITEMS.len(),
            "{reversed} of {} reverse keyed",
            ITEMS.len()
        );
    }

    #[test]
    fn every_habit_has_at_least_five_items_and_each_item_a_known_habit() {
        for h in HABITS {
            assert!(items_of(h.id).count() >= 5, "{}", h.id);
        }
        let habits: BTreeSet<&str> = HABITS.iter().map(|h| h.id).collect();
        assert!(ITEMS.iter().all(|i| habits.contains(i.habit)));
    }

    #[test]
    fn item_and_action_ids_are_unique() {
        let items: BTreeSet<&str> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(items.len(), ITEMS.len());
        let actions: Vec<&str> = HABITS
            .iter()
            .flat_map(|h| h.levels.iter().flat_map(|l| l.next.iter()))
            .chain(BURNOUT.actions)
            .map(|a| a.id)
            .collect();
        assert_eq!(actions.iter().collect::<BTreeSet<_>>().len(), actions.len());
    }

    #[test]
    fn every_habit_and_action_links_to_a_guide_that_exists() {
        for h in HABITS {
            assert!(h.guides.iter().all(|g| guide(g).is_some()), "{}", h.id);
            for a in h.levels.iter().flat_map(|l| l.next.iter()) {
                assert!(guide(a.guide).is_some(), "{}", a.id);
            }
        }
        assert!(BURNOUT.actions.iter().all(|a| guide(a.guide).is_some()));
    }

    #[test]
    fn every_scenario_reaches_both_poles() {
        for i in ITEMS {
            if let Choices::Scenario(options) = i.choices {
                let scores: BTreeSet<u8> = options.iter().map(|o| o.score).collect();
                assert_eq!(scores.first(), Some(&1), "{}", i.id);
                assert_eq!(scores.last(), Some(&5), "{}", i.id);
                assert_eq!(scores.len(), options.len(), "{}", i.id);
            }
        }
    }

    #[test]
    fn consecutive_items_measure_different_habits() {
        for pair in ITEMS.windows(2) {
            assert_ne!(
                pair[0].habit, pair[1].habit,
                "{} then {}",
                pair[0].id, pair[1].id
            );
        }
    }
}

/// One missing `}` makes browsers drop every rule after it without a word (a merge once
/// did exactly that and half the app lost its layout), so the stylesheet's braces must
/// balance, outside comments and strings.
#[test]
fn the_stylesheet_has_balanced_braces() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/style.css"))
        .expect("assets/style.css is readable");
    let (mut depth, mut line) = (0i32, 1);
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\n') => line += 1,
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '/') if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            (None, '{') => depth += 1,
            (None, '}') => {
                depth -= 1;
                assert!(depth >= 0, "an unmatched }} on line {line}");
            }
            _ => {}
        }
    }
    assert_eq!(depth, 0, "{depth} block(s) never closed");
}
