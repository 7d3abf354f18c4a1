//! The Excel workbook: a first sheet with what the room decided and who does what by
//! when (figures as numbers), the session's title, date, participants and open checks;
//! then one sheet per table of the exercise kinds (estimates, goals, agreements …) with
//! real cells — euros as currency, counts as whole numbers, shares as percentages, days
//! as dates. Every column is as wide as its widest formatted value (a euro column that
//! shows `###` helps nobody), long texts wrap, and each table sheet has a filtered,
//! frozen header row and prints landscape on A4, fitted to the page's width, its header
//! on every page.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::page_one;
use crate::exercises::kind::Cell;
use crate::i18n::{Label, t};
use crate::model::money::format_number;
use crate::model::{Euros, Language, Moment};
use crate::record::Session;
use crate::text::one_line;

/// Columns wider than this (in characters) wrap rather than push the next one off screen.
const MAX_COLUMN_WIDTH: usize = 60;
/// A line of text in points, at the default font.
const ROW_HEIGHT: f64 = 15.0;
/// A4 in Excel's list of paper sizes.
const A4: u8 = 9;

struct Formats {
    header: Format,
    euros: Format,
    cents: Format,
    count: Format,
    number: Format,
    percent: Format,
    date: Format,
    wrap: Format,
}

impl Formats {
    fn new(l: Language) -> Formats {
        // Number formats are stored locale-free; Excel shows them in the reader's locale.
        let (euros, cents, date) = match l {
            Language::De => ("#,##0 \"€\"", "#,##0.00 \"€\"", "dd.mm.yyyy"),
            Language::En => ("\"€\"#,##0", "\"€\"#,##0.00", "yyyy-mm-dd"),
        };
        let top = || Format::new().set_align(FormatAlign::Top);
        Formats {
            header: Format::new().set_bold().set_text_wrap(),
            euros: top().set_num_format(euros),
            cents: top().set_num_format(cents),
            count: top().set_num_format("#,##0"),
            number: top().set_num_format("#,##0.##"),
            percent: top().set_num_format("0%"),
            date: top().set_num_format(date),
            wrap: top().set_text_wrap(),
        }
    }
}

/// A sheet being written: its cells, and the width each column needs for what it shows.
struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    formats: &'a Formats,
    language: Language,
    widths: Vec<usize>,
    /// Where a text stands and how long it is: a row is made as high as its longest
    /// text wraps to, since not every spreadsheet grows a row for wrapped text by itself.
    texts: Vec<(u32, u16, usize)>,
}

