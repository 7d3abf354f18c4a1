//! In front of 30 people: random keystrokes — every key of the keymap plus letters,
//! digits and the keys people hit by mistake — never quit without the question on
//! screen, never switch the session's language without it, and whatever they changed,
//! undo takes all of it back.

use crate::common::*;
use proptest::prelude::*;
use seam::app::keymap::BINDINGS;
use seam::app::keymap::{Chord, KeyCode, KeyModifiers};
use seam::app::{Effect, Msg};
use seam::record::Session;

/// Every chord of the keymap, then letters, digits and punctuation as typed.
fn keyboard() -> Vec<Chord> {
    let mut keys: Vec<Chord> = BINDINGS
        .iter()
        .flat_map(|b| b.keys.iter())
        .map(|chord| Chord::new(chord.code, chord.modifiers))
        .collect();
    let typed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-+?!";
    keys.extend(
        typed
            .chars()
            .map(|c| Chord::new(KeyCode::Char(c), KeyModifiers::NONE)),
    );
    keys.extend([
        Chord::new(KeyCode::Backspace, KeyModifiers::NONE),
        Chord::new(KeyCode::Left, KeyModifiers::NONE),
        Chord::new(KeyCode::Right, KeyModifiers::NONE),
    ]);
    keys.sort_by_key(|k| format!("{k:?}"));
    keys.dedup();
    keys
}

/// What undo must bring back: everything but the bookkeeping of saves, of where the
/// workshop is, of the time spent and of the colours, which undo rightly leaves alone.
fn record(session: &Session) -> Session {
    let mut copy = session.clone();
    copy.updated = session.created;
    copy.current_step = 0;
    // The colours are how the wall looks, not what the room said.
    copy.theme = seam::record::Theme::Terminal;
    copy.steps.iter_mut().for_each(|s| s.spent_seconds = 0);
    copy
}

fn press_undo_until_nothing_is_left(app: &mut seam::app::App) {
    // Leave whatever was open: an editor, a form, a list, the help, a pairing.
    for _ in 0..4 {
        app.update(Msg::Key(Chord::new(KeyCode::Esc, KeyModifiers::NONE)));
    }
    for _ in 0..250 {
        if workshop(app).undo.is_empty() {
            return;
        }
        app.update(Msg::Key(Chord::new(
            KeyCode::Char('z'),
            KeyModifiers::CONTROL,
        )));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn stray_keys_never_quit_or_switch_language_unasked_and_undo_restores_all(
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..60),
        step in 0_usize..4,
    ) {
        let keyboard = keyboard();
        let mut start = example();
        start.steps.iter_mut().for_each(|s| s.notes.push_str(" Ende."));
        let mut app = workshop_app(start);
        for _ in 0..step {
            app.update(Msg::Key(Chord::new(KeyCode::PageDown, KeyModifiers::NONE)));
        }
        let original = record(&workshop(&app).session);
        let mut quit = false;
        let mut switched = false;
        for pick in picks {
            let key = keyboard[pick.index(keyboard.len())];
            let asked = app.status.clone().unwrap_or_default();
            let language = workshop(&app).session.language;
            let effect = app.update(Msg::Key(key));
            if std::env::var_os("STRAY_DEBUG").is_some() {
                eprintln!("{key:?} -> {effect:?} status {:?} armed {:?}", app.status, app.armed);
            }
            if effect == Some(Effect::Quit) {
                prop_assert!(
                    asked.contains("Noch einmal Strg-Q") || asked.contains("Press Ctrl-Q")
                        || asked.contains("Strg-Q noch einmal") || asked.contains("Press Ctrl-Q again"),
                    "quit by {key:?} without the question on screen (status was {asked:?})"
                );
                quit = true;
                break;
            }
            if workshop(&app).session.language != language {
                // Undo and redo may take a confirmed switch back and forth.
                let undoing = matches!(key.code, KeyCode::Char('z' | 'y'))
                    && key.modifiers.contains(KeyModifiers::CONTROL);
                let asked_now = asked.contains("Noch einmal F12") || asked.contains("Press F12 again");
                prop_assert!(
                    asked_now || (undoing && switched),
                    "language switched by {key:?} without the question (status was {asked:?})"
                );
                switched |= asked_now;
            }
        }
        if !quit {
            press_undo_until_nothing_is_left(&mut app);
            prop_assert_eq!(record(&workshop(&app).session), original);
        }
    }
}
