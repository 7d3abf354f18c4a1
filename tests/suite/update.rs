//! `update` without a terminal: given a state, these keys, expect that.

use crate::common::*;
use rust_decimal::Decimal;
use seam::app::lists::List;
use seam::app::{Effect, Msg, Overlay, SaveState, Screen, Workshop};
use seam::exercises::Exercise;
use seam::exercises::market::Method;
use seam::model::Language;
use seam::record::Session;

fn market(session: &Session) -> &seam::exercises::market::Market {
    match &session.steps[0].result {
        Exercise::Market(m) => m,
        _ => panic!("step 1 is the market"),
    }
}

fn goals(session: &Session) -> &seam::exercises::shared_goals::SharedGoals {
    match &session.steps[2].result {
        Exercise::SharedGoals(g) => g,
        _ => panic!("step 3 is shared goals"),
    }
}

fn agreements(session: &Session) -> &seam::exercises::agreements::Agreements {
    match &session.steps[3].result {
        Exercise::Agreements(a) => a,
        _ => panic!("step 4 is agreements"),
    }
}

fn session(app: &seam::app::App) -> &Session {
    &workshop(app).session
}

#[test]
fn typing_into_a_text_field_reaches_the_session_at_once() {
    let mut app = workshop_app(example());
    let before = workshop(&app).generation;
    keys(&mut app, "<Enter>");
    typing(&mut app, " Ohne Ersatzteile.");
    assert!(
        market(session(&app))
            .definition
            .ends_with("Service-Verträge. Ohne Ersatzteile.")
    );
    assert!(
        workshop(&app).generation > before,
        "every key is a change the saver sees"
    );
    assert_eq!(workshop(&app).save, SaveState::Pending);
    keys(&mut app, "<Esc>");
    assert!(workshop(&app).editor.is_none());
}

#[test]
fn a_multi_line_field_takes_enter_as_a_new_line() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Enter>");
    typing(&mut app, "\nZweite Zeile");
    assert!(market(session(&app)).definition.ends_with("\nZweite Zeile"));
}

#[test]
fn an_invalid_number_stays_with_its_reason_and_a_valid_one_is_stored() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab><Enter><Down><Enter>");
    typing(&mut app, "1.2 Mrd");
    keys(&mut app, "<Enter>");
    let editor = workshop(&app).editor.as_ref().expect("still editing");
    assert_eq!(
        editor.error.as_deref(),
        Some("Mehrdeutig: meinten Sie 1,2 oder 1.200?")
    );
    assert_eq!(editor.text(), "1.2 Mrd", "nothing typed is lost");
    assert_eq!(
        market(session(&app)).estimates[0].euros.map(|e| e.value()),
        Some(Decimal::from(420_000_000))
    );
    ctrl(&mut app, 'u');
    typing(&mut app, "1,2 Mrd. €");
    assert_eq!(
        workshop(&app)
            .editor
            .as_ref()
            .and_then(|e| e.echo.clone())
            .as_deref(),
        Some("1.200.000.000 €")
    );
    keys(&mut app, "<Enter>");
    assert!(workshop(&app).editor.is_none());
    assert_eq!(
        market(session(&app)).estimates[0].euros.map(|e| e.value()),
        Some(Decimal::from(1_200_000_000))
    );
}

#[test]
fn esc_on_an_invalid_number_keeps_the_old_value_and_says_what_was_dropped() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab><Enter><Down><Down><Enter>");
    typing(&mut app, "viele");
    keys(&mut app, "<Esc>");
    assert!(workshop(&app).editor.is_none());
    assert_eq!(
        market(session(&app)).estimates[0].units.map(|u| u.count()),
        Some(35_000)
    );
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.starts_with("viele – Unerwartetes Zeichen"),
        "{status}"
    );
}

#[test]
fn tab_in_a_row_form_moves_to_the_next_field_and_keeps_typing() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab><Ins>");
    let w = workshop(&app);
    assert_eq!(w.detail, Some(0));
    assert!(w.editor.is_some(), "a new row opens with its first field");
    assert_eq!(
        market(session(&app)).estimates[3].source,
        "Finanzen",
        "the next department without an estimate"
    );
    keys(&mut app, "<Tab>");
    typing(&mut app, "900 Mio");
    keys(&mut app, "<Tab>");
    typing(&mut app, "70 Tsd.");
    keys(&mut app, "<Enter><Down><Space>");
    let estimate = &market(session(&app)).estimates[3];
    assert_eq!(
        estimate.euros.map(|e| e.value()),
        Some(Decimal::from(900_000_000))
    );
    assert_eq!(estimate.units.map(|u| u.count()), Some(70_000));
    assert_eq!(estimate.method, Method::BottomUp);
}

