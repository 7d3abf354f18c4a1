//! The start screen: recent sessions to open, and the form for a new session.

use std::path::PathBuf;

use ratatui_textarea::{CursorMove, TextArea};

use super::Effect;
use super::keymap::{Action, Intent};
use crate::model::{Language, Participant, Text};

/// A session as the start screen lists it; read once when the screen opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEntry {
    pub path: PathBuf,
    pub title: String,
    pub updated: String,
    pub template: String,
    pub done: usize,
    pub total: usize,
}

/// What the facilitator asked for in the new-session form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub template: String,
    pub title: String,
    pub language: Language,
    pub participants: Vec<Participant>,
}

pub struct StartState {
    pub sessions: Vec<SessionEntry>,
    pub selected: usize,
    pub templates: Vec<(String, Text)>,
    pub form: Option<Form>,
}

/// The new-session form. Its text fields are always in typing mode.
pub struct Form {
    pub focus: FormField,
    pub title: TextArea<'static>,
    pub template: usize,
    pub language: Language,
    pub participants: TextArea<'static>,
    /// Why the session was not created (two participants that cannot be told apart),
    /// shown under the participants until they are typed into again.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Title,
    Template,
    Language,
    Participants,
}

impl FormField {
    /// Title and participants are typed into; template and language are chosen.
    pub fn is_text(self) -> bool {
        matches!(self, FormField::Title | FormField::Participants)
    }

    const ORDER: [FormField; 4] = [
        FormField::Title,
        FormField::Template,
        FormField::Language,
        FormField::Participants,
    ];

    fn step(self, forward: bool) -> FormField {
        let i = FormField::ORDER
            .iter()
            .position(|f| *f == self)
            .unwrap_or(0);
        let n = FormField::ORDER.len();
        FormField::ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

impl StartState {
    pub fn new(sessions: Vec<SessionEntry>, templates: Vec<(String, Text)>) -> StartState {
        StartState {
            sessions,
            selected: 0,
            templates,
            form: None,
        }
    }

    pub fn open_form(&mut self, language: Language) {
        let mut title = TextArea::default();
        title.move_cursor(CursorMove::End);
        self.form = Some(Form {
            focus: FormField::Title,
            title,
            template: 0,
            language,
            participants: TextArea::default(),
            error: None,
        });
    }
}

/// An intent on the start screen, list or form.
pub(super) fn on_intent(
    state: &mut StartState,
    language: &mut Language,
    intent: Intent,
) -> Option<Effect> {
    if state.form.is_some() && intent == Intent::Do(Action::Back) {
        state.form = None;
        return None;
    }
    if let Some(form) = &mut state.form {
        return on_form(form, &state.templates, intent, language);
    }
    let Intent::Do(action) = intent else {
        return None;
    };
    match action {
        Action::Up => state.selected = state.selected.saturating_sub(1),
        Action::Down => {
            state.selected = (state.selected + 1).min(state.sessions.len().saturating_sub(1))
        }
        Action::Edit => {
            let entry = state.sessions.get(state.selected)?;
            return Some(Effect::Open {
                path: entry.path.clone(),
                read_only: false,
            });
        }
        Action::NewSession => state.open_form(*language),
        Action::NewFollowUp => {
            let entry = state.sessions.get(state.selected)?;
            return Some(Effect::CreateFollowUp(entry.path.clone()));
        }
        Action::SwitchLanguage => *language = language.other(),
        Action::Quit => return Some(Effect::Quit),
        _ => {}
    }
    None
}

fn on_form(
    form: &mut Form,
    templates: &[(String, Text)],
    intent: Intent,
    language: &mut Language,
) -> Option<Effect> {
    let choices = templates.len().max(1);
    match intent {
        Intent::Do(Action::NextField) => form.focus = form.focus.step(true),
        Intent::Do(Action::PrevField) => form.focus = form.focus.step(false),
        Intent::Do(Action::Quit) => return Some(Effect::Quit),
        Intent::Do(Action::Edit) => return create(form, templates),
        Intent::Do(action @ (Action::Toggle | Action::ToggleBack)) => match form.focus {
            FormField::Template if action == Action::Toggle => {
                form.template = (form.template + 1) % choices;
            }
            FormField::Template => form.template = (form.template + choices - 1) % choices,
            FormField::Language => {
                form.language = form.language.other();
                *language = form.language;
            }
            FormField::Title | FormField::Participants => {}
        },
        Intent::Type(input) => match form.focus {
            FormField::Title => drop(form.title.input(input)),
            FormField::Participants => {
                form.error = None;
                form.participants.input(input);
            }
            FormField::Template | FormField::Language => {}
        },
        Intent::Do(_) | Intent::Nothing => {}
    }
    None
}

fn create(form: &mut Form, templates: &[(String, Text)]) -> Option<Effect> {
    let (template, _) = templates.get(form.template)?;
    let participants = form.participants.lines().join(";");
    let participants: Vec<Participant> = participants
        .split(';')
        .filter(|p| !p.trim().is_empty())
        .filter_map(Participant::parse)
        .collect();
    // Two that could not be told apart would answer as one: said under the list, which
    // keeps what was typed.
    if let Some((first, second)) = crate::model::participant::clash(&participants) {
        form.error = Some(crate::i18n::participant_clash(
            form.language,
            first + 1,
            &participants[first],
            &participants[second],
        ));
        form.focus = FormField::Participants;
        return None;
    }
    Some(Effect::Create(NewSession {
        template: template.clone(),
        title: form.title.lines().join(" ").trim().to_owned(),
        language: form.language,
        participants,
    }))
}
