//! The Excel workbook: a first sheet with the session's title, date, participants and
//! open checks, then one sheet per table of the exercise kinds (estimates, goals,
//! agreements …) with real cells — euros as currency, counts as whole numbers, days as
//! dates — a bold header row, frozen panes and fitted columns.

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::exercises::kind::Cell;
use crate::i18n::{Label, t};
use crate::model::{Language, Moment};
use crate::record::Session;
use crate::text::one_line;

/// Columns wider than this wrap rather than push the next one off screen.
const MAX_COLUMN_WIDTH: u32 = 60;

struct Formats {
    header: Format,
    money: Format,
    count: Format,
    date: Format,
}

impl Formats {
    fn new(l: Language) -> Formats {
        // Number formats are stored locale-free; Excel shows them in the reader's locale.
        let (money, date) = match l {
            Language::De => ("#,##0.00 \"€\"", "dd.mm.yyyy"),
            Language::En => ("\"€\"#,##0.00", "yyyy-mm-dd"),
        };
        Formats {
            header: Format::new().set_bold(),
            money: Format::new().set_num_format(money),
            count: Format::new().set_num_format("#,##0"),
            date: Format::new().set_num_format(date),
        }
    }
}

/// The workbook as the bytes of an `.xlsx` file.
pub fn workbook(session: &Session) -> Result<Vec<u8>, XlsxError> {
    let l = session.language;
    let formats = Formats::new(l);
    let mut book = Workbook::new();
    overview(book.add_worksheet(), session, &formats)?;
    for name in super::csv::tables_in(session) {
        let Some(rows) = super::csv::rows(session, name) else {
            continue;
        };
        let title = crate::exercises::ExerciseKind::ALL
            .iter()
            .find_map(|kind| {
                crate::exercises::Exercise::empty(*kind)
                    .record()
                    .table(name, l)
            })
            .map_or_else(|| name.to_owned(), |table| table.title);
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&title))?;
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                if r == 0 {
                    let text = match cell {
                        Cell::Text(text) => text.as_str(),
                        _ => "",
                    };
                    sheet.write_string_with_format(r, c, text, &formats.header)?;
                } else {
                    write_cell(sheet, (r, c), cell, &formats)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.set_autofit_max_width(MAX_COLUMN_WIDTH * 7).autofit();
    }
    book.save_to_buffer()
}

/// Excel refuses sheet names over 31 characters or with `[]:*?/\`.
fn sheet_name(title: &str) -> String {
    one_line(title)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

fn write_cell(
    sheet: &mut Worksheet,
    (r, c): (u32, u16),
    cell: &Cell,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(text) => {
            // A string cell, never a formula, whatever it starts with.
            sheet.write_string(r, c, one_line(text).trim())?;
        }
        Cell::Money(Some(value)) => {
            sheet.write_number_with_format(r, c, value.to_f64().unwrap_or(0.0), &formats.money)?;
        }
        Cell::Number(Some(value)) => {
            sheet.write_number(r, c, value.to_f64().unwrap_or(0.0))?;
        }
        Cell::Count(Some(count)) => {
            // Counts stay below 10^15 (the parser's limit), exact in an f64.
            #[allow(clippy::cast_precision_loss)]
            let count = *count as f64;
            sheet.write_number_with_format(r, c, count, &formats.count)?;
        }
        Cell::Date(Some(day)) => {
            let date = ExcelDateTime::from_ymd(
                u16::try_from(day.year()).unwrap_or(1900),
                u8::try_from(day.month()).unwrap_or(1),
                u8::try_from(day.day()).unwrap_or(1),
            )?;
            sheet.write_datetime_with_format(r, c, &date, &formats.date)?;
        }
        Cell::Money(None) | Cell::Number(None) | Cell::Count(None) | Cell::Date(None) => {}
    }
    Ok(())
}

/// The first sheet: what the workbook is, who was there, what is still open.
fn overview(sheet: &mut Worksheet, session: &Session, formats: &Formats) -> Result<(), XlsxError> {
    let l = session.language;
    sheet.set_name(sheet_name(match l {
        Language::De => "Übersicht",
        Language::En => "Overview",
    }))?;
    let (done, total) = session.progress();
    let mut row = 0_u32;
    let mut line = |sheet: &mut Worksheet, label: &str, value: &str| -> Result<(), XlsxError> {
        sheet.write_string_with_format(row, 0, label, &formats.header)?;
        sheet.write_string(row, 1, one_line(value).trim())?;
        row += 1;
        Ok(())
    };
    line(sheet, t(l, Label::Title), &session.title)?;
    line(sheet, t(l, Label::Template), &session.template)?;
    line(sheet, t(l, Label::Progress), &format!("{done}/{total}"))?;
    sheet.write_string_with_format(row, 0, t(l, Label::Date), &formats.header)?;
    let day = session.created.date();
    let date = ExcelDateTime::from_ymd(
        u16::try_from(day.year()).unwrap_or(1900),
        u8::try_from(day.month()).unwrap_or(1),
        u8::try_from(day.day()).unwrap_or(1),
    )?;
    sheet.write_datetime_with_format(row, 1, &date, &formats.date)?;
    row += 2;
    sheet.write_string_with_format(row, 0, t(l, Label::Participants), &formats.header)?;
    row += 1;
    for participant in &session.participants {
        sheet.write_string(row, 0, one_line(&participant.name).trim())?;
        sheet.write_string(row, 1, one_line(&participant.department).trim())?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, t(l, Label::OpenChecks), &formats.header)?;
    row += 1;
    for (index, findings) in session.findings(l, Moment::now().date()) {
        let step = session
            .steps
            .get(index)
            .map(|s| format!("{}. {}", index + 1, one_line(s.title.get(l))))
            .unwrap_or_default();
        for finding in findings {
            sheet.write_string(row, 0, &step)?;
            sheet.write_string(row, 1, &finding)?;
            row += 1;
        }
    }
    sheet.set_autofit_max_width(MAX_COLUMN_WIDTH * 7).autofit();
    Ok(())
}