impl<'a> Sheet<'a> {
    fn new(sheet: &'a mut Worksheet, formats: &'a Formats, language: Language) -> Sheet<'a> {
        Sheet {
            sheet,
            formats,
            language,
            widths: Vec::new(),
            texts: Vec::new(),
        }
    }

    fn fits(&mut self, c: u16, shown: usize) {
        let c = usize::from(c);
        if self.widths.len() <= c {
            self.widths.resize(c + 1, 0);
        }
        self.widths[c] = self.widths[c].max(shown);
    }

    fn header(&mut self, r: u32, c: u16, text: &str) -> Result<(), XlsxError> {
        let text = one_line(text);
        self.sheet
            .write_string_with_format(r, c, text.trim(), &self.formats.header)?;
        // A header may wrap onto two lines rather than widen a column of short values.
        self.fits(c, text.chars().count().div_ceil(2).max(6));
        Ok(())
    }

    fn cell(&mut self, r: u32, c: u16, cell: &Cell) -> Result<(), XlsxError> {
        let l = self.language;
        let f = self.formats;
        let shown = match cell {
            Cell::Text(text) => {
                // A string cell, never a formula, whatever it starts with.
                let text = one_line(text);
                self.sheet
                    .write_string_with_format(r, c, text.trim(), &f.wrap)?;
                let length = text.trim().chars().count();
                self.texts.push((r, c, length));
                length
            }
            Cell::Money(Some(value)) => {
                let whole = value.fract().is_zero();
                let format = if whole { &f.euros } else { &f.cents };
                self.sheet
                    .write_number_with_format(r, c, value.to_f64().unwrap_or(0.0), format)?;
                Euros::new(*value).map_or(12, |e| e.full(l).chars().count())
            }
            Cell::Number(Some(value)) => {
                self.sheet.write_number_with_format(
                    r,
                    c,
                    value.to_f64().unwrap_or(0.0),
                    &f.number,
                )?;
                format_number(*value, l).chars().count()
            }
            Cell::Percent(Some(value)) => {
                let share = (*value / Decimal::ONE_HUNDRED).to_f64().unwrap_or(0.0);
                self.sheet
                    .write_number_with_format(r, c, share, &f.percent)?;
                format_number(value.round(), l).chars().count() + 2
            }
            Cell::Count(Some(count)) => {
                // Counts stay below 10^15 (the parser's limit), exact in an f64.
                #[allow(clippy::cast_precision_loss)]
                let number = *count as f64;
                self.sheet
                    .write_number_with_format(r, c, number, &f.count)?;
                format_number(Decimal::from(*count), l).chars().count()
            }
            Cell::Date(Some(day)) => {
                let date = excel_day(*day)?;
                self.sheet
                    .write_datetime_with_format(r, c, &date, &f.date)?;
                10
            }
            Cell::Money(None)
            | Cell::Number(None)
            | Cell::Percent(None)
            | Cell::Count(None)
            | Cell::Date(None) => 0,
        };
        // Room for the filter button and a little air.
        self.fits(c, shown + 2);
        Ok(())
    }

    /// Sets every column to the width it needs, at most `MAX_COLUMN_WIDTH` (wrapping),
    /// and every row with wrapped text to the height of its lines.
    fn finish(self) -> Result<(), XlsxError> {
        let widths: Vec<usize> = self
            .widths
            .iter()
            .map(|w| (*w).clamp(4, MAX_COLUMN_WIDTH))
            .collect();
        for (c, width) in widths.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            #[allow(clippy::cast_precision_loss)]
            self.sheet.set_column_width(c, *width as f64)?;
        }
        let mut lines: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
        for (r, c, length) in &self.texts {
            let width = widths
                .get(usize::from(*c))
                .copied()
                .unwrap_or(MAX_COLUMN_WIDTH);
            // Words wrap a little before the edge: count a tenth of the width as lost.
            let usable = (width * 9 / 10).max(1);
            let needed = length.div_ceil(usable).max(1);
            let entry = lines.entry(*r).or_insert(1);
            *entry = (*entry).max(needed);
        }
        for (r, count) in lines.into_iter().filter(|(_, count)| *count > 1) {
            #[allow(clippy::cast_precision_loss)]
            self.sheet.set_row_height(r, ROW_HEIGHT * count as f64)?;
        }
        Ok(())
    }
}

fn excel_day(day: jiff::civil::Date) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(
        u16::try_from(day.year()).unwrap_or(1900),
        u8::try_from(day.month()).unwrap_or(1),
        u8::try_from(day.day()).unwrap_or(1),
    )
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
        let mut writer = Sheet::new(sheet, &formats, l);
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                match (r, cell) {
                    (0, Cell::Text(text)) => writer.header(r, c, text)?,
                    (0, _) => writer.header(r, c, "")?,
                    _ => writer.cell(r, c, cell)?,
                }
            }
        }
        writer.finish()?;
        let last_row = u32::try_from(rows.len().saturating_sub(1)).unwrap_or(u32::MAX);
        let last_column = rows.first().map_or(0, |header| {
            u16::try_from(header.len().saturating_sub(1)).unwrap_or(0)
        });
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_column)?;
        print_setup(sheet)?;
    }
    book.save_to_buffer()
}

