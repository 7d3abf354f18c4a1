//! The room under load, on 127.0.0.1 only: N simulated phones join and answer the same
//! blind round at once; for each, the time from sending the answer until the server's
//! reply — which comes only after the wall's `update` has counted it. One run measures
//! 10, 50 and 200 phones side by side, bounded in count and time.
//!
//!     cargo bench --bench room

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc::channel;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use seam::app::{App, Msg, Screen, Workshop};
use seam::model::{Language, Participant};
use seam::record::Session;
use seam::room::server::{Limits, Room};
use seam::tui::inbox::Event;

fn http(address: SocketAddr, request: &str) -> String {
    let mut stream = TcpStream::connect(address).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(request.as_bytes()).expect("sends");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

fn session(phones: usize) -> Session {
    let catalog = seam::workshops::Catalog::load(None);
    let template = catalog.get("core").expect("core");
    let people = (0..phones)
        .map(|n| Participant {
            name: format!("Person {n}"),
            department: format!("Abteilung {}", n % 7),
        })
        .collect();
    Session::from_template(
        template,
        "last".into(),
        "Last".into(),
        Language::De,
        people,
        seam::model::Moment::now(),
    )
}

fn run(phones: usize) -> (f64, f64, f64) {
    let (inbox, events) = channel();
    let limits = Limits::one_address(u32::MAX);
    let room = Room::open("127.0.0.1:0".parse().expect("address"), &inbox, limits).expect("opens");
    let mut app = App::new(
        Language::De,
        Screen::Workshop(Box::new(Workshop::new(
            session(phones),
            "/tmp/seam-room-bench.ron".into(),
            false,
            seam::model::Moment::now(),
        ))),
    );
    // The market step, a blind round open.
    for code in [
        seam::app::keymap::KeyCode::PageDown,
        seam::app::keymap::KeyCode::Char('o'),
    ] {
        app.update(Msg::Key(seam::app::keymap::Chord::from(code)));
    }
    room.publish(seam::room::room_state::view(&app));
    let address = room.address;
    let secret = room.secret.clone();
    let host = address.to_string();
    // Join everybody first (not measured).
    let cookies: Vec<String> = (0..phones)
        .map(|n| {
            let form = format!("who={n}");
            let answer = http(
                address,
                &format!("POST /{secret}/join HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}", form.len()),
            );
            answer
                .lines()
                .find_map(|l| l.strip_prefix("set-cookie: "))
                .and_then(|c| c.split(';').next())
                .expect("a cookie")
                .to_owned()
        })
        .collect();
    let id = seam::room::room_state::view(&app).round.expect("open").id;
    let id = id.replace('+', "%2B").replace(':', "%3A");
    // The wall's loop: update, then tell the room what the phones may see.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let wall_stop = Arc::clone(&stop);
    let wall = thread::spawn(move || {
        while !wall_stop.load(std::sync::atomic::Ordering::SeqCst) {
            if let Ok(Event::App(msg)) = events.recv_timeout(Duration::from_millis(5)) {
                app.update(msg);
                room.publish(seam::room::room_state::view(&app));
            }
        }
        let counted = app
            .workshop()
            .map_or(0, |w| w.session.steps[1].rounds[0].answers.len());
        (counted, room)
    });
    let start = Arc::new(Barrier::new(phones));
    let handles: Vec<_> = cookies
        .into_iter()
        .enumerate()
        .map(|(n, cookie)| {
            let start = Arc::clone(&start);
            let (secret, host, id) = (secret.clone(), host.clone(), id.clone());
            thread::spawn(move || {
                let form = format!("round={id}&euros={}+Mio&units={}", n + 1, n + 10);
                let request = format!("POST /{secret}/answer HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}", form.len());
                start.wait();
                let sent = Instant::now();
                let answer = http(address, &request);
                assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
                sent.elapsed()
            })
        })
        .collect();
    let mut samples: Vec<Duration> = handles
        .into_iter()
        .map(|h| h.join().expect("phone"))
        .collect();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (counted, _room) = wall.join().expect("wall");
    assert_eq!(counted, phones, "every answer counted");
    samples.sort();
    let at =
        |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    (at(0.5), at(0.95), at(1.0))
}

fn peak_memory_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0)
}

fn main() {
    println!("| phones | answer counted: median ms | p95 ms | max ms |");
    println!("|---:|---:|---:|---:|");
    for phones in [10, 50, 200] {
        let (median, p95, max) = run(phones);
        println!("| {phones} | {median:.2} | {p95:.2} | {max:.2} |");
    }
    println!(
        "\npeak memory of this process (bench, server and wall state): {} KiB",
        peak_memory_kib()
    );
}
