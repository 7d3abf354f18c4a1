//! The room for phones against a real server on 127.0.0.1: join, answer every kind of
//! round, change an answer, a stale round (409), the reveal, wrong secrets and hosts
//! (404), oversized bodies, one phone per name, no value of an open round in any page,
//! and the QR code on the wall decoding to the address.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::{Duration, Instant};

use crate::common::*;
use seam::app::{App, Msg};
use seam::model::{Ask, Reply};
use seam::record::Session;
use seam::room::listener::Caps;
use seam::room::server::{Limits, Room};
use seam::tui::inbox::Event;

/// The wall (an `App`, as in the other tests) with its room open on the loopback.
struct Wall {
    app: App,
    room: Room,
    events: Receiver<Event>,
}

struct Response {
    status: u16,
    /// The head in lower case, to look for header names and values.
    head: String,
    raw_head: String,
    body: String,
}

impl Response {
    fn cookie(&self) -> String {
        self.raw_head
            .lines()
            .find_map(|l| {
                l.to_lowercase()
                    .starts_with("set-cookie: ")
                    .then(|| &l["set-cookie: ".len()..])
            })
            .and_then(|c| c.split(';').next())
            .expect("a cookie")
            .to_owned()
    }
}

impl Wall {
    fn open(session: Session) -> Wall {
        let (inbox, events) = channel();
        let room = Room::open(
            "127.0.0.1:0".parse().expect("address"),
            &inbox,
            Limits::default(),
        )
        .expect("the room opens");
        let app = workshop_app(session);
        let wall = Wall { app, room, events };
        wall.publish();
        wall
    }

    fn publish(&self) {
        self.room.publish(seam::room::room_state::view(&self.app));
    }

    /// As the wall's writer would report it: everything so far is on disk (a phone
    /// hears that its answer is in once it is).
    fn saved(&mut self) {
        if let Some(w) = self.app.workshop() {
            let generation = w.generation;
            self.app.update(Msg::Saved {
                generation,
                result: Ok(()),
            });
        }
    }

    fn keys(&mut self, spec: &str) {
        keys(&mut self.app, spec);
        self.publish();
    }

    fn host(&self) -> String {
        self.room.address.to_string()
    }

