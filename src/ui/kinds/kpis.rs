//! The KPIs on screen: a table with owner, source, review and expiry; a KPI past its
//! date carries ⚠ in its row (the check below says what to do).

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::model::time::show_date;
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};
use crate::ui::theme;

use crate::exercises::kpis::kpis_fields::KPIS;
use crate::exercises::kpis::kpis_model::Kpis;
use crate::exercises::kpis::kpis_texts as T;

impl KindView for Kpis {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(KPIS), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let today = v.w.today;
        let mut columns = vec![
            ("#".to_owned(), Constraint::Length(2)),
            (T::KPI.get(l).to_owned(), Constraint::Fill(3)),
            (T::OWNER.get(l).to_owned(), Constraint::Fill(2)),
        ];
        if v.wide() {
            columns.push((T::SOURCE.get(l).to_owned(), Constraint::Fill(2)));
            columns.push((T::REVIEW.get(l).to_owned(), Constraint::Fill(2)));
        }
        columns.push((T::EXPIRES.get(l).to_owned(), Constraint::Length(13)));
        let rows = self
            .kpis
            .iter()
            .enumerate()
            .skip(rows.start)
            .take(rows.len())
            .map(|(i, kpi)| {
                let mut row = vec![
                    (i + 1).to_string(),
                    or_dash(kpi.name.clone()),
                    or_dash(kpi.owner.clone()),
                ];
                if v.wide() {
                    row.push(or_dash(kpi.source.clone()));
                    row.push(or_dash(
                        kpi.review.as_ref().map(|r| r.show(l)).unwrap_or_default(),
                    ));
                }
                row.push(match kpi.expires {
                    Some(day) if day < today => format!("{} {}", theme::WARN, show_date(day, l)),
                    Some(day) => show_date(day, l),
                    None => "–".to_owned(),
                });
                row
            })
            .collect();
        TableSpec { columns, rows }
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        let count = self.kpis.len();
        (count > 0).then(|| format!("{count} {}", T::KPIS.get(l)))
    }
}