/// Landscape A4, as wide as the page, the header row on every page.
fn print_setup(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Excel refuses sheet names over 31 characters or with `[]:*?/\`.
fn sheet_name(title: &str) -> String {
    one_line(title)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

/// The first sheet: what the room decided and who does what by when, then what the
/// workbook is, who was there, what is still open.
fn overview(sheet: &mut Worksheet, session: &Session, formats: &Formats) -> Result<(), XlsxError> {
    let l = session.language;
    sheet.set_name(sheet_name(match l {
        Language::De => "Übersicht",
        Language::En => "Overview",
    }))?;
    let step_name = |index: usize| page_one::step_name(session, index);
    let text = |value: &str| Cell::Text(value.to_owned());
    let mut w = Sheet::new(sheet, formats, l);
    let mut row = 0_u32;
    w.header(row, 0, t(l, Label::Title))?;
    w.cell(row, 1, &text(&session.title))?;
    row += 1;
    w.header(row, 0, t(l, Label::Template))?;
    w.cell(row, 1, &text(&super::template_title(session)))?;
    row += 1;
    w.header(row, 0, t(l, Label::Date))?;
    w.cell(row, 1, &Cell::Date(Some(session.created.date())))?;
    row += 1;
    let (done, total) = session.progress();
    w.header(row, 0, t(l, Label::Progress))?;
    w.cell(row, 1, &text(&format!("{done}/{total}")))?;
    row += 2;

    let decisions = page_one::decisions(session);
    if !decisions.is_empty() {
        w.header(row, 0, page_one::DECIDED.get(l))?;
        row += 1;
        let columns = [
            t(l, Label::Step),
            page_one::TOPIC.get(l),
            page_one::DECIDED.get(l),
            page_one::NUMBERS.get(l),
        ];
        for (c, name) in (0..).zip(columns) {
            w.header(row, c, name)?;
        }
        row += 1;
        for d in &decisions {
            w.cell(row, 0, &text(&step_name(d.step)))?;
            w.cell(row, 1, &text(&d.decided.topic))?;
            w.cell(row, 2, &text(&d.decided.text))?;
            for (c, figure) in (3..).zip(&d.decided.figures) {
                w.cell(row, c, figure)?;
            }
            row += 1;
        }
        row += 1;
    }

    let duties = page_one::duties(session);
    if !duties.is_empty() {
        w.header(row, 0, page_one::WHO_WHAT_WHEN.get(l))?;
        row += 1;
        let columns = [
            page_one::FROM_STEP.get(l),
            page_one::WHO.get(l),
            page_one::WHAT.get(l),
            page_one::BY_WHEN.get(l),
        ];
        for (c, name) in (0..).zip(columns) {
            w.header(row, c, name)?;
        }
        row += 1;
        for d in &duties {
            w.cell(row, 0, &text(&step_name(d.step)))?;
            w.cell(row, 1, &text(&page_one::who(&d.duty, l)))?;
            w.cell(row, 2, &text(&d.duty.what))?;
            w.cell(row, 3, &Cell::when(d.duty.by.as_ref()))?;
            row += 1;
        }
        row += 1;
    }

    w.header(row, 0, t(l, Label::Participants))?;
    row += 1;
    for participant in &session.participants {
        w.cell(row, 0, &text(&participant.name))?;
        w.cell(row, 1, &text(&participant.department))?;
        row += 1;
    }
    row += 1;
    if !session.parking_lot.is_empty() {
        w.header(row, 0, t(l, Label::ParkingLot))?;
        row += 1;
        for topic in &session.parking_lot {
            w.cell(row, 0, &text(topic))?;
            row += 1;
        }
        row += 1;
    }
    w.header(row, 0, t(l, Label::OpenChecks))?;
    row += 1;
    for (index, findings) in session.findings(l, Moment::now().date()) {
        for finding in findings {
            w.cell(row, 0, &text(&step_name(index)))?;
            w.cell(row, 1, &text(&finding))?;
            row += 1;
        }
    }
    w.finish()?;
    print_setup(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_is_as_wide_as_its_widest_value_as_shown_and_long_text_wraps() {
        let formats = Formats::new(Language::De);
        let mut sheet = Worksheet::new();
        let mut w = Sheet::new(&mut sheet, &formats, Language::De);
        w.header(0, 0, "Euro").expect("header");
        let billion = Decimal::from(1_200_000_000_u64);
        w.cell(1, 0, &Cell::Money(Some(billion))).expect("money");
        w.cell(1, 1, &Cell::Count(Some(90_000))).expect("count");
        w.cell(1, 2, &Cell::Text("x".repeat(200))).expect("text");
        w.cell(1, 3, &Cell::Percent(Some(Decimal::from(45))))
            .expect("share");
        // `1.200.000.000 €` is 15 characters: never `###`.
        assert_eq!(w.widths[0], "1.200.000.000 €".chars().count() + 2);
        assert_eq!(w.widths[1], "90.000".len() + 2);
        assert_eq!(w.widths[2], 202, "measured, capped when set");
        assert_eq!(w.widths[3], "45 %".len() + 2);
        assert_eq!(w.texts, [(1, 2, 200)], "a row as high as its text wraps to");
        w.finish().expect("widths set");
    }
}