    /// One HTTP request from a phone; meanwhile the wall handles what arrives, as its
    /// loop would.
    fn send(&mut self, raw: String) -> Response {
        let address = self.room.address;
        let phone = thread::spawn(move || {
            let mut stream = TcpStream::connect(address).expect("connects");
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .expect("timeout");
            stream.write_all(raw.as_bytes()).expect("sends");
            let mut answer = Vec::new();
            let _ = stream.read_to_end(&mut answer);
            String::from_utf8_lossy(&answer).into_owned()
        });
        let start = Instant::now();
        while !phone.is_finished() {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "the phone waits forever"
            );
            if let Ok(Event::App(msg)) = self.events.recv_timeout(Duration::from_millis(5)) {
                self.app.update(msg);
                self.saved();
                self.publish();
            }
        }
        // What arrived with the last request (a late arrival) is handled too.
        while let Ok(Event::App(msg)) = self.events.try_recv() {
            self.app.update(msg);
            self.saved();
            self.publish();
        }
        let text = phone.join().expect("the phone");
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status");
        Response {
            status,
            head: head.to_lowercase(),
            raw_head: head.to_owned(),
            body: body.to_owned(),
        }
    }

    fn get(&mut self, path: &str, cookie: Option<&str>) -> Response {
        let cookie = cookie.map_or_else(String::new, |c| format!("Cookie: {c}\r\n"));
        let raw = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\n{cookie}Connection: close\r\n\r\n",
            self.host()
        );
        self.send(raw)
    }

    fn post(&mut self, path: &str, cookie: Option<&str>, form: &str) -> Response {
        let cookie = cookie.map_or_else(String::new, |c| format!("Cookie: {c}\r\n"));
        let raw = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\n{cookie}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            self.host(),
            form.len()
        );
        self.send(raw)
    }

    fn secret(&self) -> String {
        self.room.secret.clone()
    }

    /// Joins as participant `who` of the list; the phone's cookie.
    fn join(&mut self, who: usize) -> String {
        let path = format!("/{}/join", self.secret());
        let response = self.post(&path, None, &format!("who={who}"));
        assert_eq!(response.status, 303, "{}", response.body);
        assert!(response.head.contains("httponly") && response.head.contains("samesite=strict"));
        response.cookie()
    }

    fn round_id(&mut self, cookie: &str) -> String {
        let page = self
            .get(&format!("/{}/round", self.secret()), Some(cookie))
            .body;
        let at = page.find("name=\"round\" value=\"").expect("a round form") + 20;
        let id = &page[at..];
        id[..id.find('"').expect("end")].replace("&#39;", "'")
    }

    /// The phone behind `cookie` answers the round its page shows with `form`.
    fn answer(&mut self, cookie: &str, form: &str) -> Response {
        let id = self.round_id(cookie);
        let path = format!("/{}/answer", self.secret());
        self.post(
            &path,
            Some(cookie),
            &format!("round={}&{form}", encode(&id)),
        )
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                char::from(b).to_string()
            }
            b' ' => "+".to_owned(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[test]
fn phones_join_and_answer_a_blind_market_round_revealed_on_the_wall() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    let join = wall.get(&format!("/{secret}"), None);
    assert_eq!(join.status, 200);
    assert!(
        join.body.contains("Anna Berger (Marketing)"),
        "{}",
        join.body
    );
    assert!(
        join.head
            .contains("content-security-policy: default-src 'none'")
    );
    assert!(join.head.contains("referrer-policy: no-referrer"));
    // The secret may be typed in lower case.
    assert_eq!(
        wall.get(&format!("/{}", secret.to_lowercase()), None)
            .status,
        200
    );

    let anna = wall.join(0);
    let jonas = wall.join(1);
    // Anna's name is taken by her phone: another phone cannot answer as her.
    let again = wall.post(&format!("/{secret}/join"), None, "who=0");
    assert_eq!(again.status, 400);
    assert!(
        again.body.contains("schon von einem anderen Telefon"),
        "{}",
        again.body
    );

    let waiting = wall.get(&format!("/{secret}/round"), Some(&anna));
    assert!(
        waiting.body.contains("keine Frage offen"),
        "{}",
        waiting.body
    );
    assert!(
        waiting.body.contains("http-equiv=\"refresh\""),
        "waits by itself"
    );

    wall.keys("<C-o><C-a>");
    let question = wall.get(&format!("/{secret}/round"), Some(&anna)).body;
    assert!(
        question.contains("Euro und Stück · anonym"),
        "every phone sees the round's settings before answering: {question}"
    );
    let id = wall.round_id(&anna);
    let form = |euros: &str, units: &str| {
        format!(
            "round={}&euros={}&units={}",
            encode(&id),
            encode(euros),
            encode(units)
        )
    };
    let stored = wall.post(
        &format!("/{secret}/answer"),
        Some(&anna),
        &form("1,2 Mrd", "90 Tsd."),
    );
    assert_eq!(stored.status, 303, "{}", stored.body);
    let changed = wall.post(
        &format!("/{secret}/answer"),
        Some(&anna),
        &form("1,1 Mrd", "90 Tsd."),
    );
    assert_eq!(changed.status, 303);
    let refused = wall.post(
        &format!("/{secret}/answer"),
        Some(&jonas),
        &form("viel", ""),
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("role=\"alert\">Euro: Unerwartetes Zeichen"),
        "the parser's reason: {}",
        refused.body
    );
    assert!(
        refused.body.contains("value=\"viel\""),
        "what was typed is kept to correct it: {}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains(&format!("data-page=\"/{secret}/round\"")),
        "a live reload of a page drawn for a POST goes to the round's address"
    );
    let stored = wall.post(
        &format!("/{secret}/answer"),
        Some(&jonas),
        &form("420 Mio", "35000"),
    );
    assert_eq!(stored.status, 303);

    let round = &workshop(&wall.app).session.steps[0].rounds[0];
    assert_eq!(round.answers.len(), 2, "one answer per person, the latest");
    assert!(
        render(&wall.app, 120, 40).contains("2 von 4 haben geantwortet"),
        "the wall counts phones like keys"
    );
    let screen = render(&wall.app, 120, 40);
    assert!(
        !screen.contains("1,1") && !screen.contains("420 Mio"),
        "{screen}"
    );
    // No other person's value of an open round in any page; the phone's own answer is
    // in its form, to change until the reveal.
    // (Without the secret too: its base32 letters and digits once held "35".)
    let page = without_ids(&wall.get(&format!("/{secret}/round"), Some(&anna)).body)
        .replace(&secret, "SECRET");
    for value in ["420", "35"] {
        assert!(!page.contains(value), "{value} in {page}");
    }
    assert!(page.contains("value=\"1.100.000.000 €\""), "{page}");
    assert!(page.contains("Ihre Antwort ist angekommen"), "{page}");
    // Two anonymous answers are not revealed: every phone says so, not how many are in.
    assert!(
        page.contains("aufgedeckt wird erst, wenn mindestens 3 geantwortet haben"),
        "{page}"
    );
    wall.keys("<C-r>");
    assert!(
        wall.app
            .status
            .as_deref()
            .is_some_and(|s| s.contains("erst ab 3 Antworten")),
        "the reveal key refuses at once: {:?}",
        wall.app.status
    );
    wall.keys("<C-r>");
    assert!(workshop(&wall.app).session.steps[0].rounds[0].is_open());
    let selin = wall.join(2);
    let third = wall.post(
        &format!("/{secret}/answer"),
        Some(&selin),
        &form("760 Mio", "60000"),
    );
    assert_eq!(third.status, 303);
    let page = wall.get(&format!("/{secret}/round"), Some(&anna)).body;
    assert!(!page.contains("mindestens 3"), "three are in: {page}");

    wall.keys("<C-r><C-r>");
    let result = wall.get(&format!("/{secret}/round"), Some(&anna)).body;
    assert!(
        result.contains("Median 760 Mio. €"),
        "the result after the reveal: {result}"
    );
    // An answer to the round that has closed is refused, never counted elsewhere.
    let late = wall.post(
        &format!("/{secret}/answer"),
        Some(&jonas),
        &form("2 Mrd", "1"),
    );
    assert_eq!(late.status, 409);
    assert!(late.body.contains("nicht mehr offen"), "{}", late.body);
    assert_eq!(workshop(&wall.app).session.steps[0].rounds.len(), 1);
}

#[test]
fn a_vote_and_a_text_round_from_a_late_arrival() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    let path = format!("/{secret}/join");
    let eva = wall.post(&path, None, "name=Eva+Koch&department=IT");
    assert_eq!(eva.status, 303);
    let eva = eva.cookie();
    assert!(
        workshop(&wall.app)
            .session
            .participants
            .iter()
            .any(|p| p.name == "Eva Koch"),
        "a late arrival joins the list"
    );
    let answer = |wall: &mut Wall, form: String| wall.answer(&eva, &form);

    // A vote on the goals: dots per goal.
    wall.keys("<PageDown><PageDown><C-o>");
    let too_many = answer(&mut wall, "d0=2&d1=2&d2=0".into());
    assert_eq!(too_many.status, 409, "{}", too_many.body);
    assert_eq!(answer(&mut wall, "d0=1&d1=0&d2=2".into()).status, 303);
    let step = &workshop(&wall.app).session.steps[2];
    assert_eq!(step.rounds[0].answers[0].reply, Reply::Dots(vec![1, 0, 2]));
    wall.keys("<C-r><C-r><Esc>");

    // A text round on the agreements' step.
    wall.keys("<PageDown>");
    let Some(seam::app::Screen::Workshop(w)) = Some(&mut wall.app.screen) else {
        panic!("workshop")
    };
    // The agreements offer a vote; the business model asks in words.
    w.go_to(1);
    wall.keys("<C-o>");
    let step = workshop(&wall.app).step;
    assert_eq!(
        workshop(&wall.app).session.steps[step].rounds[0].ask,
        Ask::Text
    );
    assert_eq!(
        answer(
            &mut wall,
            format!("text={}", encode("<b>Etiketten</b> & Farbbänder"))
        )
        .status,
        303
    );
    wall.keys("<C-r><C-r>");
    let page = wall.get(&format!("/{secret}/round"), Some(&eva)).body;
    assert!(
        page.contains("&lt;b&gt;Etiketten&lt;/b&gt; &amp; Farbbänder"),
        "escaped: {page}"
    );
}

