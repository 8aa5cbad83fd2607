//! `multiple-asks`: three or more separate asks in one message.

use super::{Check, Rule};

/// The reader can say yes to one thing; from the third ask on, the message is a list.
const MOST_ASKS: usize = 2;

pub struct MultipleAsks;

impl Rule for MultipleAsks {
    fn id(&self) -> &'static str {
        "multiple-asks"
    }

    fn check(&self, check: &mut Check<'_, '_>) {
        if check.asks.len() <= MOST_ASKS {
            return;
        }
        let third = &check.doc.sentences[check.asks[MOST_ASKS]];
        let span = check.sentence_span(third);
        let count = check.asks.len();
        check.report(
            span,
            format!("This is ask {} of {count} in one message: pick the one that matters most and save the rest for after they've helped with it.", MOST_ASKS + 1),
            None,
        );
    }
}
