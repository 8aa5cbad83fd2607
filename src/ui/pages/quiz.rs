//! Taking the self-assessment: one question a screen on phones, six on wide screens, with
//! progress, back and next. On a one-question screen a tapped answer goes on by itself
//! after a short pause (Back returns to change it); keys still need Enter or Next. Every answer and the screen reached are saved as they happen,
//! so a reload or a closed tab resumes at the same question. Scoring is `quiz::score`'s.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::quiz::{score, screens, Item, ITEMS};
use crate::route::Route;
use crate::store::{adapter, Action, Attempt};
use crate::ui::components::{first_radio_id, AnsweredBy, QuizItem};
use crate::ui::focus::focus_by_id;
use crate::ui::router::navigate;
use crate::ui::saved::{use_saved, Msg};

/// Screens at least this wide (CSS pixels) show [`WIDE_PER_SCREEN`] questions at a time.
const WIDE_FROM_PX: f64 = 768.0;
const WIDE_PER_SCREEN: usize = 6;
/// How long a tapped answer stays in view before a one-question screen goes on.
const AUTO_NEXT_MS: u32 = 450;

/// Read once when the page opens, so the questions never reshuffle under the user.
fn per_screen() -> usize {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    if width >= WIDE_FROM_PX {
        WIDE_PER_SCREEN
    } else {
        1
    }
}