#[test]
fn a_deleted_row_comes_back_with_undo() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><PageDown><PageDown><Down><Del>");
    assert_eq!(agreements(session(&app)).agreements.len(), 2);
    assert_eq!(
        app.status.as_deref(),
        Some("Gelöscht – Strg-Z macht es rückgängig.")
    );
    keys(&mut app, "<C-z>");
    assert_eq!(
        agreements(session(&app)).agreements,
        agreements(&example()).agreements
    );
    keys(&mut app, "<C-z>");
    assert_eq!(app.status.as_deref(), Some("Nichts rückgängig zu machen."));
}

#[test]
fn goals_are_reordered_and_conflicts_follow_the_goal_not_the_position() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><PageDown><S-Down>");
    let g = goals(session(&app));
    assert_eq!(
        g.goals.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec![2, 1, 3]
    );
    assert_eq!(g.conflicts[0].between, (1, 2));
    assert_eq!(
        workshop(&app).row(seam::exercises::shared_goals::shared_goals_fields::GOALS),
        1
    );
}

#[test]
fn a_conflict_is_marked_by_choosing_the_second_goal() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><PageDown><Down><Down><C-p>");
    assert_eq!(workshop(&app).picking, Some(2));
    assert_eq!(
        workshop(&app).row(seam::exercises::shared_goals::shared_goals_fields::GOALS),
        1,
        "starts on the neighbour"
    );
    keys(&mut app, "<Down>");
    assert_eq!(
        workshop(&app).row(seam::exercises::shared_goals::shared_goals_fields::GOALS),
        1,
        "the first goal itself is skipped"
    );
    keys(&mut app, "<Enter>");
    typing(&mut app, "Service-Zeit gegen Materialrabatt");
    keys(&mut app, "<Enter>");
    let conflict = goals(session(&app))
        .conflicts
        .last()
        .expect("added")
        .clone();
    assert_eq!(conflict.between, (3, 2));
    assert_eq!(conflict.note, "Service-Zeit gegen Materialrabatt");
}

#[test]
fn acceptance_is_toggled_in_the_agreement_form() {
    let mut app = workshop_app(example());
    keys(
        &mut app,
        "<PageDown><PageDown><PageDown><Down><Down><Enter>",
    );
    for _ in 0..12 {
        keys(&mut app, "<Down>");
    }
    keys(&mut app, "<Space>");
    assert!(agreements(session(&app)).agreements[2].accepted_by_receiver);
    assert!(agreements(session(&app)).agreements[2].is_accepted());
}

#[test]
fn steps_timer_and_timebox() {
    let mut app = workshop_app(example());
    app.update(Msg::Tick(std::time::Duration::from_secs(90)));
    keys(&mut app, "<PageDown>");
    assert_eq!(workshop(&app).step, 1);
    assert_eq!(
        session(&app).steps[0].spent_seconds,
        90,
        "kept in the record"
    );
    assert_eq!(session(&app).current_step, 2);
    keys(&mut app, "<F8><F8><F7><F8>");
    assert_eq!(session(&app).steps[1].timebox_minutes, 50);
    keys(&mut app, "<PageUp>");
    app.update(Msg::Tick(std::time::Duration::from_secs(120)));
    assert_eq!(
        workshop(&app).time_on_step(app.clock).as_secs(),
        120,
        "time accumulates per step"
    );
    keys(&mut app, "<PageUp><PageUp>");
    assert_eq!(workshop(&app).step, 0);
}

#[test]
fn an_untouched_sessions_clock_waits_for_the_rooms_first_work() {
    let seconds = |n| std::time::Duration::from_secs(n);
    let fresh = || {
        from_template(
            "core",
            "uhr",
            "Uhr",
            &[("Anna Berger", "Marketing"), ("Jonas Weber", "Vertrieb")],
        )
    };
    // Prepared the day before: the facilitator looks at step 1 for ten minutes.
    let mut app = workshop_app(fresh());
    app.update(Msg::Tick(seconds(600)));
    assert_eq!(workshop(&app).time_on_step(app.clock).as_secs(), 0);
    assert!(
        render(&app, 80, 24).contains("⏱ 15:00 bereit"),
        "{}",
        render(&app, 80, 24)
    );
    // The first answer typed starts it.
    keys(&mut app, "<Enter>");
    typing(&mut app, "Vertrieb sieht gegeneinander");
    keys(&mut app, "<Enter>");
    app.update(Msg::Tick(seconds(660)));
    assert_eq!(workshop(&app).time_on_step(app.clock).as_secs(), 60);
    assert!(render(&app, 80, 24).contains("⏱ 14:00 übrig"));

    // Another step starts it too, with nothing booked on the first.
    let mut app = workshop_app(fresh());
    app.update(Msg::Tick(seconds(300)));
    keys(&mut app, "<PageDown>");
    app.update(Msg::Tick(seconds(330)));
    assert_eq!(
        session(&app).steps[0].spent_seconds,
        0,
        "preparing is no work"
    );
    assert_eq!(workshop(&app).time_on_step(app.clock).as_secs(), 30);

    // And the pause key, which then starts rather than stops.
    let mut app = workshop_app(fresh());
    app.update(Msg::Tick(seconds(300)));
    keys(&mut app, "<C-t>");
    app.update(Msg::Tick(seconds(320)));
    assert_eq!(workshop(&app).time_on_step(app.clock).as_secs(), 20);
    assert!(workshop(&app).paused_at.is_none());

    // A session worked on before counts from the moment it is opened.
    let mut app = workshop_app(example());
    app.update(Msg::Tick(seconds(45)));
    assert_eq!(workshop(&app).time_on_step(app.clock).as_secs(), 45);
}

