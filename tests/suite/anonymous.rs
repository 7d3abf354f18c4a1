//! Anonymous means anonymous: what the wall shows of a round is all that any output
//! shows of it. Five people answer an anonymous pulse and an anonymous market round in
//! an order the room saw (Li, Selin, Anna, Jürgen, Frank); afterwards neither the
//! session file nor the handout (Markdown, HTML), the CSV tables, the workbook, `seam
//! show`, `seam diff`, the presenter or a phone names a person beside an answer or
//! orders the answers by who gave them. And a reveal never overwrites a typed estimate.

use crate::common::*;
use calamine::{Reader, Xlsx};
use seam::exercises::Exercise;
use seam::model::Reply;
use seam::record::Session;

const PEOPLE: [(&str, &str); 5] = [
    ("Anna Berger", "Marketing"),
    ("Jürgen Kraus", "Vertrieb"),
    ("Selin Aydın", "Service"),
    ("Frank Ohm", "Finanzen"),
    ("Li Wei", "IT"),
];

/// The order in which they answer, as the room watched the ● appear: Li, Selin, Anna,
/// Jürgen, Frank (indexes into `PEOPLE`).
const ORDER: [usize; 5] = [4, 2, 0, 1, 3];

/// Selects participant `index` in the round's list and gives their answer.
fn answer_as(app: &mut seam::app::App, index: usize, text: &str) {
    keys(app, &"<Up>".repeat(PEOPLE.len()));
    keys(app, &"<Down>".repeat(index));
    keys(app, "<Enter>");
    typing(app, text);
}

/// A core workshop where the pulse and the market were answered anonymously; and the
/// session as it was before.
fn workshop_answered() -> (seam::app::App, Session) {
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    let before = workshop(&app).session.clone();
    // The pulse is anonymous without anybody asking; Frank places it "against".
    keys(&mut app, "<C-o>");
    assert!(render(&app, 120, 40).contains("anonym"), "said on the wall");
    for (person, place) in ORDER.iter().zip(["3\n", "3\n", "4\n", "2\n", "1\n"]) {
        answer_as(&mut app, *person, place);
    }
    keys(&mut app, "<C-r><C-r><Esc><PageDown>");
    // The market: made anonymous before the first answer.
    keys(&mut app, "<C-o><C-a>");
    let figures = [
        "300 Mio\n30000\n",
        "100 Mio\n10000\n",
        "500 Mio\n50000\n",
        "400 Mio\n40000\n",
        "250 Mio\n25000\n",
    ];
    for (person, figure) in ORDER.iter().zip(figures) {
        answer_as(&mut app, *person, figure);
    }
    keys(&mut app, "<C-r><C-r>");
    let session = &workshop(&app).session;
    assert!(session.steps[0].rounds[0].revealed.is_some());
    assert!(session.steps[1].rounds[0].revealed.is_some());
    (app, before)
}

/// What identifies a person: their name, and their department (one person each here).
fn identities() -> Vec<&'static str> {
    PEOPLE.iter().flat_map(|(n, d)| [*n, *d]).collect()
}

/// What an answer says: the steps of the scale and the market's figures as the outputs
/// write them.
const VALUES: &[&str] = &[
    "gegeneinander",
    "nebeneinander",
    "miteinander",
    "füreinander",
    "100 Mio",
    "250 Mio",
    "300 Mio",
    "400 Mio",
    "500 Mio",
    "100.000.000",
    "250.000.000",
    "300.000.000",
    "400.000.000",
    "500.000.000",
    "100000000",
    "250000000",
    "300000000",
    "400000000",
    "500000000",
];

