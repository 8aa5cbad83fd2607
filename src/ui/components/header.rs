//! The site header: the name, which leads home, and the main navigation.

use yew::prelude::*;

use super::NavLink;
use crate::route::{Route, Section};

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
                            <NavLink to={Route::Home} current={route.section() == Some(Section::Home)}>
                                { "Home" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Quiz} current={route.section() == Some(Section::Quiz)}>
                                { "Quiz" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Drafts} current={route.section() == Some(Section::Drafter)}>
                                { "Drafter" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::People} current={route.section() == Some(Section::People)}>
                                { "People" }
                            </NavLink>
                        </li>
                        <li>
                            <NavLink to={Route::Library} current={route.section() == Some(Section::Library)}>
                                { "Library" }
                            </NavLink>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}
