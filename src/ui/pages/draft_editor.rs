//! The editor: the draft in a plain text area, findings marked on the words and listed with
//! their rule, explanation and fix, the readiness summary, and the ways to send it. Every
//! change is saved as it happens and sent to the checker's Web Worker (`ui::checker`).

use std::rc::Rc;

use yew::prelude::*;

use crate::drafter::wire::CheckRequest;
use crate::drafter::{self, Ignored};
use crate::etiquette::{Fix, Kind};
use crate::route::Route;
use crate::store::{adapter, Action, Draft};
use crate::ui::checker::{use_checker, Heard};
use crate::ui::clipboard;
use crate::ui::components::{Findings, HighlightedText, ReadinessPanel};
use crate::ui::focus::{focus_by_id, use_focus_later};
use crate::ui::pages::drafts::{thank_for, title};
use crate::ui::router::navigate;
use crate::ui::saved::{use_saved, Msg};
use crate::ui::textarea;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// What the editor shows: the worker's last findings, carried onto the text as it is now.
#[derive(PartialEq)]
struct Checked {
    report: Rc<Vec<crate::etiquette::Diagnostic>>,
    /// Whether each finding is about the whole message, as the worker told: what an Ignore
    /// of it anchors to ([`Ignored::anchor`]).
    whole: Rc<Vec<bool>>,
    readiness: Option<drafter::Readiness>,
    pieces: Rc<Vec<drafter::Piece>>,
    /// The side list's cards, repeats grouped.
    groups: Rc<Vec<drafter::Group>>,
    /// Microseconds from sending the last check to its answer, for the benchmark.
    micros: u64,
    /// The draft has changed since the findings shown were made.
    pending: bool,
}

impl Checked {
    /// What to show for `now`, the draft as it is, from the last answer heard: its findings
    /// moved onto the text as it is now, less any the user has ignored since.
    fn new(now: &CheckRequest, heard: Option<&Heard>) -> Checked {
        let text = now.text.as_str();
        let Some(heard) = heard else {
            return Checked {
                report: Rc::default(),
                whole: Rc::default(),
                readiness: None,
                pieces: Rc::new(drafter::pieces(text, &[])),
                groups: Rc::default(),
                micros: 0,
                pending: true,
            };
        };
        let reply = &heard.reply;
        // Ignores made since the answer was asked for take their findings away at once.
        let ignored_since = heard.request.ignored != now.ignored;
        let (report, whole): (Vec<_>, Vec<_>) =
            drafter::rebase(&heard.request.text, text, &reply.diagnostics)
                .into_iter()
                .filter_map(|(i, d)| Some((d, *reply.whole.get(i)?)))
                .filter(|(d, whole)| {
                    !ignored_since || !now.ignored.contains(&Ignored::anchor(d, text, *whole))
                })
                .unzip();
        Checked {
            pieces: Rc::new(drafter::pieces(text, &report)),
            groups: Rc::new(drafter::groups(text, &report)),
            report: Rc::new(report),
            whole: Rc::new(whole),
            readiness: Some(reply.readiness.clone()),
            micros: heard.micros,
            pending: *heard.request != *now,
        }
    }
}