/// Two Thomas Müller (issue 35): the join page tells them apart by department, each has
/// a phone of their own, each answer counts, and somebody new who could not be told
/// from them is asked to say their department.
#[test]
fn two_of_one_name_join_apart_and_both_answers_count() {
    let mut wall = Wall::open(from_template(
        "core",
        "namesakes",
        "Namensvettern",
        &[
            ("Thomas Müller", "Marketing"),
            ("Thomas Müller", "Vertrieb"),
            ("Anna Berger", "Marketing"),
        ],
    ));
    let secret = wall.secret();
    let join = wall.get(&format!("/{secret}"), None).body;
    for (index, person) in ["Thomas Müller (Marketing)", "Thomas Müller (Vertrieb)"]
        .iter()
        .enumerate()
    {
        assert!(
            join.contains(&format!(
                "<button name=\"who\" value=\"{index}\">{person}</button>"
            )),
            "{person} to pick: {join}"
        );
    }
    let marketing = wall.join(0);
    let sales = wall.join(1);
    let path = format!("/{secret}/join");
    for (form, says) in [
        // Without a department: which of them? Neither, and the phone is told why.
        (
            "name=Thomas+M%C3%BCller",
            "Jemand mit diesem Namen ist schon dabei",
        ),
        (
            "name=thomas+m%C3%BCller&department=vertrieb",
            "Jemand mit diesem Namen",
        ),
        // Typed as one of them: that person, whose phone has joined already.
        (
            "name=Thomas+M%C3%BCller&department=Marketing",
            "schon von einem anderen Telefon",
        ),
    ] {
        let refused = wall.post(&path, None, form);
        assert_eq!(refused.status, 400, "{form}");
        assert!(refused.body.contains(says), "{form}: {}", refused.body);
    }
    assert_eq!(
        workshop(&wall.app).session.participants.len(),
        3,
        "nobody added"
    );

    wall.keys("<PageDown><C-o>");
    assert_eq!(
        wall.answer(&marketing, "euros=420+Mio&units=35000").status,
        303
    );
    let page = wall.get(&format!("/{secret}/round"), Some(&sales)).body;
    assert!(
        page.contains("Sie sind <b>Thomas Müller (Vertrieb)</b>"),
        "{page}"
    );
    assert!(
        !page.contains("Ihre Antwort ist angekommen") && !page.contains("420"),
        "the other Thomas's answer is not this phone's: {page}"
    );
    assert_eq!(wall.answer(&sales, "euros=1,2+Mrd&units=90000").status, 303);
    let page = wall.get(&format!("/{secret}/round"), Some(&sales)).body;
    assert!(page.contains("Ihre Antwort ist angekommen"), "{page}");
    let round = &workshop(&wall.app).session.steps[1].rounds[0];
    let who: Vec<String> = round
        .answers
        .iter()
        .map(|a| a.who.with_department())
        .collect();
    assert_eq!(
        who,
        ["Thomas Müller (Marketing)", "Thomas Müller (Vertrieb)"]
    );
    assert!(render(&wall.app, 120, 40).contains("2 von 3 haben geantwortet"));

    // A third Thomas who says where he is from is somebody new.
    let third = wall.post(&path, None, "name=Thomas+M%C3%BCller&department=Service");
    assert_eq!(third.status, 303, "{}", third.body);
    let people = &workshop(&wall.app).session.participants;
    assert_eq!(people.len(), 4);
    assert_eq!(people[3].with_department(), "Thomas Müller (Service)");
}

/// Waits for `done`, for at most ten seconds, and fails loudly with `what` if it never is.
fn until(done: impl Fn() -> bool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        thread::sleep(Duration::from_millis(2));
    }
}

/// The pulse opens every template: placed from a phone, anonymous, and its result on
/// the phone names nobody.
#[test]
fn the_pulse_is_placed_from_phones_anonymously() {
    let mut wall = Wall::open(from_template(
        "core",
        "pulse-phones",
        "Puls",
        &[
            ("Anna Berger", "Marketing"),
            ("Jonas Weber", "Vertrieb"),
            ("Selin Aydın", "Service"),
        ],
    ));
    let secret = wall.secret();
    wall.keys("<C-o>");
    let mut phones = Vec::new();
    for (who, step) in [(0, 3), (1, 1), (2, 3)] {
        let joined = wall.post(&format!("/{secret}/join"), None, &format!("who={who}"));
        assert_eq!(joined.status, 303, "{}", joined.body);
        let phone = joined.cookie();
        let page = wall.get(&format!("/{secret}/round"), Some(&phone)).body;
        assert!(page.contains("anonym"), "the phone says so: {page}");
        let sent = wall.answer(&phone, &format!("step={step}"));
        assert_eq!(sent.status, 303, "{}", sent.body);
        phones.push(phone);
    }
    let round = &workshop(&wall.app).session.steps[0].rounds[0];
    assert!(round.anonymous);
    assert_eq!(round.answers.len(), 3);
    assert!(round.answers.iter().all(|a| a.who.is_nobody()));
    assert!(render(&wall.app, 120, 40).contains("3 von 3 haben geantwortet"));
    wall.keys("<C-r><C-r>");
    let page = wall.get(&format!("/{secret}/round"), Some(&phones[1])).body;
    assert!(
        page.contains("gegeneinander") && page.contains("miteinander"),
        "{page}"
    );
    for name in [
        "Anna Berger",
        "Jonas Weber (",
        "Marketing",
        "Vertrieb",
        "Service",
    ] {
        let result = page.split("<ul>").nth(1).unwrap_or_default();
        assert!(!result.contains(name), "{name} in the result: {page}");
    }
}

