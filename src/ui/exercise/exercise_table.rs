//! A table of a step on the wall: its title, the rows that fit around the focused one,
//! and under a focused table its selected row in full. Rows are written straight into
//! the frame — a table is most of a frame, and a frame is drawn for every key.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::fields::{self, Slot, Table};
use crate::i18n::{Label, t};
use crate::text::one_line;
use crate::ui::kind_view::{TableSpec, View};
use crate::ui::plain_lines::put;
use crate::ui::theme;

/// The spec of `rows` of a table, from the step's kind.
fn table_spec(v: &View, table: Table, rows: Range<usize>) -> TableSpec {
    v.w.current()
        .map(|step| crate::ui::kinds::view_of(&step.result).table(v, table, rows))
        .unwrap_or_default()
}

/// Lines under a focused table for its selected row in full.
pub(super) const PANEL_LINES: u16 = 3;

pub(super) fn is_table_focused(v: &View, table: Table) -> bool {
    v.w.current_slot() == Some(Slot::Table(table)) && v.w.detail.is_none()
}

/// Every field of row `row`, `Label: value · Label: value`, in at most `rows` lines of
/// `width`: what the table's columns cut, readable from the back of the room.
fn row_in_full(v: &View, table: Table, row: usize, width: u16, rows: u16) -> Vec<String> {
    let w = v.w;
    let context = w
        .current()
        .and_then(|s| crate::ui::kinds::view_of(&s.result).row_context(table, row));
    let parts: Vec<String> = context
        .into_iter()
        .chain((0..w.columns(table)).filter_map(|column| {
            let field = table.cell(row, column);
            let value = match w.refused_in(field) {
                Some((typed, _)) => format!("⚠ {typed}"),
                None => fields::read(&w.session, w.step, field),
            };
            if value.trim().is_empty() {
                return None;
            }
            let value = one_line(value.trim()).into_owned();
            Some(format!(
                "{}: {value}",
                fields::label(&w.session, w.step, field, v.l)
            ))
        }))
        .collect();
    crate::text::fit(&parts.join(" · "), usize::from(width), usize::from(rows))
}

pub(super) fn draw_table(v: &View, table: Table, frame: &mut Frame, area: Rect) {
    let focused = is_table_focused(v, table);
    let count = v.w.row_count(table);
    let selected = v.w.row(table);
    let body_width = area.width.saturating_sub(4);
    // Room for the panel where the table has it; up to three rows stay visible first.
    let rows_kept = u16::try_from(count.clamp(1, 3)).unwrap_or(3);
    let panel_room = area.height.saturating_sub(2 + rows_kept).min(PANEL_LINES);
    let panel = if focused && count > 0 && panel_room > 0 {
        row_in_full(v, table, selected.min(count - 1), body_width, panel_room)
    } else {
        Vec::new()
    };
    let panel_height = u16::try_from(panel.len()).unwrap_or(0);
    let visible = usize::from(area.height.saturating_sub(2 + panel_height)).max(1);
    let offset = (selected + 1).saturating_sub(visible);
    let spec = table_spec(v, table, offset..count.min(offset + visible));
    let marker = if focused { theme::FOCUS } else { " " };
    let label = v.w.record().map_or("", |r| r.table_label(table).get(v.l));
    let title = format!("{marker} {label} ({count})");
    let title_style = if focused {
        theme::focus()
    } else {
        theme::label()
    };
    let title_area = Rect { height: 1, ..area };
    frame.render_widget(
        Paragraph::new(Span::styled(
            crate::text::pad(&title, area.width as usize),
            title_style,
        )),
        title_area,
    );
    let body = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(1),
    };
    if spec.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(t(v.l, Label::NoRows), theme::dim())),
            body,
        );
        return;
    }
    let from = v.w.record().and_then(|r| r.pairing()).map(|p| p.from);
    let picking = v.w.picking.filter(|_| from == Some(table));
    let marked = focused || picking.is_some();
    let constraints: Vec<Constraint> = spec.columns.iter().map(|(_, c)| *c).collect();
    let widths = column_widths(body.width.saturating_sub(2), &constraints);
    let buf = frame.buffer_mut();
    let mut y = body.y;
    let header: Vec<String> = spec.columns.iter().map(|(name, _)| name.clone()).collect();
    let rows = spec.rows.iter().enumerate().map(|(i, cells)| {
        let index = offset + i;
        let here = index == selected && marked;
        // Never colour alone: the goal a conflict starts from carries ⇄.
        let (style, mark) = if picking == Some(index) {
            (theme::warning(), "⇄ ")
        } else if here {
            (theme::focus(), "▶ ")
        } else {
            (Style::new(), "  ")
        };
        // The row's style reaches across the whole table, past its last column.
        (cells, mark, style, (usize::from(body.width), true))
    });
    // The header's style covers its columns only.
    let header_row = (&header, "  ", theme::label(), (line_width(&widths), false));
    for (cells, mark, style, styled) in std::iter::once(header_row).chain(rows) {
        if y >= body.bottom() {
            return;
        }
        table_row(buf, (body, y), (cells, &widths, mark), (style, styled));
        y += 1;
    }
    for row in panel {
        if y >= body.bottom() {
            return;
        }
        let line = format!("  {row}");
        let _ = put(
            buf,
            (body.x, y),
            &line,
            usize::from(body.width),
            theme::detail(),
        );
        y += 1;
    }
}

