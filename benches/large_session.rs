//! Large sessions: load, one frame, one keystroke (in a goal, in the market), the copy a
//! save takes, save and Markdown export at 1×, 4× and 16× of a generated session (16× =
//! 2,000 goals, 2,000 agreements, 500 estimates).
//! Medians over repeated runs; read the growth from 1× to 16×, not single numbers.
//!
//!     cargo bench --bench large_session

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use seam::app::keymap::{Chord, KeyCode, KeyModifiers};
use seam::app::{App, Msg, Screen, Workshop};
use seam::store;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

fn press(app: &mut App, code: KeyCode) {
    app.update(Msg::Key(Chord::new(code, KeyModifiers::NONE)));
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    println!(
        "| scale | goals | agreements | estimates | file KiB | load ms | frame goals ms | frame agreements ms | key in goal ms | key in market ms | copy for a save ms | save ms | export ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut missed: Vec<String> = Vec::new();
    for scale in [1_usize, 4, 16] {
        let (goals, agreements, estimates) = (125 * scale, 125 * scale, 31 * scale + scale / 2);
        let session = seam::sample::large_session(goals, agreements, estimates).expect("sample");
        let path = dir.path().join(format!("large-{scale}.ron"));
        store::write_session(&path, &session).expect("write");
        let size = std::fs::metadata(&path).expect("meta").len() / 1024;
        let runs = if scale == 16 { 15 } else { 40 };
        let load = time(runs, || store::read_session(&path).expect("load"));
        let save = time(runs, || {
            store::write_session(&path, &session).expect("save")
        });
        let export = time(runs, || seam::export::markdown::handout(&session));

        let mut app = App::new(
            session.language,
            Screen::Workshop(Box::new(Workshop::new(
                session.clone(),
                path.clone(),
                false,
                seam::model::Moment::now(),
            ))),
        );
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        // Type into the market's definition above its estimates: the step's checks and
        // its spreads and price range are worked out again for every key.
        press(&mut app, KeyCode::Enter);
        let key_market = time(runs, || {
            press(&mut app, KeyCode::Char('x'));
            terminal.draw(|f| seam::ui::render(&app, f)).map(|_| ())
        });
        let typed = app
            .workshop()
            .is_some_and(|w| match &w.session.steps[0].result {
                seam::exercises::Exercise::Market(m) => m.definition.ends_with("xxx"),
                _ => false,
            });
        if !typed {
            missed.push(format!("{scale}×: the keys were not typed into the market"));
        }
        press(&mut app, KeyCode::Esc);
        // A save's copy of the session, as the wall hands it to the writer.
        let copy = time(runs, || app.workshop().map(|w| w.session.clone()));
        press(&mut app, KeyCode::PageDown);
        press(&mut app, KeyCode::PageDown);
        let frame_goals = time(runs, || {
            terminal.draw(|f| seam::ui::render(&app, f)).map(|_| ())
        });
        // Type into a goal's statement: the update plus the frame after it.
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Enter);
        let key = time(runs, || {
            press(&mut app, KeyCode::Char('x'));
            terminal.draw(|f| seam::ui::render(&app, f)).map(|_| ())
        });
        // The measured keys typed: a bench of keys that did nothing measures nothing.
        let typed = app
            .workshop()
            .is_some_and(|w| match &w.session.steps[2].result {
                seam::exercises::Exercise::SharedGoals(g) => g.goals[0].statement.ends_with("xxx"),
                _ => false,
            });
        if !typed {
            missed.push(format!("{scale}×: the keys were not typed into the goal"));
        }
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::PageDown);
        let frame_agreements = time(runs, || {
            terminal.draw(|f| seam::ui::render(&app, f)).map(|_| ())
        });
        println!(
            "| {scale}× | {goals} | {agreements} | {estimates} | {size} | {} | {} | {} | {} | {} | {} | {} | {} |",
            ms(load),
            ms(frame_goals),
            ms(frame_agreements),
            ms(key),
            ms(key_market),
            ms(copy),
            ms(save),
            ms(export)
        );
        // docs/PERFORMANCE.md: for the 16× session a frame under 5 ms, a save under 30 ms,
        // a load under 50 ms.
        if scale == 16 {
            for (what, took, target) in [
                ("frame of the goals", frame_goals, 5),
                ("frame of the agreements", frame_agreements, 5),
                ("key in the market", key_market, 5),
                ("save", save, 30),
                ("load", load, 50),
            ] {
                if took > Duration::from_millis(target) {
                    missed.push(format!("16×: {what} {} ms > {target} ms", ms(took)));
                }
            }
        }
    }
    for line in &missed {
        println!("MISSED: {line}");
    }
    if !missed.is_empty() {
        std::process::exit(1);
    }
}
