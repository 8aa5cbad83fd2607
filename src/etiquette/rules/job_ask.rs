//! `job-ask`: asking a contact straight out for a job instead of for insight.

use super::{Check, Rule};

/// Reports every phrase from `content/rules/job-ask.toml` that is meant (not negated, not quoted).
pub struct JobAsk;

impl Rule for JobAsk {
    fn id(&self) -> &'static str {
        "job-ask"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        check.report_all_phrases();
    }
}