#[test]
fn the_parking_lot_is_one_key_away() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><C-l>");
    assert_eq!(app.overlay, Some(Overlay::List(List::Parking)));
    keys(&mut app, "<Ins>");
    typing(&mut app, "Preise für Ersatzteile");
    keys(&mut app, "<Enter>");
    assert_eq!(
        session(&app).parking_lot.last().map(String::as_str),
        Some("Preise für Ersatzteile")
    );
    keys(&mut app, "<Del>");
    assert_eq!(session(&app).parking_lot.len(), 2);
    keys(&mut app, "<C-z><Esc>");
    assert_eq!(session(&app).parking_lot.len(), 3);
    assert_eq!(app.overlay, None);
}

#[test]
fn read_only_refuses_changes_and_says_so() {
    let mut app = seam::app::App::new(
        Language::De,
        Screen::Workshop(Box::new(Workshop::new(
            example(),
            "/tmp/x.ron".into(),
            true,
            seam::model::Moment::now(),
        ))),
    );
    keys(&mut app, "<Enter>");
    assert!(workshop(&app).editor.is_none());
    assert_eq!(
        app.status.as_deref(),
        Some("Nur lesen: Änderungen sind abgeschaltet.")
    );
    // Typing, adding, deleting, a round, the language: nothing changes the record.
    keys(
        &mut app,
        "<PageDown>und mehr<Tab><Tab><Ins><Del><C-o><F12><F12><C-z>",
    );
    assert_eq!(workshop(&app).step, 1, "looking around still works");
    assert_eq!(session(&app), &example(), "the record as it was read");
}

#[test]
fn the_language_switches_while_running_after_the_question() {
    let mut app = workshop_app(example());
    keys(&mut app, "<F12>");
    assert_eq!(
        session(&app).language,
        Language::De,
        "one stray F12 does nothing"
    );
    assert!(render(&app, 80, 24).contains("Noch einmal F12"));
    keys(&mut app, "<F12>");
    assert_eq!(session(&app).language, Language::En);
    assert!(render(&app, 80, 24).contains("Market definition"));
    keys(&mut app, "<C-z>");
    assert_eq!(session(&app).language, Language::De, "undo switches back");
    keys(&mut app, "<F12><Down><F12>");
    assert_eq!(
        session(&app).language,
        Language::De,
        "another key cancels the question"
    );
}

#[test]
fn the_language_question_is_answered_from_the_palette_where_f12_is_a_media_key() {
    // F12 asked, the palette opened to confirm: the question stays on screen and the
    // entry chosen there confirms it.
    let mut app = workshop_app(example());
    keys(&mut app, "<F12><C-k>");
    typing(&mut app, "Sprache");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Sitzung auf Englisch umstellen") && screen.contains("Strg-K wählen"));
    keys(&mut app, "<Enter>");
    assert_eq!(session(&app).language, Language::En);
    keys(&mut app, "<C-z>");
    // Only the palette: the first choice asks, the second confirms.
    keys(&mut app, "<C-k>");
    typing(&mut app, "Sprache");
    keys(&mut app, "<Enter>");
    assert_eq!(
        session(&app).language,
        Language::De,
        "the first choice only asks"
    );
    assert!(render(&app, 120, 40).contains("noch einmal in Strg-K"));
    keys(&mut app, "<C-k>");
    typing(&mut app, "Sprache");
    keys(&mut app, "<Enter>");
    assert_eq!(session(&app).language, Language::En);
    // Closing the palette with Esc cancels the question.
    keys(&mut app, "<C-z><F12><C-k><Esc><F12>");
    assert_eq!(session(&app).language, Language::De);
}

#[test]
fn pasting_into_a_one_line_field_inserts_text_and_triggers_nothing() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><Tab><Enter>");
    app.update(Msg::Paste("Verlage\nq\nd und Händler\r\n".into()));
    assert_eq!(app.workshop().map(|w| w.step), Some(1));
    let bm = match &session(&app).steps[1].result {
        Exercise::BusinessModel(b) => b.clone(),
        _ => panic!("business model"),
    };
    assert!(
        bm.who_pays.ends_with("Verlage q d und Händler "),
        "{:?}",
        bm.who_pays
    );
    assert!(!app.quitting);
}

