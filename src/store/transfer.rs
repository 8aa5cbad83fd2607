//! Export and import: the whole store as one JSON file the user keeps, and the careful way
//! back in (validate, upgrade, preview what changes, and merge only when confirmed).

use serde::Serialize;
use serde_json::Value;

use super::envelope::{read_data, schema_of};
use super::migrate::SCHEMA;
use super::model::Data;
use super::time::Timestamp;

/// The `type` an export file carries, so a random JSON file is not mistaken for one.
pub const FILE_TYPE: &str = "goodwill";

/// The export file's text: `{type, schema, exported_at, data}`, indented for people.
pub fn export(data: &Data, now: Timestamp) -> String {
    #[derive(Serialize)]
    struct File<'a> {
        r#type: &'a str,
        schema: u64,
        exported_at: Timestamp,
        data: &'a Data,
    }
    super::json::pretty(&File {
        r#type: FILE_TYPE,
        schema: SCHEMA,
        exported_at: now,
        data,
    })
}

/// A name for the downloaded file, e.g. `goodwill-2026-11-22.json`.
pub fn file_name(now: Timestamp) -> String {
    format!("goodwill-{}.json", now.date())
}

/// An export file, read and upgraded, ready to preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub data: Data,
    pub schema: u64,
    pub exported_at: Option<Timestamp>,
    /// Records in the file that could not be read; they come in as set-aside records.
    pub unreadable: usize,
}

/// Why a file cannot be imported. Nothing changes when this is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    NotJson(String),
    NotGoodwill,
    Damaged(String),
    Newer(u64),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotJson(e) => write!(
                f,
                "This file is not a Goodwill export: it is not valid JSON ({e}). Nothing was changed."
            ),
            ImportError::NotGoodwill => f.write_str(
                "This JSON file is not a Goodwill export (it has no \"type\": \"goodwill\"). Nothing was changed.",
            ),
            ImportError::Damaged(e) => write!(
                f,
                "This Goodwill export is damaged: {e}. Nothing was changed."
            ),
            ImportError::Newer(n) => write!(
                f,
                "This file was exported by a newer version of Goodwill (data format {n}; this one reads up to {SCHEMA}). Reload the page to update, then import again. Nothing was changed."
            ),
        }
    }
}

/// Reads an export file. Damaged records inside an otherwise good file are kept aside, not
/// refused, so a user can still recover the rest.
pub fn read_export(text: &str) -> Result<Incoming, ImportError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotGoodwill);
    };
    if file.get("type").and_then(Value::as_str) != Some(FILE_TYPE) {
        return Err(ImportError::NotGoodwill);
    }
    let schema = schema_of(&file).map_err(|e| ImportError::Damaged(e.0))?;
    if schema > SCHEMA {
        return Err(ImportError::Newer(schema));
    }
    let exported_at = file
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_iso);
    let data = match file.remove("data") {
        Some(data @ Value::Object(_)) => data,
        Some(_) => return Err(ImportError::Damaged("its data is not a JSON object".into())),
        None => return Err(ImportError::Damaged("it has no data".into())),
    };
    let mut opened = read_data(schema, data, exported_at);
    // The file is itself a downloaded copy, made when it was exported: restoring from it
    // must not leave the page saying no copy was ever downloaded.
    opened.data.last_export = opened.data.last_export.max(exported_at);
    Ok(Incoming {
        unreadable: opened.newly_set_aside,
        data: opened.data,
        schema,
        exported_at,
    })
}

/// What an import would change, for the user to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preview {
    pub drafts_added: usize,
    pub drafts_replaced: usize,
    pub results_added: usize,
    pub results_replaced: usize,
    pub people_added: usize,
    pub people_replaced: usize,
    /// What happens to the weekly plan.
    pub plan: PlanChange,
    /// The file's preferences differ and will be used.
    pub prefs_replaced: bool,
    /// Unreadable records the file brings along, kept aside.
    pub set_aside: usize,
}

/// What an import does to the weekly plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanChange {
    /// The current plan stays (or there is none on either side).
    #[default]
    Keep,
    /// There is no plan here; the file's is added.
    Add,
    /// The file's plan was made later and replaces this one.
    Newer,
    /// Both plans were made at the same moment but differ (ticked in two places): the
    /// file's version is used.
    Other,
}

impl Preview {
    /// True when importing would change nothing.
    pub fn is_empty(&self) -> bool {
        *self == Preview::default()
    }
}

/// Counts what [`merge`] would do, without doing it.
pub fn preview(current: &Data, incoming: &Data) -> Preview {
    let split = |ids: Vec<&str>, have: &dyn Fn(&str) -> bool| {
        let replaced = ids.iter().filter(|id| have(id)).count();
        (ids.len() - replaced, replaced)
    };
    let (drafts_added, drafts_replaced) = split(
        incoming.drafts.iter().map(|d| d.id.as_str()).collect(),
        &|id| current.drafts.iter().any(|d| d.id == id),
    );
    let (results_added, results_replaced) = split(
        incoming.results.iter().map(|r| r.id.as_str()).collect(),
        &|id| current.results.iter().any(|r| r.id == id),
    );
    let (people_added, people_replaced) = split(
        incoming.people.iter().map(|p| p.id.as_str()).collect(),
        &|id| current.people.iter().any(|p| p.id == id),
    );
    Preview {
        drafts_added,
        drafts_replaced,
        results_added,
        results_replaced,
        people_added,
        people_replaced,
        plan: plan_change(current, incoming),
        prefs_replaced: incoming.prefs != current.prefs,
        set_aside: incoming
            .set_aside
            .iter()
            .filter(|s| !current.set_aside.contains(s))
            .count(),
    }
}

fn plan_change(current: &Data, incoming: &Data) -> PlanChange {
    match (&current.plan, &incoming.plan) {
        (_, None) => PlanChange::Keep,
        (None, Some(_)) => PlanChange::Add,
        (Some(have), Some(new)) if new.made > have.made => PlanChange::Newer,
        (Some(have), Some(new)) if new.made == have.made && new != have => PlanChange::Other,
        (Some(_), Some(_)) => PlanChange::Keep,
    }
}

/// The store after importing `incoming`: records with an id already present are replaced by
/// the file's, new ones are added, and nothing only the current store has is lost.
pub fn merge(current: &Data, incoming: Data) -> Data {
    let mut out = current.clone();
    let plan_replaced = plan_change(current, &incoming) != PlanChange::Keep;
    for draft in incoming.drafts {
        match out.drafts.iter_mut().find(|d| d.id == draft.id) {
            Some(slot) => *slot = draft,
            None => out.drafts.push(draft),
        }
    }
    for result in incoming.results {
        match out.results.iter_mut().find(|r| r.id == result.id) {
            Some(slot) => *slot = result,
            None => out.results.push(result),
        }
    }
    for person in incoming.people {
        match out.people.iter_mut().find(|p| p.id == person.id) {
            Some(slot) => *slot = person,
            None => out.people.push(person),
        }
    }
    for key in incoming.loops_closed {
        if !out.loops_closed.contains(&key) {
            out.loops_closed.push(key);
        }
    }
    if plan_replaced {
        out.plan = incoming.plan;
    }
    out.prefs = incoming.prefs;
    if out.quiz_progress.is_none() {
        out.quiz_progress = incoming.quiz_progress;
    }
    out.last_export = out.last_export.max(incoming.last_export);
    for record in incoming.set_aside {
        if !out.set_aside.contains(&record) {
            out.set_aside.push(record);
        }
    }
    out
}
