//! Counts in words: "1 draft", "3 drafts", "no drafts".

/// `plural(3, "draft", "drafts")` is "3 drafts"; zero reads "no drafts".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}
