//! "People": who is due a word and why, the loops still open on sent messages, who could
//! use a hand, and everyone the user knows (search, add, delete with undo), with the
//! calendar file. What is due, open or suggested is `people`'s; this page lays it out and
//! starts the drafts.

use yew::prelude::*;

use crate::etiquette::Kind;
use crate::people::{self, Day, LoopKind, OpenLoop, Person, Tie};
use crate::route::Route;
use crate::store::{adapter, Action, Data};
use crate::ui::files;
use crate::ui::focus::use_focus_later;
use crate::ui::pages::drafts::{start_with, Start};
use crate::ui::plural::plural;
use crate::ui::router::navigate;
use crate::ui::saved::{use_saved, Msg, SavedHandle};

/// The sign-off name the user used last, for drafts started here.
fn sender(data: &Data) -> String {
    data.last_sender().unwrap_or("").to_string()
}

/// Starts a check-in to `person` (for `occasion`, if one is the reason) and opens its form.
pub fn write_check_in(
    saved: &SavedHandle,
    person: &Person,
    occasion: Option<people::OccasionKind>,
) {
    let form = people::check_in(person, occasion, &sender(&saved.session.data));
    let id = start_with(
        saved,
        Start {
            form,
            person: Some(person.id.clone()),
            ..Start::new(Kind::CheckIn)
        },
    );
    navigate(&Route::DraftForm { id });
}

/// Opens the draft a loop already has, or starts the right one.
fn close_loop(saved: &SavedHandle, open: &OpenLoop) {
    if let Some(id) = &open.draft {
        navigate(&Route::Draft { id: id.clone() });
        return;
    }
    let data = &saved.session.data;
    let Some(request) = data.draft(&open.request).cloned() else {
        return;
    };
    let me = sender(data);
    let follows = Some(request.id.clone());
    match open.kind {
        LoopKind::Thank => {
            let form = crate::drafter::thank_you_from_request(&request.form, &request.body);
            let id = start_with(
                saved,
                Start {
                    form,
                    follows,
                    person: request.person.clone(),
                    ..Start::new(Kind::ThankYou)
                },
            );
            navigate(&Route::DraftForm { id });
        }
        LoopKind::TellIntroducer => {
            let form = people::tell_introducer(&request, &me);
            let person = data
                .people
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(&open.to))
                .map(|p| p.id.clone());
            let id = start_with(
                saved,
                Start {
                    form,
                    follows,
                    person,
                    ..Start::new(Kind::ThankYou)
                },
            );
            navigate(&Route::DraftForm { id });
        }
        LoopKind::FollowUp => {
            let id = start_with(
                saved,
                Start {
                    follows,
                    person: request.person.clone(),
                    body: people::follow_up_body(&request, &me),
                    ..Start::new(Kind::Request)
                },
            );
            navigate(&Route::Draft { id });
        }
    }
}

fn loop_button(open: &OpenLoop) -> String {
    let first = open.to.split_whitespace().next().unwrap_or(&open.to);
    match (open.kind, open.draft.is_some()) {
        (_, true) => "Finish the draft".to_string(),
        (LoopKind::Thank, false) => format!("Thank {first}"),
        (LoopKind::TellIntroducer, false) => format!("Write to {first}"),
        (LoopKind::FollowUp, false) => "Write one follow-up".to_string(),
    }
}