#[test]
fn what_a_phone_types_never_reaches_the_wall_or_another_page_raw() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    // A name with a screen-clearing escape sequence and a right-to-left override, a
    // department with HTML in it.
    let hostile = wall.post(
        &format!("/{secret}/join"),
        None,
        &format!(
            "name={}&department={}",
            encode("Eva\u{1b}[2J\u{202e}Koch"),
            encode("<i>IT</i>")
        ),
    );
    assert_eq!(hostile.status, 303, "{}", hostile.body);
    let eva = hostile.cookie();
    let people = &workshop(&wall.app).session.participants;
    let joined = people.last().expect("joined");
    assert!(
        !joined.name.contains('\u{1b}') && !joined.name.contains('\u{202e}'),
        "stored without control characters: {:?}",
        joined.name
    );
    wall.keys("<C-o>");
    let sent = wall.answer(
        &eva,
        &format!("euros={}&units=5", encode("3\u{1b}]0;x\u{7} Mio")),
    );
    assert!(sent.status == 303 || sent.status == 422, "{}", sent.body);
    keys(&mut wall.app, "<C-g>");
    for (columns, rows) in [(120, 40), (80, 24)] {
        let screen = render(&wall.app, columns, rows);
        assert!(
            !screen.contains('\u{1b}') && !screen.contains('\u{202e}') && !screen.contains('\u{7}'),
            "nothing raw on the wall at {columns}x{rows}: {screen:?}"
        );
        assert!(screen.contains("<i>IT</i>"), "shown as text: {screen}");
    }
    // Another phone's join page lists her escaped.
    let page = wall.get(&format!("/{secret}"), None).body;
    assert!(page.contains("&lt;i&gt;IT&lt;/i&gt;"), "{page}");
    assert!(
        !page.contains('\u{1b}') && !page.contains('\u{202e}') && !page.contains("<i>"),
        "{page}"
    );
}

#[test]
fn the_room_answers_nothing_it_should_not() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    for path in [
        "/",
        "/wrong",
        "/AAAAAAAAAAAAAAAA",
        "/AAAAAAAAAAAAAAAA/round",
        "/../etc/passwd",
    ] {
        assert_eq!(wall.get(path, None).status, 404, "{path}");
    }
    // Another host name (DNS rebinding from a page on the internet) gets nothing.
    let raw = format!("GET /{secret} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assert_eq!(wall.send(raw).status, 404);
    // A body over the limit is refused before it is read.
    let big = "x".repeat(10_000);
    let response = wall.post(&format!("/{secret}/join"), None, &format!("name={big}"));
    assert_eq!(response.status, 413);
    // Without joining, answering leads to the join page.
    let response = wall.post(&format!("/{secret}/answer"), None, "round=x");
    assert_eq!(response.status, 303);
    // Malformed requests: no panic, the room keeps serving.
    for garbage in [
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "POST /x HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    ] {
        let _ = wall.send(garbage.to_owned());
    }
    assert_eq!(wall.get(&format!("/{secret}"), None).status, 200);

    // Closed: nothing answers on the address any more.
    let address = wall.room.address;
    drop(wall.room);
    assert!(TcpStream::connect(address).is_err(), "the room is closed");
}

/// A phone's live stream, read as it arrives.
struct Stream {
    stream: TcpStream,
    seen: String,
}

impl Stream {
    fn open(wall: &Wall, cookie: &str) -> Stream {
        let mut stream = TcpStream::connect(wall.room.address).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .expect("timeout");
        let raw = format!(
            "GET /{}/events HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\n\r\n",
            wall.secret(),
            wall.host()
        );
        stream.write_all(raw.as_bytes()).expect("asks");
        Stream {
            stream,
            seen: String::new(),
        }
    }

    /// The next event, as (name, data); `None` when the stream has ended.
    fn next(&mut self) -> Option<(String, String)> {
        let start = Instant::now();
        loop {
            if let Some(at) = self.seen.find("event: ") {
                let rest = &self.seen[at + 7..];
                if let Some(end) = rest.find("\n\n") {
                    let event = &rest[..end];
                    let name = event.lines().next().unwrap_or_default().to_owned();
                    let data = event
                        .lines()
                        .find_map(|l| l.strip_prefix("data: "))
                        .unwrap_or_default()
                        .to_owned();
                    self.seen = rest[end..].to_owned();
                    return Some((name, data));
                }
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no event came: {}",
                self.seen
            );
            let mut buffer = [0; 4096];
            match self.stream.read(&mut buffer) {
                Ok(0) => return None,
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buffer[..n])),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(_) => return None,
            }
        }
    }
}

/// The page's state key, as the live script reads it.
fn drawn(page: &str) -> String {
    let at = page.find("data-state=\"").expect("a live page") + 12;
    page[at..at + page[at..].find('"').expect("end")].to_owned()
}

