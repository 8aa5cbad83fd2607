//! Fuzzes import and start-up: any bytes as an export file or as stored text must never
//! panic, and whatever imports must export and import again to the same data.
#![no_main]

use goodwill::store::{envelope, transfer, Timestamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = envelope::open(&text);
    if let Ok(incoming) = transfer::read_export(&text) {
        let again = transfer::read_export(&transfer::export(&incoming.data, Timestamp(0)))
            .expect("an export of imported data imports");
        assert_eq!(again.data, incoming.data);
    }
});