#[component]
pub fn PeoplePage() -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let today = Day::of(adapter::now());
    let query = use_state(String::new);
    let deleted = use_state(|| None::<(Person, usize)>);
    let add_error = use_state(|| None::<String>);
    let focus = use_focus_later();

    let due = people::due(&data.people, &data.drafts, today);
    let loops = people::open_loops(&data.drafts, &data.loops_closed, today);

    let due_list = due.iter().filter_map(|d| {
        let person = data.person(&d.person)?.clone();
        let write = {
            let saved = saved.clone();
            let occasion = d.occasion;
            let person = person.clone();
            Callback::from(move |_| write_check_in(&saved, &person, occasion))
        };
        Some(html! {
            <li class="due-row">
                <div>
                    <h3><a href={Route::Person { id: person.id.clone() }.href()}>{ person.name.clone() }</a></h3>
                    <p class="meta">{ d.reasons.join("; ") }</p>
                </div>
                <button type="button" onclick={write} aria-label={format!("Write to {}", person.name)}>
                    { "Write to them" }
                </button>
            </li>
        })
    }).collect::<Vec<_>>();

    let loop_list = loops.iter().map(|open| {
        let act = {
            let saved = saved.clone();
            let open = open.clone();
            Callback::from(move |_| close_loop(&saved, &open))
        };
        let set = |key: String| {
            let saved = saved.clone();
            let focus = focus.clone();
            Callback::from(move |_| {
                saved.dispatch(Msg::Do(Action::SetLoop { key: key.clone(), open: false }));
                focus.set("loops-title");
            })
        };
        let request = data.draft(&open.request);
        let about = request.map(crate::ui::pages::drafts::title).unwrap_or_default();
        html! {
            <li class="loop-row">
                <p>{ open.text.clone() }</p>
                <p class="meta">
                    <a href={Route::Draft { id: open.request.clone() }.href()}>{ about }</a>
                    { request.and_then(|r| r.sent).map(|at| format!(" · sent {}", at.date())).unwrap_or_default() }
                </p>
                <p class="actions">
                    <button type="button" onclick={act}>{ loop_button(open) }</button>
                    <button type="button" class="button-secondary" onclick={set(open.key.clone())}>{ "Mark done" }</button>
                    <button type="button" class="button-link" onclick={set(open.key.clone())}>{ "Dismiss" }</button>
                </p>
            </li>
        }
    }).collect::<Vec<_>>();

    // Add someone: a name and how close, the rest on their page.
    let add_name = use_node_ref();
    let add_close = use_node_ref();
    let onadd = {
        let saved = saved.clone();
        let add_name = add_name.clone();
        let add_close = add_close.clone();
        let add_error = add_error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = add_name
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let close = add_close
                .cast::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let now = adapter::now();
            let mut person = Person::new(saved.session.data.new_id("p", now), &name, now);
            person.tie = if close { Tie::Close } else { Tie::Casual };
            if let Err(error) = person.validate() {
                add_error.set(Some(error.to_string()));
                crate::ui::focus::focus_by_id("add-name");
                return;
            }
            add_error.set(None);
            let id = person.id.clone();
            saved.dispatch(Msg::Do(Action::SavePerson(person)));
            navigate(&Route::Person { id });
        })
    };

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let mut everyone: Vec<(usize, &Person)> = data
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.matches(&query))
        .collect();
    everyone.sort_by_key(|(_, p)| p.name.to_lowercase());
    let rows = everyone.into_iter().map(|(index, person)| {
        let last = people::last_in_touch(person, &data.drafts)
            .map(|day| format!("last in touch {}", people::ago(day, today)))
            .unwrap_or_else(|| "no contact noted yet".to_string());
        let delete = {
            let saved = saved.clone();
            let deleted = deleted.clone();
            let focus = focus.clone();
            let person = person.clone();
            Callback::from(move |_| {
                deleted.set(Some((person.clone(), index)));
                saved.dispatch(Msg::Do(Action::DeletePerson { id: person.id.clone() }));
                focus.set("undo-person");
            })
        };
        html! {
            <li class="person-row">
                <div>
                    <h3><a id={format!("person-link-{}", person.id)} href={Route::Person { id: person.id.clone() }.href()}>{ person.name.clone() }</a></h3>
                    <p class="meta">{ format!("{} · {last}", person.tie.title()) }
                        if !person.cares_about.trim().is_empty() {
                            { format!(" · cares about {}", person.cares_about.trim()) }
                        }
                    </p>
                </div>
                <button type="button" class="button-secondary" onclick={delete}
                    aria-label={format!("Delete {}", person.name)}>{ "Delete" }</button>
            </li>
        }
    }).collect::<Vec<_>>();

    let undo = deleted.as_ref().map(|(person, index)| {
        let restore = {
            let saved = saved.clone();
            let deleted = deleted.clone();
            let focus = focus.clone();
            let (person, index) = (person.clone(), *index);
            Callback::from(move |_| {
                saved.dispatch(Msg::Do(Action::RestorePerson { person: person.clone(), index }));
                deleted.set(None);
                focus.set(format!("person-link-{}", person.id));
            })
        };
        html! {
            <p class="notice">
                { format!("Deleted {}. Their drafts are kept. ", person.name) }
                <button type="button" id="undo-person" class="button-secondary" onclick={restore}>{ "Undo" }</button>
            </p>
        }
    });

    let calendar = {
        let saved = saved.clone();
        Callback::from(move |_| {
            let data = &saved.session.data;
            let now = adapter::now();
            let text = people::calendar(&data.people, &data.drafts, Day::of(now), now);
            files::download("goodwill-keep-in-touch.ics", &text, "text/calendar");
        })
    };

    let none_yet = data.people.is_empty();
    let everyone = html! {
            <section aria-labelledby="everyone-title">
            <h2 id="everyone-title">{ "Everyone" }</h2>
            <form class="add-person" onsubmit={onadd} novalidate=true>
                <div class="field">
                    <label for="add-name">{ "Add someone" }</label>
                    <input id="add-name" type="text" ref={add_name} autocomplete="off"
                        aria-describedby={add_error.is_some().then_some("add-error")} />
                </div>
                <div class="field field-check">
                    <input id="add-close" type="checkbox" ref={add_close} />
                    <label for="add-close">{ "A close tie (a word every 2 months rather than 6)" }</label>
                </div>
                if let Some(error) = &*add_error {
                    <p id="add-error" class="field-error" role="alert">{ error.clone() }</p>
                }
                <p><button type="submit">{ "Add" }</button></p>
            </form>
            if !data.people.is_empty() {
                <div class="field">
                    <label for="people-search">{ "Search" }</label>
                    <input id="people-search" type="search" value={(*query).clone()} {oninput}
                        placeholder="a name, a skill, where you met…" />
                </div>
            }
            <div aria-live="polite">{ for undo }</div>
            if !data.people.is_empty() {
                if rows.is_empty() {
                    <p>{ format!("Nobody matches “{}”.", *query) }</p>
                } else {
                    <ul class="person-list">{ for rows }</ul>
                }
                <p class="muted">{ format!("{} in all.", plural(data.people.len(), "person", "people")) }</p>
            }
        </section>
    };

    html! {
        <article class="people-page">
            <h1 tabindex="-1">{ "People" }</h1>
            <p class="lead">
                { "The people you know, who is due a word, and the loops still open. \
                   Kept in this browser only, and never a tally of favours." }
            </p>
            if data.people.is_empty() {
                <p>{ "Add the people you would like to stay in touch with: a mentor, a former \
                      colleague, someone you met at an event. Goodwill suggests when a word is \
                      due and starts the message; it never asks for anything on your behalf." }</p>
            }
            // A first visit starts with adding someone; after that, who is due comes first.
            if none_yet {
                { everyone.clone() }
            } else {
                <section aria-labelledby="due-title">
                    <h2 id="due-title">{ "Due a word" }</h2>
                    if due_list.is_empty() {
                        <p>{ "Nobody right now. Well kept." }</p>
                    } else {
                        <ul class="due-list">{ for due_list }</ul>
                    }
                </section>
            }
            <section aria-labelledby="loops-title">
                <h2 id="loops-title" tabindex="-1">{ "Loops to close" }</h2>
                if loop_list.is_empty() {
                    <p>{ "None open. When you mark a request as sent, what you owe in return (a thank-you, word to whoever introduced you) shows here." }</p>
                } else {
                    <ul class="loop-list">{ for loop_list }</ul>
                }
            </section>
            <GiveFirst />
            if !none_yet {
                { everyone }
            }
            if !data.people.is_empty() {
                <section aria-labelledby="calendar-title">
                    <h2 id="calendar-title">{ "Reminders in your own calendar" }</h2>
                    <p>{ "A calendar file with a repeating reminder for each person at their cadence, \
                          and one a year for each birthday or work anniversary. Your calendar app \
                          imports it; Goodwill itself sends nothing." }</p>
                    <p><button type="button" class="button-secondary" onclick={calendar}>{ "Add to my calendar" }</button></p>
                </section>
            }
        </article>
    }
}