#[test]
fn pasting_while_not_editing_types_into_the_focused_field() {
    let mut app = workshop_app(example());
    let before = market(session(&app)).definition.clone();
    app.update(Msg::Paste("qqq".into()));
    assert_eq!(market(session(&app)).definition, format!("{before}qqq"));
    assert!(workshop(&app).editor.is_some(), "still typing");
    // Where nothing is typed into, a paste changes nothing and says so.
    let mut app = workshop_app(example());
    keys(&mut app, "<F5>");
    let before = session(&app).clone();
    app.update(Msg::Paste("qqq".into()));
    assert_eq!(session(&app), &before);
    assert_eq!(
        app.status.as_deref(),
        Some("Buchstaben tippen hier nichts – Strg-K zeigt alle Befehle.")
    );
}

#[test]
fn quitting_after_a_failed_save_needs_a_second_q() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Enter>x<Esc>");
    let generation = workshop(&app).generation;
    app.update(Msg::Saved {
        generation,
        result: Err("disk full".into()),
    });
    assert_eq!(workshop(&app).save, SaveState::Failed("disk full".into()));
    assert_eq!(keys(&mut app, "<C-q>"), vec![]);
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Speichern fehlgeschlagen"))
    );
    assert_eq!(keys(&mut app, "<C-q>"), vec![Effect::Quit]);
    app.update(Msg::Saved {
        generation,
        result: Ok(()),
    });
    assert_eq!(workshop(&app).save, SaveState::Saved);
}

#[test]
fn help_lists_keys_and_any_key_closes_it() {
    let mut app = workshop_app(example());
    keys(&mut app, "<F1>");
    assert_eq!(app.overlay, Some(Overlay::Help));
    let help = render(&app, 120, 40);
    for line in [
        "Strg-O            verdeckte Runde",
        "Bild↓ / Alt-→     nächster Schritt",
        "Strg-Z            rückgängig",
        "Strg-K            alle Befehle",
    ] {
        assert!(help.contains(line), "{line} in the help: {help}");
    }
    keys(&mut app, "<Down><Down>");
    assert_eq!(app.overlay, Some(Overlay::Help), "arrows scroll");
    let before = session(&app).clone();
    assert_eq!(
        keys(&mut app, "x"),
        vec![],
        "the closing key does nothing else"
    );
    assert_eq!(app.overlay, None);
    assert_eq!(session(&app), &before, "x was not typed anywhere");
}

