//! seam in a pseudo-terminal with the room open on 127.0.0.1, and twelve simulated
//! phones answering a blind market round over HTTP: the wall counts them without a
//! digit of any answer until the reveal, shows the spread after it, and the file holds
//! all twelve answers.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::pty::{Tui, key};

fn http(host: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(host).expect("the room answers");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

/// The room's host and secret as the wall shows them (the QR code's address).
fn address_on_the_wall(wall: &Tui) -> (String, String) {
    let screen = wall.screen();
    let url = screen
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("the address on the wall");
    let rest = url.trim_start_matches("http://");
    let (host, secret) = rest.split_once('/').expect("host and secret");
    (host.to_owned(), secret.to_uppercase())
}

fn post(host: &str, path: &str, cookie: &str, form: &str) -> String {
    http(
        host,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        ),
    )
}

#[test]
fn twelve_phones_answer_a_blind_market_round() {
    let data = tempfile::tempdir().expect("tempdir");
    let people: Vec<String> = (1..=12)
        .map(|n| format!("Person {n:02}:Abteilung {n:02}"))
        .collect();
    let mut args = vec![
        "--lang",
        "de",
        "new",
        "--title",
        "Raum",
        "--room",
        "--bind",
        "127.0.0.1",
    ];
    for person in &people {
        args.push("--participant");
        args.push(person);
    }
    let mut wall = Tui::spawn(data.path(), &args);
    wall.wait_for("Mit dem Telefon mitmachen");
    let (host, secret) = address_on_the_wall(&wall);
    wall.send(key::ESC);
    wall.send(key::PAGE_DOWN);
    wall.wait_for("In welchem Markt sind wir");
    wall.send(key::CTRL_O);
    wall.wait_for("0 von 12 haben geantwortet");

    // Each phone joins, reads the round's id from its page, and answers: 100 Mio × n.
    for n in 0..12 {
        let joined = post(&host, &format!("/{secret}/join"), "", &format!("who={n}"));
        let cookie = cookie_of(&joined);
        // The wall hands the phones its view right after drawing it: the round's page
        // is asked for until it shows the round.
        let id = round_id(&host, &secret, &cookie);
        let answer = post(
            &host,
            &format!("/{secret}/answer"),
            &cookie,
            &format!(
                "round={id}&euros={}+Mio&units={}",
                (n + 1) * 100,
                (n + 1) * 7000
            ),
        );
        assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
        wall.wait_for(&format!("{} von 12 haben geantwortet", n + 1));
        let screen = wall.screen();
        for value in ["100 Mio", "1,2 Mrd", "7.000", "84.000", "7 Tsd"] {
            assert!(
                !screen.contains(value),
                "{value} before the reveal:\n{screen}"
            );
        }
    }
    wall.send(key::CTRL_R);
    wall.wait_for("Noch einmal Strg-R");
    wall.send(key::CTRL_R);
    wall.wait_for("Euro: min 100 Mio. € · Median 650 Mio. € · max 1,2 Mrd. € · Faktor ×12");
    wall.quit();
    assert_eq!(wall.wait_exit(), 0);
    wall.assert_restored();
    let file = crate::common::only_ron(&data.path().join("sessions"));
    let text = std::fs::read_to_string(file).expect("saved");
    assert_eq!(text.matches("reply: Amount(").count(), 12, "{text}");
    // The room closed with the wall: nothing answers on its address.
    assert!(TcpStream::connect(&host).is_err());
}

/// The room as the README tells it: Ctrl-W on the workshop screen opens it and shows
/// its code, a phone's page answers; Del in it closes the room, the screen says so, and
/// the address answers nothing any more.
#[test]
fn the_room_opens_with_ctrl_w_and_closes_with_del_from_the_screen() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut wall = Tui::spawn(
        data.path(),
        &["--lang", "de", "--bind", "127.0.0.1", "demo"],
    );
    wall.wait_for("Kessler Etikettiertechnik");
    wall.send(key::CTRL_W);
    wall.wait_for("Mit dem Telefon mitmachen");
    let (host, secret) = address_on_the_wall(&wall);
    let join = http(
        &host,
        &format!("GET /{secret} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    );
    assert!(join.starts_with("HTTP/1.1 200"), "{join}");
    assert!(
        join.contains("Anna Berger"),
        "the join page lists the names: {join}"
    );
    wall.send(key::DELETE);
    wall.wait_for("Raum geschlossen");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(&host).is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "the address still answers after the room closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    wall.quit();
    assert_eq!(wall.wait_exit(), 0);
}

/// A wall restarted in front of the room (after phones were connected) gets its port
/// and its code back at once, so the phones' pages reconnect; closing the room with
/// `Del` forgets both, and the next room has a new code.
#[test]
fn a_restarted_wall_keeps_the_room_s_address_until_the_room_is_closed() {
    let data = tempfile::tempdir().expect("tempdir");
    let room = ["--room", "--bind", "127.0.0.1"];
    let mut wall = Tui::spawn(
        data.path(),
        &[
            &["--lang", "de", "new", "--title", "Neustart"][..],
            &room[..],
        ]
        .concat(),
    );
    wall.wait_for("http://127.0.0.1:");
    let (host, secret) = address_on_the_wall(&wall);
    // A phone that opened the page: its connection leaves the port in TIME-WAIT.
    let page = http(
        &host,
        &format!("GET /{secret} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    );
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    wall.quit();
    assert_eq!(wall.wait_exit(), 0);

    let session = crate::common::only_ron(&data.path().join("sessions"));
    let session = session.to_str().expect("utf-8").to_owned();
    let mut again = Tui::spawn(
        data.path(),
        &[&["--lang", "de", "open", session.as_str()][..], &room[..]].concat(),
    );
    again.wait_for("http://127.0.0.1:");
    assert_eq!(
        address_on_the_wall(&again),
        (host.clone(), secret.clone()),
        "the same address and code after a restart"
    );
    let kept = std::fs::read_to_string(&session).expect("the session");
    assert!(
        !kept.contains(&secret),
        "the code is never in the session file"
    );
    again.send(key::DELETE);
    again.wait_without("http://127.0.0.1:");
    again.quit();
    assert_eq!(again.wait_exit(), 0);

    let mut third = Tui::spawn(
        data.path(),
        &[&["--lang", "de", "open", session.as_str()][..], &room[..]].concat(),
    );
    third.wait_for("http://127.0.0.1:");
    assert_ne!(address_on_the_wall(&third).1, secret, "closed: a new code");
    third.quit();
}

#[test]
fn binding_every_interface_is_refused_with_what_to_do_instead() {
    let data = tempfile::tempdir().expect("tempdir");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "en", "--bind", "0.0.0.0", "demo"])
        .env("TZ", "UTC")
        .output()
        .expect("seam runs");
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("phones need one address"), "{said}");
    assert!(said.contains("--bind 192.168.1.20"), "{said}");
}

