//! The session's two plain lists, edited in an overlay from every step: the parking
//! lot (topics for later) and the participants (late arrivals join mid-workshop).

use super::fields::Field;
use crate::i18n::Label;
use crate::model::{Participant, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Parking,
    Participants,
}

impl List {
    pub fn label(self) -> Label {
        match self {
            List::Parking => Label::ParkingLot,
            List::Participants => Label::Participants,
        }
    }

    pub fn len(self, session: &Session) -> usize {
        match self {
            List::Parking => session.parking_lot.len(),
            List::Participants => session.participants.len(),
        }
    }

    /// The field that edits entry `index`.
    pub fn field(self, index: usize) -> Field {
        match self {
            List::Parking => Field::Parking(index),
            List::Participants => Field::Participant(index),
        }
    }

    pub fn push_empty(self, session: &mut Session) -> usize {
        match self {
            List::Parking => session.parking_lot.push(String::new()),
            List::Participants => session.participants.push(Participant::default()),
        }
        self.len(session) - 1
    }

    pub fn remove(self, session: &mut Session, index: usize) {
        match self {
            List::Parking if index < session.parking_lot.len() => {
                drop(session.parking_lot.remove(index))
            }
            List::Participants if index < session.participants.len() => {
                drop(session.participants.remove(index))
            }
            _ => {}
        }
    }
}

/// `Anna Berger: Marketing` as a participant is shown and typed.
pub fn participant_text(participant: &Participant) -> String {
    match participant.department.trim() {
        "" => participant.name.clone(),
        department => format!("{}: {department}", participant.name),
    }
}

/// Reads `Name: Department` back; a missing department stays empty.
pub fn participant_from(text: &str) -> Participant {
    let (name, department) = text.split_once(':').unwrap_or((text, ""));
    Participant {
        name: name.trim().to_owned(),
        department: department.trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_read_back_as_typed() {
        let anna = participant_from(" Anna Berger : Marketing ");
        assert_eq!(
            anna,
            Participant {
                name: "Anna Berger".into(),
                department: "Marketing".into()
            }
        );
        assert_eq!(participant_text(&anna), "Anna Berger: Marketing");
        assert_eq!(participant_from("Jonas").department, "");
        assert_eq!(participant_text(&participant_from("Jonas")), "Jonas");
    }
}
