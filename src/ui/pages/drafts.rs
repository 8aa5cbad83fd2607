//! The drafter's start page: begin a message of any kind (guided, or by pasting a draft),
//! the list of drafts kept in this browser, and which checker rules are switched off.

use yew::prelude::*;

use crate::drafter;
use crate::etiquette::{Kind, RULES};
use crate::route::Route;
use crate::store::{adapter, Action, Data, Draft};
use crate::ui::focus::use_focus_later;
use crate::ui::plural::plural;
use crate::ui::router::navigate;
use crate::ui::saved::{use_saved, Msg};

/// What a new draft starts with: its kind, the form's first answers, the draft it
/// follows, the person it is to, and (for a draft with no form, like a follow-up) its text.
pub struct Start {
    pub kind: Kind,
    pub form: drafter::Answers,
    pub follows: Option<String>,
    pub person: Option<String>,
    pub body: String,
}

impl Start {
    /// A draft of `kind` with nothing filled in yet.
    pub fn new(kind: Kind) -> Start {
        Start {
            kind,
            form: drafter::Answers::default(),
            follows: None,
            person: None,
            body: String::new(),
        }
    }
}

/// A new, empty draft of `kind` (or the empty one already waiting), and its id.
fn start(
    saved: &crate::ui::saved::SavedHandle,
    kind: Kind,
    follows: Option<(String, drafter::Answers)>,
) -> String {
    let data = &saved.session.data;
    if follows.is_none() {
        if let Some(empty) = data
            .drafts
            .iter()
            .find(|d| d.kind == kind && d.is_blank() && d.person.is_none())
        {
            return empty.id.clone();
        }
    }
    let (follows, form) = follows.map_or((None, drafter::Answers::default()), |(id, form)| {
        (Some(id), form)
    });
    start_with(
        saved,
        Start {
            form,
            follows,
            ..Start::new(kind)
        },
    )
}

/// Saves a new draft as `start` describes (the last sign-off name filled in) and returns
/// its id.
pub fn start_with(saved: &crate::ui::saved::SavedHandle, start: Start) -> String {
    let data = &saved.session.data;
    let now = adapter::now();
    let id = data.new_id("d", now);
    let mut form = start.form;
    if let Some(sender) = data.last_sender() {
        form.entry("sender".to_string())
            .or_insert_with(|| sender.to_string());
    }
    saved.dispatch(Msg::Do(Action::SaveDraft(Draft {
        id: id.clone(),
        kind: start.kind,
        recipient: drafter::recipient(start.kind, &form),
        subject: String::new(),
        body: start.body,
        form,
        created: now,
        updated: now,
        sent: None,
        follows: start.follows,
        ignored: Vec::new(),
        person: start.person,
    })));
    id
}

/// Starts a thank-you for a sent request, carrying its name and ask over.
pub fn thank_for(saved: &crate::ui::saved::SavedHandle, request: &Draft) -> String {
    let form = drafter::thank_you_from_request(&request.form, &request.body);
    start(saved, Kind::ThankYou, Some((request.id.clone(), form)))
}

/// "Request to Ana", "Introduction: Ana and Ben", "Check-in (no name yet)".
pub fn title(d: &Draft) -> String {
    drafter::list_title(d.kind, &d.recipient, &d.body)
}

