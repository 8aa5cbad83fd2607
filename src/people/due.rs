//! Who is due a word, and why: each person's cadence counted from the last time the user
//! was in touch (a message marked sent to them, or a contact they noted), and their
//! occasions coming up. Gentle by design: one line of reason, soonest first.

use serde::Serialize;

use super::day::Day;
use super::person::{OccasionKind, Person};
use crate::store::Draft;

/// A cadence that comes due within this many days is listed already.
pub const SOON_DAYS: i64 = 7;
/// An occasion is listed this many days ahead, and a message sent in that window covers it.
pub const OCCASION_DAYS: i64 = 14;

/// One person due a word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    pub person: String,
    pub name: String,
    /// When the word is due: the soonest of the reasons.
    pub on: Day,
    /// Why, one line each, soonest first: "last in touch 7 months ago", "birthday on Friday".
    pub reasons: Vec<String>,
    /// The occasion to write for, when one is among the reasons.
    pub occasion: Option<OccasionKind>,
}

/// The drafts to `person`: linked to them, or (when linked to nobody) addressed to
/// exactly their name.
pub fn drafts_to<'a>(person: &'a Person, drafts: &'a [Draft]) -> impl Iterator<Item = &'a Draft> {
    drafts.iter().filter(move |d| match &d.person {
        Some(id) => *id == person.id,
        None => {
            !d.recipient.trim().is_empty()
                && d.recipient.trim().eq_ignore_ascii_case(person.name.trim())
        }
    })
}

/// The last day the user was in touch with `person`: a message to them marked sent, or
/// the contact the user noted, whichever is later.
pub fn last_in_touch(person: &Person, drafts: &[Draft]) -> Option<Day> {
    drafts_to(person, drafts)
        .filter_map(|d| d.sent)
        .chain(person.last_contact)
        .map(Day::of)
        .max()
}

/// When `person`'s cadence next asks for a word: [`Person::cadence_months`] after the last
/// time in touch, or after they were added when there has been none. Always later than
/// that day. `None` when the cadence is off.
pub fn cadence_due(person: &Person, drafts: &[Draft]) -> Option<Day> {
    let months = person.cadence_months()?;
    let from = last_in_touch(person, drafts).unwrap_or(Day::of(person.created));
    Some(from.plus_months(i64::from(months)))
}

/// Everyone due a word by `today` (or within [`SOON_DAYS`]), soonest first, then by name.
pub fn due(people: &[Person], drafts: &[Draft], today: Day) -> Vec<Due> {
    let mut out: Vec<Due> = people
        .iter()
        .filter_map(|p| due_one(p, drafts, today))
        .collect();
    out.sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.name.cmp(&b.name)));
    out
}

fn due_one(person: &Person, drafts: &[Draft], today: Day) -> Option<Due> {
    let last = last_in_touch(person, drafts);
    let mut reasons: Vec<(Day, String, Option<OccasionKind>)> = Vec::new();
    if let Some(on) = cadence_due(person, drafts).filter(|&on| on <= today.plus_days(SOON_DAYS)) {
        let text = match last {
            Some(last) => format!("last in touch {}", ago(last, today)),
            None => format!(
                "no word since you added them {}",
                ago(Day::of(person.created), today)
            ),
        };
        reasons.push((on, text, None));
    }
    for occasion in &person.occasions {
        let Some(on) = today.next_on(occasion.month, occasion.day) else {
            continue;
        };
        let covered = last.is_some_and(|l| l >= on.plus_days(-OCCASION_DAYS));
        if on <= today.plus_days(OCCASION_DAYS) && !covered {
            let label = occasion.kind.label();
            reasons.push((
                on,
                format!("{label} {}", when(on, today)),
                Some(occasion.kind),
            ));
        }
    }
    reasons.sort_by_key(|(on, ..)| *on);
    let on = reasons.first()?.0;
    Some(Due {
        person: person.id.clone(),
        name: person.name.clone(),
        on,
        occasion: reasons.iter().find_map(|(_, _, o)| *o),
        reasons: reasons.into_iter().map(|(_, text, _)| text).collect(),
    })
}

/// "today", "3 days ago", "2 months ago", "over a year ago".
pub fn ago(then: Day, today: Day) -> String {
    let days = today.0 - then.0;
    let months = then.months_until(today);
    match (days, months) {
        (..=0, _) => "today".into(),
        (1, _) => "yesterday".into(),
        (2..=13, _) => format!("{days} days ago"),
        (_, 0) => format!("{} weeks ago", days / 7),
        (_, 1) => "a month ago".into(),
        (_, 2..=11) => format!("{months} months ago"),
        (_, 12..=23) => "over a year ago".into(),
        _ => format!("over {} years ago", months / 12),
    }
}

/// "today", "tomorrow", "on Friday" (within a week), "on 12 December".
pub fn when(on: Day, today: Day) -> String {
    match on.0 - today.0 {
        ..=0 => "today".into(),
        1 => "tomorrow".into(),
        2..=6 => format!("on {}", on.weekday()),
        _ => format!("on {}", on.day_and_month()),
    }
}
