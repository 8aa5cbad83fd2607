//! `goodwill people due|ics [FILE|-]`: keeping in touch from an export file, as the app
//! reads it. Who is due and the calendar are [`crate::people`]'s; this file only formats.

use serde::Serialize;

use crate::people::{self, Day};
use crate::store::{transfer, Timestamp};

#[derive(Serialize)]
struct DueLine<'a> {
    id: &'a str,
    name: &'a str,
    due: String,
    reasons: &'a [String],
    occasion: Option<&'static str>,
}

/// Who is due a word on `today`, soonest first, as a JSON array.
pub fn due(text: &str, origin: &str, today: Day) -> Result<String, String> {
    let data = transfer::read_export(text)
        .map_err(|e| format!("{origin}: {e}"))?
        .data;
    let list = people::due(&data.people, &data.drafts, today);
    let lines: Vec<DueLine> = list
        .iter()
        .map(|d| DueLine {
            id: &d.person,
            name: &d.name,
            due: d.on.iso(),
            reasons: &d.reasons,
            occasion: d.occasion.map(|o| o.as_str()),
        })
        .collect();
    Ok(serde_json::to_string_pretty(&lines).expect("plain data always serialises") + "\n")
}

/// The calendar file (RFC 5545) for everyone in the export, from `today` (the system
/// date when not given).
pub fn ics(text: &str, origin: &str, today: Option<Day>) -> Result<String, String> {
    let data = transfer::read_export(text)
        .map_err(|e| format!("{origin}: {e}"))?
        .data;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let today = today.unwrap_or(Day::of(Timestamp(now)));
    let stamp = if now > 0 {
        Timestamp(now)
    } else {
        today.start()
    };
    Ok(people::calendar(&data.people, &data.drafts, today, stamp))
}
