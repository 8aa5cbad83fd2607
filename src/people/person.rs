//! A person the user knows, as they describe them: how they know each other, what the
//! person is good at and cares about, the days worth a word, and how often to get in
//! touch. Deliberately no field for favours done or owed: Goodwill keeps no ledger.

use serde::{Deserialize, Serialize};

use super::day::valid_day_of_year;
use crate::store::Timestamp;

/// Months between words for a close tie, unless the user chose otherwise.
pub const CLOSE_MONTHS: u8 = 2;
/// Months between words for a casual tie.
pub const CASUAL_MONTHS: u8 = 6;
/// The longest cadence the app offers, in months.
pub const MOST_MONTHS: u8 = 24;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub tie: Tie,
    /// Who introduced you, if someone did.
    #[serde(default)]
    pub introduced_by: String,
    /// Where or how you met.
    #[serde(default)]
    pub met: String,
    #[serde(default)]
    pub good_at: String,
    /// What they care about or are working on now.
    #[serde(default)]
    pub cares_about: String,
    #[serde(default)]
    pub occasions: Vec<Occasion>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub cadence: Cadence,
    /// The last time the user says they were in touch outside Goodwill ("we had coffee").
    /// Messages marked sent to them count too; see [`super::last_in_touch`].
    #[serde(default)]
    pub last_contact: Option<Timestamp>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// How close the user is to them, which sets the usual cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tie {
    Close,
    #[default]
    Casual,
}

/// How often a word is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cadence {
    /// The tie's usual cadence: [`CLOSE_MONTHS`] or [`CASUAL_MONTHS`].
    #[default]
    Usual,
    /// Every this many months (1 to [`MOST_MONTHS`]).
    Months(u8),
    /// Never due on a cadence (occasions still come round).
    Off,
}

/// A day of the year worth a word: day and month only, never a year of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occasion {
    pub kind: OccasionKind,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OccasionKind {
    Birthday,
    WorkAnniversary,
}

impl OccasionKind {
    pub const ALL: [OccasionKind; 2] = [OccasionKind::Birthday, OccasionKind::WorkAnniversary];

    /// "birthday", "work anniversary": as a sentence says it.
    pub fn label(self) -> &'static str {
        match self {
            OccasionKind::Birthday => "birthday",
            OccasionKind::WorkAnniversary => "work anniversary",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OccasionKind::Birthday => "birthday",
            OccasionKind::WorkAnniversary => "work-anniversary",
        }
    }
}

impl Tie {
    pub fn as_str(self) -> &'static str {
        match self {
            Tie::Close => "close",
            Tie::Casual => "casual",
        }
    }

    /// "a close tie".
    pub fn label(self) -> &'static str {
        match self {
            Tie::Close => "a close tie",
            Tie::Casual => "a casual tie",
        }
    }

    /// Months between words on the usual cadence for this tie.
    pub fn usual_months(self) -> u8 {
        match self {
            Tie::Close => CLOSE_MONTHS,
            Tie::Casual => CASUAL_MONTHS,
        }
    }

    /// "A close tie", to start a line with.
    pub fn title(self) -> &'static str {
        match self {
            Tie::Close => "A close tie",
            Tie::Casual => "A casual tie",
        }
    }
}

/// What is wrong with a person record the user is about to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonError {
    NoName,
    BadOccasion(OccasionKind),
    BadCadence(u8),
}

impl std::fmt::Display for PersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PersonError::NoName => f.write_str("Give them a name, so you can find them again."),
            PersonError::BadOccasion(kind) => write!(
                f,
                "The {} is not a day of the year: pick a day the month has.",
                kind.label()
            ),
            PersonError::BadCadence(n) => write!(
                f,
                "Every {n} months is not offered: choose 1 to {MOST_MONTHS} months, or off."
            ),
        }
    }
}

impl Person {
    /// Months between words, or `None` when the cadence is off.
    pub fn cadence_months(&self) -> Option<u8> {
        match self.cadence {
            Cadence::Usual => Some(self.tie.usual_months()),
            Cadence::Months(n) => Some(n.clamp(1, MOST_MONTHS)),
            Cadence::Off => None,
        }
    }

    /// Checks what the user typed before it is saved.
    pub fn validate(&self) -> Result<(), PersonError> {
        if self.name.trim().is_empty() {
            return Err(PersonError::NoName);
        }
        if let Some(o) = self
            .occasions
            .iter()
            .find(|o| !valid_day_of_year(o.month, o.day))
        {
            return Err(PersonError::BadOccasion(o.kind));
        }
        if let Cadence::Months(n) = self.cadence {
            if !(1..=MOST_MONTHS).contains(&n) {
                return Err(PersonError::BadCadence(n));
            }
        }
        Ok(())
    }

    /// The first word of their name, as a greeting uses it.
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }

    /// Does every word of `query` appear in some field (case and accents as typed)?
    pub fn matches(&self, query: &str) -> bool {
        let haystack = [
            self.name.as_str(),
            &self.introduced_by,
            &self.met,
            &self.good_at,
            &self.cares_about,
            &self.notes,
            self.tie.label(),
        ]
        .join(" ")
        .to_lowercase();
        let occasions: String = self
            .occasions
            .iter()
            .map(|o| o.kind.label())
            .collect::<Vec<_>>()
            .join(" ");
        let haystack = format!("{haystack} {occasions}");
        query
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }

    /// A new person named `name`, a casual tie on the usual cadence.
    pub fn new(id: String, name: &str, now: Timestamp) -> Person {
        Person {
            id,
            name: name.trim().to_string(),
            tie: Tie::default(),
            introduced_by: String::new(),
            met: String::new(),
            good_at: String::new(),
            cares_about: String::new(),
            occasions: Vec::new(),
            notes: String::new(),
            cadence: Cadence::default(),
            last_contact: None,
            created: now,
            updated: now,
        }
    }
}