#[test]
fn the_start_screen_creates_a_session_from_the_form() {
    let mut app = start_app(Language::En, Vec::new());
    keys(&mut app, "n");
    typing(&mut app, "Q4 Planning");
    keys(&mut app, "<Tab><Tab><Right><Tab>");
    typing(&mut app, "Anna Berger:Marketing; Jonas Weber:Vertrieb");
    let effects = keys(&mut app, "<Enter>");
    let [Effect::Create(new)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(new.title, "Q4 Planning");
    assert_eq!(new.template, "core");
    assert_eq!(new.language, Language::De);
    assert_eq!(new.participants.len(), 2);
    assert_eq!(new.participants[1].department, "Vertrieb");
}

#[test]
fn the_start_screen_opens_the_selected_session() {
    let entries = vec![
        seam::app::SessionEntry {
            path: "/a.ron".into(),
            title: "A".into(),
            updated: String::new(),
            template: "core".into(),
            done: 0,
            total: 4,
        },
        seam::app::SessionEntry {
            path: "/b.ron".into(),
            title: "B".into(),
            updated: String::new(),
            template: "core".into(),
            done: 0,
            total: 4,
        },
    ];
    let mut app = start_app(Language::En, entries);
    assert_eq!(
        keys(&mut app, "<Down><Down><Enter>"),
        vec![Effect::Open {
            path: "/b.ron".into(),
            read_only: false
        }]
    );
    assert_eq!(keys(&mut app, "q"), vec![], "q asks first");
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
}

#[test]
fn a_late_participant_joins_and_their_department_estimates_next() {
    let mut app = workshop_app(example());
    keys(&mut app, "<C-g>");
    assert_eq!(app.overlay, Some(Overlay::List(List::Participants)));
    keys(&mut app, "<Ins>");
    typing(&mut app, "Mia Roth: Einkauf");
    keys(&mut app, "<Enter><Esc>");
    let mia = session(&app).participants.last().expect("added").clone();
    assert_eq!(
        (mia.name.as_str(), mia.department.as_str()),
        ("Mia Roth", "Einkauf")
    );
    let last_source = |app: &seam::app::App| {
        market(session(app))
            .estimates
            .last()
            .map(|e| e.source.clone())
    };
    keys(&mut app, "<Tab><Tab><Ins>");
    assert_eq!(
        last_source(&app).as_deref(),
        Some("Finanzen"),
        "the first department without one"
    );
    keys(&mut app, "<Esc><Esc><Ins>");
    assert_eq!(
        last_source(&app).as_deref(),
        Some("Einkauf"),
        "then the newcomer's"
    );
    keys(&mut app, "<Esc><Esc><C-g><Down><Down><Down><Down><Del>");
    assert_eq!(session(&app).participants.len(), 4);
    keys(&mut app, "<C-z>");
    assert_eq!(session(&app).participants.len(), 5);
    keys(&mut app, "<C-l>");
    assert_eq!(
        app.overlay,
        Some(Overlay::List(List::Parking)),
        "Ctrl-L switches to the parking lot"
    );
}

#[test]
fn intents_from_elsewhere_act_as_the_keys_do() {
    use seam::app::Msg;
    use seam::app::keymap::{Action, Intent};
    // The presenter and the phones send intents, not keys: the same step change, the
    // same typing, and nothing typed turns into a command.
    let mut app = workshop_app(example());
    app.update(Msg::Intent(Intent::Do(Action::NextStep)));
    assert_eq!(workshop(&app).step, 1);
    app.update(Msg::Intent(Intent::Do(Action::Edit)));
    assert!(workshop(&app).editor.is_some(), "Enter opens the sentence");
    for c in " q".chars() {
        let input = ratatui_textarea::Input {
            key: ratatui_textarea::Key::Char(c),
            ..ratatui_textarea::Input::default()
        };
        assert_eq!(app.update(Msg::Intent(Intent::Type(input))), None);
    }
    let Exercise::BusinessModel(b) = &session(&app).steps[1].result else {
        panic!("step 2 is the business model");
    };
    assert!(
        b.sentence.ends_with(" q"),
        "typed, not quit: {:?}",
        b.sentence
    );
    // Nothing, the intent of an unbound key, closes the help as any key does.
    app.update(Msg::Intent(Intent::Do(Action::Back)));
    app.update(Msg::Intent(Intent::Do(Action::Help)));
    assert_eq!(app.overlay, Some(Overlay::Help));
    app.update(Msg::Intent(Intent::Nothing));
    assert_eq!(app.overlay, None);
}

#[test]
fn every_field_of_a_row_form_is_reached_with_tab_and_letters_on_a_switch_do_nothing() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab><Ins>");
    // Source, euros, units: typed; method: a switch; basis: typed again.
    keys(&mut app, "<Tab><Tab><Tab>");
    assert!(
        workshop(&app).editor.is_none(),
        "the method is switched, not typed"
    );
    let before = session(&app).clone();
    let effects = keys(&mut app, "qLundp");
    assert_eq!(effects, vec![]);
    assert_eq!(
        *session(&app),
        before,
        "letters on a switch in a form do nothing"
    );
    assert_eq!(workshop(&app).detail, Some(3));
    keys(&mut app, "<Tab>");
    typing(&mut app, "Schätzung aus dem Controlling");
    assert_eq!(
        market(session(&app)).estimates[3].basis,
        "Schätzung aus dem Controlling",
        "the basis is reached and typed into"
    );
    keys(&mut app, "<BackTab><BackTab>");
    assert_eq!(workshop(&app).detail, Some(2), "Shift-Tab walks back");
}

#[test]
fn an_edit_can_be_cancelled_and_undo_can_be_redone() {
    let mut app = workshop_app(example());
    let definition = market(session(&app)).definition.clone();
    keys(&mut app, "<Enter>");
    typing(&mut app, " und mehr");
    ctrl(&mut app, 'z');
    assert!(workshop(&app).editor.is_none());
    assert_eq!(market(session(&app)).definition, definition, "as it was");
    keys(&mut app, "<Enter>");
    typing(&mut app, " und mehr");
    keys(&mut app, "<Esc><C-z>");
    assert_eq!(market(session(&app)).definition, definition);
    keys(&mut app, "<C-y>");
    assert!(
        market(session(&app)).definition.ends_with(" und mehr"),
        "redone"
    );
}

