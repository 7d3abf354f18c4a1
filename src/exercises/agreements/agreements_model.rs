//! The agreements' record: what one team promises another, in time, quantity and quality.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::round::Ask;
use crate::model::{Language, When};

/// What the agreements' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    AgreementIncomplete {
        number: usize,
        missing: Vec<Essential>,
    },
    AgreementWithoutTeams {
        number: usize,
    },
    AgreementNotAccepted {
        number: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Agreements {
    pub agreements: Vec<Agreement>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub provider: String,
    pub receiver: String,
    /// What is handed over: "sales-ready leads", "answered tickets".
    pub deliverable: String,
    /// How many per period: "200 per month".
    pub quantity: String,
    /// What makes it good enough: "budget, need and date confirmed".
    pub quality: String,
    /// Delivery or response time: "within 24 hours".
    pub time: String,
    pub channel: String,
    pub provider_owner: String,
    pub receiver_owner: String,
    /// What happens when it is missed.
    pub when_missed: String,
    /// When the agreement is looked at again: a day or a rhythm ("quartalsweise").
    pub review: Option<When>,
    pub accepted_by_provider: bool,
    pub accepted_by_receiver: bool,
}

/// The three things without which a promise is not an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Essential {
    Quantity,
    Quality,
    Time,
}

impl Agreement {
    pub fn missing(&self) -> Vec<Essential> {
        [
            (Essential::Quantity, &self.quantity),
            (Essential::Quality, &self.quality),
            (Essential::Time, &self.time),
        ]
        .into_iter()
        .filter(|(_, text)| text.trim().is_empty())
        .map(|(part, _)| part)
        .collect()
    }

    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }

    pub fn is_accepted(&self) -> bool {
        self.accepted_by_provider && self.accepted_by_receiver
    }
}

impl Agreements {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, agreement) in self.agreements.iter().enumerate() {
            let number = index + 1;
            let missing = agreement.missing();
            if !missing.is_empty() {
                findings.push(Finding::AgreementIncomplete { number, missing });
            }
            if agreement.provider.trim().is_empty() || agreement.receiver.trim().is_empty() {
                findings.push(Finding::AgreementWithoutTeams { number });
            }
            if !agreement.is_accepted() {
                findings.push(Finding::AgreementNotAccepted { number });
            }
        }
        findings
    }
}

impl Record for Agreements {
    /// A dot vote: which agreements to put into practice first.
    fn round(&self, asking: &crate::exercises::kind::Asking) -> Option<(String, Ask)> {
        let l = asking.language;
        use crate::exercises::kind::Form;
        let agreements = (0..self.agreements.len())
            .filter(|row| !self.agreements[*row].deliverable.trim().is_empty())
            .map(|row| self.row_title(super::agreements_fields::AGREEMENTS, row, l))
            .collect();
        Some((
            super::agreements_texts::VOTE.get(l).to_owned(),
            Ask::vote(agreements),
        ))
    }

    fn carried(&self, l: Language, _today: Date) -> Vec<Carry> {
        use super::agreements_texts as T;
        self.agreements
            .iter()
            .map(|a| Carry {
                item: format!(
                    "{} → {}: {}",
                    a.provider.trim(),
                    a.receiver.trim(),
                    a.deliverable.trim()
                ),
                then: Carry::then(
                    l,
                    &[
                        (T::QUANTITY, a.quantity.clone()),
                        (T::QUALITY, a.quality.clone()),
                        (T::TIME, a.time.clone()),
                    ],
                ),
                asks_value: false,
            })
            .collect()
    }

    fn name(&self) -> Words {
        super::agreements_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.agreements.is_empty()
    }

    fn is_done(&self) -> bool {
        !self.agreements.is_empty() && self.agreements.iter().all(Agreement::is_complete)
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::agreements_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead_handover() -> Agreement {
        Agreement {
            provider: "Marketing".into(),
            receiver: "Vertrieb".into(),
            deliverable: "vertriebsreife Leads".into(),
            quantity: "200 pro Monat".into(),
            quality: "Budget, Bedarf und Termin bestätigt".into(),
            time: "innerhalb von 24 Stunden".into(),
            accepted_by_provider: true,
            accepted_by_receiver: true,
            ..Agreement::default()
        }
    }

    #[test]
    fn time_quantity_and_quality_make_an_agreement() {
        let all = Agreements {
            agreements: vec![lead_handover()],
        };
        assert_eq!(all.checks(), vec![]);
        assert!(all.is_done());
    }

    #[test]
    fn without_them_it_is_incomplete_and_says_what_is_missing() {
        let mut promise = lead_handover();
        promise.quality.clear();
        promise.time = " ".into();
        promise.accepted_by_receiver = false;
        let all = Agreements {
            agreements: vec![promise],
        };
        assert_eq!(
            all.checks(),
            vec![
                Finding::AgreementIncomplete {
                    number: 1,
                    missing: vec![Essential::Quality, Essential::Time]
                },
                Finding::AgreementNotAccepted { number: 1 },
            ]
        );
        assert!(!all.is_done());
    }
}
