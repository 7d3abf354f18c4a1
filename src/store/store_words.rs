//! A store error in words, German or English.

use super::StoreError;
use crate::model::Language;

/// A store error in the language of the screen (its words live with it, so the shared
/// texts need not know the store); what the operating system or the RON
/// parser said comes as they said it.
pub fn in_words(language: Language, error: &StoreError) -> String {
    let de = language == Language::De;
    match error {
        StoreError::Io { path, source } => format!("{}: {source}", path.display()),
        StoreError::Syntax {
            path,
            line,
            column,
            message,
        } => format!("{}:{line}:{column}: {message}", path.display()),
        StoreError::TooNew {
            path,
            found,
            supported,
        } => {
            if de {
                format!(
                    "{}: von einem neueren seam geschrieben (Dateiformat {found}, dieses seam liest bis {supported}); seam aktualisieren, um sie zu öffnen",
                    path.display()
                )
            } else {
                error.to_string()
            }
        }
        StoreError::UnknownVersion { path, found } => {
            if de {
                format!(
                    "{}: Dateiformat {found} hat seam nie geschrieben",
                    path.display()
                )
            } else {
                error.to_string()
            }
        }
        StoreError::TooLarge { path, size, limit } => {
            if de {
                format!(
                    "{}: {size} Bytes sind zu groß für eine Sitzungsdatei (Grenze {limit} Bytes)",
                    path.display()
                )
            } else {
                error.to_string()
            }
        }
        StoreError::Locked { path, pid, since } => {
            if de {
                format!(
                    "{}: von einem anderen seam geöffnet (pid {pid}, seit {since}); nur lesend öffnen oder das andere schließen",
                    path.display()
                )
            } else {
                error.to_string()
            }
        }
        StoreError::Clash {
            path,
            place,
            de: german,
            ..
        } if de => {
            format!("{}: Teilnehmer Nr. {place}: {german}", path.display())
        }
        StoreError::Clash { .. } => error.to_string(),
        StoreError::Serialize { path, message } => {
            if de {
                format!(
                    "{}: Datei konnte nicht geschrieben werden: {message}",
                    path.display()
                )
            } else {
                error.to_string()
            }
        }
    }
}
