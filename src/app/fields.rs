//! Every editable thing in a session, addressed by a `Field`: how it is labelled, how it
//! is typed (line, paragraph, money, units …), how its text is read from the model and
//! how typed text is parsed and written back. Views and `update` both go through here,
//! so a field cannot be shown one way and stored another.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::i18n::{self, Label, t};
use crate::model::money::{format_number, parse_number};
use crate::model::{Agreement, Estimate, Euros, Exercise, Goal, Language, Session, Units};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Notes,
    Definition,
    Year,
    AgreedEuros,
    AgreedUnits,
    Estimate(usize, EstimateField),
    Sentence,
    WhoPays,
    ForWhat,
    RevenueDriver,
    CostDriver,
    Budget,
    Goal(usize, GoalField),
    Conflict(usize),
    Agreement(usize, AgreementField),
    Parking(usize),
    Participant(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EstimateField {
    Source,
    Euros,
    Units,
    Method,
    Basis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalField {
    Statement,
    Metric,
    Baseline,
    Target,
    Unit,
    Horizon,
    Owner,
    Contributors,
    BudgetShare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementField {
    Provider,
    Receiver,
    Deliverable,
    Quantity,
    Quality,
    Time,
    Channel,
    ProviderOwner,
    ReceiverOwner,
    WhenMissed,
    Review,
    AcceptedByProvider,
    AcceptedByReceiver,
}

/// How a field is typed and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Line,
    Paragraph,
    Euros,
    Units,
    Number,
    Percent,
    Year,
    Date,
    /// Comma-separated names.
    List,
    /// Switched with Space, never typed.
    Toggle,
}

impl Kind {
    /// Typed text is kept raw until it parses; text kinds are always valid.
    pub fn is_parsed(self) -> bool {
        !matches!(
            self,
            Kind::Line | Kind::Paragraph | Kind::List | Kind::Toggle
        )
    }
}

/// The tables an exercise can hold; a row of each opens as a form of `Field`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Estimates,
    Goals,
    Conflicts,
    Agreements,
}

impl Table {
    pub const ALL: [Table; 4] = [
        Table::Estimates,
        Table::Goals,
        Table::Conflicts,
        Table::Agreements,
    ];

    pub fn index(self) -> usize {
        match self {
            Table::Estimates => 0,
            Table::Goals => 1,
            Table::Conflicts => 2,
            Table::Agreements => 3,
        }
    }

    pub fn label(self) -> Label {
        match self {
            Table::Estimates => Label::Estimates,
            Table::Goals => Label::Goals,
            Table::Conflicts => Label::Conflicts,
            Table::Agreements => Label::Agreements,
        }
    }

    /// The fields of one row, in form order.
    pub fn row_fields(self, row: usize) -> Vec<Field> {
        use AgreementField as A;
        use EstimateField as E;
        use GoalField as G;
        match self {
            Table::Estimates => [E::Source, E::Euros, E::Units, E::Method, E::Basis]
                .map(|f| Field::Estimate(row, f))
                .to_vec(),
            Table::Goals => [
                G::Statement,
                G::Metric,
                G::Baseline,
                G::Target,
                G::Unit,
                G::Horizon,
                G::Owner,
                G::Contributors,
                G::BudgetShare,
            ]
            .map(|f| Field::Goal(row, f))
            .to_vec(),
            Table::Conflicts => vec![Field::Conflict(row)],
            Table::Agreements => [
                A::Provider,
                A::Receiver,
                A::Deliverable,
                A::Quantity,
                A::Quality,
                A::Time,
                A::Channel,
                A::ProviderOwner,
                A::ReceiverOwner,
                A::WhenMissed,
                A::Review,
                A::AcceptedByProvider,
                A::AcceptedByReceiver,
            ]
            .map(|f| Field::Agreement(row, f))
            .to_vec(),
        }
    }
}

/// A place the cursor can rest on in a step: a single field or a whole table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Field(Field),
    Table(Table),
}

