//! `keeping-score`: score-keeping and guilt about favours given or owed.

use super::{Check, Rule};

/// Reports every phrase from `content/rules/keeping-score.toml` that is meant (not negated, not quoted).
pub struct KeepingScore;

impl Rule for KeepingScore {
    fn id(&self) -> &'static str {
        "keeping-score"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        check.report_all_phrases();
    }
}
