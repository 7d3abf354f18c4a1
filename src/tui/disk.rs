//! Opening, creating and exporting a session beside the loop: each touches the disk
//! (reads a file, takes its lock, writes a handout) and may take a while on a slow or
//! network folder, so a worker thread does them one after the other and reports on the
//! one channel — the wall keeps drawing and the keys keep arriving meanwhile. Started at
//! the first job: a seam that never exports starts no thread for it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::thread::{self, JoinHandle};

use anyhow::{Result, bail};

use crate::app::{Msg, NewSession, Workshop};
use crate::cli::{self, Context};
use crate::inbox::{Event, Inbox, Opened};
use crate::record::Session;
use crate::record::private::Private;
use crate::store::{self, SessionLock, StoreError};

/// What the worker does.
pub(super) enum Job {
    /// Writes the handout of `session` (a copy: the wall goes on changing its own).
    Export {
        session: Box<Session>,
        path: PathBuf,
    },
    Open {
        path: PathBuf,
        read_only: bool,
    },
    Create(NewSession),
    /// A follow-up of the session at this path, made and opened.
    CreateFollowUp(PathBuf),
}

pub(super) struct Disk {
    ctx: Context,
    inbox: Inbox,
    jobs: Option<(Sender<Job>, JoinHandle<()>)>,
    /// A session is being opened: a second Enter on the start screen waits for it
    /// rather than opening (and locking) twice.
    pub opening: bool,
}

impl Disk {
    pub fn new(ctx: &Context, inbox: &Inbox) -> Disk {
        Disk {
            ctx: ctx.clone(),
            inbox: inbox.clone(),
            jobs: None,
            opening: false,
        }
    }

    pub fn start(&mut self, job: Job) {
        let opens = !matches!(job, Job::Export { .. });
        if opens && std::mem::replace(&mut self.opening, true) {
            return;
        }
        if self.jobs.is_none() {
            let (sender, jobs) = channel::<Job>();
            let (ctx, inbox) = (self.ctx.clone(), self.inbox.clone());
            let worker = thread::Builder::new()
                .name("seam-disk".into())
                .spawn(move || {
                    for job in jobs {
                        let _ = inbox.send(carry_out(&ctx, job));
                    }
                });
            match worker {
                Ok(worker) => self.jobs = Some((sender, worker)),
                Err(error) => {
                    self.opening = false;
                    let _ = self
                        .inbox
                        .send(Event::App(Msg::Exported(Err(error.to_string()))));
                    return;
                }
            }
        }
        if let Some((sender, _)) = &self.jobs {
            let _ = sender.send(job);
        }
    }

    /// Waits for what was asked (a handout being written when seam quits is finished,
    /// not left half-written).
    pub fn finish(&mut self) {
        if let Some((sender, worker)) = self.jobs.take() {
            drop(sender);
            let _ = worker.join();
        }
    }
}

fn carry_out(ctx: &Context, job: Job) -> Event {
    match job {
        Job::Export { session, path } => Event::App(Msg::Exported(export_handout(&session, &path))),
        Job::Open { path, read_only } => opened(ctx, open(ctx, &path, read_only)),
        Job::Create(new) => opened(
            ctx,
            create(ctx, new).and_then(|path| open(ctx, &path, false)),
        ),
        Job::CreateFollowUp(earlier) => opened(
            ctx,
            store::read_session(&earlier)
                .map_err(anyhow::Error::from)
                .and_then(|previous| {
                    cli::create_follow_up(ctx, &previous, "follow-up", None, Vec::new())
                })
                .and_then(|path| open(ctx, &path, false)),
        ),
    }
}

/// The workshop opened, or why not in the screen's language.
fn opened(ctx: &Context, result: Result<(Box<Workshop>, Option<SessionLock>)>) -> Event {
    let result = result.map_err(|e| cli::in_words(ctx.language, &e));
    Event::Opened(Box::new(result) as Box<Opened>)
}

/// Opens the session at `path` for the screen, with the lock that makes this process its
/// writer (none when read-only).
pub(super) fn open(
    ctx: &Context,
    path: &Path,
    read_only: bool,
) -> Result<(Box<Workshop>, Option<SessionLock>)> {
    let language = ctx.language;
    let lock = if read_only {
        None
    } else {
        match SessionLock::acquire(path) {
            Ok(lock) => Some(lock),
            Err(error @ StoreError::Locked { .. }) => {
                bail!(
                    "{}: seam open --read-only {}",
                    crate::store::in_words(language, &error),
                    path.display()
                )
            }
            Err(error) => return Err(error.into()),
        }
    };
    let session = store::read_session(path)?;
    if lock.is_some() {
        store::remove_stale_temp_files(path);
        // The version the day starts from, for `seam diff X.bak X` at its end.
        store::keep_version_of_the_day(path, &session)?;
    }
    let workshop = with_private_part(ctx, session, path, read_only)?;
    Ok((Box::new(workshop), lock))
}

/// The workshop of `session`, with what only the facilitator sees from their own
/// private file; one that cannot be read stops the opening rather than being
/// overwritten by the first save.
pub(super) fn with_private_part(
    ctx: &Context,
    mut session: Session,
    path: &Path,
    read_only: bool,
) -> Result<Workshop> {
    let (private_file, private) = ctx.data.read_private_of(&session, path)?;
    let private = private.unwrap_or_else(|| Private {
        session: session.id.clone(),
        ..Private::default()
    });
    let kept_elsewhere = crate::record::private::join(&mut session, &private);
    crate::workshops::Catalog::load(Some(&ctx.data.workshops())).lend_hints(&mut session);
    let mut workshop = Workshop::new(
        session,
        path.to_owned(),
        read_only,
        crate::model::Moment::now(),
    );
    workshop.private_file = Some(private_file);
    workshop.kept_elsewhere = kept_elsewhere;
    // A blind answer that was being typed when seam last ended without a word.
    if let Some(draft) = private.draft.as_ref().filter(|_| !read_only) {
        workshop.resume(draft);
    }
    Ok(workshop)
}

/// The HTML handout beside the session file, whatever `seam export` wrote elsewhere
/// before (Markdown is `seam export --format md`).
fn export_handout(session: &Session, session_path: &Path) -> Result<PathBuf, String> {
    // What the session file holds, as `seam export` of it would give: no note, no
    // held-back or unrevealed answer, whatever the wall has in memory.
    let (session, _) = crate::record::private::split(session);
    let path = session_path.with_extension("html");
    let text = crate::export::html::handout(&session);
    store::write_atomically(&path, text.as_bytes())
        .map(|()| path)
        .map_err(|e| e.to_string())
}

fn create(ctx: &Context, new: NewSession) -> Result<PathBuf> {
    let title = Some(new.title).filter(|t| !t.is_empty());
    cli::create_session(
        &ctx.data,
        &new.template,
        title,
        new.language,
        new.participants,
    )
}
