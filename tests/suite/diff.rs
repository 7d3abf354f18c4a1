//! `seam diff` over pairs of sessions: each change in words, rows matched by what they
//! are, changed words marked, "Keine Änderungen" for no change, and the exit code of
//! `diff` (0 the same, 1 different, 2 trouble) — through the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::*;
use rust_decimal::Decimal;
use seam::exercises::Exercise;
use seam::export::diff::changes;
use seam::model::{Ask, Closeness, Language, Participant, Reply, Round};
use seam::record::Session;

fn changed(edit: impl Fn(&mut Session)) -> Vec<String> {
    let old = example();
    let mut new = old.clone();
    edit(&mut new);
    changes(&old, &new, Language::De)
}

/// What changed, how, and the lines `seam diff` should say.
type Case = (&'static str, Box<dyn Fn(&mut Session)>, Vec<&'static str>);

fn market(s: &mut Session) -> &mut seam::exercises::market::Market {
    match &mut s.steps[0].result {
        Exercise::Market(m) => m,
        _ => panic!("the market first"),
    }
}

#[test]
fn each_kind_of_change_reads_as_a_sentence() {
    let table: Vec<Case> = vec![
        ("nothing", Box::new(|_| {}), vec![]),
        (
            "an estimate's euros",
            Box::new(|s| {
                market(s).estimates[0].euros = seam::model::Euros::from_whole(450_000_000);
            }),
            vec!["Schritt 1 „Markt“: Schätzung „Vertrieb“: Euro: 420.000.000 € → 450.000.000 €"],
        ),
        (
            "a goal's target and a new goal",
            Box::new(|s| {
                if let Exercise::SharedGoals(g) = &mut s.steps[2].result {
                    g.goals[1].target = Some(Decimal::from(65));
                    g.goals.push(seam::exercises::shared_goals::Goal {
                        id: 9,
                        statement: "Weniger Reklamationen".into(),
                        ..Default::default()
                    });
                }
            }),
            vec![
                "Schritt 3 „Gemeinsame Ziele“: Ziel „Verbrauchsmaterial-Quote bei Neukunden steigern“: Zielwert: 60 → 65",
                "Schritt 3 „Gemeinsame Ziele“: neu: Ziel „Weniger Reklamationen“",
            ],
        ),
        (
            "an agreement accepted and one removed",
            Box::new(|s| {
                if let Exercise::Agreements(a) = &mut s.steps[3].result {
                    a.agreements[2].accepted_by_receiver = true;
                    a.agreements.remove(0);
                }
            }),
            vec![
                "Schritt 4 „Vereinbarungen“: entfernt: Vereinbarung „Marketing → Vertrieb: vertriebsreife Leads“",
                "Schritt 4 „Vereinbarungen“: Vereinbarung „Service → Marketing: Hinweise auf Erweiterungsbedarf aus Service-Einsätzen“: Angenommen (empfangend): nein → ja",
            ],
        ),
        (
            "the title, a late arrival, notes and the timebox",
            Box::new(|s| {
                s.title = "Kick-off, zweiter Teil".into();
                s.participants.push(Participant {
                    name: "Eva Koch".into(),
                    department: "Finanzen".into(),
                });
                s.steps[1].notes = "Neu gefasst.".into();
                s.steps[1].timebox_minutes = 50;
            }),
            vec![
                "Titel: Kessler Etikettiertechnik: Kick-off Marketing, Vertrieb & Service → Kick-off, zweiter Teil",
                "Teilnehmende: neu: Eva Koch (Finanzen)",
                "Schritt 2 „Geschäftsmodell“: Zeitrahmen: 40 → 50 Min.",
                "Schritt 2 „Geschäftsmodell“: Notizen: Finanzen: 62 % des Deckungsbeitrags kommen aus Etiketten und Farbbändern, nicht aus den Druckern. → Neu gefasst.",
            ],
        ),
        (
            "a step inserted, a topic reworded",
            Box::new(|s| {
                let pulse = seam::workshops::full_day_example().expect("the full day");
                let first = pulse.steps[0].clone();
                let mut steps: Vec<_> = s.steps.clone().into_iter().collect();
                steps.insert(0, first);
                s.steps = steps.into();
                s.parking_lot[1] = "Wer entscheidet künftig über Messeauftritte?".into();
            }),
            vec![
                "Schritt 1 „Zusammenarbeit heute“: neu",
                "Themenspeicher: Wer entscheidet {+künftig+} über Messeauftritte?",
            ],
        ),
    ];
    for (what, edit, expected) in table {
        assert_eq!(changed(edit), expected, "{what}");
    }
}