/// The phone's cookie from the join's answer.
fn cookie_of(joined: &str) -> String {
    joined
        .lines()
        .find_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("a cookie: {joined}"))
        .to_owned()
}

/// The open round's id from a phone's page, as its form sends it.
fn round_id(host: &str, secret: &str, cookie: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let page = http(
            host,
            &format!(
                "GET /{secret}/round HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
            ),
        );
        if let Some(at) = page.find("name=\"round\" value=\"") {
            let id = &page[at + 20..];
            return id[..id.find('"').expect("end")]
                .replace('+', "%2B")
                .replace(':', "%3A");
        }
        assert!(std::time::Instant::now() < deadline, "no round: {page}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_answer_the_phone_was_told_is_in_survives_a_kill_right_after() {
    // The wall is killed outright 0, 1, 10 and 100 ms after a phone heard "angekommen",
    // once while nobody types at the wall and once while somebody does: each answer is
    // there when the wall is started again.
    let data = tempfile::tempdir().expect("tempdir");
    let people: Vec<String> = (1..=8)
        .map(|n| format!("Person {n}:Abteilung {n}"))
        .collect();
    let room = ["--room", "--bind", "127.0.0.1"];
    let mut args = vec!["--lang", "de", "new", "--title", "Absturz"];
    args.extend(room);
    for person in &people {
        args.extend(["--participant", person.as_str()]);
    }
    let mut wall = Tui::spawn(data.path(), &args);
    wall.wait_for("http://127.0.0.1:");
    let (host, secret) = address_on_the_wall(&wall);
    wall.send(key::ESC);
    wall.send(key::PAGE_DOWN);
    wall.wait_for("In welchem Markt sind wir");
    wall.send(key::CTRL_O);
    wall.wait_for("0 von 8 haben geantwortet");
    let session = crate::common::only_ron(&data.path().join("sessions"));
    let session = session.to_str().expect("utf-8").to_owned();
    let cases = [
        (0, false),
        (1, false),
        (10, false),
        (100, false),
        (0, true),
        (1, true),
        (10, true),
        (100, true),
    ];
    for (person, (after_ms, busy)) in cases.into_iter().enumerate() {
        if person > 0 {
            wall = Tui::spawn(
                data.path(),
                &[&["--lang", "de", "open", session.as_str()][..], &room[..]].concat(),
            );
            wall.wait_for(&format!("{person} von 8 haben geantwortet"));
        }
        if busy {
            // Somebody types at the wall meanwhile (a blind answer, masked): the wall
            // has keys to handle as the phone's answer comes.
            for _ in 0..20 {
                wall.send("12");
            }
        }
        let joined = post(
            &host,
            &format!("/{secret}/join"),
            "",
            &format!("who={person}"),
        );
        let cookie = cookie_of(&joined);
        let id = round_id(&host, &secret, &cookie);
        let millions = (person + 1) * 111;
        let answer = post(
            &host,
            &format!("/{secret}/answer"),
            &cookie,
            &format!("round={id}&euros={millions}+Mio&units=7000"),
        );
        assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
        std::thread::sleep(Duration::from_millis(after_ms));
        wall.signal(expectrl::Signal::SIGKILL);
        wall.wait_exit();
        let kept = std::fs::read_dir(data.path().join("private"))
            .expect("the private folder")
            .flatten()
            .map(|e| std::fs::read_to_string(e.path()).expect("read"))
            .collect::<String>();
        assert!(
            kept.contains(&format!("\"{millions}000000\"")),
            "killed {after_ms} ms after the ack (busy: {busy}): the answer of person {} is lost:\n{kept}",
            person + 1
        );
    }
}
