//! `over-promise`: promises the writer may not be able to keep.

use super::{Check, Rule};

/// Reports every phrase from `content/rules/over-promise.toml` that is meant (not negated, not quoted).
pub struct OverPromise;

impl Rule for OverPromise {
    fn id(&self) -> &'static str {
        "over-promise"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        check.report_all_phrases();
    }
}
