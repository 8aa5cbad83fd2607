//! "They helped: thank them": starts a thank-you from a sent request, carrying over who it
//! was to, who wrote it and what was asked, as the message was finally sent: the edited
//! text wins over the form's first answers. Maps answers only; it drafts nothing itself.

use super::form::answer;
use super::Answers;
use crate::etiquette::{greeted_name, signed_name};

/// Thank-you form answers prefilled from a sent request: its `form` answers and the `body`
/// as sent. The name is the one the body greets (else the form's); the sender is the
/// body's sign-off name (else the form's); the ask, as "your help
/// with …", only while the body still asks it in the form's words, since an ask the writer
/// rewrote is theirs to name.
pub fn thank_you_from_request(form: &Answers, body: &str) -> Answers {
    let mut thanks = Answers::new();
    let mut put = |id: &str, value: String| {
        if !value.trim().is_empty() {
            thanks.insert(id.to_string(), value.trim().to_string());
        }
    };
    let edited = !body.trim().is_empty();
    put(
        "name",
        greeted_name(body).unwrap_or_else(|| answer(form, "name").to_string()),
    );
    put(
        "sender",
        signed_name(body).unwrap_or_else(|| answer(form, "sender").to_string()),
    );
    let ask = answer(form, "ask").trim_end_matches(['.', '!', '?', ' ']);
    if !ask.is_empty() && (!edited || body.to_lowercase().contains(&ask.to_lowercase())) {
        put("did", format!("your help with {ask}"));
    }
    thanks
}
