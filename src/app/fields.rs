//! Every editable thing in a session, addressed by a `Field`: the step's notes and the
//! session's two lists here, an exercise's own fields through its kind. Views and
//! `update` both go through here, so a field cannot be shown one way and stored another.

pub use crate::exercises::field::{Field, FieldKind, FieldSpec, Slot, Table, Value, echo, parse};
use crate::i18n::{Label, Words, t};
use crate::model::participant::clash_with;
use crate::model::{Language, Participant};
use crate::record::Session;

/// The notes of a step, the parking lot and the participants: fields of every step.
fn session_spec(field: Field) -> Option<FieldSpec> {
    let label = match field {
        Field::Notes => Label::Notes,
        Field::Parking(_) => Label::ParkingLot,
        Field::Participant(_) => Label::Participants,
        Field::Own(_) | Field::Cell { .. } | Field::Answer(_) => return None,
    };
    let words = Words::new(t(Language::De, label), t(Language::En, label));
    let kind = if field == Field::Notes {
        FieldKind::Paragraph
    } else {
        FieldKind::Line
    };
    Some(FieldSpec::new(words, kind))
}

/// The label and type of a field of step `step`; `None` when there is no such field.
pub fn spec(session: &Session, step: usize, field: Field) -> Option<FieldSpec> {
    session_spec(field).or_else(|| session.steps.get(step)?.result.record().spec(field))
}

/// How a field is typed; a field that no longer exists reads as a line.
pub fn kind(session: &Session, step: usize, field: Field) -> FieldKind {
    spec(session, step, field).map_or(FieldKind::Line, |s| s.kind)
}

/// The text of a field as it is shown and as the editor starts with it.
pub fn read(session: &Session, step: usize, field: Field) -> String {
    match field {
        Field::Parking(i) => session.parking_lot.get(i).cloned().unwrap_or_default(),
        Field::Participant(i) => session
            .participants
            .get(i)
            .map(Participant::as_text)
            .unwrap_or_default(),
        Field::Answer(_) => String::new(),
        _ => session.steps.get(step).map_or_else(String::new, |s| {
            if field == Field::Notes {
                s.notes.clone()
            } else {
                s.result.record().read(field, session.language)
            }
        }),
    }
}

/// Stores a value. `false` when the field does not exist (a stale row index).
pub fn write(session: &mut Session, step: usize, field: Field, value: &Value) -> bool {
    match field {
        Field::Parking(i) => session
            .parking_lot
            .get_mut(i)
            .is_some_and(|entry| value.put_text(entry)),
        Field::Participant(i) => match value {
            // An entry that clashes with another is never stored, not even as it is
            // typed: a list with it would count two people as one.
            Value::Text(text) if i < session.participants.len() => {
                let person = Participant::from_text(text);
                let clashes = clash_with(&session.participants, &person, Some(i)).is_some();
                if !clashes {
                    session.participants[i] = person;
                }
                !clashes
            }
            _ => false,
        },
        Field::Answer(_) => false,
        _ => session.steps.get_mut(step).is_some_and(|s| {
            if field == Field::Notes {
                value.put_text(&mut s.notes)
            } else {
                s.result.record_mut().write(field, value)
            }
        }),
    }
}

/// Why `value` cannot be stored in `field`, in language `l`: a participant who could not
/// be told apart from another on the list.
pub fn refusal(session: &Session, field: Field, value: &Value, l: Language) -> Option<String> {
    let (Field::Participant(i), Value::Text(text)) = (field, value) else {
        return None;
    };
    let person = Participant::from_text(text);
    let earlier = clash_with(&session.participants, &person, Some(i))?;
    Some(crate::i18n::participant_clash(
        l,
        earlier + 1,
        &session.participants[earlier],
        &person,
    ))
}

/// Flips a toggle field. `false` when the field is not a toggle or does not exist.
pub fn toggle(session: &mut Session, step: usize, field: Field) -> bool {
    session
        .steps
        .get_mut(step)
        .is_some_and(|s| s.result.record_mut().toggle(field))
}

/// The label of a field in language `l`.
pub fn label(session: &Session, step: usize, field: Field, l: Language) -> &'static str {
    spec(session, step, field).map_or("", |s| s.label.get(l))
}
