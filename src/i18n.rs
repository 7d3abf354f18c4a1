//! Every word seam shows, in German and English. The table is a macro so that a label
//! without both languages does not compile.

use crate::model::{Language, NumberError};

/// A piece of text in both languages, for the words an exercise kind keeps beside its
/// code. The type needs both, so a missing translation does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Words {
    pub de: &'static str,
    pub en: &'static str,
}

impl Words {
    pub const fn new(de: &'static str, en: &'static str) -> Words {
        Words { de, en }
    }

    pub fn get(self, language: Language) -> &'static str {
        match language {
            Language::De => self.de,
            Language::En => self.en,
        }
    }
}

/// A step of the scale of working together, in words.
pub fn closeness(l: Language, closeness: crate::model::Closeness) -> &'static str {
    use crate::model::Closeness as C;
    let label = match closeness {
        C::Against => Label::ScaleAgainst,
        C::SideBySide => Label::ScaleSideBySide,
        C::With => Label::ScaleWith,
        C::ForEachOther => Label::ScaleForEachOther,
    };
    t(l, label)
}

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
    KeyRound => "verdeckte Runde", "blind round";
    KeyNewFollowUp => "Nachtreffen dazu", "follow-up of it";
    KeyBlank => "Wand leer / wieder zeigen", "blank the wall / show it again";
    KeyUnblank => "Wand wieder zeigen", "show the wall again";
    KeyClean => "Wand ohne Tastenhinweise und Moderationshinweise", "wall without key and facilitator hints";
    KeyHoldBack => "Antwort Nr. zurückhalten (beim Hineinschauen, vor dem Aufdecken)", "hold back answer no. (while peeking, before the reveal)";
    PresenterHoldHint => "  1–9 hält die Antwort mit dieser Nummer vom Aufdecken zurück (noch einmal: gibt sie frei)", "  1–9 holds back the answer with that number from the reveal (again: lets it through)";
    RoomUnreached => "⚠ Seit 1 Minute kein Telefon: Netz prüfen", "⚠ No phone for a minute: check the network";
    RoomTryNetwork => "Telefone erreichen diesen Laptop vielleicht nicht. Selbes WLAN? Gäste-WLANs trennen Geräte: den Hotspot des Laptops oder eines Telefons nehmen.", "Phones may not reach this laptop. Same Wi-Fi? Guest Wi-Fi keeps devices apart: use the laptop's or a phone's hotspot.";
    RoomTryPhone => "Android: im WLAN ohne Internet bleiben (mobile Daten aus); iPhone: „Verbunden bleiben“.", "Android: stay on the Wi-Fi without internet (mobile data off); iPhone: “Keep trying Wi-Fi”.";
    KeyOtherNetwork => "anderes Netz", "other network";
    RoomOnlyNetwork => "Nur dieses eine Netz: für ein anderes zuerst mit dem WLAN verbinden oder einen Hotspot einschalten.", "Only this one network: join another Wi-Fi or switch a hotspot on first.";
    RoomFirewallWindows => "Fragt die Windows Defender Firewall, ob seam kommunizieren darf: „Private Netzwerke“ UND „Öffentliche Netzwerke“ ankreuzen (ein Hotspot ist oft öffentlich), dann „Zugriff zulassen“. Ohne Administratorrechte die IT um die Regel aus dem README bitten.", "If Windows Defender Firewall asks whether seam may communicate: tick Private AND Public networks (a hotspot is often Public), then Allow access. Without admin rights, ask IT for the rule in the README.";
    RoomFirewallWindowsLine => "Firewall fragt? „Private“ UND „Öffentliche Netzwerke“, dann „Zugriff zulassen“.", "Firewall asks? Tick Private AND Public networks, then Allow access.";
    RoomFirewallMacLine => "macOS fragt nach eingehenden Verbindungen für seam: „Erlauben“.", "macOS asks about incoming connections for seam: Allow.";
    RoomFirewallMac => "Fragt macOS, ob das Programm „seam“ eingehende Netzwerkverbindungen akzeptieren soll: „Erlauben“.", "If macOS asks ‘Do you want the application “seam” to accept incoming network connections?’: Allow.";
    HeldBackMark => "zurückgehalten", "held back";
    KeyPeekPresenter => "Antworten kurz zeigen (nur hier)", "peek at the answers (here only)";
    KeyPresenterQuit => "Präsenter beenden (die Wand läuft weiter)", "end the presenter (the wall goes on)";
    ScopeBlank => "Wand leer", "Wall blank";
    ScopePresenter => "Präsenter", "Presenter";
    RemoteWaits => "Präsenter: erst die Eingabe an der Wand beenden.", "Presenter: finish the typing on the wall first.";
    AgendaEnd => "Letzter Schritt – Strg-X: Handout; Nachtreffen: seam new --follow-up DATEI", "The last step – Ctrl-X: handout; a follow-up: seam new --follow-up FILE";
    PresenterAttached => "Präsenter verbunden: Wand ohne Hinweise (umschalten: F10 hier, c am Präsenter).", "Presenter attached: wall without hints (switch: F10 here, c on the presenter).";
    WallClosed => "Die Wand wurde beendet – der Präsenter endet auch.", "The wall has closed – the presenter ends too.";
    NoWall => "Keine Wand läuft. Erst die Sitzung öffnen (seam open SITZUNG oder seam demo), dann in einem zweiten Terminal: seam presenter", "No wall is running. Open the session first (seam open SESSION or seam demo), then in a second terminal: seam presenter";
    NoWallFor => "Kein seam hat diese Sitzung offen. Erst die Wand starten –", "No seam has this session open. Start the wall first –";
    SeveralWalls => "Mehrere Wände laufen; welche?", "Several walls are running; which one?";
    PresenterTitle => "Präsenter", "Presenter";
    PresenterWaiting => "Warte auf die Wand …", "Waiting for the wall …";
    PresenterHints => "Hinweise", "Hints";
    PresenterNext => "Als Nächstes", "Next";
    PresenterLeft => "übrig in diesem Schritt", "left in this step";
    PresenterOver => "über der Zeit", "over time";
    PresenterOf => "von", "of";
    PresenterAgenda => "Agenda", "Agenda";
    PresenterEnd => "Ende bei diesem Tempo", "End at this pace";
    PresenterWall => "Wand", "Wall";
    PresenterWallPresenting => "Präsentation", "presenting";
    PresenterWallBlank => "leer", "blank";
    PresenterWallClean => "ohne Hinweise", "clean";
    PresenterWallNormal => "normal", "as usual";
    PresenterWaitingFor => "noch offen", "still to answer";
    PresenterPeekHint => "k zeigt die Antworten hier (nicht an der Wand)", "k shows the answers here (not on the wall)";
    PresenterRevealAsk => "Aufdecken? Noch einmal r.", "Reveal? Press r again.";
    PresenterNoRound => "Keine Runde in diesem Schritt.", "No round in this step.";
    FacilitatorNotes => "Moderationsnotizen", "Facilitator notes";
    KeyNotes => "eigene Notizen", "own notes";
    RoomWhoAreYou => "Wer sind Sie?", "Who are you?";
    RoomNew => "Neu hier?", "New here?";
    RoomName => "Name", "Name";
    RoomDepartment => "Abteilung", "Department";
    RoomJoin => "Mitmachen", "Join";
    RoomYouAre => "Sie sind", "You are";
    RoomNoRound => "Gerade ist keine Frage offen. Diese Seite zeigt die nächste, sobald sie gestellt ist.", "No question is open right now. This page shows the next one as soon as it is asked.";
    RoomAnswered => "Ihre Antwort ist angekommen. Sie können sie bis zum Aufdecken ändern.", "Your answer is in. You can change it until the reveal.";
    RoomSend => "Antwort senden", "Send answer";
    RoomStale => "Diese Frage ist nicht mehr offen – hier ist die aktuelle.", "That question is no longer open – here is the current one.";
    RoomTaken => "Dieser Name antwortet schon von einem anderen Telefon aus.", "This name is already answering from another phone.";
    RoomNamesake => "Jemand mit diesem Namen ist schon dabei: oben den eigenen Namen wählen oder sich durch die Abteilung unterscheiden.", "Somebody of this name is here already: pick your name above, or tell yourselves apart by department.";
    RoomNoName => "Bitte einen Namen angeben.", "Please give a name.";
    RoomBusy => "Die Wand antwortet gerade nicht – bitte noch einmal senden.", "The wall did not answer – please send again.";
    RoomTitle => "Raum für Telefone", "Room for phones";
    RoomOpenAt => "Mit dem Telefon mitmachen:", "Join from your phone:";
    RoomCode => "Code zum Vorlesen", "Code to read aloud";
    RoomPhones => "Telefone verbunden", "phones joined";
    RoomNoNetwork => "Kein Netzwerk gefunden – der Raum kann nicht geöffnet werden. WLAN verbinden und Strg-W noch einmal drücken.", "No network found – the room cannot open. Connect to the Wi-Fi and press Ctrl-W again.";
    RoomPhoneClosed => "Der Raum ist geschlossen – diese Seite bekommt nichts mehr.", "The room is closed – this page gets nothing any more.";
    RoomPhoneLost => "Keine Verbindung zur Wand – sie wird wieder aufgenommen, sobald es geht.", "No connection to the wall – it is taken up again as soon as it can be.";
    RoomClosedNow => "Raum geschlossen – die Telefone bekommen nichts mehr.", "Room closed – the phones get nothing any more.";
    KeyRoom => "Raum für Telefone (QR-Code)", "room for phones (QR code)";
    KeyReleasePhone => "von einem anderen Telefon aus antworten lassen", "let answer from another phone";
    ScopePhones => "Telefone", "Phones";
    RoomOnPhone => "am Telefon", "on a phone";
    PhoneReleased => "neues Telefon erlaubt, das alte ist abgemeldet.", "a new phone may join; the old one is signed off.";
    KeyRoomClose => "Raum schließen", "close the room";
    ScopeRoom => "Raum für Telefone", "Room for phones";
    KeyTask => "daraus einen nächsten Schritt machen", "make it a next step";
    NoTaskStep => "Diese Sitzung hat keinen Schritt „Nächste Schritte“.", "This session has no “Next steps” step.";
    TaskMade => "Nächster Schritt angelegt – wer und bis wann? Esc führt zurück.", "Next step made – who, and by when? Esc goes back.";
    KeyNewRound => "neue Runde", "new round";
    KeyVoteParking => "Punktabfrage über den Themenspeicher", "dot vote on the parking lot";
    KeyAnswer => "Antwort geben", "give an answer";
    KeyReveal => "aufdecken", "reveal";
    KeyReopen => "Runde wieder öffnen", "re-open the round";
    KeyMoreDots => "mehr Punkte je Person", "more dots per person";
    KeyFewerDots => "weniger Punkte je Person", "fewer dots per person";
    KeyStacking => "mehrere Punkte auf ein Thema: ja/nein", "several dots on one item: yes/no";
    KeyRoundClose => "zur Übung", "back to the exercise";
    KeyAnswerNext => "weiter/speichern", "next/store";
    KeyAnswerDrop => "verwerfen", "drop";
    KeyAnswerStore => "speichern und schließen", "store and close";
    KeyDiscardRound => "Runde ohne Antworten zurücknehmen", "take back a round nobody answered";
    KeyPalette => "alle Befehle", "all commands";
    KeyRun => "ausführen", "run";
    PaletteTitle => "Befehle", "Commands";
    PaletteSearch => "Suchen", "Search";
    PaletteNone => "Kein Befehl passt.", "No command matches.";
    TypeNowhere => "Buchstaben tippen hier nichts – Strg-K zeigt alle Befehle.", "Letters type nothing here – Ctrl-K shows all commands.";
    TypeOnSwitch => "Ein Schalter: Leertaste schaltet um.", "A switch: Space switches it.";
    TypeNoRow => "Noch keine Zeile zum Tippen – Einfg (oder Strg-A) legt eine an.", "No row to type into yet – Ins (or Ctrl-A) adds one.";
    TypeRoundRevealed => "Die Runde ist aufgedeckt – hier wird nichts mehr getippt. Esc führt zur Übung.", "The round is revealed – nothing is typed here any more. Esc goes to the exercise.";
    RoundSealed => "Schon geantwortet, vor einem Neustart von seam: eine anonyme Antwort lässt sich danach nicht mehr ändern, weil nirgends steht, welche es war.", "Already answered, before seam restarted: an anonymous answer cannot be changed after that, because nothing records which one it was.";
    RoundNotAsked => "Diese Runde fragt die anderen Abteilungen über die eigene.", "This round asks the other departments about this one.";
    RoundNotAskedMark => "nicht gefragt – die Runde ist über die eigene Abteilung", "not asked – the round is about their own department";
    RoundSealedNote => "anonyme Antworten von vor einem Neustart – sie zählen; wer sie gab, steht nirgends, ändern lässt sich keine: bitte nur antworten, wer noch nicht geantwortet hat", "anonymous answers from before a restart – they count; who gave them is kept nowhere and none can be changed: please answer only if you have not yet";
    RoundMissing => "haben noch nicht geantwortet", "have not answered yet";
    RoundMissingOne => "hat noch nicht geantwortet", "has not answered yet";
    RoundDiscarded => "Runde zurückgenommen – Strg-Z holt sie wieder.", "Round taken back – Ctrl-Z brings it back.";
    RoundHasAnswers => "Die Runde hat schon Antworten – Strg-R deckt sie auf.", "The round has answers already – Ctrl-R reveals them.";
    RoundShownElsewhere => "Diese Runde ist noch offen – Entf nimmt sie zurück, solange niemand geantwortet hat.", "This round is still open – Del takes it back while nobody has answered.";
    AnswerKept => "Antwort gespeichert, bevor seam endet", "answer stored before seam ends";
    ValueBlocks => "Tab geht weiter, sobald der Wert lesbar oder leer ist (Strg-U leert).", "Tab moves on once the value reads or is empty (Ctrl-U clears).";
    KeyPeek => "zeigen/verbergen", "show/hide";
    ScopeRound => "In einer Runde", "In a round";
    ScopeRoundRevealed => "Nach dem Aufdecken", "After the reveal";
    ScopeAnswer => "Beim verdeckten Antworten", "Answering blind";
    RoundTitle => "Runde", "Round";
    RoundOpen => "offen", "open";
    RoundRevealed => "aufgedeckt", "revealed";
    RoundReopened => "wieder geöffnet", "re-opened";
    RoundAnswered => "haben geantwortet", "have answered";
    RoundAnswers => "Antworten", "answers";
    RoundOf => "von", "of";
    RoundBlind => "Verdeckt bis zum Aufdecken: hier steht nur, wer geantwortet hat.", "Hidden until the reveal: only who has answered shows here.";
    RoundNoParticipants => "Noch keine Teilnehmenden – Strg-G öffnet die Liste.", "No participants yet – Ctrl-G opens the list.";
    RoundAnswering => "antwortet – verdeckt", "is answering – hidden";
    RoundPeekHint => "Die Nummern tippen, je Punkt eine, mit Leerzeichen dazwischen; Strg-P zeigt Ihnen Ihre Antwort, noch einmal verbirgt sie.", "Type the numbers, one per dot, with spaces between; Ctrl-P shows you your answer, again hides it.";
    RoundPeekHintScale => "Die Nummer der Stufe tippen; Strg-P zeigt Ihnen Ihre Antwort, noch einmal verbirgt sie.", "Type the step's number; Ctrl-P shows you your answer, again hides it.";
    RoundPeekHintPlain => "Strg-P zeigt Ihnen Ihre Antwort, noch einmal verbirgt sie.", "Ctrl-P shows you your answer, again hides it.";
    RoundStored => "Antwort gespeichert (verdeckt)", "Answer stored (hidden)";
    RoundDropped => "Antwort verworfen – nichts gespeichert.", "Answer dropped – nothing stored.";
    RoundClosed => "Die Runde ist aufgedeckt – Strg-E öffnet sie wieder, Strg-O stellt eine neue.", "The round is revealed – Ctrl-E re-opens it, Ctrl-O asks a new one.";
    RoundEmptyAnswer => "Nichts angegeben – nichts gespeichert.", "Nothing given – nothing stored.";
    RoundTooManyDots => "Mehr Punkte als erlaubt.", "More dots than allowed.";
    RoundNoSuchItem => "Diese Nummer gibt es nicht.", "There is no such number.";
    RoundNotOnScale => "Eine Zahl von 1 bis 4 (auch als Wort: eins, zwei, drei, vier).", "A number from 1 to 4 (or the word: one, two, three, four).";
    RoundNothingToReveal => "Noch keine Antwort – nichts aufzudecken.", "No answer yet – nothing to reveal.";
    RoundOpenElsewhere => "Eine Runde ist noch offen in Schritt", "A round is still open in step";
    RoundUndoStops => "Aufdecken lässt sich nicht rückgängig machen – Strg-E öffnet die Runde wieder.", "A reveal cannot be undone – Ctrl-E re-opens the round.";
    RoundAgain => "Strg-O noch einmal: neue Runde", "Ctrl-O again: a new round";
    RoundDotsOnlyBefore => "Punkte und Regeln nur vor der ersten Stimme.", "Dots and rules only before the first vote.";
    RoundDotsEach => "Punkte je Person", "dots per person";
    RoundStackYes => "mehrere auf ein Thema erlaubt", "several on one item allowed";
    RoundStackNo => "höchstens einer je Thema", "at most one per item";
    RoundTaken => "In die Übung übernommen – Esc zeigt sie.", "Taken into the exercise – Esc shows it.";
    RoundMedian => "Median", "median";
    RoundMin => "min", "min";
    RoundMax => "max", "max";
    RoundFactor => "Faktor", "factor";
    RoundNoList => "Die Liste ist leer – erst Einträge, dann die Abfrage.", "The list is empty – items first, then the vote.";
    AskAmount => "Euro und Stück", "euros and units";
    AskDots => "Punktabfrage", "dot vote";
    AskScale => "Skala: gegeneinander → füreinander", "scale: against → for each other";
    AskText => "ein paar Worte", "a few words";
    ScaleAgainst => "gegeneinander", "against each other";
    ScaleSideBySide => "nebeneinander", "side by side";
    ScaleWith => "miteinander", "with each other";
    ScaleForEachOther => "füreinander", "for each other";
    VoteParkingQuestion => "Welche Themen aus dem Themenspeicher zuerst?", "Which parking-lot topics first?";
    RoundNotRevealed => "nicht aufgedeckt", "not revealed";
    RoundDots => "Punkte", "Dots";
    RoundStep => "Stufe", "Step";
    RoundAnonymous => "anonym", "anonymous";
    RoundWhenAll => "deckt auf, sobald alle geantwortet haben", "revealed as soon as all have answered";
    KeyAnonymous => "anonym / mit Namen (vor der ersten Antwort; anonym mit weniger als 3 Antworten: mit Namen neu fragen)", "anonymous / with names (before the first answer; anonymous with fewer than 3 answers: ask again with names)";
    RoundTooFew => "Anonym wird erst ab 3 Antworten aufgedeckt: bei einer oder zwei wüsste jeder, wessen sie sind.", "An anonymous round is revealed only with at least 3 answers: with one or two, everybody would know whose they are.";
    RoundTooFewWhatToDo => "Warten, bis mehr geantwortet haben – oder, wenn alle einverstanden sind, Strg-A: mit Namen neu fragen (die anonymen Antworten werden verworfen).", "Wait until more have answered – or, if everybody agrees, Ctrl-A: ask again with names (the anonymous answers are dropped).";
    AskByNameConfirm => "Mit Namen neu fragen? Die anonymen Antworten werden verworfen, alle antworten neu – nur, wenn alle einverstanden sind. Noch einmal Strg-A.", "Ask again with names? The anonymous answers are dropped, everybody answers again – only if everybody agrees. Press Ctrl-A again.";
    AskedByName => "Mit Namen neu gefragt: die anonymen Antworten sind verworfen, alle antworten neu.", "Asked again with names: the anonymous answers are dropped, everybody answers again.";
    RoomTooFew => "Anonym: aufgedeckt wird erst, wenn mindestens 3 geantwortet haben – bei weniger wüsste jeder, wessen Antwort es ist. Bis dahin wartet die Runde, oder sie wird, wenn alle einverstanden sind, mit Namen neu gefragt.", "Anonymous: revealed only once at least 3 have answered – with fewer, everybody would know whose an answer is. Until then the round waits, or, if everybody agrees, it is asked again with names.";
    PresenterAnonymousList => "Anonym: nach Wert geordnet, ohne Namen; die Liste geht erst weiter, wenn 3 Antworten neu oder geändert sind.", "Anonymous: ordered by value, without names; the list moves on only once 3 answers are new or changed.";
    PresenterUnscreened => "neu oder geändert – hier zu sehen, sobald es 3 sind", "new or changed – shown here once there are 3";
    KeyWhenAll => "aufdecken, sobald alle geantwortet haben: ja/nein", "reveal when all have answered: yes/no";
    RoundWho => "Wer", "Who";
    RoundEuros => "Euro", "Euros";
    RoundUnits => "Stück", "Units";
    RoundPrice => "Preis je Stück", "Price per unit";
    RoundAnswer => "Antwort", "Answer";
    ReopenConfirm => "Runde wieder öffnen? Noch einmal Strg-E.", "Re-open the round? Press Ctrl-E again.";
    KeyTimerPlus => "+5 Min.", "+5 min";
    KeyTimerMinus => "−5 Min.", "−5 min";
    KeyPresent => "Präsentation: nur Frage und Ergebnis", "presentation: question and result only";
    KeyNextItem => "weiter (nächster Punkt, dann Schritt)", "next (item, then step)";
    KeyPrevItem => "zurück", "back";
    KeyPresentEnd => "Präsentation beenden", "end the presentation";
    ScopePresent => "In der Präsentation", "Presenting";
    KeyTheme => "Farben wechseln", "switch colours";
    ThemeTerminal => "Farben: die des Terminals", "Colours: the terminal's own";
    ThemeDark => "Farben: dunkel", "Colours: dark";
    ThemeLight => "Farben: hell", "Colours: light";
    ThemeHighContrast => "Farben: hoher Kontrast", "Colours: high contrast";
    KeyPause => "Zeit anhalten / weiter", "stop / restart the timer";
    KeyBreak => "Pause mit großer Uhr", "break with a big clock";
    KeyBreakEnd => "Pause beenden", "end the break";
    ScopeBreak => "In der Pause", "During a break";
    Paused => "Zeit angehalten – Strg-T lässt sie weiterlaufen.", "Timer stopped – Ctrl-T restarts it.";
    Resumed => "Zeit läuft weiter.", "Timer running again.";
    PausedShort => "angehalten", "stopped";
    ClockReady => "bereit", "ready";
    BreakTitle => "Pause", "Break";
    BreakOver => "Es geht weiter", "Time to continue";
    KeyExport => "Handout schreiben", "write handout";
    KeyDone => "fertig", "done";
    KeyNewLine => "neue Zeile", "new line";
    KeyCancelEdit => "abbrechen: Feld wie vorher", "cancel: field as it was";
    KeyClearLine => "Zeile bis zum Cursor leeren", "clear the line up to the cursor";
    KeyRedo => "wiederherstellen", "redo";
    ScopeChoice => "Auf einem Schalter", "On a switch";
    ScopeParagraph => "Beim Tippen eines Absatzes", "While typing a paragraph";
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
    NoRows => "Noch keine Einträge – Einfg (oder Strg-A) fügt einen hinzu.", "Nothing here yet – Ins (or Ctrl-A) adds an entry.";
    Understood => "verstanden als", "understood as";
    AllChecksPass => "Alle Prüfungen bestanden.", "All checks pass.";
    RecentSessions => "Letzte Sitzungen", "Recent sessions";
    NewSession => "Neue Sitzung", "New session";
    Language => "Sprache", "Language";
    ParticipantsHint => "Name:Abteilung, getrennt durch ;", "Name:Department, separated by ;";
    Create => "Anlegen", "Create";
    Deleted => "Gelöscht – Strg-Z macht es rückgängig.", "Deleted – Ctrl-Z undoes it.";
    NothingToUndo => "Nichts rückgängig zu machen.", "Nothing to undo.";
    Undone => "Rückgängig gemacht – Strg-Y stellt es wieder her.", "Undone – Ctrl-Y redoes it.";
    Redone => "Wiederhergestellt.", "Redone.";
    NothingToRedo => "Nichts wiederherzustellen.", "Nothing to redo.";
    EditCancelled => "Abgebrochen – das Feld ist wie vorher.", "Cancelled – the field is as it was.";
    QuitConfirm => "Beenden? Noch einmal Strg-Q (oder Strg-C) – alles ist gespeichert.", "Quit? Press Ctrl-Q (or Ctrl-C) again – everything is saved.";
    LanguageConfirm => "Sitzung auf Englisch umstellen (auch Zahlen und Handout)? Noch einmal F12 (oder noch einmal in Strg-K wählen).", "Switch the session to German (numbers and handout too)? Press F12 again (or choose it again in Ctrl-K).";
    RevealConfirm => "Alle Antworten aufdecken? Noch einmal Strg-R.", "Reveal all answers? Press Ctrl-R again.";
    ReadOnlyRefused => "Nur lesen: Änderungen sind abgeschaltet.", "Read-only: changes are switched off.";
    HandoutWritten => "Handout geschrieben", "Handout written";
    PasteHint => "Hier gibt es kein Feld zum Einfügen.", "There is no field to paste into here.";
    QuitUnsaved => "Speichern fehlgeschlagen. Strg-Q noch einmal beendet trotzdem (Rettungskopie wird geschrieben).", "Saving failed. Press Ctrl-Q again to quit anyway (a rescue copy is written).";
    NoSessionsShort => "Noch keine Sitzungen – n legt eine an.", "No sessions yet – n creates one.";
    MoreChecks => "weitere Hinweise (alle im Handout)", "more checks (all in the handout)";
    MaskedUnderstood => "✓ verstanden (verdeckt)", "✓ understood (hidden)";
    MaskedRefused => "✗ nicht verstanden – bitte anders schreiben (verdeckt)", "✗ not understood – please write it another way (hidden)";
    MoreCheck => "weiterer Hinweis (im Handout)", "more check (in the handout)";
}

