//! The interface between an exercise kind and the rest of seam. A kind implements three
//! small traits, each in its own file of its folder: `Record` (state and checks, in
//! `KIND_model.rs`), `Form` (its fields and tables, in `KIND_fields.rs`) and `Output`
//! (handout, summary, CSV, in `KIND_export.rs`); its screen implements `ui::kind_view::KindView` in
//! `ui/kinds/KIND.rs`. A kind that is one table declares its columns in `table_kind`'s
//! terms instead and gets `Form`, `Output` and its screen from them. Nothing here knows
//! about terminals.
//!
//! Traits rather than a table of function pointers: the compiler then checks that every
//! kind answers every question, default methods keep a kind without tables short, and
//! each kind's answers stay next to its data.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::i18n::Words;
use crate::model::round::{Ask, Round};
use crate::model::{Language, When};

use super::field::{Field, FieldSpec, Slot, Table, Value};

/// An exercise's record: whether it was worked on, whether it is done, what its checks
/// find. Findings are warnings with a reason, worded by the kind in the session's
/// language; they are shown and discussed, they never block typing.
pub trait Record {
    /// The kind's name on screen and in the handout: "Markt", "Market".
    fn name(&self) -> Words;
    fn is_started(&self) -> bool;
    fn is_done(&self) -> bool;
    /// The checks as of `today`, passed in so that a check never reads the clock (KPIs
    /// expire; the screen and every export ask with the day they were opened or run).
    fn findings(&self, l: Language, today: Date) -> Vec<String>;
    /// What a follow-up session weeks later asks about: goals, agreements, pilots, KPIs,
    /// changes promised. Most kinds promise nothing.
    fn carried(&self, _l: Language, _today: Date) -> Vec<Carry> {
        Vec::new()
    }
    /// The question this exercise puts to the whole room as a blind round, if it has
    /// one: its wording and what it asks for.
    fn round(&self, _asking: &Asking) -> Option<(String, Ask)> {
        None
    }
    /// The department a round with this question does not ask: the perspectives ask
    /// every department how it sees one department, never that department itself.
    fn not_asked(&self, _question: &str) -> Option<String> {
        None
    }
    /// Takes the answers of a revealed round into the record (the market's estimates);
    /// `number` is the round's place among its step's rounds (1 the first), to say where
    /// a figure came from;
    /// `false` where the round stands on its own and is shown as such (a vote).
    fn take(&mut self, _round: &Round, _number: usize, _l: Language) -> bool {
        false
    }
    /// A follow-up session's step takes what it compares with from the same kind's
    /// record in the session it follows (the pulse: last time's placings); `false`
    /// where a kind compares nothing, or `earlier` is another kind.
    fn follow(&mut self, _earlier: &super::Exercise) -> bool {
        false
    }
    /// Whether this exercise collects the day's next steps (one key on any item of the
    /// day adds one here).
    fn takes_tasks(&self) -> bool {
        false
    }
    /// Adds a next step made from an item of the day; the field to type into next, or
    /// `None` where the kind takes none.
    fn add_task(&mut self, _what: &str, _from: &str) -> Option<Field> {
        None
    }
}

/// What a kind may look at when it words its round.
pub struct Asking<'a> {
    pub language: Language,
    /// The session's departments, once each, in the order of the participant list.
    pub departments: Vec<String>,
    /// The step's rounds so far, oldest first.
    pub earlier: &'a [Round],
}

/// A kind's findings in the session's language, one sentence each: what most kinds'
/// `Record::findings` is, given their checks and the words for them.
pub fn worded<F>(findings: &[F], l: Language, word: fn(Language, &F) -> String) -> Vec<String> {
    findings.iter().map(|f| word(l, f)).collect()
}

/// One promise carried into a follow-up session: what it was, what it aimed at then,
/// and whether the room is asked for a current value (goals: where are we now?).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Carry {
    pub item: String,
    pub then: String,
    pub asks_value: bool,
}

impl Carry {
    /// "Label: value · Label: value", leaving out what is empty.
    pub fn then(l: Language, parts: &[(Words, String)]) -> String {
        parts
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, value)| format!("{}: {}", label.get(l), value.trim()))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// Two rows of one table joined into a row of another, chosen on screen one after the
/// other (two goals that pull against each other become a conflict).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pairing {
    pub from: Table,
    pub into: Table,
    /// Shown while the second row is chosen.
    pub prompt: Words,
    /// Shown when the table has fewer than two rows.
    pub needs_two: Words,
}

/// The fields and tables of an exercise, as the screen and `update` address them.
pub trait Form {
    /// Where the cursor can rest, top to bottom as the view draws them.
    fn slots(&self) -> &'static [Slot];
    /// The label and type of one of the exercise's fields; `None` if it has no such field.
    fn spec(&self, field: Field) -> Option<FieldSpec>;
    /// The text of a field as it is shown and as the editor starts with it.
    fn read(&self, field: Field, l: Language) -> String;
    /// Stores a value. `false` when the field does not exist (a stale row index) or does
    /// not take this value.
    fn write(&mut self, field: Field, value: &Value) -> bool;
    /// Flips a `Choice` or `Check` field. `false` when the field is none.
    fn toggle(&mut self, _field: Field) -> bool {
        false
    }

