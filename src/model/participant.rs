//! A person in the room: a name and the department they speak for.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    pub department: String,
}

impl Participant {
    /// Reads `Name:Department` as given on the command line; `None` without a name.
    pub fn parse(text: &str) -> Option<Participant> {
        let participant = Participant::from_text(text);
        (!participant.name.is_empty()).then_some(participant)
    }

    /// Reads `Name: Department` as typed in the participants list, where a half-typed
    /// entry (no name yet) is kept as it is.
    pub fn from_text(text: &str) -> Participant {
        let (name, department) = text.split_once(':').unwrap_or((text, ""));
        Participant {
            name: name.trim().to_owned(),
            department: department.trim().to_owned(),
        }
    }

    /// `Anna Berger: Marketing`, the form `from_text` reads back.
    pub fn as_text(&self) -> String {
        match self.department.trim() {
            "" => self.name.clone(),
            department => format!("{}: {department}", self.name),
        }
    }

    /// The empty participant of an anonymous answer.
    pub fn is_nobody(&self) -> bool {
        self.name.is_empty() && self.department.is_empty()
    }

    /// `Anna Berger (Marketing)`, for handouts and summaries.
    pub fn with_department(&self) -> String {
        match self.department.trim() {
            "" => self.name.trim().to_owned(),
            department => format!("{} ({department})", self.name.trim()),
        }
    }
}
