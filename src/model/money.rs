//! Money and counts, exact: parsing what people type ("1,2 Mrd. €", "€1.2m",
//! "250 Tsd. Stück") and formatting it back in the session's language.
//!
//! Money is a `Decimal`, never a float. What `format_*_full` writes, `parse_*`
//! reads back to the same value; the compact forms round and are for display only.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::language::Language;

/// Anything above this is taken for a typo rather than a market (world GDP is ~10^14 €).
const LIMIT: i64 = 1_000_000_000_000_000;

/// An amount of money in euros, exact to the cent. Stored in files as a decimal string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Euros(Decimal);

/// A count of things sold (units, pieces). Stored in files as an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Units(u64);

impl Euros {
    /// `None` for negative amounts, more than two decimals or amounts past the limit.
    pub fn new(value: Decimal) -> Option<Euros> {
        let ok = !value.is_sign_negative() && value.normalize().scale() <= 2 && value <= limit();
        ok.then(|| Euros(value.normalize()))
    }
    pub fn from_whole(euros: u64) -> Option<Euros> {
        Euros::new(Decimal::from(euros))
    }
    pub fn value(self) -> Decimal {
        self.0
    }
    pub fn parse(input: &str, language: Language) -> Result<Euros, NumberError> {
        let value = parse_quantity(input, language, Kind::Money)?;
        if value.normalize().scale() > 2 {
            return Err(NumberError::TooPrecise);
        }
        Ok(Euros(value.normalize()))
    }
    /// `1.234.567,89 €` / `€1,234,567.89`: exact; whole euros without `,00`, since cents
    /// that are all zero say nothing and make a market's size hard to read.
    pub fn full(self, language: Language) -> String {
        let decimals = if self.0.fract().is_zero() { 0 } else { 2 };
        let number = group(self.0, language, decimals);
        match language {
            Language::De => format!("{number} €"),
            Language::En => format!("€{number}"),
        }
    }
    /// `1,25 Mrd. €` / `€1.25bn`: at most two decimals of the scale, for tables.
    pub fn compact(self, language: Language) -> String {
        let (number, scale) = compact_parts(self.0, language);
        match (language, scale) {
            (Language::De, Some(scale)) => format!("{number} {} €", scale.german()),
            (Language::De, None) => format!("{number} €"),
            (Language::En, Some(scale)) => format!("€{number}{}", scale.english_short()),
            (Language::En, None) => format!("€{number}"),
        }
    }
}

impl Units {
    pub fn new(count: u64) -> Option<Units> {
        (Decimal::from(count) <= limit()).then_some(Units(count))
    }
    pub fn count(self) -> u64 {
        self.0
    }
    pub fn parse(input: &str, language: Language) -> Result<Units, NumberError> {
        let value = parse_quantity(input, language, Kind::Units)?;
        if !value.fract().is_zero() {
            return Err(NumberError::NotWhole);
        }
        u64::try_from(value)
            .map(Units)
            .map_err(|_| NumberError::TooLarge)
    }
    /// `250.000 Stück` / `250,000 units`.
    pub fn full(self, language: Language) -> String {
        let number = group(Decimal::from(self.0), language, 0);
        match language {
            Language::De => format!("{number} Stück"),
            Language::En => format!("{number} units"),
        }
    }
    /// `250 Tsd.` / `250k`: the count alone, for a table column headed "units".
    pub fn short(self, language: Language) -> String {
        let (number, scale) = compact_parts(Decimal::from(self.0), language);
        match (language, scale) {
            (Language::De, Some(scale)) => format!("{number} {}", scale.german()),
            (Language::En, Some(scale)) => format!("{number}{}", scale.english_short()),
            (_, None) => number,
        }
    }

    /// `250 Tsd. Stück` / `250 thousand units`.
    pub fn compact(self, language: Language) -> String {
        let (number, scale) = compact_parts(Decimal::from(self.0), language);
        match (language, scale) {
            (Language::De, Some(scale)) => format!("{number} {} Stück", scale.german()),
            (Language::De, None) => format!("{number} Stück"),
            (Language::En, Some(scale)) => format!("{number} {} units", scale.english_word()),
            (Language::En, None) => format!("{number} units"),
        }
    }
}

/// A plain non-negative number (a goal's baseline or target, a percentage), exact.
pub fn parse_number(input: &str, language: Language) -> Result<Decimal, NumberError> {
    parse_quantity(input, language, Kind::Plain).map(|value| value.normalize())
}

