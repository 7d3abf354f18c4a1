//! The handout for participants: title, date, participants, then every step with its
//! question, its result and its open checks.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::{date, euros, units};
use crate::i18n::{self, Label, t};
use crate::model::money::format_number;
use crate::model::{Agreements, BusinessModel, Exercise, Language, Market, Session, SharedGoals};
use crate::text::sanitize;

pub fn handout(session: &Session) -> String {
    let l = session.language;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&session.title));
    let date = session.created.date().to_string();
    let _ = writeln!(out, "{}\n", super::overview(session, &date));
    if !session.participants.is_empty() {
        let _ = writeln!(out, "## {}\n", t(l, Label::Participants));
        for p in &session.participants {
            let _ = writeln!(out, "- {}", inline(&p.with_department()));
        }
        out.push('\n');
    }
    for (index, step) in session.steps.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", index + 1, inline(step.title.get(l)));
        let _ = writeln!(out, "> {}\n", inline(step.question.get(l)));
        if !step.result.is_started() {
            let _ = writeln!(out, "_{}_\n", t(l, Label::NothingYet));
        }
        match &step.result {
            Exercise::Market(m) if m.is_started() => market(&mut out, m, l),
            Exercise::BusinessModel(b) if b.is_started() => business_model(&mut out, b, l),
            Exercise::SharedGoals(g) if g.is_started() => goals(&mut out, g, l),
            Exercise::Agreements(a) if a.is_started() => agreements(&mut out, a, l),
            _ => {}
        }
        if !step.notes.trim().is_empty() {
            let _ = writeln!(out, "**{}:** {}\n", t(l, Label::Notes), block(&step.notes));
        }
        let findings = step.result.findings();
        if !findings.is_empty() {
            let _ = writeln!(out, "**{}:**\n", t(l, Label::OpenChecks));
            for finding in findings {
                let _ = writeln!(out, "- ⚠ {}", i18n::finding(l, &finding));
            }
            out.push('\n');
        }
    }
    if !session.parking_lot.is_empty() {
        let _ = writeln!(out, "## {}\n", t(l, Label::ParkingLot));
        for topic in &session.parking_lot {
            let _ = writeln!(out, "- {}", inline(topic));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn market(out: &mut String, m: &Market, l: Language) {
    if !m.definition.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            t(l, Label::Definition),
            block(&m.definition)
        );
    }
    if let Some(year) = m.year {
        let _ = writeln!(out, "**{}:** {year}\n", t(l, Label::ReferenceYear));
    }
    if !m.estimates.is_empty() {
        table_header(out, l, &super::ESTIMATE_COLUMNS);
        for e in &m.estimates {
            row(
                out,
                &[
                    cell(&e.source),
                    euros(e.euros, l),
                    units(e.units, l),
                    euros(e.price_per_unit(), l),
                    i18n::method(l, e.method).to_owned(),
                    cell(&e.basis),
                ],
            );
        }
        out.push('\n');
        let spreads: Vec<String> = [
            (Label::Euros, m.euro_spread()),
            (Label::Units, m.unit_spread()),
        ]
        .into_iter()
        .filter_map(|(label, s)| {
            Some(format!(
                "{} ×{}",
                t(l, label),
                crate::model::money::format_ratio(s?, l)
            ))
        })
        .collect();
        if !spreads.is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                t(l, Label::Spread),
                spreads.join(" · ")
            );
        }
    }
    if let Some(agreed) = m.agreed {
        let _ = writeln!(
            out,
            "**{}:** {} · {} · {} {}\n",
            t(l, Label::Agreed),
            euros(agreed.euros, l),
            units(agreed.units, l),
            euros(agreed.price_per_unit(), l),
            t(l, Label::PricePerUnit).to_lowercase(),
        );
    }
}

fn business_model(out: &mut String, b: &BusinessModel, l: Language) {
    if !b.sentence.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            t(l, Label::Sentence),
            block(&b.sentence)
        );
    }
    for (label, text) in [
        (Label::WhoPays, &b.who_pays),
        (Label::ForWhat, &b.for_what),
        (Label::RevenueDriver, &b.revenue_driver),
        (Label::CostDriver, &b.cost_driver),
    ] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "- **{}:** {}", t(l, label), inline(text));
        }
    }
    out.push('\n');
}

