//! One person: how the user knows them, what they are good at and care about, their
//! occasions, how often to get in touch, and the messages to them. Every field saves as it
//! changes; delete has an undo in place. What is due is `people`'s.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::people::{self, Cadence, Day, Occasion, OccasionKind, Person, Tie, MONTHS};
use crate::route::Route;
use crate::store::{adapter, Action};
use crate::ui::focus::use_focus_later;
use crate::ui::pages::drafts::title;
use crate::ui::pages::people::write_check_in;
use crate::ui::saved::{use_saved, Msg};

/// The cadences offered besides "usual" and "off", in months.
const CADENCES: [u8; 9] = [1, 2, 3, 4, 6, 9, 12, 18, 24];

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub id: AttrValue,
}

#[component]
pub fn PersonPage(props: &PersonProps) -> Html {
    let saved = use_saved();
    let data = &saved.session.data;
    let deleted = use_state(|| None::<(Person, usize)>);
    let error = use_state(|| None::<String>);
    let focus = use_focus_later();
    let today = Day::of(adapter::now());

    let Some(index) = data.people.iter().position(|p| p.id == props.id.as_str()) else {
        if let Some((person, index)) = (*deleted).clone() {
            let restore = {
                let saved = saved.clone();
                let deleted = deleted.clone();
                let focus = focus.clone();
                Callback::from(move |_| {
                    saved.dispatch(Msg::Do(Action::RestorePerson {
                        person: person.clone(),
                        index,
                    }));
                    deleted.set(None);
                    focus.set("person-name");
                })
            };
            let name = deleted
                .as_ref()
                .map(|(p, _)| p.name.clone())
                .unwrap_or_default();
            return html! {
                <article class="person-page">
                    <h1 tabindex="-1">{ "Deleted" }</h1>
                    <p class="notice" role="status">
                        { format!("Deleted {name}. The messages to them are kept. ") }
                        <button type="button" id="undo-person" class="button-secondary" onclick={restore}>{ "Undo" }</button>
                    </p>
                    <p><a href={Route::People.href()}>{ "Back to people" }</a></p>
                </article>
            };
        }
        return html! {
            <article class="person-page">
                <h1 tabindex="-1">{ "Nobody by that address" }</h1>
                <p>{ "This person is not kept in this browser: they may have been deleted, or added in another browser." }</p>
                <p><a href={Route::People.href()}>{ "See everyone you keep in touch with" }</a></p>
            </article>
        };
    };
    let person = data.people[index].clone();

    // Every edit goes through here: the change, checked, then saved.
    let save = {
        let saved = saved.clone();
        let person = person.clone();
        let error = error.clone();
        move |change: &dyn Fn(&mut Person)| {
            let mut next = person.clone();
            change(&mut next);
            next.updated = adapter::now();
            match next.validate() {
                Ok(()) => {
                    error.set(None);
                    saved.dispatch(Msg::Do(Action::SavePerson(next)));
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        }
    };
    let save = std::rc::Rc::new(save);

    let text_field = |label: &'static str,
                      id: &'static str,
                      hint: &'static str,
                      value: String,
                      long: bool,
                      set: fn(&mut Person, String)| {
        let save = save.clone();
        let hint_id = format!("{id}-hint");
        if long {
            let oninput = Callback::from(move |e: InputEvent| {
                let value = e
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value();
                save(&move |p: &mut Person| set(p, value.clone()));
            });
            html! {
                <div class="field">
                    <label for={id}>{ label }</label>
                    <p class="hint" id={hint_id.clone()}>{ hint }</p>
                    <textarea {id} rows="3" {value} {oninput} aria-describedby={hint_id} />
                </div>
            }
        } else {
            let oninput = Callback::from(move |e: InputEvent| {
                let value = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                save(&move |p: &mut Person| set(p, value.clone()));
            });
            html! {
                <div class="field">
                    <label for={id}>{ label }</label>
                    if !hint.is_empty() {
                        <p class="hint" id={hint_id.clone()}>{ hint }</p>
                    }
                    <input type="text" {id} {value} {oninput} autocomplete="off"
                        aria-describedby={(!hint.is_empty()).then_some(hint_id)} />
                </div>
            }
        }
    };

    let tie_radio = |tie: Tie, label: String| {
        let save = save.clone();
        let id = format!("tie-{}", tie.as_str());
        let onchange = Callback::from(move |_: Event| save(&move |p: &mut Person| p.tie = tie));
        html! {
            <div class="field-check">
                <input type="radio" name="tie" id={id.clone()} checked={person.tie == tie} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };

    let on_cadence = {
        let save = save.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let cadence = match value.as_str() {
                "usual" => Cadence::Usual,
                "off" => Cadence::Off,
                n => match n.parse() {
                    Ok(n) => Cadence::Months(n),
                    Err(_) => return,
                },
            };
            save(&move |p: &mut Person| p.cadence = cadence);
        })
    };
    let usual = person.tie.usual_months();

    let occasion_field = |kind: OccasionKind| {
        let current = person.occasions.iter().find(|o| o.kind == kind).copied();
        // Both selects are read together: an occasion is kept once it has a day and a month.
        let onchange = {
            let save = save.clone();
            Callback::from(move |_: Event| {
                let read = |part: &str| {
                    web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&format!("{}-{part}", kind.as_str())))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
                        .and_then(|s| s.value().parse::<u8>().ok())
                        .unwrap_or(0)
                };
                let (day, month) = (read("day"), read("month"));
                save(&move |p: &mut Person| {
                    p.occasions.retain(|o| o.kind != kind);
                    if day > 0 && month > 0 {
                        p.occasions.push(Occasion { kind, month, day });
                    }
                });
            })
        };
        let id = kind.as_str();
        html! {
            <fieldset class="occasion">
                <legend>{ format!("Their {} (optional)", kind.label()) }</legend>
                <span class="occasion-part">
                <label for={format!("{id}-day")}>{ "Day" }</label>
                <select id={format!("{id}-day")} onchange={onchange.clone()}>
                    <option value="0" selected={current.is_none()}>{ "—" }</option>
                    { for (1..=31u8).map(|d| html! {
                        <option value={d.to_string()} selected={current.is_some_and(|o| o.day == d)}>{ d }</option>
                    }) }
                </select>
                </span>
                <span class="occasion-part">
                <label for={format!("{id}-month")}>{ "Month" }</label>
                <select id={format!("{id}-month")} {onchange}>
                    <option value="0" selected={current.is_none()}>{ "—" }</option>
                    { for MONTHS.iter().enumerate().map(|(i, m)| html! {
                        <option value={(i + 1).to_string()} selected={current.is_some_and(|o| usize::from(o.month) == i + 1)}>{ *m }</option>
                    }) }
                </select>
                </span>
            </fieldset>
        }
    };

    let on_last = {
        let save = save.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let day = Day::parse(&value);
            save(&move |p: &mut Person| p.last_contact = day.map(Day::start));
        })
    };
    let touched_today = {
        let save = save.clone();
        Callback::from(move |_| {
            let now = adapter::now();
            save(&move |p: &mut Person| p.last_contact = Some(now));
        })
    };
    let due = people::due(std::slice::from_ref(&person), &data.drafts, today);
    let write = {
        let saved = saved.clone();
        let person = person.clone();
        let occasion = due.first().and_then(|d| d.occasion);
        Callback::from(move |_| write_check_in(&saved, &person, occasion))
    };
    let delete = {
        let saved = saved.clone();
        let deleted = deleted.clone();
        let person = person.clone();
        Callback::from(move |_| {
            deleted.set(Some((person.clone(), index)));
            saved.dispatch(Msg::Do(Action::DeletePerson {
                id: person.id.clone(),
            }));
        })
    };

    let last = people::last_in_touch(&person, &data.drafts);
    let next = people::cadence_due(&person, &data.drafts);
    let status = match (due.first(), next) {
        (Some(d), _) => format!("Due a word: {}.", d.reasons.join("; ")),
        (None, Some(next)) => format!(
            "Next word due {}.",
            people::when(next, today).trim_start_matches("on ")
        ),
        (None, None) => "No reminders: the cadence is off.".to_string(),
    };
    let mut drafts: Vec<_> = people::drafts_to(&person, &data.drafts).collect();
    drafts.sort_by_key(|d| std::cmp::Reverse(d.updated));

    html! {
        <article class="person-page">
            <p class="crumbs"><a href={Route::People.href()}>{ "People" }</a></p>
            <h1 tabindex="-1">{ person.name.clone() }</h1>
            <p class="lead">
                { status }
                { last.map(|d| format!(" Last in touch {}.", people::ago(d, today))).unwrap_or_default() }
            </p>
            <p class="actions">
                <button type="button" onclick={write}>{ format!("Write to {}", person.first_name()) }</button>
            </p>
            if let Some(message) = &*error {
                <p class="field-error" role="alert">{ message.clone() }</p>
            }
            <form class="person-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { text_field("Name", "person-name", "", person.name.clone(), false, |p, v| p.name = v) }
                <fieldset>
                    <legend>{ "How close are you?" }</legend>
                    { for [Tie::Close, Tie::Casual].map(|tie| tie_radio(tie, format!("{}: a word about every {} months", tie.title(), tie.usual_months()))) }
                </fieldset>
                { text_field("Introduced by", "person-introducer", "Who introduced you, if anyone: they will want to hear how it went.", person.introduced_by.clone(), false, |p, v| p.introduced_by = v) }
                { text_field("Where you met", "person-met", "", person.met.clone(), false, |p, v| p.met = v) }
                { text_field("Good at", "person-good-at", "What they know or do well, so you can point a friend their way.", person.good_at.clone(), true, |p, v| p.good_at = v) }
                { text_field("Cares about or working on", "person-cares", "What matters to them now, so you can send something useful.", person.cares_about.clone(), true, |p, v| p.cares_about = v) }
                { occasion_field(OccasionKind::Birthday) }
                { occasion_field(OccasionKind::WorkAnniversary) }
                <div class="field">
                    <label for="person-cadence">{ "How often to get in touch" }</label>
                    <select id="person-cadence" onchange={on_cadence}>
                        <option value="usual" selected={person.cadence == Cadence::Usual}>{ format!("Usual: every {usual} months") }</option>
                        { for CADENCES.iter().map(|&n| html! {
                            <option value={n.to_string()} selected={person.cadence == Cadence::Months(n)}>
                                { if n == 1 { "Every month".to_string() } else { format!("Every {n} months") } }
                            </option>
                        }) }
                        <option value="off" selected={person.cadence == Cadence::Off}>{ "Off: no reminders" }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="person-last">{ "Last in touch outside Goodwill" }</label>
                    <p class="hint" id="person-last-hint">{ "A coffee, a call, a chat at an event. Messages you mark as sent here count by themselves." }</p>
                    <input id="person-last" type="date" aria-describedby="person-last-hint"
                        value={person.last_contact.map(|t| Day::of(t).iso()).unwrap_or_default()} onchange={on_last} />
                    <p><button type="button" class="button-secondary" onclick={touched_today}>{ "We were in touch today" }</button></p>
                </div>
                { text_field("Notes", "person-notes", "Anything else worth remembering. There is no field for favours: Goodwill keeps no score.", person.notes.clone(), true, |p, v| p.notes = v) }
            </form>
            <section aria-labelledby="messages-title">
                <h2 id="messages-title">{ "Messages to them" }</h2>
                if drafts.is_empty() {
                    <p>{ "None yet. Messages you start from here are listed here." }</p>
                } else {
                    <ul class="draft-list">
                        { for drafts.iter().map(|d| html! {
                            <li class="draft-row">
                                <div class="draft-main">
                                    <h3><a href={Route::Draft { id: d.id.clone() }.href()}>{ title(d) }</a></h3>
                                    <p class="meta">{ match d.sent { Some(at) => format!("Sent {}", at.date()), None => format!("Draft, edited {}", d.updated.date()) } }</p>
                                </div>
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="delete-person-title">
                <h2 id="delete-person-title">{ "Delete" }</h2>
                <p>{ "Removes them from your people. Messages to them are kept." }</p>
                <p><button type="button" class="button-secondary" onclick={delete}>{ format!("Delete {}", person.name) }</button></p>
            </section>
        </article>
    }
}
