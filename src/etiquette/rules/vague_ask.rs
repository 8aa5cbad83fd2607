//! `vague-ask`: a request that leans on a vague ask ("pick your brain", "any opportunities").

use super::{Check, Rule};

pub struct VagueAsk;

impl Rule for VagueAsk {
    fn id(&self) -> &'static str {
        "vague-ask"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        // Only the vague asks themselves ("pick your brain", "any opportunities"). There is
        // no "this asks for nothing" finding: on real messages nobody here wrote it was right
        // 4 times in 14, each miss a request worded in a way the ask reader had not met, and
        // telling someone their request asks for nothing when it does is the worst scolding.
        // Tried again with no-easy-out's test for a request whose ask is unworded
        // (`unworded_request`): 27 hits and 59 false alarms over every blind set.
        check.report_all_phrases();
    }
}
