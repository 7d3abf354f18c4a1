//! The pulse's record: the readings taken from revealed rounds, grouped by what they
//! were about (the whole organisation, or a pair of departments), and the checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::Exercise;
use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;
use crate::model::round::{Ask, Closeness, Reply, Round};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Pulse {
    /// The pair of departments the next round asks about (`Marketing ↔ Vertrieb`);
    /// empty: the organisation as a whole.
    pub between: String,
    pub readings: Vec<Reading>,
    /// The readings of the session this one follows, to compare with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Reading>,
}

/// One participant's place on the scale, as revealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// What was placed: empty for the organisation as a whole, else a pair.
    pub between: String,
    /// Who placed it (their department, or name and department).
    pub source: String,
    pub closeness: Closeness,
}

/// What the pulse's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The room does not agree on how it works together: from `low` to `high`.
    FarApart {
        between: String,
        low: Closeness,
        high: Closeness,
    },
    /// Worse than last time.
    Worse {
        between: String,
        then: Closeness,
        now: Closeness,
    },
}

impl Pulse {
    /// What the readings were about, in the order first placed.
    pub fn groups(readings: &[Reading]) -> Vec<&str> {
        let mut groups: Vec<&str> = Vec::new();
        for reading in readings {
            if !groups.contains(&reading.between.as_str()) {
                groups.push(&reading.between);
            }
        }
        groups
    }

    pub fn in_group<'a>(
        readings: &'a [Reading],
        between: &'a str,
    ) -> impl Iterator<Item = Closeness> + 'a {
        readings
            .iter()
            .filter(move |r| r.between == between)
            .map(|r| r.closeness)
    }

    pub fn median(readings: &[Reading], between: &str) -> Option<Closeness> {
        Closeness::median(Pulse::in_group(readings, between))
    }

    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for between in Pulse::groups(&self.readings) {
            let placed: Vec<Closeness> = Pulse::in_group(&self.readings, between).collect();
            if let (Some(low), Some(high)) = (placed.iter().min(), placed.iter().max())
                && high.number() - low.number() >= 2
            {
                findings.push(Finding::FarApart {
                    between: between.to_owned(),
                    low: *low,
                    high: *high,
                });
            }
            if let (Some(then), Some(now)) = (
                Pulse::median(&self.earlier, between),
                Pulse::median(&self.readings, between),
            ) && now < then
            {
                findings.push(Finding::Worse {
                    between: between.to_owned(),
                    then,
                    now,
                });
            }
        }
        findings
    }
}

impl Record for Pulse {
    fn name(&self) -> Words {
        super::pulse_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.readings.is_empty() || !self.between.trim().is_empty()
    }

    fn is_done(&self) -> bool {
        !self.readings.is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::pulse_texts::finding)
    }

    fn round(&self, asking: &crate::exercises::kind::Asking) -> Option<(String, Ask)> {
        let l = asking.language;
        Some((super::pulse_texts::question(l, &self.between), Ask::Scale))
    }

    /// The revealed places become the readings of what the round was about; a
    /// participant's earlier reading of the same is replaced.
    fn take(&mut self, round: &Round, _number: usize, _l: Language) -> bool {
        let between = self.between.trim().to_owned();
        if round.anonymous {
            // `#n` names no person: an anonymous round's readings replace all earlier
            // anonymous readings of the same, however many there were.
            self.readings
                .retain(|r| !(r.between == between && r.source.starts_with('#')));
        }
        for answer in &round.answers {
            let Reply::Scale(closeness) = answer.reply else {
                continue;
            };
            let source = round.source_of(answer);
            self.readings
                .retain(|r| !(r.between == between && r.source == source));
            self.readings.push(Reading {
                between: between.clone(),
                source,
                closeness,
            });
        }
        true
    }

    /// A follow-up compares with the earlier session's readings.
    fn follow(&mut self, earlier: &Exercise) -> bool {
        let Exercise::Pulse(earlier) = earlier else {
            return false;
        };
        self.earlier.clone_from(&earlier.readings);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Moment, Participant};

    fn round_of(places: &[(&str, &str, u8)]) -> Round {
        let mut round = Round::new("?".into(), Ask::Scale, Moment::now());
        for (name, department, number) in places {
            let who = Participant {
                name: (*name).into(),
                department: (*department).into(),
            };
            let closeness = Closeness::from_number(*number).expect("1 to 4");
            round
                .answer(&who, Reply::Scale(closeness), Moment::now())
                .expect("an answer");
        }
        round
    }

    #[test]
    fn a_revealed_round_becomes_readings_per_pair_and_far_apart_is_flagged() {
        let mut pulse = Pulse::default();
        let round = round_of(&[
            ("Anna", "Marketing", 1),
            ("Ben", "Vertrieb", 3),
            ("Cem", "Service", 2),
        ]);
        assert!(pulse.take(&round, 1, Language::De));
        assert_eq!(
            Pulse::median(&pulse.readings, ""),
            Some(Closeness::SideBySide)
        );
        assert_eq!(
            pulse.checks(),
            vec![Finding::FarApart {
                between: String::new(),
                low: Closeness::Against,
                high: Closeness::With
            }]
        );
        pulse.between = "Marketing ↔ Vertrieb".into();
        let pair = round_of(&[("Anna", "Marketing", 2), ("Ben", "Vertrieb", 2)]);
        pulse.take(&pair, 2, Language::De);
        assert_eq!(Pulse::groups(&pulse.readings), ["", "Marketing ↔ Vertrieb"]);
        pulse.take(&pair, 2, Language::De);
        assert_eq!(pulse.readings.len(), 5, "taken again, nothing twice");
    }

    #[test]
    fn a_follow_up_compares_with_last_time() {
        let mut earlier = Pulse::default();
        earlier.take(
            &round_of(&[("Anna", "Marketing", 3), ("Ben", "Vertrieb", 3)]),
            1,
            Language::De,
        );
        let mut now = Pulse::default();
        assert!(now.follow(&Exercise::Pulse(earlier)));
        now.take(
            &round_of(&[("Anna", "Marketing", 2), ("Ben", "Vertrieb", 2)]),
            1,
            Language::De,
        );
        assert_eq!(
            now.checks(),
            vec![Finding::Worse {
                between: String::new(),
                then: Closeness::With,
                now: Closeness::SideBySide
            }]
        );
    }
}
