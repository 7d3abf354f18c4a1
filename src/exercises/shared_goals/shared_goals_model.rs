//! The shared goals' record: goals several departments contribute to, one budget pot,
//! and the conflicts between goals made visible.

use std::collections::BTreeSet;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::Euros;
use crate::model::round::Ask;

/// What the shared goals' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    GoalWithoutTarget { number: usize },
    TargetEqualsBaseline { number: usize },
    GoalWithoutHorizon { number: usize },
    GoalOfOneDepartment { number: usize },
    BudgetOverAllocated { percent: Decimal },
    ConflictWithUnknownGoal { id: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SharedGoals {
    pub goals: Vec<Goal>,
    /// Pairs of goals that pull against each other ("lead volume vs lead quality").
    pub conflicts: Vec<Conflict>,
    /// The one common budget the goals draw their shares from, if the room named it.
    pub budget: Option<Euros>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable within the session, so a conflict survives reordering the goals.
    pub id: u32,
    pub statement: String,
    pub metric: String,
    pub baseline: Option<Decimal>,
    pub target: Option<Decimal>,
    /// What the metric counts: "Leads/Monat", "%", "€".
    pub unit: String,
    pub horizon: Option<Date>,
    pub owner: String,
    pub contributors: Vec<String>,
    /// Percent of the common budget.
    pub budget_share: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub between: (u32, u32),
    pub note: String,
}

impl Goal {
    /// Owner and contributors, each department once, in order of appearance.
    pub fn departments(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        std::iter::once(&self.owner)
            .chain(&self.contributors)
            .map(|d| d.trim())
            .filter(|d| !d.is_empty() && seen.insert(d.to_lowercase()))
            .collect()
    }
}

impl SharedGoals {
    pub fn goal(&self, id: u32) -> Option<(usize, &Goal)> {
        self.goals.iter().enumerate().find(|(_, g)| g.id == id)
    }

    /// The id a new goal gets: never reused while the session lives.
    pub fn next_id(&self) -> u32 {
        let goals = self.goals.iter().map(|g| g.id);
        let conflicts = self
            .conflicts
            .iter()
            .flat_map(|c| [c.between.0, c.between.1]);
        goals.chain(conflicts).max().map_or(1, |id| id + 1)
    }

    pub fn budget_allocated(&self) -> Decimal {
        self.goals.iter().filter_map(|g| g.budget_share).sum()
    }

    /// What is left of 100 % of the common budget (negative when over-allocated).
    pub fn budget_remaining(&self) -> Decimal {
        Decimal::ONE_HUNDRED - self.budget_allocated()
    }

    /// What is left of the common budget in euros, negative when it is over-allocated;
    /// `None` without a budget.
    pub fn budget_rest(&self) -> Option<Decimal> {
        let budget = self.budget?;
        Some((self.budget_remaining() * budget.value() / Decimal::ONE_HUNDRED).round_dp(2))
    }

    /// Whether a conflict between these two goals is recorded already, either way round.
    pub fn has_conflict(&self, a: u32, b: u32) -> bool {
        self.conflicts
            .iter()
            .any(|c| c.between == (a, b) || c.between == (b, a))
    }

    /// Removes a goal and the conflicts that named it; returns both for undo.
    pub fn remove(&mut self, index: usize) -> Option<(Goal, Vec<Conflict>)> {
        if index >= self.goals.len() {
            return None;
        }
        let goal = self.goals.remove(index);
        let (gone, kept) = self
            .conflicts
            .drain(..)
            .partition(|c| c.between.0 == goal.id || c.between.1 == goal.id);
        self.conflicts = kept;
        Some((goal, gone))
    }

    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, goal) in self.goals.iter().enumerate() {
            let number = index + 1;
            if goal.metric.trim().is_empty() || goal.target.is_none() {
                findings.push(Finding::GoalWithoutTarget { number });
            } else if goal.baseline.is_some() && goal.baseline == goal.target {
                findings.push(Finding::TargetEqualsBaseline { number });
            }
            if goal.horizon.is_none() {
                findings.push(Finding::GoalWithoutHorizon { number });
            }
            if goal.departments().len() < 2 {
                findings.push(Finding::GoalOfOneDepartment { number });
            }
        }
        let allocated = self.budget_allocated();
        if allocated > Decimal::ONE_HUNDRED {
            findings.push(Finding::BudgetOverAllocated { percent: allocated });
        }
        for conflict in &self.conflicts {
            for id in [conflict.between.0, conflict.between.1] {
                if self.goal(id).is_none() {
                    findings.push(Finding::ConflictWithUnknownGoal { id });
                }
            }
        }
        findings
    }
}