/// Each piece of `output` (a line, a table row, a chart's label) that holds a value
/// holds no name and no department; how many pieces held a value.
fn names_nobody(what: &str, output: &str) -> usize {
    let mut seen = 0;
    let pieces = output
        .split(['\n', '\r'])
        .flat_map(|line| line.split("<tr").collect::<Vec<_>>())
        .flat_map(|line| line.split("<li").collect::<Vec<_>>())
        .flat_map(|line| line.split("<text").collect::<Vec<_>>());
    for piece in pieces {
        if VALUES.iter().any(|v| piece.contains(v)) {
            seen += 1;
            for who in identities() {
                assert!(
                    !piece.contains(who),
                    "{what} names {who} beside an answer: {piece}"
                );
            }
        }
    }
    seen
}

#[test]
fn the_file_keeps_no_name_or_order_of_an_anonymous_answer() {
    let (app, before) = workshop_answered();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("anon.ron");
    seam::store::write_session(&path, &workshop(&app).session).expect("saved");
    let text = std::fs::read_to_string(&path).expect("the file");
    let was = dir.path().join("before.ron");
    seam::store::write_session(&was, &before).expect("saved");
    let was = std::fs::read_to_string(&was).expect("the file");
    for (name, department) in PEOPLE {
        // A name is in the list of participants only: who answered an anonymous round
        // is never written, so no save links a name to an answer, whatever the count.
        assert_eq!(
            text.matches(name).count(),
            was.matches(name).count(),
            "{name}:\n{text}"
        );
        assert_eq!(
            text.matches(department).count(),
            was.matches(department).count(),
            "{department} beside an answer:\n{text}"
        );
    }
    let session = seam::store::read_session(&path).expect("reads back");
    for step in session.steps.iter().take(2) {
        let round = &step.rounds[0];
        assert!(round.anonymous);
        assert!(round.answered.is_empty(), "{:?}", round.answered);
        assert_eq!(
            round.answers.len(),
            PEOPLE.len(),
            "the count is the answers"
        );
        for answer in &round.answers {
            assert!(answer.who.is_nobody(), "{answer:?}");
            assert_eq!(answer.at, round.opened, "no time of answering");
        }
    }
    let euros: Vec<_> = session.steps[1].rounds[0]
        .answers
        .iter()
        .filter_map(|a| match a.reply {
            Reply::Amount { euros, .. } => euros,
            _ => None,
        })
        .collect();
    let mut sorted = euros.clone();
    sorted.sort();
    assert_eq!(euros, sorted, "by value, not in the order given");
}

#[test]
fn no_output_names_or_orders_an_anonymous_answer_by_person() {
    let (app, before) = workshop_answered();
    let session = workshop(&app).session.clone();
    let markdown = seam::export::markdown::handout(&session);
    assert!(names_nobody("the Markdown handout", &markdown) > 5);
    // #1 is the lowest estimate (Selin's, who answered second), #5 the highest.
    let first = markdown
        .lines()
        .find(|l| l.starts_with("| \\#1 |") && l.contains('€'))
        .expect("#1's estimate");
    assert!(first.contains("100.000.000"), "{first}");
    let last = markdown
        .lines()
        .find(|l| l.starts_with("| \\#5 |") && l.contains('€'))
        .expect("#5's estimate");
    assert!(last.contains("500.000.000"), "{last}");
    let html = seam::export::html::handout(&session);
    assert!(names_nobody("the HTML handout", &html) > 5);
    let mut in_tables = 0;
    for table in seam::export::csv::tables_in(&session) {
        let csv = seam::export::csv::table(&session, table).expect("a table");
        in_tables += names_nobody(&format!("the CSV table {table}"), &csv);
    }
    assert!(in_tables >= 10, "the pulse's and the estimates' rows");
    names_nobody("seam show", &seam::export::summary::summary(&session));
    let diff = seam::export::diff::changes(&before, &session, session.language).join("\n");
    names_nobody("seam diff", &diff);
    let mut in_sheets = 0;
    let workbook = seam::export::xlsx::workbook(&session).expect("a workbook");
    let mut book = Xlsx::new(std::io::Cursor::new(workbook)).expect("reads");
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).expect("a sheet");
        for row in range.rows() {
            let line: Vec<String> = row.iter().map(ToString::to_string).collect();
            in_sheets += names_nobody(&format!("the sheet {sheet}"), &line.join(";"));
        }
    }
    assert!(in_sheets >= 10, "the pulse's and the estimates' rows");
    // The pulse's readings are #n, never a department or a person.
    let Exercise::Pulse(pulse) = &session.steps[0].result else {
        panic!("the pulse first")
    };
    assert!(pulse.readings.iter().all(|r| r.source.starts_with('#')));
    // The presenter names the answers as the wall does.
    let snapshot = seam::presenter::presenter_state::snapshot(&app).expect("a snapshot");
    let round = snapshot.round.expect("the round");
    for (who, _) in &round.answers {
        assert!(who.starts_with('#'), "{who}");
    }
    // A phone's page after the reveal.
    let view = seam::room::room_state::view(&app);
    let me = seam::model::Participant {
        name: "Anna Berger".into(),
        department: "Marketing".into(),
    };
    let page = seam::room::page::round(&view, "secret", &me, None, None);
    assert!(names_nobody("a phone's page", &page) > 0, "{page}");
}

