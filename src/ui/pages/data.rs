//! "Your data": what Goodwill keeps in this browser, and the user's controls over it:
//! download a copy, restore from a file (preview, then confirm), and delete everything.

use yew::prelude::*;

use crate::store::{adapter, transfer, Action, Data, Mode};
use crate::ui::files;
use crate::ui::focus::use_focus_later;
use crate::ui::plural::plural;
use crate::ui::saved::{use_saved, Msg};

/// Where the import is up to.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Reading,
    /// A valid file, waiting for the user to confirm.
    Ready {
        name: String,
        // Boxed: a whole store is far bigger than the other states.
        incoming: Box<Data>,
        preview: transfer::Preview,
        unreadable: usize,
    },
    Failed(String),
    Done(String),
}

#[component]
pub fn DataPage() -> Html {
    let saved = use_saved();
    let import = use_state(|| Import::Idle);
    let confirming_delete = use_state(|| false);
    // Said under "Delete everything" once it is done, where the user pressed the button.
    let deleted = use_state(|| false);
    let focus = use_focus_later();
    let file_input = use_node_ref();
    let data = &saved.session.data;

    let export = {
        let saved = saved.clone();
        Callback::from(move |_| {
            let now = adapter::now();
            let text = transfer::export(&saved.session.data, now);
            if files::download(&transfer::file_name(now), &text, "application/json") {
                saved.dispatch(Msg::Do(Action::Exported { at: now }));
            }
        })
    };

    let on_pick = {
        let import = import.clone();
        let saved = saved.clone();
        let focus = focus.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            import.set(Import::Reading);
            let import = import.clone();
            let focus = focus.clone();
            let current = saved.session.data.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let next = match files::read_text(file).await {
                    Err(message) => Import::Failed(message),
                    Ok(text) => match transfer::read_export(&text) {
                        Err(error) => Import::Failed(format!("“{name}”: {error}")),
                        Ok(incoming) => Import::Ready {
                            name,
                            preview: transfer::preview(&current, &incoming.data),
                            unreadable: incoming.unreadable,
                            incoming: Box::new(incoming.data),
                        },
                    },
                };
                // On a phone the preview opens below the fold: bring it into view and
                // focus it, so the choice of file visibly led somewhere.
                focus.set(match next {
                    Import::Ready { .. } => "import-title",
                    _ => "import-result",
                });
                import.set(next);
            });
        })
    };

    let import_panel = match &*import {
        Import::Idle => html! {},
        Import::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        Import::Failed(message) => html! {
            <p class="notice notice-warning" role="alert" id="import-result" tabindex="-1">{ message.clone() }</p>
        },
        Import::Done(message) => html! {
            <p class="notice" role="status" id="import-result" tabindex="-1">{ message.clone() }</p>
        },
        Import::Ready {
            name,
            incoming,
            preview,
            unreadable,
        } => {
            let confirm = {
                let saved = saved.clone();
                let import = import.clone();
                let incoming = incoming.clone();
                let name = name.clone();
                let focus = focus.clone();
                let changes = describe(preview);
                Callback::from(move |_| {
                    saved.dispatch(Msg::Do(Action::Import((*incoming).clone())));
                    let what = if changes.is_empty() {
                        "nothing needed to change".to_string()
                    } else {
                        format!("it did {}", changes.join("; "))
                    };
                    import.set(Import::Done(format!("Imported “{name}”: {what}.")));
                    focus.set("import-result");
                })
            };
            let cancel = {
                let import = import.clone();
                let focus = focus.clone();
                Callback::from(move |_| {
                    focus.set("import-result");
                    import.set(Import::Done(
                        "Import cancelled: nothing was changed.".into(),
                    ))
                })
            };
            let changes = describe(preview);
            html! {
                <div class="confirm" role="group" aria-labelledby="import-title">
                    <h3 id="import-title" tabindex="-1">{ format!("Import “{name}”?") }</h3>
                    if changes.is_empty() {
                        <p>{ "This file holds nothing that isn’t already here. Importing it changes nothing." }</p>
                    } else {
                        <p>{ "Importing this file will:" }</p>
                        <ul>{ for changes.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                        <p>{ "Nothing that is only in this browser will be removed." }</p>
                    }
                    if *unreadable > 0 {
                        <p>{ format!("{} in the file could not be read; they will be kept aside, not lost.",
                            plural(*unreadable, "item", "items")) }</p>
                    }
                    <p class="actions">
                        <button type="button" onclick={confirm}>{ "Import" }</button>
                        <button type="button" class="button-secondary" onclick={cancel}>{ "Cancel" }</button>
                    </p>
                </div>
            }
        }
    };

    let delete_panel = if *confirming_delete {
        let confirm = {
            let saved = saved.clone();
            let confirming = confirming_delete.clone();
            let import = import.clone();
            let deleted = deleted.clone();
            let focus = focus.clone();
            Callback::from(move |_| {
                for key in saved.corrupt_keys.clone() {
                    saved.dispatch(Msg::CorruptRemoved(key));
                }
                saved.dispatch(Msg::Do(Action::DeleteEverything));
                confirming.set(false);
                import.set(Import::Idle);
                deleted.set(true);
                focus.set("delete-result");
            })
        };
        let cancel = {
            let confirming = confirming_delete.clone();
            let focus = focus.clone();
            Callback::from(move |_| {
                confirming.set(false);
                focus.set("delete-open");
            })
        };
        let mut going = inventory(data);
        if !saved.corrupt_keys.is_empty() {
            going.push(plural(
                saved.corrupt_keys.len(),
                "damaged copy",
                "damaged copies",
            ));
        }
        html! {
            <div class="confirm confirm-danger" role="group" aria-labelledby="delete-title">
                <h3 id="delete-title" tabindex="-1">{ "Delete everything?" }</h3>
                if going.is_empty() {
                    <p>{ "There is nothing saved to delete." }</p>
                } else {
                    <p>{ "This deletes, from this browser:" }</p>
                    <ul>{ for going.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                    <p>{ "It cannot be undone. Download a copy first if you might want any of it back." }</p>
                }
                <p class="actions">
                    <button type="button" class="button-danger" onclick={confirm}>{ "Delete everything" }</button>
                    <button type="button" class="button-secondary" onclick={cancel}>{ "Keep my data" }</button>
                </p>
            </div>
        }
    } else {
        let open = {
            let confirming = confirming_delete.clone();
            let deleted = deleted.clone();
            let focus = focus.clone();
            Callback::from(move |_| {
                deleted.set(false);
                confirming.set(true);
                focus.set("delete-title");
            })
        };
        html! {
            <p><button type="button" id="delete-open" class="button-secondary" onclick={open}>{ "Delete everything…" }</button></p>
        }
    };

    let kept = inventory(data);
    let where_kept = match saved.session.mode {
        Mode::Kept => match saved.persisted {
            Some(true) => "Saved in this browser, which has agreed to keep it even when space runs low.",
            _ => "Saved in this browser. It may be cleared if the browser runs short of space or you clear site data, so keep a copy.",
        },
        Mode::Memory => "Not being kept: this browser does not let the site store data, so it lasts only while this tab is open.",
        Mode::ReadOnly(_) => "Saved by a newer version of Goodwill: shown here, but changes are not saved until you reload.",
    };
    let last_export = match data.last_export {
        Some(at) => html! { <p>{ format!("You last downloaded a copy on {}.", at.date()) }</p> },
        None if !data.is_empty() => html! {
            <p class="nudge">{ "You have never downloaded a copy. It takes a second and is the only backup there is." }</p>
        },
        None => html! {},
    };

    let damaged = (!saved.corrupt_keys.is_empty() || !data.set_aside.is_empty()).then(|| {
        let copies = saved.corrupt_keys.iter().map(|key| {
            let download = {
                let key = key.clone();
                Callback::from(move |_| {
                    if let Some(text) = adapter::read_corrupt(&key) {
                        files::download("goodwill-damaged-data.json", &text, "application/json");
                    }
                })
            };
            let remove = {
                let key = key.clone();
                let saved = saved.clone();
                Callback::from(move |_| saved.dispatch(Msg::CorruptRemoved(key.clone())))
            };
            let when = key.trim_start_matches(crate::store::CORRUPT_PREFIX).replace('T', " at ");
            html! {
                <li>
                    { format!("Unreadable saved data, set aside on {}", when.trim_end_matches('Z')) }
                    <span class="actions">
                        <button type="button" class="button-secondary" onclick={download}>{ "Download" }</button>
                        <button type="button" class="button-secondary" onclick={remove}>{ "Delete" }</button>
                    </span>
                </li>
            }
        });
        let set_aside = (!data.set_aside.is_empty()).then(|| {
            let download = {
                let records = data.set_aside.clone();
                Callback::from(move |_| {
                    let text = crate::store::json::pretty(&records);
                    files::download("goodwill-unreadable-items.json", &text, "application/json");
                })
            };
            let forget = {
                let saved = saved.clone();
                Callback::from(move |_| saved.dispatch(Msg::Do(Action::ForgetSetAside)))
            };
            html! {
                <li>
                    { format!("{} could not be read and {} kept aside.",
                        plural(data.set_aside.len(), "saved item", "saved items"),
                        if data.set_aside.len() == 1 { "is" } else { "are" }) }
                    <span class="actions">
                        <button type="button" class="button-secondary" onclick={download}>{ "Download" }</button>
                        <button type="button" class="button-secondary" onclick={forget}>{ "Forget them" }</button>
                    </span>
                </li>
            }
        });
        html! {
            <section aria-labelledby="damaged-title">
                <h2 id="damaged-title">{ "Kept aside" }</h2>
                <p>{ "Goodwill never throws away data it cannot read. Download it to look inside, or delete it once you are sure." }</p>
                <ul class="kept-aside">{ for copies }{ for set_aside }</ul>
            </section>
        }
    });

    let pick = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };

    html! {
        <article class="data-page">
            <h1 tabindex="-1">{ "Your data" }</h1>
            <p class="lead">
                { "Everything Goodwill keeps lives in this browser on this device, and nowhere else: \
                   no account, no server, no copy. These controls are the only way in or out." }
            </p>
            <section aria-labelledby="kept-title">
                <h2 id="kept-title">{ "What is kept" }</h2>
                if kept.is_empty() {
                    <p>{ "Nothing yet. Drafts, quiz results and your plan will appear here as you make them." }</p>
                } else {
                    <ul>{ for kept.into_iter().map(|k| html! { <li>{ k }</li> }) }</ul>
                }
                <p class="muted">{ where_kept }</p>
            </section>
            <section aria-labelledby="export-title">
                <h2 id="export-title">{ "Download a copy" }</h2>
                <p>{ "One JSON file with everything above. Keep it somewhere safe, or use it to move to another browser." }</p>
                { last_export }
                <p><button type="button" onclick={export}>{ "Download a copy" }</button></p>
            </section>
            <section aria-labelledby="import-heading">
                <h2 id="import-heading">{ "Restore from a file" }</h2>
                <p>{ "Pick a file you downloaded from Goodwill. You will see what it changes before anything does." }</p>
                <input ref={file_input} id="import-file" type="file" accept=".json,application/json"
                    class="visually-hidden" tabindex="-1" aria-hidden="true" onchange={on_pick} />
                <p><button type="button" class="button-secondary" onclick={pick}>{ "Choose a file…" }</button></p>
                <div aria-live="polite">{ import_panel }</div>
            </section>
            { for damaged }
            <section aria-labelledby="delete-heading">
                <h2 id="delete-heading">{ "Delete everything" }</h2>
                <p>{ "Removes all of Goodwill’s data from this browser. Nothing of any other site is touched." }</p>
                <div aria-live="polite">
                    if *deleted {
                        <p class="notice" role="status" id="delete-result" tabindex="-1">
                            { "Everything Goodwill kept in this browser was deleted. \
                               If you downloaded a copy, “Restore from a file” brings it back." }
                        </p>
                    }
                </div>
                { delete_panel }
            </section>
        </article>
    }
}

