//! `seam diff` over pairs of sessions: each change in words, nothing for no change,
//! and the exit code of `diff`.

use crate::common::*;
use rust_decimal::Decimal;
use seam::exercises::Exercise;
use seam::export::diff::changes;
use seam::model::{Language, Participant};
use seam::record::Session;

fn changed(edit: impl Fn(&mut Session)) -> Vec<String> {
    let old = example();
    let mut new = old.clone();
    edit(&mut new);
    changes(&old, &new, Language::De)
}

/// What changed, how, and the lines `seam diff` should say.
type Case = (&'static str, Box<dyn Fn(&mut Session)>, Vec<&'static str>);

#[test]
fn each_kind_of_change_reads_as_a_sentence() {
    let table: Vec<Case> = vec![
        ("nothing", Box::new(|_| {}), vec![]),
        (
            "an estimate's euros",
            Box::new(|s| {
                if let Exercise::Market(m) = &mut s.steps[0].result {
                    m.estimates[0].euros = seam::model::Euros::from_whole(450_000_000);
                }
            }),
            vec!["Schritt 1 „Markt“: Schätzung 1 „Vertrieb“: Euro: 420.000.000 € → 450.000.000 €"],
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
                "Schritt 3 „Gemeinsame Ziele“: Ziel 2 „Verbrauchsmaterial-Quote bei Neukunden s…“: Zielwert: 60 → 65",
                "Schritt 3 „Gemeinsame Ziele“: neu: Ziel 4 „Weniger Reklamationen“",
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
                "Schritt 4 „Vereinbarungen“: Vereinbarung 1 „Vertrieb“: Liefernd: Marketing → Vertrieb",
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
    ];
    for (what, edit, expected) in table {
        let lines = changed(edit);
        if what == "an agreement accepted and one removed" {
            // Rows are matched by position: a removal reads as changes, then a removal.
            assert!(lines.iter().any(|l| l == expected[0]), "{what}: {lines:#?}");
            assert!(
                lines
                    .last()
                    .is_some_and(|l| l.contains("entfernt: Vereinbarung 3")),
                "{what}: {lines:#?}"
            );
        } else {
            assert_eq!(lines, expected, "{what}");
        }
    }
}

#[test]
fn the_command_exits_like_diff() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = dir.path().join("alt.ron");
    let new = dir.path().join("neu.ron");
    let mut session = example();
    seam::store::write_session(&old, &session).expect("write");
    seam::store::write_session(&new, &session).expect("write");
    let run = |a: &std::path::Path, b: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
            .arg("--data-dir")
            .arg(dir.path())
            .arg("diff")
            .arg(a)
            .arg(b)
            .output()
            .expect("runs")
    };
    let same = run(&old, &new);
    assert_eq!(same.status.code(), Some(0));
    assert!(same.stdout.is_empty());
    session.parking_lot.push("Messebudget".into());
    seam::store::write_session(&new, &session).expect("write");
    let different = run(&old, &new);
    assert_eq!(different.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&different.stdout),
        "Themenspeicher: neu: Messebudget\n"
    );
    // As a git diff driver: seven arguments, the changes, and exit 0.
    let git = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["diff", "s.ron"])
        .arg(&old)
        .args(["abc", "100644"])
        .arg(&new)
        .args(["def", "100644"])
        .output()
        .expect("runs");
    assert_eq!(git.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&git.stdout),
        "Themenspeicher: neu: Messebudget\n"
    );
}
