//! The KPIs' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::{Language, When};

/// More than this and the set steers nothing: the room is asked to choose.
pub const MAX_KPIS: usize = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Kpis {
    pub kpis: Vec<Kpi>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub name: String,
    /// How it is computed, so that two departments mean the same number.
    pub definition: String,
    pub owner: String,
    /// The system the number comes from (CRM, ERP, ticket system …).
    pub source: String,
    pub review: Option<When>,
    /// After this day the KPI is dropped unless someone renews it.
    pub expires: Option<Date>,
}

/// What the KPIs' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    TooMany { count: usize },
    WithoutOwner { number: usize },
    WithoutExpiry { number: usize },
    Expired { number: usize, on: Date },
}

impl Kpis {
    /// The checks as of `today`: past its date a KPI is flagged until renewed or dropped.
    pub fn checks(&self, today: Date) -> Vec<Finding> {
        let mut findings = Vec::new();
        if self.kpis.len() > MAX_KPIS {
            findings.push(Finding::TooMany {
                count: self.kpis.len(),
            });
        }
        for (index, kpi) in self.kpis.iter().enumerate() {
            let number = index + 1;
            if kpi.owner.trim().is_empty() {
                findings.push(Finding::WithoutOwner { number });
            }
            match kpi.expires {
                None => findings.push(Finding::WithoutExpiry { number }),
                Some(on) if on < today => findings.push(Finding::Expired { number, on }),
                Some(_) => {}
            }
        }
        findings
    }
}

impl Record for Kpis {
    fn carried(&self, l: Language, today: Date) -> Vec<Carry> {
        use super::kpis_texts as T;
        use crate::exercises::field::show;
        self.kpis
            .iter()
            .map(|k| {
                let mut then = Carry::then(
                    l,
                    &[
                        (T::OWNER, k.owner.clone()),
                        (T::EXPIRES, show::date(k.expires, l)),
                    ],
                );
                if k.expires.is_some_and(|on| on < today) {
                    then.push_str(T::EXPIRED_RENEW_OR_DROP.get(l));
                }
                Carry {
                    item: k.name.trim().to_owned(),
                    then,
                    asks_value: false,
                }
            })
            .collect()
    }

    fn name(&self) -> Words {
        super::kpis_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.kpis.is_empty()
    }

    fn is_done(&self) -> bool {
        !self.kpis.is_empty()
            && self
                .kpis
                .iter()
                .all(|k| !k.owner.trim().is_empty() && k.expires.is_some())
    }

    /// Checked against `today`: expiry is about the day the record is read.
    fn findings(&self, l: Language, today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(today), l, super::kpis_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn kpi(owner: &str, expires: Option<Date>) -> Kpi {
        Kpi {
            name: "Lead-Qualität".into(),
            owner: owner.into(),
            expires,
            ..Kpi::default()
        }
    }

    #[test]
    fn an_owned_kpi_with_a_future_date_passes() {
        let kpis = Kpis {
            kpis: vec![kpi("Marketing", Some(date(2027, 12, 31)))],
        };
        assert_eq!(kpis.checks(date(2027, 1, 1)), vec![]);
        assert!(kpis.is_done());
    }

    #[test]
    fn past_its_date_without_owner_or_date_and_too_many_are_flagged() {
        let mut kpis = Kpis {
            kpis: vec![kpi("", Some(date(2026, 6, 30))), kpi("Service", None)],
        };
        assert_eq!(
            kpis.checks(date(2027, 1, 1)),
            vec![
                Finding::WithoutOwner { number: 1 },
                Finding::Expired {
                    number: 1,
                    on: date(2026, 6, 30)
                },
                Finding::WithoutExpiry { number: 2 },
            ]
        );
        kpis.kpis = vec![kpi("IT", Some(date(2030, 1, 1))); 8];
        assert_eq!(
            kpis.checks(date(2027, 1, 1)),
            vec![Finding::TooMany { count: 8 }]
        );
    }
}
