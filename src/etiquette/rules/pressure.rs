//! `pressure`: deadlines, demands and nagging that push the reader.

use super::{Check, Rule};
use crate::etiquette::{Fix, Span};

pub struct Pressure;

impl Rule for Pressure {
    fn id(&self) -> &'static str {
        "pressure"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        check.report_all_phrases();
        // "!!" after an ask turns it into a demand; after "Congrats" it is only loud (see `shouting`).
        let asks: Vec<(usize, usize)> = check
            .asks
            .iter()
            .map(|&s| {
                (
                    check.doc.sentences[s].span.start,
                    check.doc.sentences[s].span.end,
                )
            })
            .collect();
        for (start, end) in asks {
            let sentence = &check.doc.text[start..end];
            if let Some(at) = sentence.find("!!") {
                let run = sentence[at..].chars().take_while(|c| *c == '!').count();
                let span = Span::new(start + at, start + at + run);
                let fix = Fix::Replace {
                    start: span.start,
                    end: span.end,
                    text: ".".into(),
                };
                check.report(span, "Exclamation marks after an ask read as a demand. Let the question stand on its own.", Some(fix));
            }
        }
    }
}
