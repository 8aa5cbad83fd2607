//! Upgrades saved data, one schema step at a time, from any older shape to the current one.
//!
//! Each step is a function on the raw JSON of the `data` field, so it can read shapes the
//! current types no longer describe. Steps never drop a record: what they cannot convert
//! they leave for record-by-record loading to set aside. Each step has a golden fixture of
//! the old shape in `tests/fixtures/store/` that `tests/store.rs` upgrades.

use serde_json::Value;

/// The schema this build writes.
pub const SCHEMA: u64 = 3;

/// `STEPS[n - 1]` upgrades schema `n` to `n + 1`.
type Step = fn(Value) -> Value;
const STEPS: [Step; (SCHEMA - 1) as usize] = [migrate_v1_to_v2, migrate_v2_to_v3];

/// Brings `data` written under `schema` up to [`SCHEMA`]. Data from a newer schema is
/// returned unchanged: the caller must treat it as read-only.
pub fn to_current(schema: u64, mut data: Value) -> Value {
    for step in STEPS.iter().skip(schema.saturating_sub(1) as usize) {
        data = step(data);
    }
    data
}

/// Schema 2 gave each draft the list of findings the user chose to ignore in it ("ignore
/// here"). Drafts from schema 1 had none; a draft that is not an object is left for
/// record-by-record loading to set aside.
pub fn migrate_v1_to_v2(mut data: Value) -> Value {
    if let Some(drafts) = data.get_mut("drafts").and_then(Value::as_array_mut) {
        for draft in drafts.iter_mut().filter_map(Value::as_object_mut) {
            draft
                .entry("ignored")
                .or_insert_with(|| Value::Array(Vec::new()));
        }
    }
    data
}

/// Schema 3 added the people the user keeps in touch with, the open loops they closed, and
/// a link from each draft to its person. Older data had none of them: empty lists, and no
/// draft linked to anyone. Nothing existing changes.
pub fn migrate_v2_to_v3(mut data: Value) -> Value {
    if let Some(fields) = data.as_object_mut() {
        fields
            .entry("people")
            .or_insert_with(|| Value::Array(Vec::new()));
        fields
            .entry("loops_closed")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    if let Some(drafts) = data.get_mut("drafts").and_then(Value::as_array_mut) {
        for draft in drafts.iter_mut().filter_map(Value::as_object_mut) {
            draft.entry("person").or_insert(Value::Null);
        }
    }
    data
}
