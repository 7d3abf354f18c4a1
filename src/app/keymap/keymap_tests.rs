//! The keymap's tests: one binding a key, typing stays typing, and every command is
//! reachable on the keyboards and terminals a wall meets.

use super::*;

#[test]
fn no_key_is_bound_twice_in_one_scope() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            if a.scope == b.scope {
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{k:?} twice in {:?}", a.scope);
                }
            }
        }
    }
}

#[test]
fn narrower_scopes_win() {
    let enter = Chord::new(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        lookup(&[Scope::Editing, Scope::Session], &enter),
        Some(Action::Edit)
    );
    let q = Chord::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(
        lookup(&[Scope::Table, Scope::Session, Scope::Everywhere], &q),
        Some(Action::Quit)
    );
}

#[test]
fn keys_become_intents_and_unbound_keys_are_typed_only_while_typing() {
    let q = Chord::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(
        intent(&[Scope::Session, Scope::Everywhere], &q),
        Intent::Do(Action::Quit)
    );
    let q = Chord::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(intent(&[Scope::Editing], &q), Intent::Type(Input::from(q)));
    assert_eq!(intent(&[Scope::FormText], &q), Intent::Type(Input::from(q)));
    let z = Chord::new(KeyCode::Char('z'), KeyModifiers::NONE);
    assert_eq!(intent(&[Scope::Session], &z), Intent::Type(Input::from(z)));
    let f11 = Chord::new(KeyCode::F(11), KeyModifiers::NONE);
    assert_eq!(intent(&[Scope::Session], &f11), Intent::Nothing);
}

/// The rule of the wall: in a session no printable key is a command.
#[test]
fn no_printable_key_is_bound_in_a_session() {
    for binding in BINDINGS {
        if matches!(
            binding.scope,
            Scope::Start | Scope::StartEmpty | Scope::Presenter | Scope::Form
        ) {
            continue;
        }
        for chord in binding.keys {
            let event = Chord::new(chord.code, chord.modifiers);
            let space_on_a_switch = binding.scope == Scope::Choice;
            assert!(
                !is_printable(&event) || space_on_a_switch,
                "{chord:?} is a command in {:?}",
                binding.scope
            );
        }
    }
}

#[test]
fn choosing_left_and_right_share_one_help_line() {
    let lines = help_lines(Scope::Form);
    let choose: Vec<_> = lines
        .iter()
        .filter(|(_, label)| *label == Label::KeyChoose)
        .collect();
    assert_eq!(choose.len(), 1);
    assert_eq!(choose[0].0.len(), 3);
}

fn chord(code: KeyCode, modifiers: KeyModifiers) -> Chord {
    Chord::new(code, modifiers)
}

/// The scopes the palette lists when it opens above `scope` (as `App::scopes` stacks
/// them), or `None` where Ctrl-K opens no palette there.
fn palette_above(scope: Scope) -> Option<Vec<Scope>> {
    // The screens shown above `Everywhere`; the others stand alone.
    let on_everywhere = matches!(
        scope,
        Scope::Session
            | Scope::Table
            | Scope::Round
            | Scope::RoundRevealed
            | Scope::Parking
            | Scope::Phones
            | Scope::Picking
            | Scope::Start
            | Scope::StartEmpty
    );
    let stack = if on_everywhere {
        vec![scope, Scope::Everywhere]
    } else {
        vec![scope]
    };
    let palette_key = chord(KeyCode::Char('k'), KeyModifiers::CONTROL);
    (lookup(&stack, &palette_key) == Some(Action::Palette)).then_some(stack)
}

/// Macs and many business laptops give the function row to the OS (brightness, sound;
/// the F-key itself only with Fn): every command on an F-key has a way without one,
/// another key of its binding or an entry of the palette where it is bound.
#[test]
fn every_f_key_command_has_a_way_without_an_f_key() {
    let f_key = |k: &Chord| matches!(k.code, KeyCode::F(_));
    let mut checked = 0;
    for binding in BINDINGS.iter().filter(|b| b.keys.iter().any(f_key)) {
        let another_key = binding.keys.iter().any(|k| !f_key(k));
        let in_palette = palette_above(binding.scope).is_some_and(|scopes| {
            [Language::De, Language::En].iter().all(|l| {
                crate::app::palette::Palette::new(scopes.clone())
                    .entries(*l)
                    .iter()
                    .any(|entry| entry.action == binding.action)
            })
        });
        assert!(
            another_key || in_palette,
            "{:?} in {:?} only on an F-key: give it a Ctrl chord or a palette entry",
            binding.action,
            binding.scope
        );
        checked += 1;
    }
    assert!(checked >= 15, "checked only {checked}");
}