#[test]
fn horizons_take_quarters_and_reviews_take_a_rhythm() {
    let mut app = workshop_app(example());
    // Goal 1's horizon is its sixth field.
    keys(
        &mut app,
        "<PageDown><PageDown><Enter><Down><Down><Down><Down><Down><Enter>",
    );
    typing(&mut app, "Q4 2027");
    keys(&mut app, "<Enter>");
    assert_eq!(
        goals(session(&app)).goals[0].horizon,
        Some(jiff::civil::date(2027, 12, 31))
    );
    // The baseline may be negative (a net promoter score).
    keys(&mut app, "<Up><Up><Up><Enter>");
    typing(&mut app, "-12");
    keys(&mut app, "<Enter>");
    assert_eq!(
        goals(session(&app)).goals[0].baseline,
        Some(Decimal::from(-12))
    );
    // An agreement's review: a rhythm in words, or a day; a refused day is replaced by
    // what is typed next, not added to.
    keys(&mut app, "<Esc><PageDown><Enter>");
    for _ in 0..10 {
        keys(&mut app, "<Down>");
    }
    keys(&mut app, "<Enter>");
    typing(&mut app, "31.13.2027");
    keys(&mut app, "<Enter>");
    assert!(
        workshop(&app)
            .editor
            .as_ref()
            .is_some_and(|e| e.error.is_some())
    );
    typing(&mut app, "quartalsweise");
    keys(&mut app, "<Enter>");
    assert_eq!(
        agreements(session(&app)).agreements[0].review,
        Some(seam::model::When::Rhythm("quartalsweise".into()))
    );
    assert!(render(&app, 120, 40).contains("quartalsweise"));
}

#[test]
fn a_conflict_is_recorded_once_and_an_empty_goal_does_not_finish_the_step() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><PageDown><Down><C-p><Enter>");
    assert_eq!(
        goals(session(&app)).conflicts.len(),
        1,
        "1 ↔ 2 exists already"
    );
    assert_eq!(
        app.status.as_deref(),
        Some("Diesen Zielkonflikt gibt es schon.")
    );
    let mut fresh = example();
    if let Exercise::SharedGoals(g) = &mut fresh.steps[2].result {
        g.goals.truncate(0);
        g.conflicts.clear();
        g.budget = None;
        g.goals.push(seam::exercises::shared_goals::Goal::default());
    }
    assert!(
        !fresh.steps[2].result.is_done(),
        "an empty row is not a goal"
    );
}

#[test]
fn an_overdrawn_budget_shows_what_is_missing() {
    let mut session = example();
    if let Exercise::SharedGoals(g) = &mut session.steps[2].result {
        g.goals[0].budget_share = Some(Decimal::from(90));
    }
    let app = workshop_app(session);
    let mut app = app;
    keys(&mut app, "<PageDown><PageDown>");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Rest: -40 % = -192.000 €"), "{screen}");
}

#[test]
fn pasting_names_with_any_line_ends_makes_one_participant_each() {
    let mut app = workshop_app(example());
    let before = session(&app).participants.len();
    keys(&mut app, "<C-g><Ins>");
    app.update(Msg::Paste(
        "Eva Koch: Finanzen\r\nTim Roth: IT\rUte Berg: Service\n".into(),
    ));
    keys(&mut app, "<Enter>");
    let names: Vec<String> = session(&app)
        .participants
        .iter()
        .skip(before)
        .map(|p| p.with_department())
        .collect();
    assert_eq!(
        names,
        ["Eva Koch (Finanzen)", "Tim Roth (IT)", "Ute Berg (Service)"]
    );
    // Notes keep every line, whichever line ends the mail program used.
    keys(&mut app, "<Esc>");
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><PageDown><PageDown><Tab><Enter>");
    app.update(Msg::Paste("\rerste Zeile\rzweite Zeile".into()));
    let Exercise::Agreements(_) = &session(&app).steps[3].result else {
        panic!("step 4 holds the agreements");
    };
    assert!(
        session(&app).steps[3]
            .notes
            .ends_with("\nerste Zeile\nzweite Zeile"),
        "{:?}",
        session(&app).steps[3].notes
    );
}

#[test]
fn a_reopened_session_resumes_at_its_step_with_its_time() {
    let mut app = workshop_app(example());
    app.update(Msg::Tick(std::time::Duration::from_secs(75)));
    keys(&mut app, "<PageDown><PageDown>");
    app.update(Msg::Tick(std::time::Duration::from_secs(100)));
    app.update(Msg::Closing);
    // Written to a file and read back, as `seam open` reads it (the binary's own resume
    // is tested in tests/e2e_typing.rs).
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("resume.ron");
    seam::store::write_session(&path, session(&app)).expect("saved");
    let saved = seam::store::read_session(&path).expect("read back");
    assert_eq!(saved.current_step, 3);
    assert_eq!(saved.steps[0].spent_seconds, 75);
    assert_eq!(saved.steps[2].spent_seconds, 25, "booked when seam closes");
    let reopened = workshop_app(saved);
    assert_eq!(workshop(&reopened).step, 2, "back at the goals");
    assert_eq!(
        workshop(&reopened)
            .time_on_step(std::time::Duration::ZERO)
            .as_secs(),
        25
    );
}

