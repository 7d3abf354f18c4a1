//! Making sessions: a new one from a template, a follow-up of an earlier one, the demo's
//! fresh copy of an example — and finding a session by path or id.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::*;
use crate::model::{Language, Moment, Participant};
use crate::record::Session;
use crate::store::{self, DataDir, SessionLock};
use crate::text::one_line;
use crate::workshops::{self, Catalog};

pub fn create_session(
    data: &DataDir,
    template_id: &str,
    title: Option<String>,
    language: Language,
    participants: Vec<Participant>,
) -> Result<PathBuf> {
    let session = new_session(data, template_id, title, language, participants)?;
    write_new(data, session)
}

/// A session from template `template_id`, not yet written (its id is given on writing).
fn new_session(
    data: &DataDir,
    template_id: &str,
    title: Option<String>,
    language: Language,
    participants: Vec<Participant>,
) -> Result<Session> {
    let catalog = Catalog::load(Some(&data.workshops()));
    let Some(template) = catalog.get(template_id) else {
        let known: Vec<&str> = catalog
            .templates
            .iter()
            .map(|(t, _)| t.id.as_str())
            .collect();
        let (id, known) = (one_line(template_id), known.join(", "));
        bail!(say(
            language,
            format!("keine Vorlage mit der Id {id:?}; vorhanden: {known}"),
            format!("no template with id {id:?}; known: {known}"),
        ));
    };
    let title = title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| template.title.get(language).to_owned());
    Ok(Session::from_template(
        template,
        String::new(),
        title.trim().to_owned(),
        language,
        participants,
        Moment::now(),
    ))
}

/// Writes a new session under a fresh name in the sessions folder.
fn write_new(data: &DataDir, mut session: Session) -> Result<PathBuf> {
    let dir = data.sessions();
    store::ensure_private_dir(&dir)?;
    let path = store::new_session_path(&dir, session.created.date(), &session.title);
    session.id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _lock = SessionLock::acquire(&path)?;
    store::write_session(&path, &session)?;
    Ok(path)
}

/// A follow-up of `previous`: in its language, with its participants unless others are
/// given, and everything it promised carried into the template's follow-up step.
pub fn create_follow_up(
    ctx: &Context,
    previous: &Session,
    template_id: &str,
    title: Option<String>,
    participants: Vec<Participant>,
) -> Result<PathBuf> {
    let l = previous.language;
    let participants = if participants.is_empty() {
        previous.participants.clone()
    } else {
        participants
    };
    let title = title.or_else(|| {
        Some(match l {
            Language::De => format!("Nachtreffen: {}", previous.title.trim()),
            Language::En => format!("Follow-up: {}", previous.title.trim()),
        })
    });
    let mut session = new_session(&ctx.data, template_id, title, l, participants)?;
    if !crate::record::follow::carry_into(&mut session, previous) {
        let id = one_line(template_id);
        bail!(crate::exercises::follow_up::follow_up_texts::no_step(
            ctx.language,
            &id
        ));
    };
    write_new(&ctx.data, session)
}

/// A fresh copy of the example, dated now, so the demo never changes an earlier copy.
pub fn create_demo(ctx: &Context) -> Result<PathBuf> {
    create_demo_of(ctx, Demo::KickOff)
}

/// Which example a demo opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Demo {
    /// The half-day kick-off: four exercises.
    KickOff,
    /// The whole day: every exercise of the full-day template.
    FullDay,
}

/// A fresh copy of an example, written to the demo folder.
pub fn create_demo_of(ctx: &Context, demo: Demo) -> Result<PathBuf> {
    let prepared = prepare_demo(ctx, demo)?;
    store::write_session(&prepared.path, &prepared.session)?;
    Ok(prepared.path)
}

/// A demo ready to run: the example's copy in memory, where it is to be saved, and the
/// lock that makes this process its writer. The wall draws it first and saves it after
/// the first frame: a fresh copy of a built-in example has nothing to lose meanwhile.
#[derive(Debug)]
pub struct PreparedDemo {
    pub session: Box<Session>,
    pub path: PathBuf,
    pub lock: SessionLock,
}

pub fn prepare_demo(ctx: &Context, demo: Demo) -> Result<PreparedDemo> {
    let (mut session, file) = match demo {
        Demo::KickOff => (
            workshops::example_session().context("the built-in example session")?,
            "demo.ron",
        ),
        Demo::FullDay => (
            workshops::full_day_example().context("the built-in full-day example")?,
            "demo-full-day.ron",
        ),
    };
    let now = Moment::now();
    // One copy, reused: demos do not pile up among the real sessions. Only while another
    // seam runs the demo does a second copy get a name of its own.
    let dir = ctx.data.demos();
    store::ensure_private_dir(&dir)?;
    let reused = dir.join(file);
    // Held from here until the copy is written. A lock just let go can linger for a
    // moment in a process being started elsewhere, so a busy copy is asked again briefly.
    let held = (0..5).find_map(|attempt| {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        SessionLock::acquire(&reused).ok()
    });
    let (path, lock) = match held {
        Some(lock) => (reused, lock),
        None => {
            let path = store::new_session_path(&dir, now.date(), "demo");
            let lock = SessionLock::acquire(&path)?;
            (path, lock)
        }
    };
    session.id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    session.created = now;
    session.updated = now;
    // The example file keeps no hints (no session file does): the demo shows the
    // template's, as a real session does.
    Catalog::load(Some(&ctx.data.workshops())).lend_hints(&mut session);
    if ctx.language_given {
        session.language = ctx.language;
    }
    // A fresh copy starts with nothing of the facilitator's from the demo before it.
    let _ = std::fs::remove_file(ctx.data.private_of(&session, &path));
    Ok(PreparedDemo {
        session: Box::new(session),
        path,
        lock,
    })
}

/// A path that exists, else a session id (file stem) in the sessions folder.
pub fn resolve_session(ctx: &Context, given: &str) -> Result<PathBuf> {
    let as_path = Path::new(given);
    if as_path.exists() {
        return Ok(as_path.to_owned());
    }
    let in_data = ctx.data.sessions().join(format!("{given}.ron"));
    if !given.contains(['/', '\\']) && in_data.exists() {
        return Ok(in_data);
    }
    let (given, dir) = (one_line(given), ctx.data.sessions());
    bail!(say(
        ctx.language,
        format!(
            "keine Sitzungsdatei {given:?} und keine Sitzung mit dieser Id in {}; siehe `seam list`",
            dir.display()
        ),
        format!(
            "no session file {given:?} and no session with that id in {}; see `seam list`",
            dir.display()
        ),
    ))
}
