//! The session's two plain lists, edited in an overlay from every step: the parking
//! lot (topics for later) and the participants (late arrivals join mid-workshop).

use super::fields::Field;
use crate::i18n::Label;
use crate::model::Participant;
use crate::record::Session;

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
