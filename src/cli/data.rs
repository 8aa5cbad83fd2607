//! `goodwill data check|upgrade [FILE|-]`: the store's import path on the command line.
//! `check` says what an export file holds (or why it cannot be imported); `upgrade` prints
//! it migrated to the current schema. Reading, validating and upgrading are
//! [`crate::store::transfer`]'s; this file only formats.

use serde::Serialize;

use crate::store::{transfer, SCHEMA};

#[derive(Serialize)]
struct Summary {
    schema: u64,
    current_schema: u64,
    exported_at: Option<String>,
    drafts: usize,
    results: usize,
    quiz_in_progress: bool,
    plan: bool,
    rules_switched_off: usize,
    /// Records that could not be read; an import keeps them aside.
    unreadable: usize,
}

/// A one-line JSON summary of the export in `text`.
pub fn check(text: &str, origin: &str) -> Result<String, String> {
    let incoming = transfer::read_export(text).map_err(|e| format!("{origin}: {e}"))?;
    let data = &incoming.data;
    let summary = Summary {
        schema: incoming.schema,
        current_schema: SCHEMA,
        exported_at: incoming.exported_at.map(|t| t.to_iso()),
        drafts: data.drafts.len(),
        results: data.results.len(),
        quiz_in_progress: data.quiz_progress.is_some(),
        plan: data.plan.is_some(),
        rules_switched_off: data.prefs.disabled_rules.len(),
        unreadable: incoming.unreadable,
    };
    Ok(serde_json::to_string(&summary).expect("a summary always serialises") + "\n")
}

/// The export in `text`, upgraded to the current schema and written as a fresh export.
/// Keeps its `exported_at`; unreadable records travel along, kept aside.
pub fn upgrade(text: &str, origin: &str) -> Result<String, String> {
    let incoming = transfer::read_export(text).map_err(|e| format!("{origin}: {e}"))?;
    let at = incoming.exported_at.unwrap_or_default();
    Ok(transfer::export(&incoming.data, at) + "\n")
}
