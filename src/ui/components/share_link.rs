//! "Copy share link": a link whose address carries the result's scores (never the
//! answers, see `quiz::share`), copied with the clipboard API, or shown selected in a
//! read-only field when the browser does not allow that. The outcome is announced politely.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::quiz::{share, QuizResult};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    pub result: QuizResult,
}

/// This page's address with the route swapped for the shared view.
fn share_url(result: &QuizResult) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = href.split('#').next().unwrap_or(&href).to_string();
    let route = Route::Shared {
        code: share::encode(result),
    };
    Some(format!("{page}{}", route.href()))
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    // Missing outside secure contexts; calling through `undefined` would throw.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    present.then(|| navigator.clipboard())
}

#[component]
pub fn ShareLink(props: &ShareLinkProps) -> Html {
    let link = use_state(|| None::<String>);
    let status = use_state(String::new);
    let field = use_node_ref();

    let select_field = {
        let field = field.clone();
        move || {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
    };

    let onclick = {
        let result = props.result.clone();
        let link = link.clone();
        let status = status.clone();
        let select_field = select_field.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(url) = share_url(&result) else {
                return;
            };
            link.set(Some(url.clone()));
            let fallback = {
                let status = status.clone();
                let select_field = select_field.clone();
                move || {
                    status.set(
                        "Your browser did not let Goodwill copy. The link is selected below: \
                         copy it with your usual copy command."
                            .to_string(),
                    );
                    select_field();
                }
            };
            let Some(clipboard) = clipboard() else {
                // Let the field render first, then select it.
                let fallback = fallback.clone();
                yew::platform::spawn_local(async move { fallback() });
                return;
            };
            let status = status.clone();
            yew::platform::spawn_local(async move {
                match JsFuture::from(clipboard.write_text(&url)).await {
                    Ok(_) => status.set("Link copied".to_string()),
                    Err(_) => fallback(),
                }
            });
        })
    };
    let onfocus = Callback::from(|event: FocusEvent| {
        if let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            input.select();
        }
    });

    html! {
        <section aria-labelledby="share-title" class="result-share">
            <h2 id="share-title">{ "Share your result" }</h2>
            <p>
                { "The link carries your scores and style, not your answers. Anyone who opens \
                   it sees the charts on this page, and nothing is sent to a server." }
            </p>
            <p><button type="button" class="button-secondary" {onclick}>{ "Copy share link" }</button></p>
            <p role="status" class="share-status">{ (*status).clone() }</p>
            if let Some(url) = (*link).clone() {
                <p class="share-field">
                    <label for="share-url">{ "Share link" }</label>
                    <input id="share-url" type="text" readonly=true value={url} ref={field} {onfocus} />
                </p>
            }
        </section>
    }
}
