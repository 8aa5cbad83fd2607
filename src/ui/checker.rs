//! The page's side of the checker's Web Worker (`src/bin/checker.rs`): started when the
//! editor first needs it, sent the draft after each change, and heard back from. At most
//! one check is in flight; the newest draft waits its turn and older ones are dropped, so a
//! burst of typing into a long draft never queues up work. The editor renders what it
//! hears; the page never runs the checker itself.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use crate::drafter::wire::{read_reply, CheckReply, CheckRequest};
use crate::ui::textarea::now_ms;

/// Written by Trunk next to index.html (`data-loader-shim`); relative, so it works from
/// any folder of any host.
const SCRIPT: &str = "./checker_loader.js";

/// A worker that fails is started again on the next change, this many times in all.
const STARTS: u32 = 3;

/// The last answer: the findings for `request` (its id aside), and the round trip in
/// microseconds.
#[derive(Clone, PartialEq)]
pub struct Heard {
    pub request: Rc<CheckRequest>,
    pub reply: Rc<CheckReply>,
    pub micros: u64,
}

/// What the editor knows from the worker.
#[derive(Default, PartialEq)]
pub struct Checker {
    pub last: Option<Heard>,
    /// Why findings are not coming, in words for the user.
    pub failed: Option<String>,
}

pub enum Event {
    Heard(Heard),
    Failed(String),
}

impl Reducible for Checker {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        Rc::new(match event {
            Event::Heard(heard) => Checker {
                last: Some(heard),
                failed: None,
            },
            // The last findings stay on show, marked as out of date by the notice.
            Event::Failed(why) => Checker {
                last: self.last.clone(),
                failed: Some(why),
            },
        })
    }
}

/// Sends `request` (for `text`) to the worker whenever it changes; returns what was heard.
/// Sent in a task of its own, after the keystroke's render, so a long draft's copy to the
/// worker never adds to the keystroke's work; a change before it goes replaces it.
#[hook]
pub fn use_checker(request: CheckRequest) -> UseReducerHandle<Checker> {
    let state = use_reducer(Checker::default);
    let dispatch = state.dispatcher();
    use_effect_with(request, move |request| {
        let request = request.clone();
        let pending = gloo_timers::callback::Timeout::new(0, move || {
            send(request, Callback::from(move |e| dispatch.dispatch(e)));
        });
        move || {
            drop(pending);
            // An editor that goes away stops listening; a reply on its way is dropped.
            CLIENT.with(|c| c.borrow_mut().listener = None);
        }
    });
    state
}

struct Client {
    worker: Option<Running>,
    starts: u32,
    next_id: u64,
    /// The check in flight: what was asked (its id aside) and when it was sent.
    in_flight: Option<(u64, Rc<CheckRequest>, f64)>,
    queued: Option<CheckRequest>,
    listener: Option<Callback<Event>>,
}

struct Running {
    worker: Worker,
    /// The worker said it listens: messages posted before that would be lost.
    ready: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Client> = const {
        RefCell::new(Client {
            worker: None,
            starts: 0,
            next_id: 1,
            in_flight: None,
            queued: None,
            listener: None,
        })
    };
}

fn send(request: CheckRequest, listener: Callback<Event>) {
    let idle = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.listener = Some(listener);
        c.queued = Some(request);
        c.in_flight.is_none()
    });
    if idle {
        post_queued();
    }
}

/// Continues with the queued request, if any, and tells its listener why it failed: only
/// once the client is no longer borrowed, since the listener re-renders the editor, whose
/// effect may send again.
fn post_queued() {
    let (failed, listener) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        (post_next(&mut c), c.listener.clone())
    });
    if let (Some(why), Some(listener)) = (failed, listener) {
        listener.emit(Event::Failed(why.into()));
    }
}

/// Posts the queued request, starting the worker first if none is running. Returns why
/// it could not, for the caller to tell once it has let go of the client.
fn post_next(c: &mut Client) -> Option<&'static str> {
    let mut request = c.queued.take()?;
    if c.worker.is_none() {
        if c.starts >= STARTS {
            return Some(STOPPED);
        }
        c.starts += 1;
        match start() {
            Ok(running) => c.worker = Some(running),
            Err(_) => return Some(NO_START),
        }
    }
    if !c.worker.as_ref().is_some_and(|w| w.ready) {
        // Sent when the worker says it is ready.
        c.queued = Some(request);
        return None;
    }
    let id = c.next_id;
    c.next_id += 1;
    // Numbered for the wire only, without copying a long text to number it; kept as the
    // editor asked it, so the editor can compare it with the draft as it is.
    let asked = std::mem::replace(&mut request.id, id);
    let json = serde_json::to_string(&request).expect("a request always serialises");
    request.id = asked;
    let posted = c
        .worker
        .as_ref()
        .map(|w| w.worker.post_message(&JsValue::from_str(&json)));
    match posted {
        Some(Ok(())) => {
            c.in_flight = Some((id, Rc::new(request), now_ms()));
            None
        }
        _ => Some(STOPPED),
    }
}

const NO_START: &str = "The checker could not start in this browser, so there are no findings to show. Your draft is saved as you type.";
const STOPPED: &str = "The checker stopped, so the findings shown may be out of date. Your draft is saved as you type; reload the page to try again.";

fn start() -> Result<Running, JsValue> {
    let worker = Worker::new(SCRIPT)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(json) = event.data().as_string() else {
            return;
        };
        if json == "{\"ready\":true}" {
            CLIENT.with(|c| {
                if let Some(running) = c.borrow_mut().worker.as_mut() {
                    running.ready = true;
                }
            });
            return post_queued();
        }
        // Handled after this borrow ends: the listener re-renders, which may send again.
        let (event, next) = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let Some((id, request, sent)) = c.in_flight.take() else {
                return (None, false);
            };
            let event = match read_reply(&json) {
                Ok(reply) if reply.id == id => Event::Heard(Heard {
                    request,
                    reply: Rc::new(reply),
                    micros: ((now_ms() - sent) * 1000.0) as u64,
                }),
                Ok(_) => return (None, true),
                Err(_) => Event::Failed(STOPPED.into()),
            };
            (Some((event, c.listener.clone())), true)
        });
        if let Some((event, Some(listener))) = event {
            listener.emit(event);
        }
        if next {
            post_queued();
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        // The worker is gone (it failed to load, or a check crashed it): the check in
        // flight is lost; the next change starts a new worker, a few times at most.
        let listener = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            if let Some(running) = c.worker.take() {
                running.worker.terminate();
                // Not dropped: this very closure is one of its parts, still running. At
                // most STARTS of them are ever kept.
                std::mem::forget(running);
            }
            c.in_flight = None;
            c.listener.clone()
        });
        if let Some(listener) = listener {
            listener.emit(Event::Failed(STOPPED.into()));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        ready: false,
        _on_message: on_message,
        _on_error: on_error,
    })
}
