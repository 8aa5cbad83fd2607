//! A result as a short text for a share link (`#/shared/<code>`), and back. It carries the
//! scores only (style mix, dominant style, burnout flag, habit scores), never the answers,
//! and decoding refuses anything out of range instead of guessing or panicking.
//!
//! The code is `1-<giver>-<matcher>-<taker>-<g|m|t>-<0|1>-<habit scores>`, the habit
//! scores in catalogue order ([`HABITS`]), all whole numbers 0..=100: URL-safe as it is,
//! readable, and about 40 characters long. The leading `1` is the format's version.
//!
//! ```
//! use goodwill::quiz::{share, score, Answers, ITEMS};
//!
//! let answers: Answers = ITEMS.iter().map(|i| (i.id.to_string(), i.pole_answers().0)).collect();
//! let result = score(&answers).unwrap();
//! let code = share::encode(&result);
//! assert_eq!(share::decode(&code), Some(result));
//! assert_eq!(share::decode("not a result"), None);
//! ```

use super::items::HABITS;
use super::score::{QuizResult, Style, StyleMix};

/// The format version this module writes and reads.
const VERSION: &str = "1";
/// Longer input is refused before it is split: a real code is about 40 characters.
const MAX_LEN: usize = 200;

/// The share code for `result`. Habits missing from the result are written as 0, as
/// [`QuizResult::habit`] reads them.
pub fn encode(result: &QuizResult) -> String {
    let dominant = match result.dominant {
        Style::Giver => "g",
        Style::Matcher => "m",
        Style::Taker => "t",
    };
    let mut parts = vec![
        VERSION.to_string(),
        result.style.giver.to_string(),
        result.style.matcher.to_string(),
        result.style.taker.to_string(),
        dominant.to_string(),
        u8::from(result.burnout_risk).to_string(),
    ];
    parts.extend(
        HABITS
            .iter()
            .map(|h| result.habit(h.id).min(100).to_string()),
    );
    parts.join("-")
}

/// The result a share code carries, or `None` when it is not one this version wrote: a
/// wrong version or count of parts, a number that is not 0..=100, a mix that does not sum
/// to 100, or a dominant style that does not have the largest share.
pub fn decode(code: &str) -> Option<QuizResult> {
    if code.len() > MAX_LEN {
        return None;
    }
    let parts: Vec<&str> = code.split('-').collect();
    if parts.len() != 6 + HABITS.len() || parts[0] != VERSION {
        return None;
    }
    let style = StyleMix {
        giver: percent(parts[1])?,
        matcher: percent(parts[2])?,
        taker: percent(parts[3])?,
    };
    if u32::from(style.giver) + u32::from(style.matcher) + u32::from(style.taker) != 100 {
        return None;
    }
    let dominant = match parts[4] {
        "g" => Style::Giver,
        "m" => Style::Matcher,
        "t" => Style::Taker,
        _ => return None,
    };
    if Style::ALL
        .iter()
        .any(|&s| style.share(s) > style.share(dominant))
    {
        return None;
    }
    let burnout_risk = match parts[5] {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let habits = HABITS
        .iter()
        .zip(&parts[6..])
        .map(|(h, part)| Some((h.id.to_string(), percent(part)?)))
        .collect::<Option<_>>()?;
    Some(QuizResult {
        style,
        dominant,
        burnout_risk,
        habits,
    })
}

/// A whole number 0..=100 written plainly: digits only (no sign, no spaces), at most three.
fn percent(text: &str) -> Option<u8> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u8>().ok().filter(|&n| n <= 100)
}
