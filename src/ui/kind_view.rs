//! What a kind's screen says about itself, and all it is given: the items it shows top
//! to bottom, the rows of its tables as text, a headline for presentation mode. The
//! kinds' views (`ui/kinds/`) implement it; `ui/exercise/` draws any kind from it.

use std::ops::Range;

use ratatui::layout::Constraint;
use ratatui::text::Line;

use crate::app::Workshop;
use crate::app::fields::{Field, Table};
use crate::model::Language;

/// What an exercise shows, top to bottom.
pub enum Item {
    Field(Field),
    Table(Table),
    Info(Line<'static>),
}

/// How an exercise kind shows itself. Implemented by each kind in `ui/kinds/`.
pub trait KindView {
    /// What the exercise shows, top to bottom.
    fn items(&self, v: &View) -> Vec<Item>;
    /// Rows `rows` of `table`: only what is on screen is built, so a frame costs the
    /// same with 20 goals or 20,000.
    fn table(&self, v: &View, table: Table, rows: Range<usize>) -> TableSpec;
    /// A line under the title of an open row (the two goals of a conflict).
    fn row_context(&self, _table: Table, _row: usize) -> Option<String> {
        None
    }
    /// The step's result in a few words for presentation mode, shown big; `None` while
    /// there is none (or it must not show yet).
    fn headline(&self, _l: Language) -> Option<String> {
        None
    }
}

/// A table as an exercise defines it: headers with widths, and the rows' cells.
#[derive(Default)]
pub struct TableSpec {
    pub columns: Vec<(String, Constraint)>,
    pub rows: Vec<Vec<String>>,
}

/// Everything a draw function needs, grouped so no function takes ten arguments.
pub struct View<'a> {
    pub w: &'a Workshop,
    pub l: Language,
    /// Columns of the work area: narrow screens get fewer table columns.
    pub width: u16,
}

impl View<'_> {
    pub fn wide(&self) -> bool {
        self.width >= 90
    }
}

/// `–` for a missing value, so an empty cell is never mistaken for a rendering fault.
pub fn or_dash(text: String) -> String {
    if text.trim().is_empty() {
        "–".to_owned()
    } else {
        text
    }
}
