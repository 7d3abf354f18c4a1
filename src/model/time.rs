//! Points in time as a session file shows them: local time with its offset.

use std::fmt;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant, written as `2026-11-22T09:00:00+01:00` in the system's time zone so a
/// participant reads the local time; any RFC 3339 offset is accepted back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment(Timestamp);

impl Moment {
    pub fn now() -> Moment {
        // Whole seconds: the file is for people, and round trips stay exact.
        let now = Timestamp::now();
        Moment(Timestamp::from_second(now.as_second()).unwrap_or(now))
    }

    pub fn from_timestamp(timestamp: Timestamp) -> Moment {
        Moment(timestamp)
    }

    pub fn timestamp(self) -> Timestamp {
        self.0
    }

    pub fn date(self) -> jiff::civil::Date {
        self.0.to_zoned(TimeZone::system()).date()
    }

    /// `2026-11-22 09:00`, local.
    pub fn short(self) -> String {
        self.0
            .to_zoned(TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let offset = TimeZone::system().to_offset(self.0);
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
        text.parse::<Timestamp>().map(Moment).map_err(|error| {
            serde::de::Error::custom(format!(
                "expected a date and time like \"2026-11-22T09:00:00+01:00\", found {text:?} ({error})"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
