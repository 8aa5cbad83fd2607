//! The app shell: the hash router, the layout every page shares (skip link, header, main,
//! footer) and which page each route shows: every page in [`App`], one part's pages in
//! [`PartApp`], the small bundle a visit that starts on one of them downloads
//! ([`crate::route::Bundle`], `src/bin/`).

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
    html! { <PartApp<AllPages> /> }
}

/// One bundle's pages alone, in the same layout: any other route opens the whole app in
/// their place (`ui::handoff`). `P` is one of the bundles below, so each links only its own.
#[component]
pub(super) fn PartApp<P: Pages>() -> Html {
    html! {
        <Router>
            <SavedProvider>
                <Layout<P> />
            </SavedProvider>
        </Router>
    }
}

/// Which page a route shows, or `None` when this bundle has no page for it. A type, not a
/// value, so each bundle links only its own pages: one per [`crate::route::Bundle`], and the whole app.
pub(super) trait Pages: 'static {
    fn page(route: &Route) -> Option<Html>;
}

/// Every page: the whole app.
struct AllPages;
/// [`crate::route::Bundle::Home`].
pub(super) struct HomePages;
/// [`crate::route::Bundle::Library`].
pub(super) struct LibraryPages;
/// [`crate::route::Bundle::Quiz`].
pub(super) struct QuizPages;
/// [`crate::route::Bundle::Drafter`].
pub(super) struct DrafterPages;
/// [`crate::route::Bundle::People`].
pub(super) struct PeoplePages;
/// [`crate::route::Bundle::Data`].
pub(super) struct DataPages;

impl Pages for AllPages {
    fn page(route: &Route) -> Option<Html> {
        HomePages::page(route)
            .or_else(|| LibraryPages::page(route))
            .or_else(|| QuizPages::page(route))
            .or_else(|| DrafterPages::page(route))
            .or_else(|| PeoplePages::page(route))
            .or_else(|| DataPages::page(route))
            .or_else(|| Some(html! { <NotFound /> }))
    }
}

impl Pages for HomePages {
    fn page(route: &Route) -> Option<Html> {
        (*route == Route::Home).then(|| html! { <Home /> })
    }
}

impl Pages for LibraryPages {
    fn page(route: &Route) -> Option<Html> {
        Some(match route {
            Route::Library => html! { <Library /> },
            Route::Guide { slug } => html! { <GuidePage slug={slug.clone()} /> },
            _ => return None,
        })
    }
}

impl Pages for QuizPages {
    fn page(route: &Route) -> Option<Html> {
        Some(match route {
            Route::Quiz => html! { <QuizPage /> },
            Route::QuizResult => html! { <QuizResultPage /> },
            Route::QuizAttempt { id } => {
                html! { <QuizResultPage id={Some(AttrValue::from(id.clone()))} /> }
            }
            Route::Shared { code } => html! { <SharedResult code={code.clone()} /> },
            _ => return None,
        })
    }
}

impl Pages for DrafterPages {
    fn page(route: &Route) -> Option<Html> {
        Some(match route {
            Route::Drafts => html! { <DraftsPage /> },
            // Keyed by id, so opening another draft starts a fresh editor.
            Route::Draft { id } => html! { <DraftEditor key={id.as_str()} id={id.clone()} /> },
            Route::DraftForm { id } => html! { <DraftForm key={id.as_str()} id={id.clone()} /> },
            _ => return None,
        })
    }
}

impl Pages for PeoplePages {
    fn page(route: &Route) -> Option<Html> {
        Some(match route {
            Route::People => html! { <PeoplePage /> },
            // Keyed by id, so opening another person starts a fresh page.
            Route::Person { id } => {
                html! { <PersonPage key={id.as_str()} id={AttrValue::from(id.clone())} /> }
            }
            _ => return None,
        })
    }
}

impl Pages for DataPages {
    fn page(route: &Route) -> Option<Html> {
        (*route == Route::Data).then(|| html! { <DataPage /> })
    }
}

#[component]
fn Layout<P: Pages>() -> Html {
    let route = use_route();
    let main = use_node_ref();
    use_page_change(&route, &main);
    let shown = P::page(&route);
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
