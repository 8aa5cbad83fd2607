//! The front page: what Goodwill is for, and the ways in: the self-assessment, the
//! drafter, who is due a word, and the guides.

use yew::prelude::*;

use crate::content::GUIDES;
use crate::people::{self, Day};
use crate::route::Route;
use crate::store::adapter;
use crate::ui::plural::plural;
use crate::ui::saved::use_saved;

/// How many people due a word the home page names; the rest are on the People page.
const DUE_ON_HOME: usize = 3;

/// Who is due a word and how many loops are open, or how to start keeping in touch.
#[component]
fn KeepInTouch() -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let today = Day::of(adapter::now());
    let due = people::due(&data.people, &data.drafts, today);
    let loops = people::open_loops(&data.drafts, &data.loops_closed, today).len();
    html! {
        <section aria-labelledby="touch-title" class="home-touch">
            <h2 id="touch-title">{ "Keep in touch" }</h2>
            if data.people.is_empty() {
                <p>{ "Note the people you know and what they care about; Goodwill says who is due                       a word and starts the message, with nothing asked of them." }</p>
            } else if due.is_empty() {
                <p>{ "Nobody is due a word right now." }</p>
            } else {
                <ul class="due-list">
                    { for due.iter().take(DUE_ON_HOME).map(|d| html! {
                        <li>
                            <a href={Route::Person { id: d.person.clone() }.href()}>{ d.name.clone() }</a>
                            { format!(": {}", d.reasons.join("; ")) }
                        </li>
                    }) }
                </ul>
            }
            if loops > 0 {
                <p>
                    <a href={Route::People.href()}>{ format!("{} to close", plural(loops, "loop", "loops")) }</a>
                    { ": a thank-you, word to an introducer, or one follow-up." }
                </p>
            }
            <p>
                <a href={Route::People.href()}>
                    { if data.people.is_empty() { "Add the people you know" } else { "See everyone" } }
                </a>
            </p>
        </section>
    }
}

#[component]
pub fn Home() -> Html {
    html! {
        <article class="home">
            <h1 tabindex="-1">{ "Networking, the giver’s way" }</h1>
            <p class="lead">
                { "Goodwill is a private coach for networking the giver’s way: give first, \
                   ask well, thank people and close the loop. It all stays in your browser." }
            </p>
            <div class="home-paths">
                <section aria-labelledby="quiz-title">
                    <h2 id="quiz-title">{ "Where do you stand?" }</h2>
                    <p>
                        { "36 questions, about ten minutes: how you give, ask and keep in \
                           touch, your strengths, and what to try this week. It saves as you go." }
                    </p>
                    <p>
                        <a href={Route::Quiz.href()} class="button">
                            { "Take the self-assessment" }
                        </a>
                    </p>
                </section>
                <section aria-labelledby="drafter-title">
                    <h2 id="drafter-title">{ "Send a better message" }</h2>
                    <p>
                        { "Draft a specific ask, a real thank-you, an introduction or a check-in. \
                           Each word is checked as you type, with the reason and a fix." }
                    </p>
                    <p>
                        <a href={Route::Drafts.href()} class="button">
                            { "Open the drafter" }
                        </a>
                    </p>
                </section>
            </div>
            <KeepInTouch />
            <h2>{ "The guides" }</h2>
            <p>
                { "Seven short reads on the six habits the self-assessment looks at: giving \
                   first without keeping score, giving what you can keep giving, asking well, \
                   following through, and keeping in touch; the last is on what not to ask." }
            </p>
            <ol class="habit-list">
                { for GUIDES.iter().map(|guide| html! {
                    <li>
                        <a href={Route::Guide { slug: guide.slug.to_string() }.href()}>
                            { guide.title }
                        </a>
                    </li>
                }) }
            </ol>
            <p>
                <a href={Route::Library.href()}>{ "Read the guides" }</a>
            </p>
        </article>
    }
}
