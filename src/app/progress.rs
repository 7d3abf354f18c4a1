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

/// Which steps changed since the agenda's marks were worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StepsChanged {
    None,
    One(usize),
    All,
}

impl StepsChanged {
    /// This, and a change to step `index`.
    pub(super) fn and(self, index: usize) -> StepsChanged {
        match self {
            StepsChanged::None => StepsChanged::One(index),
            StepsChanged::One(one) if one == index => self,
            _ => StepsChanged::All,
        }
    }
}

fn progress_of(step: &crate::record::Step) -> Progress {
    if step.result.is_done() {
        Progress::Done
    } else if step.result.is_started() {
        Progress::Started
    } else {
        Progress::NotStarted
    }
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

    /// Every step's progress, worked out once per change of the session — and while
    /// somebody types into one step, for that step only.
    pub fn progress(&self) -> Arc<[Progress]> {
        let mut memo = self.progress.borrow_mut();
        let steps = &self.session.steps;
        let progress: Arc<[Progress]> = match (memo.as_ref(), self.steps_changed.get()) {
            (Some((generation, progress)), _) if *generation == self.generation => {
                return Arc::clone(progress);
            }
            (Some((_, progress)), StepsChanged::One(index)) if progress.len() == steps.len() => {
                let mut marks = progress.to_vec();
                if let (Some(mark), Some(step)) = (marks.get_mut(index), steps.get(index)) {
                    *mark = progress_of(step);
                }
                marks.into()
            }
            _ => steps.iter().map(progress_of).collect(),
        };
        *memo = Some((self.generation, Arc::clone(&progress)));
        self.steps_changed.set(StepsChanged::None);
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
        w.changed_in_step(done);
        let after = w.progress();
        assert_eq!(after[done], Progress::NotStarted, "the step typed into");
        let others = |p: &[Progress]| -> Vec<Progress> {
            p.iter()
                .enumerate()
                .filter(|(i, _)| *i != done)
                .map(|(_, p)| *p)
                .collect()
        };
        assert_eq!(others(&after), others(&progress), "the other steps kept");
        w.changed();
        assert!(
            !Arc::ptr_eq(&after, &w.progress()),
            "any other change: all again"
        );
        assert!(!Arc::ptr_eq(&findings, &w.findings(l)));
        assert!(
            !Arc::ptr_eq(&w.findings(l), &w.findings(l.other())),
            "another language"
        );
    }
}
