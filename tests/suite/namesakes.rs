//! Two people of one name (issue 35): a participant is one person whatever their name.
//! Both Thomas Müller answer and both answers are revealed; the wall tells them apart by
//! department; a list entry that could not be told from another is refused where it is
//! typed or pasted, and nothing typed before is lost.

use crate::common::{from_template, keys, opened_at_nine, render, typing, workshop};
use seam::app::{App, Msg};
use seam::model::Participant;
use seam::record::Session;

const PEOPLE: [(&str, &str); 3] = [
    ("Thomas Müller", "Marketing"),
    ("Thomas Müller", "Vertrieb"),
    ("Anna Berger", "Marketing"),
];

/// A new core workshop with both Thomas, on its first step (the pulse).
fn fresh() -> App {
    opened_at_nine(from_template("core", "namesakes", "Namensvettern", &PEOPLE))
}

fn session(app: &App) -> &Session {
    &workshop(app).session
}

/// Selects participant `index` in the round's list and gives their answer.
fn answer_as(app: &mut App, index: usize, text: &str) {
    keys(app, &"<Up>".repeat(session(app).participants.len()));
    keys(app, &"<Down>".repeat(index));
    keys(app, "<Enter>");
    typing(app, text);
}

#[test]
fn the_presenter_tells_which_thomas_has_answered() {
    let mut app = fresh();
    keys(&mut app, "<PageDown><C-o>");
    answer_as(&mut app, 0, "420 Mio\n35000\n");
    let snapshot = seam::presenter::presenter_state::snapshot(&app).expect("a workshop");
    let round = snapshot.round.expect("the round collects");
    assert_eq!(round.answered, ["Thomas Müller (Marketing)"]);
    assert_eq!(
        round.waiting,
        ["Thomas Müller (Vertrieb)", "Anna Berger (Marketing)"],
        "the other Thomas has not answered"
    );
    assert_eq!((round.count, round.asked), (1, 3));
}

#[test]
fn both_thomas_answer_a_named_round_and_three_answers_are_revealed() {
    let mut app = fresh();
    keys(&mut app, "<PageDown><C-o>");
    answer_as(&mut app, 0, "420 Mio\n35000\n");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("1 von 3 haben geantwortet"), "{screen}");
    assert!(
        screen.contains("● Thomas Müller (Marketing)")
            && screen.contains("○ Thomas Müller (Vertrieb)"),
        "one Thomas answered, the other not yet: {screen}"
    );
    answer_as(&mut app, 1, "1,2 Mrd\n90000\n");
    answer_as(&mut app, 2, "900 Mio\n60000\n");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("3 von 3 haben geantwortet"), "{screen}");
    keys(&mut app, "<C-r><C-r>");
    let round = &session(&app).steps[1].rounds[0];
    assert!(round.revealed.is_some());
    let who: Vec<String> = round
        .answers
        .iter()
        .map(|a| a.who.with_department())
        .collect();
    assert_eq!(
        who,
        [
            "Thomas Müller (Marketing)",
            "Thomas Müller (Vertrieb)",
            "Anna Berger (Marketing)"
        ],
        "no answer dropped"
    );
    let screen = render(&app, 120, 40);
    assert!(screen.contains("3 Antworten"), "{screen}");
}

#[test]
fn both_thomas_answer_an_anonymous_round_and_three_answers_are_revealed() {
    let mut app = fresh();
    keys(&mut app, "<C-o>");
    assert!(session(&app).steps[0].rounds[0].anonymous, "the pulse");
    answer_as(&mut app, 0, "3\n");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("● Thomas Müller (Marketing)")
            && screen.contains("○ Thomas Müller (Vertrieb)"),
        "{screen}"
    );
    answer_as(&mut app, 1, "1\n");
    answer_as(&mut app, 2, "4\n");
    assert!(render(&app, 120, 40).contains("3 von 3 haben geantwortet"));
    let round = &session(&app).steps[0].rounds[0];
    assert_eq!(round.answers.len(), 3, "the second Thomas was not refused");
    keys(&mut app, "<C-r><C-r>");
    let round = &session(&app).steps[0].rounds[0];
    assert!(round.revealed.is_some());
    assert_eq!(round.answers.len(), 3);
    assert_eq!(round.scale_counts(), [1, 0, 1, 1]);
}

