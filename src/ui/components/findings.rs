//! The side list of findings, grouped by severity: each card names its rule, says what is
//! wrong here, explains why (with a link to its guide) and offers show, fix and ignore. A
//! card for a repeated finding ("ASAP" six times) says how many, steps through them with
//! "Show 2 of 6", and fixes or ignores them all at once. Only the one-line summary is a
//! live region, so typing does not flood a screen reader.

use std::rc::Rc;

use yew::prelude::*;

use super::highlighted_text::severity_class;
use crate::content;
use crate::drafter::Group;
use crate::etiquette::{rule, Diagnostic, Severity};
use crate::route::Route;
use crate::ui::plural::plural;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The cards, in list order, already capped.
    pub groups: Rc<Vec<Group>>,
    /// How many findings there are in all (may exceed what is listed).
    pub total: usize,
    pub text: Rc<String>,
    pub active: Option<usize>,
    pub ignored: usize,
    pub onshow: Callback<usize>,
    pub onfix: Callback<usize>,
    /// Fixes every finding of the card at this index in `groups`, in one edit.
    pub onfixall: Callback<usize>,
    /// Ignores these findings (a card's one, or all its repeats).
    pub onignore: Callback<Vec<usize>>,
    pub onruleoff: Callback<&'static str>,
    pub onunignore: Callback<()>,
}

fn heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Fix before sending",
        Severity::Warning => "Worth changing",
        Severity::Hint => "Worth a look",
    }
}

fn badge(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Hint => "Hint",
    }
}

/// "2 errors, 1 warning" or "No problems found".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
    let parts: Vec<String> = [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Hint, "hint", "hints"),
    ]
    .into_iter()
    .filter(|(s, ..)| count(*s) > 0)
    .map(|(s, one, many)| plural(count(s), one, many))
    .collect();
    if parts.is_empty() {
        "No problems found.".to_string()
    } else {
        format!("{}.", parts.join(", "))
    }
}

#[component]
pub fn Findings(props: &Props) -> Html {
    let text = props.text.as_str();
    let groups = [Severity::Error, Severity::Warning, Severity::Hint].map(|severity| {
        let items: Vec<usize> = (0..props.groups.len())
            .filter(|&g| props.diagnostics[props.groups[g].members[0]].severity == severity)
            .collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <section class="finding-group" aria-label={heading(severity)}>
                <h3>{ heading(severity) }</h3>
                <ol class="findings">
                    { for items.into_iter().map(|g| item(props, text, g)) }
                </ol>
            </section>
        }
    });
    let listed: usize = props.groups.iter().map(|g| g.members.len()).sum();
    let more = props.total.saturating_sub(listed);
    html! {
        <section class="findings-panel" aria-labelledby="findings-title">
            <h2 id="findings-title" tabindex="-1">{ "Checks" }</h2>
            <p id="findings-summary" class="findings-summary" aria-live="polite">{ summary(&props.diagnostics) }</p>
            if !crate::drafter::marks_shown(&props.text) {
                <p class="muted">{ "This draft is very long, so findings are listed here but not marked in the text. “Show the words” still selects them." }</p>
            }
            { for groups }
            if more > 0 {
                <p class="muted">{ format!("{} more not listed: fix the ones above first.", plural(more, "finding", "findings")) }</p>
            }
            if props.ignored > 0 {
                <p class="muted">
                    { format!("{} ignored in this draft. ", plural(props.ignored, "finding", "findings")) }
                    <button type="button" class="button-link" onclick={props.onunignore.reform(|_| ())}>{ "Show them again" }</button>
                </p>
            }
        </section>
    }
}

fn item(props: &Props, text: &str, g: usize) -> Html {
    let group = &props.groups[g];
    let members = group.members.clone();
    let count = members.len();
    // The occurrence on show, if one is; "Show" moves on to the next.
    let shown = props
        .active
        .and_then(|a| members.iter().position(|&m| m == a));
    let i = shown.map_or(members[0], |at| members[at]);
    let next = shown.map_or(0, |at| (at + 1) % count);
    let d = &props.diagnostics[i];
    let meta = rule(d.rule);
    let title = meta.map_or(d.rule, |m| m.title);
    let words = (d.span.start < d.span.end).then(|| {
        let quote: String = text[d.span.start..d.span.end].chars().take(80).collect();
        html! { <p class="quote">{ "“" }{ quote }{ "”" }</p> }
    });
    let show = {
        let target = members[next];
        props.onshow.reform(move |_| target)
    };
    let show_label = match (count, d.span.start < d.span.end) {
        (1, true) => "Show the words".to_string(),
        (1, false) => "Show where".to_string(),
        (n, _) => format!("Show {} of {n}", next + 1),
    };
    let fix = d.fix.as_ref().map(|fix| {
        let label = fix.label();
        if group.same_fix {
            html! { <button type="button" onclick={props.onfixall.reform(move |_| g)}>{ format!("{label}: all {count}") }</button> }
        } else {
            html! { <button type="button" onclick={props.onfix.reform(move |_| i)}>{ label }</button> }
        }
    });
    let ignore_label = if count > 1 {
        format!("Ignore all {count}")
    } else {
        "Ignore here".to_string()
    };
    let ignore = props.onignore.reform(move |_| members.clone());
    let guide = meta.and_then(|m| content::guide(m.guide));
    let rule_id = d.rule;
    let active = shown.is_some().then_some("active");
    html! {
        <li class={classes!("finding", severity_class(d.severity), active)} id={format!("finding-{}", group.members[0])}>
            <p class="finding-head">
                <span class="badge">{ badge(d.severity) }</span>
                <strong>{ title }</strong>
                if count > 1 {
                    <span class="finding-count">{ format!(" · {count} times") }</span>
                }
            </p>
            { for words }
            <p>{ d.message.clone() }</p>
            <p class="actions">
                { for fix }
                <button type="button" class="button-secondary" onclick={show}>{ show_label }</button>
                <button type="button" class="button-secondary" onclick={ignore}>{ ignore_label }</button>
            </p>
            if let Some(meta) = meta {
                <details>
                    <summary>{ "Why this matters" }</summary>
                    <p>{ meta.explanation }</p>
                    <p class="actions">
                        if let Some(guide) = guide {
                            <a href={Route::Guide { slug: guide.slug.to_string() }.href()}>{ format!("Read: {}", guide.title) }</a>
                        }
                        <button type="button" class="button-link" onclick={props.onruleoff.reform(move |_| rule_id)}>
                            { "Turn this rule off for all drafts" }
                        </button>
                    </p>
                </details>
            }
        </li>
    }
}
