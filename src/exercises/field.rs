//! The shared machinery of fields: how a field is addressed, how it is typed (a line, a
//! paragraph, money, units, a date …), and how typed text is parsed into a value. Every
//! exercise kind uses these; none of them parses numbers or dates on its own.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::i18n::{self, Words};
use crate::model::money::{format_number, parse_number, parse_signed_number};
use crate::model::time::{parse_day, show_date};
use crate::model::{Euros, Language, Units, When};

/// Where a field lives in a session: the step's notes, one of the two session lists, or
/// a field of the step's exercise as its kind numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Notes,
    Parking(usize),
    Participant(usize),
    /// One of the exercise's single fields, numbered by its kind.
    Own(u8),
    /// Column `column` of row `row` in one of the exercise's tables.
    Cell {
        table: Table,
        row: usize,
        column: u8,
    },
    /// Part `n` of an answer being typed to a round (euros, then units): held by the
    /// round's entry until the whole answer is stored, never written as a field.
    Answer(u8),
}

/// One of an exercise's tables, numbered by its kind (at most `MAX_TABLES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Table(pub u8);

/// How many tables one exercise may have: the cursor keeps a selected row for each.
pub const MAX_TABLES: usize = 4;

impl Table {
    pub fn index(self) -> usize {
        usize::from(self.0).min(MAX_TABLES - 1)
    }

    /// Field `column` of row `row`.
    pub fn cell(self, row: usize, column: u8) -> Field {
        Field::Cell {
            table: self,
            row,
            column,
        }
    }
}

/// A place the cursor can rest on in a step: a single field or a whole table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Field(Field),
    Table(Table),
}

/// How a field is typed and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Line,
    Paragraph,
    Euros,
    Units,
    /// A number that may be negative (a net promoter score).
    Number,
    Percent,
    Year,
    /// A day, typed as a day or as a period that ends on one (`Q4 2027`).
    Date,
    /// A day, or a rhythm in words (`quartalsweise`).
    When,
    /// Comma-separated names.
    List,
    /// One of two values, switched with Space and shown as `‹ value ›`.
    Choice,
    /// Yes or no, switched with Space and shown as `[x]`.
    Check,
}

impl FieldKind {
    /// Typed text is kept raw until it parses; text kinds are always valid.
    pub fn is_parsed(self) -> bool {
        !matches!(
            self,
            FieldKind::Line
                | FieldKind::Paragraph
                | FieldKind::List
                | FieldKind::Choice
                | FieldKind::Check
        )
    }

    /// Switched, never typed.
    pub fn is_toggle(self) -> bool {
        matches!(self, FieldKind::Choice | FieldKind::Check)
    }
}

/// What the rest of seam needs to know of a field to show and edit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub label: Words,
    pub kind: FieldKind,
    /// What the room looks at in this step: drawn bold and never shortened.
    pub emphasis: bool,
}

impl FieldSpec {
    pub const fn new(label: Words, kind: FieldKind) -> FieldSpec {
        FieldSpec {
            label,
            kind,
            emphasis: false,
        }
    }

    pub const fn emphasised(self) -> FieldSpec {
        FieldSpec {
            emphasis: true,
            ..self
        }
    }
}

/// A parsed value, ready to be stored; `Text` is stored as typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Euros(Option<Euros>),
    Units(Option<Units>),
    Number(Option<Decimal>),
    Year(Option<i16>),
    Date(Option<Date>),
    When(Option<When>),
    List(Vec<String>),
}

impl Value {
    /// Stores text into `target`; `false` when this is not text.
    pub fn put_text(&self, target: &mut String) -> bool {
        match self {
            Value::Text(text) => {
                target.clone_from(text);
                true
            }
            _ => false,
        }
    }

    pub fn put_list(&self, target: &mut Vec<String>) -> bool {
        match self {
            Value::List(items) => {
                target.clone_from(items);
                true
            }
            _ => false,
        }
    }

    pub fn put_euros(&self, target: &mut Option<Euros>) -> bool {
        put(target, matches!(self, Value::Euros(_)), || match self {
            Value::Euros(e) => *e,
            _ => None,
        })
    }

    pub fn put_units(&self, target: &mut Option<Units>) -> bool {
        put(target, matches!(self, Value::Units(_)), || match self {
            Value::Units(u) => *u,
            _ => None,
        })
    }

    pub fn put_number(&self, target: &mut Option<Decimal>) -> bool {
        put(target, matches!(self, Value::Number(_)), || match self {
            Value::Number(n) => *n,
            _ => None,
        })
    }

    pub fn put_year(&self, target: &mut Option<i16>) -> bool {
        put(target, matches!(self, Value::Year(_)), || match self {
            Value::Year(y) => *y,
            _ => None,
        })
    }

    pub fn put_when(&self, target: &mut Option<When>) -> bool {
        put(target, matches!(self, Value::When(_)), || match self {
            Value::When(w) => w.clone(),
            _ => None,
        })
    }

    pub fn put_date(&self, target: &mut Option<Date>) -> bool {
        put(target, matches!(self, Value::Date(_)), || match self {
            Value::Date(d) => *d,
            _ => None,
        })
    }
}

fn put<T>(target: &mut Option<T>, fits: bool, value: impl FnOnce() -> Option<T>) -> bool {
    if fits {
        *target = value();
    }
    fits
}

/// How fields show the values they hold, in the session's language.
pub mod show {
    use super::*;

