//! Drawing an exercise: a column of items (fields, tables, info lines) with the checks
//! at the bottom. Each kind says which items and table columns it has (`KindView`, in
//! `ui/kinds/`, on the terms of `ui/kind_view.rs`); the drawing of a field, a table and the editor is shared here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{plain_lines, theme};
use crate::app::Workshop;
use crate::app::fields::{self, Field, FieldKind, Slot, Table};
use crate::exercises::Exercise;
use crate::i18n::{self, Label, t};
use crate::text::{one_line, sanitize};

mod exercise_table;
use super::kind_view::{Item, View};
use exercise_table::{PANEL_LINES, draw_table, is_table_focused};

const LABEL_WIDTH: u16 = 26;
/// A value that must not be on screen yet (a blind figure).
pub const HIDDEN: &str = "•••";
const CHECK_LINES: usize = 5;

pub fn render(w: &Workshop, frame: &mut Frame, area: Rect) {
    let Some(step) = w.current() else { return };
    let v = View {
        w,
        l: w.session.language,
        width: area.width,
    };
    let items = match (w.current_slot(), w.detail) {
        (Some(Slot::Table(table)), Some(_)) => detail_items(&v, table),
        _ => super::kinds::view_of(&step.result).items(&v),
    };
    let checks = checks(
        &v,
        &step.result,
        if area.height < 20 { 3 } else { CHECK_LINES },
        area.width,
    );
    let check_height = u16::try_from(checks.len()).unwrap_or(0);
    let (items_area, checks_area) = crate::ui::layout::bottom(area, check_height);
    draw_items(&v, &items, frame, items_area);
    plain_lines::lines(frame.buffer_mut(), checks_area, &checks);
}

/// The open row as a form: a title line, then every field of the row.
fn detail_items(v: &View, table: Table) -> Vec<Item> {
    let row = v.w.row(table);
    let count = v.w.row_count(table);
    let Some(step) = v.w.current() else {
        return Vec::new();
    };
    let label = step.result.record().table_label(table).get(v.l);
    let title = format!("{label} {}/{count}", row + 1);
    let mut items = vec![Item::Info(Line::styled(title, theme::label()))];
    if let Some(context) = super::kinds::view_of(&step.result).row_context(table, row) {
        let width = usize::from(v.width.saturating_sub(2));
        items.extend(
            crate::text::fit(&one_line(&context), width, 3)
                .into_iter()
                .map(|line| Item::Info(Line::raw(format!("  {line}")))),
        );
    }
    items.extend((0..v.w.columns(table)).map(|column| Item::Field(table.cell(row, column))));
    items
}

/// The checks as wrapped lines, as many findings as fit in `max` lines; the rest are
/// counted (all of them are in the handout).
fn checks(v: &View, exercise: &Exercise, max: usize, width: u16) -> Vec<Line<'static>> {
    if !exercise.is_started() {
        return Vec::new();
    }
    let findings = v.w.findings(v.l);
    if findings.is_empty() {
        return vec![Line::styled(
            format!("{} {}", theme::DONE, t(v.l, Label::AllChecksPass)),
            theme::good(),
        )];
    }
    let mut lines: Vec<Line> = Vec::new();
    for (shown, finding) in findings.iter().enumerate() {
        let text = format!("{} {finding}", theme::WARN);
        let wrapped = crate::text::wrap(&text, usize::from(width.max(10)), "  ");
        let rest = findings.len() - shown;
        let room = max.saturating_sub(lines.len()) - usize::from(rest > 1);
        if wrapped.len() > room {
            lines.push(Line::styled(
                format!(
                    "{} +{rest} {}",
                    theme::WARN,
                    t(
                        v.l,
                        if rest == 1 {
                            Label::MoreCheck
                        } else {
                            Label::MoreChecks
                        }
                    )
                ),
                theme::warning(),
            ));
            break;
        }
        lines.extend(
            wrapped
                .into_iter()
                .map(|l| Line::styled(l, theme::warning())),
        );
    }
    lines
}

fn is_focused(v: &View, field: Field) -> bool {
    v.w.focused_field() == Some(field) && v.w.picking.is_none()
}

fn editing<'a>(v: &View<'a>, field: Field) -> Option<&'a crate::app::Editor> {
    v.w.editor.as_ref().filter(|e| e.field == field)
}

