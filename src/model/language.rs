//! The two languages seam speaks, and text that exists in both.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Language {
    De,
    #[default]
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::De, Language::En];

    /// Reads `de`, `en`, `de-DE`, `en_US.UTF-8` and the like; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.']).next().unwrap_or_default();
        match primary {
            "de" => Some(Language::De),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The system locale's language, else English.
    pub fn from_system() -> Language {
        sys_locale::get_locale()
            .and_then(|tag| Language::from_tag(&tag))
            .unwrap_or_default()
    }

    pub fn tag(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    pub fn other(self) -> Language {
        match self {
            Language::De => Language::En,
            Language::En => Language::De,
        }
    }
}

/// A text given in German and English. A template may leave one empty; the other
/// language then stands in, so a half-translated user template still runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub de: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            de: de.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, language: Language) -> &str {
        let (wanted, fallback) = match language {
            Language::De => (&self.de, &self.en),
            Language::En => (&self.en, &self.de),
        };
        if wanted.trim().is_empty() {
            fallback
        } else {
            wanted
        }
    }

    pub fn is_empty(&self) -> bool {
        self.de.trim().is_empty() && self.en.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_follow_the_primary_language() {
        assert_eq!(Language::from_tag("de_DE.UTF-8"), Some(Language::De));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("fr-FR"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn missing_translation_falls_back_to_the_other_language() {
        let text = Text::new("Markt", "");
        assert_eq!(text.get(Language::En), "Markt");
        assert_eq!(text.get(Language::De), "Markt");
    }
}
