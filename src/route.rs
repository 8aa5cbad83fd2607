//! The app's addresses: which page each URL fragment (`#/guides/give-first`) names, the
//! fragment that names each page, and the page's document title. Plain Rust with no web
//! types, so every address is tested natively; `ui::router` is what reads and sets the
//! browser's fragment.
//!
//! ```
//! use goodwill::route::Route;
//!
//! let route = Route::parse("/drafter/a b/form");
//! assert_eq!(route, Route::DraftForm { id: "a b".to_owned() });
//! assert_eq!(route.href(), "#/drafter/a%20b/form");
//! assert_eq!(Route::parse("/no/such/page"), Route::NotFound);
//! ```

use crate::content;

/// A page of the app. Every fragment parses to one: unknown ones to [`Route::NotFound`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`, and the empty fragment.
    Home,
    /// `/guides`
    Library,
    /// `/guides/:slug`
    Guide { slug: String },
    /// `/drafter`
    Drafts,
    /// `/drafter/:id`
    Draft { id: String },
    /// `/drafter/:id/form`
    DraftForm { id: String },
    /// `/data`
    Data,
    /// `/people`: who is due a word, the loops still open, and everyone the user knows.
    People,
    /// `/people/:id`: one person, to read and edit.
    Person { id: String },
    /// `/quiz`: take the self-assessment, or resume it where it was left.
    Quiz,
    /// `/quiz/result`: the latest result, its history and the week's plan.
    QuizResult,
    /// `/quiz/result/:id`: one earlier result, by attempt id.
    QuizAttempt { id: String },
    /// `/shared/:code`: someone's result, carried in the address by `quiz::share`
    /// (read-only).
    Shared { code: String },
    /// Anything else. Written as `/not-found`, which names no other page.
    NotFound,
}

/// The part of the app a page belongs to: the navigation item marked as current.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Home,
    Quiz,
    Drafter,
    People,
    Library,
}

impl Route {
    /// The navigation item this page sits under: a guide under the library, a result
    /// under the quiz. `None` for pages outside the navigation (data, not found).
    pub fn section(&self) -> Option<Section> {
        match self {
            Route::Home => Some(Section::Home),
            Route::Quiz | Route::QuizResult | Route::QuizAttempt { .. } => Some(Section::Quiz),
            Route::Drafts | Route::Draft { .. } | Route::DraftForm { .. } => Some(Section::Drafter),
            Route::Library | Route::Guide { .. } => Some(Section::Library),
            Route::People | Route::Person { .. } => Some(Section::People),
            Route::Data | Route::Shared { .. } | Route::NotFound => None,
        }
    }
}

/// The part of the app a visit that starts on a page downloads: that page's own bundle
/// (`src/bin/<name>.rs`), not every page. The first time the visitor opens a page outside
/// it, the whole app takes over (`ui::handoff`). `assets/boot.js` picks the bundle from the
/// address before any Rust runs, by the same first segment as here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    Home,
    Library,
    Quiz,
    Drafter,
    People,
    Data,
    /// The whole app (`src/main.rs`): for the pages no bundle carries.
    Whole,
}

impl Bundle {
    /// The name of its files in `dist/`: `library.js` and `library_bg.wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Home => "home",
            Bundle::Library => "library",
            Bundle::Quiz => "quiz",
            Bundle::Drafter => "drafter",
            Bundle::People => "people",
            Bundle::Data => "data",
            Bundle::Whole => "goodwill",
        }
    }
}

impl Route {
    /// The bundle that carries this page.
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Home => Bundle::Home,
            Route::Library | Route::Guide { .. } => Bundle::Library,
            Route::Quiz | Route::QuizResult | Route::QuizAttempt { .. } | Route::Shared { .. } => {
                Bundle::Quiz
            }
            Route::Drafts | Route::Draft { .. } | Route::DraftForm { .. } => Bundle::Drafter,
            Route::People | Route::Person { .. } => Bundle::People,
            Route::Data => Bundle::Data,
            Route::NotFound => Bundle::Whole,
        }
    }
}

/// Shown in the tab and read out by screen readers after the page name.
const SITE: &str = "Goodwill";
const NOT_FOUND_TITLE: &str = "Page not found";

