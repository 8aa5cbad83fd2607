//! The guided form for a draft: a few questions per kind, a live preview of the draft they
//! make, and "Write my draft", which puts that text in the editor. Answers save as typed.

use yew::prelude::*;

use crate::drafter::{self, Answers, Field, Input, CHECKED};
use crate::route::Route;
use crate::store::{adapter, Action, Draft};
use crate::ui::router::navigate;
use crate::ui::saved::{use_saved, Msg};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component]
pub fn DraftForm(props: &Props) -> Html {
    let saved = use_saved();
    let confirming = use_state(|| false);
    let Some(draft) = saved.session.data.draft(&props.id).cloned() else {
        return html! { <super::draft_editor::Missing /> };
    };
    let kind = draft.kind;
    let answers = draft.form.clone();
    let composed = drafter::compose(kind, &answers);

    let set = {
        let saved = saved.clone();
        let draft = draft.clone();
        Callback::from(move |(field, value): (String, String)| {
            let mut next = draft.clone();
            if value.is_empty() {
                next.form.remove(&field);
            } else {
                next.form.insert(field, value);
            }
            next.recipient = drafter::recipient(kind, &next.form);
            next.updated = adapter::now();
            saved.dispatch(Msg::Do(Action::SaveDraft(next)));
        })
    };

    let write = {
        let saved = saved.clone();
        let draft = draft.clone();
        let composed = composed.clone();
        let confirming = confirming.clone();
        Callback::from(move |replace: bool| {
            if !replace && !draft.body.trim().is_empty() && draft.body != composed.body {
                confirming.set(true);
                return;
            }
            let next = Draft {
                subject: composed.subject.clone(),
                body: composed.body.clone(),
                updated: adapter::now(),
                ..draft.clone()
            };
            saved.dispatch(Msg::Do(Action::SaveDraft(next)));
            navigate(&Route::Draft {
                id: draft.id.clone(),
            });
        })
    };
    let onsubmit = {
        let write = write.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            write.emit(false);
        })
    };

    let missing = drafter::missing(kind, &answers);
    let fields = drafter::shown_fields(kind, &answers);
    let labels: Vec<&str> = missing
        .iter()
        .filter_map(|id| fields.iter().find(|f| f.id == *id).map(|f| f.label))
        .collect();

    let confirm = (*confirming).then(|| {
        let replace = {
            let write = write.clone();
            Callback::from(move |_| write.emit(true))
        };
        let keep = {
            let id = draft.id.clone();
            Callback::from(move |_| navigate(&Route::Draft { id: id.clone() }))
        };
        html! {
            <div class="confirm" role="group" aria-labelledby="replace-title">
                <h3 id="replace-title">{ "Replace the text you wrote?" }</h3>
                <p>{ "This draft already has text of yours. Writing from the answers replaces it." }</p>
                <p class="actions">
                    <button type="button" onclick={replace}>{ "Replace it" }</button>
                    <button type="button" class="button-secondary" onclick={keep}>{ "Keep my text" }</button>
                </p>
            </div>
        }
    });

    html! {
        <article class="draft-form">
            <p class="crumbs"><a href={Route::Drafts.href()}>{ "Drafter" }</a></p>
            <h1 tabindex="-1">{ format!("{}: a few questions", kind.label()) }</h1>
            <p class="lead">{ drafter::description(kind) }</p>
            <div class="form-layout">
                <form class="questions" {onsubmit} novalidate=true>
                    { for fields.iter().map(|f| field(f, &answers, &set)) }
                    if !labels.is_empty() {
                        <p class="still-to-answer">
                            { "Still to answer: " }{ labels.join(", ") }
                            { ". You can write the draft now; the gaps show as [brackets] to fill in." }
                        </p>
                    }
                    { for confirm }
                    <p class="actions">
                        <button type="submit">{ "Write my draft" }</button>
                        <a href={Route::Draft { id: draft.id.clone() }.href()} class="skip-form">
                            { "Skip the questions and write it myself" }
                        </a>
                    </p>
                </form>
                <section class="preview" aria-labelledby="preview-title">
                    <h2 id="preview-title">{ "Preview" }</h2>
                    if !composed.subject.is_empty() {
                        <p class="preview-subject"><span class="muted">{ "Subject: " }</span>{ composed.subject.clone() }</p>
                    }
                    <div class="preview-body">{ composed.body.clone() }</div>
                </section>
            </div>
        </article>
    }
}

/// One question, as the right native control. Hints are tied to their inputs so screen
/// readers read them after the label.
fn field(f: &Field, answers: &Answers, set: &Callback<(String, String)>) -> Html {
    let id = format!("field-{}", f.id);
    let hint_id = format!("{id}-hint");
    let value = answers.get(f.id).cloned().unwrap_or_default();
    let required = f
        .required
        .then(|| html! { <span class="muted">{ " (needed)" }</span> });
    let hint =
        (!f.hint.is_empty()).then(|| html! { <p class="hint" id={hint_id.clone()}>{ f.hint }</p> });
    let described = (!f.hint.is_empty()).then(|| hint_id.clone());
    let text_input = {
        let set = set.clone();
        let key = f.id.to_string();
        Callback::from(move |e: InputEvent| {
            let value = match e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            };
            set.emit((key.clone(), value));
        })
    };
    match f.input {
        Input::Short => html! {
            <div class="field">
                <label for={id.clone()}>{ f.label }{ required }</label>
                { hint }
                <input type="text" id={id} value={value} oninput={text_input} aria-describedby={described} autocomplete="off" />
            </div>
        },
        Input::Long => html! {
            <div class="field">
                <label for={id.clone()}>{ f.label }{ required }</label>
                { hint }
                <textarea id={id} rows="3" value={value} oninput={text_input} aria-describedby={described} />
            </div>
        },
        Input::Checkbox => {
            let onchange = {
                let set = set.clone();
                let key = f.id.to_string();
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    set.emit((
                        key.clone(),
                        if input.checked() {
                            CHECKED.to_string()
                        } else {
                            String::new()
                        },
                    ));
                })
            };
            html! {
                <div class="field field-check">
                    <input type="checkbox" id={id.clone()} checked={value == CHECKED} {onchange} aria-describedby={described} />
                    <label for={id}>{ f.label }{ required }</label>
                    { hint }
                </div>
            }
        }
        Input::Choice(options) => html! {
            <fieldset class="field" aria-describedby={described}>
                <legend>{ f.label }{ required }</legend>
                { hint }
                { for options.iter().map(|o| {
                    let option_id = format!("{id}-{}", o.value);
                    let onchange = {
                        let set = set.clone();
                        let key = f.id.to_string();
                        let v = o.value.to_string();
                        Callback::from(move |_: Event| set.emit((key.clone(), v.clone())))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={option_id.clone()} name={id.clone()} value={o.value}
                                checked={value == o.value} {onchange} />
                            <label for={option_id}>{ o.label }</label>
                        </div>
                    }
                }) }
            </fieldset>
        },
    }
}