#[test]
fn an_anonymous_answer_can_be_changed_until_the_reveal_also_after_a_restart() {
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    keys(&mut app, "<PageDown><C-o><C-a>");
    answer_as(&mut app, 0, "300 Mio\n30000\n");
    answer_as(&mut app, 1, "200 Mio\n20000\n");
    // Anna changes her mind: still one answer each.
    answer_as(&mut app, 0, "350 Mio\n35000\n");
    let round = &workshop(&app).session.steps[1].rounds[0];
    assert_eq!(round.answers.len(), 2, "one answer each");
    // The session file holds how many answered, nothing of what or who; the private
    // file on the facilitator's laptop knows whose each is until the reveal.
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, private) = (dir.path().join("anon.ron"), dir.path().join("private.ron"));
    seam::store::save_session(&path, &private, &workshop(&app).session).expect("saved");
    let file = std::fs::read_to_string(&path).expect("the session file");
    assert!(
        file.contains("collected: 2") && !file.contains("350000000"),
        "{file}"
    );
    let mut session = seam::store::read_session(&path).expect("reads");
    let kept = seam::store::read_private(&private)
        .expect("reads")
        .expect("there");
    let joined = seam::record::private::join(&mut session, &kept);
    assert_eq!(joined, seam::record::private::Joined::default());
    let mut app = opened_at_nine(session);
    keys(&mut app, "<C-o>");
    assert!(render(&app, 120, 40).contains("2 von 5 haben geantwortet"));
    // After the restart Anna changes hers again, and Selin answers.
    answer_as(&mut app, 0, "360 Mio\n36000\n");
    answer_as(&mut app, 2, "250 Mio\n25000\n");
    let round = &workshop(&app).session.steps[1].rounds[0];
    assert_eq!(round.answers.len(), 3);
    assert_eq!(round.sealed(), 0, "whose each is is known on this laptop");
    // Without the private file (another laptop) the answers are not there, and the
    // wall says where they are.
    let mut alone = seam::store::read_session(&path).expect("reads");
    let nothing = seam::record::private::Private::default();
    let joined = seam::record::private::join(&mut alone, &nothing);
    assert_eq!(joined.missing_answers, 2);
    assert!(
        seam::i18n::kept_elsewhere(seam::model::Language::De, 2, 0)
            .contains("2 Antworten offener Runden")
    );
}

/// The session's anonymous market round after `answers` of `PEOPLE` (in that order).
fn market_answered_by(app: &mut seam::app::App, answers: &[(usize, &str)]) {
    keys(app, "<PageDown><C-o><C-a>");
    for (person, figure) in answers {
        answer_as(app, *person, figure);
    }
}

fn market_round(app: &seam::app::App) -> &seam::model::Round {
    &workshop(app).session.steps[1].rounds[0]
}

