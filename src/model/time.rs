//! Points in time as a session file shows them: local time with its offset.

use std::fmt;

use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A clock that stands still in a zone of its own, for tests: a snapshot or a check
/// with a date must read the same on any day and in any time zone the suite runs in.
struct Pinned {
    at: Timestamp,
    zone: TimeZone,
}

static PINNED: std::sync::OnceLock<Pinned> = std::sync::OnceLock::new();

/// Stands the clock still at `at` in `zone` for the rest of the process (the first call
/// wins). Only tests call this; seam itself reads the system's clock and zone.
pub fn pin_clock(at: Timestamp, zone: TimeZone) {
    let _ = PINNED.set(Pinned { at, zone });
}

/// The zone local times are shown in: the system's, unless a test pinned another.
pub fn zone() -> TimeZone {
    PINNED
        .get()
        .map_or_else(system_zone, |pinned| pinned.zone.clone())
}

/// The system's zone, read once. Straight from its file (`TZ`, else `/etc/localtime`):
/// jiff's own lookup first lists every zone of the system's database, a few
/// milliseconds before the first frame for a name seam already knows. Anything
/// unusual (a POSIX rule in `TZ`, no zone files) is left to jiff.
fn system_zone() -> TimeZone {
    static SYSTEM: std::sync::OnceLock<TimeZone> = std::sync::OnceLock::new();
    SYSTEM
        .get_or_init(|| zone_from_file().unwrap_or_else(TimeZone::system))
        .clone()
}

fn zone_from_file() -> Option<TimeZone> {
    const ZONEINFO: &str = "/usr/share/zoneinfo";
    let (name, path) = match std::env::var("TZ") {
        Ok(tz) if tz.is_empty() || tz == "UTC" || tz == ":UTC" => return Some(TimeZone::UTC),
        Ok(tz) => {
            let name = tz.trim_start_matches(':').to_owned();
            let plain = !name.is_empty()
                && !name.starts_with('/')
                && !name.contains("..")
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c));
            if !plain {
                return None;
            }
            let path = std::path::Path::new(ZONEINFO).join(&name);
            (name, path)
        }
        Err(_) => {
            let path = std::path::PathBuf::from("/etc/localtime");
            let target = std::fs::read_link(&path).ok()?;
            let target = target.to_string_lossy();
            let name = target.split_once("zoneinfo/")?.1.to_owned();
            (name, path)
        }
    };
    let bytes = std::fs::read(path).ok()?;
    TimeZone::tzif(&name, &bytes).ok()
}

/// An instant, written as `2026-11-22T09:00:00+01:00` in the system's time zone so a
/// participant reads the local time; any RFC 3339 offset is accepted back, and a moment
/// read from a file is written again with the offset it was read with (the local time
/// people remember, and a file whose first save changes only what changed). Two
/// moments are the same instant whatever their offsets.
#[derive(Debug, Clone, Copy)]
pub struct Moment(Timestamp, Option<Offset>);

impl PartialEq for Moment {
    fn eq(&self, other: &Moment) -> bool {
        self.0 == other.0
    }
}

impl Eq for Moment {}

