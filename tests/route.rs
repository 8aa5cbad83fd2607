//! The app's addresses: every page round-trips through its fragment, odd ids and codes
//! included, and every fragment that names no page (unknown, malformed, an in-page anchor
//! like `#top`) is the not-found page rather than a panic.
#![cfg(not(target_arch = "wasm32"))]

use goodwill::content::GUIDES;
use goodwill::route::Route;
use proptest::prelude::*;

fn s(text: &str) -> String {
    text.to_owned()
}

/// One of each page, with plain ids.
fn every_page() -> Vec<Route> {
    vec![
        Route::Home,
        Route::Library,
        Route::Guide {
            slug: s("give-first"),
        },
        Route::Drafts,
        Route::Draft { id: s("d-1") },
        Route::DraftForm { id: s("d-1") },
        Route::Data,
        Route::People,
        Route::Person { id: s("p-1") },
        Route::Quiz,
        Route::QuizResult,
        Route::QuizAttempt { id: s("r-1") },
        Route::Shared {
            code: s("1-60-30-10-g-0"),
        },
        Route::NotFound,
    ]
}

macro_rules! parses {
    ($name:ident, $fragment:expr, $route:expr) => {
        #[test]
        fn $name() {
            assert_eq!(Route::parse($fragment), $route, "fragment {:?}", $fragment);
        }
    };
}

macro_rules! writes {
    ($name:ident, $route:expr, $path:expr) => {
        #[test]
        fn $name() {
            assert_eq!($route.to_path(), $path);
        }
    };
}

// The addresses the app has always had.
parses!(slash_is_home, "/", Route::Home);
parses!(empty_fragment_is_home, "", Route::Home);
parses!(guides_is_the_library, "/guides", Route::Library);
parses!(
    guide_by_slug,
    "/guides/give-first",
    Route::Guide {
        slug: s("give-first")
    }
);
parses!(drafter_lists_drafts, "/drafter", Route::Drafts);
parses!(
    drafts_typed_by_hand_lists_drafts_too,
    "/drafts",
    Route::Drafts
);
parses!(draft_by_id, "/drafter/d-1", Route::Draft { id: s("d-1") });
parses!(
    draft_form_by_id,
    "/drafter/d-1/form",
    Route::DraftForm { id: s("d-1") }
);
parses!(data_page, "/data", Route::Data);
parses!(people_page, "/people", Route::People);
parses!(person_page, "/people/p-1", Route::Person { id: s("p-1") });
parses!(quiz_page, "/quiz", Route::Quiz);
parses!(latest_result, "/quiz/result", Route::QuizResult);
parses!(
    result_by_id,
    "/quiz/result/r-1",
    Route::QuizAttempt { id: s("r-1") }
);
parses!(
    shared_by_code,
    "/shared/1-60-30-10-g-0",
    Route::Shared {
        code: s("1-60-30-10-g-0")
    }
);

// Forgiven: a missing leading slash, one trailing slash, a query inside the fragment.
parses!(no_leading_slash, "guides", Route::Library);
parses!(
    no_leading_slash_deep,
    "drafter/d-1/form",
    Route::DraftForm { id: s("d-1") }
);
parses!(trailing_slash, "/guides/", Route::Library);
parses!(
    trailing_slash_deep,
    "/guides/give-first/",
    Route::Guide {
        slug: s("give-first")
    }
);
parses!(neither_slash, "quiz/result/", Route::QuizResult);
parses!(query_ignored, "/guides?from=mail", Route::Library);
parses!(query_after_slash_ignored, "/quiz/?x=1", Route::Quiz);

// Segments are percent-decoded, in any case of hex digit.
parses!(
    decoded_space,
    "/drafter/a%20b",
    Route::Draft { id: s("a b") }
);
parses!(
    decoded_slash_stays_in_the_id,
    "/drafter/a%2Fb/form",
    Route::DraftForm { id: s("a/b") }
);
parses!(
    decoded_lowercase_hex,
    "/shared/%3f%3F",
    Route::Shared { code: s("??") }
);
parses!(
    decoded_utf8,
    "/guides/caf%C3%A9",
    Route::Guide { slug: s("café") }
);
parses!(
    raw_utf8_kept,
    "/guides/café",
    Route::Guide { slug: s("café") }
);
parses!(decoded_fixed_word, "/%67uides", Route::Library);

