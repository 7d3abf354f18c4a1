//! What the wall shows of a session's checks — the step's findings, every step's
//! progress in the agenda — worked out once per change of the session (its generation)
//! rather than on every frame: the checks of 2,000 goals cost more than drawing them,
//! and a key that only moves the cursor changes none of them.

use std::sync::Arc;

use super::Workshop;
use crate::model::Language;

/// What a step's findings depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FindingsFor {
    generation: u64,
    step: usize,
    language: Language,
    today: jiff::civil::Date,
}

/// How far a step has come, as the agenda marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    Started,
    Done,
}

impl Workshop {
    /// The current step's findings in `l`, worded once per change of the session.
    pub fn findings(&self, l: Language) -> Arc<[String]> {
        let wanted = FindingsFor {
            generation: self.generation,
            step: self.step,
            language: l,
            today: self.today,
        };
        if let Some((of, findings)) = self.findings.borrow().as_ref()
            && *of == wanted
        {
            return Arc::clone(findings);
        }
        let findings: Arc<[String]> = self
            .current()
            .map(|step| step.result.findings(l, self.today))
            .unwrap_or_default()
            .into();
        *self.findings.borrow_mut() = Some((wanted, Arc::clone(&findings)));
        findings
    }

    /// Every step's progress, worked out once per change of the session.
    pub fn progress(&self) -> Arc<[Progress]> {
        if let Some((generation, progress)) = self.progress.borrow().as_ref()
            && *generation == self.generation
        {
            return Arc::clone(progress);
        }
        let progress: Arc<[Progress]> = self
            .session
            .steps
            .iter()
            .map(|step| {
                if step.result.is_done() {
                    Progress::Done
                } else if step.result.is_started() {
                    Progress::Started
                } else {
                    Progress::NotStarted
                }
            })
            .collect();
        *self.progress.borrow_mut() = Some((self.generation, Arc::clone(&progress)));
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Moment;

    #[test]
    fn worked_out_once_per_change_and_again_after_one() {
        let session = crate::workshops::example_session().expect("the example");
        let mut w = Workshop::new(session, "/tmp/x.ron".into(), false, Moment::now());
        let l = w.session.language;
        let (findings, progress) = (w.findings(l), w.progress());
        assert!(
            Arc::ptr_eq(&findings, &w.findings(l)),
            "a frame without a change"
        );
        assert!(Arc::ptr_eq(&progress, &w.progress()));
        // A step that was done is emptied: both are worked out again.
        let done = progress.iter().position(|p| *p == Progress::Done);
        let done = done.expect("the example has a step that is done");
        w.go_to(done);
        w.session.steps[done].result =
            crate::exercises::Exercise::empty(w.session.steps[done].result.kind());
        w.changed();
        assert_eq!(w.progress()[done], Progress::NotStarted);
        assert!(!Arc::ptr_eq(&findings, &w.findings(l)));
        assert!(
            !Arc::ptr_eq(&w.findings(l), &w.findings(l.other())),
            "another language"
        );
    }
}
