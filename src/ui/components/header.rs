//! The site header: the name, which leads home, and the main navigation.

use yew::prelude::*;

use super::NavLink;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The page on screen, to mark its navigation link.
    pub route: Route,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let route = &props.route;
    html! {
        <header class="site-header">
            <div class="bar">
                <a href={Route::Home.href()} class="site-name">{ "Goodwill" }</a>
                <nav aria-label="Main">
                    <ul>
                        <li>
                            <NavLink to={Route::Home} current={*route == Route::Home}>
                                { "Home" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Quiz} current={is_quiz(route)}>
                                { "Quiz" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Drafts} current={matches!(route, Route::Drafts | Route::Draft { .. } | Route::DraftForm { .. })}>
                                { "Drafter" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Library} current={*route == Route::Library}>
                                { "Library" }
                            </NavLink>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The quiz link stands for taking it and for its results.
fn is_quiz(route: &Route) -> bool {
    matches!(
        route,
        Route::Quiz | Route::QuizResult | Route::QuizAttempt { .. }
    )
}