    fn table_label(&self, _table: Table) -> Words {
        Words::new("", "")
    }
    /// A row in a few words, as a next step made from it names it: its first field
    /// unless the kind knows better (an agreement: who to whom, what).
    fn row_title(&self, table: Table, row: usize, l: Language) -> String {
        self.read(table.cell(row, 0), l)
    }
    /// One row of the table, as in "goal 2".
    fn row_label(&self, table: Table) -> Words {
        self.table_label(table)
    }
    /// How many fields one row of `table` has (the row's form).
    fn columns(&self, _table: Table) -> u8 {
        0
    }
    fn rows(&self, _table: Table) -> usize {
        0
    }
    /// Appends an empty row and returns its index; `None` where rows are not added this
    /// way. `departments` are the session's, in order, for rows that go round the room.
    fn add_row(&mut self, _table: Table, _departments: &[&str]) -> Option<usize> {
        None
    }
    fn remove_row(&mut self, _table: Table, _row: usize) -> bool {
        false
    }
    fn swap_rows(&mut self, _table: Table, _a: usize, _b: usize) -> bool {
        false
    }
    /// The pairing this exercise offers, if any.
    fn pairing(&self) -> Option<Pairing> {
        None
    }
    /// Joins rows `a` and `b` of the pairing's `from` table into a new row of its `into`
    /// table; returns that row, or why it was not made (the pair exists already).
    fn pair(&mut self, _a: usize, _b: usize) -> Result<usize, Words> {
        Err(Words::new("", ""))
    }
}

/// A cell of a table that leaves seam (CSV, a workbook), typed so that a spreadsheet
/// gets numbers as numbers and days as days.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Money(Option<Decimal>),
    Count(Option<u64>),
    Number(Option<Decimal>),
    /// A share in percent as typed (`45` for 45 %): a spreadsheet shows it as a percentage.
    Percent(Option<Decimal>),
    Date(Option<Date>),
}

impl Cell {
    /// A day as a day for a spreadsheet; a rhythm ("quartalsweise") stays words.
    pub fn when(when: Option<&When>) -> Cell {
        match when {
            Some(When::Date(day)) => Cell::Date(Some(*day)),
            Some(When::Rhythm(words)) => Cell::Text(words.clone()),
            None => Cell::Date(None),
        }
    }
}

/// A table for spreadsheets: a title (a workbook's sheet), a header in the session's
/// language and one row per item.
pub struct DataTable {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// What leaves seam: the kind's part of the Markdown handout, of `seam show`, and its
/// tables for CSV and workbooks. All session text is sanitised or escaped by the helpers
/// in `export` the kinds write with.
pub trait Output {
    /// The result, as Markdown blocks each followed by a blank line.
    fn handout(&self, out: &mut String, l: Language);
    /// Indented lines under the step in `seam show`.
    fn summary(&self, out: &mut String, l: Language);
    /// The names of the tables this kind writes (`--table NAME`, a sheet each).
    fn tables(&self) -> &'static [&'static str] {
        &[]
    }
    /// Table `name`, or `None` when it is not this kind's.
    fn table(&self, _name: &str, _l: Language) -> Option<DataTable> {
        None
    }
    /// Pictures for the HTML handout, where people would rather look than read.
    fn charts(&self, _l: Language) -> Vec<Chart> {
        Vec::new()
    }
    /// What the room settled here, for the handout's first page and the workbook's first
    /// sheet: the agreed market, the sentence, each goal and agreement. Most kinds
    /// explore rather than decide and settle nothing.
    fn decided(&self, _l: Language) -> Vec<Decided> {
        Vec::new()
    }
    /// Who does what by when, from this step: next steps, goals' owners and dates,
    /// agreements' reviews.
    fn duties(&self, _l: Language) -> Vec<Duty> {
        Vec::new()
    }
}

/// One thing the room settled, in plain text (the exports escape it).
#[derive(Debug, Clone, PartialEq)]
pub struct Decided {
    /// What it is about: "Markt", "Ziel 2".
    pub topic: String,
    /// The decision as people read it: `600 Mio. € · 50.000 Stück`.
    pub text: String,
    /// The figures in it as numbers, for a spreadsheet (the market's euros and units).
    pub figures: Vec<Cell>,
}

impl Decided {
    pub fn new(topic: impl Into<String>, text: impl Into<String>) -> Decided {
        Decided {
            topic: topic.into(),
            text: text.into(),
            figures: Vec::new(),
        }
    }
}

/// One thing somebody has to do, in plain text (the exports escape it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duty {
    /// A person or a team; empty when nobody was named (the list says so).
    pub who: String,
    pub what: String,
    /// A day, a rhythm ("quartalsweise") or nothing yet.
    pub by: Option<When>,
}

/// A bar chart as a kind describes it; `export::svg` draws it. Every bar carries its
/// value in words, so nothing depends on colour alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    pub bars: Vec<Bar>,
    /// A line under the chart (the spread of the estimates).
    pub note: Option<String>,
    /// What an emphasised bar means, so that it is drawn as what it is.
    pub emphasis: Emphasis,
}

/// The meaning of an emphasised bar: the one the room chose (the agreed figure), or one
/// past its mark (a step over its timebox), which must not look like a success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Chosen,
    PastTheMark,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The value as people read it: `1,2 Mrd. €`.
    pub shown: String,
    /// A mark on the bar's scale (a timebox the bar is measured against).
    pub mark: Option<f64>,
    /// Set apart from the others (the agreed figure among the estimates).
    pub emphasis: bool,
}

/// Everything seam asks of an exercise kind's record.
pub trait Kind: Record + Form + Output {}

impl<T: Record + Form + Output> Kind for T {}