/// The real binary in a temporary data folder, in UTC, its output piped (so plain).
struct Seam {
    dir: tempfile::TempDir,
}

impl Seam {
    fn new() -> Seam {
        Seam {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn write(&self, name: &str, session: &Session) -> PathBuf {
        let path = self.dir.path().join(name);
        seam::store::write_session(&path, session).expect("write");
        path
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_seam"))
            .env("TZ", "UTC")
            .env_remove("SEAM_DATA_DIR")
            .arg("--data-dir")
            .arg(self.dir.path())
            .args(args)
            .output()
            .expect("seam runs")
    }

    fn diff(&self, old: &Path, new: &Path) -> Output {
        self.run(&["diff", &text(old), &text(new)])
    }
}

fn text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn said(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn person(name: &str, department: &str) -> Participant {
    Participant {
        name: name.into(),
        department: department.into(),
    }
}

/// What the table checks of one comparison's output.
enum Expect {
    Lines(Vec<&'static str>),
    /// Each of these in some line, and none of the second.
    Has(Vec<&'static str>, Vec<&'static str>),
}

#[test]
fn the_command_says_each_change_and_exits_like_diff() {
    let seam = Seam::new();
    let kessler = example();
    let full_day = seam::workshops::full_day_example().expect("the full day");
    let at = kessler.created;
    let minutes = |n: u64| at.after(std::time::Duration::from_secs(60 * n));
    // The pulse at the end of the full day before its round: no readings, no round.
    let mut before_pulse = full_day.clone();
    let last = before_pulse.steps.len() - 2;
    if let Exercise::Pulse(p) = &mut before_pulse.steps[last].result {
        p.readings.clear();
    }
    before_pulse.steps[last].rounds.clear();
    // A named text round on the business model: two answers, one held back, revealed.
    let question = "Was verkaufen wir eigentlich?";
    let mut asking = kessler.clone();
    let mut round = Round::new(question.into(), Ask::Text, minutes(5));
    for (who, words) in [
        (
            person("Anna Berger", "Marketing"),
            "Verlässlichkeit an der Linie",
        ),
        (person("Jonas Weber", "Vertrieb"), "Jürgen ist unfähig"),
    ] {
        round
            .answer(&who, Reply::Text(words.into()), minutes(6))
            .expect("an answer");
    }
    asking.steps[1].rounds.push(round.clone());
    let mut screened = asking.clone();
    screened.steps[1].rounds[0].hold_back("Jürgen ist unfähig");
    screened.steps[1].rounds[0].revealed = Some(minutes(9));
    // An anonymous scale on the goals: open, then answered by three, never named.
    let mut anonymous = kessler.clone();
    let mut blind = Round::new("Wie nah sind wir am Ziel?".into(), Ask::Scale, minutes(20));
    blind.anonymous = true;
    anonymous.steps[2].rounds.push(blind.clone());
    let mut answered = anonymous.clone();
    for (who, place) in [
        (person("Anna Berger", "Marketing"), 2),
        (person("Jonas Weber", "Vertrieb"), 3),
        (person("Selin Aydın", "Service"), 3),
    ] {
        let closeness = Closeness::from_number(place).expect("on the scale");
        answered.steps[2].rounds[0]
            .answer(&who, Reply::Scale(closeness), minutes(21))
            .expect("an answer");
    }
    let mut revealed = answered.clone();
    revealed.steps[2].rounds[0].revealed = Some(minutes(25));

    let edited = |edit: &dyn Fn(&mut Session)| {
        let mut s = kessler.clone();
        edit(&mut s);
        s
    };
    let cases: Vec<(&str, Session, Session, i32, Expect)> = vec![
        (
            "row removed",
            kessler.clone(),
            edited(&|s| {
                market(s).estimates.remove(0);
            }),
            1,
            Expect::Lines(vec!["Schritt 1 „Markt“: entfernt: Schätzung „Vertrieb“"]),
        ),
        (
            "row moved",
            kessler.clone(),
            edited(&|s| {
                let service = market(s).estimates.remove(2);
                market(s).estimates.insert(0, service);
            }),
            1,
            Expect::Lines(vec![
                "Schritt 1 „Markt“: verschoben: Schätzung „Service“ (von Platz 3 auf 1)",
            ]),
        ),
        (
            "row added",
            kessler.clone(),
            edited(&|s| {
                let mut extra = market(s).estimates[0].clone();
                extra.source = "Einkauf".into();
                extra.basis = String::new();
                market(s).estimates.insert(1, extra);
            }),
            1,
            Expect::Lines(vec![
                "Schritt 1 „Markt“: neu: Schätzung „Einkauf“: Euro: 420.000.000 € · Stück: 35.000 Stück · Methode: top-down",
            ]),
        ),
        (
            "text word changed",
            kessler.clone(),
            edited(&|s| {
                if let Exercise::BusinessModel(b) = &mut s.steps[1].result {
                    b.sentence = b.sentence.replace("zuverlässige", "robuste");
                }
            }),
            1,
            Expect::Lines(vec![
                "Schritt 2 „Geschäftsmodell“: Der Satz: Wir verkaufen Lebensmittelherstellern [-zuverlässige-]{+robuste+} Etikettendrucker und verdienen am Verbrauchsmaterial, das jeder Drucker jahrelang braucht.",
            ]),
        ),
        (
            "pulse round",
            before_pulse,
            full_day.clone(),
            1,
            Expect::Has(
                vec![
                    "Schritt 13 „Zusammenarbeit danach“: neu: Zusammenarbeit „Die ganze Organisation · Marketing“: Stufe: 3 · In Worten: miteinander",
                    "„Die ganze Organisation · Vertrieb“: Stufe: 2",
                    "„Die ganze Organisation · Service“",
                    "„Die ganze Organisation · Finanzen“",
                    ": Runde „Nach diesem Tag: Wie werden wir zusammenarbeiten – gegeneinander, nebeneinander, miteinander oder füreinander?“: gestellt · Skala",
                    "· 4 Antworten · aufgedeckt",
                ],
                vec![],
            ),
        ),
        (
            "text round screened and revealed",
            asking,
            screened,
            1,
            Expect::Has(
                vec![
                    "Schritt 2 „Geschäftsmodell“: Runde „Was verkaufen wir eigentlich?“: zurückgehalten: 0 → 1",
                    "Schritt 2 „Geschäftsmodell“: Runde „Was verkaufen wir eigentlich?“: aufgedeckt ",
                    "Schritt 2 „Geschäftsmodell“: Runde „Was verkaufen wir eigentlich?“: Anna Berger (Marketing): Verlässlichkeit an der Linie",
                ],
                vec!["Jürgen", "Jonas"],
            ),
        ),
        (
            "anonymous round answered",
            anonymous.clone(),
            answered,
            1,
            Expect::Lines(vec![
                "Schritt 3 „Gemeinsame Ziele“: Runde „Wie nah sind wir am Ziel?“: Antworten: 0 → 3",
            ]),
        ),
        (
            "anonymous round revealed",
            anonymous,
            revealed,
            1,
            Expect::Has(
                vec![
                    "Runde „Wie nah sind wir am Ziel?“: Antworten: 0 → 3",
                    "Runde „Wie nah sind wir am Ziel?“: aufgedeckt ",
                    "Runde „Wie nah sind wir am Ziel?“: 3 miteinander: 2",
                    "Runde „Wie nah sind wir am Ziel?“: Median: miteinander",
                ],
                vec!["Anna", "Jonas", "Selin", "Marketing", "Vertrieb", "Service"],
            ),
        ),
        (
            "equal",
            kessler.clone(),
            kessler.clone(),
            0,
            Expect::Lines(vec!["Keine Änderungen"]),
        ),
    ];
    for (what, old, new, code, expect) in cases {
        let (a, b) = (seam.write("alt.ron", &old), seam.write("neu.ron", &new));
        let out = seam.diff(&a, &b);
        let lines = said(&out);
        assert_eq!(out.status.code(), Some(code), "{what}: {lines:#?}");
        match expect {
            Expect::Lines(expected) => assert_eq!(lines, expected, "{what}"),
            Expect::Has(wanted, unwanted) => {
                for want in wanted {
                    assert!(
                        lines.iter().any(|l| l.contains(want)),
                        "{what}: {want}\n{lines:#?}"
                    );
                }
                for word in unwanted {
                    assert!(
                        lines.iter().all(|l| !l.contains(word)),
                        "{what}: {word}\n{lines:#?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_follow_up_is_compared_by_its_steps_kinds_and_titles() {
    let seam = Seam::new();
    let session = seam.write("kessler.ron", &example());
    let made = seam.run(&[
        "--lang",
        "de",
        "new",
        "--no-open",
        "--follow-up",
        &text(&session),
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let follow_up = PathBuf::from(String::from_utf8_lossy(&made.stdout).trim());
    let out = seam.diff(&session, &follow_up);
    let lines = said(&out);
    assert_eq!(out.status.code(), Some(1), "{lines:#?}");
    for want in [
        "Schritt 1 „Markt“: nur in der ersten Sitzung",
        "Schritt 2 „Geschäftsmodell“: nur in der ersten Sitzung",
        "Schritt 1 „Zusammenarbeit heute“: nur in der zweiten Sitzung",
        "Schritt 2 „Was ist daraus geworden?“: nur in der zweiten Sitzung",
        // The agreements of both, one step of one kind each: compared.
        "Schritt 3 „Vereinbarungen nachschärfen“: Titel: Vereinbarungen → Vereinbarungen nachschärfen",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}\n{lines:#?}");
    }
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("Markt") && l.contains("Vereinbarung")),
        "steps of different kinds are never compared: {lines:#?}"
    );
}

#[test]
fn missing_or_broken_files_are_trouble_not_a_difference() {
    let seam = Seam::new();
    let good = seam.write("gut.ron", &example());
    let broken = seam.dir.path().join("kaputt.ron");
    std::fs::write(&broken, "(version: 1, id: ").expect("write");
    for (what, old, new) in [
        (
            "missing",
            good.clone(),
            PathBuf::from("/nonexistent/seam.ron"),
        ),
        (
            "missing first",
            PathBuf::from("/nonexistent/seam.ron"),
            good.clone(),
        ),
        ("broken", good.clone(), broken.clone()),
        ("a folder", good.clone(), seam.dir.path().to_owned()),
    ] {
        let out = seam.diff(&old, &new);
        assert_eq!(out.status.code(), Some(2), "{what}");
        assert!(out.stdout.is_empty(), "{what}: nothing on stdout");
        let error = String::from_utf8_lossy(&out.stderr);
        assert!(
            error.starts_with("seam: ") && error.lines().count() == 1,
            "{what}: {error}"
        );
    }
    let out = seam.run(&["--lang", "en", "diff", &text(&good), &text(&good)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "No changes\n");
}

#[test]
fn as_git_s_diff_driver_it_names_the_file_and_exits_0() {
    let seam = Seam::new();
    let mut session = example();
    let old = seam.write("alt.ron", &session);
    session.parking_lot.push("Messebudget".into());
    let new = seam.write("neu.ron", &session);
    let git = |old: &str, new: &str| {
        seam.run(&[
            "diff",
            "sessions/kessler.ron",
            old,
            "abc",
            "100644",
            new,
            "def",
            "100644",
        ])
    };
    let out = git(&text(&old), &text(&new));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sessions/kessler.ron\nThemenspeicher: neu: Messebudget\n"
    );
    let out = git(&text(&old), &text(&old));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sessions/kessler.ron\nKeine Änderungen\n"
    );
    // A file git adds: the old side is /dev/null, and everything in it is new.
    let out = git("/dev/null", &text(&new));
    assert_eq!(out.status.code(), Some(0));
    let lines = said(&out);
    assert_eq!(lines[0], "sessions/kessler.ron");
    assert!(
        lines.contains(&"Schritt 1 „Markt“: neu".to_owned()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Teilnehmende: neu: Anna Berger (Marketing)".to_owned()));
    // A broken version is trouble there too: git says the driver failed.
    let broken = seam.dir.path().join("kaputt.ron");
    std::fs::write(&broken, "(").expect("write");
    assert_eq!(git(&text(&old), &text(&broken)).status.code(), Some(2));
}