pub fn yes_no(language: Language, value: bool) -> &'static str {
    t(language, if value { Label::Yes } else { Label::No })
}

/// The operating system whose own firewall dialog the wall explains. A value, not a `cfg`,
/// so that every branch is tested on any machine; `Platform::current` is the one place
/// that looks at what seam was built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Windows,
    MacOs,
    /// Linux and the rest: no firewall asks when seam listens.
    Other,
}

impl Platform {
    pub const fn current() -> Platform {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Other
        }
    }
}

/// What the system asks when the room first listens, and what to answer; `None` where
/// nothing asks. Linux's ufw or firewalld never ask: they block or not, silently, and
/// reading their rules needs root — `seam room --check` is the test there.
/// The same in one line of a laptop's 80 columns, for the status line (the room's panel
/// has the whole of it where there is room).
pub fn firewall_line(platform: Platform, beyond_this_laptop: bool) -> Option<Label> {
    match firewall_prompt(platform, beyond_this_laptop)? {
        Label::RoomFirewallWindows => Some(Label::RoomFirewallWindowsLine),
        _ => Some(Label::RoomFirewallMacLine),
    }
}

pub fn firewall_prompt(platform: Platform, beyond_this_laptop: bool) -> Option<Label> {
    if !beyond_this_laptop {
        // A room on 127.0.0.1 is never asked about: no phone can reach it anyway.
        return None;
    }
    match platform {
        Platform::Windows => Some(Label::RoomFirewallWindows),
        Platform::MacOs => Some(Label::RoomFirewallMac),
        Platform::Other => None,
    }
}

