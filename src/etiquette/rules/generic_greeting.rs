//! `generic-greeting`: a mass-mail opener, a bare "Hi," or no name at all.

use super::{Check, Rule};
use crate::etiquette::Span;

pub struct GenericGreeting;

impl Rule for GenericGreeting {
    fn id(&self) -> &'static str {
        "generic-greeting"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        let doc = check.doc;
        let Some(first) = doc.sentences.first() else {
            return;
        };
        // Only the opening can be a greeting: "dear friend" mid-message is affection.
        let opener: Vec<_> = check
            .phrase_hits()
            .filter(|(hit, _)| hit.tokens.start == first.tokens.start)
            .collect();
        if let Some(&(hit, spec)) = opener.first() {
            check.report_phrase(hit, spec);
            return;
        }
        match &doc.layout.greeting {
            Some(greeting) => {
                // "Hi [Name]," is a template slot; unfilled-placeholder reports it.
                let after = &doc.text[doc.tokens[greeting.end - 1].span.end..];
                if after.trim_start().starts_with(['[', '{', '<']) {
                    return;
                }
                let named = doc.tokens[greeting.clone()]
                    .iter()
                    .skip(1)
                    .any(|t| t.capitalized);
                let polite_only = greeting
                    .clone()
                    .skip(1)
                    .all(|i| matches!(doc.word(i), "morning" | "afternoon" | "evening" | "day"));
                if !named && polite_only {
                    let span = check.span(greeting.start, greeting.end - 1);
                    let words = doc.original_range(greeting.start, greeting.end - 1);
                    check.report(
                        span,
                        format!(
                            "\"{words}\" with no name reads like a mass mailing. Add their name."
                        ),
                        None,
                    );
                }
            }
            None => {
                // "Congrats on the launch, Priya!" names them without a salutation.
                if !doc.names_someone(first) && first.tokens.len() >= 3 {
                    let span = Span::new(
                        doc.tokens[first.tokens.start].span.start,
                        doc.tokens[first.tokens.start].span.end,
                    );
                    check.report(span, "The message starts without their name. Open with it (\"Hi Ana,\"): it shows this was written for them.", None);
                }
            }
        }
    }
}