#[test]
fn keys_do_nothing_while_the_screen_is_too_small_to_show_them() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab>");
    app.update(Msg::Resized(50, 15));
    let before = session(&app).clone();
    keys(&mut app, "<Del><Ins>d<F12><Enter>x<PageDown>");
    assert_eq!(*session(&app), before, "nothing happens unseen");
    assert_eq!(workshop(&app).step, 0);
    assert_eq!(
        keys(&mut app, "<C-q><C-q>"),
        vec![Effect::Quit],
        "quitting still works"
    );
    app.update(Msg::Resized(60, 20));
    let mut app = workshop_app(example());
    app.update(Msg::Resized(60, 20));
    keys(&mut app, "<PageDown>");
    assert_eq!(workshop(&app).step, 1, "60x20 is big enough to work");
}

#[test]
fn tab_in_a_list_goes_on_to_the_next_entry_and_never_behind_the_list() {
    let mut app = workshop_app(example());
    let definition = market(session(&app)).definition.clone();
    keys(&mut app, "<C-l><Enter>");
    typing(&mut app, " (dringend)");
    keys(&mut app, "<Tab>");
    let editor = workshop(&app).editor.as_ref().expect("still typing");
    assert_eq!(editor.field, seam::exercises::field::Field::Parking(1));
    typing(&mut app, "!");
    keys(&mut app, "<Tab><Esc>");
    assert!(session(&app).parking_lot[0].ends_with(" (dringend)"));
    assert!(session(&app).parking_lot[1].ends_with('!'));
    assert_eq!(
        market(session(&app)).definition,
        definition,
        "nothing typed behind"
    );
}

#[test]
fn swiss_grouping_and_finance_shorthand_echo_how_they_were_read() {
    let mut app = workshop_app(example());
    keys(&mut app, "<Tab><Tab><Enter><Down><Enter>");
    typing(&mut app, "EUR 1’234’567.89");
    let editor = workshop(&app).editor.as_ref().expect("typing");
    assert_eq!(editor.echo.as_deref(), Some("1.234.567,89 €"));
    keys(&mut app, "<Enter>");
    assert_eq!(
        market(session(&app)).estimates[0].euros.map(|e| e.value()),
        Some(Decimal::new(123_456_789, 2))
    );
    let mut english = example();
    english.language = Language::En;
    let mut app = workshop_app(english);
    keys(&mut app, "<Tab><Tab><Enter><Down><Enter>");
    typing(&mut app, "€1.2B");
    let editor = workshop(&app).editor.as_ref().expect("typing");
    assert_eq!(editor.echo.as_deref(), Some("€1,200,000,000"));
}

#[test]
fn the_timer_stops_and_a_break_does_not_count_as_work() {
    use std::time::Duration;
    let mut app = workshop_app(example());
    let tick = |app: &mut seam::app::App, secs: u64| {
        app.update(Msg::Tick(Duration::from_secs(secs)));
    };
    tick(&mut app, 60);
    keys(&mut app, "<C-t>");
    tick(&mut app, 600);
    assert_eq!(
        workshop(&app).time_on_step(app.clock).as_secs(),
        60,
        "stopped"
    );
    keys(&mut app, "<C-t>");
    tick(&mut app, 660);
    assert_eq!(
        workshop(&app).time_on_step(app.clock).as_secs(),
        120,
        "running again"
    );
    keys(&mut app, "<F6>");
    assert!(matches!(app.overlay, Some(Overlay::Break { .. })));
    keys(&mut app, "<F8><F8><F7>");
    let Some(Overlay::Break { ends_at, .. }) = app.overlay else {
        panic!("still the break");
    };
    assert_eq!(
        ends_at,
        Duration::from_secs(660 + 20 * 60),
        "15 + 5 + 5 - 5 minutes"
    );
    tick(&mut app, 1800);
    keys(&mut app, "<Esc>");
    assert_eq!(app.overlay, None);
    tick(&mut app, 1830);
    assert_eq!(
        workshop(&app).time_on_step(app.clock).as_secs(),
        150,
        "the break's 19 minutes are not the step's"
    );
}

#[test]
fn paging_while_typing_goes_to_the_texts_end_and_start_and_keeps_it_in_view() {
    let mut app = workshop_app(example());
    keys(&mut app, "<PageDown><Enter>");
    typing(&mut app, " Und noch ein Satz.");
    keys(&mut app, "<PageDown>");
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("Wir verkaufen Lebensmittelherstellern"),
        "the text stays in view:\n{screen}"
    );
    keys(&mut app, "<PageUp>");
    typing(&mut app, ">> ");
    keys(&mut app, "<PageDown>");
    typing(&mut app, " <<");
    let text = workshop(&app).editor.as_ref().expect("still typing").text();
    assert!(text.starts_with(">> Wir verkaufen"), "{text}");
    assert!(text.ends_with("Und noch ein Satz. <<"), "{text}");
    assert_eq!(
        workshop(&app).step,
        1,
        "paging while typing never leaves the step"
    );
}