#[test]
fn a_phone_page_follows_the_room_live_and_hears_it_close() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    let anna = wall.join(0);
    let jonas = wall.join(1);
    let page = wall.get(&format!("/{secret}/round"), Some(&anna));
    assert!(
        page.body
            .contains(&format!("<script src=\"/{secret}/live.js\"></script>"))
            && page.body.contains("<noscript><meta http-equiv=\"refresh\""),
        "live with JavaScript, a meta refresh without: {}",
        page.body
    );
    assert!(page.head.contains("script-src 'self'"), "{}", page.head);
    let script = wall.get(&format!("/{secret}/live.js"), None);
    assert_eq!(script.status, 200);
    assert!(script.head.contains("content-type: text/javascript"));
    assert!(script.body.contains("EventSource"));
    // Nobody but a phone that has joined gets a stream.
    assert_eq!(wall.get(&format!("/{secret}/events"), None).status, 303);

    let mut stream = Stream::open(&wall, &anna);
    let (name, waiting) = stream.next().expect("the state now");
    assert_eq!(name, "state");
    assert_eq!(waiting, drawn(&page.body), "the page is current");

    wall.keys("<C-o>");
    let (_, asked) = stream.next().expect("a new question");
    assert_ne!(asked, waiting, "a new question changes the page");
    let page = wall.get(&format!("/{secret}/round"), Some(&anna));
    assert_eq!(asked, drawn(&page.body));
    assert!(
        !page.body.contains("<noscript><meta"),
        "no reload while an answer may be typed"
    );

    // Jonas answers: Anna's page stays as it is, so her stream says nothing; the reveal
    // is the next thing she hears.
    let sent = wall.answer(&jonas, "euros=3+Mio&units=40");
    assert_eq!(sent.status, 303, "{}", sent.body);
    wall.keys("<C-r><C-r>");
    let (_, revealed) = stream.next().expect("the reveal");
    assert_ne!(revealed, asked);
    let page = wall.get(&format!("/{secret}/round"), Some(&anna));
    assert_eq!(revealed, drawn(&page.body));
    assert!(page.body.contains("3 Mio"), "the result: {}", page.body);

    // The room closes: the stream says so and ends, and closing does not wait for it.
    let Wall { room, .. } = wall;
    let closing = thread::spawn(move || drop(room));
    assert_eq!(stream.next().map(|e| e.0), Some("closed".to_owned()));
    assert_eq!(stream.next(), None, "the stream has ended");
    let start = Instant::now();
    while !closing.is_finished() {
        assert!(start.elapsed() < Duration::from_secs(10), "the room closes");
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_qr_code_on_the_wall_decodes_to_the_address() {
    let url = "HTTP://192.168.10.20:41234/ABCDEFGHIJKLMNOP";
    let modules = seam::room::qr_modules(url).expect("a code");
    // Draw it as a picture, 4 pixels a module, and read it as a phone camera would.
    let scale = 4;
    let size = modules.len() * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        if modules[y / scale][x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().expect("decodes");
    assert_eq!(content, url);
    // The half-block drawing keeps every module: two rows per line.
    let lines = seam::ui::room_panel::qr_lines(&modules);
    assert_eq!(lines.len(), modules.len().div_ceil(2));
}

#[test]
fn the_facilitator_lets_a_person_answer_from_another_phone() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    // The room open on the wall, as `J` leaves it.
    wall.app.room = Some(seam::app::RoomInfo {
        qr: Vec::new(),
        url: wall.room.url(),
        code: String::new(),
        interface: "lo".into(),
        phones: Vec::new(),
        opened_at: std::time::Duration::ZERO,
        ever_joined: false,
        beyond_this_laptop: true,
    });
    let first = wall.join(0);
    assert_eq!(
        wall.post(&format!("/{secret}/join"), None, "who=0").status,
        400,
        "Anna's name is taken by her first phone"
    );
    // Her battery dies; the facilitator, in the participants, lets her answer from
    // another phone.
    keys(&mut wall.app, "<C-g>");
    let screen = render(&wall.app, 120, 40);
    assert!(
        screen.contains("Strg-F  von einem anderen Telefon aus antworten lassen"),
        "the key is shown while the room is open: {screen}"
    );
    assert!(
        screen.contains("1. Anna Berger: Marketing · am Telefon")
            && !screen.contains("Jonas Weber: Vertrieb · am Telefon"),
        "who answers from a phone: {screen}"
    );
    let effects = keys(&mut wall.app, "<C-f>");
    assert_eq!(
        effects,
        vec![seam::app::Effect::ReleasePhone(
            "Anna Berger (Marketing)".into()
        )]
    );
    assert!(
        render(&wall.app, 120, 40)
            .contains("Anna Berger (Marketing): neues Telefon erlaubt, das alte ist abgemeldet.")
    );
    // What the loop does with the effect; the wall hears who is on a phone now.
    wall.room.release("Anna Berger (Marketing)");
    // Waits for the wall to hear it, not for a while: a generous deadline that fails loudly.
    let deadline = Instant::now() + Duration::from_secs(10);
    let on_a_phone = |app: &seam::app::App| {
        app.room
            .as_ref()
            .is_some_and(|r| r.phones.iter().any(|p| p == "Anna Berger (Marketing)"))
    };
    while on_a_phone(&wall.app) {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "the wall never heard that Anna's phone was let go"
        );
        if let Ok(Event::App(msg)) = wall.events.recv_timeout(left) {
            wall.app.update(msg);
        }
    }
    assert!(
        !render(&wall.app, 120, 40).contains("· am Telefon"),
        "no phone for Anna until her second one joins"
    );
    let second = wall.post(&format!("/{secret}/join"), None, "who=0");
    assert_eq!(second.status, 303, "{}", second.body);
    let signed_off = wall.get(&format!("/{secret}/round"), Some(&first));
    assert_eq!(
        signed_off.status, 303,
        "the first phone is sent to the join page"
    );
    let second = second.cookie();
    let page = wall.get(&format!("/{secret}/round"), Some(&second));
    assert!(
        page.body.contains("Sie sind <b>Anna Berger"),
        "{}",
        page.body
    );
}

#[test]
fn the_room_on_the_wall() {
    let mut app = workshop_app(example());
    app.room = Some(seam::app::RoomInfo {
        qr: seam::room::qr_modules("HTTP://192.168.10.20:41234/ABCDEFGHIJKLMNOP")
            .unwrap_or_default(),
        url: "HTTP://192.168.10.20:41234/ABCDEFGHIJKLMNOP".into(),
        code: "ABCD EFGH IJKL MNOP".into(),
        interface: "wlan0".into(),
        phones: vec![
            "Anna Berger".into(),
            "Jonas Weber".into(),
            "Selin Aydın".into(),
        ],
        opened_at: std::time::Duration::ZERO,
        ever_joined: true,
        beyond_this_laptop: true,
    });
    app.overlay = Some(seam::app::Overlay::Room);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("http://192.168.10.20:41234/abcdefghijklmnop"),
        "{screen}"
    );
    assert!(screen.contains("3 Telefone verbunden"), "{screen}");
    insta::assert_snapshot!("room_120x40", screen);
    insta::assert_snapshot!("room_80x24", render(&app, 80, 24));
    // Tab asks for the room on another network (the loop switches; the QR follows).
    assert_eq!(
        keys(&mut app, "<Tab>"),
        [seam::app::Effect::SwitchRoomNetwork]
    );
    keys(&mut app, "<Esc>");
    assert_eq!(app.overlay, None, "Esc hides the code; the room stays open");
    assert!(app.room.is_some());
}

