//! The perspectives' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Asking, Record};
use crate::i18n::Words;
use crate::model::{Ask, Language, Reply, Round};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Perspectives {
    pub pictures: Vec<Picture>,
}

/// One department's picture of another, and the other's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    pub from: String,
    pub about: String,
    /// How `from` sees `about`.
    pub we_see_them: String,
    /// What `from` believes `about` thinks of it.
    pub they_see_us: String,
    /// What `about` answers.
    pub answer: String,
    /// Left out on purpose (no contact between the two, no time).
    pub skipped: bool,
}

/// What the perspectives' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    OneSided { from: String, about: String },
}

impl Perspectives {
    /// Every pair has both sides, or is marked skipped.
    pub fn checks(&self) -> Vec<Finding> {
        self.pictures
            .iter()
            .filter(|p| {
                !p.skipped && (p.we_see_them.trim().is_empty() || p.answer.trim().is_empty())
            })
            .map(|p| Finding::OneSided {
                from: p.from.trim().to_owned(),
                about: p.about.trim().to_owned(),
            })
            .collect()
    }
}

impl Record for Perspectives {
    fn name(&self) -> Words {
        super::perspectives_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.pictures.is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::perspectives_texts::finding)
    }

    /// Each `o` asks every department how it sees one department, the next in the
    /// participant list after the one asked about last (so the rounds go round the
    /// room); with fewer than two departments there is nobody to ask about.
    fn not_asked(&self, question: &str) -> Option<String> {
        super::perspectives_texts::about_in(question).map(str::to_owned)
    }

    fn round(&self, asking: &Asking) -> Option<(String, Ask)> {
        if asking.departments.len() < 2 {
            return None;
        }
        let last = asking
            .earlier
            .iter()
            .rev()
            .find_map(|r| super::perspectives_texts::about_in(&r.question));
        let next = last
            .and_then(|last| asking.departments.iter().position(|d| d == last))
            .map_or(0, |at| (at + 1) % asking.departments.len());
        Some((
            super::perspectives_texts::question(asking.language, &asking.departments[next]),
            Ask::Text,
        ))
    }

    /// A revealed round about one department becomes the pictures of it: each other
    /// department's answers (joined when several of its people answered) as how it sees
    /// them, after what was typed there before. Taken again after a re-opened round,
    /// the same answers add nothing. An anonymous round stays on its own: the matrix
    /// names departments.
    fn take(&mut self, round: &Round, _number: usize, _l: Language) -> bool {
        let Some(about) = super::perspectives_texts::about_in(&round.question) else {
            return false;
        };
        if round.anonymous {
            return false;
        }
        let mut seen: Vec<(String, Vec<&str>)> = Vec::new();
        for (_, answer) in round.shown_answers() {
            let from = answer.who.department.trim();
            let Reply::Text(text) = &answer.reply else {
                continue;
            };
            if from.is_empty() || from == about || text.trim().is_empty() {
                continue;
            }
            match seen.iter_mut().find(|(d, _)| d == from) {
                Some((_, texts)) => texts.push(text.trim()),
                None => seen.push((from.to_owned(), vec![text.trim()])),
            }
        }
        for (from, texts) in seen {
            let picture = texts.join(" · ");
            match self
                .pictures
                .iter_mut()
                .find(|p| p.from.trim() == from && p.about.trim() == about)
            {
                // What was typed before stays; the same answers taken again add nothing.
                Some(existing) => {
                    let before = existing.we_see_them.trim();
                    if before.is_empty() {
                        existing.we_see_them = picture;
                    } else if !before.contains(&picture) {
                        existing.we_see_them = format!("{before} · {picture}");
                    }
                }
                None => self.pictures.push(Picture {
                    from,
                    about: about.to_owned(),
                    we_see_them: picture,
                    ..Picture::default()
                }),
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Moment, Participant};

    fn asking(earlier: &[Round]) -> Asking<'_> {
        Asking {
            language: Language::De,
            departments: vec!["Marketing".into(), "Vertrieb".into(), "Service".into()],
            earlier,
        }
    }

    #[test]
    fn rounds_go_round_the_departments_and_fill_the_matrix() {
        let mut p = Perspectives {
            pictures: vec![Picture {
                from: "Service".into(),
                about: "Marketing".into(),
                we_see_them: "typed before".into(),
                ..Picture::default()
            }],
        };
        let (question, ask) = p.round(&asking(&[])).expect("a question");
        assert_eq!(
            question,
            "Wie sieht Ihre Abteilung „Marketing“? (Ein paar Worte)"
        );
        assert_eq!(ask, Ask::Text);
        let at = Moment::now();
        let mut round = Round::new(question, ask, at);
        for (name, department, text) in [
            ("Jonas", "Vertrieb", "bunte Bilder"),
            ("Eva", "Vertrieb", "zu wenig Leads"),
            ("Selin", "Service", "weit weg vom Kunden"),
            ("Anna", "Marketing", "wir selbst"),
            ("Gast", "", "ohne Abteilung"),
        ] {
            let who = Participant {
                name: name.into(),
                department: department.into(),
            };
            round
                .answer(&who, Reply::Text(text.into()), at)
                .expect("taken");
        }
        round.reveal(at).expect("named");
        assert!(p.take(&round, 1, Language::De));
        let cells: Vec<(&str, &str, &str)> = p
            .pictures
            .iter()
            .map(|p| (p.from.as_str(), p.about.as_str(), p.we_see_them.as_str()))
            .collect();
        assert_eq!(
            cells,
            vec![
                ("Service", "Marketing", "typed before · weit weg vom Kunden"),
                ("Vertrieb", "Marketing", "bunte Bilder · zu wenig Leads"),
            ],
            "a department's own answer and one without a department stay in the round"
        );
        // Taken twice (re-opened, revealed again): nothing added.
        let once = p.clone();
        assert!(p.take(&round, 1, Language::De));
        assert_eq!(p, once);
        // The next round asks about the next department; after the last, the first.
        let next = p
            .round(&asking(std::slice::from_ref(&round)))
            .expect("next");
        assert_eq!(
            next.0,
            "Wie sieht Ihre Abteilung „Vertrieb“? (Ein paar Worte)"
        );
        let service = Round::new(
            "How does your department see “Service”? (A few words)".into(),
            Ask::Text,
            at,
        );
        let after = p.round(&asking(&[round.clone(), service])).expect("again");
        assert_eq!(
            after.0,
            "Wie sieht Ihre Abteilung „Marketing“? (Ein paar Worte)"
        );
        // Anonymous: shown on its own, the matrix untouched.
        let mut anonymous = round;
        anonymous.anonymous = true;
        let before = p.clone();
        assert!(!p.take(&anonymous, 1, Language::De));
        assert_eq!(p, before);
        // One department: nobody to ask about, the step's own question is used.
        let alone = Asking {
            departments: vec!["Vertrieb".into()],
            ..asking(&[])
        };
        assert_eq!(p.round(&alone), None);
    }

    #[test]
    fn a_picture_needs_both_sides_or_a_skip() {
        let mut p = Perspectives {
            pictures: vec![Picture {
                from: "Vertrieb".into(),
                about: "Marketing".into(),
                we_see_them: "macht bunte Bilder".into(),
                ..Picture::default()
            }],
        };
        assert_eq!(
            p.checks(),
            vec![Finding::OneSided {
                from: "Vertrieb".into(),
                about: "Marketing".into()
            }]
        );
        p.pictures[0].answer = "wir liefern 400 Leads im Monat".into();
        assert_eq!(p.checks(), vec![]);
        p.pictures[0].answer.clear();
        p.pictures[0].skipped = true;
        assert_eq!(p.checks(), vec![]);
    }
}
