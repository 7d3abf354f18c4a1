//! The pilot's record and its checks.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::{Euros, Language};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Pilot {
    pub problem: String,
    /// "If …, then …, measured by …".
    pub hypothesis: String,
    pub metric: String,
    pub baseline: Option<Decimal>,
    /// From this value on the pilot counts as a success.
    pub threshold: Option<Decimal>,
    /// The departments in the team.
    pub team: Vec<String>,
    pub budget: Option<Euros>,
    /// The data the team may use.
    pub data: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// What happens at the end: scale, adjust or stop, and on which result.
    pub end_rule: String,
}

/// What the pilot's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    HypothesisMissing,
    MetricIncomplete,
    TeamOfOneDepartment,
    EndNotAfterStart,
    NoEndRule,
}

impl Pilot {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        if self.hypothesis.trim().is_empty() {
            findings.push(Finding::HypothesisMissing);
        }
        if self.metric.trim().is_empty() || self.threshold.is_none() {
            findings.push(Finding::MetricIncomplete);
        }
        let mut departments: Vec<String> = self
            .team
            .iter()
            .map(|d| d.trim().to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        departments.sort();
        departments.dedup();
        if departments.len() < 2 {
            findings.push(Finding::TeamOfOneDepartment);
        }
        if let (Some(start), Some(end)) = (self.start, self.end)
            && end <= start
        {
            findings.push(Finding::EndNotAfterStart);
        }
        if self.end_rule.trim().is_empty() {
            findings.push(Finding::NoEndRule);
        }
        findings
    }
}

impl Record for Pilot {
    fn carried(&self, l: Language, _today: Date) -> Vec<Carry> {
        use super::pilot_texts as T;
        use crate::exercises::field::show;
        if !self.is_started() {
            return Vec::new();
        }
        vec![Carry {
            item: self.hypothesis.trim().to_owned(),
            then: Carry::then(
                l,
                &[
                    (T::METRIC, self.metric.clone()),
                    (T::BASELINE, show::number(self.baseline, l)),
                    (T::THRESHOLD, show::number(self.threshold, l)),
                    (T::END, show::date(self.end, l)),
                ],
            ),
            asks_value: true,
        }]
    }

    fn name(&self) -> Words {
        super::pilot_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.problem.trim().is_empty() || !self.hypothesis.trim().is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        if !self.is_started() {
            return Vec::new();
        }
        crate::exercises::kind::worded(&self.checks(), l, super::pilot_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn pilot() -> Pilot {
        Pilot {
            problem: "Leads gehen verloren".into(),
            hypothesis: "Wenn Leads erst die Nurturing-Strecke laufen, dann steigt die Abschlussquote, gemessen an SQL zu Auftrag.".into(),
            metric: "Abschlussquote".into(),
            baseline: Some(Decimal::from(12)),
            threshold: Some(Decimal::from(15)),
            team: vec!["Marketing".into(), "Vertrieb".into()],
            start: Some(date(2027, 1, 1)),
            end: Some(date(2027, 3, 31)),
            end_rule: "ausrollen ab 15 %, sonst stoppen".into(),
            ..Pilot::default()
        }
    }

    #[test]
    fn a_complete_cross_functional_pilot_passes() {
        assert_eq!(pilot().checks(), vec![]);
    }

    #[test]
    fn one_department_a_missing_threshold_and_dates_backwards_are_flagged() {
        let mut p = pilot();
        p.team = vec!["Vertrieb".into(), "vertrieb ".into()];
        p.threshold = None;
        p.end = Some(date(2026, 12, 1));
        p.end_rule.clear();
        assert_eq!(
            p.checks(),
            vec![
                Finding::MetricIncomplete,
                Finding::TeamOfOneDepartment,
                Finding::EndNotAfterStart,
                Finding::NoEndRule,
            ]
        );
    }
}