/// Lines an item wants; `None` for tables, which share what is left.
fn height(v: &View, item: &Item, width: u16, compact: bool) -> Option<u16> {
    match item {
        Item::Info(_) => Some(1),
        Item::Table(_) => None,
        Item::Field(field) => {
            let editor = editing(v, *field);
            let extra = u16::from(editor.is_some_and(|e| e.echo.is_some() || e.error.is_some()));
            let spec = fields::spec(&v.w.session, v.w.step, *field);
            if spec.is_some_and(|s| s.kind == FieldKind::Paragraph) {
                let text = fields::read(&v.w.session, v.w.step, *field);
                let wanted = crate::text::wrapped_rows(&text, width.saturating_sub(2)).max(1);
                // What the room looks at in this step is never cut.
                let compact = compact && !spec.is_some_and(|s| s.emphasis);
                let cap = match (editor.is_some(), compact) {
                    (true, true) => 3,
                    (true, false) => 6,
                    (false, true) => 1,
                    (false, false) => 3,
                };
                Some(1 + wanted.min(cap))
            } else {
                Some(1 + extra)
            }
        }
    }
}

fn draw_items(v: &View, items: &[Item], frame: &mut Frame, area: Rect) {
    let compact = area.height < 24;
    let wanted: Vec<Option<u16>> = items
        .iter()
        .map(|i| height(v, i, area.width, compact))
        .collect();
    let fixed: u16 = wanted.iter().flatten().sum();
    let tables = wanted.iter().filter(|w| w.is_none()).count().max(1);
    let free = area.height.saturating_sub(fixed);
    let share = free / u16::try_from(tables).unwrap_or(1);
    // What each table would show in full: its rows, header and border, and the panel
    // with the focused row.
    let full: Vec<u16> = items
        .iter()
        .map(|item| match item {
            Item::Table(table) => {
                let rows = u16::try_from(v.w.row_count(*table)).unwrap_or(u16::MAX);
                // The focused row is shown in full below the table.
                let panel = if is_table_focused(v, *table) && rows > 0 {
                    PANEL_LINES
                } else {
                    0
                };
                rows.saturating_add(2 + panel).max(2)
            }
            _ => 0,
        })
        .collect();
    // Each table gets its share; what a short one leaves goes to the others, in order,
    // so that no row hides while empty lines stand below.
    let mut left = free;
    let mut heights: Vec<u16> = items
        .iter()
        .zip(&wanted)
        .zip(&full)
        .map(|((item, wanted), full)| match (item, wanted) {
            (Item::Table(_), None) => {
                let given = (*full).min(share.max(3));
                left = left.saturating_sub(given);
                given
            }
            (_, w) => w.unwrap_or(1),
        })
        .collect();
    for (((height, item), wanted), full) in heights.iter_mut().zip(items).zip(&wanted).zip(&full) {
        if let (Item::Table(_), None) = (item, wanted) {
            let more = full.saturating_sub(*height).min(left);
            *height += more;
            left -= more;
        }
    }
    let rects = crate::ui::layout::stack(area, &heights);
    let labels = label_width(v, items, area.width);
    for (item, rect) in items.iter().zip(rects.iter()) {
        match item {
            Item::Info(line) => {
                plain_lines::lines(frame.buffer_mut(), *rect, &[fitted(line, rect.width)])
            }
            Item::Field(field) => draw_field(v, (*field, labels), frame, *rect),
            Item::Table(table) => draw_table(v, *table, frame, *rect),
        }
    }
}

/// The column of the form's labels: as wide as its longest label needs (with the focus
/// marker and a gap), at least `LABEL_WIDTH`, at most a third of the width, so that
/// `Verantwortlich empfangend` is read whole wherever there is room for it.
fn label_width(v: &View, items: &[Item], width: u16) -> u16 {
    let longest = items
        .iter()
        .filter_map(|item| match item {
            Item::Field(field) => Some(*field),
            _ => None,
        })
        .filter(|field| {
            fields::spec(&v.w.session, v.w.step, *field)
                .is_none_or(|s| s.kind != FieldKind::Paragraph)
        })
        .map(|field| crate::text::width(fields::label(&v.w.session, v.w.step, field, v.l)) + 3)
        .max()
        .unwrap_or(0);
    u16::try_from(longest)
        .unwrap_or(u16::MAX)
        .min(width / 3)
        .max(LABEL_WIDTH)
        .min(width)
}

