//! The front page: what Goodwill is for, and the three ways in: the self-assessment, the
//! drafter and the guides.

use yew::prelude::*;

use crate::content::GUIDES;
use crate::route::Route;

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
