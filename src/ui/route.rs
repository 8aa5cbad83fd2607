//! The app's addresses: which page each URL fragment (`#/guides/give-first`) names, and the
//! document title of that page.

use yew_router::Routable;

use crate::content;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/guides")]
    Library,
    #[at("/guides/:slug")]
    Guide { slug: String },
    #[at("/drafter")]
    Drafts,
    #[at("/drafter/:id")]
    Draft { id: String },
    #[at("/drafter/:id/form")]
    DraftForm { id: String },
    #[at("/data")]
    Data,
    /// Take the self-assessment, or resume it where it was left.
    #[at("/quiz")]
    Quiz,
    /// The latest result, its history and the week's plan.
    #[at("/quiz/result")]
    QuizResult,
    /// One earlier result, by attempt id.
    #[at("/quiz/result/:id")]
    QuizAttempt { id: String },
    /// Someone's result, carried in the address by `quiz::share` (read-only).
    #[at("/shared/:code")]
    Shared { code: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Shown in the tab and read out by screen readers after the page name.
const SITE: &str = "Goodwill";
const NOT_FOUND_TITLE: &str = "Page not found";

impl Route {
    /// The document title for this page, e.g. "Library — Goodwill". A guide slug that names
    /// no guide gets the not-found title, because that is the page it shows.
    pub fn title(&self) -> String {
        let page = match self {
            Route::Home => return format!("{SITE} — networking etiquette, the giver’s way"),
            Route::Library => "Library",
            Route::Data => "Your data",
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
