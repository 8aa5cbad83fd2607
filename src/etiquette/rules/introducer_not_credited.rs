//! `introducer-not-credited`: a request that follows an introduction but never names who made it.

use super::{Check, Rule};
use crate::etiquette::{Fix, Span};

pub struct IntroducerNotCredited;

impl Rule for IntroducerNotCredited {
    fn id(&self) -> &'static str {
        "introducer-not-credited"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        if let Some(name) = check
            .context
            .introduced_by
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if !mentions(doc.text, name) {
                let (span, at) = match &doc.layout.greeting {
                    Some(g) => (
                        check.span(g.start, g.end - 1),
                        doc.sentences.first().map_or(0, |s| s.span.end),
                    ),
                    None => (
                        Span::new(0, doc.tokens.first().map_or(0, |t| t.span.end)),
                        0,
                    ),
                };
                let text = if at == 0 {
                    format!("{name} suggested I get in touch. ")
                } else {
                    format!(" {name} suggested I get in touch.")
                };
                check.report(span, format!("{name} introduced you, but the message never says so. Name them early: it tells the reader why you're writing and makes {name} look good."), Some(Fix::Insert { at, text }));
            }
            return;
        }
        // "A friend suggested I reach out" without saying which friend.
        let unnamed: Vec<_> = check
            .phrase_hits()
            .filter(|(hit, _)| {
                doc.sentence_of(hit.tokens.start)
                    .is_none_or(|s| !doc.names_someone(s))
            })
            .collect();
        if let Some(&(hit, spec)) = unnamed.first() {
            check.report_phrase(hit, spec);
        }
    }
}

/// Does `text` contain `name` as whole words, ignoring case?
pub(crate) fn mentions(text: &str, name: &str) -> bool {
    // ASCII folding keeps byte offsets stable and matches how the tokenizer folds words.
    let text = text.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    text.match_indices(&name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}
