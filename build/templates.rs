//! Build-time only: reads `content/templates/<kind>.toml` (the drafter's form fields and
//! template text), checks them and writes `OUT_DIR/templates.rs` as static data.
//! Must not be compiled into the app: the .wasm carries no TOML parser.
//!
//! A slip fails the build naming the file: an unknown placeholder or field, a condition on
//! a choice that does not exist, a field label that would not read as a `[Slot]`.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const KINDS: [(&str, &str); 4] = [
    ("request", "Request"),
    ("thank-you", "ThankYou"),
    ("introduction", "Introduction"),
    ("check-in", "CheckIn"),
];
const INPUTS: [(&str, &str); 4] = [
    ("short", "Short"),
    ("long", "Long"),
    ("choice", "Choice"),
    ("checkbox", "Checkbox"),
];
/// How a value may be shaped where it is put in: `{id}` as written (end punctuation
/// dropped), `{id|sentence}` (capital first letter, full stop added) or `{id|first}` (the
/// first word: "Dana" of "Dana Reyes") or `{id|short}` (cut for a subject line).
const FILTERS: [&str; 3] = ["sentence", "first", "short"];
/// The `unfilled-placeholder` rule only sees `[Label]` as a slot up to this length, and not
/// when it holds `@ : / .`; an empty field is drafted as its label in brackets.
const LONGEST_SLOT: usize = 40;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    kind: String,
    /// What the drafter's start page says this kind is for, one line.
    description: String,
    field: Vec<FieldFile>,
    subject: Vec<PartFile>,
    body: Vec<PartFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldFile {
    id: String,
    label: String,
    hint: String,
    input: String,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    shown_when: Option<String>,
    #[serde(default)]
    option: Vec<OptionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    value: String,
    label: String,
    #[serde(default)]
    phrase: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartFile {
    #[serde(default)]
    when: Vec<String>,
    text: String,
}

/// Reads every template in `dir` and writes `templates.rs` into `out`.
pub fn build(dir: &Path, out: &Path) {
    println!("cargo::rerun-if-changed=build/templates.rs");
    let files = super::sorted_files(dir, "toml");
    let mut templates: Vec<(PathBuf, TemplateFile)> = files
        .into_iter()
        .map(|path| {
            let fail = |why: String| -> ! { panic!("content error in {}: {why}", path.display()) };
            let source = fs::read_to_string(&path).unwrap_or_else(|e| fail(e.to_string()));
            let template: TemplateFile =
                toml::from_str(&source).unwrap_or_else(|e| fail(e.to_string()));
            check(&path, &template).unwrap_or_else(|e| fail(e));
            (path, template)
        })
        .collect();
    for (kind, _) in KINDS {
        if !templates.iter().any(|(_, t)| t.kind == kind) {
            panic!(
                "content error in {}: no template for kind {kind:?}",
                dir.display()
            );
        }
    }
    // The app offers kinds in this order.
    templates.sort_by_key(|(_, t)| KINDS.iter().position(|(k, _)| *k == t.kind));
    super::write(&out.join("templates.rs"), &source(&templates));
}

fn check(path: &Path, t: &TemplateFile) -> Result<(), String> {
    if path.file_stem().and_then(|s| s.to_str()) != Some(t.kind.as_str()) {
        return Err(format!("file must be named after its kind {:?}", t.kind));
    }
    if !KINDS.iter().any(|(k, _)| *k == t.kind) {
        return Err(format!("unknown kind {:?}", t.kind));
    }
    if t.description.trim().is_empty() || t.description.contains('\n') {
        return Err("description must be one non-empty line".into());
    }
    let mut ids = BTreeSet::new();
    for (index, f) in t.field.iter().enumerate() {
        let named = format!("field {:?}", f.id);
        if f.id.is_empty() || !f.id.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!("{named}: ids are lower-case letters and _"));
        }
        if !ids.insert(f.id.as_str()) {
            return Err(format!("{named} is defined twice"));
        }
        if f.hint.trim().is_empty() {
            return Err(format!("{named} needs a hint"));
        }
        let label_ok = f.label.starts_with(|c: char| c.is_uppercase())
            && f.label.len() <= LONGEST_SLOT
            && !f.label.contains(['@', ':', '/', '.', '[', ']', '{', '}']);
        if !label_ok {
            return Err(format!(
                "{named}: the label {:?} must start with a capital, fit in {LONGEST_SLOT} bytes and hold none of @ : / . [ ] {{ }} (an empty field is drafted as [Label])",
                f.label
            ));
        }
        if !INPUTS.iter().any(|(i, _)| *i == f.input) {
            return Err(format!(
                "{named}: unknown input {:?}: expected short, long, choice or checkbox",
                f.input
            ));
        }
        match (f.input == "choice", f.option.len()) {
            (true, n) if n < 2 => {
                return Err(format!("{named}: a choice needs two options or more"))
            }
            (false, n) if n > 0 => return Err(format!("{named}: only a choice has options")),
            _ => {}
        }
        let mut values = BTreeSet::new();
        for o in &f.option {
            if !values.insert(o.value.as_str()) || o.value.is_empty() || o.label.is_empty() {
                return Err(format!(
                    "{named}: option values must be unique and non-empty, with a label"
                ));
            }
            if o.phrase.contains(['{', '}']) {
                return Err(format!(
                    "{named}: option {:?}: a phrase holds no placeholders",
                    o.value
                ));
            }
        }
        if let Some(when) = &f.shown_when {
            if !when.contains('=') {
                return Err(format!(
                    "{named}: shown_when is a choice and its option: \"tie=introduced\""
                ));
            }
            // Only an earlier field can decide whether this one shows, so forms never loop.
            check_condition(when, &t.field[..index])
                .map_err(|e| format!("{named}: shown_when: {e}"))?;
        }
    }
    if t.subject.is_empty() || t.body.is_empty() {
        return Err("needs at least one [[subject]] and one [[body]] part".into());
    }
    for (section, parts) in [("subject", &t.subject), ("body", &t.body)] {
        for part in parts {
            for when in &part.when {
                check_condition(when, &t.field).map_err(|e| format!("[[{section}]] when: {e}"))?;
            }
            check_placeholders(&part.text, &t.field)
                .map_err(|e| format!("[[{section}]] {:?}: {e}", part.text))?;
        }
    }
    Ok(())
}

