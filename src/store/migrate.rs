//! Upgrades saved data, one schema step at a time, from any older shape to the current one.
//!
//! Each step is a function on the raw JSON of the `data` field, so it can read shapes the
//! current types no longer describe. Steps never drop a record: what they cannot convert
//! they leave for record-by-record loading to set aside. Each step has a golden fixture of
//! the old shape in `tests/fixtures/store/` that `tests/store.rs` upgrades.

use serde_json::Value;

/// The schema this build writes.
pub const SCHEMA: u64 = 1;

/// `STEPS[n - 1]` upgrades schema `n` to `n + 1`.
type Step = fn(Value) -> Value;
const STEPS: [Step; (SCHEMA - 1) as usize] = [];

/// Brings `data` written under `schema` up to [`SCHEMA`]. Data from a newer schema is
/// returned unchanged: the caller must treat it as read-only.
pub fn to_current(schema: u64, mut data: Value) -> Value {
    for step in STEPS.iter().skip(schema.saturating_sub(1) as usize) {
        data = step(data);
    }
    data
}
