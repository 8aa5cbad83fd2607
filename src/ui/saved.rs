//! The user's saved progress as app-wide state: a reducer over [`Session`], provided to every
//! page through a context. Pages read `data` and send [`Msg`]s; the store decides and saves.

use std::rc::Rc;

use yew::prelude::*;

use crate::store::{adapter, Action, CorruptCopy, Notice, Session};

/// What pages see: the session plus what only the browser knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub session: Session,
    /// A damaged document that could not even be copied aside; offered for download.
    pub unkept_corrupt: Option<CorruptCopy>,
    /// Keys of damaged copies kept in storage.
    pub corrupt_keys: Vec<String>,
    /// Whether the browser agreed to keep the data under storage pressure, once it answers.
    pub persisted: Option<bool>,
}

/// Messages to the saved state.
#[derive(Debug, Clone)]
pub enum Msg {
    /// A user's change, saved at once.
    Do(Action),
    /// Another tab changed the stored data.
    OtherTab(Option<String>),
    Dismiss(Notice),
    /// A damaged copy was deleted by the user.
    CorruptRemoved(String),
    Persisted(bool),
}

impl Reducible for Saved {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match msg {
            Msg::Do(action) => {
                next.session
                    .dispatch(action, adapter::now(), &mut |text| adapter::write(text))
                    || next.session.unsaved != self.session.unsaved
            }
            Msg::OtherTab(text) => next.session.external(text.as_deref()),
            Msg::Dismiss(notice) => {
                next.session.dismiss(&notice);
                true
            }
            Msg::CorruptRemoved(key) => {
                adapter::remove_corrupt(&key);
                next.corrupt_keys.retain(|k| *k != key);
                next.session
                    .notices
                    .retain(|n| !matches!(n, Notice::Corrupt { key: k, .. } if *k == key));
                true
            }
            Msg::Persisted(granted) => {
                next.persisted = Some(granted);
                true
            }
        };
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        if changed {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// The handle pages use: `saved.session.data` to read, `saved.dispatch(Msg::Do(..))` to change.
pub type SavedHandle = UseReducerHandle<Saved>;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

/// Opens the store once and provides it to everything inside.
#[component]
pub fn SavedProvider(props: &Props) -> Html {
    let saved = use_reducer(|| {
        let (session, unkept_corrupt) = adapter::boot();
        Saved {
            session,
            unkept_corrupt,
            corrupt_keys: adapter::corrupt_keys(),
            persisted: None,
        }
    });
    {
        let saved = saved.clone();
        use_effect_with((), move |_| {
            let dispatcher = saved.dispatcher();
            let listener = adapter::on_other_tab_change({
                let dispatcher = dispatcher.clone();
                move |text| dispatcher.dispatch(Msg::OtherTab(text))
            });
            if adapter::available() {
                adapter::ask_to_persist(move |granted| {
                    dispatcher.dispatch(Msg::Persisted(granted))
                });
            }
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<SavedHandle> context={saved}>
            { props.children.clone() }
        </ContextProvider<SavedHandle>>
    }
}

/// The saved state, from inside [`SavedProvider`].
#[hook]
pub fn use_saved() -> SavedHandle {
    use_context::<SavedHandle>().expect("pages render inside SavedProvider")
}