fn draw_field(v: &View, (field, label_width): (Field, u16), frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let focused = is_focused(v, field);
    let marker = if focused { theme::FOCUS } else { " " };
    let label_style = if focused {
        theme::focus()
    } else {
        theme::label()
    };
    let label = format!(
        "{marker} {}",
        fields::label(&v.w.session, v.w.step, field, v.l)
    );
    let editor = editing(v, field);
    let spec = fields::spec(&v.w.session, v.w.step, field);
    let kind = spec.map_or(FieldKind::Line, |s| s.kind);
    let paragraph = kind == FieldKind::Paragraph;
    let label_area = Rect {
        height: 1,
        width: if paragraph {
            area.width
        } else {
            label_width.min(area.width)
        },
        ..area
    };
    let label = Line::styled(
        crate::text::pad(&label, label_area.width as usize),
        label_style,
    );
    plain_lines::lines(frame.buffer_mut(), label_area, &[label]);
    let value_area = if paragraph {
        Rect {
            x: area.x + 2,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(1),
        }
    } else {
        Rect {
            x: area.x + label_width + 1,
            y: area.y,
            width: area.width.saturating_sub(label_width + 1),
            height: 1,
        }
    };
    match editor {
        Some(editor) => {
            frame.render_widget(&editor.area, value_area);
            let echo = match (&editor.echo, &editor.error) {
                (_, Some(error)) => Some(Line::styled(
                    format!("{} {error}", theme::ERROR),
                    theme::error(),
                )),
                (Some(echo), None) => Some(Line::styled(
                    format!("= {echo}  ({})", t(v.l, Label::Understood)),
                    theme::good(),
                )),
                _ => None,
            };
            if let Some(echo) = echo
                && area.height > 1
            {
                // The full width: the reason a number was not understood must be readable.
                let echo_area = Rect {
                    x: area.x + 2,
                    y: area.y + area.height - 1,
                    width: area.width.saturating_sub(2),
                    height: 1,
                };
                frame.render_widget(Paragraph::new(echo), echo_area);
            }
        }
        None => {
            let text = fields::read(&v.w.session, v.w.step, field);
            let columns = usize::from(value_area.width);
            let refused = v.w.refused_in(field);
            let shown: Vec<Line> = if let Some((typed, reason)) = refused {
                // Left with Tab though it did not read: what was typed, and why not.
                vec![Line::styled(
                    format!("⚠ {} – {}", one_line(typed), one_line(reason)),
                    theme::warning(),
                )]
            } else if kind == FieldKind::Choice {
                vec![Line::raw(format!("‹ {text} ›"))]
            } else if kind == FieldKind::Check {
                let on = text == i18n::yes_no(v.l, true);
                vec![Line::raw(format!(
                    "[{}] {text}",
                    if on { "x" } else { " " }
                ))]
            } else if text.trim().is_empty() {
                vec![Line::styled(t(v.l, Label::Empty), theme::dim())]
            } else if paragraph {
                // What the room looks at in this step (the one sentence) is bold.
                let style = if spec.is_some_and(|s| s.emphasis) {
                    theme::question()
                } else {
                    Style::new()
                };
                crate::text::fit(&sanitize(&text), columns, usize::from(value_area.height))
                    .into_iter()
                    .map(|row| Line::styled(row, style))
                    .collect()
            } else {
                vec![Line::raw(
                    crate::text::truncate(&one_line(&text), columns).into_owned(),
                )]
            };
            plain_lines::lines(frame.buffer_mut(), value_area, &shown);
        }
    }
}

/// An info line that fits `width`, ending in `…` where it had to be cut.
fn fitted(line: &Line<'static>, width: u16) -> Line<'static> {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if crate::text::width(&text) <= usize::from(width) {
        return line.clone();
    }
    let style = line
        .spans
        .first()
        .map_or(line.style, |span| line.style.patch(span.style));
    Line::styled(
        crate::text::truncate(&text, usize::from(width)).into_owned(),
        style,
    )
}
