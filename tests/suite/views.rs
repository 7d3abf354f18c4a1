//! Snapshots of every screen at 80x24 and 120x40 (and too small), drawn from state on a
//! test backend. Colours are not in text snapshots; symbols and words are.

use crate::common::*;
use insta::assert_snapshot;
use seam::app::SessionEntry;
use seam::model::Language;

fn both(name: &str, app: &seam::app::App) {
    assert_snapshot!(format!("{name}_80x24"), render(app, 80, 24));
    assert_snapshot!(format!("{name}_120x40"), render(app, 120, 40));
}

fn at_step(step: usize) -> seam::app::App {
    let mut app = workshop_app(example());
    for _ in 0..step {
        keys(&mut app, "<PageDown>");
    }
    app
}

#[test]
fn market() {
    both("market_de", &at_step(0));
    let mut english = example();
    english.language = Language::En;
    both("market_en", &workshop_app(english));
}

#[test]
fn business_model() {
    both("business_model", &at_step(1));
}

#[test]
fn shared_goals() {
    both("shared_goals", &at_step(2));
}

#[test]
fn agreements() {
    both("agreements", &at_step(3));
}

#[test]
fn an_agreement_opened_as_a_form() {
    let mut app = at_step(3);
    keys(&mut app, "<Down><Down><Enter>");
    both("agreement_form", &app);
}

#[test]
fn a_number_being_typed_echoes_or_explains() {
    let mut app = at_step(0);
    keys(&mut app, "<Tab><Tab><Enter><Down><Enter>");
    typing(&mut app, "1.2 Mrd");
    assert_snapshot!("number_ambiguous_80x24", render(&app, 80, 24));
    keys(
        &mut app,
        "<Backspace><Backspace><Backspace><Backspace><Backspace><Backspace><Backspace>",
    );
    typing(&mut app, "1,2 Mrd. €");
    assert_snapshot!("number_understood_80x24", render(&app, 80, 24));
}

#[test]
fn help_overlay() {
    let mut app = at_step(0);
    keys(&mut app, "<F1>");
    both("help", &app);
}

#[test]
fn parking_lot() {
    let mut app = at_step(1);
    keys(&mut app, "<C-l>");
    both("parking_lot", &app);
}

#[test]
fn participants() {
    let mut app = at_step(0);
    keys(&mut app, "<C-g><Down>");
    assert_snapshot!("participants_80x24", render(&app, 80, 24));
}

#[test]
fn agenda_collapsed() {
    let mut app = at_step(2);
    keys(&mut app, "<F3>");
    assert_snapshot!("agenda_collapsed_80x24", render(&app, 80, 24));
}

#[test]
fn too_small_says_what_is_needed() {
    let app = at_step(0);
    assert_snapshot!("too_small_de_58x20", render(&app, 58, 20));
    let mut english = example();
    english.language = Language::En;
    assert_snapshot!("too_small_en_60x19", render(&workshop_app(english), 60, 19));
    assert_snapshot!("too_small_tiny_20x5", render(&app, 20, 5));
}

fn entries() -> Vec<SessionEntry> {
    vec![
        SessionEntry {
            path: "/d/a.ron".into(),
            title: "Q3 Kick-off Vertrieb & Marketing".into(),
            updated: "2026-11-22 12:41".into(),
            template: "core".into(),
            done: 4,
            total: 4,
        },
        SessionEntry {
            path: "/d/b.ron".into(),
            title: "Service-Werkstatt \u{1b}[31m".into(),
            updated: "2026-11-20 09:00".into(),
            template: "core".into(),
            done: 1,
            total: 4,
        },
    ]
}

#[test]
fn start_screen() {
    both("start_de", &start_app(Language::De, entries()));
    assert_snapshot!(
        "start_empty_en_80x24",
        render(&start_app(Language::En, Vec::new()), 80, 24)
    );
    let mut app = start_app(Language::En, entries());
    keys(&mut app, "n");
    typing(&mut app, "Q4 Planning");
    keys(&mut app, "<Tab><Tab><Tab>");
    typing(&mut app, "Anna:Marketing; Jonas:Sales");
    both("start_new_session_en", &app);
}

#[test]
fn a_fresh_session_shows_empty_fields_and_no_checks() {
    let mut catalog = seam::workshops::Catalog::load(None);
    let (template, _) = catalog.templates.remove(0);
    let session = seam::record::Session::from_template(
        &template,
        "x".into(),
        "Neu".into(),
        Language::De,
        Vec::new(),
        example().created,
    );
    let mut app = workshop_app(session);
    // The pulse comes first; the market is what this test looks at.
    keys(&mut app, "<PageDown>");
    both("fresh_market", &app);
}

