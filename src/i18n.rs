//! Every word seam shows, in German and English. The table is a macro so that a label
//! without both languages does not compile.

use crate::model::agreements::Essential;
use crate::model::money::{format_number, format_ratio};
use crate::model::template::TemplateProblem;
use crate::model::{ExerciseKind, Finding, Language, Method, NumberError};

macro_rules! labels {
    ($($name:ident => $de:literal, $en:literal;)*) => {
        /// A fixed piece of UI text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Label { $($name),* }

        pub fn t(language: Language, label: Label) -> &'static str {
            match (language, label) {
                $((Language::De, Label::$name) => $de, (Language::En, Label::$name) => $en,)*
            }
        }
    };
}

labels! {
    Participants => "Teilnehmende", "Participants";
    Date => "Datum", "Date";
    Template => "Vorlage", "Template";
    Progress => "Fortschritt", "Progress";
    Notes => "Notizen", "Notes";
    OpenChecks => "Offene Punkte", "Open checks";
    ParkingLot => "Themenspeicher", "Parking lot";
    NothingYet => "Noch nichts erfasst.", "Nothing recorded yet.";
    Definition => "Marktabgrenzung", "Market definition";
    ReferenceYear => "Bezugsjahr", "Reference year";
    Estimates => "Schätzungen", "Estimates";
    Source => "Quelle", "Source";
    Euros => "Euro", "Euros";
    Units => "Stück", "Units";
    PricePerUnit => "Preis je Stück", "Price per unit";
    Method => "Methode", "Method";
    Basis => "Grundlage", "Basis";
    TopDown => "top-down", "top-down";
    BottomUp => "bottom-up", "bottom-up";
    Agreed => "Vereinbart", "Agreed";
    AgreedEuros => "Vereinbart: Euro", "Agreed: euros";
    AgreedUnits => "Vereinbart: Stück", "Agreed: units";
    Spread => "Spreizung", "Spread";
    Sentence => "Der Satz", "The sentence";
    WhoPays => "Wer zahlt", "Who pays";
    ForWhat => "Wofür", "For what";
    RevenueDriver => "Umsatztreiber", "Revenue driver";
    CostDriver => "Kostentreiber", "Cost driver";
    Words => "Wörter", "words";
    Goals => "Ziele", "Goals";
    Statement => "Ziel", "Goal";
    Metric => "Kennzahl", "Metric";
    Baseline => "Ausgangswert", "Baseline";
    Target => "Zielwert", "Target";
    Unit => "Einheit", "Unit";
    Horizon => "Termin", "Horizon";
    Owner => "Verantwortlich", "Owner";
    Contributors => "Beitragende", "Contributors";
    BudgetShare => "Budgetanteil", "Budget share";
    Budget => "Gemeinsames Budget", "Common budget";
    BudgetRemaining => "Rest", "Remaining";
    Conflicts => "Zielkonflikte", "Conflicts between goals";
    Agreements => "Vereinbarungen", "Agreements";
    Provider => "Liefernd", "Provider";
    Receiver => "Empfangend", "Receiver";
    Deliverable => "Was", "What";
    Quantity => "Menge", "Quantity";
    Quality => "Qualität", "Quality";
    Time => "Zeit", "Time";
    Channel => "Kanal", "Channel";
    ProviderOwner => "Verantwortlich liefernd", "Provider's owner";
    ReceiverOwner => "Verantwortlich empfangend", "Receiver's owner";
    WhenMissed => "Wenn verfehlt", "When missed";
    Review => "Überprüfung", "Review";
    AcceptedByProvider => "Angenommen (liefernd)", "Accepted (provider)";
    AcceptedByReceiver => "Angenommen (empfangend)", "Accepted (receiver)";
    Accepted => "Angenommen", "Accepted";
    Complete => "vollständig", "complete";
    Incomplete => "unvollständig", "incomplete";
    Yes => "ja", "yes";
    No => "nein", "no";
    Title => "Titel", "Title";
    Path => "Datei", "File";
    Steps => "Schritte", "Steps";
    Step => "Schritt", "Step";
    Languages => "Sprachen", "Languages";
    Minutes => "Min.", "min";
    NoSessions => "Noch keine Sitzungen. Anlegen mit: seam new --title \"Q3 Kick-off\"", "No sessions yet. Create one with: seam new --title \"Q3 Kick-off\"";
    Valid => "in Ordnung", "valid";
    Warning => "Hinweis", "warning";
    KeyQuit => "beenden", "quit";
    KeyHelp => "Hilfe", "help";
    KeyNextStep => "nächster Schritt", "next step";
    KeyPrevStep => "voriger Schritt", "previous step";
    KeyNextField => "nächstes Feld", "next field";
    KeyPrevField => "voriges Feld", "previous field";
    KeyUp => "hoch", "up";
    KeyDown => "runter", "down";
    KeyEdit => "bearbeiten", "edit";
    KeyOpen => "öffnen", "open";
    KeyBack => "zurück", "back";
    KeyAdd => "hinzufügen", "add";
    KeyDelete => "löschen", "delete";
    KeyUndo => "rückgängig", "undo";
    KeyMoveUp => "Zeile nach oben", "move row up";
    KeyMoveDown => "Zeile nach unten", "move row down";
    KeySidebar => "Agenda ein/aus", "agenda on/off";
    KeyParking => "Themenspeicher", "parking lot";
    KeyParticipants => "Teilnehmende", "participants";
    KeyLanguage => "Sprache", "language";
    KeyToggle => "umschalten", "toggle";
    KeyConflict => "Zielkonflikt", "mark conflict";
    KeyHide => "Schätzungen verdecken/aufdecken", "hide/reveal estimates";
    KeyTimerPlus => "+5 Min.", "+5 min";
    KeyTimerMinus => "−5 Min.", "−5 min";
    KeyExport => "Handout schreiben", "write handout";
    KeyDone => "fertig", "done";
    KeyScroll => "blättern", "scroll";
    KeyClose => "schließen", "close";
    KeyNew => "neue Sitzung", "new session";
    KeyCreate => "anlegen", "create";
    KeyCancel => "abbrechen", "cancel";
    KeyChoose => "wählen", "choose";
    HelpTitle => "Tasten", "Keys";
    HelpClose => "Eine beliebige Taste schließt die Hilfe.", "Any key closes this help.";
    ScopeEverywhere => "Überall", "Everywhere";
    ScopeSession => "Im Schritt", "In a step";
    ScopeTable => "In einer Tabelle", "In a table";
    ScopeDetail => "In einer Zeile", "In a row";
    ScopeEditing => "Beim Tippen", "While typing";
    ScopeStart => "Startseite", "Start screen";
    ScopeList => "Themenspeicher und Teilnehmende", "Parking lot and participants";
    ScopePicking => "Zielkonflikt wählen", "Choosing a conflict";
    Saved => "gespeichert", "saved";
    Saving => "speichert …", "saving …";
    SaveFailed => "NICHT gespeichert", "NOT saved";
    ReadOnly => "nur lesen", "read-only";
    TimeLeft => "übrig", "left";
    TimeOver => "drüber", "over";
    TooSmall => "Bitte das Fenster vergrößern", "Please enlarge the window";
    Need => "nötig", "need";
    Have => "vorhanden", "have";
    Agenda => "Agenda", "Agenda";
    Empty => "(leer)", "(empty)";
    EstimatesHidden => "Schätzungen verdeckt – h deckt alle gleichzeitig auf", "Estimates hidden – h reveals all at once";
    NoRows => "Noch keine Einträge – a fügt einen hinzu.", "Nothing here yet – a adds an entry.";
    Understood => "verstanden als", "understood as";
    AllChecksPass => "Alle Prüfungen bestanden.", "All checks pass.";
    RecentSessions => "Letzte Sitzungen", "Recent sessions";
    NewSession => "Neue Sitzung", "New session";
    Language => "Sprache", "Language";
    ParticipantsHint => "Name:Abteilung, getrennt durch ;", "Name:Department, separated by ;";
    Create => "Anlegen", "Create";
    Deleted => "Gelöscht – u macht es rückgängig.", "Deleted – u undoes it.";
    NothingToUndo => "Nichts rückgängig zu machen.", "Nothing to undo.";
    Undone => "Rückgängig gemacht.", "Undone.";
    ReadOnlyRefused => "Nur lesen: Änderungen sind abgeschaltet.", "Read-only: changes are switched off.";
    PickConflict => "Mit welchem Ziel im Konflikt? ↑↓ wählen, Enter bestätigen", "Conflicts with which goal? ↑↓ to choose, Enter to confirm";
    ConflictNeedsTwo => "Für einen Zielkonflikt braucht es zwei Ziele.", "A conflict needs two goals.";
    HandoutWritten => "Handout geschrieben", "Handout written";
    PasteHint => "Zum Einfügen zuerst ein Feld mit Enter öffnen.", "To paste, first open a field with Enter.";
    QuitUnsaved => "Speichern fehlgeschlagen. q noch einmal beendet trotzdem (Rettungskopie wird geschrieben).", "Saving failed. Press q again to quit anyway (a rescue copy is written).";
    NoSessionsShort => "Noch keine Sitzungen – n legt eine an.", "No sessions yet – n creates one.";
    MoreChecks => "weitere Hinweise (alle im Handout)", "more checks (all in the handout)";
}

