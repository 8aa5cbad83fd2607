//! `sensitive-ask`: asking for pay figures, confidential material or someone else's private details.

use super::{Check, Rule};

pub struct SensitiveAsk;

impl Rule for SensitiveAsk {
    fn id(&self) -> &'static str {
        "sensitive-ask"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // Mentioning salary is fine; asking them to hand it over is not.
        let hits: Vec<_> = check
            .phrase_hits()
            .filter(|(hit, _)| check.in_ask(hit.tokens.start))
            .collect();
        for (hit, spec) in hits {
            check.report_phrase(hit, spec);
        }
    }
}