/// The slots of an exercise, top to bottom as the view draws them.
pub fn slots(exercise: &Exercise) -> Vec<Slot> {
    use Slot::{Field as F, Table as T};
    match exercise {
        Exercise::Market(_) => vec![
            F(Field::Definition),
            F(Field::Year),
            T(Table::Estimates),
            F(Field::AgreedEuros),
            F(Field::AgreedUnits),
            F(Field::Notes),
        ],
        Exercise::BusinessModel(_) => vec![
            F(Field::Sentence),
            F(Field::WhoPays),
            F(Field::ForWhat),
            F(Field::RevenueDriver),
            F(Field::CostDriver),
            F(Field::Notes),
        ],
        Exercise::SharedGoals(_) => vec![
            T(Table::Goals),
            F(Field::Budget),
            T(Table::Conflicts),
            F(Field::Notes),
        ],
        Exercise::Agreements(_) => vec![T(Table::Agreements), F(Field::Notes)],
    }
}

pub fn row_count(exercise: &Exercise, table: Table) -> usize {
    match (exercise, table) {
        (Exercise::Market(m), Table::Estimates) => m.estimates.len(),
        (Exercise::SharedGoals(g), Table::Goals) => g.goals.len(),
        (Exercise::SharedGoals(g), Table::Conflicts) => g.conflicts.len(),
        (Exercise::Agreements(a), Table::Agreements) => a.agreements.len(),
        _ => 0,
    }
}

impl Field {
    pub fn kind(self) -> Kind {
        use AgreementField as A;
        use EstimateField as E;
        use GoalField as G;
        match self {
            Field::Notes | Field::Definition | Field::Sentence => Kind::Paragraph,
            Field::Year => Kind::Year,
            Field::AgreedEuros | Field::Budget | Field::Estimate(_, E::Euros) => Kind::Euros,
            Field::AgreedUnits | Field::Estimate(_, E::Units) => Kind::Units,
            Field::Estimate(_, E::Method)
            | Field::Agreement(_, A::AcceptedByProvider | A::AcceptedByReceiver) => Kind::Toggle,
            Field::Goal(_, G::Baseline | G::Target) => Kind::Number,
            Field::Goal(_, G::BudgetShare) => Kind::Percent,
            Field::Goal(_, G::Horizon) | Field::Agreement(_, A::Review) => Kind::Date,
            Field::Goal(_, G::Contributors) => Kind::List,
            _ => Kind::Line,
        }
    }

    pub fn label(self) -> Label {
        use AgreementField as A;
        use EstimateField as E;
        use GoalField as G;
        match self {
            Field::Notes => Label::Notes,
            Field::Definition => Label::Definition,
            Field::Year => Label::ReferenceYear,
            Field::AgreedEuros => Label::AgreedEuros,
            Field::AgreedUnits => Label::AgreedUnits,
            Field::Estimate(_, E::Source) => Label::Source,
            Field::Estimate(_, E::Euros) => Label::Euros,
            Field::Estimate(_, E::Units) => Label::Units,
            Field::Estimate(_, E::Method) => Label::Method,
            Field::Estimate(_, E::Basis) => Label::Basis,
            Field::Sentence => Label::Sentence,
            Field::WhoPays => Label::WhoPays,
            Field::ForWhat => Label::ForWhat,
            Field::RevenueDriver => Label::RevenueDriver,
            Field::CostDriver => Label::CostDriver,
            Field::Budget => Label::Budget,
            Field::Goal(_, G::Statement) => Label::Statement,
            Field::Goal(_, G::Metric) => Label::Metric,
            Field::Goal(_, G::Baseline) => Label::Baseline,
            Field::Goal(_, G::Target) => Label::Target,
            Field::Goal(_, G::Unit) => Label::Unit,
            Field::Goal(_, G::Horizon) => Label::Horizon,
            Field::Goal(_, G::Owner) => Label::Owner,
            Field::Goal(_, G::Contributors) => Label::Contributors,
            Field::Goal(_, G::BudgetShare) => Label::BudgetShare,
            Field::Conflict(_) => Label::Notes,
            Field::Agreement(_, A::Provider) => Label::Provider,
            Field::Agreement(_, A::Receiver) => Label::Receiver,
            Field::Agreement(_, A::Deliverable) => Label::Deliverable,
            Field::Agreement(_, A::Quantity) => Label::Quantity,
            Field::Agreement(_, A::Quality) => Label::Quality,
            Field::Agreement(_, A::Time) => Label::Time,
            Field::Agreement(_, A::Channel) => Label::Channel,
            Field::Agreement(_, A::ProviderOwner) => Label::ProviderOwner,
            Field::Agreement(_, A::ReceiverOwner) => Label::ReceiverOwner,
            Field::Agreement(_, A::WhenMissed) => Label::WhenMissed,
            Field::Agreement(_, A::Review) => Label::Review,
            Field::Agreement(_, A::AcceptedByProvider) => Label::AcceptedByProvider,
            Field::Agreement(_, A::AcceptedByReceiver) => Label::AcceptedByReceiver,
            Field::Parking(_) => Label::ParkingLot,
            Field::Participant(_) => Label::Participants,
        }
    }
}