/// A plain number that may be below zero (a net promoter score, a change in churn).
pub fn parse_signed_number(input: &str, language: Language) -> Result<Decimal, NumberError> {
    let trimmed = input.trim();
    match trimmed.strip_prefix(['-', '−', '–']) {
        Some(rest) => parse_number(rest, language).map(|value| -value),
        None => parse_number(trimmed, language),
    }
}

/// A plain number in the language's notation, with as many decimals as it has.
pub fn format_number(value: Decimal, language: Language) -> String {
    let value = value.normalize();
    let sign = if value.is_sign_negative() { "-" } else { "" };
    format!("{sign}{}", group(value.abs(), language, value.scale()))
}

/// A ratio such as a spread or a share, to one decimal: `2,4` / `2.4`.
pub fn format_ratio(value: Decimal, language: Language) -> String {
    format_number(value.round_dp(1), language)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("nothing typed")]
    Empty,
    #[error("negative amounts are not allowed")]
    Negative,
    #[error("too large")]
    TooLarge,
    #[error("at most two decimal places (cents)")]
    TooPrecise,
    #[error("units are whole numbers")]
    NotWhole,
    #[error("unexpected '{0}'")]
    Unexpected(char),
    #[error("no digits")]
    NoDigits,
    #[error("more than one decimal separator")]
    TwoDecimalSeparators,
    /// German `1.2`: a group separator that cannot be one. Carries both readings.
    #[error("ambiguous: did you mean {as_decimal} or {as_thousands}?")]
    Ambiguous {
        as_decimal: String,
        as_thousands: String,
    },
    #[error("digit groups must have three digits")]
    BadGrouping,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Money,
    Units,
    Plain,
}

#[derive(Clone, Copy)]
enum Scale {
    Thousand,
    Million,
    Billion,
    Trillion,
}

impl Scale {
    fn factor(self) -> Decimal {
        Decimal::from(match self {
            Scale::Thousand => 1_000_i64,
            Scale::Million => 1_000_000,
            Scale::Billion => 1_000_000_000,
            Scale::Trillion => 1_000_000_000_000,
        })
    }
    fn german(self) -> &'static str {
        match self {
            Scale::Thousand => "Tsd.",
            Scale::Million => "Mio.",
            Scale::Billion => "Mrd.",
            Scale::Trillion => "Bio.",
        }
    }
    fn english_short(self) -> &'static str {
        match self {
            Scale::Thousand => "k",
            Scale::Million => "m",
            Scale::Billion => "bn",
            Scale::Trillion => "tn",
        }
    }
    fn english_word(self) -> &'static str {
        match self {
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
            Scale::Trillion => "trillion",
        }
    }
}

fn limit() -> Decimal {
    Decimal::from(LIMIT)
}

