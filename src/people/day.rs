//! Calendar days for keeping in touch: today, a last contact, a birthday. Whole days in
//! UTC, with the month arithmetic cadences need ("two months after 31 December" is the
//! end of February).

use serde::{Deserialize, Serialize};

use crate::store::time::{civil_from_days, days_from_civil, days_in_month};
use crate::store::Timestamp;

const MS_PER_DAY: i64 = 86_400_000;
const WEEKDAYS: [&str; 7] = [
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
];
/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One calendar day, as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Day(pub i64);

impl Day {
    /// The day `y-m-d`, when it exists.
    pub fn new(y: i64, m: i64, d: i64) -> Option<Day> {
        ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
            .then(|| Day(days_from_civil(y, m, d)))
    }

    /// The UTC day a moment falls on.
    pub fn of(at: Timestamp) -> Day {
        Day(at.0.div_euclid(MS_PER_DAY))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.trim().splitn(3, '-');
        let mut num = || parts.next()?.parse::<i64>().ok();
        let (y, m, d) = (num()?, num()?, num()?);
        (1970..=9999).contains(&y).then_some(())?;
        Day::new(y, m, d)
    }

    /// Year, month (1..=12), day (1..=31).
    pub fn ymd(self) -> (i64, i64, i64) {
        civil_from_days(self.0)
    }

    /// Midnight UTC at the start of this day.
    pub fn start(self) -> Timestamp {
        Timestamp(self.0 * MS_PER_DAY)
    }

    /// `2026-12-01`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `20261201`, as calendar files write a date.
    pub fn compact(self) -> String {
        self.iso().replace('-', "")
    }

    /// "Friday".
    pub fn weekday(self) -> &'static str {
        WEEKDAYS[self.0.rem_euclid(7) as usize]
    }

    /// "4 December".
    pub fn day_and_month(self) -> String {
        let (_, m, d) = self.ymd();
        format!("{d} {}", MONTHS[(m - 1) as usize])
    }

    /// `n` days later (or earlier, for a negative `n`).
    pub fn plus_days(self, n: i64) -> Day {
        Day(self.0 + n)
    }

    /// `n` months later, on the same day of the month, or the month's last day when it is
    /// shorter (31 December plus two months is 28 or 29 February).
    pub fn plus_months(self, n: i64) -> Day {
        let (y, m, d) = self.ymd();
        let index = y * 12 + (m - 1) + n;
        let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        Day(days_from_civil(y, m, d.min(days_in_month(y, m))))
    }

    /// Whole months from `self` to `later` (0 when `later` is earlier): 31 Jan to 28 Feb
    /// is 0, to 1 March is 1.
    pub fn months_until(self, later: Day) -> i64 {
        let (y1, m1, d1) = self.ymd();
        let (y2, m2, d2) = later.ymd();
        let mut months = (y2 - y1) * 12 + (m2 - m1);
        if d2 < d1 {
            months -= 1;
        }
        months.max(0)
    }

    /// The first day on or after `self` that falls on `month`/`day` in some year; 29
    /// February falls on 28 February in other years.
    pub fn next_on(self, month: u8, day: u8) -> Option<Day> {
        let (y, _, _) = self.ymd();
        (y..=y + 1).find_map(|year| {
            let m = i64::from(month);
            let d = i64::from(day).min(days_in_month(year, m.clamp(1, 12)));
            Day::new(year, m, d).filter(|&on| on >= self)
        })
    }
}

/// Is `month`/`day` a day some year has (29 February included)?
pub fn valid_day_of_year(month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && i64::from(day) <= days_in_month(2000, i64::from(month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_clamp_to_the_end_of_a_shorter_month() {
        let d = Day::new(2026, 12, 31).unwrap();
        assert_eq!(d.plus_months(2).iso(), "2027-02-28");
        assert_eq!(
            Day::new(2027, 12, 31).unwrap().plus_months(2).iso(),
            "2028-02-29"
        );
        assert_eq!(d.plus_months(-1).iso(), "2026-11-30");
    }

    #[test]
    fn whole_months_between_days() {
        let jan31 = Day::new(2026, 1, 31).unwrap();
        assert_eq!(jan31.months_until(Day::new(2026, 2, 28).unwrap()), 0);
        assert_eq!(jan31.months_until(Day::new(2026, 3, 1).unwrap()), 1);
        assert_eq!(jan31.months_until(Day::new(2025, 3, 1).unwrap()), 0);
    }

    #[test]
    fn a_birthday_comes_round_once_a_year() {
        let today = Day::new(2026, 12, 1).unwrap();
        assert_eq!(today.next_on(12, 1).unwrap(), today);
        assert_eq!(today.next_on(11, 30).unwrap().iso(), "2027-11-30");
        assert_eq!(today.next_on(2, 29).unwrap().iso(), "2027-02-28");
        assert_eq!(
            Day::new(2027, 3, 1).unwrap().next_on(2, 29).unwrap().iso(),
            "2028-02-29"
        );
    }

    #[test]
    fn names_the_day() {
        let d = Day::parse("2026-12-04").unwrap();
        assert_eq!(d.weekday(), "Friday");
        assert_eq!(d.day_and_month(), "4 December");
        assert_eq!(Day::parse("2026-02-30"), None);
        assert_eq!(
            Day::of(Timestamp::parse_iso("2026-12-04T23:59:00Z").unwrap()),
            d
        );
    }
}