/// "Who could use a hand?": asks once what the user most likes to give, then lists the
/// people it meets and the pairs who might help each other.
#[component]
fn GiveFirst() -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let editing = use_state(|| false);
    let gives_ref = use_node_ref();
    let gives = data.prefs.gives.trim().to_string();

    let onsave = {
        let saved = saved.clone();
        let gives_ref = gives_ref.clone();
        let editing = editing.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = gives_ref
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            saved.dispatch(Msg::Do(Action::SetGives(value)));
            editing.set(false);
        })
    };
    let change = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };

    let hands = people::could_use_a_hand(&data.people, &gives);
    let pairs = people::pairs(&data.people);
    let me = data.last_sender().unwrap_or("").to_string();
    let hand_rows = hands.iter().filter_map(|hand| {
        let person = data.person(&hand.person)?.clone();
        let write = {
            let saved = saved.clone();
            let person = person.clone();
            Callback::from(move |_| write_check_in(&saved, &person, None))
        };
        Some(html! {
            <li>
                <p>
                    <a href={Route::Person { id: person.id.clone() }.href()}>{ person.name.clone() }</a>
                    { format!(" is working on {}.", person.cares_about.trim().trim_end_matches('.')) }
                </p>
                <p class="actions">
                    <button type="button" class="button-secondary" onclick={write}>
                        { format!("Offer {} a hand", person.first_name()) }
                    </button>
                </p>
            </li>
        })
    }).collect::<Vec<_>>();
    let pair_rows = pairs.iter().filter_map(|pair| {
        let helper = data.person(&pair.helper)?.clone();
        let helped = data.person(&pair.helped)?.clone();
        let introduce = {
            let saved = saved.clone();
            let form = people::introduction(&helped, &helper, &me);
            Callback::from(move |_| {
                let id = start_with(&saved, Start { form: form.clone(), ..Start::new(Kind::Introduction) });
                navigate(&Route::DraftForm { id });
            })
        };
        Some(html! {
            <li>
                <p>{ format!("{} is good at {}; {} is working on {}.",
                    helper.name, helper.good_at.trim().trim_end_matches('.'),
                    helped.name, helped.cares_about.trim().trim_end_matches('.')) }</p>
                <p class="actions">
                    <button type="button" class="button-secondary" onclick={introduce}>
                        { format!("Introduce {} and {}", helped.first_name(), helper.first_name()) }
                    </button>
                </p>
                <p class="muted">{ "The introduction asks you to check with both of them first." }</p>
            </li>
        })
    }).collect::<Vec<_>>();

    html! {
        <section aria-labelledby="hand-title">
            <h2 id="hand-title">{ "Who could use a hand?" }</h2>
            if gives.is_empty() || *editing {
                <form class="gives" onsubmit={onsave}>
                    <div class="field">
                        <label for="gives">{ "What do you most like to give?" }</label>
                        <p class="hint" id="gives-hint">{ "The help that leaves you with more energy than it takes: “feedback on portfolios”, “introductions to founders”, “advice on pricing”." }</p>
                        <input id="gives" type="text" ref={gives_ref} value={gives.clone()} aria-describedby="gives-hint" />
                    </div>
                    <p><button type="submit">{ "Save" }</button></p>
                </form>
            } else {
                <p>
                    { format!("You like to give: {gives}. ") }
                    <button type="button" class="button-link" onclick={change}>{ "Change" }</button>
                </p>
            }
            if !gives.is_empty() {
                if hand_rows.is_empty() {
                    <p class="muted">{ "Nobody’s “cares about” meets that yet. Note what people are working on, on their page." }</p>
                } else {
                    <ul class="hand-list">{ for hand_rows }</ul>
                }
            }
            if !pair_rows.is_empty() {
                <h3>{ "People who might help each other" }</h3>
                <ul class="hand-list">{ for pair_rows }</ul>
            }
        </section>
    }
}
