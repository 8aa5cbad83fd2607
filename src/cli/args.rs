//! Parses the command line into a [`Command`]; says in one line what is wrong when it can't.

use crate::etiquette::Kind;
use std::ffi::OsString;
use std::path::PathBuf;

/// How `lint` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
}

/// Where the message (or the quiz answers) comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Lint {
        kind: Kind,
        format: Format,
        introduced_by: Option<String>,
        input: Input,
    },
    Rules,
    /// Form answers (JSON) in, a first draft out.
    Draft {
        kind: Kind,
        input: Input,
    },
    /// `data check [FILE|-]`: what an export file holds.
    DataCheck {
        input: Input,
    },
    /// `data upgrade [FILE|-]`: an export file, migrated to the current schema.
    DataUpgrade {
        input: Input,
    },
    /// `quiz items`: the questions as JSON.
    QuizItems,
    /// `quiz score [FILE|-]`: score `{"answers": {...}}`.
    QuizScore {
        input: Input,
    },
    /// `people due --today YYYY-MM-DD [FILE|-]`: who is due a word, and why, as JSON.
    PeopleDue {
        today: crate::people::Day,
        input: Input,
    },
    /// `people ics [--today YYYY-MM-DD] [FILE|-]`: the calendar file of reminders.
    PeopleIcs {
        today: Option<crate::people::Day>,
        input: Input,
    },
    /// `people --help`: the `people` commands alone.
    PeopleHelp,
    Help,
    Version,
}

/// Parses arguments (program name already removed).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter().map(|a| {
        a.into_string()
            .map_err(|a| format!("argument {a:?} is not valid UTF-8"))
    });
    let Some(first) = args.next().transpose()? else {
        return Ok(Command::Help);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "rules" => match args.next().transpose()? {
            None => Ok(Command::Rules),
            Some(extra) if extra == "-h" || extra == "--help" => Ok(Command::Help),
            Some(extra) => Err(format!("`rules` takes no arguments, got {extra:?}")),
        },
        "lint" => parse_lint(args),
        "draft" => parse_draft(args),
        "data" => parse_data(args),
        "quiz" => parse_quiz(args),
        "people" => parse_people(args),
        other => Err(format!(
            "unknown command {other:?}: expected `lint`, `rules`, `quiz`, `draft`, `data` or `people` (see --help)"
        )),
    }
}

fn parse_quiz(mut args: impl Iterator<Item = Result<String, String>>) -> Result<Command, String> {
    let rest: Vec<String> = match args.next().transpose()?.as_deref() {
        Some("-h" | "--help") => return Ok(Command::Help),
        Some("items") => {
            let rest: Vec<String> = args.collect::<Result<_, _>>()?;
            return match rest.first() {
                None => Ok(Command::QuizItems),
                Some(help) if help == "-h" || help == "--help" => Ok(Command::Help),
                Some(extra) => Err(format!("`quiz items` takes no arguments, got {extra:?}")),
            };
        }
        Some("score") => args.collect::<Result<_, _>>()?,
        Some(other) => {
            return Err(format!(
                "unknown quiz command {other:?}: expected `quiz items` or `quiz score`"
            ))
        }
        None => return Err("quiz needs a command: `quiz items` or `quiz score [FILE|-]`".into()),
    };
    match rest.as_slice() {
        [] => Ok(Command::QuizScore {
            input: Input::Stdin,
        }),
        [one] if one == "-h" || one == "--help" => Ok(Command::Help),
        [one] if one == "-" => Ok(Command::QuizScore {
            input: Input::Stdin,
        }),
        [one] if one.starts_with('-') => Err(format!("unknown option {one:?} (see --help)")),
        [one] => Ok(Command::QuizScore {
            input: Input::File(PathBuf::from(one)),
        }),
        [_, second, ..] => Err(format!(
            "quiz score takes one input, got a second: {second:?}"
        )),
    }
}