impl PartialOrd for Moment {
    fn partial_cmp(&self, other: &Moment) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Moment {
    fn cmp(&self, other: &Moment) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl std::hash::Hash for Moment {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl Moment {
    pub fn now() -> Moment {
        if let Some(pinned) = PINNED.get() {
            return Moment(pinned.at, None);
        }
        // Whole seconds: the file is for people, and round trips stay exact.
        let now = Timestamp::now();
        Moment(Timestamp::from_second(now.as_second()).unwrap_or(now), None)
    }

    pub fn from_timestamp(timestamp: Timestamp) -> Moment {
        Moment(timestamp, None)
    }

    pub fn timestamp(self) -> Timestamp {
        self.0
    }

    /// This moment plus `elapsed`, in whole seconds; itself if that cannot be told.
    pub fn after(self, elapsed: std::time::Duration) -> Moment {
        let seconds = i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX);
        Moment(
            self.0
                .checked_add(jiff::SignedDuration::from_secs(seconds))
                .unwrap_or(self.0),
            self.1,
        )
    }

    pub fn date(self) -> jiff::civil::Date {
        self.0.to_zoned(zone()).date()
    }

    /// `22.11.2026 09:00` / `2026-11-22 09:00`, local, as people in the language write it.
    pub fn shown(self, language: super::language::Language) -> String {
        format!(
            "{} {}",
            show_date(self.date(), language),
            self.time_of_day()
        )
    }

    /// `09:00`, local: the time of day on the wall and the presenter.
    pub fn time_of_day(self) -> String {
        self.0.to_zoned(zone()).strftime("%H:%M").to_string()
    }

    /// `2026-11-22 09:00`, local.
    pub fn short(self) -> String {
        self.0
            .to_zoned(zone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let offset = self.1.unwrap_or_else(|| zone().to_offset(self.0));
        write!(f, "{}", self.0.display_with_offset(offset))
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Moment, D::Error> {
        let text = String::deserialize(deserializer)?;
        let offset = written_offset(&text);
        text.parse::<Timestamp>().map(|at| Moment(at, offset)).map_err(|error| {
            serde::de::Error::custom(format!(
                "expected a date and time like \"2026-11-22T09:00:00+01:00\", found {text:?} ({error})"
            ))
        })
    }
}

/// The offset an RFC 3339 time was written with: `Z`, `+01:00`, `-05:30`.
fn written_offset(text: &str) -> Option<Offset> {
    if text.ends_with('Z') || text.ends_with('z') {
        return Some(Offset::UTC);
    }
    let tail = text.get(text.len().checked_sub(6)?..)?;
    let (sign, hours, minutes) = match tail.as_bytes() {
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => (*sign, tail.get(1..3)?, tail.get(4..6)?),
        _ => return None,
    };
    let seconds = hours.parse::<i32>().ok()? * 3600 + minutes.parse::<i32>().ok()? * 60;
    Offset::from_seconds(if sign == b'-' { -seconds } else { seconds }).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_written_with_the_offset_it_was_read_with() {
        for written in [
            "\"2026-11-20T09:00:00+01:00\"",
            "\"2026-07-01T09:00:00+02:00\"",
            "\"2026-11-20T08:00:00Z\"",
            "\"2026-11-20T03:00:00-05:00\"",
            "\"2026-11-20T13:30:00+05:30\"",
        ] {
            let moment: Moment = ron::from_str(written).expect("parses");
            let again = ron::to_string(&moment).expect("writes");
            let expected = written.replace('Z', "+00:00");
            assert_eq!(again, expected);
        }
        let berlin: Moment = ron::from_str("\"2026-11-20T09:00:00+01:00\"").expect("parses");
        let utc: Moment = ron::from_str("\"2026-11-20T08:00:00Z\"").expect("parses");
        assert_eq!(berlin, utc, "the same instant");
    }

    #[test]
    fn offsets_are_read_and_the_instant_survives() {
        let moment: Moment = ron::from_str("\"2026-11-22T09:00:00+01:00\"").expect("parses");
        assert_eq!(moment.timestamp().to_string(), "2026-11-22T08:00:00Z");
        let again: Moment =
            ron::from_str(&ron::to_string(&moment).expect("writes")).expect("reads");
        assert_eq!(again, moment);
    }

    #[test]
    fn a_bad_date_names_the_expected_shape() {
        let error = ron::from_str::<Moment>("\"yesterday\"").expect_err("must fail");
        assert!(
            error.to_string().contains("2026-11-22T09:00:00+01:00"),
            "{error}"
        );
    }
}

/// When something happens: a day, or a rhythm in words ("quartalsweise", "every
/// Monday"). A day is written as `2027-03-31`, a rhythm as the words typed, so a
/// session file with only days reads exactly as before rhythms existed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum When {
    Date(jiff::civil::Date),
    Rhythm(String),
}

/// A day as people in the language write it: `30.06.2027`, `2027-06-30`.
pub fn show_date(date: jiff::civil::Date, language: super::language::Language) -> String {
    match language {
        super::language::Language::De => date.strftime("%d.%m.%Y").to_string(),
        super::language::Language::En => date.to_string(),
    }
}

impl When {
    pub fn show(&self, language: super::language::Language) -> String {
        match self {
            When::Date(date) => show_date(*date, language),
            When::Rhythm(words) => words.clone(),
        }
    }
}

/// Reads a day as people write one, or a period that ends on a day: `2027-06-30`,
/// `30.06.2027`, `30/06/27`; `Q4 2027`, `2027-Q4`, `H1 2027`; `06/2027`, `Juni 2027`,
/// `June 2027`; `2027`, `Ende 2027`, `end of 2027`. A period means its last day: a goal
/// "by Q4 2027" is due on 31 December 2027.
pub fn parse_day(text: &str) -> Option<jiff::civil::Date> {
    use jiff::civil::Date;
    let text = text.trim();
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // "Ende 2027", "end of 2027", "bis Ende 2027": the words before the period.
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(*w, "ende" | "end" | "of" | "bis" | "by" | "zum" | "im"))
        .collect();
    let year = |text: &str| -> Option<i16> {
        let year: i16 = text.parse().ok()?;
        match text.len() {
            2 => Some(2000 + year),
            4 if (1900..=2200).contains(&year) => Some(year),
            _ => None,
        }
    };
    let last_day = |year: i16, month: i8| -> Option<Date> {
        Date::new(year, month, 1).ok().map(|d| d.last_of_month())
    };
    match words.as_slice() {
        [single] => {
            // 2027, Q4/2027, 2027-Q4, H1-2027, 06/2027, 6.2027, 2027-06, 30.06.2027, 30/06/27
            let parts: Vec<&str> = single
                .split(['.', '/', '-'])
                .filter(|p| !p.is_empty())
                .collect();
            match parts.as_slice() {
                [y] => year(y).and_then(|y| last_day(y, 12)),
                [a, b] => period(a, b, &year, &last_day)
                    .or_else(|| period(b, a, &year, &last_day))
                    .or_else(|| {
                        // A month needs a four-digit year: `12.50` is no date.
                        let (month, y) = if a.len() == 4 { (b, a) } else { (a, b) };
                        (y.len() == 4).then_some(())?;
                        last_day(year(y)?, month.parse().ok()?)
                    }),
                [day, month, y] => Date::new(year(y)?, month.parse().ok()?, day.parse().ok()?).ok(),
                _ => None,
            }
        }
        [first, second] => period(first, second, &year, &last_day)
            .or_else(|| period(second, first, &year, &last_day))
            .or_else(|| last_day(year(second)?, month_number(first)?)),
        [number, quarter, y] if quarter.starts_with("quartal") || *quarter == "quarter" => {
            let q: i8 = number.trim_end_matches('.').parse().ok()?;
            (1..=4).contains(&q).then_some(())?;
            last_day(year(y)?, q * 3)
        }
        _ => None,
    }
}

/// `Q4` or `H1` with a year: the period's last day.
fn period(
    part: &str,
    year_text: &str,
    year: &dyn Fn(&str) -> Option<i16>,
    last_day: &dyn Fn(i16, i8) -> Option<jiff::civil::Date>,
) -> Option<jiff::civil::Date> {
    let y = year(year_text)?;
    let (kind, number) = part.split_at(1.min(part.len()));
    let number: i8 = number.parse().ok()?;
    match kind {
        "q" if (1..=4).contains(&number) => last_day(y, number * 3),
        "h" if (1..=2).contains(&number) => last_day(y, number * 6),
        _ => None,
    }
}

/// January … December in German and English, full or as the usual short forms.
fn month_number(word: &str) -> Option<i8> {
    const MONTHS: [[&str; 4]; 12] = [
        ["januar", "jan", "january", "jänner"],
        ["februar", "feb", "february", "febr"],
        ["märz", "mär", "march", "mar"],
        ["april", "apr", "april", "apr"],
        ["mai", "may", "may", "mai"],
        ["juni", "jun", "june", "jun"],
        ["juli", "jul", "july", "jul"],
        ["august", "aug", "august", "aug"],
        ["september", "sep", "sept", "sep"],
        ["oktober", "okt", "october", "oct"],
        ["november", "nov", "november", "nov"],
        ["dezember", "dez", "december", "dec"],
    ];
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .and_then(|i| i8::try_from(i + 1).ok())
}

#[cfg(test)]
mod day_tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_and_periods_read_as_people_write_them() {
        for (text, day) in [
            ("2027-06-30", date(2027, 6, 30)),
            ("30.06.2027", date(2027, 6, 30)),
            ("30/06/27", date(2027, 6, 30)),
            ("Q4 2027", date(2027, 12, 31)),
            ("q1/2027", date(2027, 3, 31)),
            ("2027-Q2", date(2027, 6, 30)),
            ("H1 2027", date(2027, 6, 30)),
            ("4. Quartal 2027", date(2027, 12, 31)),
            ("06/2027", date(2027, 6, 30)),
            ("2027-02", date(2027, 2, 28)),
            ("Juni 2027", date(2027, 6, 30)),
            ("Feb. 2028", date(2028, 2, 29)),
            ("December 2027", date(2027, 12, 31)),
            ("2027", date(2027, 12, 31)),
            ("Ende 2027", date(2027, 12, 31)),
            ("end of 2027", date(2027, 12, 31)),
        ] {
            assert_eq!(parse_day(text), Some(day), "{text}");
        }
        for text in [
            "",
            "31.13.2027",
            "Q5 2027",
            "quartalsweise",
            "12.50",
            "20277",
        ] {
            assert_eq!(parse_day(text), None, "{text}");
        }
    }

    #[test]
    fn german_sessions_show_days_the_german_way() {
        let day = date(2027, 6, 30);
        assert_eq!(
            show_date(day, super::super::language::Language::De),
            "30.06.2027"
        );
        assert_eq!(
            show_date(day, super::super::language::Language::En),
            "2027-06-30"
        );
        assert_eq!(
            When::Rhythm("quartalsweise".into()).show(super::super::language::Language::De),
            "quartalsweise"
        );
    }
}
