//! Points in time as saved data holds them: milliseconds since the Unix epoch, written as
//! ISO 8601 UTC text (`2026-11-22T09:30:00.000Z`) so an exported file reads well.
//!
//! Pure: the browser shell supplies "now"; nothing here reads a clock.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A moment, in whole milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub i64);

/// Labels for a list of moments: the date alone, or the date and the time of day when
/// another moment in the list falls on the same date (`2026-11-22, 09:30 UTC`), so two
/// entries never read the same unless they were saved in the same minute.
pub fn day_labels(times: &[Timestamp]) -> Vec<String> {
    times
        .iter()
        .map(|t| {
            let date = t.date();
            if times.iter().filter(|o| o.date() == date).count() > 1 {
                format!("{date}, {} UTC", t.time())
            } else {
                date
            }
        })
        .collect()
}

/// Years outside this range are refused: they come from damaged data, not from a user.
const MIN_YEAR: i64 = 1970;
const MAX_YEAR: i64 = 9999;

impl Timestamp {
    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-22T09:30:00.000Z`.
    pub fn to_iso(self) -> String {
        let ms = self.0.rem_euclid(1000);
        let secs = self.0.div_euclid(1000);
        let (days, day_secs) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ms:03}Z",
            day_secs / 3600,
            day_secs / 60 % 60,
            day_secs % 60
        )
    }

    /// The calendar date alone, `2026-11-22`, for labels and file names.
    pub fn date(self) -> String {
        self.to_iso()[..10].to_string()
    }

    /// The time of day in UTC, `09:30`.
    pub fn time(self) -> String {
        self.to_iso()[11..16].to_string()
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z`, the form [`Timestamp::to_iso`] writes.
    pub fn parse_iso(text: &str) -> Option<Timestamp> {
        let b = text.as_bytes();
        if b.len() < 20 || !text.is_ascii() || b[b.len() - 1] != b'Z' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let s = &text[r];
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        let seps = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
        if seps.iter().any(|&(i, c)| b[i] != c) {
            return None;
        }
        let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
        let ms = match &b[19..b.len() - 1] {
            [] => 0,
            [b'.', rest @ ..] if (1..=3).contains(&rest.len()) => {
                let digits = num(20..b.len() - 1)?;
                digits * 10_i64.pow(3 - rest.len() as u32)
            }
            _ => return None,
        };
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&y)
            && (1..=12).contains(&mo)
            && (1..=days_in_month(y, mo)).contains(&d)
            && h < 24
            && mi < 60
            && s < 60;
        valid.then(|| {
            Timestamp(((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms)
        })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a date and time")))
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub(crate) fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil and its inverse: exact for the proleptic Gregorian calendar.
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn writes_a_known_moment() {
        assert_eq!(Timestamp(0).to_iso(), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            Timestamp(1_795_318_200_123).to_iso(),
            "2026-11-22T03:30:00.123Z"
        );
        assert_eq!(
            Timestamp(951_782_400_000).to_iso(),
            "2000-02-29T00:00:00.000Z"
        );
    }

    #[test]
    fn reads_what_it_writes_and_refuses_nonsense() {
        for ms in [
            0,
            1,
            951_782_400_000,
            1_795_318_200_123,
            253_402_300_799_999,
        ] {
            assert_eq!(
                Timestamp::parse_iso(&Timestamp(ms).to_iso()),
                Some(Timestamp(ms))
            );
        }
        assert_eq!(
            Timestamp::parse_iso("2026-11-22T03:30:00Z"),
            Some(Timestamp(1_795_318_200_000))
        );
        for bad in [
            "",
            "yesterday",
            "2026-02-30T00:00:00Z",
            "2026-11-22 03:30:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T03:30:00.1234Z",
            "2026-11-22T03:30:00",
            "+026-11-22T03:30:00Z",
            "2026-11-22T03:30:00.é1Z",
        ] {
            assert_eq!(Timestamp::parse_iso(bad), None, "{bad:?}");
        }
    }
}