/// Umlauts, CJK (two columns each), emoji and combining marks keep the columns aligned.
#[test]
fn wide_and_combining_characters_keep_columns_aligned() {
    let text = include_str!("../../workshops/examples/kessler.ron")
        .replace(
            "Mehr vertriebsreife Leads aus Bestandskunden",
            "更多合格的销售线索 🚀 aus Bestandskunden",
        )
        .replace(
            "Verbrauchsmaterial-Quote bei Neukunden steigern",
            "Quote fu\u{308}r Neukunden (e\u{301}te\u{301})",
        )
        .replace("\"Marketing\"", "\"マーケティング\"")
        .replace("\"Service\"", "\"Sérvice 🛠️\"")
        .replace("vertriebsreife Leads\"", "営業準備完了リード 👍🏽\"");
    let session =
        seam::store::parse_session(&text, std::path::Path::new("unicode.ron")).expect("parses");
    let mut app = workshop_app(session);
    keys(&mut app, "<PageDown><PageDown>");
    both("unicode_goals", &app);
    keys(&mut app, "<PageDown>");
    both("unicode_agreements", &app);
}

/// A projector: every step and overlay draws at 240x67 with the question on top.
#[test]
fn projector_size() {
    for step in 0..4 {
        let mut app = at_step(step);
        let screen = render(&app, 240, 67);
        let question = crate::common::workshop(&app)
            .current()
            .map(|s| s.question.de.clone())
            .unwrap_or_default();
        assert!(
            screen
                .lines()
                .nth(1)
                .is_some_and(|l| l.contains(&question[..20])),
            "step {step}:\n{screen}"
        );
        keys(&mut app, "<F1>");
        assert!(render(&app, 240, 67).contains("Tasten"));
    }
    assert_snapshot!("market_de_240x67", render(&at_step(0), 240, 67));
}

/// At zero the timebox turns into a warning with a symbol and words; work goes on.
#[test]
fn the_timer_runs_over_with_a_warning() {
    let mut app = at_step(1);
    app.update(seam::app::Msg::Tick(std::time::Duration::from_secs(
        40 * 60 + 75,
    )));
    let screen = render(&app, 80, 24);
    assert!(
        screen
            .lines()
            .next()
            .is_some_and(|l| l.contains("⚠ +01:15 drüber")),
        "{screen}"
    );
    keys(&mut app, "<F8>");
    assert!(
        render(&app, 80, 24)
            .lines()
            .next()
            .is_some_and(|l| l.contains("⏱ 03:45 übrig"))
    );
}

/// Colours are not in the text snapshots: the focus is reverse video (readable on any
/// projector), and a warning's colour always comes with its ⚠ symbol.
#[test]
fn focus_is_reverse_video_and_warnings_carry_a_symbol() {
    use ratatui::style::{Color, Modifier};
    let app = at_step(0);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|frame| seam::ui::render(&app, frame))
        .expect("draws");
    let buffer = terminal.backend().buffer().clone();
    let rows: Vec<String> = (0..40)
        .map(|y| {
            (0..120)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect()
        })
        .collect();
    let focus_row = rows
        .iter()
        .position(|r| r.contains("▶ Marktabgrenzung"))
        .expect("focused field");
    let x = u16::try_from(
        rows[focus_row]
            .chars()
            .position(|c| c == '▶')
            .expect("marker"),
    )
    .expect("fits");
    let y = u16::try_from(focus_row).expect("fits");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    for (y, row) in rows.iter().enumerate() {
        let y = u16::try_from(y).expect("fits");
        let yellow = (0..120).any(|x| buffer[(x, y)].fg == Color::Yellow);
        if yellow {
            assert!(
                row.contains('⚠'),
                "a coloured line without its symbol: {row}"
            );
        }
    }
    assert!(
        rows.iter().any(|r| r.contains('⚠')),
        "the example has open checks"
    );
}

#[test]
fn marking_a_conflict_between_two_goals() {
    let mut app = at_step(2);
    // Goals 1 and 2 are in conflict already: goal 3 against goal 2 is a new one.
    keys(&mut app, "<Down><Down><C-p>");
    assert_snapshot!("conflict_picking_80x24", render(&app, 80, 24));
    keys(&mut app, "<Enter>");
    typing(&mut app, "Rabatt gegen Reaktionszeit");
    assert_snapshot!("conflict_note_80x24", render(&app, 80, 24));
}

/// Scrolling the help to its end shows its last line, also when hints wrap at 80x24.
#[test]
fn the_end_of_the_help_is_reachable() {
    let mut session = example();
    session.steps[0].hints = vec![seam::model::Text::new("Ein sehr langer Hinweis, der bei achtzig Spalten ganz sicher umbricht und mehrere Zeilen braucht. ".repeat(3), "")];
    let mut app = workshop_app(session);
    keys(&mut app, "<F1>");
    for _ in 0..10 {
        keys(&mut app, "<PageDown>");
    }
    assert!(render(&app, 80, 24).contains("Eine beliebige Taste schließt die Hilfe."));
}