/// A word of a figure and the notation it stands for: `Stück` and `Mio.` are written
/// the German way, `units` and `m` the English way, whatever the session's language;
/// the currency, `million` and `billion` say nothing (both languages write them).
type Word = (&'static str, Option<Language>);

const DE: Option<Language> = Some(Language::De);
const EN: Option<Language> = Some(Language::En);

const CURRENCY_WORDS: [Word; 4] = [("euros", None), ("euro", None), ("eur", None), ("€", None)];
const UNIT_WORDS: [Word; 8] = [
    ("stück", DE),
    ("stk.", DE),
    ("stk", DE),
    ("units", EN),
    ("unit", EN),
    ("pieces", EN),
    ("pcs", EN),
    ("pc", EN),
];
const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Scale words, longest first so that "mio." wins over "m". German "Billion" is 10^12,
/// English "billion" 10^9: the word is read in the session's language.
fn scale_words(language: Language) -> Vec<(Word, Scale)> {
    let mut words = vec![
        (("milliarden", DE), Scale::Billion),
        (("milliarde", DE), Scale::Billion),
        (("millionen", DE), Scale::Million),
        (("thousand", EN), Scale::Thousand),
        (("million", None), Scale::Million),
        (("tausend", DE), Scale::Thousand),
        (("mrd.", DE), Scale::Billion),
        (("mio.", DE), Scale::Million),
        (("tsd.", DE), Scale::Thousand),
        (("bio.", DE), Scale::Trillion),
        (("mrd", DE), Scale::Billion),
        (("mio", DE), Scale::Million),
        (("tsd", DE), Scale::Thousand),
        (("bn", EN), Scale::Billion),
        (("tn", EN), Scale::Trillion),
        (("mn", EN), Scale::Million),
        (("k", EN), Scale::Thousand),
        (("m", EN), Scale::Million),
        // English finance shorthand as CLDR writes it (`1.2B`, `1.2T`), in either
        // language: a B never means a German Billion (10^12).
        (("b", EN), Scale::Billion),
        (("t", EN), Scale::Trillion),
    ];
    match language {
        Language::De => words.insert(0, (("billionen", DE), Scale::Trillion)),
        Language::En => words.insert(0, (("trillion", EN), Scale::Trillion)),
    }
    let billion = match language {
        Language::De => Scale::Trillion,
        Language::En => Scale::Billion,
    };
    words.insert(1, (("billion", None), billion));
    words
}

/// How people hedge a blind estimate: `ca. 100 Tsd.`, `~100 Tsd`, `rund 600 Mio. €`,
/// `approx. €1.2bn`, `about 250k`. The value is what counts (every estimate is one).
const APPROXIMATELY: [&str; 14] = [
    "approximately",
    "ungefähr",
    "approx.",
    "roughly",
    "approx",
    "around",
    "circa",
    "about",
    "etwa",
    "rund",
    "ca.",
    "ca",
    "~",
    "≈",
];

fn strip_approximation(mut text: &str) -> &str {
    loop {
        let before = text.len();
        for word in APPROXIMATELY {
            let Some(head) = text.get(..word.len()) else {
                continue;
            };
            let after = text[word.len()..].chars().next();
            // A word, not the start of one: "ca" of "cash" stays.
            let ends = word.ends_with(['.', '~', '≈']) || after.is_none_or(|c| !c.is_alphabetic());
            if head.to_lowercase() == word && ends {
                text = text[word.len()..].trim_start();
                break;
            }
        }
        if text.len() == before {
            return text;
        }
    }
}

fn parse_quantity(input: &str, language: Language, kind: Kind) -> Result<Decimal, NumberError> {
    let mut rest = strip_approximation(input.trim_matches(|c: char| c.is_whitespace()));
    if rest.is_empty() {
        return Err(NumberError::Empty);
    }
    let words: &[Word] = match kind {
        Kind::Money => &CURRENCY_WORDS,
        Kind::Units => &UNIT_WORDS,
        Kind::Plain => &[],
    };
    let mut said: Vec<Language> = Vec::new();
    rest = strip_words(rest, words, &mut said);
    if rest.starts_with(['-', '−']) {
        return Err(NumberError::Negative);
    }
    rest = rest.trim_start_matches('+').trim();
    let mut scale = None;
    for ((word, notation), candidate) in scale_words(language) {
        let cut = rest.len().saturating_sub(word.len());
        // A lower-case `t` is a tonne, not a trillion: only CLDR's `T` is one.
        let matches = rest
            .get(cut..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(word) && tail != "t");
        // "5m" and "5 Mio." yes; "5tsdm" no: the word must follow a digit or a space.
        if matches && rest[..cut].ends_with(|c: char| c.is_ascii_digit() || SPACES.contains(&c)) {
            said.extend(notation);
            rest = &rest[..cut];
            scale = Some(candidate);
            break;
        }
    }
    // "€1.2m" leaves "€1.2" once the scale is gone; currency may also stand between.
    rest = strip_words(rest.trim(), words, &mut said);
    // The words decide how the digits are grouped; where they say nothing (or
    // contradict each other), the session's language does.
    let convention = match said.as_slice() {
        [first, rest @ ..] if rest.iter().all(|l| l == first) => *first,
        _ => language,
    };
    // A count has no decimals: "35.000" read the English way would be 35, a thousandth
    // of what a German colleague meant. Without a word that decides, ask.
    if kind == Kind::Units && scale.is_none() && said.is_empty() {
        let (decimal_sep, group_sep) = separators(convention);
        if let Some((whole, fraction)) = rest.split_once(decimal_sep)
            && fraction.len() == 3
            && !whole.is_empty()
            && fraction
                .chars()
                .chain(whole.chars())
                .all(|c| c.is_ascii_digit())
        {
            // Read as decimals, a count's "35.000" is 35: said as that.
            let decimals = fraction.trim_end_matches('0');
            let as_decimal = if decimals.is_empty() {
                whole.to_owned()
            } else {
                format!("{whole}{decimal_sep}{decimals}")
            };
            return Err(NumberError::Ambiguous {
                as_decimal,
                as_thousands: format!("{whole}{group_sep}{fraction}"),
            });
        }
    }
    let value = parse_literal(rest, convention)?;
    let value = match scale {
        Some(scale) => value
            .checked_mul(scale.factor())
            .ok_or(NumberError::TooLarge)?,
        None => value,
    };
    if value > limit() {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

/// Removes currency or unit words at either end, case-insensitively, any number of
/// times; the convention a removed word stands for goes to `said`.
fn strip_words<'a>(mut text: &'a str, words: &[Word], said: &mut Vec<Language>) -> &'a str {
    loop {
        let before = text.len();
        for &(word, notation) in words {
            if text
                .get(..word.len())
                .is_some_and(|head| head.to_lowercase() == word)
            {
                text = text[word.len()..].trim_start();
                said.extend(notation);
            }
            let cut = text.len().saturating_sub(word.len());
            if text
                .get(cut..)
                .is_some_and(|tail| tail.to_lowercase() == word)
            {
                text = text[..cut].trim_end();
                said.extend(notation);
            }
        }
        if text.len() == before {
            return text;
        }
    }
}

/// Apostrophes that group digits the Swiss way: `1'234'567`, `1’234’567`.
const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];