/// macOS Terminal.app scrolls its own buffer on PgUp/PgDn, so the steps move on
/// Alt-→/Alt-← too, and on Alt-F/Alt-B, which is how Terminal.app sends Option-→/←.
/// Wherever the step is on screen — a field, a table, a round, presentation mode.
#[test]
fn the_steps_move_without_the_page_keys() {
    let stacks: [&[Scope]; 5] = [
        &[Scope::Session, Scope::Everywhere],
        &[Scope::Table, Scope::Session, Scope::Everywhere],
        &[Scope::Round, Scope::Session, Scope::Everywhere],
        &[Scope::RoundRevealed, Scope::Session, Scope::Everywhere],
        &[Scope::Present],
    ];
    let alt = KeyModifiers::ALT;
    for scopes in stacks {
        for (code, action) in [
            (KeyCode::Right, Action::NextStep),
            (KeyCode::Char('f'), Action::NextStep),
            (KeyCode::Left, Action::PrevStep),
            (KeyCode::Char('b'), Action::PrevStep),
        ] {
            assert_eq!(
                intent(scopes, &chord(code, alt)),
                Intent::Do(action),
                "{code:?} in {scopes:?}"
            );
        }
    }
    // Listed once, as Alt-→ beside PgDn; the Terminal.app form is not shown twice.
    let lines = help_lines(Scope::Session);
    let next: Vec<_> = lines
        .iter()
        .filter(|(_, label)| *label == Label::KeyNextStep)
        .collect();
    assert_eq!(next.len(), 1);
    assert_eq!(
        next[0].0,
        [
            chord(KeyCode::PageDown, KeyModifiers::NONE),
            chord(KeyCode::Right, alt)
        ]
    );
    assert_eq!(key_name(&next[0].0[1], Language::De), "Alt-→");
    // While typing they stay the editor's: a word back and on, as in a shell.
    let word_back = chord(KeyCode::Char('b'), alt);
    assert_eq!(
        intent(&[Scope::Editing], &word_back),
        Intent::Type(Input::from(word_back))
    );
}

/// A German Mac with Option as Meta sends Option-L as Alt+`@`; Windows sends AltGr as
/// Ctrl+Alt. Either way the character types, into a field and from a step alike; an
/// Alt chord on a letter or a digit stays a command (or nothing).
#[test]
fn alt_and_altgr_characters_type_the_character() {
    let alt = KeyModifiers::ALT;
    let alt_gr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    for c in ['@', '€', '|', '{', '}', '[', ']', '~', '\\', 'µ', 'ł'] {
        let plain = Intent::Type(Input::from(chord(KeyCode::Char(c), KeyModifiers::NONE)));
        for held in [alt, alt_gr] {
            let pressed = chord(KeyCode::Char(c), held);
            assert!(is_printable(&pressed), "{c} with {held:?}");
            for scopes in [&[Scope::Editing][..], &[Scope::Session, Scope::Everywhere]] {
                assert_eq!(intent(scopes, &pressed), plain, "{c} with {held:?}");
            }
        }
    }
    // Shift as the keyboard needs it for the character (Alt-Shift-7 is `\` on a Mac).
    let shifted = chord(KeyCode::Char('\\'), alt | KeyModifiers::SHIFT);
    assert_eq!(
        intent(&[Scope::Answer], &shifted),
        Intent::Type(Input::from(chord(KeyCode::Char('\\'), KeyModifiers::SHIFT)))
    );
    for c in ['l', 'e', 'L', '7'] {
        for held in [alt, alt_gr] {
            let pressed = chord(KeyCode::Char(c), held);
            assert!(!is_printable(&pressed), "{c} with {held:?}");
            assert_eq!(
                intent(&[Scope::Session, Scope::Everywhere], &pressed),
                Intent::Nothing
            );
        }
    }
}

/// The same, through the app: typed into a step's field, `@` and `€` stand in it as
/// typed, whichever modifier the terminal reported them with.
#[test]
fn an_alt_character_lands_in_the_field() {
    use crate::app::{App, Msg, Screen, Workshop};
    let session = crate::workshops::example_session().expect("the example");
    let workshop = Workshop::new(
        session,
        std::path::PathBuf::from("/tmp/seam-keymap-test.ron"),
        false,
        crate::model::Moment::now(),
    );
    let mut app = App::new(Language::De, Screen::Workshop(Box::new(workshop)));
    let keys = [
        chord(KeyCode::Char('x'), KeyModifiers::NONE),
        chord(KeyCode::Char('@'), KeyModifiers::ALT),
        chord(
            KeyCode::Char('€'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ),
        chord(KeyCode::Char('|'), KeyModifiers::ALT),
        chord(KeyCode::Char('{'), KeyModifiers::ALT | KeyModifiers::SHIFT),
    ];
    for key in keys {
        app.update(Msg::Key(key));
    }
    let Screen::Workshop(w) = &app.screen else {
        panic!("the workshop");
    };
    let typed = w.editor.as_ref().map(|e| e.text()).expect("typing");
    assert!(typed.ends_with("x@€|{"), "{typed:?}");
}

#[test]
fn every_key_a_template_hint_names_is_bound_on_the_wall() {
    // Hints are lent from the templates as they read today (never kept in a session
    // file), so a key they name must be one the wall takes.
    let catalog = crate::workshops::Catalog::load(None);
    let wall = [
        Scope::Round,
        Scope::RoundRevealed,
        Scope::Session,
        Scope::Everywhere,
    ];
    let mut named = 0;
    for (template, _) in &catalog.templates {
        for hint in template.steps.iter().flat_map(|s| s.hints.iter()) {
            for text in [&hint.de, &hint.en] {
                for prefix in ["Strg-", "Ctrl-"] {
                    for (at, _) in text.match_indices(prefix) {
                        let letter = text[at + prefix.len()..].chars().next();
                        let letter = letter.map(|c| c.to_ascii_lowercase()).unwrap_or(' ');
                        let bound = wall.iter().any(|scope| {
                            BINDINGS
                                .iter()
                                .any(|b| b.scope == *scope && b.keys.contains(&ctrl(letter)))
                        });
                        assert!(bound, "{}: {prefix}{letter} is no key: {text}", template.id);
                        named += 1;
                    }
                }
                // A bare letter in brackets was a key once; keys are named in full now.
                let bare = text
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0] == b'(' && w[1].is_ascii_lowercase() && w[2] == b')');
                assert!(!bare, "{}: a bare letter as a key: {text}", template.id);
            }
        }
    }
    assert!(named >= 8, "the hints name keys: {named}");
}
