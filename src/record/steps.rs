//! A session's steps: each step of the agenda (the template's text, the time spent, the
//! notes, the kind's record and the rounds put to the room), and the list of them, each
//! shared until it is changed. The wall hands the writer thread a copy of the whole
//! session after changes; copying a 3 MB session of 2,000 goals cost the typist
//! milliseconds on every save. Here a copy shares every step with the session it came
//! from, and a step is copied only when it is changed while a copy still holds it
//! (`Arc::make_mut`) — typing copies the one step typed into, at most once per save.
//! Reading and writing look like a `Vec<Step>`; the file holds a plain list.

use std::ops::{Index, IndexMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::exercises::Exercise;
use crate::model::{Round, Text};

/// Whether a value is its type's default: such fields stay out of the file.
pub(super) fn is_zero<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A step of the session's agenda. The template's text is copied in, so the file stays
/// complete when the template changes later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Text,
    pub question: Text,
    /// The template's hints for the facilitator, lent on opening
    /// (`workshops::Catalog::lend_hints`) and never written: they are not the room's
    /// record, and would name keys that have changed since. An older file's still read.
    #[serde(default, skip_serializing)]
    pub hints: Vec<Text>,
    pub timebox_minutes: u32,
    /// Time the room has spent on this step so far, over all visits and restarts.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub spent_seconds: u64,
    /// What was said in the room.
    #[serde(default)]
    pub notes: String,
    /// The facilitator's own notes, typed on the presenter view: not for the handout
    /// unless asked for (`seam export --facilitator-notes`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitator_notes: String,
    pub result: Exercise,
    /// The questions put to the whole room in this step, blind, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
}

impl Step {
    /// Whether the step's latest round still collects answers: what the room looks at
    /// on this step.
    pub fn collecting(&self) -> bool {
        self.rounds.last().is_some_and(Round::is_open)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Steps(Vec<Arc<Step>>);

impl Steps {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Step> {
        self.0.get(index).map(|step| &**step)
    }

    /// The step to change; copied first if a copy of the session still shares it.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut Step> {
        self.0.get_mut(index).map(Arc::make_mut)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Step> + ExactSizeIterator {
        self.0.iter().map(|step| &**step)
    }

    /// Every step to change: each shared one is copied first.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Step> + ExactSizeIterator {
        self.0.iter_mut().map(Arc::make_mut)
    }
}

impl From<Vec<Step>> for Steps {
    fn from(steps: Vec<Step>) -> Steps {
        Steps(steps.into_iter().map(Arc::new).collect())
    }
}

impl FromIterator<Step> for Steps {
    fn from_iter<I: IntoIterator<Item = Step>>(steps: I) -> Steps {
        Steps(steps.into_iter().map(Arc::new).collect())
    }
}

impl Index<usize> for Steps {
    type Output = Step;

    fn index(&self, index: usize) -> &Step {
        &self.0[index]
    }
}

impl IndexMut<usize> for Steps {
    fn index_mut(&mut self, index: usize) -> &mut Step {
        Arc::make_mut(&mut self.0[index])
    }
}

impl IntoIterator for Steps {
    type Item = Step;
    type IntoIter = std::iter::Map<std::vec::IntoIter<Arc<Step>>, fn(Arc<Step>) -> Step>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(Arc::unwrap_or_clone)
    }
}

impl<'a> IntoIterator for &'a Steps {
    type Item = &'a Step;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, Arc<Step>>, fn(&Arc<Step>) -> &Step>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|step| &**step)
    }
}

impl<'a> IntoIterator for &'a mut Steps {
    type Item = &'a mut Step;
    type IntoIter =
        std::iter::Map<std::slice::IterMut<'a, Arc<Step>>, fn(&mut Arc<Step>) -> &mut Step>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut().map(Arc::make_mut)
    }
}

impl Serialize for Steps {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Steps {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Steps, D::Error> {
        Vec::<Step>::deserialize(deserializer).map(Steps::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether both hold the very same step at `index`, not an equal copy.
    fn shares(a: &Steps, b: &Steps, index: usize) -> bool {
        Arc::ptr_eq(&a.0[index], &b.0[index])
    }

    #[test]
    fn a_copy_shares_its_steps_until_one_is_changed() {
        let session = crate::workshops::example_session().expect("the example");
        let mut steps = session.steps.clone();
        let copy = steps.clone();
        assert!((0..steps.len()).all(|i| shares(&steps, &copy, i)));
        steps[1].notes.push_str("Neu.");
        assert!(!shares(&steps, &copy, 1), "the changed step is its own now");
        assert!(shares(&steps, &copy, 0) && shares(&steps, &copy, 2));
        assert_eq!(
            copy[1].notes, session.steps[1].notes,
            "the copy kept the old"
        );
        assert_ne!(steps, copy);
    }

    #[test]
    fn the_file_holds_a_plain_list() {
        let session = crate::workshops::example_session().expect("the example");
        let plain: Vec<Step> = session.steps.iter().cloned().collect();
        let config = ron::ser::PrettyConfig::default();
        assert_eq!(
            ron::ser::to_string_pretty(&session.steps, config.clone()).expect("steps"),
            ron::ser::to_string_pretty(&plain, config).expect("a list")
        );
    }
}
