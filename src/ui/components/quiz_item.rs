//! One question of the self-assessment as a native radio group: a `<fieldset>` whose
//! `<legend>` is the question, one labelled radio per answer. Arrow keys move within the
//! group as browsers do; the keys 1 to 5 pick the matching answer. Each answer says
//! whether it came from a tap or click, so the page can go on by itself after one (never
//! after a key, which may be an arrow passing through the options).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::quiz::{Choices, Item};

#[derive(Properties, PartialEq)]
pub struct QuizItemProps {
    pub item: &'static Item,
    /// Its place in the whole quiz, from 1.
    pub number: usize,
    pub total: usize,
    /// Print "3 of 36" above the question: off when the screen's heading already says it.
    #[prop_or(true)]
    pub show_number: bool,
    /// The saved answer, if any.
    pub answer: Option<u8>,
    /// Marked when "next" was pressed with this item unanswered.
    #[prop_or_default]
    pub missing: bool,
    /// Called with the item's id, the chosen answer and how it was chosen.
    pub on_answer: Callback<(&'static str, u8, By)>,
}

/// How an answer was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// A tap or a click on the option.
    Pointer,
    /// A key: an arrow, Space or a digit.
    Keyboard,
}

/// The element id of the radio for `answer` to `item`, so pages can focus it.
pub fn radio_id(item: &Item, answer: u8) -> String {
    format!("answer-{}-{answer}", item.id)
}

/// The element id of `item`'s first radio: where focus goes when it needs an answer.
pub fn first_radio_id(item: &Item) -> String {
    radio_id(item, options(item).first().map_or(1, |&(value, _)| value))
}

/// The answers `item` offers, as (stored value, label), in the order shown.
fn options(item: &Item) -> Vec<(u8, &'static str)> {
    match item.choices {
        Choices::Scale(scale) => (1..=5).zip(scale.labels).collect(),
        Choices::Scenario(options) => options.iter().map(|o| (o.score, o.text)).collect(),
    }
}

#[component]
pub fn QuizItem(props: &QuizItemProps) -> Html {
    let item = props.item;
    let options = options(item);
    let scenario = matches!(item.choices, Choices::Scenario(_));
    // Whether the last thing to reach this question was a pointer press or a key.
    let pointer = use_mut_ref(|| false);
    let onpointerdown = {
        let pointer = pointer.clone();
        Callback::from(move |_: PointerEvent| *pointer.borrow_mut() = true)
    };

    let onkeydown = {
        let on_answer = props.on_answer.clone();
        let values: Vec<u8> = options.iter().map(|&(v, _)| v).collect();
        let pointer = pointer.clone();
        Callback::from(move |event: KeyboardEvent| {
            *pointer.borrow_mut() = false;
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let Some(digit) = event
                .key()
                .parse::<usize>()
                .ok()
                .filter(|d| (1..=5).contains(d))
            else {
                return;
            };
            let Some(&value) = values.get(digit - 1) else {
                return;
            };
            event.prevent_default();
            on_answer.emit((item.id, value, By::Keyboard));
            // Keep focus on the chosen radio, so arrows and Tab carry on from there.
            let radio = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&radio_id(item, value)))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(radio) = radio {
                let _ = radio.focus();
            }
        })
    };

    let legend_id = format!("question-{}", item.id);
    let classes = classes!(
        "quiz-item",
        scenario.then_some("quiz-scenario"),
        props.missing.then_some("quiz-missing")
    );
    html! {
        <fieldset class={classes} {onkeydown} {onpointerdown} aria-describedby={props.missing.then(|| format!("{legend_id}-missing"))}>
            <legend id={legend_id.clone()}>
                if props.show_number {
                    <span class="quiz-number">{ format!("{} of {}", props.number, props.total) }</span>
                }
                <span class="quiz-question">{ item.text }</span>
            </legend>
            if props.missing {
                <p class="quiz-missing-note" id={format!("{legend_id}-missing")}>{ "Not answered yet" }</p>
            }
            <div class="quiz-options">
                { for options.iter().enumerate().map(|(index, &(value, label))| {
                    let id = radio_id(item, value);
                    let onchange = {
                        let on_answer = props.on_answer.clone();
                        let pointer = pointer.clone();
                        Callback::from(move |_: Event| {
                            let by = if *pointer.borrow() { By::Pointer } else { By::Keyboard };
                            on_answer.emit((item.id, value, by));
                        })
                    };
                    html! {
                        <div class="quiz-option">
                            <input type="radio" id={id.clone()} name={item.id} value={value.to_string()}
                                checked={props.answer == Some(value)} {onchange} />
                            <label for={id}>
                                <span class="quiz-key" aria-hidden="true">{ index + 1 }</span>
                                <span>{ label }</span>
                            </label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