fn money(value: Option<Euros>, l: Language) -> String {
    value.map(|v| v.full(l)).unwrap_or_default()
}

fn count(value: Option<Units>, l: Language) -> String {
    value.map(|v| v.full(l)).unwrap_or_default()
}

fn number(value: Option<Decimal>, l: Language) -> String {
    value.map(|v| format_number(v, l)).unwrap_or_default()
}

/// The text of a field as it is shown and as the editor starts with it.
pub fn read(session: &Session, step: usize, field: Field) -> String {
    use AgreementField as A;
    use EstimateField as E;
    use GoalField as G;
    let l = session.language;
    if let Field::Parking(i) = field {
        return session.parking_lot.get(i).cloned().unwrap_or_default();
    }
    if let Field::Participant(i) = field {
        return session
            .participants
            .get(i)
            .map(crate::model::Participant::as_text)
            .unwrap_or_default();
    }
    let Some(step) = session.steps.get(step) else {
        return String::new();
    };
    if field == Field::Notes {
        return step.notes.clone();
    }
    match (&step.result, field) {
        (Exercise::Market(m), Field::Definition) => m.definition.clone(),
        (Exercise::Market(m), Field::Year) => m.year.map(|y| y.to_string()).unwrap_or_default(),
        (Exercise::Market(m), Field::AgreedEuros) => money(m.agreed.and_then(|a| a.euros), l),
        (Exercise::Market(m), Field::AgreedUnits) => count(m.agreed.and_then(|a| a.units), l),
        (Exercise::Market(m), Field::Estimate(i, f)) => {
            m.estimates
                .get(i)
                .map_or_else(String::new, |e: &Estimate| match f {
                    E::Source => e.source.clone(),
                    E::Euros => money(e.euros, l),
                    E::Units => count(e.units, l),
                    E::Method => i18n::method(l, e.method).to_owned(),
                    E::Basis => e.basis.clone(),
                })
        }
        (Exercise::BusinessModel(b), Field::Sentence) => b.sentence.clone(),
        (Exercise::BusinessModel(b), Field::WhoPays) => b.who_pays.clone(),
        (Exercise::BusinessModel(b), Field::ForWhat) => b.for_what.clone(),
        (Exercise::BusinessModel(b), Field::RevenueDriver) => b.revenue_driver.clone(),
        (Exercise::BusinessModel(b), Field::CostDriver) => b.cost_driver.clone(),
        (Exercise::SharedGoals(g), Field::Budget) => money(g.budget, l),
        (Exercise::SharedGoals(g), Field::Conflict(i)) => g
            .conflicts
            .get(i)
            .map(|c| c.note.clone())
            .unwrap_or_default(),
        (Exercise::SharedGoals(g), Field::Goal(i, f)) => {
            g.goals
                .get(i)
                .map_or_else(String::new, |goal: &Goal| match f {
                    G::Statement => goal.statement.clone(),
                    G::Metric => goal.metric.clone(),
                    G::Baseline => number(goal.baseline, l),
                    G::Target => number(goal.target, l),
                    G::Unit => goal.unit.clone(),
                    G::Horizon => goal.horizon.map(|d| d.to_string()).unwrap_or_default(),
                    G::Owner => goal.owner.clone(),
                    G::Contributors => goal.contributors.join(", "),
                    G::BudgetShare => goal
                        .budget_share
                        .map(|s| format!("{} %", format_number(s, l)))
                        .unwrap_or_default(),
                })
        }
        (Exercise::Agreements(a), Field::Agreement(i, f)) => {
            a.agreements
                .get(i)
                .map_or_else(String::new, |ag: &Agreement| match f {
                    A::Provider => ag.provider.clone(),
                    A::Receiver => ag.receiver.clone(),
                    A::Deliverable => ag.deliverable.clone(),
                    A::Quantity => ag.quantity.clone(),
                    A::Quality => ag.quality.clone(),
                    A::Time => ag.time.clone(),
                    A::Channel => ag.channel.clone(),
                    A::ProviderOwner => ag.provider_owner.clone(),
                    A::ReceiverOwner => ag.receiver_owner.clone(),
                    A::WhenMissed => ag.when_missed.clone(),
                    A::Review => ag.review.map(|d| d.to_string()).unwrap_or_default(),
                    A::AcceptedByProvider => i18n::yes_no(l, ag.accepted_by_provider).to_owned(),
                    A::AcceptedByReceiver => i18n::yes_no(l, ag.accepted_by_receiver).to_owned(),
                })
        }
        _ => String::new(),
    }
}