#[test]
fn a_room_no_phone_reached_for_a_minute_says_what_to_try() {
    use seam::app::Msg;
    let mut app = workshop_app(example());
    let url = "HTTP://192.168.10.20:41234/ABCDEFGHIJKLMNOP";
    app.update(Msg::Tick(std::time::Duration::from_secs(5)));
    app.update(Msg::RoomOpened(Ok(seam::app::RoomInfo {
        qr: seam::room::qr_modules(url).unwrap_or_default(),
        url: url.into(),
        code: "ABCD EFGH IJKL MNOP".into(),
        interface: "wlan0".into(),
        phones: Vec::new(),
        opened_at: std::time::Duration::ZERO,
        ever_joined: false,
        beyond_this_laptop: true,
    })));
    app.update(Msg::Tick(std::time::Duration::from_secs(50)));
    assert!(
        !render(&app, 120, 40).contains("kein Telefon"),
        "not before a minute"
    );
    app.update(Msg::Tick(std::time::Duration::from_secs(66)));
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Seit 1 Minute kein Telefon: Netz prüfen"),
        "{screen}"
    );
    assert!(screen.contains("Hotspot"), "{screen}");
    // The step's clock was booked meanwhile; the writer saved it, as the wall's would.
    let generation = app.workshop().map_or(0, |w| w.generation);
    app.update(Msg::Saved {
        generation,
        result: Ok(()),
    });
    insta::assert_snapshot!("room_unreached_80x24", render(&app, 80, 24));
    // Once a phone came, the hint is gone for good, even if it leaves again.
    app.update(Msg::RoomPhones(vec!["Anna Berger".into()]));
    app.update(Msg::RoomPhones(Vec::new()));
    assert!(!render(&app, 120, 40).contains("kein Telefon"));
}

/// The room's panel drawn alone, as it is on `platform`.
fn panel_on(
    platform: seam::i18n::Platform,
    room: &seam::app::RoomInfo,
    size: (u16, u16),
) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1))
        .expect("test terminal");
    terminal
        .draw(|frame| {
            seam::ui::room_panel::render_on(
                platform,
                room,
                (seam::model::Language::En, Duration::from_secs(5)),
                frame,
                frame.area(),
            );
        })
        .expect("draws");
    terminal.backend().to_string()
}

#[test]
fn the_panel_says_what_the_firewall_asks_until_a_phone_joined() {
    use seam::i18n::Platform;
    let url = "HTTP://192.168.137.1:41234/ABCDEFGHIJKLMNOP";
    let mut room = seam::app::RoomInfo {
        qr: seam::room::qr_modules(url).unwrap_or_default(),
        url: url.into(),
        code: "ABCD EFGH IJKL MNOP".into(),
        interface: "LAN-Verbindung* 10".into(),
        phones: Vec::new(),
        opened_at: Duration::ZERO,
        ever_joined: false,
        beyond_this_laptop: true,
    };
    let windows = panel_on(Platform::Windows, &room, (120, 40));
    for words in [
        "If Windows Defender Firewall asks whether",
        "seam may communicate: tick Private AND",
        "Public networks (a hotspot is often Public),",
        "then Allow access. Without admin rights, ask",
    ] {
        assert!(windows.contains(words), "{windows}");
    }
    insta::assert_snapshot!("room_panel_windows_120x40", windows);
    let mac = panel_on(Platform::MacOs, &room, (120, 40));
    assert!(
        mac.contains("If macOS asks ‘Do you want the application"),
        "{mac}"
    );
    assert!(mac.contains("connections?’: Allow."), "{mac}");
    let linux = panel_on(Platform::Other, &room, (120, 40));
    assert!(
        !linux.contains("Firewall") && !linux.contains("macOS"),
        "{linux}"
    );
    // Where the screen is short, all of it goes, never a piece: the code stays.
    let short = panel_on(Platform::Windows, &room, (80, 24));
    assert!(!short.contains("Windows Defender"), "{short}");
    // A room on 127.0.0.1 (`--bind`) is never asked about.
    let loopback = seam::app::RoomInfo {
        beyond_this_laptop: false,
        ..room.clone()
    };
    let windows = panel_on(Platform::Windows, &loopback, (120, 40));
    assert!(!windows.contains("Windows Defender"), "{windows}");
    assert!(!panel_on(Platform::MacOs, &loopback, (120, 40)).contains("macOS"));
    assert!(
        short.contains("http://192.168.137.1:41234/abcdefghijklmnop"),
        "{short}"
    );
    // A phone came: the question was answered well, the panel no longer says it.
    room.ever_joined = true;
    assert!(!panel_on(Platform::Windows, &room, (120, 40)).contains("Windows Defender"));
}