#[component]
pub fn DraftEditor(props: &Props) -> Html {
    let saved = use_saved();
    let found = saved.session.data.draft(&props.id).cloned();
    // The text lives here while the user types, so a change arriving from another tab never
    // overwrites what they are typing; every keystroke is also saved.
    let text = use_state(|| Rc::new(found.as_ref().map(|d| d.body.clone()).unwrap_or_default()));
    let active = use_state(|| None::<usize>);
    let copied = use_state(|| None::<&'static str>);
    let focus = use_focus_later();
    let area = use_node_ref();

    let off: Vec<String> = saved
        .session
        .data
        .prefs
        .disabled_rules
        .iter()
        .cloned()
        .collect();
    let (kind, form, ignored) = found
        .as_ref()
        .map(|d| (d.kind, d.form.clone(), d.ignored.clone()))
        .unwrap_or((Kind::Request, Default::default(), Vec::new()));
    let request = CheckRequest {
        id: 0,
        kind,
        text: (*text).to_string(),
        answers: form,
        ignored,
        off,
    };
    let checker = use_checker(request.clone());
    let checked = use_memo((request, checker.last.clone()), |(now, heard)| {
        Checked::new(now, heard.as_ref())
    });

    let Some(draft) = found else {
        return html! { <Missing /> };
    };

    let save = {
        let saved = saved.clone();
        let draft = draft.clone();
        move |change: &dyn Fn(&mut Draft)| {
            let mut next = draft.clone();
            change(&mut next);
            next.updated = adapter::now();
            saved.dispatch(Msg::Do(Action::SaveDraft(next)));
        }
    };
    let save = Rc::new(save);

    let oninput = {
        let text = text.clone();
        let save = save.clone();
        let copied = copied.clone();
        Callback::from(move |value: String| {
            copied.set(None);
            let body = value.clone();
            save(&move |d: &mut Draft| d.body = body.clone());
            text.set(Rc::new(value));
        })
    };
    let oncaret = {
        let active = active.clone();
        let checked = checked.clone();
        let text = text.clone();
        Callback::from(move |caret: usize| {
            active.set(drafter::finding_at(&text, &checked.report, caret))
        })
    };
    let utf16 = {
        let text = text.clone();
        move |start: usize, end: usize| {
            let span = crate::etiquette::Span::new(start, end);
            span.to_utf16(&text)
        }
    };
    let onshow = {
        let checked = checked.clone();
        let area = area.clone();
        let active = active.clone();
        let utf16 = utf16.clone();
        Callback::from(move |i: usize| {
            let span = checked.report[i].span;
            let (start, end) = utf16(span.start, span.end);
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                textarea::select(&el, start, end);
            }
            active.set(Some(i));
        })
    };
    let onfix = {
        let checked = checked.clone();
        let area = area.clone();
        let utf16 = utf16.clone();
        Callback::from(move |i: usize| {
            let Some(fix) = checked.report[i].fix.clone() else {
                return;
            };
            let (start, end, with) = match fix {
                Fix::Replace { start, end, text } => (start, end, text),
                Fix::Insert { at, text } => (at, at, text),
                Fix::Remove { start, end } => (start, end, String::new()),
            };
            let (start, end) = utf16(start, end);
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                // As if typed: the input event saves it, and Ctrl+Z takes it back.
                textarea::replace(&el, start, end, &with);
            }
        })
    };
    let onfixall = {
        let checked = checked.clone();
        let area = area.clone();
        let utf16 = utf16.clone();
        let text = text.clone();
        Callback::from(move |g: usize| {
            let Some(group) = checked.groups.get(g) else {
                return;
            };
            let Some((start, end, with)) = drafter::fix_all(&text, &checked.report, group) else {
                return;
            };
            let (start, end) = utf16(start, end);
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                // One edit for them all, so one Ctrl+Z takes them all back.
                textarea::replace(&el, start, end, &with);
            }
        })
    };
    let onignore = {
        let checked = checked.clone();
        let text = text.clone();
        let save = save.clone();
        let active = active.clone();
        Callback::from(move |members: Vec<usize>| {
            let entries: Vec<Ignored> = members
                .iter()
                .filter_map(|&i| {
                    let whole = *checked.whole.get(i)?;
                    Some(Ignored::anchor(checked.report.get(i)?, &text, whole))
                })
                .collect();
            save(&move |d: &mut Draft| {
                for entry in &entries {
                    if !d.ignored.contains(entry) {
                        d.ignored.push(entry.clone());
                    }
                }
            });
            active.set(None);
            // The button goes with its finding; carry on from the panel's heading, whose
            // live summary announces the new count, so a second Enter ignores nothing.
            focus_by_id("findings-title");
        })
    };
    let onunignore = {
        let save = save.clone();
        Callback::from(move |_| save(&|d: &mut Draft| d.ignored.clear()))
    };
    let onruleoff = {
        let saved = saved.clone();
        Callback::from(move |rule: &'static str| {
            saved.dispatch(Msg::Do(Action::SetRule {
                rule: rule.to_string(),
                enabled: false,
            }));
        })
    };

    let short_input = |label: &'static str,
                       id: &'static str,
                       value: String,
                       set: fn(&mut Draft, String),
                       wide: bool| {
        let save = save.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            save(&move |d: &mut Draft| set(d, value.clone()));
        });
        html! {
            // A wide field (the subject) takes a row of its own, so its text shows whole.
            <div class={classes!("field", "field-inline", wide.then_some("field-wide"))}>
                <label for={id}>{ label }</label>
                <input type="text" {id} {value} {oninput} autocomplete="off" />
            </div>
        }
    };

    let on_kind = {
        let save = save.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(kind) = select.value().parse::<Kind>() {
                save(&move |d: &mut Draft| d.kind = kind);
            }
        })
    };

    let copy = {
        let text = text.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            clipboard::copy(text.to_string(), move |ok| {
                copied.set(Some(if ok {
                    "Copied. Paste it into your email or message."
                } else {
                    "Your browser did not allow copying: select the text (Ctrl+A) and copy it yourself."
                }));
            });
        })
    };
    let mail = drafter::mailto(&draft.subject, &text);
    let sent = draft.sent;
    let mark = {
        let saved = saved.clone();
        let id = draft.id.clone();
        let copied = copied.clone();
        let focus = focus.clone();
        let request = draft.kind == Kind::Request;
        Callback::from(move |_| {
            let at = adapter::now();
            let action = match sent {
                None => Action::MarkSent { id: id.clone(), at },
                Some(_) => Action::MarkUnsent { id: id.clone(), at },
            };
            saved.dispatch(Msg::Do(action));
            // Said in the status line, and focus stays on the button whatever re-renders.
            copied.set(Some(match (sent, request) {
                (Some(_), _) => "Marked as not sent.",
                (None, true) => "Marked as sent. When they have helped, thank them from here.",
                (None, false) => "Marked as sent.",
            }));
            focus.set("mark-sent");
        })
    };
    let thank = (draft.kind == Kind::Request && sent.is_some()).then(|| {
        let saved = saved.clone();
        let request = draft.clone();
        let onclick = Callback::from(move |_| {
            let id = thank_for(&saved, &request);
            navigate(&Route::DraftForm { id });
        });
        html! {
            <p class="follow-up">
                { "Did they help? Close the loop: " }
                <button type="button" {onclick}>{ "Thank them" }</button>
            </p>
        }
    });

    let has_form = !draft.form.is_empty();
    html! {
        <article class="editor" data-check-us={checked.micros.to_string()}>
            <p class="crumbs"><a href={Route::Drafts.href()}>{ "Drafter" }</a></p>
            <h1 tabindex="-1">{ title(&draft) }</h1>
            <div class="editor-layout">
                <div class="editor-main">
                    <div class="editor-meta">
                        { short_input("To", "draft-to", draft.recipient.clone(), |d, v| d.recipient = v, false) }
                        <div class="field field-inline">
                            <label for="draft-kind">{ "Kind" }</label>
                            <select id="draft-kind" onchange={on_kind}>
                                { for Kind::ALL.iter().map(|k| html! {
                                    <option value={k.as_str()} selected={*k == draft.kind}>{ k.label() }</option>
                                }) }
                            </select>
                        </div>
                        if draft.kind == Kind::Request {
                            { short_input("Introduced by", "draft-introducer",
                                drafter::introducer(&draft.form).to_string(),
                                |d, v| drafter::set_introducer(&mut d.form, &v), false) }
                        }
                        { short_input("Subject", "draft-subject", draft.subject.clone(), |d, v| d.subject = v, true) }
                    </div>
                    <HighlightedText text={(*text).clone()} pieces={checked.pieces.clone()} active={*active}
                        area={area.clone()} label="Your message" described_by="findings-summary"
                        oninput={oninput} oncaret={oncaret} />
                    <p class="editor-tools">
                        if has_form {
                            <a href={Route::DraftForm { id: draft.id.clone() }.href()}>{ "Back to the questions" }</a>
                        } else {
                            <a href={Route::DraftForm { id: draft.id.clone() }.href()}>{ "Answer a few questions for a first draft" }</a>
                        }
                        <span class="muted">{ " · Saved in this browser as you type. Ctrl+Z undoes a fix." }</span>
                    </p>
                </div>
                <aside class="editor-side" aria-label="Checks and readiness" aria-busy={checked.pending.to_string()}>
                    if let Some(why) = checker.failed.clone() {
                        <p class="notice notice-warning" role="alert">{ why }</p>
                    }
                    if let Some(readiness) = checked.readiness.clone() {
                        <ReadinessPanel {readiness} />
                        <Findings diagnostics={checked.report.clone()} groups={checked.groups.clone()}
                            total={checked.report.len()} text={(*text).clone()} active={*active}
                            ignored={draft.ignored.len()} {onshow} {onfix} {onfixall} {onignore} {onruleoff} {onunignore} />
                    } else if checker.failed.is_none() {
                        <p class="muted" role="status">{ "Checking your draft…" }</p>
                    }
                </aside>
                    <section class="send editor-send" aria-labelledby="send-title">
                        <h2 id="send-title">{ "Send it" }</h2>
                        <p class="actions">
                            <button type="button" onclick={copy}>{ "Copy the message" }</button>
                            <a class="button button-outline" href={mail.href.clone()}>
                                { if mail.too_long { "Open an email with the subject" } else { "Open in my email app" } }
                            </a>
                            <button type="button" id="mark-sent" class="button-secondary" onclick={mark}>
                                { if sent.is_some() { "Mark as not sent" } else { "Mark as sent" } }
                            </button>
                        </p>
                        <p role="status" class="copied">{ copied.unwrap_or("") }</p>
                        if mail.too_long {
                            <p class="muted">{ "This message is too long to travel in an email link: copy it, then paste it into the email." }</p>
                        }
                        if let Some(at) = sent {
                            <p>{ format!("Marked as sent on {}.", at.date()) }</p>
                        }
                        { for thank }
                    </section>
            </div>
        </article>
    }
}

/// Shown when a draft's address names no draft (deleted, or from another browser).
#[component]
pub fn Missing() -> Html {
    html! {
        <article>
            <h1 tabindex="-1">{ "Draft not found" }</h1>
            <p>{ "This draft is not in this browser. It may have been deleted, or saved in another browser or device." }</p>
            <p><a href={Route::Drafts.href()} class="button">{ "See your drafts" }</a></p>
        </article>
    }
}