#[test]
fn the_footer_says_what_enter_does_where_it_is_a_line_break() {
    let mut app = at_step(0);
    for _ in 0..5 {
        keys(&mut app, "<Tab>");
    }
    keys(&mut app, "<Enter>");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Enter  neue Zeile"), "{screen}");
    assert!(!screen.contains("Enter  fertig"), "{screen}");
    // Ctrl-U and Ctrl-Z are in the help, generated from the keymap.
    keys(&mut app, "<Esc><F1>");
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&render(&app, 120, 40));
        keys(&mut app, "<PageDown>");
    }
    assert!(seen.contains("Zeile bis zum Cursor leeren"), "{seen}");
    assert!(seen.contains("abbrechen: Feld wie vorher"), "{seen}");
}

#[test]
fn long_titles_on_the_start_screen_end_in_an_ellipsis() {
    let mut sessions = entries();
    sessions[0].title =
        "Ein sehr langer Titel für einen Workshop mit allen Abteilungen des Hauses".into();
    let screen = render(&start_app(Language::De, sessions), 80, 24);
    assert!(
        screen.contains("Ein sehr langer Titel für einen…"),
        "{screen}"
    );
}

#[test]
fn a_break_shows_its_time_big() {
    let mut app = at_step(0);
    keys(&mut app, "<F6>");
    app.update(seam::app::Msg::Tick(std::time::Duration::from_secs(61)));
    both("break", &app);
}

#[test]
fn a_theme_colours_every_cell_of_the_wall() {
    use ratatui::style::Color;
    let mut session = example();
    session.theme = seam::record::Theme::Dark;
    let app = workshop_app(session);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    terminal
        .draw(|frame| seam::ui::render(&app, frame))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    let dark = [Color::Rgb(0x10, 0x14, 0x18), Color::Black];
    let light_bar = [Color::Rgb(0xF2, 0xF2, 0xF2), Color::White];
    for cell in buffer.content() {
        assert!(
            dark.contains(&cell.bg) || light_bar.contains(&cell.bg),
            "every cell on the theme's background or its bar: {cell:?}"
        );
    }
    let mut app = app;
    keys(&mut app, "<F4>");
    assert_eq!(
        session_theme(&app),
        seam::record::Theme::Light,
        "T switches live"
    );
}

fn session_theme(app: &seam::app::App) -> seam::record::Theme {
    app.workshop().expect("workshop").session.theme
}

#[test]
fn presentation_mode_shows_the_question_and_the_result_big() {
    let mut app = at_step(0);
    keys(&mut app, "<F5>");
    both("present_market", &app);
    keys(&mut app, "<PageDown>");
    assert_snapshot!("present_business_model_120x40", render(&app, 120, 40));
    keys(&mut app, "<Esc>");
    assert!(!workshop(&app).presenting, "Esc returns");
}

#[test]
fn presenting_goals_and_agreements_shows_each_in_full_one_at_a_time() {
    let mut app = at_step(2);
    keys(&mut app, "<F5>");
    both("present_goal_1", &app);
    let goal = render(&app, 80, 24);
    assert!(goal.contains("40 → 70 Leads bis 30.06.2027"), "{goal}");
    assert!(goal.contains("1/5"), "which of how many: {goal}");
    keys(&mut app, "<PageDown><PageDown>");
    assert_eq!(workshop(&app).step, 2, "still the goals");
    assert!(render(&app, 80, 24).contains("Verantwortlich: Service"));
    keys(&mut app, "<PageDown><PageDown><PageDown>");
    assert_eq!(workshop(&app).step, 3, "after the last item, the next step");
    both("present_agreement_1", &app);
    let agreement = render(&app, 120, 40);
    assert!(
        agreement.contains("Marketing → Vertrieb: vertriebsreife Leads · 70 pro Monat"),
        "{agreement}"
    );
    keys(&mut app, "<PageUp>");
    assert_eq!(workshop(&app).step, 2, "back into the goals");
    assert!(render(&app, 80, 24).contains("5/5"), "at their last item");
}

#[test]
fn small_and_wide_screens_show_everything_that_fits() {
    // 60x20: every goal, no empty lines left below while a row hides.
    let app = at_step(2);
    let small = render(&app, 60, 20);
    for goal in ["Mehr vertr", "Verbrauchs", "Weniger St"] {
        assert!(small.contains(goal), "{goal}:\n{small}");
    }
    // 200 columns: the agenda's titles whole.
    let full = workshop_app(seam::workshops::full_day_example().expect("full day"));
    let wide = render(&full, 200, 60);
    for title in [
        "1. Zusammenarbeit heute",
        "6. Zeithorizonte, Anreize, Kanäle",
        "10. Pilot im geschützten Raum",
    ] {
        assert!(wide.contains(title), "{title}:\n{wide}");
    }
    // 120 columns: a form's longest label whole.
    let mut app = at_step(3);
    keys(&mut app, "<Enter>");
    let form = render(&app, 120, 40);
    assert!(form.contains("Verantwortlich empfangend  "), "{form}");
}