#[component]
pub fn QuizPage() -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let per_screen = *use_state(per_screen);
    let answers = data
        .quiz_progress
        .as_ref()
        .map(|p| p.answers.clone())
        .unwrap_or_default();
    let screen = {
        let progress = data.quiz_progress.clone();
        use_state(move || {
            progress.map_or(0, |p| {
                screens::resume_screen(per_screen, p.position, &p.answers)
            })
        })
    };
    // Set when "next" was pressed too early: says why, and marks the items.
    let blocked = use_state(|| false);
    let confirm_restart = use_state(|| false);
    let first_render = use_mut_ref(|| true);
    // The pending "go on" after a tap; replacing or dropping it cancels it.
    let auto_next = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);

    // A new screen: move focus to its heading so screen readers announce where they are.
    use_effect_with(*screen, move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            focus_by_id("quiz-screen-heading");
        }
    });

    let total = ITEMS.len();
    let last_screen = screens::screen_count(per_screen) - 1;
    let on_screen = screens::items_on(per_screen, *screen);
    let first_number = screens::first_item(per_screen, *screen) + 1;
    let answered = screens::answered(&answers);

    let go_to = {
        let saved = saved.clone();
        let screen = screen.clone();
        let blocked = blocked.clone();
        let auto_next = auto_next.clone();
        Callback::from(move |target: usize| {
            auto_next.borrow_mut().take();
            blocked.set(false);
            saved.dispatch(Msg::Do(Action::QuizPosition(screens::first_item(
                per_screen, target,
            ))));
            screen.set(target);
        })
    };

    let on_answer = {
        let saved = saved.clone();
        let go_to = go_to.clone();
        let screen = *screen;
        Callback::from(move |(item, value, by): (&'static str, u8, AnsweredBy)| {
            saved.dispatch(Msg::Do(Action::Answer {
                item: item.to_string(),
                value,
                at: adapter::now(),
            }));
            if by == AnsweredBy::Pointer && per_screen == 1 && screen < last_screen {
                let go_to = go_to.clone();
                let timer = gloo_timers::callback::Timeout::new(AUTO_NEXT_MS, move || {
                    go_to.emit(screen + 1);
                });
                *auto_next.borrow_mut() = Some(timer);
            }
        })
    };

    let next = {
        let go_to = go_to.clone();
        let saved = saved.clone();
        let blocked = blocked.clone();
        let screen = *screen;
        let answers = answers.clone();
        Callback::from(move |()| {
            if let Some(item) = screens::first_unanswered(per_screen, screen, &answers) {
                blocked.set(true);
                focus_by_id(&first_radio_id(item));
                return;
            }
            if screen < last_screen {
                go_to.emit(screen + 1);
                return;
            }
            match score(&answers) {
                Ok(result) => {
                    let now = adapter::now();
                    let data = &saved.session.data;
                    let attempt = Attempt {
                        id: data.new_id("r", now),
                        completed: now,
                        answers: answers.clone(),
                        score: result,
                    };
                    saved.dispatch(Msg::Do(Action::FinishQuiz(attempt)));
                    navigate(&Route::QuizResult);
                }
                // An earlier answer went missing (another tab started over): go back to it.
                Err(_) => {
                    let first_gap = (0..=last_screen)
                        .find(|&s| screens::first_unanswered(per_screen, s, &answers).is_some())
                        .unwrap_or(0);
                    go_to.emit(first_gap);
                    blocked.set(true);
                }
            }
        })
    };

    let onsubmit = {
        let next = next.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            next.emit(());
        })
    };
    // Enter on a radio goes next, as it would in a text field.
    let onkeydown = {
        let next = next.clone();
        Callback::from(move |event: KeyboardEvent| {
            let on_radio = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|input| input.type_() == "radio");
            if on_radio && event.key() == "Enter" {
                event.prevent_default();
                next.emit(());
            }
        })
    };
    let back = {
        let go_to = go_to.clone();
        let screen = *screen;
        Callback::from(move |_: MouseEvent| go_to.emit(screen.saturating_sub(1)))
    };
    let restart = {
        let saved = saved.clone();
        let go_to = go_to.clone();
        let confirm_restart = confirm_restart.clone();
        Callback::from(move |_: MouseEvent| {
            saved.dispatch(Msg::Do(Action::RestartQuiz));
            confirm_restart.set(false);
            go_to.emit(0);
        })
    };
    let ask_restart = {
        let confirm_restart = confirm_restart.clone();
        Callback::from(move |_: MouseEvent| confirm_restart.set(true))
    };
    let keep_going = {
        let confirm_restart = confirm_restart.clone();
        Callback::from(move |_: MouseEvent| confirm_restart.set(false))
    };

    let heading = if on_screen.len() == 1 {
        format!("Question {first_number} of {total}")
    } else {
        format!(
            "Questions {first_number} to {} of {total}",
            first_number + on_screen.len() - 1
        )
    };
    let missing = |item: &Item| *blocked && !answers.get(item.id).is_some_and(|&a| item.accepts(a));
    let latest = data.results.last();

    html! {
        <article class="quiz">
            <h1 tabindex="-1">{ "Self-assessment" }</h1>
            if *screen == 0 && answered == 0 {
                <p class="lead">
                    { "36 short questions about how you give, ask and keep in touch. Answer as \
                       you are, not as you would like to be: there are no right answers, and \
                       nobody sees them but you. Each answer is saved in this browser as you go." }
                </p>
            }
            if let Some(latest) = latest {
                <p class="muted">
                    { format!("You last finished it on {}. ", latest.completed.date()) }
                    <a href={Route::QuizResult.href()}>{ "See your result" }</a>
                </p>
            }
            <div class="quiz-progress">
                <progress id="quiz-progress" max={total.to_string()} value={answered.to_string()}
                    aria-label="Questions answered"></progress>
                <p>{ format!("{answered} of {total} answered") }</p>
            </div>
            <form class="quiz-form" {onsubmit} {onkeydown} novalidate=true>
                <h2 id="quiz-screen-heading" tabindex="-1">{ heading }</h2>
                if *blocked {
                    <p class="quiz-blocked" role="alert">
                        { "Please answer every question on this screen to go on; the first one \
                           without an answer now has the focus." }
                    </p>
                }
                <p class="quiz-hint muted">
                    { screens::keys_hint(on_screen) }
                </p>
                <div class={classes!("quiz-screen", (on_screen.len() > 1).then_some("quiz-screen-wide"))}>
                    { for on_screen.iter().enumerate().map(|(offset, item)| html! {
                        <QuizItem key={item.id} {item} number={first_number + offset} {total}
                            show_number={on_screen.len() > 1}
                            answer={answers.get(item.id).copied()}
                            missing={missing(item)}
                            on_answer={on_answer.clone()} />
                    }) }
                </div>
                <div class="actions quiz-nav">
                    if *screen > 0 {
                        <button type="button" class="button-secondary" onclick={back}>{ "Back" }</button>
                    }
                    <button type="submit">
                        { if *screen == last_screen { "See my result" } else { "Next" } }
                    </button>
                </div>
            </form>
            if answered > 0 {
                if *confirm_restart {
                    <div class="confirm" role="group" aria-labelledby="restart-title">
                        <h3 id="restart-title">{ "Start over?" }</h3>
                        <p>{ format!("This clears the {answered} answers given so far. Finished results are kept.") }</p>
                        <div class="actions">
                            <button type="button" class="button-danger" onclick={restart}>{ "Clear my answers" }</button>
                            <button type="button" class="button-secondary" onclick={keep_going}>{ "Keep going" }</button>
                        </div>
                    </div>
                } else {
                    <p class="quiz-restart">
                        <button type="button" class="button-secondary" onclick={ask_restart}>{ "Start over" }</button>
                    </p>
                }
            }
        </article>
    }
}
