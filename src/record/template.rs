//! Workshop templates: an agenda of steps, each an exercise with its guiding question,
//! facilitator hints and timebox, in German and English.

use serde::{Deserialize, Serialize};

use crate::exercises::ExerciseKind;
use crate::model::{Language, Text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Short and file-name safe: `core`. A user template with a built-in's id replaces it.
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub steps: Vec<TemplateStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateStep {
    pub kind: ExerciseKind,
    pub title: Text,
    /// Projected the whole time the step runs.
    pub question: Text,
    /// For the facilitator: what to watch for, how to move the room along.
    pub hints: Vec<Text>,
    pub timebox_minutes: u32,
}

/// A timebox longer than a working day is a typo.
pub const MAX_TIMEBOX_MINUTES: u32 = 8 * 60;

/// What is wrong with a template, beyond what the parser already refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    BadId { id: String },
    NoSteps,
    StepWithoutTitle { number: usize },
    StepWithoutQuestion { number: usize },
    BadTimebox { number: usize, minutes: u32 },
}

impl Template {
    pub fn problems(&self) -> Vec<TemplateProblem> {
        let mut problems = Vec::new();
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 40
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !id_ok {
            problems.push(TemplateProblem::BadId {
                id: self.id.clone(),
            });
        }
        if self.steps.is_empty() {
            problems.push(TemplateProblem::NoSteps);
        }
        for (index, step) in self.steps.iter().enumerate() {
            let number = index + 1;
            if step.title.is_empty() {
                problems.push(TemplateProblem::StepWithoutTitle { number });
            }
            if step.question.is_empty() {
                problems.push(TemplateProblem::StepWithoutQuestion { number });
            }
            if step.timebox_minutes == 0 || step.timebox_minutes > MAX_TIMEBOX_MINUTES {
                problems.push(TemplateProblem::BadTimebox {
                    number,
                    minutes: step.timebox_minutes,
                });
            }
        }
        problems
    }

    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.timebox_minutes).sum()
    }

    /// Which languages the template is fully written in.
    pub fn languages(&self) -> Vec<crate::model::Language> {
        crate::model::Language::ALL
            .into_iter()
            .filter(|language| {
                let has = |text: &Text| match language {
                    crate::model::Language::De => !text.de.trim().is_empty(),
                    crate::model::Language::En => !text.en.trim().is_empty(),
                };
                has(&self.title) && self.steps.iter().all(|s| has(&s.title) && has(&s.question))
            })
            .collect()
    }
}

/// A template problem in the language of the screen (its words live with it, so the
/// shared texts need not know templates).
pub fn problem_in_words(language: Language, problem: &TemplateProblem) -> String {
    use TemplateProblem as P;
    let de = language == Language::De;
    match problem {
        P::BadId { id } => {
            if de {
                format!(
                    "Die ID „{}“ darf nur a–z, 0–9, - und _ enthalten (höchstens 40 Zeichen).",
                    crate::text::one_line(id)
                )
            } else {
                format!(
                    "The id \"{}\" may only hold a-z, 0-9, - and _ (at most 40 characters).",
                    crate::text::one_line(id)
                )
            }
        }
        P::NoSteps => crate::i18n::pick(
            de,
            "Die Vorlage hat keine Schritte.",
            "The template has no steps.",
        ),
        P::StepWithoutTitle { number } => {
            if de {
                format!("Schritt {number} hat keinen Titel.")
            } else {
                format!("Step {number} has no title.")
            }
        }
        P::StepWithoutQuestion { number } => {
            if de {
                format!("Schritt {number} hat keine Leitfrage.")
            } else {
                format!("Step {number} has no guiding question.")
            }
        }
        P::BadTimebox { number, minutes } => {
            if de {
                format!("Schritt {number}: Zeitrahmen {minutes} Minuten; erlaubt sind 1 bis 480.")
            } else {
                format!("Step {number}: timebox of {minutes} minutes; 1 to 480 are allowed.")
            }
        }
    }
}