/// A bare number in the language's notation: groups of three, one decimal separator.
/// Grouped with apostrophes (Swiss), it is never ambiguous: the apostrophe groups, and a
/// dot or a comma in the same number can only be the decimal point.
fn parse_literal(text: &str, language: Language) -> Result<Decimal, NumberError> {
    if text.contains(APOSTROPHES) {
        let decimal_sep = if text.contains(',') { ',' } else { '.' };
        let grouped: String = text
            .chars()
            .map(|c| if APOSTROPHES.contains(&c) { '\'' } else { c })
            .collect();
        return parse_with(&grouped, (decimal_sep, '\''));
    }
    parse_with(text, separators(language))
}

fn parse_with(text: &str, (decimal_sep, group_sep): (char, char)) -> Result<Decimal, NumberError> {
    if let Some(bad) = text.chars().find(|c| {
        !(c.is_ascii_digit() || *c == decimal_sep || *c == group_sep || SPACES.contains(c))
    }) {
        return Err(NumberError::Unexpected(bad));
    }
    if !text.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NoDigits);
    }
    let mut parts = text.split(decimal_sep);
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    if parts.next().is_some() {
        return Err(NumberError::TwoDecimalSeparators);
    }
    if let Some(fraction) = fraction
        && !fraction.chars().all(|c| c.is_ascii_digit())
    {
        // "1,234.5" in German: the separators are the wrong way round.
        return Err(NumberError::BadGrouping);
    }
    let groups: Vec<&str> = whole
        .split(|c| c == group_sep || SPACES.contains(&c))
        .collect();
    let well_grouped = groups.len() == 1
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        let only_one_group_sep = whole.matches(group_sep).count() == 1 && fraction.is_none();
        if only_one_group_sep && let Some((head, tail)) = whole.split_once(group_sep) {
            let head = head.trim();
            let tail = tail.trim();
            if !head.is_empty() && !tail.is_empty() {
                let padded = format!("{tail:0<3}");
                return Err(NumberError::Ambiguous {
                    as_decimal: format!("{head}{decimal_sep}{tail}"),
                    as_thousands: format!("{head}{group_sep}{padded}"),
                });
            }
        }
        return Err(NumberError::BadGrouping);
    }
    let digits: String = groups.concat();
    let literal = match fraction {
        Some(fraction) if !fraction.is_empty() => format!("{digits}.{fraction}"),
        _ => digits,
    };
    let literal = if literal.is_empty() {
        "0".to_owned()
    } else {
        literal
    };
    Decimal::from_str_exact(&literal).map_err(|_| NumberError::TooLarge)
}

fn separators(language: Language) -> (char, char) {
    match language {
        Language::De => (',', '.'),
        Language::En => ('.', ','),
    }
}

/// Digits grouped by three with the language's separators, exactly `decimals` decimals.
fn group(value: Decimal, language: Language, decimals: u32) -> String {
    let (decimal_sep, group_sep) = separators(language);
    let text = value.round_dp(decimals).abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(group_sep);
        }
        out.push(digit);
    }
    if decimals > 0 {
        out.push(decimal_sep);
        out.push_str(&format!("{fraction:0<width$}", width = decimals as usize));
    }
    out
}

fn compact_parts(value: Decimal, language: Language) -> (String, Option<Scale>) {
    let scale = [
        Scale::Trillion,
        Scale::Billion,
        Scale::Million,
        Scale::Thousand,
    ]
    .into_iter()
    .find(|scale| value >= scale.factor());
    match scale {
        // Two decimals where the figure has them: 1,25 Mrd. is not 1,2 Mrd.
        Some(scale) => {
            let shown = (value / scale.factor()).round_dp(2).normalize();
            (format_number(shown, language), Some(scale))
        }
        None => (format_number(value.round_dp(2), language), None),
    }
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