impl Route {
    /// The page a fragment names, given without its `#`: `/guides/give-first`. A missing
    /// leading `/` or a trailing `/` is forgiven (`guides/` is the library), segments are
    /// percent-decoded, and a query (`/guides?from=mail`) is ignored. Anything else that is
    /// not one of the app's addresses, including an empty segment (`/drafter//form`) or a
    /// bad escape (`/guides/%zz`), is [`Route::NotFound`].
    pub fn parse(path: &str) -> Route {
        recognize(path).unwrap_or(Route::NotFound)
    }

    /// The path naming this page, with each id, slug or code percent-encoded so that it
    /// stays one segment: `Route::parse(&route.to_path()) == route` for any non-empty one.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Library => "/guides".to_owned(),
            Route::Guide { slug } => format!("/guides/{}", encode(slug)),
            Route::Drafts => "/drafter".to_owned(),
            Route::Draft { id } => format!("/drafter/{}", encode(id)),
            Route::DraftForm { id } => format!("/drafter/{}/form", encode(id)),
            Route::Data => "/data".to_owned(),
            Route::People => "/people".to_owned(),
            Route::Person { id } => format!("/people/{}", encode(id)),
            Route::Quiz => "/quiz".to_owned(),
            Route::QuizResult => "/quiz/result".to_owned(),
            Route::QuizAttempt { id } => format!("/quiz/result/{}", encode(id)),
            Route::Shared { code } => format!("/shared/{}", encode(code)),
            Route::NotFound => "/not-found".to_owned(),
        }
    }

    /// The link to this page, for an `href`: `#` and [`Route::to_path`].
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The document title for this page, e.g. "Library — Goodwill". A guide slug that names
    /// no guide gets the not-found title, because that is the page it shows.
    pub fn title(&self) -> String {
        let page = match self {
            Route::Home => return format!("{SITE} — networking etiquette, the giver’s way"),
            Route::Library => "Library",
            Route::Data => "Your data",
            Route::People => "People",
            Route::Person { .. } => "A person you know",
            Route::Drafts => "Drafter",
            Route::Draft { .. } => "Edit draft",
            Route::DraftForm { .. } => "New draft",
            Route::Quiz => "Self-assessment",
            Route::QuizResult | Route::QuizAttempt { .. } => "Your result",
            Route::Shared { .. } => "A shared result",
            Route::Guide { slug } => content::guide(slug).map_or(NOT_FOUND_TITLE, |g| g.title),
            Route::NotFound => NOT_FOUND_TITLE,
        };
        format!("{page} — {SITE}")
    }
}

/// The route `path` names, or `None` when it names none.
fn recognize(path: &str) -> Option<Route> {
    let path = path.split_once('?').map_or(path, |(path, _)| path);
    let path = path.strip_prefix('/').unwrap_or(path);
    if path.is_empty() {
        return Some(Route::Home);
    }
    // Only one trailing slash is forgiven: `//` is not the home page.
    let path = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    let segments = path
        .split('/')
        .map(decode)
        .collect::<Option<Vec<String>>>()?;
    if segments.iter().any(String::is_empty) {
        return None;
    }
    let words: Vec<&str> = segments.iter().map(String::as_str).collect();
    let owned = |s: &str| s.to_owned();
    Some(match words.as_slice() {
        ["guides"] => Route::Library,
        ["guides", slug] => Route::Guide { slug: owned(slug) },
        // People type the plural they see in the nav; both reach the list.
        ["drafter"] | ["drafts"] => Route::Drafts,
        ["drafter", id] => Route::Draft { id: owned(id) },
        ["drafter", id, "form"] => Route::DraftForm { id: owned(id) },
        ["data"] => Route::Data,
        ["people"] => Route::People,
        ["people", id] => Route::Person { id: owned(id) },
        ["quiz"] => Route::Quiz,
        ["quiz", "result"] => Route::QuizResult,
        ["quiz", "result", id] => Route::QuizAttempt { id: owned(id) },
        ["shared", code] => Route::Shared { code: owned(code) },
        _ => return None,
    })
}

/// Percent-encodes every byte but the unreserved ones (letters, digits, `-._~`), as
/// yew-router did, so links keep the addresses they always had.
fn encode(segment: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(segment.len());
    for &byte in segment.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    out
}

/// The text of one segment, or `None` when a `%` is not followed by two hex digits or the
/// bytes are not UTF-8.
fn decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let high = hex_digit(*bytes.get(i + 1)?)?;
            let low = hex_digit(*bytes.get(i + 2)?)?;
            out.push(high << 4 | low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_digit(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|digit| u8::try_from(digit).ok())
}