#[test]
fn one_or_two_anonymous_answers_are_never_revealed_and_everybody_is_told_why() {
    use seam::app::Msg;
    use seam::app::keymap::Action;
    use seam::presenter::protocol::Command;
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    keys(&mut app, "<PageDown><C-o><C-a>");
    let wall = render(&app, 120, 40);
    assert!(
        !wall.contains("erst ab 3"),
        "nothing to say before an answer"
    );
    answer_as(&mut app, 0, "300 Mio\n30000\n");
    answer_as(&mut app, 1, "200 Mio\n20000\n");
    // The wall says so, and what to do, before anybody presses the reveal.
    for (width, height) in [(120, 40), (80, 24)] {
        let wall = render(&app, width, height);
        assert!(
            wall.contains("erst ab 3 Antworten") && wall.contains("Strg-A: mit Namen"),
            "{wall}"
        );
    }
    // The reveal key refuses with that message, at once and again.
    keys(&mut app, "<C-r>");
    let said = app.status.clone().unwrap_or_default();
    assert!(
        said.contains("erst ab 3 Antworten") && said.contains("Warten"),
        "{said}"
    );
    keys(&mut app, "<C-r><C-r>");
    assert!(market_round(&app).is_open(), "two answers are never shown");
    // The presenter says it too, and its reveal is refused the same.
    let snapshot = seam::presenter::presenter_state::snapshot(&app).expect("a snapshot");
    let status = snapshot.round.expect("the round");
    assert!(
        status
            .too_few
            .as_deref()
            .is_some_and(|s| s.contains("erst ab 3")),
        "{status:?}"
    );
    app.update(Msg::Remote(Command::Do(Action::Reveal)));
    assert!(market_round(&app).is_open());
    assert!(app.status.as_deref().unwrap_or("").contains("erst ab 3"));
    // Where only two are asked the pulse is not anonymous by itself: it could never be
    // revealed.
    let mut pair = opened_at_nine(from_template("core", "zwei", "Zwei", &PEOPLE[..2]));
    keys(&mut pair, "<C-o>");
    let pulse = &workshop(&pair).session.steps[0].rounds[0];
    assert_eq!(pulse.ask, seam::model::Ask::Scale);
    assert!(!pulse.anonymous, "two asked: by name");
    // A round set to reveal itself waits for three as well.
    let mut two = opened_at_nine(from_template("core", "zwei", "Zwei", &PEOPLE[..2]));
    keys(&mut two, "<PageDown><C-o><C-a><C-w>");
    answer_as_of(&mut two, 2, 0, "300 Mio\n30000\n");
    answer_as_of(&mut two, 2, 1, "200 Mio\n20000\n");
    assert!(market_round(&two).is_open(), "all answered, but only two");
    // The third answer: now it can be revealed.
    answer_as(&mut app, 2, "500 Mio\n50000\n");
    assert!(!render(&app, 120, 40).contains("erst ab 3"));
    keys(&mut app, "<C-r><C-r>");
    assert!(market_round(&app).revealed.is_some());
}

/// As `answer_as`, in a session of `count` people.
fn answer_as_of(app: &mut seam::app::App, count: usize, index: usize, text: &str) {
    keys(app, &"<Up>".repeat(count));
    keys(app, &"<Down>".repeat(index));
    keys(app, "<Enter>");
    typing(app, text);
}

