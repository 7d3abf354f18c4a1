//! A session: one run of a workshop, the record participants take home.

use serde::{Deserialize, Serialize};

use super::steps::{Step, Steps, is_zero};
use super::template::Template;
use crate::exercises::Exercise;
use crate::model::{Language, Moment, Participant, Round};

/// The file format version this binary writes. Older files are migrated on load.
pub const CURRENT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub language: Language,
    /// The id of the template the steps were copied from.
    pub template: String,
    pub created: Moment,
    pub updated: Moment,
    /// Never two that cannot be told apart (`participant::clash`): a file that has
    /// them is refused when read (`store::parse_session`), saying which, rather than
    /// answers being merged.
    pub participants: Vec<Participant>,
    pub steps: Steps,
    /// Topics raised in the room to be taken up later.
    #[serde(default)]
    pub parking_lot: Vec<String>,
    /// The step the workshop was at when last saved (1 = the first; 0 = never moved),
    /// so that `seam open` resumes there.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub current_step: usize,
    /// The colours on the wall, switchable live; written only when not the terminal's own.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub theme: Theme,
}

/// The colours seam draws with. `Terminal` keeps the terminal's own; the others set
/// every colour, so their contrast is known (and tested: at least 7:1, WCAG AAA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Terminal,
    Dark,
    Light,
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::Terminal,
        Theme::Dark,
        Theme::Light,
        Theme::HighContrast,
    ];

    /// The next one, for the key that cycles through them.
    pub fn next(self) -> Theme {
        let index = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(index + 1) % Theme::ALL.len()]
    }
}

impl Session {
    pub fn from_template(
        template: &Template,
        id: String,
        title: String,
        language: Language,
        participants: Vec<Participant>,
        now: Moment,
    ) -> Session {
        let steps = template
            .steps
            .iter()
            .map(|step| Step {
                title: step.title.clone(),
                question: step.question.clone(),
                hints: step.hints.clone(),
                timebox_minutes: step.timebox_minutes,
                spent_seconds: 0,
                notes: String::new(),
                facilitator_notes: String::new(),
                result: Exercise::empty(step.kind),
                rounds: Vec::new(),
            })
            .collect();
        Session {
            version: CURRENT_VERSION,
            id,
            title,
            language,
            template: template.id.clone(),
            created: now,
            updated: now,
            participants,
            steps,
            parking_lot: Vec::new(),
            current_step: 0,
            theme: Theme::Terminal,
        }
    }

    /// Steps done, out of all steps.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.steps.iter().filter(|s| s.result.is_done()).count();
        (done, self.steps.len())
    }

    /// Every step's findings in language `l` as of `today`, by step index; steps without
    /// findings are left out.
    pub fn findings(&self, l: Language, today: jiff::civil::Date) -> Vec<(usize, Vec<String>)> {
        self.steps
            .iter()
            .enumerate()
            .map(|(index, step)| (index, step.result.findings(l, today)))
            .filter(|(_, findings)| !findings.is_empty())
            .collect()
    }

    /// The round that collects answers now, and the index of its step: there is at most
    /// one, so a phone or a key always knows which question it answers.
    pub fn open_round(&self) -> Option<(usize, &Round)> {
        self.steps
            .iter()
            .enumerate()
            .find_map(|(index, step)| step.rounds.iter().find(|r| r.is_open()).map(|r| (index, r)))
    }

    pub fn departments(&self) -> Vec<&str> {
        let mut departments: Vec<&str> = Vec::new();
        for participant in &self.participants {
            let department = participant.department.trim();
            if !department.is_empty() && !departments.contains(&department) {
                departments.push(department);
            }
        }
        departments
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_read_back_as_typed() {
        let anna = Participant::from_text(" Anna Berger : Marketing ");
        assert_eq!(
            anna,
            Participant {
                name: "Anna Berger".into(),
                department: "Marketing".into()
            }
        );
        assert_eq!(anna.as_text(), "Anna Berger: Marketing");
        assert_eq!(anna.with_department(), "Anna Berger (Marketing)");
        assert_eq!(Participant::from_text("Jonas").department, "");
        assert_eq!(Participant::from_text("Jonas").as_text(), "Jonas");
        assert_eq!(Participant::parse(":Vertrieb"), None);
    }
}
