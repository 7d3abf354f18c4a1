//! The start screen: recent sessions to open, and the form for a new one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::{chrome, theme};
use crate::app::start::{Form, FormField};
use crate::app::{App, StartState};
use crate::i18n::{Label, t};
use crate::model::Language;
use crate::text::one_line;

pub fn render(app: &App, state: &StartState, frame: &mut Frame, area: Rect) {
    let l = app.ui_language();
    let [header, body, footer]: [Rect; 3] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let title = format!(" seam · {}", t(l, Label::RecentSessions));
    frame.render_widget(
        Paragraph::new(Span::styled(
            crate::text::pad(&title, area.width as usize),
            theme::header(),
        )),
        header,
    );
    let body = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    match &state.form {
        Some(form) => render_form(l, state, form, frame, body),
        None => render_list(l, state, frame, body),
    }
    chrome::footer(app, app.status.as_deref(), frame, footer);
}

fn render_list(l: Language, state: &StartState, frame: &mut Frame, area: Rect) {
    if state.sessions.is_empty() {
        frame.render_widget(
            Paragraph::new(vec![
                Line::raw(""),
                Line::styled(t(l, Label::NoSessionsShort), theme::label()),
            ]),
            area,
        );
        return;
    }
    let header = Row::new(
        [
            t(l, Label::Date),
            t(l, Label::Title),
            t(l, Label::Template),
            t(l, Label::Progress),
        ]
        .map(Cell::from),
    )
    .style(theme::label());
    // The title column gets what the others leave: the marker, date, template and
    // progress columns and the gaps between them take 45 columns.
    let title_width = usize::from(area.width).saturating_sub(45).max(1);
    let rows = state.sessions.iter().map(|s| {
        Row::new([
            Cell::from(s.updated.clone()),
            Cell::from(crate::text::truncate(&one_line(&s.title), title_width).into_owned()),
            Cell::from(one_line(&s.template).into_owned()),
            Cell::from(format!("{}/{}", s.done, s.total)),
        ])
    });
    let widths = [
        Constraint::Length(16),
        Constraint::Fill(1),
        Constraint::Length(10),
        Constraint::Length(12),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme::focus())
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(
        table,
        Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(1),
            ..area
        },
        &mut table_state,
    );
}

fn render_form(l: Language, state: &StartState, form: &Form, frame: &mut Frame, area: Rect) {
    let block = Block::new().title(Line::styled(t(l, Label::NewSession), theme::label()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = Layout::vertical([Constraint::Length(2); 5]).split(inner);
    // The arrows stay whole; a long template title gives way with `…`.
    let room = usize::from(area.width).saturating_sub(27 + 4);
    let template = state
        .templates
        .get(form.template)
        .map(|(id, title)| {
            let name = format!("{} ({id})", one_line(title.get(l)));
            format!("‹ {} ›", crate::text::truncate(&name, room))
        })
        .unwrap_or_default();
    let language = format!(
        "‹ {} ›",
        match form.language {
            Language::De => "Deutsch",
            Language::En => "English",
        }
    );
    let entries: [(FormField, &str, Option<String>); 4] = [
        (FormField::Title, t(l, Label::Title), None),
        (FormField::Template, t(l, Label::Template), Some(template)),
        (FormField::Language, t(l, Label::Language), Some(language)),
        (FormField::Participants, t(l, Label::Participants), None),
    ];
    for ((field, label, value), rect) in entries.into_iter().zip(rows.iter()) {
        let focused = form.focus == field;
        let marker = if focused { theme::FOCUS } else { " " };
        let style = if focused {
            theme::focus()
        } else {
            theme::label()
        };
        let label_rect = Rect {
            width: 26.min(rect.width),
            height: 1,
            ..*rect
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                crate::text::pad(&format!("{marker} {label}"), 26),
                style,
            )),
            label_rect,
        );
        let value_rect = Rect {
            x: rect.x + 27,
            width: rect.width.saturating_sub(27),
            height: 1,
            ..*rect
        };
        match (field, value) {
            (FormField::Title, _) => frame.render_widget(&form.title, value_rect),
            (FormField::Participants, _) => {
                frame.render_widget(&form.participants, value_rect);
                let hint = Rect {
                    y: value_rect.y + 1,
                    ..value_rect
                };
                let hint_line = match &form.error {
                    Some(error) => Line::styled(one_line(error).into_owned(), theme::warning()),
                    None => Line::styled(t(l, Label::ParticipantsHint), theme::dim()),
                };
                frame.render_widget(Paragraph::new(hint_line), hint);
            }
            (_, Some(value)) => frame.render_widget(Paragraph::new(value), value_rect),
            _ => {}
        }
    }
    if let Some(rect) = rows.get(4) {
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!("Enter: {}", t(l, Label::Create)),
                theme::label(),
            )),
            *rect,
        );
    }
}