#[test]
fn two_anonymous_answers_are_dropped_when_the_room_agrees_to_names() {
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    market_answered_by(
        &mut app,
        &[(0, "300 Mio\n30000\n"), (1, "200 Mio\n20000\n")],
    );
    // Ctrl-A asks first: the answers would go.
    keys(&mut app, "<C-a>");
    let asked = app.status.clone().unwrap_or_default();
    assert!(
        asked.contains("Mit Namen neu fragen?") && asked.contains("einverstanden"),
        "{asked}"
    );
    assert!(market_round(&app).anonymous, "nothing yet");
    keys(&mut app, "<C-a>");
    let round = market_round(&app);
    assert!(!round.anonymous && round.answers.is_empty(), "{round:?}");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("alle antworten neu"),
        "{:?}",
        app.status
    );
    let wall = render(&app, 120, 40);
    assert!(wall.contains("0 von 5 haben geantwortet"), "{wall}");
    assert!(!wall.contains("Stück · anonym"), "{wall}");
    // Undo brings the anonymous answers back, as they were.
    keys(&mut app, "<C-z>");
    assert!(market_round(&app).anonymous && market_round(&app).answers.len() == 2);
    keys(&mut app, "<C-a><C-a>");
    // Everybody answers again, now by name; two named answers can be revealed.
    answer_as(&mut app, 0, "310 Mio\n30000\n");
    answer_as(&mut app, 1, "210 Mio\n20000\n");
    let round = market_round(&app);
    assert_eq!(round.answers[0].who.name, "Anna Berger");
    keys(&mut app, "<C-r><C-r>");
    assert!(market_round(&app).revealed.is_some());
    // With three anonymous answers Ctrl-A changes nothing: they can be revealed.
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    market_answered_by(
        &mut app,
        &[(0, "3 Mio\n3\n"), (1, "2 Mio\n2\n"), (2, "1 Mio\n1\n")],
    );
    keys(&mut app, "<C-a><C-a>");
    assert!(market_round(&app).anonymous && market_round(&app).answers.len() == 3);
}

#[test]
fn the_presenter_screens_an_anonymous_round_by_value_three_answers_at_a_time() {
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    // The business model asks for a few words: anonymous.
    keys(&mut app, "<PageDown><PageDown><C-o><C-a>");
    let status = |app: &seam::app::App| {
        seam::presenter::presenter_state::snapshot(app)
            .expect("a snapshot")
            .round
            .expect("a round")
    };
    // Li, Selin, Anna answer in the room's sight.
    let words = ["Zuständigkeit", "Ablage", "Mittagspause", "Budget", "Lager"];
    for (n, (person, word)) in ORDER.iter().zip(words).enumerate() {
        answer_as(&mut app, *person, &format!("{word}\n"));
        let round = status(&app);
        assert!(
            round.anonymous && round.answered.is_empty(),
            "no ● names: {round:?}"
        );
        assert_eq!(round.count, n + 1);
        let listed: Vec<&str> = round.answers.iter().map(|(_, w)| w.as_str()).collect();
        match n + 1 {
            // Nothing before three: one answer that appears is the one just given.
            1 | 2 => assert!(listed.is_empty(), "{listed:?}"),
            // Three at once, by value, nobody beside them.
            3 | 4 => assert_eq!(listed, ["Ablage", "Mittagspause", "Zuständigkeit"]),
            _ => assert_eq!(listed.len(), 3, "the fifth waits for a sixth"),
        }
        assert!(
            round.answers.iter().all(|(who, _)| who.is_empty()),
            "{round:?}"
        );
        assert_eq!(round.unscreened, (n + 1) % 3);
    }
    // Jürgen changes his: that is no news on the presenter either.
    answer_as(&mut app, 1, "Budgets\n");
    let round = status(&app);
    assert_eq!(round.answers.len(), 3);
    assert_eq!(round.unscreened, 2, "Frank's answer and Jürgen's both wait");
    // The presenter's screen, peeking: the words, no name, no ●.
    let view = seam::presenter::screen::View {
        language: seam::model::Language::De,
        snapshot: seam::presenter::presenter_state::snapshot(&app),
        peek: true,
        armed: false,
        notes: None,
    };
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|frame| seam::presenter::screen::render(&view, frame))
        .expect("draws");
    let screen = terminal.backend().to_string();
    assert!(
        screen.contains("nach Wert geordnet, ohne Namen"),
        "{screen}"
    );
    assert!(screen.contains("2 neu oder geändert"), "{screen}");
    assert!(!screen.contains('●'), "{screen}");
    // No name on a line with a word (the wall's status line names who just stored an
    // answer, as the wall does; the list did not move with it).
    for line in screen
        .lines()
        .filter(|l| words.iter().any(|w| l.contains(w)))
    {
        for (name, _) in PEOPLE {
            assert!(!line.contains(name), "{name}: {line}");
        }
    }
}
#[test]
fn a_reveal_keeps_a_typed_estimate_and_adds_its_own_rows() {
    let mut app = opened_at_nine(from_template("core", "typed", "Getippt", &PEOPLE));
    // Vertrieb's own estimate, typed in the market's table.
    keys(&mut app, "<PageDown><Tab><Tab><Ins><Tab>");
    typing(&mut app, "1,2 Mrd");
    keys(&mut app, "<Tab>");
    typing(&mut app, "250000");
    keys(&mut app, "<Tab><Tab>");
    typing(&mut app, "Branchenreport 2025");
    keys(&mut app, "<Enter><Esc>");
    let market = |app: &seam::app::App| match &workshop(app).session.steps[1].result {
        Exercise::Market(m) => m.clone(),
        _ => panic!("the market"),
    };
    let typed = market(&app).estimates.clone();
    assert_eq!(typed.len(), 1, "{typed:?}");
    assert_eq!(typed[0].source, "Marketing", "the first department");
    // A round where Marketing's Anna answers 900 Mio.
    keys(&mut app, "<C-o>");
    answer_as(&mut app, 0, "900 Mio\n80000\n");
    keys(&mut app, "<C-r>");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("4 haben noch nicht geantwortet"),
        "the missing are named before the reveal: {:?}",
        app.status
    );
    keys(&mut app, "<C-r>");
    let estimates = market(&app).estimates;
    assert_eq!(estimates[0], typed[0], "the typed row is as it was");
    assert_eq!(estimates.len(), 2);
    assert_eq!(estimates[1].source, "Marketing (Runde 1)");
    // Revealed again after a re-opening: its own row is updated, nothing added twice.
    keys(&mut app, "<C-e><C-e>");
    answer_as(&mut app, 0, "950 Mio\n85000\n");
    keys(&mut app, "<C-r><C-r>");
    let estimates = market(&app).estimates;
    assert_eq!(estimates.len(), 2, "{estimates:?}");
    assert_eq!(estimates[0], typed[0]);
    assert_eq!(
        estimates[1].euros.map(|e| e.value()),
        Some(950_000_000.into())
    );
}

