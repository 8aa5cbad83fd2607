//! Compiles `content/` into Rust statics: guides rendered from Markdown, rule metadata and
//! the self-assessment from TOML.
//!
//! Everything is checked here, so a slip in a content file fails the build with the file's
//! name instead of shipping: raw HTML, unsafe links, missing fields, unknown kinds.

#[path = "src/etiquette/forms.rs"]
#[allow(dead_code)]
mod forms;
#[path = "src/content/front_matter.rs"]
mod front_matter;
#[path = "src/content/markdown.rs"]
mod markdown;
#[path = "build/quiz.rs"]
mod quiz;
#[path = "build/templates.rs"]
mod templates;

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/content/markdown.rs");
    println!("cargo::rerun-if-changed=src/content/front_matter.rs");
    println!("cargo::rerun-if-changed=build/quiz.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let guides = build_guides(Path::new("content/guides"));
    let slugs: Vec<String> = guides.iter().map(|g| g.slug.clone()).collect();
    write(&out.join("guides.rs"), &guides_source(&guides));
    let rules = build_rules(Path::new("content/rules"), &slugs);
    write(&out.join("rules.rs"), &rules_source(&rules));
    write(&out.join("rule_examples.rs"), &examples_source(&rules));
    templates::build(Path::new("content/templates"), &out);
    write(
        &out.join("quiz.rs"),
        &quiz::build(Path::new("content/quiz"), &slugs),
    );
}

fn write(path: &Path, source: &str) {
    // Only rewrite when changed, so dependants are not rebuilt for nothing.
    if fs::read_to_string(path).ok().as_deref() != Some(source) {
        fs::write(path, source).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
}

fn sorted_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

// ---- guides ---------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFront {
    title: String,
    summary: String,
}

struct Guide {
    slug: String,
    title: String,
    summary: String,
    html: String,
}

fn build_guides(dir: &Path) -> Vec<Guide> {
    sorted_files(dir, "md")
        .into_iter()
        .map(|path| {
            let fail = |why: String| -> ! { panic!("content error in {}: {why}", path.display()) };
            let source = fs::read_to_string(&path).unwrap_or_else(|e| fail(e.to_string()));
            let (front, body) =
                front_matter::split(&source).unwrap_or_else(|| fail("no +++ front matter".into()));
            let front: GuideFront = toml::from_str(front).unwrap_or_else(|e| fail(e.to_string()));
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            // "01-give-first" -> "give-first": the number only orders the library.
            let slug = stem.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
            if slug.is_empty() || !slug.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                fail(format!(
                    "file name must be NN-lowercase-slug.md, got {stem:?}"
                ));
            }
            if front.title.trim().is_empty() || front.summary.trim().is_empty() {
                fail("title and summary must not be empty".into());
            }
            if body.trim().is_empty() {
                fail("the guide has no body".into());
            }
            let html = markdown::render(body).unwrap_or_else(|e| fail(e.to_string()));
            Guide {
                slug: slug.to_string(),
                title: typographic(front.title.trim()),
                summary: typographic(front.summary.trim()),
                html,
            }
        })
        .collect()
}

/// Curly apostrophes and quotes for front-matter text, matching what pulldown-cmark's smart
/// punctuation does to the body ("don't" -> "don’t").
fn typographic(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open_double = true;
    for c in text.chars() {
        match c {
            '\'' => out.push('\u{2019}'),
            '"' => {
                out.push(if open_double { '\u{201C}' } else { '\u{201D}' });
                open_double = !open_double;
            }
            _ => out.push(c),
        }
    }
    out
}

fn guides_source(guides: &[Guide]) -> String {
    let mut s = String::from("/// Every guide in `content/guides/`, in library order.\npub static GUIDES: &[Guide] = &[\n");
    // The bodies in a static of their own, so pages that only list guides (home) link none.
    let mut bodies = String::from(
        "/// The guides' bodies, in the order of `GUIDES`.\nstatic GUIDE_HTML: &[&str] = &[\n",
    );
    for g in guides {
        writeln!(
            s,
            "    Guide {{ slug: {:?}, title: {:?}, summary: {:?} }},",
            g.slug, g.title, g.summary
        )
        .unwrap();
        writeln!(bodies, "    {:?},", g.html).unwrap();
    }
    s.push_str("];\n");
    bodies.push_str("];\n");
    s + &bodies
}

// ---- rules ----------------------------------------------------------------------------

const KINDS: [(&str, &str); 4] = [
    ("request", "Request"),
    ("thank-you", "ThankYou"),
    ("introduction", "Introduction"),
    ("check-in", "CheckIn"),
];
const SEVERITIES: [(&str, &str); 3] =
    [("error", "Error"), ("warning", "Warning"), ("hint", "Hint")];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    title: String,
    kinds: Vec<String>,
    severity: String,
    guide: String,
    summary: String,
    explanation: String,
    #[serde(default)]
    phrase: Vec<PhraseFile>,
    #[serde(default)]
    satisfied_by: Vec<String>,
    /// Antipatterns: where a phrase of this rule sits inside one of these, it is meant in
    /// another sense and the rule stays quiet ("I immediately thought of you").
    #[serde(default)]
    unless: Vec<String>,
    examples: Examples,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    #[serde(rename = "match")]
    patterns: Vec<String>,
    message: String,
    #[serde(default)]
    replace: Option<String>,
    #[serde(default)]
    remove: bool,
    /// Where a match counts: `anywhere` (the default), `ask` (only in a sentence that asks
    /// something of the reader) or `ask-or-wish` (also "I'd love to join your team").
    #[serde(default)]
    scope: Option<String>,
}

