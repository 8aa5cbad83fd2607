//! A self-assessment result: the style and habit charts, why the style came out as it
//! did, the burnout warning when set, each habit in plain words with next steps, the week's
//! plan, how the habits moved since last time, every earlier result, and a share link.
//! All of it comes from `quiz::explain` and `quiz::history`; this page only lays it out.

use yew::prelude::*;

use crate::content;
use crate::quiz::{explain, habit_changes, trend_scale, Action as Step, HABITS, ITEMS};
use crate::route::Route;
use crate::store::{day_labels, Attempt};
use crate::ui::components::{PlanSection, ResultOverview, ShareLink, TrendChart};
use crate::ui::saved::use_saved;

#[derive(Properties, PartialEq)]
pub struct QuizResultProps {
    /// The attempt to show; the latest when `None`.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

fn step_list(steps: &[Step]) -> Html {
    html! {
        <ul class="next-steps">
            { for steps.iter().map(|step| {
                let guide = content::guide(step.guide);
                html! {
                    <li>
                        { step.text }
                        if let Some(guide) = guide {
                            { " " }
                            <a href={Route::Guide { slug: guide.slug.to_string() }.href()}>
                                { format!("Read: {}", guide.title) }
                            </a>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

#[component]
pub fn QuizResultPage(props: &QuizResultProps) -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let results = &data.results;

    let index = match &props.id {
        Some(id) => results.iter().position(|a| a.id == id.as_str()),
        None => results.len().checked_sub(1),
    };
    let Some(index) = index else {
        let in_progress = data
            .quiz_progress
            .as_ref()
            .map_or(0, |p| crate::quiz::screens::answered(&p.answers));
        let message = if props.id.is_some() && !results.is_empty() {
            "No saved result has this address. It may have been deleted, or saved in another browser.".to_string()
        } else if in_progress > 0 {
            format!("You have answered {in_progress} of {} questions so far: finish them to see your result.", ITEMS.len())
        } else {
            "You haven’t taken the self-assessment yet. It takes about ten minutes, and \
             shows your networking style, your strongest habits and what to try this week."
                .to_string()
        };
        return html! {
            <article class="quiz-result">
                <h1 tabindex="-1">{ "Your result" }</h1>
                <p class="lead">{ message }</p>
                <p>
                    <a href={Route::Quiz.href()} class="button">
                        { if in_progress > 0 { "Carry on with the self-assessment" } else { "Take the self-assessment" } }
                    </a>
                </p>
                if props.id.is_some() && !results.is_empty() {
                    <p><a href={Route::QuizResult.href()}>{ "See your latest result" }</a></p>
                }
            </article>
        };
    };

    let attempt: &Attempt = &results[index];
    let result = &attempt.score;
    let explanation = explain(result);
    let latest = index + 1 == results.len();
    let previous = index.checked_sub(1).map(|i| &results[i]);
    let when = day_labels(&results.iter().map(|a| a.completed).collect::<Vec<_>>());

    let burnout = explanation.burnout.map(|b| {
        html! {
            <section class="burnout notice notice-warning" aria-labelledby="burnout-title">
                <h2 id="burnout-title">{ b.title }</h2>
                <p>{ b.meaning }</p>
                { step_list(b.actions) }
            </section>
        }
    });

    let since = previous.map(|before| {
        let changes = habit_changes(&before.score, result);
        let series: Vec<Vec<u8>> = changes
            .iter()
            .map(|c| results[..=index].iter().map(|a| a.score.habit(c.habit.id)).collect())
            .collect();
        let range = trend_scale(series.iter().map(Vec::as_slice));
        html! {
            <section aria-labelledby="since-title" class="result-since">
                <h2 id="since-title">{ "Since last time" }</h2>
                <p class="muted">
                    { "Compared with your result of " }<span class="date">{ when[index - 1].clone() }</span>
                    { "; each line shows every result up to this one, all on one scale." }
                </p>
                <ul class="changes">
                    { for changes.iter().zip(series).map(|(change, scores)| {
                        html! {
                            <li>
                                <span class="change-habit">{ change.habit.title }</span>
                                <span class="change-figures">
                                    { format!("{} → {} ", change.before, change.after) }
                                    <strong class="change">{ format!("({})", change.change_text()) }</strong>
                                </span>
                                <TrendChart title={change.habit.title} {scores} {range} />
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    });

    html! {
        <article class="quiz-result">
            <h1 tabindex="-1">{ "Your result" }</h1>
            <p class="lead">
                { "From the self-assessment you finished on " }
                <span class="date">{ when[index].clone() }</span>{ "." }
                if !latest {
                    { " This is an earlier result. " }
                    <a href={Route::QuizResult.href()}>{ "See your latest" }</a>
                }
            </p>
            <ResultOverview result={result.clone()} />
            <section aria-labelledby="why-title">
                <h2 id="why-title">{ "Why you got this style" }</h2>
                <ul>{ for explanation.why.iter().map(|why| html! { <li>{ why }</li> }) }</ul>
            </section>
            { for burnout }
            <section aria-labelledby="detail-title" class="habit-details">
                <h2 id="detail-title">{ "Habit by habit" }</h2>
                { for explanation.habits.iter().map(|h| html! {
                    <div class="habit-detail">
                        <h3>{ h.habit.title }</h3>
                        <p class="habit-level">
                            <strong>{ h.level_label }</strong>{ format!(": {} out of 100.", h.score) }
                        </p>
                        <p>{ h.meaning }</p>
                        <p class="next-title">{ "Next steps:" }</p>
                        { step_list(h.next) }
                    </div>
                }) }
            </section>
            <PlanSection attempt_id={AttrValue::from(attempt.id.clone())} result={result.clone()} />
            { for since }
            <section aria-labelledby="history-title" class="result-history">
                <h2 id="history-title">{ "Every result" }</h2>
                <ol reversed=true>
                    { for results.iter().enumerate().rev().map(|(i, a)| {
                        let text = format!(
                            "{}: {} (giver {}%, matcher {}%, taker {}%)",
                            when[i],
                            crate::quiz::style_text(a.score.dominant).name,
                            a.score.style.giver, a.score.style.matcher, a.score.style.taker
                        );
                        html! {
                            <li>
                                if i == index {
                                    <span aria-current="true">{ text }{ " — shown above" }</span>
                                } else {
                                    <a href={Route::QuizAttempt { id: a.id.clone() }.href()}>{ text }</a>
                                }
                            </li>
                        }
                    }) }
                </ol>
                <p><a href={Route::Quiz.href()}>{ "Take the self-assessment again" }</a>
                   { format!(" to see how your {} habits have moved.", HABITS.len()) }</p>
            </section>
            <ShareLink result={result.clone()} />
        </article>
    }
}