/// The columns a table's line takes: the mark, then the columns with a space between.
fn line_width(widths: &[u16]) -> usize {
    2 + widths.iter().map(|w| usize::from(*w) + 1).sum::<usize>() - 1
}

/// One line of a table, written straight into the frame: the mark, then each cell cut
/// to its column (`…` where cut) with a space between columns, in `style`, which also
/// covers the first `styled` columns of the line; where the columns are wider than the
/// table, a row (`cut`) ends in `…`, the header just ends. The same cells as padded text in a
/// paragraph, without laying out and measuring the padding: a table is most of a frame,
/// and a frame is drawn for every key.
fn table_row(
    buf: &mut ratatui::buffer::Buffer,
    (body, y): (Rect, u16),
    (cells, widths, mark): (&[String], &[u16], &str),
    (style, (styled, cut)): (Style, (usize, bool)),
) {
    let width = usize::from(body.width);
    if line_width(widths) > width {
        // Columns wider than the table (a narrow screen): the line as one text.
        let text: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| crate::text::pad(&one_line(c), usize::from(*w)))
            .collect();
        let line = format!("{mark}{}", text.join(" "));
        let line = if cut {
            crate::text::pad(&line, width)
        } else {
            line
        };
        let line = line.trim_end_matches(' ');
        let line_area = Rect::new(body.x, y, u16::try_from(styled.min(width)).unwrap_or(0), 1);
        buf.set_style(line_area, style);
        let _ = put(buf, (body.x, y), line, width, style);
        return;
    }
    let styled = u16::try_from(styled.min(width)).unwrap_or(body.width);
    buf.set_style(Rect::new(body.x, y, styled, 1), style);
    let _ = put(buf, (body.x, y), mark, 2, style);
    let mut x = body.x + 2;
    for (cell, w) in cells.iter().zip(widths) {
        let whole = one_line(cell);
        let text = crate::text::truncate(&whole, usize::from(*w));
        let _ = put(buf, (x, y), &text, usize::from(*w), style);
        x += w + 1;
    }
}

/// Column widths for fixed (`Length`) and proportional (`Fill`) columns with one space
/// between them. Computed here rather than by the layout solver: it is the same answer
/// for tables, and the first frame is much faster without the solver.
fn column_widths(total: u16, columns: &[Constraint]) -> Vec<u16> {
    let gaps = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    let fixed: u16 = columns
        .iter()
        .map(|c| if let Constraint::Length(n) = c { *n } else { 0 })
        .sum();
    let weights: u16 = columns
        .iter()
        .map(|c| if let Constraint::Fill(w) = c { *w } else { 0 })
        .sum();
    let mut rest = total.saturating_sub(fixed + gaps);
    let free = rest;
    let mut fills_left = weights;
    columns
        .iter()
        .map(|c| match c {
            Constraint::Length(n) => (*n).min(total),
            Constraint::Fill(w) => {
                // The last fill column takes the rounding remainder.
                let share = if fills_left == *w {
                    rest
                } else {
                    free * w / weights.max(1)
                };
                fills_left -= w;
                rest -= share.min(rest);
                share
            }
            _ => 0,
        })
        .collect()
}