// Names no page.
parses!(unknown_top_level, "/no/such/page", Route::NotFound);
parses!(in_page_anchor, "top", Route::NotFound);
parses!(skip_link_anchor, "main", Route::NotFound);
parses!(not_found_path, "/not-found", Route::NotFound);
parses!(too_deep, "/guides/give-first/extra", Route::NotFound);
parses!(draft_other_tail, "/drafter/d-1/edit", Route::NotFound);
parses!(result_too_deep, "/quiz/result/r-1/x", Route::NotFound);
parses!(shared_without_code, "/shared", Route::NotFound);
parses!(case_matters, "/Guides", Route::NotFound);
parses!(double_slash, "//", Route::NotFound);
parses!(empty_segment, "/drafter//form", Route::NotFound);
parses!(two_trailing_slashes, "/guides//", Route::NotFound);
parses!(leading_double_slash, "//guides", Route::NotFound);
parses!(escape_cut_short, "/guides/%2", Route::NotFound);
parses!(escape_not_hex, "/guides/%zz", Route::NotFound);
parses!(escape_with_sign, "/guides/%+1", Route::NotFound);
parses!(escape_not_utf8, "/guides/%FF", Route::NotFound);
parses!(hash_kept_by_mistake, "#/guides", Route::NotFound);
parses!(second_hash, "/guides#top", Route::NotFound);

// Written as yew-router wrote them, so saved and shared links keep working.
writes!(home_path, Route::Home, "/");
writes!(not_found_path_written, Route::NotFound, "/not-found");
writes!(
    space_encoded,
    Route::Draft { id: s("a b") },
    "/drafter/a%20b"
);
writes!(
    slash_encoded,
    Route::DraftForm { id: s("a/b") },
    "/drafter/a%2Fb/form"
);
writes!(
    unreserved_kept,
    Route::Shared {
        code: s("aZ09-._~")
    },
    "/shared/aZ09-._~"
);
writes!(
    reserved_encoded,
    Route::Shared { code: s("?#%+&") },
    "/shared/%3F%23%25%2B%26"
);
writes!(
    utf8_encoded,
    Route::Guide { slug: s("café") },
    "/guides/caf%C3%A9"
);

#[test]
fn every_page_round_trips_through_its_path() {
    for route in every_page() {
        assert_eq!(Route::parse(&route.to_path()), route, "{}", route.to_path());
    }
}

#[test]
fn href_is_the_path_after_a_hash() {
    for route in every_page() {
        assert_eq!(route.href(), format!("#{}", route.to_path()));
    }
}

#[test]
fn every_guide_link_names_its_guide_and_titles_it() {
    for guide in GUIDES {
        let route = Route::parse(&format!("/guides/{}", guide.slug));
        assert_eq!(route.href(), format!("#/guides/{}", guide.slug));
        assert_eq!(route.title(), format!("{} — Goodwill", guide.title));
    }
}

#[test]
fn an_unknown_guide_has_the_not_found_title() {
    let route = Route::Guide {
        slug: s("no-such-guide"),
    };
    assert_eq!(route.title(), "Page not found — Goodwill");
}

#[test]
fn the_home_title_says_what_goodwill_is() {
    assert_eq!(
        Route::Home.title(),
        "Goodwill — networking etiquette, the giver’s way"
    );
}

/// The pages that carry text from outside (ids, slugs, codes), built from `text`.
fn pages_carrying(text: &str) -> [Route; 6] {
    [
        Route::Person { id: s(text) },
        Route::Guide { slug: s(text) },
        Route::Draft { id: s(text) },
        Route::DraftForm { id: s(text) },
        Route::QuizAttempt { id: s(text) },
        Route::Shared { code: s(text) },
    ]
}

