//! Rounds in the real binary, in a pseudo-terminal: a blind market round at the shared
//! keyboard, checked after every single key for a figure on screen, and a dot vote of
//! four participants checked on screen, in the file and in the handout.

use std::fs;

use crate::pty::{Tui, key};

/// Every way one of the typed figures could show: as typed, as understood, as shown in
/// a table.
const SECRETS: [&str; 12] = [
    "420", "35000", "35.000", "35 Tsd", "1,2", "90000", "90.000", "90 Tsd", "900", "60000",
    "60.000", "60 Tsd",
];

fn assert_blind(tui: &Tui, after: &str) {
    let screen = tui.screen();
    let shown: Vec<&str> = SECRETS.into_iter().filter(|s| screen.contains(s)).collect();
    assert!(
        shown.is_empty(),
        "{shown:?} on screen after {after}:\n{screen}"
    );
}

/// Sends `text` key by key, checking the screen after each.
fn type_blind(tui: &mut Tui, text: &str) {
    for c in text.chars() {
        tui.send(&c.to_string());
        tui.settle(15);
        assert_blind(tui, &format!("typing {c:?}"));
    }
}

#[test]
fn a_blind_market_round_of_three_departments_shows_no_figure_before_the_reveal() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(
        data.path(),
        &[
            "--lang",
            "de",
            "new",
            "--title",
            "Blinde Runde",
            "--participant",
            "Anna Berger:Marketing",
            "--participant",
            "Jonas Weber:Vertrieb",
            "--participant",
            "Selin Aydın:Service",
        ],
    );
    tui.wait_for("Wie arbeiten wir heute zusammen");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("In welchem Markt sind wir");
    tui.send(key::CTRL_O);
    tui.wait_for("0 von 3 haben geantwortet");
    for (n, (euros, units)) in [
        ("420 Mio", "35000"),
        ("1,2 Mrd", "90000"),
        ("900 Mio", "60000"),
    ]
    .into_iter()
    .enumerate()
    {
        tui.send(key::ENTER);
        tui.wait_for("antwortet – verdeckt");
        type_blind(&mut tui, euros);
        tui.wait_for("✓ verstanden (verdeckt)");
        tui.send(key::ENTER);
        tui.wait_for("Stück:");
        assert_blind(&tui, "the euros were stored");
        type_blind(&mut tui, units);
        tui.send(key::ENTER);
        tui.wait_for(&format!("{} von 3 haben geantwortet", n + 1));
        assert_blind(&tui, "the answer was stored");
    }
    tui.send(key::CTRL_R);
    tui.wait_for("Noch einmal Strg-R");
    assert_blind(&tui, "the first Ctrl-R");
    tui.send(key::CTRL_R);
    tui.wait_for("min 420 Mio. € · Median 900 Mio. € · max 1,2 Mrd. € · Faktor ×2,9 ⚠");
    tui.wait_for("Stück: min 35 Tsd. Stück · Median 60 Tsd. Stück · max 90 Tsd. Stück");
    tui.wait_for("13.333,33 €");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();

    let file = fs::read_to_string(crate::common::only_ron(&data.path().join("sessions")))
        .expect("the session file");
    assert!(file.contains("rounds: ["), "{file}");
    assert!(file.contains("ask: Amount"), "{file}");
    assert!(file.contains("revealed: Some("), "{file}");
    for name in ["Anna Berger", "Jonas Weber", "Selin Aydın"] {
        assert!(
            file.contains(&format!("name: \"{name}\"")),
            "{name} answered: {file}"
        );
    }
    assert!(file.contains("euros: Some(\"1200000000\")"), "{file}");
}

