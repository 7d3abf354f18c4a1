//! A person in the room: a name and the department they speak for. Both together are
//! who they are — two Thomas Müller are two people, told apart by their departments —
//! and a participant list never holds two entries that cannot be told apart (`clash`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    pub department: String,
}

impl Participant {
    /// A person of `name` from `department`, as typed (nothing trimmed).
    pub fn new(name: &str, department: &str) -> Participant {
        Participant {
            name: name.into(),
            department: department.into(),
        }
    }

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

    /// The same person: the same name and the same department. Who answered what is
    /// matched this way, never by the name alone (two Thomas Müller are two people).
    pub fn is(&self, other: &Participant) -> bool {
        self.name.trim() == other.name.trim() && self.department.trim() == other.department.trim()
    }

    /// The person as one text, for what is kept per person in memory (a phone, an
    /// anonymous answer that may still change): `Thomas Müller (Marketing)`. Unique in
    /// a list without clashes (see `clashes_with`).
    pub fn key(&self) -> String {
        self.with_department()
    }

    /// Whether `other` shares this person's name (and is somebody else).
    pub fn is_namesake_of(&self, other: &Participant) -> bool {
        self.name.trim() == other.name.trim() && !self.is(other)
    }

    /// How an anonymous round's list of who answered names this person among `people`:
    /// the name alone, or with the department where somebody else has the same name.
    pub fn named_among(&self, people: &[Participant]) -> String {
        if people.iter().any(|p| p.is_namesake_of(self)) {
            self.key()
        } else {
            self.name.trim().to_owned()
        }
    }

    /// Whether two entries of a participant list could not be told apart on the wall
    /// or from a phone: the same name (in any case) with the same department, or where
    /// either has none, or the same text once the department is put in brackets. An
    /// entry without a name (still being typed) clashes with nobody.
    pub fn clashes_with(&self, other: &Participant) -> bool {
        let (name, other_name) = (self.name.trim(), other.name.trim());
        if name.is_empty() || other_name.is_empty() {
            return false;
        }
        let (department, other_department) = (self.department.trim(), other.department.trim());
        let same_name = name.to_lowercase() == other_name.to_lowercase();
        let same_department = department.is_empty()
            || other_department.is_empty()
            || department.to_lowercase() == other_department.to_lowercase();
        (same_name && same_department) || self.key() == other.key()
    }
}

/// The first two entries of `people` that clash (by their places, the earlier first):
/// a list seam keeps never has any.
pub fn clash(people: &[Participant]) -> Option<(usize, usize)> {
    people.iter().enumerate().find_map(|(second, person)| {
        people[..second]
            .iter()
            .position(|earlier| earlier.clashes_with(person))
            .map(|first| (first, second))
    })
}

/// The entry of `people` that `person` would clash with at place `at` (`None`: a new
/// entry), the entry at `at` itself aside.
pub fn clash_with(
    people: &[Participant],
    person: &Participant,
    at: Option<usize>,
) -> Option<usize> {
    people
        .iter()
        .enumerate()
        .find(|(index, other)| Some(*index) != at && other.clashes_with(person))
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(text: &str) -> Participant {
        Participant::from_text(text)
    }

    #[test]
    fn two_of_one_name_are_two_people_told_apart_by_department() {
        let marketing = person("Thomas Müller: Marketing");
        let sales = person("Thomas Müller: Vertrieb");
        assert!(!marketing.is(&sales) && marketing.is(&person(" Thomas Müller :Marketing ")));
        assert_ne!(marketing.key(), sales.key());
        assert!(marketing.is_namesake_of(&sales) && !marketing.is_namesake_of(&marketing));
        assert!(!marketing.clashes_with(&sales));
        let people = [
            marketing.clone(),
            sales.clone(),
            person("Anna Berger: Marketing"),
        ];
        assert_eq!(marketing.named_among(&people), "Thomas Müller (Marketing)");
        assert_eq!(people[2].named_among(&people), "Anna Berger");
        assert_eq!(clash(&people), None);
    }

    #[test]
    fn entries_that_read_alike_clash() {
        let clashing = [
            ("Thomas Müller: Marketing", "Thomas Müller:Marketing"),
            ("Thomas Müller: Marketing", "thomas müller: marketing"),
            ("Thomas Müller", "Thomas Müller: Vertrieb"),
            ("Thomas Müller", "Thomas Müller"),
            ("Thomas (Marketing)", "Thomas: Marketing"),
        ];
        for (a, b) in clashing {
            assert!(person(a).clashes_with(&person(b)), "{a} / {b}");
            assert!(person(b).clashes_with(&person(a)), "{b} / {a}");
        }
        // An entry still being typed (no name yet) clashes with nobody.
        assert!(!person(": Marketing").clashes_with(&person(": Marketing")));
        assert!(!Participant::default().clashes_with(&Participant::default()));
        let people = [person("Anna"), person("Jonas"), person("anna")];
        assert_eq!(clash(&people), Some((0, 2)));
        assert_eq!(clash_with(&people, &person("Jonas"), Some(1)), None);
        assert_eq!(clash_with(&people, &person("Jonas"), None), Some(1));
    }
}
