//! The commands that only read: `seam list`, `seam templates` (and `--copy`), `seam check`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};

use super::*;
use crate::i18n::{Label, t};
use crate::model::Moment;
use crate::store::{self, StoreError};
use crate::text::one_line;
use crate::workshops::{self, Catalog, Origin};

pub(super) fn list(ctx: &Context, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let dir = ctx.data.sessions();
    store::sweep_stale_temp_files(&dir);
    let sessions = store::list_sessions(&dir);
    if sessions.is_empty() {
        writeln!(out, "{}", t(l, Label::NoSessions))?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{:<16}  {:<40}  {:<10}  {:<11}  {}",
        t(l, Label::Date),
        t(l, Label::Title),
        t(l, Label::Template),
        t(l, Label::Progress),
        t(l, Label::Path)
    )?;
    for (path, session) in sessions {
        match session {
            Ok(s) => {
                let (done, total) = s.progress();
                writeln!(
                    out,
                    "{}  {}  {}  {:<11}  {}",
                    s.updated.short(),
                    crate::text::pad(&one_line(&s.title), 40),
                    crate::text::pad(&one_line(&s.template), 10),
                    format!("{done}/{total}"),
                    path.display()
                )?;
            }
            Err(error) => writeln!(out, "{:<16}  {}", "?", one_line(&error.to_string()))?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Copies built-in template `id` into the user's template folder, keeping its comments,
/// and says where; an existing file there is never overwritten.
pub(super) fn copy_template(ctx: &Context, id: &str, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let Some((name, text)) = workshops::BUILT_IN.iter().find(|(_, text)| {
        store::parse_ron::<crate::record::Template>(text, Path::new("")).is_ok_and(|t| t.id == id)
    }) else {
        let known: Vec<String> = Catalog::load(None)
            .templates
            .into_iter()
            .map(|(t, _)| t.id)
            .collect();
        let (id, known) = (one_line(id), known.join(", "));
        bail!(say(
            l,
            format!("keine eingebaute Vorlage mit der Id {id:?}; vorhanden: {known}"),
            format!("no built-in template with id {id:?}; known: {known}"),
        ));
    };
    let dir = ctx.data.workshops();
    store::ensure_private_dir(&dir)?;
    let target = dir.join(name);
    if target.exists() {
        bail!(say(
            l,
            format!("{} gibt es schon; nichts überschrieben", target.display()),
            format!("{} exists already; nothing overwritten", target.display()),
        ));
    }
    store::write_atomically(&target, text.as_bytes())?;
    writeln!(out, "{}", target.display())?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn templates(ctx: &Context, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let catalog = Catalog::load(Some(&ctx.data.workshops()));
    writeln!(
        out,
        "{:<12}  {:<56}  {:<9}  {}",
        "id",
        t(l, Label::Title),
        t(l, Label::Languages),
        t(l, Label::Steps)
    )?;
    for (template, origin) in &catalog.templates {
        let languages: Vec<&str> = template.languages().iter().map(|l| l.tag()).collect();
        let steps: Vec<&str> = template
            .steps
            .iter()
            .map(|s| s.kind.name().get(l))
            .collect();
        let origin = match origin {
            Origin::BuiltIn => String::new(),
            Origin::User(path) => format!("  ({})", path.display()),
        };
        writeln!(
            out,
            "{}  {}  {:<9}  {} ({} {}){origin}",
            crate::text::pad(&one_line(&template.id), 12),
            crate::text::pad(&one_line(template.title.get(l)), 56),
            languages.join(","),
            steps.join(" → "),
            template.total_minutes(),
            t(l, Label::Minutes),
        )?;
    }
    for problem in &catalog.problems {
        writeln!(out, "{}", one_line(&problem.to_string()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether a file is a session (it has a `version`) or a template.
#[derive(serde::Deserialize)]
struct KindProbe {
    #[serde(default = "no_version")]
    version: u32,
}

/// Templates have no `version`; a session always has one.
fn no_version() -> u32 {
    u32::MAX
}

pub(super) fn check(ctx: &Context, files: &[String], out: &mut dyn Write) -> Result<ExitCode> {
    let mut all_valid = true;
    for given in files {
        // An id as `open` and `show` take it; a missing file is reported as missing.
        let path = &resolve_session(ctx, given).unwrap_or_else(|_| PathBuf::from(given));
        let shown = path.display();
        let outcome = store::read_text(path).and_then(|text| {
            // What does not even read as a session or a template (notes.txt, a page)
            // is named as such, not by the probe's inner name.
            let probe: KindProbe = store::parse_ron(&text, path).map_err(|error| match error {
                StoreError::Syntax {
                    path, line, column, ..
                } => StoreError::Syntax {
                    path,
                    line,
                    column,
                    message: "not a seam session or workshop template".into(),
                },
                other => other,
            })?;
            Ok((text, probe.version != u32::MAX))
        });
        let result: Result<Vec<String>, StoreError> = outcome.and_then(|(text, is_session)| {
            if is_session {
                let session = store::parse_session(&text, path)?;
                let l = if ctx.language_given {
                    ctx.language
                } else {
                    session.language
                };
                Ok(session
                    .findings(l, Moment::now().date())
                    .into_iter()
                    .flat_map(|(step, findings)| {
                        let title = one_line(session.steps[step].title.get(l)).into_owned();
                        findings.into_iter().map(move |f| {
                            format!("{} {}: {title}: {}", t(l, Label::Step), step + 1, f)
                        })
                    })
                    .collect())
            } else {
                let template: crate::record::Template = store::parse_ron(&text, path)?;
                let problems = template.problems();
                if problems.is_empty() {
                    Ok(Vec::new())
                } else {
                    let lines: Vec<String> = problems
                        .iter()
                        .map(|p| crate::record::template::problem_in_words(ctx.language, p))
                        .collect();
                    Err(StoreError::Syntax {
                        path: path.clone(),
                        line: 1,
                        column: 1,
                        message: lines.join("; "),
                    })
                }
            }
        });
        match result {
            Ok(warnings) => {
                writeln!(out, "{shown}: {}", t(ctx.language, Label::Valid))?;
                for warning in warnings {
                    writeln!(
                        out,
                        "{shown}: {}: {warning}",
                        t(ctx.language, Label::Warning)
                    )?;
                }
            }
            Err(error) => {
                all_valid = false;
                let said = store::in_words(ctx.language, &error);
                writeln!(out, "{}", one_line(&said))?;
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