/// `id` (filled or ticked), `!id` (empty) or `id=value` (a choice's option).
fn check_condition(when: &str, fields: &[FieldFile]) -> Result<(), String> {
    // `!next:reports`: the answer does not already promise to report back, so the
    // template adds its own promise.
    let when = match when.strip_suffix(REPORTS) {
        Some(id) if !id.starts_with('!') => {
            return Err(format!("{when:?}: only \"!id{REPORTS}\" is known"))
        }
        Some(id) => id,
        None => when,
    };
    let (id, value) = match when.split_once('=') {
        Some((id, value)) => (id, Some(value)),
        None => (when.strip_prefix('!').unwrap_or(when), None),
    };
    let field = fields
        .iter()
        .find(|f| f.id == id)
        .ok_or_else(|| format!("unknown field {id:?} in {when:?}"))?;
    if let Some(value) = value {
        if !field.option.iter().any(|o| o.value == value) {
            return Err(format!("{id:?} has no option {value:?} (in {when:?})"));
        }
    }
    Ok(())
}

fn check_placeholders(text: &str, fields: &[FieldFile]) -> Result<(), String> {
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a } with no { before it".into());
        }
        let close = rest[open..].find('}').ok_or("a { that is never closed")?;
        let inner = &rest[open + 1..open + close];
        let (id, filter) = match inner.split_once('|') {
            Some((id, filter)) => (id, Some(filter)),
            None => (inner, None),
        };
        let field = fields
            .iter()
            .find(|f| f.id == id)
            .ok_or_else(|| format!("unknown placeholder {{{inner}}}"))?;
        if field.input == "checkbox" {
            return Err(format!(
                "{{{id}}} is a checkbox: test it in `when`, don't print it"
            ));
        }
        if let Some(filter) = filter {
            if !FILTERS.contains(&filter) {
                return Err(format!("unknown filter {filter:?} in {{{inner}}}"));
            }
        }
        rest = &rest[open + close + 1..];
    }
    Ok(())
}

fn rust_name<'a>(table: &[(&str, &'a str)], key: &str) -> &'a str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .expect("validated above")
}

/// The suffix of a condition on whether an answer already promises to report back.
const REPORTS: &str = ":reports";

fn condition(when: &str) -> String {
    if let Some(id) = when.strip_suffix(REPORTS) {
        let id = id.trim_start_matches('!');
        return format!("Condition::NoReport({id:?})");
    }
    match when.split_once('=') {
        Some((id, value)) => format!("Condition::Is({id:?}, {value:?})"),
        None => match when.strip_prefix('!') {
            Some(id) => format!("Condition::Empty({id:?})"),
            None => format!("Condition::Filled({when:?})"),
        },
    }
}

fn parts(parts: &[PartFile]) -> String {
    let mut s = String::from("&[");
    for p in parts {
        let when: Vec<String> = p.when.iter().map(|w| condition(w)).collect();
        write!(
            s,
            "Part {{ when: &[{}], text: {:?} }}, ",
            when.join(", "),
            p.text
        )
        .unwrap();
    }
    s.push(']');
    s
}

fn source(templates: &[(PathBuf, TemplateFile)]) -> String {
    let mut s = String::from(
        "/// Every template in `content/templates/`, one per kind, in the order the app offers them.\npub static TEMPLATES: &[Template] = &[\n",
    );
    for (_, t) in templates {
        writeln!(
            s,
            "    Template {{ kind: Kind::{}, description: {:?}, fields: &[",
            rust_name(&KINDS, &t.kind),
            t.description.trim()
        )
        .unwrap();
        for f in &t.field {
            let input = match f.input.as_str() {
                "choice" => {
                    let options: Vec<String> = f
                        .option
                        .iter()
                        .map(|o| {
                            format!(
                                "Choice {{ value: {:?}, label: {:?}, phrase: {:?} }}",
                                o.value, o.label, o.phrase
                            )
                        })
                        .collect();
                    format!("Input::Choice(&[{}])", options.join(", "))
                }
                other => format!("Input::{}", rust_name(&INPUTS, other)),
            };
            let shown_when = match f.shown_when.as_deref().map(|w| w.split_once('=')) {
                Some(Some((id, value))) => format!("Some(({id:?}, {value:?}))"),
                Some(None) => unreachable!("shown_when is always id=value (checked)"),
                None => "None".into(),
            };
            writeln!(
                s,
                "        Field {{ id: {:?}, label: {:?}, hint: {:?}, required: {}, input: {input}, shown_when: {shown_when} }},",
                f.id, f.label, f.hint.trim(), f.required
            )
            .unwrap();
        }
        writeln!(
            s,
            "    ], subject: {}, body: {} }},",
            parts(&t.subject),
            parts(&t.body)
        )
        .unwrap();
    }
    s.push_str("];\n");
    s
}