pub fn exercise(language: Language, kind: ExerciseKind) -> &'static str {
    match (language, kind) {
        (Language::De, ExerciseKind::Market) => "Markt",
        (Language::En, ExerciseKind::Market) => "Market",
        (Language::De, ExerciseKind::BusinessModel) => "Geschäftsmodell",
        (Language::En, ExerciseKind::BusinessModel) => "Business model",
        (Language::De, ExerciseKind::SharedGoals) => "Gemeinsame Ziele",
        (Language::En, ExerciseKind::SharedGoals) => "Shared goals",
        (Language::De, ExerciseKind::Agreements) => "Vereinbarungen",
        (Language::En, ExerciseKind::Agreements) => "Agreements",
    }
}

pub fn method(language: Language, method: Method) -> &'static str {
    match method {
        Method::TopDown => t(language, Label::TopDown),
        Method::BottomUp => t(language, Label::BottomUp),
    }
}

pub fn yes_no(language: Language, value: bool) -> &'static str {
    t(language, if value { Label::Yes } else { Label::No })
}

fn essential(language: Language, part: Essential) -> &'static str {
    match part {
        Essential::Quantity => t(language, Label::Quantity),
        Essential::Quality => t(language, Label::Quality),
        Essential::Time => t(language, Label::Time),
    }
}

