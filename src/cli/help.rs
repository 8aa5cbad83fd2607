//! The `--help` text: every command, option and exit code.

pub const HELP: &str = "\
goodwill: check networking messages against the etiquette rules, and score the
self-assessment of networking habits

USAGE:
    goodwill lint --kind <KIND> [--format json|text] [--introduced-by NAME] [FILE|-]
    goodwill rules
    goodwill draft <KIND> [FILE|-]
    goodwill quiz items
    goodwill quiz score [FILE|-]
    goodwill data check|upgrade [FILE|-]
    goodwill people due --today YYYY-MM-DD [FILE|-]
    goodwill people ics [--today YYYY-MM-DD] [FILE|-]
    goodwill --help | --version

COMMANDS:
    lint     Check one message. Reads FILE, or standard input when FILE is `-` or absent.
    rules    Print the rule catalogue as JSON: id, title, kinds, severity, guide,
             summary and explanation of every rule.
    draft    Write a first draft from form answers. Reads {\"answers\": {\"name\": \"Ana\",
             ...}} from FILE or standard input; prints {\"subject\": ..., \"body\": ...,
             \"missing\": [required field ids still empty]}. A choice takes its option's
             value; a checkbox takes true or \"yes\". Empty fields are drafted as [Label].
    quiz items
             Print the self-assessment's questions as JSON, in asking order:
               [{\"id\": \"give-01\", \"habit\": \"giving-first\", \"text\": \"...\",
                 \"keyed\": \"+\"}]
             keyed says which end is the giver's: \"+\" means answer 5 is, \"-\" means
             answer 1 is (it counts reversed). Scenarios also list their \"options\",
             each with a \"text\" and the \"score\" to give as the answer.
    quiz score
             Score answers read from FILE, or standard input when FILE is `-` or absent:
               {\"answers\": {\"give-01\": 4, \"give-02\": 2, ...}}
             Every item needs an answer from 1 to 5 (a scenario: one of its scores).
             Prints one JSON object:
               {\"style\": {\"giver\": 52, \"matcher\": 30, \"taker\": 18},
                \"dominant\": \"giver\", \"burnout_risk\": false,
                \"habits\": {\"giving-first\": 75, ...}}
             Habit scores run 0 to 100, higher being the giver's way; the style
             shares always add up to 100.
    data check
             Read an export file (the app's \"Download a copy\") as the app's import
             does, and print what it holds:
               {\"schema\": 1, \"current_schema\": 2, \"exported_at\": \"...\",
                \"drafts\": 3, \"results\": 2, \"quiz_in_progress\": false, \"plan\": true,
                \"rules_switched_off\": 0, \"unreadable\": 0}
             unreadable counts records an import would keep aside.
    data upgrade
             Print the export file migrated to the current schema, as a new export.
    people due | people ics
             Keeping in touch, from an export file: who is due a word and why, or the
             calendar file of reminders. See `goodwill people --help`.

OPTIONS (lint):
    -k, --kind <KIND>         request | thank-you | introduction | check-in
    -f, --format <FORMAT>     json (default): one JSON object on standard output:
                                {\"kind\": \"request\", \"words\": 42, \"diagnostics\": [
                                  {\"rule\": \"vague-ask\", \"severity\": \"warning\",
                                   \"start\": 10, \"end\": 25, \"message\": \"...\",
                                   \"fix\": null | {\"action\": \"replace\", \"start\": 10,
                                                   \"end\": 25, \"text\": \"...\"}}]}
                              start and end are byte offsets into the UTF-8 input; a fix's
                              action is replace (start, end, text), insert (at, text) or
                              remove (start, end).
                              text: rustc-style lines with the words underlined.
        --introduced-by NAME  The message follows an introduction by NAME (checks that
                              NAME is credited and that the loop will be closed).
    -h, --help                Print this help.

EXIT STATUS:
    0    nothing to report (lint); printed (rules, quiz, draft, data)
    1    the message has diagnostics
    2    usage or input error (unknown kind, unreadable file, input that is not UTF-8,
         quiz answers that are malformed, missing, unknown or out of range; for draft,
         bad JSON or an unknown field or option; for data, a file that is not a
         Goodwill export, is damaged or comes from a newer version)

EXAMPLES:
    echo 'Hi Ana, can I pick your brain?' | goodwill lint --kind request --format text
    goodwill lint --kind thank-you note.txt | jq '.diagnostics[].rule'
    echo '{\"answers\": {\"name\": \"Ana\", \"occasion\": \"greeting\"}}' | goodwill draft check-in
    goodwill quiz items | jq -r '.[] | select(.keyed == \"-\") | .id'
    goodwill quiz score answers.json | jq .style
    goodwill data check goodwill-2026-11-22.json
";

pub const PEOPLE_HELP: &str = "\
goodwill people: keeping in touch, from an export file (the app's \"Download a copy\")

USAGE:
    goodwill people due --today YYYY-MM-DD [FILE|-]
    goodwill people ics [--today YYYY-MM-DD] [FILE|-]
    goodwill people --help

COMMANDS:
    due      Print who is due a word on that day, soonest first, as a JSON array:
               [{\"id\": \"p-…\", \"name\": \"Ana Souza\", \"due\": \"2026-11-01\",
                 \"reasons\": [\"last in touch 3 months ago\"], \"occasion\": null}]
             A person is due when their cadence (every 2 months for a close tie, 6 for
             a casual one, unless changed or off) has run out since the last time in
             touch (a message to them marked sent, or a contact noted), or within 7 days
             of that; or when a birthday or work anniversary is within 14 days and no
             word has gone to them since two weeks before it. occasion is birthday or
             work-anniversary when one is among the reasons.
    ics      Print an iCalendar file (RFC 5545): one all-day reminder per person,
             repeating at their cadence from the next day it is due, and one a year for
             each occasion. --today sets the first day counted (default: today).

Reads FILE, or standard input when FILE is `-` or absent.

EXIT STATUS:
    0    printed
    2    usage or input error (a missing or malformed date, an unreadable file, a file
         that is not a Goodwill export, is damaged or comes from a newer version)

EXAMPLES:
    goodwill people due --today 2026-12-01 goodwill-2026-12-01.json | jq -r '.[].name'
    goodwill people ics goodwill-2026-12-01.json > keep-in-touch.ics
";