#[test]
fn a_namesake_who_joins_after_the_first_answered_is_asked_too() {
    let people = [
        PEOPLE[0],
        ("Anna Berger", "Marketing"),
        ("Jonas Weber", "Vertrieb"),
    ];
    let mut app = opened_at_nine(from_template("core", "late", "Später", &people));
    keys(&mut app, "<C-o>");
    answer_as(&mut app, 0, "3\n");
    // The second Thomas arrives from a phone while the pulse collects.
    app.update(Msg::RoomJoined(Participant {
        name: "Thomas Müller".into(),
        department: "Vertrieb".into(),
    }));
    assert_eq!(session(&app).participants.len(), 4);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("1 von 4 haben geantwortet"), "{screen}");
    assert!(
        screen.contains("○ Thomas Müller (Vertrieb)"),
        "the newcomer has not answered: {screen}"
    );
    answer_as(&mut app, 3, "2\n");
    assert_eq!(session(&app).steps[0].rounds[0].answers.len(), 2, "taken");
    // The first Thomas may still change his, and nobody answers twice.
    answer_as(&mut app, 0, "4\n");
    let round = &session(&app).steps[0].rounds[0];
    assert_eq!(round.answers.len(), 2);
    assert!(render(&app, 120, 40).contains("2 von 4 haben geantwortet"));
    // Nobody the list cannot tell apart from one on it is added.
    for department in ["", "marketing"] {
        app.update(Msg::RoomJoined(Participant {
            name: "Thomas Müller".into(),
            department: department.into(),
        }));
    }
    assert_eq!(session(&app).participants.len(), 4);
}

#[test]
fn the_list_refuses_an_entry_it_could_not_tell_apart_and_keeps_the_rest() {
    let mut app = fresh();
    keys(&mut app, "<C-g><C-a>");
    typing(&mut app, "Thomas Müller: Marketing");
    keys(&mut app, "<Enter>");
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.contains("„Thomas Müller (Marketing)“ steht schon als Nr. 1 in der Liste."),
        "{status}"
    );
    assert!(
        workshop(&app).editor.is_some(),
        "the entry stays open to correct"
    );
    let people = &session(&app).participants;
    assert!(
        people
            .iter()
            .filter(|p| p.name == "Thomas Müller" && p.department == "Marketing")
            .count()
            == 1,
        "never two of them, not even while typing: {people:?}"
    );
    // Esc: what was typed is said, the new entry is empty again.
    keys(&mut app, "<Esc>");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .starts_with("Thomas Müller: Marketing – ")
    );
    assert_eq!(session(&app).participants[3], Participant::default());
    // Without a department, the name is that of both: refused, with the reason.
    keys(&mut app, "<Enter>");
    typing(&mut app, "Thomas Müller");
    keys(&mut app, "<Enter>");
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("nicht zu unterscheiden"), "{status}");
    // With a department of his own, a third Thomas is somebody else (what was refused
    // is selected: typing replaces it).
    typing(&mut app, "Thomas Müller: Service");
    keys(&mut app, "<Enter>");
    assert!(workshop(&app).editor.is_none());
    assert_eq!(
        session(&app).participants[3].with_department(),
        "Thomas Müller (Service)"
    );
    // A pasted list: who is on it already is left out and said, the others join.
    keys(&mut app, "<C-a>");
    app.update(Msg::Paste(
        "Li Wang: Service\nThomas Müller: Vertrieb\nJürgen Kraus: Service".into(),
    ));
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.contains("„Thomas Müller (Vertrieb)“ steht schon"),
        "{status}"
    );
    keys(&mut app, "<Enter>");
    let names: Vec<String> = session(&app)
        .participants
        .iter()
        .map(Participant::with_department)
        .collect();
    assert_eq!(
        names,
        [
            "Thomas Müller (Marketing)",
            "Thomas Müller (Vertrieb)",
            "Anna Berger (Marketing)",
            "Thomas Müller (Service)",
            "Li Wang (Service)",
            "Jürgen Kraus (Service)",
        ]
    );
}

#[test]
fn the_new_session_form_refuses_two_it_could_not_tell_apart() {
    let mut app = crate::common::start_app(seam::model::Language::De, Vec::new());
    keys(&mut app, "n");
    // Title, template, language, then the participants.
    typing(&mut app, "Kick-off");
    keys(&mut app, "<Tab><Tab><Tab>");
    typing(
        &mut app,
        "Thomas Müller: Marketing; Thomas Müller: Marketing",
    );
    let effects = keys(&mut app, "<Enter>");
    assert!(effects.is_empty(), "nothing created: {effects:?}");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("steht schon als Nr. 1 in der Liste"),
        "{screen}"
    );
    keys(&mut app, &"<Backspace>".repeat("Marketing".len()));
    typing(&mut app, "Vertrieb");
    let effects = keys(&mut app, "<Enter>");
    let [seam::app::Effect::Create(new)] = effects.as_slice() else {
        panic!("created: {effects:?}");
    };
    let people: Vec<String> = new
        .participants
        .iter()
        .map(Participant::with_department)
        .collect();
    assert_eq!(
        people,
        ["Thomas Müller (Marketing)", "Thomas Müller (Vertrieb)"]
    );
}