#[test]
fn a_goal_row_typed_with_tab_keeps_every_value_in_its_field_even_after_a_refusal() {
    let mut app = workshop_app(example());
    // On the goals (the table is where the step starts), a new row typed with Tab
    // between the values, as a facilitator types what the room says.
    keys(&mut app, "<PageDown><PageDown><Ins>");
    typing(&mut app, "Mehr Umsatz mit Verbrauchsmaterial");
    for value in [
        "Umsatz",
        "1.200 €",
        "€1.500",
        "€",
        "30.06.2027",
        "Jürgen Müller",
    ] {
        keys(&mut app, "<Tab>");
        typing(&mut app, value);
    }
    keys(&mut app, "<Enter><Esc>");
    let goal = goals(session(&app))
        .goals
        .last()
        .expect("the new goal")
        .clone();
    assert_eq!(goal.statement, "Mehr Umsatz mit Verbrauchsmaterial");
    assert_eq!(goal.metric, "Umsatz");
    assert_eq!(
        goal.baseline,
        Some(Decimal::from(1200)),
        "a currency sign reads"
    );
    assert_eq!(goal.target, Some(Decimal::from(1500)));
    assert_eq!(goal.unit, "€");
    assert_eq!(
        goal.horizon.map(|d| d.to_string()).as_deref(),
        Some("2027-06-30")
    );
    assert_eq!(goal.owner, "Jürgen Müller");

    // A value that does not read stays visible in its field, and what is typed after
    // it goes into the next fields, never over it.
    keys(&mut app, "<Ins>");
    typing(&mut app, "Weniger Reklamationen");
    for value in ["Reklamationen", "zwölfhundert", "600", "Stück"] {
        keys(&mut app, "<Tab>");
        typing(&mut app, value);
    }
    keys(&mut app, "<Enter>");
    let goal = goals(session(&app))
        .goals
        .last()
        .expect("the second goal")
        .clone();
    assert_eq!(goal.baseline, None, "refused, not stored");
    assert_eq!(
        (goal.target, goal.unit.as_str()),
        (Some(Decimal::from(600)), "Stück")
    );
    let screen = render(&app, 120, 40);
    assert!(screen.contains("⚠ zwölfhundert"), "{screen}");
    // Opened again, the refused text is there to correct.
    let w = workshop(&app);
    let (text, _) = w
        .refused
        .iter()
        .map(|(_, _, text, reason)| (text.as_str(), reason.as_str()))
        .next()
        .expect("kept");
    assert_eq!(text, "zwölfhundert");
}

#[test]
fn the_palette_finds_a_command_by_its_name_in_either_language_and_ctrl_u_clears() {
    let mut app = workshop_app(example());
    keys(&mut app, "<C-k>");
    typing(&mut app, "export");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Handout"),
        "export finds the handout: {screen}"
    );
    keys(&mut app, "<C-u>");
    typing(&mut app, "language");
    assert!(
        render(&app, 120, 40).contains("Sprache"),
        "English words find German entries"
    );
    keys(&mut app, "<C-u>");
    assert_eq!(
        app.palette.as_ref().map(|p| p.query.as_str()),
        Some(""),
        "Ctrl-U clears"
    );
}

#[test]
fn the_last_step_says_what_comes_next_instead_of_doing_nothing() {
    let mut app = workshop_app(example());
    keys(&mut app, &"<PageDown>".repeat(3));
    assert_eq!(workshop(&app).step, 3, "the last of four");
    keys(&mut app, "<PageDown>");
    assert_eq!(workshop(&app).step, 3);
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("Strg-X: Handout"), "{status}");
    // Whole on a laptop's 80 columns.
    assert!(render(&app, 80, 24).contains("Nachtreffen: seam new --follow-up DATEI"));
}

#[test]
fn the_step_s_clock_is_booked_as_it_runs_so_a_crash_does_not_set_it_back() {
    let mut app = workshop_app(example());
    let before = session(&app).steps[0].spent_seconds;
    let generation = workshop(&app).generation;
    app.update(Msg::Tick(std::time::Duration::from_secs(10)));
    assert_eq!(session(&app).steps[0].spent_seconds, before, "not yet");
    app.update(Msg::Tick(std::time::Duration::from_secs(25)));
    assert_eq!(session(&app).steps[0].spent_seconds, before + 25);
    assert!(
        workshop(&app).generation > generation,
        "a change the writer saves"
    );
    // The time on screen is the same as before the booking.
    let on_step = workshop(&app).time_on_step(std::time::Duration::from_secs(25));
    assert_eq!(on_step.as_secs(), before + 25);
}
