//! "They helped: thank them": starts a thank-you from a sent request, carrying over who it
//! was to and what was asked. Maps answers only; it drafts nothing itself.

use super::form::answer;
use super::Answers;

/// Thank-you form answers prefilled from a request's answers: the name, the sender and
/// the ask (as "your help with …", for the writer to make specific).
pub fn thank_you_from_request(request: &Answers) -> Answers {
    let mut thanks = Answers::new();
    for id in ["name", "sender"] {
        let value = answer(request, id);
        if !value.is_empty() {
            thanks.insert(id.to_string(), value.to_string());
        }
    }
    let ask = answer(request, "ask").trim_end_matches(['.', '!', '?', ' ']);
    if !ask.is_empty() {
        thanks.insert("did".to_string(), format!("your help with {ask}"));
    }
    thanks
}