/// What a revealed round found, in a few words: the median of an estimate or of the
/// scale, the winner of a vote; `None` for words (there is no one result).
pub fn round_found(round: &crate::model::Round, l: Language) -> Option<String> {
    use crate::model::{Ask, Euros};
    match &round.ask {
        Ask::Amount => crate::model::round::Spread::of(&round.euros()).and_then(|s| {
            let median = Euros::new(s.median.round_dp(2))?.compact(l);
            Some(format!("{} {median}", t(l, Label::RoundMedian)))
        }),
        Ask::Dots(_) => round.ranking().first().map(|(item, _)| item.clone()),
        Ask::Scale => round.scale_median().map(|m| closeness(l, m).to_owned()),
        Ask::Text => None,
    }
}

/// What the session file counts but this machine's private file does not hold (the
/// session was made on another laptop, or its private file is gone).
pub fn kept_elsewhere(l: Language, answers: usize, held_back: usize) -> String {
    let de = l == Language::De;
    let mut parts = Vec::new();
    if answers > 0 {
        parts.push(match (de, answers) {
            (true, 1) => "1 Antwort einer offenen Runde".to_owned(),
            (true, n) => format!("{n} Antworten offener Runden"),
            (false, 1) => "1 answer of an open round".to_owned(),
            (false, n) => format!("{n} answers of open rounds"),
        });
    }
    if held_back > 0 {
        parts.push(match (de, held_back) {
            (true, 1) => "1 zurückgehaltene Antwort".to_owned(),
            (true, n) => format!("{n} zurückgehaltene Antworten"),
            (false, 1) => "1 held-back answer".to_owned(),
            (false, n) => format!("{n} held-back answers"),
        });
    }
    let what = parts.join(if de { " und " } else { " and " });
    if de {
        format!(
            "{what}: nur in der privaten Datei auf dem Laptop, auf dem die Sitzung lief – hier nicht."
        )
    } else {
        format!("{what}: only in the private file on the laptop the session ran on – not here.")
    }
}