    pub fn euros(value: Option<Euros>, l: Language) -> String {
        value.map(|v| v.full(l)).unwrap_or_default()
    }

    pub fn units(value: Option<Units>, l: Language) -> String {
        value.map(|v| v.full(l)).unwrap_or_default()
    }

    pub fn number(value: Option<Decimal>, l: Language) -> String {
        value.map(|v| format_number(v, l)).unwrap_or_default()
    }

    pub fn percent(value: Option<Decimal>, l: Language) -> String {
        value
            .map(|s| format!("{} %", format_number(s, l)))
            .unwrap_or_default()
    }

    pub fn date(value: Option<Date>, l: Language) -> String {
        value.map(|d| show_date(d, l)).unwrap_or_default()
    }

    pub fn when(value: Option<&When>, l: Language) -> String {
        value.map(|w| w.show(l)).unwrap_or_default()
    }

    pub fn year(value: Option<i16>) -> String {
        value.map(|y| y.to_string()).unwrap_or_default()
    }
}

/// Parses what was typed into a field. Empty input clears a number. The error is the
/// reason in the session's language.
pub fn parse(kind: FieldKind, text: &str, l: Language) -> Result<Value, String> {
    let trimmed = text.trim();
    let de = l == Language::De;
    match kind {
        FieldKind::Line | FieldKind::Paragraph | FieldKind::Choice | FieldKind::Check => {
            Ok(Value::Text(text.to_owned()))
        }
        FieldKind::List => Ok(Value::List(
            text.split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )),
        _ if trimmed.is_empty() => Ok(match kind {
            FieldKind::Euros => Value::Euros(None),
            FieldKind::Units => Value::Units(None),
            FieldKind::Year => Value::Year(None),
            FieldKind::Date => Value::Date(None),
            FieldKind::When => Value::When(None),
            _ => Value::Number(None),
        }),
        FieldKind::Euros => Euros::parse(trimmed, l)
            .map(|v| Value::Euros(Some(v)))
            .map_err(|e| i18n::number_error(l, &e)),
        FieldKind::Units => Units::parse(trimmed, l)
            .map(|v| Value::Units(Some(v)))
            .map_err(|e| i18n::number_error(l, &e)),
        // A figure may be a share or an amount: "62 %" reads as 62, "1.200 €" and
        // "€1,200" as 1200 (the unit has a field of its own).
        FieldKind::Number => parse_signed_number(
            without_currency(trimmed.trim_end_matches('%').trim_end()),
            l,
        )
        .map(|v| Value::Number(Some(v)))
        .map_err(|e| i18n::number_error(l, &e)),
        FieldKind::Percent => {
            let bare = trimmed.trim_end_matches('%').trim();
            let value = parse_number(bare, l).map_err(|e| i18n::number_error(l, &e))?;
            if value > Decimal::ONE_HUNDRED {
                return Err(if de {
                    "Höchstens 100 %.".into()
                } else {
                    "At most 100 %.".into()
                });
            }
            Ok(Value::Number(Some(value)))
        }
        FieldKind::Year => match trimmed.parse::<i16>() {
            Ok(year) if (1900..=2200).contains(&year) => Ok(Value::Year(Some(year))),
            _ => Err(if de {
                "Ein Jahr wie 2026.".into()
            } else {
                "A year such as 2026.".into()
            }),
        },
        FieldKind::Date => parse_day(trimmed)
            .map(|d| Value::Date(Some(d)))
            .ok_or_else(|| date_error(l)),
        FieldKind::When => match parse_day(trimmed) {
            Some(day) => Ok(Value::When(Some(When::Date(day)))),
            None if looks_like_a_date(trimmed) => Err(date_error(l)),
            None => Ok(Value::When(Some(When::Rhythm(trimmed.to_owned())))),
        },
    }
}

/// A figure without the currency it was typed with, before or after it.
fn without_currency(text: &str) -> &str {
    let mut text = text.trim();
    for sign in ["€", "EUR", "Euro", "euro", "eur"] {
        text = text.strip_prefix(sign).unwrap_or(text).trim_start();
        text = text.strip_suffix(sign).unwrap_or(text).trim_end();
    }
    text
}

fn date_error(l: Language) -> String {
    match l {
        Language::De => "Ein Datum wie 30.06.2027, Juni 2027 oder Q4 2027.".to_owned(),
        Language::En => "A date such as 2027-06-30, June 2027 or Q4 2027.".to_owned(),
    }
}

/// A date gone wrong (`31.13.2027`, `Q5 2027`) rather than a rhythm in words: no
/// letters at all, or a quarter or half year with its number.
fn looks_like_a_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    let quarter =
        lower.starts_with(['q', 'h']) && lower.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    quarter || !text.chars().any(char::is_alphabetic)
}

/// How a parsed value will be stored, for the echo under a number field.
pub fn echo(value: &Value, l: Language) -> Option<String> {
    match value {
        Value::Euros(Some(e)) => Some(e.full(l)),
        Value::Units(Some(u)) => Some(u.full(l)),
        Value::Number(Some(n)) => Some(format_number(*n, l)),
        Value::Date(Some(d)) => Some(show_date(*d, l)),
        Value::When(Some(When::Date(d))) => Some(show_date(*d, l)),
        Value::When(Some(When::Rhythm(words))) => Some(match l {
            Language::De => format!("Rhythmus: {words}"),
            Language::En => format!("rhythm: {words}"),
        }),
        _ => None,
    }
}
