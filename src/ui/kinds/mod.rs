//! Each exercise kind on screen: one file a kind (its items, its tables, how a row reads
//! in its form), and the one place that ties a step's exercise to its view. Here, above
//! the kinds' data, so that the record and the file format know nothing of drawing.

mod agreements;
mod business_model;
mod follow_up;
mod kpis;
mod market;
mod mission;
mod perspectives;
mod pilot;
mod pulse;
mod shared_goals;
mod table_kind_view;

use super::kind_view::KindView;
use crate::exercises::Exercise;

/// How a step's exercise draws itself.
pub fn view_of(exercise: &Exercise) -> &dyn KindView {
    match exercise {
        Exercise::Mission(record) => record,
        Exercise::Market(record) => record,
        Exercise::BusinessModel(record) => record,
        Exercise::SharedGoals(record) => record,
        Exercise::Agreements(record) => record,
        Exercise::Horizons(record) => record,
        Exercise::Perspectives(record) => record,
        Exercise::FollowUp(record) => record,
        Exercise::DecisionRights(record) => record,
        Exercise::Pilot(record) => record,
        Exercise::CustomerReview(record) => record,
        Exercise::Kpis(record) => record,
        Exercise::Pulse(record) => record,
        Exercise::NextSteps(record) => record,
    }
}
