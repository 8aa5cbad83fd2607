//! "Add to my calendar": an iCalendar file (RFC 5545) with one recurring reminder per
//! person at their cadence, and one a year for each occasion, so the user's own calendar
//! reminds them and the app sends nothing. All-day events, CRLF lines folded at 75 octets.

use super::day::Day;
use super::due::cadence_due;
use super::person::Person;
use crate::store::{Draft, Timestamp};

/// The calendar text for `people`. `now` stamps the file; reminders start on the next due
/// day on or after `today`.
pub fn calendar(people: &[Person], drafts: &[Draft], today: Day, now: Timestamp) -> String {
    let stamp = {
        let iso = now.to_iso();
        // 2026-12-01T09:30:00.000Z → 20261201T093000Z
        format!(
            "{}T{}Z",
            &iso[..10].replace('-', ""),
            &iso[11..19].replace(':', "")
        )
    };
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Goodwill//Keeping in touch//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for person in people {
        if let (Some(months), Some(mut start)) =
            (person.cadence_months(), cadence_due(person, drafts))
        {
            while start < today {
                start = start.plus_months(i64::from(months));
            }
            let description = match person.cares_about.trim() {
                "" => "A word with no ask: a congratulation, an article, a hello.".to_string(),
                cares => format!("A word with no ask. They care about: {cares}"),
            };
            event(
                &mut lines,
                &format!("{}-touch@goodwill", person.id),
                &stamp,
                start,
                &format!("RRULE:FREQ=MONTHLY;INTERVAL={months}"),
                &format!("Get in touch with {}", person.name),
                &description,
            );
        }
        for occasion in &person.occasions {
            let Some(start) = today.next_on(occasion.month, occasion.day) else {
                continue;
            };
            // 29 February: the last day of February every year.
            let rule = if (occasion.month, occasion.day) == (2, 29) {
                "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1".to_string()
            } else {
                "RRULE:FREQ=YEARLY".to_string()
            };
            event(
                &mut lines,
                &format!("{}-{}@goodwill", person.id, occasion.kind.as_str()),
                &stamp,
                start,
                &rule,
                &format!("{}’s {}", person.name, occasion.kind.label()),
                "Send a word: Goodwill can start the message.",
            );
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

fn event(
    lines: &mut Vec<String>,
    uid: &str,
    stamp: &str,
    start: Day,
    rule: &str,
    summary: &str,
    description: &str,
) {
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", start.compact()),
        format!("DTEND;VALUE=DATE:{}", start.plus_days(1).compact()),
        rule.to_string(),
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(description)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
    ]);
}

/// Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `line` with CRLF, folded so no line passes 75 octets, never inside a character
/// (RFC 5545 §3.1): each continuation starts with one space.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}