proptest! {
    #[test]
    fn any_nonempty_id_round_trips(text in "\\PC{1,24}|[/%?#. ]{1,6}") {
        for route in pages_carrying(&text) {
            let path = route.to_path();
            prop_assert_eq!(Route::parse(&path), route, "{}", path);
        }
    }

    #[test]
    fn written_paths_use_only_unreserved_characters_and_escapes(text in "\\PC{1,24}") {
        for route in pages_carrying(&text) {
            let path = route.to_path();
            prop_assert!(
                path.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
                "{}", path
            );
        }
    }

    #[test]
    fn any_fragment_parses_without_panicking(fragment in "\\PC{0,40}|[/%a-f0-9?#]{0,20}") {
        let _ = Route::parse(&fragment);
    }
}

#[test]
fn a_guide_sits_under_the_library_and_a_result_under_the_quiz() {
    use goodwill::route::Section;
    let section = |path: &str| Route::parse(path).section();
    assert_eq!(section("/guides/give-first"), Some(Section::Library));
    assert_eq!(section("/guides"), Some(Section::Library));
    assert_eq!(section("/quiz/result"), Some(Section::Quiz));
    assert_eq!(section("/drafts"), Some(Section::Drafter));
    assert_eq!(section("/drafter/d-1/form"), Some(Section::Drafter));
    assert_eq!(section("/"), Some(Section::Home));
    assert_eq!(section("/people/p-1"), Some(Section::People));
    assert_eq!(section("/data"), None);
}

/// The table in `assets/boot.js` that picks a visit's first bundle from the address, read as
/// `segment: 'bundle'` pairs.
fn boot_js_bundles() -> Vec<(String, String)> {
    let boot = std::fs::read_to_string("assets/boot.js").expect("assets/boot.js");
    let table = boot
        .split_once("const BUNDLES = {")
        .and_then(|(_, rest)| rest.split_once('}'))
        .map(|(table, _)| table)
        .expect("boot.js has a BUNDLES table");
    table
        .split(',')
        .filter_map(|pair| pair.split_once(':'))
        .map(|(segment, bundle)| {
            let bare = |t: &str| t.trim().trim_matches('\'').to_owned();
            (bare(segment), bare(bundle))
        })
        .collect()
}

/// Which bundle boot.js starts for `path`, read as it reads `location.hash`: by its first
/// segment; home has Trunk's loader, anything unlisted the whole app.
fn bundle_boot_js_starts(table: &[(String, String)], path: &str) -> String {
    let first = path
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("");
    if first.is_empty() {
        return s("home");
    }
    table
        .iter()
        .find(|(segment, _)| segment == first)
        .map_or(s("goodwill"), |(_, bundle)| bundle.clone())
}

#[test]
fn a_visit_starts_the_bundle_that_carries_its_page() {
    let table = boot_js_bundles();
    assert!(table.len() >= 5, "boot.js's table: {table:?}");
    let mut paths: Vec<String> = every_page().iter().map(Route::to_path).collect();
    // What people type: the plural, a trailing slash, a query.
    paths.extend(["/drafts", "/guides/", "/quiz?from=mail"].map(s));
    for path in paths {
        let route = Route::parse(&path);
        assert_eq!(
            bundle_boot_js_starts(&table, &path),
            route.bundle().name(),
            "{path} ({route:?})"
        );
    }
}

#[test]
fn a_page_no_bundle_carries_is_the_whole_apps() {
    assert_eq!(Route::NotFound.bundle(), goodwill::route::Bundle::Whole);
    assert_eq!(Route::NotFound.bundle().name(), "goodwill");
    let names: std::collections::HashSet<&str> =
        every_page().iter().map(|r| r.bundle().name()).collect();
    assert_eq!(
        names.len(),
        7,
        "one bundle per part and the whole app: {names:?}"
    );
}

#[test]
fn every_bundle_is_built_under_its_name() {
    let index = std::fs::read_to_string("index.html").expect("index.html");
    for route in every_page() {
        let name = route.bundle().name();
        let source = if name == "goodwill" {
            s("src/main.rs")
        } else {
            format!("src/bin/{name}.rs")
        };
        assert!(std::path::Path::new(&source).exists(), "{source}");
        assert!(
            index.contains(&format!("data-bin=\"{name}\"")),
            "index.html builds no {name} bundle"
        );
    }
}