/// What is kept, as short lines for people: "3 drafts (1 sent)", "2 quiz results"...
fn inventory(data: &Data) -> Vec<String> {
    let mut lines = Vec::new();
    if !data.drafts.is_empty() {
        let sent = data.drafts.iter().filter(|d| d.sent.is_some()).count();
        let mut line = plural(data.drafts.len(), "draft", "drafts");
        if sent > 0 {
            line.push_str(&format!(" ({sent} marked sent)"));
        }
        lines.push(line);
    }
    if !data.results.is_empty() {
        lines.push(plural(data.results.len(), "quiz result", "quiz results"));
    }
    if !data.people.is_empty() {
        lines.push(plural(
            data.people.len(),
            "person you keep in touch with",
            "people you keep in touch with",
        ));
    }
    if let Some(progress) = &data.quiz_progress {
        lines.push(format!(
            "a quiz in progress ({} answered)",
            progress.answers.len()
        ));
    }
    if let Some(plan) = &data.plan {
        let done = plan.items.iter().filter(|i| i.done).count();
        lines.push(format!("your plan ({done} of {} done)", plan.items.len()));
    }
    if !data.prefs.disabled_rules.is_empty() {
        lines.push(format!(
            "your preferences ({} switched off)",
            plural(
                data.prefs.disabled_rules.len(),
                "checker rule",
                "checker rules"
            )
        ));
    }
    if !data.set_aside.is_empty() {
        lines.push(plural(
            data.set_aside.len(),
            "unreadable item kept aside",
            "unreadable items kept aside",
        ));
    }
    lines
}