#[test]
fn a_dot_vote_of_four_ranks_the_goals_on_screen_in_the_file_and_in_the_handout() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    tui.wait_for("1/4 Markt");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("2/4 ");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Welche Ziele verfolgen wir gemeinsam");
    tui.send(key::CTRL_O);
    tui.wait_for("Punktabfrage · 3 Punkte je Person");
    tui.wait_for("0 von 4 haben geantwortet");
    // Goal 3 gets 5 dots, goal 1 gets 4, goal 2 gets 3; typed as the goals' numbers.
    for (n, dots) in ["1 3 3", "1 1 2", "3 3 2", "1 2 3"].into_iter().enumerate() {
        tui.send(key::ENTER);
        tui.wait_for("antwortet – verdeckt");
        for c in dots.chars() {
            tui.send(&c.to_string());
        }
        tui.wait_for("✓ verstanden (verdeckt)");
        assert!(!tui.screen().contains(dots), "masked:\n{}", tui.screen());
        tui.send(key::ENTER);
        tui.wait_for(&format!("{} von 4 haben geantwortet", n + 1));
    }
    tui.send(key::CTRL_R);
    tui.wait_for("Noch einmal Strg-R");
    tui.send(key::CTRL_R);
    tui.wait_for("4 Antworten");
    let screen = tui.screen();
    let place = |goal: &str| {
        screen
            .find(goal)
            .unwrap_or_else(|| panic!("{goal}:\n{screen}"))
    };
    let (first, second, third) = (
        place("Weniger Stillstand beim Kunden"),
        place("Mehr vertriebsreife Leads"),
        place("Verbrauchsmaterial-Quote"),
    );
    assert!(first < second && second < third, "ranked:\n{screen}");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();

    let path = crate::common::only_ron(&data.path().join("demo"));
    let file = fs::read_to_string(&path).expect("the session file");
    assert!(file.contains("ask: Dots("), "{file}");
    assert_eq!(file.matches("reply: Dots(").count(), 4, "{file}");
    let handout = crate::common::seam_ok(
        data.path(),
        &[
            "export",
            path.to_str().expect("utf-8 path"),
            "--format",
            "md",
        ],
    );
    assert!(
        handout.contains("### Runde: Welche Ziele zählen am meisten?"),
        "{handout}"
    );
    assert!(
        handout.contains("1. Weniger Stillstand beim Kunden – 5"),
        "{handout}"
    );
    assert!(
        handout.contains("2. Mehr vertriebsreife Leads aus Bestandskunden – 4"),
        "{handout}"
    );
    assert!(
        handout.contains("3. Verbrauchsmaterial-Quote bei Neukunden steigern – 3"),
        "{handout}"
    );
}

#[test]
fn a_blind_answer_half_typed_when_the_wall_is_killed_goes_on_after_the_restart() {
    let data = tempfile::tempdir().expect("tempdir");
    let people = [
        "Anna Berger:Marketing",
        "Ümit Kaya:Vertrieb",
        "Selin Aydın:Service",
    ];
    let mut args = vec!["--lang", "de", "new", "--title", "Absturz beim Tippen"];
    for person in people {
        args.extend(["--participant", person]);
    }
    let mut tui = Tui::spawn(data.path(), &args);
    tui.wait_for("Wie arbeiten wir heute zusammen");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("In welchem Markt sind wir");
    tui.send(key::CTRL_O);
    tui.wait_for("0 von 3 haben geantwortet");
    tui.send(key::DOWN);
    tui.send(key::ENTER);
    tui.wait_for("Ümit Kaya (Vertrieb) antwortet – verdeckt");
    type_blind(&mut tui, "12");
    tui.wait_for("✓ gespeichert");
    tui.signal(expectrl::Signal::SIGKILL);
    tui.wait_exit();

    let session = crate::common::only_ron(&data.path().join("sessions"));
    let session = session.to_str().expect("utf-8").to_owned();
    let mut again = Tui::spawn(data.path(), &["--lang", "de", "open", session.as_str()]);
    // Ümit goes on where he was: the two characters typed are there, masked.
    again.wait_for("Ümit Kaya (Vertrieb) antwortet – verdeckt");
    assert_blind(&again, "the restart");
    type_blind(&mut again, "0 Mio");
    again.send(key::ENTER);
    again.send("9000");
    again.send(key::ENTER);
    again.wait_for("1 von 3 haben geantwortet");
    again.quit();
    assert_eq!(again.wait_exit(), 0);
    let private = crate::common::only_ron(&data.path().join("private"));
    let kept = fs::read_to_string(private).expect("the private file");
    assert!(
        kept.contains("\"120000000\""),
        "12 + 0 Mio = 120 Mio:\n{kept}"
    );
    assert!(
        !kept.contains("draft"),
        "the draft is gone once stored:\n{kept}"
    );
}
