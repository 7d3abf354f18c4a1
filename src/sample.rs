//! Generated sessions of any size, for benchmarks and torture tests: realistic field
//! lengths, umlauts, every exercise filled.

use rust_decimal::Decimal;

use crate::exercises::Exercise;
use crate::exercises::agreements::Agreement;
use crate::exercises::market::{Estimate, Method};
use crate::exercises::shared_goals::{Conflict, Goal};
use crate::model::{Euros, Units, When};
use crate::record::Session;
use crate::workshops;

const DEPARTMENTS: [&str; 5] = ["Marketing", "Vertrieb", "Service", "Finanzen", "IT"];

/// The example session with `goals` goals, `agreements` agreements and `estimates`
/// estimates. `None` only if the built-in example does not parse (a test catches that).
pub fn large_session(goals: usize, agreements: usize, estimates: usize) -> Option<Session> {
    let mut session = workshops::example_session().ok()?;
    for step in &mut session.steps {
        match &mut step.result {
            Exercise::Market(m) => {
                m.estimates = (0..estimates)
                    .map(|i| Estimate {
                        source: format!("{} Team {}", DEPARTMENTS[i % 5], i),
                        euros: Euros::from_whole(400_000_000 + (i as u64 % 97) * 7_000_000),
                        units: Units::new(30_000 + (i as u64 % 89) * 400),
                        method: if i % 2 == 0 {
                            Method::TopDown
                        } else {
                            Method::BottomUp
                        },
                        basis: format!(
                            "Hochrechnung Nr. {i} aus Branchenreport und Gesprächen mit Kunden"
                        ),
                        round: None,
                    })
                    .collect();
            }
            Exercise::SharedGoals(g) => {
                g.goals = (0..goals)
                    .map(|i| Goal {
                        id: u32::try_from(i + 1).unwrap_or(u32::MAX),
                        statement: format!(
                            "Ziel {i}: mehr qualifizierte Anfragen aus Bestandskunden gewinnen"
                        ),
                        metric: "vertriebsreife Leads pro Monat".into(),
                        baseline: Some(Decimal::from(40 + i % 13)),
                        target: Some(Decimal::from(70 + i % 17)),
                        unit: "Leads".into(),
                        horizon: Some(jiff::civil::date(2027, 6, 30)),
                        owner: DEPARTMENTS[i % 5].into(),
                        contributors: vec![
                            DEPARTMENTS[(i + 1) % 5].into(),
                            DEPARTMENTS[(i + 2) % 5].into(),
                        ],
                        budget_share: None,
                    })
                    .collect();
                g.conflicts = (1..goals.min(200))
                    .step_by(2)
                    .map(|i| Conflict {
                        between: (
                            u32::try_from(i).unwrap_or(1),
                            u32::try_from(i + 1).unwrap_or(2),
                        ),
                        note: "Menge gegen Qualität".into(),
                    })
                    .collect();
            }
            Exercise::Agreements(a) => {
                a.agreements = (0..agreements)
                    .map(|i| Agreement {
                        provider: DEPARTMENTS[i % 5].into(),
                        receiver: DEPARTMENTS[(i + 1) % 5].into(),
                        deliverable: format!(
                            "Übergabe Nr. {i}: vertriebsreife Leads mit vollständigem Profil"
                        ),
                        quantity: format!("{} pro Monat", 10 + i % 90),
                        quality: "Bedarf, Budget und Entscheider bestätigt".into(),
                        time: "innerhalb von 24 Stunden".into(),
                        channel: "CRM".into(),
                        provider_owner: "Anna Berger".into(),
                        receiver_owner: "Jonas Weber".into(),
                        when_missed: "Eskalation im wöchentlichen Abgleich".into(),
                        review: Some(When::Date(jiff::civil::date(2027, 3, 31))),
                        accepted_by_provider: true,
                        accepted_by_receiver: i % 3 != 0,
                    })
                    .collect();
            }
            // Kinds without rows to multiply (the business model) or not in the example.
            _ => {}
        }
    }
    Some(session)
}