/// The import preview in words, one change per line.
fn describe(p: &transfer::Preview) -> Vec<String> {
    let mut out = Vec::new();
    let pair = |added: usize, replaced: usize, one: &str, many: &str, out: &mut Vec<String>| {
        if added > 0 {
            out.push(format!("add {}", plural(added, one, many)));
        }
        if replaced > 0 {
            out.push(format!(
                "replace {} with the file’s version",
                plural(
                    replaced,
                    &format!("{one} you already have"),
                    &format!("{many} you already have")
                )
            ));
        }
    };
    pair(
        p.drafts_added,
        p.drafts_replaced,
        "draft",
        "drafts",
        &mut out,
    );
    pair(
        p.results_added,
        p.results_replaced,
        "quiz result",
        "quiz results",
        &mut out,
    );
    pair(
        p.people_added,
        p.people_replaced,
        "person",
        "people",
        &mut out,
    );
    match p.plan {
        transfer::PlanChange::Keep => {}
        transfer::PlanChange::Add => out.push("add the file’s weekly plan".into()),
        transfer::PlanChange::Newer => {
            out.push("use the file’s weekly plan, which is newer than yours".into())
        }
        transfer::PlanChange::Other => {
            out.push("use the file’s version of your weekly plan and its ticks".into())
        }
    }
    if p.prefs_replaced {
        out.push("use the file’s preferences".into());
    }
    if p.set_aside > 0 {
        out.push(format!(
            "bring {} kept aside",
            plural(p.set_aside, "unreadable item", "unreadable items")
        ));
    }
    out
}