/// A finding as a sentence with its reason.
pub fn finding(language: Language, finding: &Finding) -> String {
    use Finding as F;
    let de = language == Language::De;
    let ratio = |r| format_ratio(r, language);
    match finding {
        F::MarketUndefined => pick(
            de,
            "Der Markt ist noch nicht in Worten abgegrenzt.",
            "The market is not yet defined in words.",
        ),
        F::EstimateWithoutEuros { number } => {
            if de {
                format!("Schätzung {number} hat keinen Wert in Euro.")
            } else {
                format!("Estimate {number} has no figure in euros.")
            }
        }
        F::EstimateWithoutUnits { number } => {
            if de {
                format!("Schätzung {number} hat keine Stückzahl.")
            } else {
                format!("Estimate {number} has no figure in units.")
            }
        }
        F::EuroEstimatesFarApart { spread } => {
            if de {
                format!(
                    "Die Euro-Schätzungen liegen um Faktor {} auseinander (mehr als 2): Annahmen besprechen.",
                    ratio(*spread)
                )
            } else {
                format!(
                    "The euro estimates differ by a factor of {} (more than 2): discuss the assumptions.",
                    ratio(*spread)
                )
            }
        }
        F::UnitEstimatesFarApart { spread } => {
            if de {
                format!(
                    "Die Stück-Schätzungen liegen um Faktor {} auseinander (mehr als 2): Annahmen besprechen.",
                    ratio(*spread)
                )
            } else {
                format!(
                    "The unit estimates differ by a factor of {} (more than 2): discuss the assumptions.",
                    ratio(*spread)
                )
            }
        }
        F::NothingAgreed => pick(
            de,
            "Es gibt Schätzungen, aber noch keine vereinbarte Zahl.",
            "There are estimates but no agreed figure yet.",
        ),
        F::AgreedIncomplete => pick(
            de,
            "Die vereinbarte Zahl braucht Euro und Stück.",
            "The agreed figure needs both euros and units.",
        ),
        F::AgreedPriceOutsideRange { price, low, high } => {
            if de {
                format!(
                    "Der vereinbarte Durchschnittspreis {} liegt außerhalb der Schätzungen ({} bis {}).",
                    price.full(language),
                    low.full(language),
                    high.full(language)
                )
            } else {
                format!(
                    "The agreed average price {} lies outside the estimates' range ({} to {}).",
                    price.full(language),
                    low.full(language),
                    high.full(language)
                )
            }
        }
        F::SentenceMissing => pick(
            de,
            "Der eine Satz fehlt noch.",
            "The one sentence is still missing.",
        ),
        F::MoreThanOneSentence { sentences } => {
            if de {
                format!("Das sind {sentences} Sätze; gefragt ist einer.")
            } else {
                format!("That is {sentences} sentences; one is asked for.")
            }
        }
        F::SentenceTooLong { words } => {
            if de {
                format!("{words} Wörter; höchstens 30 halten den Satz greifbar.")
            } else {
                format!("{words} words; at most 30 keep the sentence graspable.")
            }
        }
        F::RevenueDriverMissing => pick(
            de,
            "Der Umsatztreiber ist nicht benannt.",
            "The revenue driver is not named.",
        ),
        F::CostDriverMissing => pick(
            de,
            "Der Kostentreiber ist nicht benannt.",
            "The cost driver is not named.",
        ),
        F::GoalWithoutTarget { number } => {
            if de {
                format!("Ziel {number} hat keine Kennzahl oder keinen Zielwert.")
            } else {
                format!("Goal {number} has no metric or no target.")
            }
        }
        F::TargetEqualsBaseline { number } => {
            if de {
                format!("Ziel {number}: Zielwert gleich Ausgangswert – was soll sich ändern?")
            } else {
                format!("Goal {number}: the target equals the baseline – what is to change?")
            }
        }
        F::GoalWithoutHorizon { number } => {
            if de {
                format!("Ziel {number} hat keinen Termin.")
            } else {
                format!("Goal {number} has no date.")
            }
        }
        F::GoalOfOneDepartment { number } => {
            if de {
                format!(
                    "Ziel {number} hat nur eine Abteilung; ein gemeinsames Ziel braucht mindestens zwei."
                )
            } else {
                format!("Goal {number} has only one department; a shared goal needs at least two.")
            }
        }
        F::BudgetOverAllocated { percent } => {
            if de {
                format!(
                    "Die Budgetanteile ergeben {} % – mehr als 100 %.",
                    format_number(*percent, language)
                )
            } else {
                format!(
                    "The budget shares add up to {} % – more than 100 %.",
                    format_number(*percent, language)
                )
            }
        }
        F::ConflictWithUnknownGoal { id } => {
            if de {
                format!("Ein Zielkonflikt nennt Ziel-ID {id}, die es nicht gibt.")
            } else {
                format!("A conflict names goal id {id}, which does not exist.")
            }
        }
        F::AgreementIncomplete { number, missing } => {
            let parts: Vec<&str> = missing.iter().map(|p| essential(language, *p)).collect();
            if de {
                format!(
                    "Vereinbarung {number} ist unvollständig: es fehlt {}.",
                    parts.join(", ")
                )
            } else {
                format!(
                    "Agreement {number} is incomplete: missing {}.",
                    parts.join(", ").to_lowercase()
                )
            }
        }
        F::AgreementWithoutTeams { number } => {
            if de {
                format!("Vereinbarung {number}: liefernde und empfangende Seite benennen.")
            } else {
                format!("Agreement {number}: name the providing and the receiving team.")
            }
        }
        F::AgreementNotAccepted { number } => {
            if de {
                format!("Vereinbarung {number} ist noch nicht von beiden Seiten angenommen.")
            } else {
                format!("Agreement {number} is not yet accepted by both sides.")
            }
        }
    }
}

