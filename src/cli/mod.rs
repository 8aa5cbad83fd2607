//! The `goodwill` command line: `lint` a message, print the `rules` catalogue, list and
//! score the `quiz`, `draft` a message from form answers, `data check|upgrade` an export
//! file, and `people due|ics` from an export file. Native only; it calls the same checker, scoring, drafting and store as the app.

mod args;
mod data;
mod draft;
mod help;
mod json;
mod people;
mod text;

use crate::etiquette::{lint_with, Context};
use crate::quiz;
use args::{Command, Format, Input};
use std::ffi::OsString;
use std::io::{Read, Write};

/// Exit status: nothing to report.
pub const CLEAN: i32 = 0;
/// Exit status: the message has diagnostics.
pub const FINDINGS: i32 = 1;
/// Exit status: usage or input error.
pub const ERROR: i32 = 2;

/// Runs the CLI with `args` (program name already removed); returns the exit status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match execute(args, &mut std::io::stdin().lock(), &mut out) {
        Ok(code) => code,
        Err(message) => {
            let _ = out.flush();
            eprintln!("goodwill: {message}");
            ERROR
        }
    }
}

/// The CLI with its streams passed in, so tests can drive it.
pub fn execute(
    args: impl IntoIterator<Item = OsString>,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<i32, String> {
    let write = |out: &mut dyn Write, s: &str| {
        out.write_all(s.as_bytes())
            .map_err(|e| format!("cannot write output: {e}"))
    };
    match args::parse(args)? {
        Command::Help => write(out, help::HELP).map(|_| CLEAN),
        Command::PeopleHelp => write(out, help::PEOPLE_HELP).map(|_| CLEAN),
        Command::PeopleDue { today, input } => {
            let (text, origin) = read_input(&input, stdin)?;
            write(out, &people::due(&text, &origin, today)?).map(|_| CLEAN)
        }
        Command::PeopleIcs { today, input } => {
            let (text, origin) = read_input(&input, stdin)?;
            write(out, &people::ics(&text, &origin, today)?).map(|_| CLEAN)
        }
        Command::Version => {
            write(out, concat!("goodwill ", env!("CARGO_PKG_VERSION"), "\n")).map(|_| CLEAN)
        }
        Command::Rules => write(out, &(json::catalogue() + "\n")).map(|_| CLEAN),
        Command::QuizItems => write(out, &(json::quiz_items() + "\n")).map(|_| CLEAN),
        Command::QuizScore { input } => {
            let (text, origin) = read_input(&input, stdin)?;
            let answers = json::quiz_answers(text.as_bytes())
                .map_err(|e| format!("{origin} is not {{\"answers\": {{...}}}} JSON: {e}"))?;
            let result = quiz::score(&answers).map_err(|e| format!("{origin}: {e}"))?;
            let rendered = serde_json::to_string(&result).expect("a result always serialises");
            write(out, &(rendered + "\n")).map(|_| CLEAN)
        }
        Command::Lint {
            kind,
            format,
            introduced_by,
            input,
        } => {
            let (text, origin) = read_input(&input, stdin)?;
            let report = lint_with(kind, &text, &Context { introduced_by });
            let rendered = match format {
                Format::Json => json::report(&report) + "\n",
                Format::Text => text::report(&report, &text, &origin),
            };
            write(out, &rendered)?;
            Ok(if report.diagnostics.is_empty() {
                CLEAN
            } else {
                FINDINGS
            })
        }
        Command::DataCheck { input } => {
            let (text, origin) = read_input(&input, stdin)?;
            write(out, &data::check(&text, &origin)?).map(|_| CLEAN)
        }
        Command::DataUpgrade { input } => {
            let (text, origin) = read_input(&input, stdin)?;
            write(out, &data::upgrade(&text, &origin)?).map(|_| CLEAN)
        }
        Command::Draft { kind, input } => {
            let (json, origin) = read_input(&input, stdin)?;
            write(out, &draft::run(kind, &json, &origin)?).map(|_| CLEAN)
        }
    }
}

/// The text of `input` and a name for it in messages.
fn read_input(input: &Input, stdin: &mut dyn Read) -> Result<(String, String), String> {
    let (bytes, origin) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            stdin
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            (bytes, "<stdin>".to_string())
        }
        Input::File(path) => {
            let bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            (bytes, path.display().to_string())
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{origin} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((text, origin))
}