#[test]
fn ten_thousand_malformed_requests_leave_the_room_serving() {
    let (inbox, _events) = channel();
    // Every request comes from 127.0.0.1 here: the per-address limit would stop the run.
    let limits = Limits::one_address(u32::MAX);
    let room = Room::open("127.0.0.1:0".parse().expect("address"), &inbox, limits).expect("opens");
    room.publish(seam::room::room_state::view(&workshop_app(example())));
    let host = room.address.to_string();
    let secret = room.secret.clone();
    // A small generator of its own (xorshift), so the run is the same every time.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&str; 14] = [
        "GET", "POST", "/", &secret, "/join", "/answer", "/round", "/events", "/live.js", "%00",
        "..", "\u{202e}", "é", "\r\n",
    ];
    let started = Instant::now();
    let mut sent = 0;
    let mut refused = 0;
    while sent < 10_000 && refused < 1_000 && started.elapsed() < Duration::from_secs(120) {
        let mut request = String::new();
        for _ in 0..(next() % 8) {
            request.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            if next() % 3 == 0 {
                request.push(' ');
            }
        }
        let length = next() % 6000;
        match next() % 4 {
            0 => {
                request = format!(
                    "POST /{secret}/answer HTTP/1.1\r\nHost: {host}\r\nContent-Length: {length}\r\nCookie: seam={}\r\n\r\n{}",
                    next(),
                    "&=%".repeat((length % 50) as usize)
                )
            }
            1 => request = format!("GET /{secret}/{request} HTTP/1.1\r\nHost: {host}\r\n\r\n"),
            2 => request.push_str("\r\n\r\n"),
            _ => {
                request = format!(
                    "POST /{secret}/join HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\nwho=99999"
                )
            }
        }
        // A request counts as sent only when it reached the room whole; one refused at
        // the door is counted apart, and may be only a few.
        match TcpStream::connect(room.address) {
            Ok(mut stream) => {
                let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
                if stream.write_all(request.as_bytes()).is_ok() {
                    sent += 1;
                } else {
                    refused += 1;
                }
                let _ = stream.shutdown(std::net::Shutdown::Write);
                let mut sink = Vec::new();
                let _ = stream.read_to_end(&mut sink);
            }
            Err(_) => refused += 1,
        }
    }
    assert_eq!(
        sent, 10_000,
        "all sent within the time bound ({refused} refused)"
    );
    assert!(refused < 100, "{refused} connections refused or cut");
    let mut stream = TcpStream::connect(room.address).expect("still listening");
    write!(
        stream,
        "GET /{secret} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn connections_are_capped_per_address_and_closed_when_idle() {
    let (inbox, _events) = channel();
    let limits = Limits {
        connections: Caps {
            per_address: 3,
            idle: Duration::from_millis(600),
            ..Limits::default().connections
        },
        ..Limits::default()
    };
    let room = Room::open("127.0.0.1:0".parse().expect("address"), &inbox, limits).expect("opens");
    // A room without participants: no crowd to make room for behind one address.
    room.publish(seam::room::room_state::view(&workshop_app(from_template(
        "core",
        "leer",
        "Leer",
        &[],
    ))));
    let closed = |stream: &mut TcpStream, within: Duration| {
        stream.set_read_timeout(Some(within)).expect("timeout");
        let mut byte = [0; 1];
        matches!(stream.read(&mut byte), Ok(0))
            || matches!(stream.read(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset)
    };
    // Three idle connections are held; a fourth from the same address is closed at once.
    let mut held: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(room.address).expect("connects"))
        .collect();
    until(
        || room.open_connections() == 3,
        "the server holds the three",
    );
    let mut fourth = TcpStream::connect(room.address).expect("the kernel accepts");
    assert!(
        closed(&mut fourth, Duration::from_millis(400)),
        "a fourth connection is closed"
    );
    // Doing nothing, the three are closed after the idle time; then the room serves again.
    let start = Instant::now();
    for stream in &mut held {
        assert!(
            closed(stream, Duration::from_secs(5)),
            "an idle connection is closed"
        );
    }
    assert!(
        start.elapsed() >= Duration::from_millis(300),
        "not before the idle time: {:?}",
        start.elapsed()
    );
    let mut stream = TcpStream::connect(room.address).expect("connects");
    write!(
        stream,
        "GET /{} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        room.secret, room.address
    )
    .expect("sends");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("reads");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn a_phone_that_hammers_the_room_is_slowed_down() {
    let (inbox, _events) = channel();
    let limits = Limits {
        per_address: 20,
        window: Duration::from_secs(60),
        ..Limits::default()
    };
    let room = Room::open("127.0.0.1:0".parse().expect("address"), &inbox, limits).expect("opens");
    let session = example();
    // Before its phones joined, an address may ask for a room full of them (joining
    // takes a few requests each).
    let limit = 20 + 8 * session.participants.len();
    room.publish(seam::room::room_state::view(&workshop_app(session)));
    let request = format!(
        "GET /{} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        room.secret, room.address
    );
    let statuses: Vec<String> = (0..limit + 5)
        .map(|_| {
            let mut stream = TcpStream::connect(room.address).expect("connects");
            stream.write_all(request.as_bytes()).expect("sends");
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            answer.split(' ').nth(1).unwrap_or_default().to_owned()
        })
        .collect();
    assert!(statuses[..limit].iter().all(|s| s == "200"), "{statuses:?}");
    assert!(statuses[limit..].iter().all(|s| s == "429"), "{statuses:?}");
}

/// Thirty phones behind one address (a venue's proxy, a phone's hotspot): each joins,
/// loads its round and reloads it as often as a phone does in twenty seconds, and each
/// keeps its connection open — with the default limits, nobody is turned away; a joined
/// phone is counted on its own, not with the other twenty-nine.
#[test]
fn thirty_phones_behind_one_address_all_get_in() {
    let names: Vec<(String, String)> = (1..=30)
        .map(|n| (format!("Person {n:02}"), format!("Abt {}", n % 5)))
        .collect();
    let people: Vec<(&str, &str)> = names
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_str()))
        .collect();
    let mut wall = Wall::open(from_template("core", "nat", "Hotspot", &people));
    wall.keys("<PageDown><C-o>");
    let secret = wall.secret();
    let cookies: Vec<String> = (0..30).map(|who| wall.join(who)).collect();
    for round in 0..5 {
        for (who, cookie) in cookies.iter().enumerate() {
            let page = wall.get(&format!("/{secret}/round"), Some(cookie));
            assert_eq!(page.status, 200, "phone {who}, load {round}: {}", page.body);
        }
    }
    // Every phone's connection open at once (a live page holds one), from one address.
    let host = wall.host();
    let mut open: Vec<TcpStream> = Vec::new();
    for cookie in &cookies {
        let mut stream = TcpStream::connect(wall.room.address).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let request =
            format!("GET /{secret}/round HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n\r\n");
        stream.write_all(request.as_bytes()).expect("sends");
        open.push(stream);
    }
    for (who, stream) in open.iter_mut().enumerate() {
        let mut head = [0_u8; 12];
        stream
            .read_exact(&mut head)
            .unwrap_or_else(|e| panic!("phone {who}: {e}"));
        assert_eq!(&head, b"HTTP/1.1 200", "phone {who}");
    }
}