impl Record for SharedGoals {
    /// A dot vote: which goals matter most.
    fn round(&self, asking: &crate::exercises::kind::Asking) -> Option<(String, Ask)> {
        let l = asking.language;
        let goals = self
            .goals
            .iter()
            .map(|g| g.statement.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        Some((
            super::shared_goals_texts::VOTE.get(l).to_owned(),
            Ask::vote(goals),
        ))
    }

    fn carried(&self, l: Language, _today: Date) -> Vec<Carry> {
        use super::shared_goals_texts as T;
        use crate::exercises::field::show;
        self.goals
            .iter()
            .map(|g| Carry {
                item: g.statement.trim().to_owned(),
                then: Carry::then(
                    l,
                    &[
                        (T::METRIC, g.metric.clone()),
                        (T::BASELINE, show::number(g.baseline, l)),
                        (
                            T::TARGET,
                            format!("{} {}", show::number(g.target, l), g.unit),
                        ),
                        (T::HORIZON, show::date(g.horizon, l)),
                    ],
                ),
                asks_value: true,
            })
            .collect()
    }

    fn name(&self) -> Words {
        super::shared_goals_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.goals.is_empty() || self.budget.is_some()
    }

    /// Done once a goal is written down; an empty row is not a goal.
    fn is_done(&self) -> bool {
        self.goals.iter().any(|g| !g.statement.trim().is_empty())
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::shared_goals_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(id: u32, owner: &str, contributors: &[&str]) -> Goal {
        Goal {
            id,
            statement: "Mehr qualifizierte Leads".into(),
            metric: "SQL pro Monat".into(),
            baseline: Some(Decimal::from(120)),
            target: Some(Decimal::from(200)),
            unit: "Leads".into(),
            horizon: Some(jiff::civil::date(2027, 6, 30)),
            owner: owner.into(),
            contributors: contributors.iter().map(|c| (*c).to_owned()).collect(),
            budget_share: Some(Decimal::from(40)),
        }
    }

    #[test]
    fn a_goal_of_two_departments_with_a_real_target_passes() {
        let goals = SharedGoals {
            goals: vec![goal(1, "Marketing", &["Vertrieb"])],
            ..SharedGoals::default()
        };
        assert_eq!(goals.checks(), vec![]);
        assert_eq!(goals.budget_remaining(), Decimal::from(60));
    }

    #[test]
    fn one_department_a_flat_target_and_an_overdrawn_budget_are_flagged() {
        let mut flat = goal(1, "Marketing", &["marketing "]);
        flat.target = flat.baseline;
        let goals = SharedGoals {
            goals: vec![
                flat,
                goal(2, "Service", &["Vertrieb"]),
                goal(3, "Vertrieb", &["Service"]),
            ],
            ..SharedGoals::default()
        };
        assert_eq!(
            goals.checks(),
            vec![
                Finding::TargetEqualsBaseline { number: 1 },
                Finding::GoalOfOneDepartment { number: 1 },
                Finding::BudgetOverAllocated {
                    percent: Decimal::from(120)
                },
            ]
        );
    }

    #[test]
    fn removing_a_goal_takes_its_conflicts_along_and_ids_are_not_reused() {
        let mut goals = SharedGoals {
            goals: vec![goal(1, "M", &["V"]), goal(2, "V", &["S"])],
            conflicts: vec![Conflict {
                between: (1, 2),
                note: "Menge vs Qualität".into(),
            }],
            budget: None,
        };
        let (removed, conflicts) = goals.remove(1).expect("exists");
        assert_eq!(removed.id, 2);
        assert_eq!(conflicts.len(), 1);
        assert!(goals.conflicts.is_empty());
        assert_eq!(goals.next_id(), 2);
        assert!(goals.remove(5).is_none());
    }
}