fn parse_lint(mut args: impl Iterator<Item = Result<String, String>>) -> Result<Command, String> {
    let (mut kind, mut format, mut introduced_by, mut input) = (None, Format::Json, None, None);
    while let Some(arg) = args.next().transpose()? {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .transpose()?
                    .ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-k" | "--kind" => kind = Some(value("--kind")?.parse::<Kind>()?),
            "-f" | "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => {
                        return Err(format!("unknown format {other:?}: expected json or text"))
                    }
                }
            }
            "--introduced-by" => introduced_by = Some(value("--introduced-by")?),
            "-" if input.is_none() => input = Some(Input::Stdin),
            _ if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag:?} (see --help)"))
            }
            _ if input.is_none() => input = Some(Input::File(PathBuf::from(arg))),
            _ => return Err(format!("lint takes one input, got a second: {arg:?}")),
        }
    }
    let kind = kind.ok_or("lint needs --kind <request|thank-you|introduction|check-in>")?;
    Ok(Command::Lint {
        kind,
        format,
        introduced_by,
        input: input.unwrap_or(Input::Stdin),
    })
}

/// `draft <KIND> [FILE|-]`.
fn parse_draft(args: impl Iterator<Item = Result<String, String>>) -> Result<Command, String> {
    let mut positional = Vec::new();
    for arg in args {
        let arg = arg?;
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-" => positional.push(arg),
            _ if arg.starts_with('-') => {
                return Err(format!("unknown option {arg:?} for draft (see --help)"))
            }
            _ => positional.push(arg),
        }
    }
    let mut positional = positional.into_iter();
    let kind = positional
        .next()
        .ok_or(
            "draft needs a kind: goodwill draft <request|thank-you|introduction|check-in> [FILE|-]",
        )?
        .parse::<Kind>()?;
    let input = match positional.next().as_deref() {
        None | Some("-") => Input::Stdin,
        Some(path) => Input::File(PathBuf::from(path)),
    };
    if let Some(extra) = positional.next() {
        return Err(format!("draft takes one input, got a second: {extra:?}"));
    }
    Ok(Command::Draft { kind, input })
}

/// `data <check|upgrade> [FILE|-]`.
fn parse_data(mut args: impl Iterator<Item = Result<String, String>>) -> Result<Command, String> {
    let command = args.next().transpose()?;
    let rest: Vec<String> = args.collect::<Result<_, _>>()?;
    if command
        .as_deref()
        .is_some_and(|c| c == "-h" || c == "--help")
        || rest.iter().any(|a| a == "-h" || a == "--help")
    {
        return Ok(Command::Help);
    }
    let input = match rest.as_slice() {
        [] => Input::Stdin,
        [one] if one == "-" => Input::Stdin,
        [one] if one.starts_with('-') => {
            return Err(format!("unknown option {one:?} (see --help)"))
        }
        [one] => Input::File(PathBuf::from(one)),
        [_, second, ..] => return Err(format!("data takes one input, got a second: {second:?}")),
    };
    match command.as_deref() {
        Some("check") => Ok(Command::DataCheck { input }),
        Some("upgrade") => Ok(Command::DataUpgrade { input }),
        Some(other) => Err(format!(
            "unknown data command {other:?}: expected `data check` or `data upgrade`"
        )),
        None => {
            Err("data needs a command: `data check [FILE|-]` or `data upgrade [FILE|-]`".into())
        }
    }
}