#[component]
pub fn DraftsPage() -> Html {
    let saved = use_saved();
    let deleted = use_state(|| None::<(Draft, usize)>);
    // What Undo last brought back, said in the same live region as the deletion.
    let restored = use_state(|| None::<String>);
    let focus = use_focus_later();
    let paste_kind = use_state(|| Kind::Request);
    let data: &Data = &saved.session.data;

    let new_buttons = Kind::ALL.iter().map(|&kind| {
        let onclick = {
            let saved = saved.clone();
            Callback::from(move |_| {
                let id = start(&saved, kind, None);
                navigate(&Route::DraftForm { id });
            })
        };
        html! {
            <li class="kind-card">
                <button type="button" {onclick}>{ format!("New {}", kind.label().to_lowercase()) }</button>
                <p>{ drafter::description(kind) }</p>
            </li>
        }
    });

    let paste = {
        let saved = saved.clone();
        let kind = *paste_kind;
        Callback::from(move |_| {
            let now = adapter::now();
            let id = saved.session.data.new_id("d", now);
            saved.dispatch(Msg::Do(Action::SaveDraft(Draft {
                id: id.clone(),
                kind,
                recipient: String::new(),
                subject: String::new(),
                body: String::new(),
                form: Default::default(),
                created: now,
                updated: now,
                sent: None,
                follows: None,
                ignored: Vec::new(),
                person: None,
            })));
            navigate(&Route::Draft { id });
        })
    };
    let on_paste_kind = {
        let paste_kind = paste_kind.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(kind) = select.value().parse::<Kind>() {
                paste_kind.set(kind);
            }
        })
    };

    let mut drafts: Vec<(usize, &Draft)> = data
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.is_blank())
        .collect();
    drafts.sort_by_key(|(_, d)| std::cmp::Reverse(d.updated));
    let rows = drafts.into_iter().map(|(index, d)| {
        let delete = {
            let saved = saved.clone();
            let deleted = deleted.clone();
            let restored = restored.clone();
            let focus = focus.clone();
            let d = d.clone();
            Callback::from(move |_| {
                // The row and its button go: carry on from Undo, which the notice names.
                focus.set("undo-delete");
                restored.set(None);
                deleted.set(Some((d.clone(), index)));
                saved.dispatch(Msg::Do(Action::DeleteDraft { id: d.id.clone() }));
            })
        };
        let status = match d.sent {
            Some(at) => html! { <span class="status status-sent">{ format!("Sent {}", at.date()) }</span> },
            None => html! { <span class="status">{ "Draft" }</span> },
        };
        let first_line = d.body.lines().map(str::trim).find(|l| !l.is_empty() && !l.ends_with(',')).unwrap_or("");
        let snippet: String = first_line.chars().take(90).collect();
        let target = if d.body.trim().is_empty() { Route::DraftForm { id: d.id.clone() } } else { Route::Draft { id: d.id.clone() } };
        let name = title(d);
        html! {
            <li class="draft-row">
                <div class="draft-main">
                    <h3><a id={format!("draft-link-{}", d.id)} href={target.href()}>{ name.clone() }</a></h3>
                    if !snippet.is_empty() { <p class="snippet">{ snippet }{ if first_line.chars().count() > 90 { "…" } else { "" } }</p> }
                    <p class="meta">{ status }{ format!(" · edited {}", d.updated.date()) }</p>
                </div>
                <button type="button" class="button-secondary" onclick={delete}
                    aria-label={format!("Delete {name}")}>{ "Delete" }</button>
            </li>
        }
    }).collect::<Vec<_>>();

    let undo = deleted.as_ref().map(|(draft, index)| {
        let restore = {
            let saved = saved.clone();
            let deleted = deleted.clone();
            let restored = restored.clone();
            let focus = focus.clone();
            let (draft, index) = (draft.clone(), *index);
            Callback::from(move |_| {
                saved.dispatch(Msg::Do(Action::RestoreDraft {
                    draft: draft.clone(),
                    index,
                }));
                deleted.set(None);
                restored.set(Some(format!("Brought back “{}”.", title(&draft))));
                focus.set(format!("draft-link-{}", draft.id));
            })
        };
        html! {
            <p class="notice">
                { format!("Deleted “{}”. ", title(draft)) }
                <button type="button" id="undo-delete" class="button-secondary" onclick={restore}>{ "Undo" }</button>
            </p>
        }
    });
    let restored_notice = restored
        .as_ref()
        .filter(|_| deleted.is_none())
        .map(|message| html! { <p class="notice">{ message.clone() }</p> });

    let off = &data.prefs.disabled_rules;
    let rule_rows = RULES.iter().map(|rule| {
        let enabled = !off.contains(rule.id);
        let onchange = {
            let saved = saved.clone();
            let id = rule.id.to_string();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                saved.dispatch(Msg::Do(Action::SetRule { rule: id.clone(), enabled: input.checked() }));
            })
        };
        let input_id = format!("rule-{}", rule.id);
        html! {
            <li>
                <input type="checkbox" id={input_id.clone()} checked={enabled} {onchange} />
                <label for={input_id}><strong>{ rule.title }</strong>{ ": " }{ rule.summary }</label>
            </li>
        }
    });

    html! {
        <article class="drafts-page">
            <h1 tabindex="-1">{ "Drafter" }</h1>
            <p class="lead">
                { "Write a specific ask, a real thank-you, an introduction or a check-in. \
                   Goodwill checks it as you type, names what to change and why, and keeps \
                   every draft in this browser." }
            </p>
            <section aria-labelledby="new-title">
                <h2 id="new-title">{ "Start a message" }</h2>
                <p>{ "Answer a few short questions and get a first draft to edit." }</p>
                <ul class="kind-cards">{ for new_buttons }</ul>
                <div class="paste-row">
                    <label for="paste-kind">{ "Already written something? Check it as a" }</label>
                    <select id="paste-kind" onchange={on_paste_kind}>
                        { for Kind::ALL.iter().map(|k| html! {
                            <option value={k.as_str()} selected={*k == *paste_kind}>{ k.label().to_lowercase() }</option>
                        }) }
                    </select>
                    <button type="button" class="button-secondary" onclick={paste}>{ "Paste and check" }</button>
                </div>
            </section>
            <section aria-labelledby="list-title">
                <h2 id="list-title">{ "Your drafts" }</h2>
                <div aria-live="polite">{ for undo }{ for restored_notice }</div>
                if rows.is_empty() {
                    <p>{ "None yet. The drafts you start are kept here, in this browser only." }</p>
                } else {
                    <ul class="draft-list">{ for rows }</ul>
                }
            </section>
            <section aria-labelledby="rules-title">
                <h2 id="rules-title">{ "Checker rules" }</h2>
                <details>
                    <summary>{ if off.is_empty() { "All rules are on".to_string() } else { format!("{} switched off", plural(off.len(), "rule", "rules")) } }</summary>
                    <p>{ "Untick a rule to stop it checking any draft. “Ignore here” in the editor silences one finding in one draft instead." }</p>
                    <ul class="rule-toggles">{ for rule_rows }</ul>
                </details>
            </section>
        </article>
    }
}