pub(crate) fn pick(de: bool, german: &str, english: &str) -> String {
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

/// Why `person` cannot join the participant list: it clashes with `earlier`, the list's
/// entry number `place` (from 1).
pub fn participant_clash(
    language: Language,
    place: usize,
    earlier: &crate::model::Participant,
    person: &crate::model::Participant,
) -> String {
    let (shown, other) = (person.with_department(), earlier.with_department());
    let same = shown.to_lowercase() == other.to_lowercase();
    match (language, same) {
        (Language::De, true) => format!("„{shown}“ steht schon als Nr. {place} in der Liste."),
        (Language::En, true) => format!("\"{shown}\" is on the list already, as number {place}."),
        (Language::De, false) => format!(
            "„{shown}“ ist von Nr. {place} der Liste („{other}“) nicht zu unterscheiden: zwei Menschen eines Namens unterscheidet ihre Abteilung – jedem eine geben."
        ),
        (Language::En, false) => format!(
            "\"{shown}\" cannot be told apart from number {place} on the list (\"{other}\"): two people of one name are told apart by their department – give each one."
        ),
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
    fn each_platform_hears_what_its_firewall_asks() {
        for platform in [Platform::Windows, Platform::MacOs, Platform::Other] {
            assert_eq!(
                firewall_prompt(platform, false),
                None,
                "loopback is never asked"
            );
            assert_eq!(firewall_line(platform, false), None);
        }
        // The status line's words fit a laptop's 80 columns, both languages.
        for platform in [Platform::Windows, Platform::MacOs] {
            let line = firewall_line(platform, true).expect("asked");
            for l in [Language::De, Language::En] {
                let words = t(l, line);
                assert!(words.chars().count() <= 80, "{words}");
            }
        }
        assert!(t(Language::En, Label::RoomFirewallWindowsLine).contains("Allow access"));
        assert!(t(Language::De, Label::RoomFirewallWindowsLine).contains("„Zugriff zulassen“"));
        let said = |platform, l| firewall_prompt(platform, true).map(|label| t(l, label));
        let windows = said(Platform::Windows, Language::En).unwrap_or_default();
        assert!(
            windows.contains("Windows Defender Firewall")
                && windows.contains("Private AND Public")
                && windows.contains("Allow access")
                && windows.contains("README"),
            "{windows}"
        );
        let windows = said(Platform::Windows, Language::De).unwrap_or_default();
        assert!(
            windows.contains("„Private Netzwerke“ UND „Öffentliche Netzwerke“")
                && windows.contains("„Zugriff zulassen“"),
            "{windows}"
        );
        let mac = said(Platform::MacOs, Language::En).unwrap_or_default();
        assert!(
            mac.contains("‘Do you want the application “seam” to accept incoming network connections?’: Allow."),
            "{mac}"
        );
        assert!(said(Platform::MacOs, Language::De).is_some_and(|m| m.contains("„Erlauben“")));
        assert_eq!(said(Platform::Other, Language::En), None);
        assert_eq!(said(Platform::Other, Language::De), None);
    }
}
