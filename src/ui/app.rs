//! The app shell: the hash router, the layout every page shares (skip link, header, main,
//! footer) and which page each route shows: every page in [`App`], only home in
//! [`HomeApp`], the small bundle a first visit to home downloads (`src/bin/home.rs`).

use yew::prelude::*;

use super::components::{Footer, Header, SkipLink, StorageNotices, UpdateBanner};
use super::handoff::Opening;
use super::hooks::{use_page_change, use_ready_mark};
use super::pages::{
    DataPage, DraftEditor, DraftForm, DraftsPage, GuidePage, Home, Library, NotFound, PeoplePage,
    PersonPage, QuizPage, QuizResultPage, SharedResult,
};
use super::router::{use_route, Router};
use super::saved::SavedProvider;
use crate::route::Route;

/// The whole app. A hash router, so that deep links and reloads work on any static host.
#[component]
pub fn App() -> Html {
    html! {
        <Router>
            <SavedProvider>
                <Layout<AllPages> />
            </SavedProvider>
        </Router>
    }
}

/// Home alone, in the same layout: any other route opens the whole app in its place.
#[component]
pub fn HomeApp() -> Html {
    html! {
        <Router>
            <SavedProvider>
                <Layout<HomeOnly> />
            </SavedProvider>
        </Router>
    }
}

/// Which page a route shows, or `None` when this bundle has no page for it. A type, not a
/// value, so each bundle links only its own pages.
trait Pages: 'static {
    fn page(route: Route) -> Option<Html>;
}

struct AllPages;
struct HomeOnly;

impl Pages for AllPages {
    fn page(route: Route) -> Option<Html> {
        page(route)
    }
}

impl Pages for HomeOnly {
    fn page(route: Route) -> Option<Html> {
        (route == Route::Home).then(|| html! { <Home /> })
    }
}

#[component]
fn Layout<P: Pages>() -> Html {
    let route = use_route();
    let main = use_node_ref();
    use_page_change(&route, &main);
    let shown = P::page(route.clone());
    // Ready only with a page on show, not while the whole app is on its way.
    use_ready_mark(shown.is_some());

    html! {
        <>
            <SkipLink target={main.clone()} />
            <Header route={route.clone()} />
            <main id="main" tabindex="-1" ref={main}>
                <StorageNotices />
                { shown.unwrap_or_else(|| html! { <Opening /> }) }
            </main>
            <Footer />
            <UpdateBanner />
        </>
    }
}

fn page(route: Route) -> Option<Html> {
    Some(match route {
        Route::Home => html! { <Home /> },
        Route::Library => html! { <Library /> },
        Route::Data => html! { <DataPage /> },
        Route::People => html! { <PeoplePage /> },
        // Keyed by id, so opening another person starts a fresh page.
        Route::Person { id } => {
            html! { <PersonPage key={id.as_str()} id={AttrValue::from(id.clone())} /> }
        }
        Route::Drafts => html! { <DraftsPage /> },
        // Keyed by id, so opening another draft starts a fresh editor.
        Route::Draft { id } => html! { <DraftEditor key={id.as_str()} id={id.clone()} /> },
        Route::DraftForm { id } => html! { <DraftForm key={id.as_str()} id={id.clone()} /> },
        Route::Guide { slug } => html! { <GuidePage slug={slug} /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::QuizResult => html! { <QuizResultPage /> },
        Route::QuizAttempt { id } => html! { <QuizResultPage id={Some(AttrValue::from(id))} /> },
        Route::Shared { code } => html! { <SharedResult code={code} /> },
        Route::NotFound => html! { <NotFound /> },
    })
}