fn pick(de: bool, german: &str, english: &str) -> String {
    if de { german } else { english }.to_owned()
}

/// Why a typed number was not understood, and what to type instead.
pub fn number_error(language: Language, error: &NumberError) -> String {
    use NumberError as E;
    let de = language == Language::De;
    match error {
        E::Empty => pick(de, "Bitte eine Zahl eingeben.", "Please type a number."),
        E::Negative => pick(
            de,
            "Negative Werte sind nicht erlaubt.",
            "Negative amounts are not allowed.",
        ),
        E::TooLarge => pick(de, "Zu groß – Tippfehler?", "Too large – a typo?"),
        E::TooPrecise => pick(
            de,
            "Höchstens zwei Nachkommastellen (Cent).",
            "At most two decimal places (cents).",
        ),
        E::NotWhole => pick(
            de,
            "Stückzahlen sind ganze Zahlen.",
            "Units are whole numbers.",
        ),
        E::Unexpected(c) => {
            if de {
                format!(
                    "Unerwartetes Zeichen „{}“.",
                    crate::text::one_line(&c.to_string())
                )
            } else {
                format!(
                    "Unexpected character '{}'.",
                    crate::text::one_line(&c.to_string())
                )
            }
        }
        E::NoDigits => pick(de, "Keine Ziffern gefunden.", "No digits found."),
        E::TwoDecimalSeparators => {
            if de {
                "Mehr als ein Dezimalkomma.".to_owned()
            } else {
                "More than one decimal point.".to_owned()
            }
        }
        E::Ambiguous {
            as_decimal,
            as_thousands,
        } => {
            if de {
                format!("Mehrdeutig: meinten Sie {as_decimal} oder {as_thousands}?")
            } else {
                format!("Ambiguous: did you mean {as_decimal} or {as_thousands}?")
            }
        }
        E::BadGrouping => pick(
            de,
            "Tausendergruppen haben drei Ziffern (1.234.567,89).",
            "Digit groups have three digits (1,234,567.89).",
        ),
    }
}

