#![cfg(target_arch = "wasm32")]
//! The app in a real browser (headless Chromium via wasm-bindgen-test-runner): each test
//! mounts a fresh app into its own element, navigates by setting the URL fragment as a link
//! would, and waits for the `hashchange` and then the render (`yew::scheduler::flush`)
//! instead of sleeping.

use goodwill::content::GUIDES;
use goodwill::ui::{mount, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// One mounted app; unmounted and removed from the page on drop.
struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl Mounted {
    /// Mounts a new app showing `path` (e.g. `/guides`), rendered and settled.
    async fn at(path: &str) -> Self {
        set_fragment(path).await;
        let document = document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = Some(mount(root.clone()));
        yew::scheduler::flush().await;
        Mounted { root, app }
    }

    /// Follows an in-app link to `path`, as a click on a hash link does.
    async fn go(&self, path: &str) {
        set_fragment(path).await;
        yew::scheduler::flush().await;
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        let element = self.find(selector);
        let element = element.unwrap_or_else(|| panic!("no element matches {selector:?}"));
        element.text_content().unwrap_or_default().trim().to_owned()
    }

    fn heading(&self) -> String {
        self.text("main h1")
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Sets the URL fragment to `path` and waits for the browser's `hashchange`, which arrives
/// in a later task. The app's router listens from its mount, before this handler, so by the
/// time this returns it has seen the change and only its render is left to flush.
async fn set_fragment(path: &str) {
    let location = web_sys::window().unwrap().location();
    let before = location.hash().unwrap();
    let changed = next_hashchange();
    location.set_hash(path).unwrap();
    if location.hash().unwrap() != before {
        changed.await;
    } else {
        // Setting the fragment it already has fires nothing. Unhook now: a handler left in
        // place would keep its place ahead of the next app's listener.
        web_sys::window().unwrap().set_onhashchange(None);
    }
}

/// Goes one step back in the session history and waits for its `hashchange`.
async fn back() {
    let changed = next_hashchange();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    changed.await;
}

/// Resolves on the next `hashchange`. Create it before causing the change, and after the
/// app mounted: listeners run in the order they were added, so the app's runs first.
fn next_hashchange() -> impl std::future::Future<Output = ()> {
    let window = web_sys::window().unwrap();
    let changed = js_sys::Promise::new(&mut |resolve, _| window.set_onhashchange(Some(&resolve)));
    async move {
        JsFuture::from(changed).await.unwrap();
        window.set_onhashchange(None);
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn focused() -> Option<Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn home_says_what_goodwill_is_for_and_links_to_the_library() {
    let app = Mounted::at("/").await;
    assert_eq!(app.heading(), "Networking, the giver’s way");
    assert!(app.text("main .lead").contains("stays in your browser"));
    let links = app.all("main a");
    assert!(
        links
            .iter()
            .any(|a| a.get_attribute("href").as_deref() == Some("#/guides")),
        "home has no link to the library"
    );
    assert_eq!(
        document().title(),
        "Goodwill — networking etiquette, the giver’s way"
    );
}

#[wasm_bindgen_test]
async fn home_lists_the_seven_guides_each_linking_to_its_guide() {
    let app = Mounted::at("/").await;
    let habits: Vec<(String, String)> = app
        .all(".habit-list a")
        .iter()
        .map(|a| {
            let text = a.text_content().unwrap_or_default().trim().to_owned();
            (text, a.get_attribute("href").unwrap_or_default())
        })
        .collect();
    let expected: Vec<(String, String)> = GUIDES
        .iter()
        .map(|g| (g.title.to_owned(), format!("#/guides/{}", g.slug)))
        .collect();
    assert_eq!(habits, expected);
}

#[wasm_bindgen_test]
async fn library_lists_every_guide_in_order_with_its_summary() {
    let app = Mounted::at("/guides").await;
    assert_eq!(app.heading(), "Library");
    let titles: Vec<String> = app
        .all(".guide-list h2 a")
        .iter()
        .map(|a| a.text_content().unwrap_or_default().trim().to_owned())
        .collect();
    let expected: Vec<&str> = GUIDES.iter().map(|g| g.title).collect();
    assert_eq!(titles, expected);
    let hrefs: Vec<String> = app
        .all(".guide-list h2 a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    let expected: Vec<String> = GUIDES
        .iter()
        .map(|g| format!("#/guides/{}", g.slug))
        .collect();
    assert_eq!(hrefs, expected);
    let summaries: Vec<String> = app
        .all(".guide-list p")
        .iter()
        .map(|p| p.text_content().unwrap_or_default())
        .collect();
    let expected: Vec<&str> = GUIDES.iter().map(|g| g.summary).collect();
    assert_eq!(summaries, expected);
}

#[wasm_bindgen_test]
async fn every_guide_page_has_its_title_as_heading_and_document_title() {
    let app = Mounted::at("/").await;
    for guide in GUIDES {
        app.go(&format!("/guides/{}", guide.slug)).await;
        assert_eq!(app.heading(), guide.title, "heading of {}", guide.slug);
        assert_eq!(
            app.text("main .lead"),
            guide.summary,
            "lead of {}",
            guide.slug
        );
        assert_eq!(document().title(), format!("{} — Goodwill", guide.title));
        assert!(
            !app.text("main .prose").is_empty(),
            "{} has an empty body",
            guide.slug
        );
    }
}

#[wasm_bindgen_test]
async fn guide_opened_by_deep_link_shows_that_guide() {
    let last = GUIDES.last().unwrap();
    let app = Mounted::at(&format!("/guides/{}", last.slug)).await;
    assert_eq!(app.heading(), last.title);
}

#[wasm_bindgen_test]
async fn guides_link_to_their_neighbours_and_back_to_the_library() {
    let app = Mounted::at("/").await;
    for (i, guide) in GUIDES.iter().enumerate() {
        app.go(&format!("/guides/{}", guide.slug)).await;
        let href = |selector: &str| app.find(selector).and_then(|a| a.get_attribute("href"));
        let previous = i
            .checked_sub(1)
            .map(|p| format!("#/guides/{}", GUIDES[p].slug));
        let next = GUIDES.get(i + 1).map(|n| format!("#/guides/{}", n.slug));
        assert_eq!(
            href(".pager .previous a"),
            previous,
            "previous of {}",
            guide.slug
        );
        assert_eq!(href(".pager .next a"), next, "next of {}", guide.slug);
        assert_eq!(href(".pager .back a").as_deref(), Some("#/guides"));
    }
}

#[wasm_bindgen_test]
async fn guide_bodies_link_within_the_app_only_through_routes() {
    // A fragment like `#top` is not a route: the hash router would fail on it.
    let app = Mounted::at("/").await;
    for guide in GUIDES {
        app.go(&format!("/guides/{}", guide.slug)).await;
        for link in app.all("main .prose a") {
            let href = link.get_attribute("href").unwrap_or_default();
            assert!(
                !href.starts_with('#') || href.starts_with("#/"),
                "{} links to {href:?}",
                guide.slug
            );
        }
    }
}

#[wasm_bindgen_test]
async fn unknown_guide_shows_not_found_with_links_home_and_to_the_library() {
    let app = Mounted::at("/guides/no-such-guide").await;
    assert_eq!(app.heading(), "Page not found");
    assert_eq!(document().title(), "Page not found — Goodwill");
    let hrefs: Vec<String> = app
        .all("main a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert!(hrefs.contains(&"#/".to_owned()), "{hrefs:?}");
    assert!(hrefs.contains(&"#/guides".to_owned()), "{hrefs:?}");
}

#[wasm_bindgen_test]
async fn unknown_route_shows_not_found() {
    let app = Mounted::at("/no/such/page").await;
    assert_eq!(app.heading(), "Page not found");
}

#[wasm_bindgen_test]
async fn main_navigation_marks_only_the_current_page() {
    let app = Mounted::at("/guides").await;
    let current = || {
        app.all("nav[aria-label=Main] a[aria-current=page]")
            .iter()
            .map(|a| a.text_content().unwrap_or_default().trim().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(current(), ["Library"]);
    app.go("/").await;
    assert_eq!(current(), ["Home"]);
    // A guide sits under the library, so the library stays marked.
    app.go(&format!("/guides/{}", GUIDES[0].slug)).await;
    assert_eq!(current(), ["Library"]);
    app.go("/data").await;
    assert!(current().is_empty());
}

#[wasm_bindgen_test]
async fn navigating_moves_focus_to_the_new_page_heading() {
    let app = Mounted::at("/").await;
    app.go("/guides").await;
    let heading = app.find("main h1").unwrap();
    assert_eq!(focused(), Some(heading));
}

#[wasm_bindgen_test]
async fn skip_link_focuses_main_without_changing_the_route() {
    let app = Mounted::at("/guides").await;
    let skip: HtmlElement = app.find(".skip-link").unwrap().dyn_into().unwrap();
    skip.click();
    yew::scheduler::flush().await;
    assert_eq!(focused(), app.find("main"));
    assert_eq!(app.heading(), "Library");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/guides"
    );
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_page_with_focus_on_its_heading() {
    let app = Mounted::at("/guides").await;
    app.go("/data").await;
    assert_eq!(app.heading(), "Your data");
    back().await;
    yew::scheduler::flush().await;
    assert_eq!(app.heading(), "Library");
    assert_eq!(document().title(), "Library — Goodwill");
    assert_eq!(focused(), app.find("main h1"));
}

#[wasm_bindgen_test]
async fn a_fragment_without_a_leading_slash_still_names_its_page() {
    let app = Mounted::at("/").await;
    app.go("guides/").await;
    assert_eq!(app.heading(), "Library");
    app.go("top").await;
    assert_eq!(app.heading(), "Page not found");
}

#[wasm_bindgen_test]
async fn the_empty_fragment_is_the_home_page() {
    let app = Mounted::at("/guides").await;
    app.go("").await;
    assert_eq!(app.heading(), "Networking, the giver’s way");
}