/// A parsed value, ready to be stored; `Text` is stored as typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Euros(Option<Euros>),
    Units(Option<Units>),
    Number(Option<Decimal>),
    Year(Option<i16>),
    Date(Option<Date>),
    List(Vec<String>),
}

/// Parses what was typed into a field. Empty input clears a number. The error is the
/// reason in the session's language.
pub fn parse(kind: Kind, text: &str, l: Language) -> Result<Value, String> {
    let trimmed = text.trim();
    let de = l == Language::De;
    match kind {
        Kind::Line | Kind::Paragraph | Kind::Toggle => Ok(Value::Text(text.to_owned())),
        Kind::List => Ok(Value::List(
            text.split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )),
        _ if trimmed.is_empty() => Ok(match kind {
            Kind::Euros => Value::Euros(None),
            Kind::Units => Value::Units(None),
            Kind::Year => Value::Year(None),
            Kind::Date => Value::Date(None),
            _ => Value::Number(None),
        }),
        Kind::Euros => Euros::parse(trimmed, l)
            .map(|v| Value::Euros(Some(v)))
            .map_err(|e| i18n::number_error(l, &e)),
        Kind::Units => Units::parse(trimmed, l)
            .map(|v| Value::Units(Some(v)))
            .map_err(|e| i18n::number_error(l, &e)),
        Kind::Number => parse_number(trimmed, l)
            .map(|v| Value::Number(Some(v)))
            .map_err(|e| i18n::number_error(l, &e)),
        Kind::Percent => {
            let bare = trimmed.trim_end_matches('%').trim();
            let value = parse_number(bare, l).map_err(|e| i18n::number_error(l, &e))?;
            if value > Decimal::ONE_HUNDRED {
                return Err(if de {
                    "Höchstens 100 %.".into()
                } else {
                    "At most 100 %.".into()
                });
            }
            Ok(Value::Number(Some(value)))
        }
        Kind::Year => match trimmed.parse::<i16>() {
            Ok(year) if (1900..=2200).contains(&year) => Ok(Value::Year(Some(year))),
            _ => Err(if de {
                "Ein Jahr wie 2026.".into()
            } else {
                "A year such as 2026.".into()
            }),
        },
        Kind::Date => parse_date(trimmed, l).map(|d| Value::Date(Some(d))),
    }
}