pub fn template_problem(language: Language, problem: &TemplateProblem) -> String {
    use TemplateProblem as P;
    let de = language == Language::De;
    match problem {
        P::BadId { id } => {
            if de {
                format!(
                    "Die ID „{}“ darf nur a–z, 0–9, - und _ enthalten (höchstens 40 Zeichen).",
                    crate::text::one_line(id)
                )
            } else {
                format!(
                    "The id \"{}\" may only hold a-z, 0-9, - and _ (at most 40 characters).",
                    crate::text::one_line(id)
                )
            }
        }
        P::NoSteps => pick(
            de,
            "Die Vorlage hat keine Schritte.",
            "The template has no steps.",
        ),
        P::StepWithoutTitle { number } => {
            if de {
                format!("Schritt {number} hat keinen Titel.")
            } else {
                format!("Step {number} has no title.")
            }
        }
        P::StepWithoutQuestion { number } => {
            if de {
                format!("Schritt {number} hat keine Leitfrage.")
            } else {
                format!("Step {number} has no guiding question.")
            }
        }
        P::BadTimebox { number, minutes } => {
            if de {
                format!("Schritt {number}: Zeitrahmen {minutes} Minuten; erlaubt sind 1 bis 480.")
            } else {
                format!("Step {number}: timebox of {minutes} minutes; 1 to 480 are allowed.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ambiguity_message_offers_both_readings() {
        let error = crate::model::Euros::parse("1.2", Language::De).expect_err("ambiguous");
        assert_eq!(
            number_error(Language::De, &error),
            "Mehrdeutig: meinten Sie 1,2 oder 1.200?"
        );
    }

    #[test]
    fn incomplete_agreements_name_what_is_missing() {
        let f = Finding::AgreementIncomplete {
            number: 2,
            missing: vec![Essential::Quantity, Essential::Time],
        };
        assert_eq!(
            finding(Language::De, &f),
            "Vereinbarung 2 ist unvollständig: es fehlt Menge, Zeit."
        );
        assert_eq!(
            finding(Language::En, &f),
            "Agreement 2 is incomplete: missing quantity, time."
        );
    }
}
