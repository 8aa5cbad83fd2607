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
                g.html.contains(&heading),
                "{}: missing section {section:?}",
                g.slug
            );
        }
        assert!(
            g.html.split_whitespace().count() > 200,
            "{}: body is too short",
            g.slug
        );
    }
}

#[test]
fn guides_link_only_to_guides_that_exist() {
    for g in GUIDES {
        for (at, _) in g.html.match_indices("href=\"#/guides/") {
            let rest = &g.html[at + "href=\"#/guides/".len()..];
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
        let lower = g.html.to_lowercase();
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