/// `2027-06-30`, German `30.06.2027`, or English `30/06/2027`.
fn parse_date(text: &str, l: Language) -> Result<Date, String> {
    let iso = text.parse::<Date>().ok();
    let dotted = || {
        let parts: Vec<&str> = text
            .split(['.', '/'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let [day, month, year] = parts.as_slice() else {
            return None;
        };
        let year: i16 = year.parse().ok()?;
        let year = if year < 100 { 2000 + year } else { year };
        Date::new(year, month.parse().ok()?, day.parse().ok()?).ok()
    };
    iso.or_else(dotted).ok_or_else(|| match l {
        Language::De => "Ein Datum wie 30.06.2027 oder 2027-06-30.".to_owned(),
        Language::En => "A date such as 2027-06-30 or 30/06/2027.".to_owned(),
    })
}

/// How a parsed value will be stored, for the echo under a number field.
pub fn echo(value: &Value, l: Language) -> Option<String> {
    match value {
        Value::Euros(Some(e)) => Some(e.full(l)),
        Value::Units(Some(u)) => Some(u.full(l)),
        Value::Number(Some(n)) => Some(format_number(*n, l)),
        Value::Date(Some(d)) => Some(
            d.strftime(if l == Language::De {
                "%d.%m.%Y"
            } else {
                "%Y-%m-%d"
            })
            .to_string(),
        ),
        _ => None,
    }
}

/// Stores a value. `false` when the field does not exist (a stale row index).
pub fn write(session: &mut Session, step: usize, field: Field, value: Value) -> bool {
    use AgreementField as A;
    use EstimateField as E;
    use GoalField as G;
    if let (Field::Participant(i), Value::Text(text)) = (field, &value) {
        return session.participants.get_mut(i).is_some_and(|p| {
            *p = crate::model::Participant::from_text(text);
            true
        });
    }
    if let Field::Parking(i) = field {
        return match (session.parking_lot.get_mut(i), value) {
            (Some(slot), Value::Text(text)) => {
                *slot = text;
                true
            }
            _ => false,
        };
    }
    let Some(step) = session.steps.get_mut(step) else {
        return false;
    };
    if let (Field::Notes, Value::Text(text)) = (field, &value) {
        step.notes = text.clone();
        return true;
    }
    let text = |target: &mut String| match &value {
        Value::Text(t) => {
            target.clone_from(t);
            true
        }
        _ => false,
    };
    match (&mut step.result, field) {
        (Exercise::Market(m), Field::Definition) => text(&mut m.definition),
        (Exercise::Market(m), Field::Year) => set(&mut m.year, &value, |v| match v {
            Value::Year(y) => Some(*y),
            _ => None,
        }),
        (Exercise::Market(m), Field::AgreedEuros) => {
            let agreed = m.agreed.get_or_insert_default();
            let ok = set(&mut agreed.euros, &value, as_euros);
            if agreed.euros.is_none() && agreed.units.is_none() {
                m.agreed = None;
            }
            ok
        }
        (Exercise::Market(m), Field::AgreedUnits) => {
            let agreed = m.agreed.get_or_insert_default();
            let ok = set(&mut agreed.units, &value, as_units);
            if agreed.euros.is_none() && agreed.units.is_none() {
                m.agreed = None;
            }
            ok
        }
        (Exercise::Market(m), Field::Estimate(i, f)) => match m.estimates.get_mut(i) {
            None => false,
            Some(e) => match f {
                E::Source => text(&mut e.source),
                E::Euros => set(&mut e.euros, &value, as_euros),
                E::Units => set(&mut e.units, &value, as_units),
                E::Method => false,
                E::Basis => text(&mut e.basis),
            },
        },
        (Exercise::BusinessModel(b), Field::Sentence) => text(&mut b.sentence),
        (Exercise::BusinessModel(b), Field::WhoPays) => text(&mut b.who_pays),
        (Exercise::BusinessModel(b), Field::ForWhat) => text(&mut b.for_what),
        (Exercise::BusinessModel(b), Field::RevenueDriver) => text(&mut b.revenue_driver),
        (Exercise::BusinessModel(b), Field::CostDriver) => text(&mut b.cost_driver),
        (Exercise::SharedGoals(g), Field::Budget) => set(&mut g.budget, &value, as_euros),
        (Exercise::SharedGoals(g), Field::Conflict(i)) => {
            g.conflicts.get_mut(i).is_some_and(|c| text(&mut c.note))
        }
        (Exercise::SharedGoals(g), Field::Goal(i, f)) => match g.goals.get_mut(i) {
            None => false,
            Some(goal) => match f {
                G::Statement => text(&mut goal.statement),
                G::Metric => text(&mut goal.metric),
                G::Baseline => set(&mut goal.baseline, &value, as_number),
                G::Target => set(&mut goal.target, &value, as_number),
                G::Unit => text(&mut goal.unit),
                G::Horizon => set(&mut goal.horizon, &value, as_date),
                G::Owner => text(&mut goal.owner),
                G::Contributors => match &value {
                    Value::List(names) => {
                        goal.contributors.clone_from(names);
                        true
                    }
                    _ => false,
                },
                G::BudgetShare => set(&mut goal.budget_share, &value, as_number),
            },
        },
        (Exercise::Agreements(a), Field::Agreement(i, f)) => match a.agreements.get_mut(i) {
            None => false,
            Some(ag) => match f {
                A::Provider => text(&mut ag.provider),
                A::Receiver => text(&mut ag.receiver),
                A::Deliverable => text(&mut ag.deliverable),
                A::Quantity => text(&mut ag.quantity),
                A::Quality => text(&mut ag.quality),
                A::Time => text(&mut ag.time),
                A::Channel => text(&mut ag.channel),
                A::ProviderOwner => text(&mut ag.provider_owner),
                A::ReceiverOwner => text(&mut ag.receiver_owner),
                A::WhenMissed => text(&mut ag.when_missed),
                A::Review => set(&mut ag.review, &value, as_date),
                A::AcceptedByProvider | A::AcceptedByReceiver => false,
            },
        },
        _ => false,
    }
}

fn set<T>(
    target: &mut Option<T>,
    value: &Value,
    pick: impl Fn(&Value) -> Option<Option<T>>,
) -> bool {
    match pick(value) {
        Some(v) => {
            *target = v;
            true
        }
        None => false,
    }
}

fn as_euros(v: &Value) -> Option<Option<Euros>> {
    match v {
        Value::Euros(e) => Some(*e),
        _ => None,
    }
}
fn as_units(v: &Value) -> Option<Option<Units>> {
    match v {
        Value::Units(u) => Some(*u),
        _ => None,
    }
}
fn as_number(v: &Value) -> Option<Option<Decimal>> {
    match v {
        Value::Number(n) => Some(*n),
        _ => None,
    }
}
fn as_date(v: &Value) -> Option<Option<Date>> {
    match v {
        Value::Date(d) => Some(*d),
        _ => None,
    }
}

/// Flips a toggle field. `false` when the field is not a toggle or does not exist.
pub fn toggle(session: &mut Session, step: usize, field: Field) -> bool {
    let Some(step) = session.steps.get_mut(step) else {
        return false;
    };
    match (&mut step.result, field) {
        (Exercise::Market(m), Field::Estimate(i, EstimateField::Method)) => {
            m.estimates.get_mut(i).is_some_and(|e| {
                e.method = e.method.toggled();
                true
            })
        }
        (
            Exercise::Agreements(a),
            Field::Agreement(
                i,
                f @ (AgreementField::AcceptedByProvider | AgreementField::AcceptedByReceiver),
            ),
        ) => a.agreements.get_mut(i).is_some_and(|ag| {
            let flag = if f == AgreementField::AcceptedByProvider {
                &mut ag.accepted_by_provider
            } else {
                &mut ag.accepted_by_receiver
            };
            *flag = !*flag;
            true
        }),
        _ => false,
    }
}

/// The label of a field in the session's language.
pub fn label(field: Field, l: Language) -> &'static str {
    t(l, field.label())
}