#[test]
fn closing_the_room_does_not_wait_for_a_half_sent_request() {
    let (inbox, _events) = channel();
    let room = Room::open(
        "127.0.0.1:0".parse().expect("address"),
        &inbox,
        Limits::default(),
    )
    .expect("opens");
    room.publish(seam::room::room_state::view(&workshop_app(example())));
    // A request that never ends (and an idle connection), as a curious script would.
    let mut half = TcpStream::connect(room.address).expect("connects");
    write!(
        half,
        "GET /{} HTTP/1.1\r\nHost: {}\r\n",
        room.secret, room.address
    )
    .expect("sends");
    let _idle = TcpStream::connect(room.address).expect("connects");
    until(
        || room.open_connections() == 2,
        "the server took both connections",
    );
    let start = Instant::now();
    drop(room);
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "the wall quits at once: {:?}",
        start.elapsed()
    );
}

#[test]
fn a_phone_that_slept_through_a_round_wakes_to_the_result_as_itself() {
    let mut wall = Wall::open(example());
    let secret = wall.secret();
    let anna = wall.join(0);
    let jonas = wall.join(1);
    let mut stream = Stream::open(&wall, &anna);
    let (_, before) = stream.next().expect("the state now");
    // Anna's phone locks: its live stream drops.
    drop(stream);
    wall.keys("<C-o>");
    let sent = wall.answer(&jonas, "euros=3+Mio&units=40");
    assert_eq!(sent.status, 303, "{}", sent.body);
    wall.keys("<C-r><C-r>");
    // It wakes and opens what it had open, the room's address from the QR code: with
    // its cookie it goes to the round, never to the join page.
    let woke = wall.get(&format!("/{secret}"), Some(&anna));
    assert_ne!(woke.status, 200, "not the join page: {}", woke.body);
    assert!(
        woke.head
            .contains(&format!("location: /{}/round", secret.to_lowercase()))
            || woke.head.contains(&format!("location: /{secret}/round")),
        "{}",
        woke.head
    );
    let page = wall.get(&format!("/{secret}/round"), Some(&anna));
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Anna Berger"),
        "still Anna: {}",
        page.body
    );
    assert!(page.body.contains("3 Mio"), "the result: {}", page.body);
    assert!(!page.body.contains("Wer sind Sie?"), "{}", page.body);
    // Its live stream picks up where the room is now.
    let mut stream = Stream::open(&wall, &anna);
    let (name, now) = stream.next().expect("the state now");
    assert_eq!(name, "state");
    assert_ne!(now, before);
    assert_eq!(now, drawn(&page.body), "the page is current");
}

/// `seam room --check` on the loopback for `seconds`; its output so far is read as it
/// comes. Returns the child and a reader of its lines.
fn room_check(seconds: &str) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "--lang",
            "de",
            "room",
            "--check",
            "--bind",
            "127.0.0.1",
            "--for",
            seconds,
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("seam starts");
    let stdout = child.stdout.take().expect("stdout");
    let (lines, heard) = channel();
    thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = lines.send(line);
        }
    });
    (child, heard)
}

#[test]
fn room_check_lists_each_phone_that_reaches_the_test_page() {
    let (mut child, heard) = room_check("4");
    let url = loop {
        let line = heard
            .recv_timeout(Duration::from_secs(10))
            .expect("the address comes");
        if let Some(at) = line.find("http://127.0.0.1:") {
            break line[at..].trim().to_owned();
        }
    };
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').expect("a path");
    let get = |host_header: &str, agent: &str| {
        let mut stream = TcpStream::connect(host).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        write!(
            stream,
            "GET /{path} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: {agent}\r\nConnection: close\r\n\r\n"
        )
        .expect("asks");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    };
    let page = get(
        host,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)",
    );
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(
        page.contains("Dieses Telefon erreicht den Laptop"),
        "{page}"
    );
    let rebound = get("evil.example", "Mozilla/5.0 (Linux; Android 14)");
    assert!(
        rebound.starts_with("HTTP/1.1 404"),
        "another host is not answered"
    );
    let mut said = Vec::new();
    while let Ok(line) = heard.recv_timeout(Duration::from_secs(10)) {
        said.push(line);
    }
    let status = child.wait().expect("ends by itself");
    assert!(status.success(), "a phone reached it: {said:?}");
    assert!(
        said.iter()
            .any(|l| l == "✓ iPhone erreicht über 127.0.0.1 (127.0.0.1)"),
        "{said:?}"
    );
    assert!(
        said.iter().any(|l| l == "127.0.0.1: 1 Telefon(e)"),
        "{said:?}"
    );
    assert!(
        !said.iter().any(|l| l.contains("Android")),
        "the refused one is not counted"
    );
}

#[test]
fn room_check_says_when_no_phone_came() {
    let (mut child, heard) = room_check("1");
    let status = child.wait().expect("ends by itself");
    // Everything it printed, until its output closed.
    let mut said = Vec::new();
    while let Ok(line) = heard.recv_timeout(Duration::from_secs(10)) {
        said.push(line);
    }
    assert_eq!(status.code(), Some(1), "{said:?}");
    assert!(
        said.iter()
            .any(|l| l.contains("kein Telefon – Telefone erreichen diesen Laptop hier nicht")),
        "{said:?}"
    );
    // Linux's firewalls never ask and cannot be read without root: nothing is said of
    // one (on Windows and macOS the firewall is asked before and after).
    #[cfg(target_os = "linux")]
    assert!(!said.iter().any(|l| l.contains("Firewall")), "{said:?}");
}