fn goals(out: &mut String, g: &SharedGoals, l: Language) {
    if !g.goals.is_empty() {
        let header = [
            Label::Statement,
            Label::Metric,
            Label::Baseline,
            Label::Target,
            Label::Horizon,
            Label::Owner,
            Label::Contributors,
            Label::BudgetShare,
        ];
        table_header(out, l, &header);
        for (index, goal) in g.goals.iter().enumerate() {
            let number = |v: Option<Decimal>| {
                v.map(|v| format!("{} {}", format_number(v, l), goal.unit.trim()))
                    .unwrap_or_else(|| "–".into())
            };
            row(
                out,
                &[
                    format!("{}. {}", index + 1, cell(&goal.statement)),
                    cell(&goal.metric),
                    cell(&number(goal.baseline)),
                    cell(&number(goal.target)),
                    date(goal.horizon),
                    cell(&goal.owner),
                    cell(&goal.contributors.join(", ")),
                    goal.budget_share
                        .map(|s| format!("{} %", format_number(s, l)))
                        .unwrap_or_else(|| "–".into()),
                ],
            );
        }
        out.push('\n');
    }
    let remaining = format!("{} %", format_number(g.budget_remaining(), l));
    match g.budget {
        Some(budget) => {
            let rest = g.budget_remaining() * budget.value() / Decimal::ONE_HUNDRED;
            let rest = crate::model::Euros::new(rest.round_dp(2).max(Decimal::ZERO))
                .map(|e| e.full(l))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "**{}:** {} · {}: {remaining} ({rest})\n",
                t(l, Label::Budget),
                budget.full(l),
                t(l, Label::BudgetRemaining)
            );
        }
        None if g.goals.iter().any(|goal| goal.budget_share.is_some()) => {
            let _ = writeln!(out, "**{}:** {remaining}\n", t(l, Label::BudgetRemaining));
        }
        None => {}
    }
    if !g.conflicts.is_empty() {
        let _ = writeln!(out, "**{}:**\n", t(l, Label::Conflicts));
        for c in &g.conflicts {
            let name = |id| {
                g.goal(id).map_or_else(
                    || format!("#{id}"),
                    |(i, goal)| format!("{}. {}", i + 1, inline(&goal.statement)),
                )
            };
            let _ = writeln!(
                out,
                "- {} ↔ {}: {}",
                name(c.between.0),
                name(c.between.1),
                inline(&c.note)
            );
        }
        out.push('\n');
    }
}

fn agreements(out: &mut String, a: &Agreements, l: Language) {
    for (index, ag) in a.agreements.iter().enumerate() {
        let _ = writeln!(
            out,
            "### {}. {}
",
            index + 1,
            super::agreement_title(ag, l)
        );
        for (label, text) in [
            (Label::Quantity, &ag.quantity),
            (Label::Quality, &ag.quality),
            (Label::Time, &ag.time),
            (Label::Channel, &ag.channel),
            (Label::ProviderOwner, &ag.provider_owner),
            (Label::ReceiverOwner, &ag.receiver_owner),
            (Label::WhenMissed, &ag.when_missed),
        ] {
            let shown = if text.trim().is_empty() {
                "–".to_owned()
            } else {
                inline(text)
            };
            let _ = writeln!(out, "- **{}:** {shown}", t(l, label));
        }
        let _ = writeln!(out, "- **{}:** {}", t(l, Label::Review), date(ag.review));
        let _ = writeln!(
            out,
            "- **{}:** {} {} · {} {}\n",
            t(l, Label::Accepted),
            t(l, Label::Provider),
            i18n::yes_no(l, ag.accepted_by_provider),
            t(l, Label::Receiver),
            i18n::yes_no(l, ag.accepted_by_receiver),
        );
    }
}

fn table_header(out: &mut String, l: Language, labels: &[Label]) {
    let names: Vec<&str> = labels.iter().map(|label| t(l, *label)).collect();
    let _ = writeln!(out, "| {} |", names.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(names.len()));
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// Text for one line of Markdown: no control characters, no line breaks.
fn inline(text: &str) -> String {
    crate::text::one_line(text).trim().to_owned()
}

/// Text for a table cell: as `inline`, with pipes escaped.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// A paragraph that may span lines: kept as hard line breaks.
fn block(text: &str) -> String {
    sanitize(text.trim()).replace('\n', "  \n")
}
