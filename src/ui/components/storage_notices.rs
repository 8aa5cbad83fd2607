//! The notices about saved data that must reach the user on any page: storage off, damaged
//! data kept aside, a newer version's data, and changes a full store refused.

use yew::prelude::*;

use crate::route::Route;
use crate::store::{Notice, WriteError};
use crate::ui::files;
use crate::ui::plural::plural;
use crate::ui::saved::{use_saved, Msg};

#[component]
pub fn StorageNotices() -> Html {
    let saved = use_saved();
    let session = &saved.session;

    let unsaved = session.unsaved.as_ref().map(|error| {
        let why = match error {
            WriteError::Full => "your browser’s storage for this site is full".to_string(),
            WriteError::Failed(reason) => format!("the browser refused to save ({reason})"),
        };
        html! {
            <div class="notice notice-warning" role="alert">
                <p>
                    <strong>{ "Your latest changes are not saved yet: " }</strong>
                    { why }{ ". They are safe in this tab for now; keep it open. " }
                    { "Free some space by deleting drafts you no longer need, or " }
                    <a href={Route::Data.href()}>{ "download a copy of your data" }</a>
                    { ". Goodwill tries again with your next change." }
                </p>
            </div>
        }
    });

    let notices = session.notices.iter().map(|notice| {
        let dismiss = {
            let saved = saved.clone();
            let notice = notice.clone();
            Callback::from(move |_| saved.dispatch(Msg::Dismiss(notice.clone())))
        };
        let body = match notice {
            Notice::NotKept => html! {
                <p>
                    <strong>{ "Nothing will be kept after you close this tab. " }</strong>
                    { "Your browser is not letting this site store data (private browsing or \
                       storage switched off). Everything works; to keep your work, " }
                    <a href={Route::Data.href()}>{ "download a copy" }</a>
                    { " before you leave." }
                </p>
            },
            Notice::Corrupt { key, reason } => {
                let download = {
                    let key = key.clone();
                    let fallback = saved.unkept_corrupt.clone();
                    Callback::from(move |_| {
                        let text = crate::store::adapter::read_corrupt(&key)
                            .or_else(|| fallback.as_ref().map(|c| c.text.clone()))
                            .unwrap_or_default();
                        files::download("goodwill-damaged-data.json", &text, "application/json");
                    })
                };
                html! {
                    <>
                        <p>
                            <strong>{ "Your saved data could not be read, so Goodwill started fresh. " }</strong>
                            { "Nothing was thrown away: the damaged copy is kept in this browser. " }
                            <span class="muted">{ format!("Details: {reason}.") }</span>
                        </p>
                        <p><button type="button" class="button-secondary" onclick={download}>
                            { "Download the damaged data" }
                        </button></p>
                    </>
                }
            }
            Notice::SetAside(count) => html! {
                <p>
                    <strong>{ plural(*count, "saved item", "saved items") }{ " could not be read. " }</strong>
                    { "Everything else loaded. They are kept aside, not deleted: see " }
                    <a href={Route::Data.href()}>{ "Your data" }</a>{ "." }
                </p>
            },
            Notice::Newer(_) => html! {
                <p>
                    <strong>{ "Your data was saved by a newer version of Goodwill. " }</strong>
                    { "To protect it, changes made on this page are not saved. Reload the \
                       page to get the latest version." }
                </p>
            },
        };
        html! {
            <div class="notice" role="status">
                { body }
                <button type="button" class="notice-dismiss" onclick={dismiss}
                    aria-label="Dismiss this notice">{ "×" }</button>
            </div>
        }
    });

    html! {
        <div class="notices">
            { for unsaved }
            { for notices }
        </div>
    }
}