#[test]
fn a_phone_sees_its_own_answer_to_change_and_nobody_elses() {
    let mut app = opened_at_nine(from_template("core", "own", "Eigene", &PEOPLE));
    keys(&mut app, "<PageDown><C-o><C-a>");
    answer_as(&mut app, 0, "300 Mio\n30000\n");
    answer_as(&mut app, 1, "200 Mio\n20000\n");
    let view = seam::room::room_state::view(&app);
    let page = |name: &str, department: &str| {
        let me = seam::model::Participant {
            name: name.into(),
            department: department.into(),
        };
        seam::room::page::round(&view, "secret", &me, None, None)
    };
    let anna = without_ids(&page("Anna Berger", "Marketing"));
    assert!(anna.contains("value=\"300.000.000 €\""), "{anna}");
    assert!(anna.contains("value=\"30000\""), "{anna}");
    assert!(
        !anna.contains("200.000.000") && !anna.contains("20000\""),
        "{anna}"
    );
    let selin = without_ids(&page("Selin Aydın", "Service"));
    assert!(
        !selin.contains("300.000.000") && !selin.contains("200.000.000"),
        "{selin}"
    );
}

#[test]
fn a_bad_answer_held_back_from_the_presenter_shows_nowhere_and_is_counted() {
    use seam::app::Msg;
    use seam::presenter::protocol::Command;
    let mut app = opened_at_nine(from_template("core", "anon", "Anonym", &PEOPLE));
    // The business model asks for a few words: anonymous.
    keys(&mut app, "<PageDown><PageDown><C-o><C-a>");
    answer_as(
        &mut app,
        0,
        "Wir verkaufen Drucker und verdienen am Material\n",
    );
    answer_as(&mut app, 1, "Der Vertrieb ist faul und Jürgen ist schuld\n");
    answer_as(&mut app, 2, "Stillstandsfreie Etiketten für Lebensmittel\n");
    let bad = "Der Vertrieb ist faul und Jürgen ist schuld";
    // The presenter sees it while peeking and holds it back.
    let snapshot = seam::presenter::presenter_state::snapshot(&app).expect("a workshop");
    let status = snapshot.round.expect("a round");
    assert!(
        status.screened,
        "a text round that collects can be screened"
    );
    assert!(status.answers.iter().any(|(_, text)| text == bad));
    app.update(Msg::Remote(Command::HoldBack {
        text: bad.to_owned(),
    }));
    let round = &workshop(&app).session.steps[2].rounds[0];
    assert_eq!(round.held_back(), 1);
    keys(&mut app, "<C-r><C-r>");
    let round = &workshop(&app).session.steps[2].rounds[0];
    assert!(round.revealed.is_some());
    // The wall, the handout, the phones: the others' words, and how many were held.
    let wall = render(&app, 120, 40);
    assert!(!wall.contains("faul"), "{wall}");
    assert!(wall.contains("Stillstandsfreie Etiketten"), "{wall}");
    assert!(wall.contains("1 Antwort zurückgehalten"), "{wall}");
    let handout = seam::export::markdown::handout(&workshop(&app).session);
    assert!(!handout.contains("faul"), "{handout}");
    assert!(handout.contains("_1 Antwort zurückgehalten_"), "{handout}");
    let html = seam::export::html::handout(&workshop(&app).session);
    assert!(!html.contains("faul"));
    let phones = seam::room::room_state::view(&app);
    let shown = format!("{:?}", phones.result);
    assert!(
        !shown.contains("faul") && shown.contains("1 Antwort zurückgehalten"),
        "{shown}"
    );
    // The session file has no word of it, only the count; the facilitator's private
    // file keeps the words, that they were held back, and no name beside them.
    let session = &workshop(&app).session;
    let file = seam::store::session_to_ron(session, std::path::Path::new("anon.ron")).expect("ron");
    assert!(
        !file.contains(bad) && file.contains("withheld: 1"),
        "{file}"
    );
    let (_, private) = seam::record::private::split(session);
    let kept = private
        .rounds
        .iter()
        .flat_map(|r| r.answers.iter())
        .find(|a| matches!(&a.reply, seam::model::Reply::Text(t) if t == bad))
        .expect("kept as given");
    assert!(kept.held_back && kept.who.is_nobody(), "{kept:?}");
    // After the reveal nothing is held back any more: the reveal stands.
    app.update(Msg::Remote(Command::HoldBack {
        text: "Stillstandsfreie Etiketten für Lebensmittel".to_owned(),
    }));
    assert_eq!(workshop(&app).session.steps[2].rounds[0].held_back(), 1);
}

#[test]
fn an_answer_changed_after_it_was_held_back_is_screened_again() {
    let mut round = seam::model::round::Round::new(
        "Was bremst uns?".to_owned(),
        seam::model::Ask::Text,
        seam::model::Moment::now(),
    );
    round.anonymous = true;
    let anna = seam::model::Participant {
        name: "Anna Berger".into(),
        department: "Marketing".into(),
    };
    let at = seam::model::Moment::now();
    round
        .answer(&anna, Reply::Text("Unsinn".into()), at)
        .expect("taken");
    assert!(round.hold_back("Unsinn"));
    assert_eq!(round.held_back(), 1);
    round
        .answer(
            &anna,
            Reply::Text("Die Übergabe dauert zu lange".into()),
            at,
        )
        .expect("changed");
    assert_eq!(round.held_back(), 0, "new words are screened anew");
    assert!(!round.hold_back("Unsinn"), "no such answer any more");
}
