//! The saved document: a versioned envelope (`{schema, saved_at, data}`) around [`Data`],
//! opened record by record so one damaged draft or result never costs the rest.

use serde::Serialize;
use serde_json::{Map, Value};

use super::migrate::{self, SCHEMA};
use super::model::{Data, SetAside};
use super::time::Timestamp;

/// A saved document, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub data: Data,
    /// The schema the document was written with.
    pub schema: u64,
    pub saved_at: Option<Timestamp>,
    /// How many records were set aside while reading this time (not counting older ones).
    pub newly_set_aside: usize,
}

impl Opened {
    /// Written by a newer Goodwill: show it, but never overwrite it.
    pub fn read_only(&self) -> bool {
        self.schema > SCHEMA
    }
}

/// Why a saved document could not be read at all. Its text must be kept elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The text to store: the envelope around `data`, stamped `now`.
pub fn seal(data: &Data, now: Timestamp) -> String {
    #[derive(Serialize)]
    struct Envelope<'a> {
        schema: u64,
        saved_at: Timestamp,
        data: &'a Data,
    }
    super::json::compact(&Envelope {
        schema: SCHEMA,
        saved_at: now,
        data,
    })
}

/// Reads a stored document; `Err` when it is not a Goodwill envelope at all.
pub fn open(text: &str) -> Result<Opened, Unreadable> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| Unreadable(format!("the saved data is not valid JSON ({e})")))?;
    let Value::Object(mut envelope) = value else {
        return Err(Unreadable("the saved data is not a JSON object".into()));
    };
    let schema = schema_of(&envelope)?;
    let saved_at = envelope
        .get("saved_at")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_iso);
    let data = envelope.remove("data").unwrap_or(Value::Null);
    Ok(read_data(schema, data, saved_at))
}

/// The `schema` field: a whole number from 1 up.
pub(super) fn schema_of(envelope: &Map<String, Value>) -> Result<u64, Unreadable> {
    match envelope.get("schema") {
        Some(Value::Number(n)) => n
            .as_u64()
            .filter(|&n| n >= 1)
            .ok_or_else(|| Unreadable(format!("the schema number {n} is not valid"))),
        Some(_) => Err(Unreadable("the schema number is not a number".into())),
        None => Err(Unreadable("it has no schema number".into())),
    }
}

/// Upgrades and reads `data` written under `schema`, setting aside what does not read.
pub(super) fn read_data(schema: u64, data: Value, saved_at: Option<Timestamp>) -> Opened {
    let data = migrate::to_current(schema, data);
    let mut fields = match data {
        Value::Object(fields) => fields,
        Value::Null => Map::new(),
        other => {
            let mut out = Data::default();
            out.set_aside.push(SetAside {
                area: "data".into(),
                reason: "the data is not a JSON object".into(),
                value: other,
            });
            return Opened {
                data: out,
                schema,
                saved_at,
                newly_set_aside: 1,
            };
        }
    };
    let mut out = Data::default();
    let mut aside = Vec::new();

    // Older set-aside records first, so they keep their place.
    if let Some(old) = fields.remove("set_aside") {
        for value in list(old, "set_aside", &mut aside) {
            match serde_json::from_value::<SetAside>(value.clone()) {
                Ok(record) => out.set_aside.push(record),
                Err(e) => aside.push(set_aside("set_aside", &e, value)),
            }
        }
    }
    out.drafts = records(&mut fields, "drafts", &mut aside, |d: &super::Draft| &d.id);
    out.results = records(&mut fields, "results", &mut aside, |r: &super::Attempt| {
        &r.id
    });
    out.quiz_progress = single(&mut fields, "quiz_progress", &mut aside).flatten();
    out.plan = single(&mut fields, "plan", &mut aside).flatten();
    out.prefs = single(&mut fields, "prefs", &mut aside).unwrap_or_default();
    out.last_export = single(&mut fields, "last_export", &mut aside).flatten();
    out.people = records(
        &mut fields,
        "people",
        &mut aside,
        |p: &crate::people::Person| &p.id,
    );
    out.loops_closed = single(&mut fields, "loops_closed", &mut aside).unwrap_or_default();

    let newly_set_aside = aside.len();
    out.set_aside.extend(aside);
    Opened {
        data: out,
        schema,
        saved_at,
        newly_set_aside,
    }
}

fn set_aside(area: &str, error: &impl std::fmt::Display, value: Value) -> SetAside {
    SetAside {
        area: area.into(),
        reason: error.to_string(),
        value,
    }
}

/// The elements of a list field; a field that is not a list is set aside whole.
fn list(value: Value, area: &str, aside: &mut Vec<SetAside>) -> Vec<Value> {
    match value {
        Value::Array(items) => items,
        Value::Null => Vec::new(),
        other => {
            aside.push(set_aside(area, &"expected a list", other));
            Vec::new()
        }
    }
}

/// Reads each record of a list on its own; one that does not read, or repeats an id, is
/// set aside and the rest load.
fn records<T: serde::de::DeserializeOwned>(
    fields: &mut Map<String, Value>,
    area: &str,
    aside: &mut Vec<SetAside>,
    id: impl Fn(&T) -> &String,
) -> Vec<T> {
    let Some(value) = fields.remove(area) else {
        return Vec::new();
    };
    let mut out: Vec<T> = Vec::new();
    for value in list(value, area, aside) {
        match serde_json::from_value::<T>(value.clone()) {
            Ok(record) if out.iter().any(|r| id(r) == id(&record)) => {
                let reason = format!("another record already has the id {:?}", id(&record));
                aside.push(set_aside(area, &reason, value));
            }
            Ok(record) => out.push(record),
            Err(e) => aside.push(set_aside(area, &e, value)),
        }
    }
    out
}

/// Reads one field; `None` when absent, set aside when it does not read.
fn single<T: serde::de::DeserializeOwned>(
    fields: &mut Map<String, Value>,
    area: &str,
    aside: &mut Vec<SetAside>,
) -> Option<T> {
    let value = fields.remove(area)?;
    match serde_json::from_value::<T>(value.clone()) {
        Ok(v) => Some(v),
        Err(e) => {
            aside.push(set_aside(area, &e, value));
            None
        }
    }
}
