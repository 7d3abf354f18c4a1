//! What the phones may know, taken from the wall after every change: the participants'
//! names, the open round's question (before the reveal no answer, except each phone's
//! own, to that phone only), and after the reveal that round's result. Nothing else of
//! the session leaves the wall.

use crate::app::{App, Screen};
use crate::export::round_results;
use crate::i18n::{self, Label, t};
use crate::model::{Ask, Language, Participant, Reply, Round};

/// What a phone typed into a form that was refused, to show it again for correcting.
pub type Typed = std::collections::HashMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoomView {
    pub language: Language,
    pub title: String,
    pub people: Vec<Participant>,
    pub round: Option<OpenRound>,
    /// The result of the current step's last round, once revealed and while no other
    /// round collects.
    pub result: Option<Revealed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRound {
    /// When it opened, as written in the file: what an answer names, so that an answer
    /// to a round that has closed since is never counted against the next one.
    pub id: String,
    pub question: String,
    pub ask: Ask,
    /// The kind of question and the round's settings in words (anonymous, revealed when
    /// all have answered): every phone shows them before anybody answers.
    pub settings: String,
    /// Who has answered (`Participant::key`: name and department): a phone shows its
    /// owner that theirs is in.
    pub answered: Vec<String>,
    /// An anonymous round with fewer answers than it is revealed with: every phone says
    /// so (and no more: not how many, which would change with every answer).
    pub too_few: bool,
    /// The department the round does not ask: its phones see a note, not a form.
    pub not_asked: Option<String>,
    /// Each person's stored answer as their form's values, shown to that person's phone
    /// only, to change until the reveal (an anonymous answer too, while seam knows it);
    /// by `Participant::key`.
    pub own: std::collections::HashMap<String, Typed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revealed {
    pub question: String,
    pub lines: Vec<String>,
}

pub fn view(app: &App) -> RoomView {
    let Screen::Workshop(w) = &app.screen else {
        return RoomView::default();
    };
    let l = w.session.language;
    let round = w.session.open_round().map(|(_, round)| OpenRound {
        id: round.opened.to_string(),
        question: round.question.clone(),
        ask: round.ask.clone(),
        settings: round_results::round_line(round, l),
        answered: answered(round, &w.session.participants),
        too_few: round.too_few_to_reveal(),
        not_asked: round.not_asked.clone(),
        own: w
            .session
            .participants
            .iter()
            .filter_map(|p| Some((p.key(), as_typed(&round.answer_of(p)?.reply, l))))
            .collect(),
    });
    let result = if round.is_none() {
        w.current()
            .and_then(|s| s.rounds.last())
            .filter(|r| r.revealed.is_some())
            .map(|r| Revealed {
                question: r.question.clone(),
                lines: result_lines(r, l),
            })
    } else {
        None
    };
    RoomView {
        language: l,
        title: w.session.title.clone(),
        people: w.session.participants.clone(),
        round,
        result,
    }
}

/// Who has answered, by `Participant::key`: the people on the list, and in a named
/// round anybody else whose answer it holds (a phone not on the list).
fn answered(round: &Round, people: &[Participant]) -> Vec<String> {
    let mut answered: Vec<String> = people
        .iter()
        .filter(|p| round.answered_by(p))
        .map(Participant::key)
        .collect();
    for answer in round.answers.iter().filter(|a| !a.who.is_nobody()) {
        let key = answer.who.key();
        if !answered.contains(&key) {
            answered.push(key);
        }
    }
    answered
}

/// A revealed round as lines of text: the ranking, the scale, the spread, the words.
fn result_lines(round: &Round, l: Language) -> Vec<String> {
    match &round.ask {
        Ask::Amount => round_results::spread_lines(round, l)
            .into_iter()
            .map(|(line, far)| if far { format!("{line} ⚠") } else { line })
            .collect(),
        Ask::Dots(_) => round
            .ranking()
            .into_iter()
            .enumerate()
            .map(|(place, (item, dots))| format!("{}. {item} – {dots}", place + 1))
            .collect(),
        Ask::Scale => {
            let mut lines: Vec<String> = round_results::scale_items(round, l)
                .into_iter()
                .map(|(step, count)| format!("{step}: {count}"))
                .collect();
            if let Some(median) = round.scale_median() {
                lines.push(format!(
                    "{}: {}",
                    t(l, Label::RoundMedian),
                    i18n::closeness(l, median)
                ));
            }
            lines
        }
        // What the wall shows, and no more: held-back answers are only counted.
        Ask::Text => round
            .shown_answers()
            .filter_map(|(index, a)| match &a.reply {
                Reply::Text(text) => Some(format!("{}: {text}", round.shown_name(index))),
                _ => None,
            })
            .chain(crate::export::round_results::held_back_line(round, l))
            .collect(),
    }
}

/// A stored answer as the values of the phone's form, in the form's field names.
fn as_typed(reply: &Reply, l: Language) -> Typed {
    let mut typed = Typed::new();
    match reply {
        Reply::Amount { euros, units } => {
            if let Some(euros) = euros {
                typed.insert("euros".into(), euros.full(l));
            }
            if let Some(units) = units {
                typed.insert("units".into(), units.count().to_string());
            }
        }
        Reply::Dots(dots) => {
            for (index, n) in dots.iter().enumerate() {
                typed.insert(format!("d{index}"), n.to_string());
            }
        }
        Reply::Scale(step) => drop(typed.insert("step".into(), step.number().to_string())),
        Reply::Text(text) => drop(typed.insert("text".into(), text.clone())),
    }
    typed
}