fn parse_people(mut args: impl Iterator<Item = Result<String, String>>) -> Result<Command, String> {
    let command = args.next().transpose()?;
    let rest: Vec<String> = args.collect::<Result<_, _>>()?;
    if command.is_none()
        || command
            .as_deref()
            .is_some_and(|c| c == "-h" || c == "--help")
        || rest.iter().any(|a| a == "-h" || a == "--help")
    {
        return Ok(Command::PeopleHelp);
    }
    let mut today = None;
    let mut input = None;
    let mut rest = rest.into_iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--today" => {
                let value = rest
                    .next()
                    .ok_or("--today needs a date: --today YYYY-MM-DD")?;
                today = Some(crate::people::Day::parse(&value).ok_or_else(|| {
                    format!("--today {value:?} is not a date: use YYYY-MM-DD, e.g. 2026-12-01")
                })?);
            }
            "-" if input.is_none() => input = Some(Input::Stdin),
            other if other.starts_with('-') => {
                return Err(format!("unknown option {other:?} (see people --help)"))
            }
            other if input.is_none() => input = Some(Input::File(PathBuf::from(other))),
            other => return Err(format!("people takes one input, got a second: {other:?}")),
        }
    }
    let input = input.unwrap_or(Input::Stdin);
    match command.as_deref() {
        Some("due") => Ok(Command::PeopleDue {
            today: today.ok_or("`people due` needs --today YYYY-MM-DD, the day to count from")?,
            input,
        }),
        Some("ics") => Ok(Command::PeopleIcs { today, input }),
        Some(other) => Err(format!(
            "unknown people command {other:?}: expected `people due` or `people ics`"
        )),
        None => Ok(Command::PeopleHelp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn lint_with_kind_file_and_format() {
        assert_eq!(
            parse_str(&["lint", "--kind", "thank-you", "--format=text", "note.txt"]),
            Ok(Command::Lint {
                kind: Kind::ThankYou,
                format: Format::Text,
                introduced_by: None,
                input: Input::File("note.txt".into())
            })
        );
    }

    #[test]
    fn lint_reads_stdin_by_default_and_for_a_dash() {
        let expected = Ok(Command::Lint {
            kind: Kind::Request,
            format: Format::Json,
            introduced_by: None,
            input: Input::Stdin,
        });
        assert_eq!(parse_str(&["lint", "--kind", "request"]), expected);
        assert_eq!(parse_str(&["lint", "--kind", "request", "-"]), expected);
    }

    #[test]
    fn unknown_kind_is_an_error_that_lists_the_kinds() {
        let err = parse_str(&["lint", "--kind", "memo"]).unwrap_err();
        assert!(
            err.contains("request, thank-you, introduction, check-in"),
            "{err}"
        );
    }

    #[test]
    fn draft_takes_a_kind_and_an_optional_input() {
        assert_eq!(
            parse_str(&["draft", "thank-you"]),
            Ok(Command::Draft {
                kind: Kind::ThankYou,
                input: Input::Stdin
            })
        );
        assert_eq!(
            parse_str(&["draft", "request", "answers.json"]),
            Ok(Command::Draft {
                kind: Kind::Request,
                input: Input::File("answers.json".into())
            })
        );
        assert!(parse_str(&["draft"]).is_err());
        assert!(parse_str(&["draft", "memo"]).is_err());
        assert!(parse_str(&["draft", "request", "a.json", "b.json"]).is_err());
    }

    #[test]
    fn quiz_items_and_score_with_stdin_or_a_file() {
        assert_eq!(parse_str(&["quiz", "items"]), Ok(Command::QuizItems));
        let stdin = Ok(Command::QuizScore {
            input: Input::Stdin,
        });
        assert_eq!(parse_str(&["quiz", "score"]), stdin);
        assert_eq!(parse_str(&["quiz", "score", "-"]), stdin);
        assert_eq!(
            parse_str(&["quiz", "score", "answers.json"]),
            Ok(Command::QuizScore {
                input: Input::File("answers.json".into())
            })
        );
    }

    #[test]
    fn quiz_without_a_known_command_or_with_extra_inputs_is_an_error() {
        assert!(parse_str(&["quiz"]).is_err());
        assert!(parse_str(&["quiz", "grade"]).is_err());
        assert!(parse_str(&["quiz", "items", "x"]).is_err());
        assert!(parse_str(&["quiz", "score", "a.json", "b.json"]).is_err());
        assert!(parse_str(&["quiz", "score", "--fast"]).is_err());
    }

    #[test]
    fn data_check_and_upgrade_take_one_input() {
        assert_eq!(
            parse_str(&["data", "check"]),
            Ok(Command::DataCheck {
                input: Input::Stdin
            })
        );
        assert_eq!(
            parse_str(&["data", "upgrade", "old.json"]),
            Ok(Command::DataUpgrade {
                input: Input::File("old.json".into())
            })
        );
        assert!(parse_str(&["data"]).is_err());
        assert!(parse_str(&["data", "check", "a.json", "b.json"]).is_err());
        assert!(parse_str(&["data", "check", "--fix"]).is_err());
    }

    #[test]
    fn missing_kind_and_unknown_options_are_errors() {
        assert!(parse_str(&["lint"]).is_err());
        assert!(parse_str(&["lint", "--kind", "request", "--colour"]).is_err());
        assert!(parse_str(&["frobnicate"]).is_err());
    }
}
