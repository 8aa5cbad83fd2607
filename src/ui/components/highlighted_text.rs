//! The draft's text area with findings marked on the exact words. The text stays a plain
//! `<textarea>`; behind it a copy of the text, in the same font and wrapping, carries the
//! marks. Every piece is a text node: nothing the user typed is ever parsed as HTML.

use std::rc::Rc;

use yew::prelude::*;

use crate::drafter::Piece;
use crate::etiquette::Severity;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Rc<String>,
    pub pieces: Rc<Vec<Piece>>,
    /// The finding to outline (selected in the list or under the caret).
    pub active: Option<usize>,
    pub area: NodeRef,
    pub label: AttrValue,
    pub described_by: AttrValue,
    pub oninput: Callback<String>,
    /// The caret moved (click or keys): its UTF-16 offset.
    pub oncaret: Callback<usize>,
}

pub fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Hint => "sev-hint",
    }
}

#[component]
pub fn HighlightedText(props: &Props) -> Html {
    let backdrop = use_node_ref();
    let text = props.text.as_str();
    let marked = crate::drafter::marks_shown(text);
    // The text area is not bound to `text`: it holds what the user types, and every change
    // reaches `text` through `input`. Setting `value` back on each keystroke made the
    // browser lay out (and spell-check) the whole text again each time, which froze
    // typing in long drafts. It is filled once, when it appears.
    {
        let area = props.area.clone();
        let initial = props.text.clone();
        use_effect_with((), move |_| {
            if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                if area.value() != *initial {
                    area.set_value(&initial);
                }
            }
        });
    }

    let marks = props.pieces.iter().map(|piece| match *piece {
        Piece::Plain { start, end } => html! { { &text[start..end] } },
        Piece::Marked { start, end, index, severity } => {
            let active = (props.active == Some(index)).then_some("active");
            html! { <mark class={classes!(severity_class(severity), active)}>{ &text[start..end] }</mark> }
        }
        Piece::Anchor { index, severity, .. } => {
            let active = (props.active == Some(index)).then_some("active");
            html! { <mark class={classes!("anchor", severity_class(severity), active)}></mark> }
        }
    });

    // What was typed reaches the editor in a task of its own, right after the keystroke's:
    // the browser's own work on a long text area (inserting the character, laying the text
    // out again) and ours (reading the whole text, saving it, drawing the page) would
    // otherwise add up to one long task that holds the next key back. Keys that arrive
    // before it runs are read with it, so the newest text always goes through; the element
    // is held, not looked up, so a key typed just before the page changes is still saved.
    let reading = use_mut_ref(|| false);
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            if std::mem::replace(&mut *reading.borrow_mut(), true) {
                return;
            }
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let (cb, reading) = (cb.clone(), reading.clone());
            gloo_timers::callback::Timeout::new(0, move || {
                *reading.borrow_mut() = false;
                cb.emit(area.value());
            })
            .forget();
        })
    };
    // The backdrop scrolls with the text area, so marks stay under their words.
    let onscroll = {
        let backdrop = backdrop.clone();
        Callback::from(move |e: Event| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(back) = backdrop.cast::<web_sys::Element>() {
                back.set_scroll_top(area.scroll_top());
            }
        })
    };
    let caret = {
        let cb = props.oncaret.clone();
        move |target: Option<web_sys::EventTarget>| {
            use wasm_bindgen::JsCast;
            if let Some(area) =
                target.and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                cb.emit(crate::ui::textarea::caret(&area));
            }
        }
    };
    let onclick = {
        let caret = caret.clone();
        Callback::from(move |e: MouseEvent| caret(e.target()))
    };
    let onkeyup = Callback::from(move |e: KeyboardEvent| caret(e.target()));

    html! {
        <div class={classes!("editor-field", (!marked).then_some("plain"))}>
            if marked {
                <div class="editor-backdrop" aria-hidden="true" ref={backdrop}>
                    { for marks }
                    // A trailing line break keeps the last line's height when the text ends in one.
                    { "\n" }
                </div>
            }
            <textarea id="draft-body" class="editor-input" ref={props.area.clone()}
                aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                spellcheck={if marked { "true" } else { "false" }} rows="14"
                {oninput} {onscroll} {onclick} {onkeyup} />
        </div>
    }
}