const SCOPES: [(&str, &str); 3] = [
    ("anywhere", "Anywhere"),
    ("ask", "Ask"),
    ("ask-or-wish", "AskOrWish"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Examples {
    fire: Vec<String>,
    quiet: Vec<String>,
}

fn build_rules(dir: &Path, guide_slugs: &[String]) -> Vec<RuleFile> {
    let mut rules: Vec<RuleFile> = sorted_files(dir, "toml")
        .into_iter()
        .map(|path| {
            let fail = |why: String| -> ! { panic!("content error in {}: {why}", path.display()) };
            let source = fs::read_to_string(&path).unwrap_or_else(|e| fail(e.to_string()));
            let mut rule: RuleFile =
                toml::from_str(&source).unwrap_or_else(|e| fail(e.to_string()));
            if path.file_stem().and_then(|s| s.to_str()) != Some(rule.id.as_str()) {
                fail(format!("file must be named after its id {:?}", rule.id));
            }
            if rule.kinds == ["all"] {
                rule.kinds = KINDS.iter().map(|(k, _)| k.to_string()).collect();
            }
            for kind in &rule.kinds {
                if !KINDS.iter().any(|(k, _)| k == kind) {
                    fail(format!("unknown kind {kind:?}"));
                }
            }
            if !SEVERITIES.iter().any(|(s, _)| *s == rule.severity) {
                fail(format!("unknown severity {:?}", rule.severity));
            }
            if !guide_slugs.contains(&rule.guide) {
                fail(format!(
                    "links to a guide that does not exist: {:?}",
                    rule.guide
                ));
            }
            if rule.examples.fire.is_empty() || rule.examples.quiet.is_empty() {
                fail("needs at least one example that fires and one that stays quiet".into());
            }
            for p in &rule.phrase {
                if p.patterns.is_empty() || p.message.trim().is_empty() {
                    fail("every [[phrase]] needs a match list and a message".into());
                }
                if p.remove && p.replace.is_some() {
                    fail("a phrase fix is either replace or remove, not both".into());
                }
                p.patterns
                    .iter()
                    .for_each(|pattern| forms::check(pattern).unwrap_or_else(|e| fail(e)));
                if let Some(scope) = &p.scope {
                    if !SCOPES.iter().any(|(s, _)| s == scope) {
                        fail(format!("unknown scope {scope:?}"));
                    }
                }
            }
            rule.satisfied_by
                .iter()
                .chain(&rule.unless)
                .for_each(|pattern| forms::check(pattern).unwrap_or_else(|e| fail(e)));
            rule
        })
        .collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    rules
}

fn rust_name(table: &[(&str, &str)], key: &str) -> String {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
        .expect("validated above")
}

fn rules_source(rules: &[RuleFile]) -> String {
    let mut s = String::from(
        "/// Every rule in `content/rules/`, sorted by id.\npub static RULES: &[RuleMeta] = &[\n",
    );
    // What the app shows first; the words only the checker reads follow in RULE_WORDS, a
    // static of their own, so the app's .wasm (which runs no checker) links none of them.
    let mut words = String::from(
        "/// The phrase lists of every rule, in the order of `RULES`.\npub static RULE_WORDS: &[RuleWords] = &[\n",
    );
    for r in rules {
        let kinds: Vec<String> = r
            .kinds
            .iter()
            .map(|k| format!("Kind::{}", rust_name(&KINDS, k)))
            .collect();
        writeln!(
            s,
            "    RuleMeta {{ id: {:?}, title: {:?}, kinds: &[{}], severity: Severity::{}, guide: {:?}, summary: {:?}, explanation: {:?} }},",
            r.id,
            r.title,
            kinds.join(", "),
            rust_name(&SEVERITIES, &r.severity),
            r.guide,
            r.summary.trim(),
            r.explanation.trim()
        )
        .unwrap();
        words.push_str("    RuleWords { phrases: &[\n");
        for p in &r.phrase {
            let fix = match (&p.replace, p.remove) {
                (Some(text), _) => format!("Some(PhraseFix::Replace({text:?}))"),
                (None, true) => "Some(PhraseFix::Remove)".to_string(),
                (None, false) => "None".to_string(),
            };
            let scope = rust_name(&SCOPES, p.scope.as_deref().unwrap_or("anywhere"));
            writeln!(
                words,
                "        PhraseSpec {{ patterns: &{:?}, message: {:?}, fix: {fix}, scope: Scope::{scope} }},",
                p.patterns,
                p.message.trim()
            )
            .unwrap();
        }
        writeln!(
            words,
            "    ], satisfied_by: &{:?}, unless: &{:?} }},",
            r.satisfied_by, r.unless
        )
        .unwrap();
    }
    s.push_str("];\n");
    words.push_str("];\n");
    s + &words
}

fn examples_source(rules: &[RuleFile]) -> String {
    let mut s = String::from(
        "/// `(rule id, first kind, should fire, example text)` for every example in `content/rules/`.\npub static RULE_EXAMPLES: &[(&str, &str, bool, &str)] = &[\n",
    );
    for r in rules {
        for (fire, list) in [(true, &r.examples.fire), (false, &r.examples.quiet)] {
            for text in list {
                writeln!(s, "    ({:?}, {:?}, {fire}, {:?}),", r.id, r.kinds[0], text).unwrap();
            }
        }
    }
    s.push_str("];\n");
    s
}
