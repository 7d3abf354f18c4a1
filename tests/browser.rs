//! The phone's page and the HTML handout in a real browser: headless Chromium from the
//! distribution, driven over WebDriver (chromedriver). A phone joins, answers a blind
//! market round and sees the reveal, once with JavaScript on and once off, with a
//! screenshot at 360x740 for a person to look at; the full day's handout hides no column
//! at 1600 px and reads as cards at 390 px (screenshots `handout-*.png`). Everything on
//! 127.0.0.1 or in a local file.
//!
//! Not part of the README's `cargo test` (a fresh machine has no browser): run it with
//! `cargo test --features browser-test --test browser` after `apt-get install chromium
//! chromium-driver`; `.ci/run` does both. Without Chromium it fails and says how to
//! install it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::*;
use fantoccini::{Client, ClientBuilder, Locator};
use seam::room::server::{Limits, Room};
use seam::tui::inbox::Event;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver, ended with the test.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The wall on a thread of its own, as its loop would run: what phones send is handled
/// at once; keys come from the test.
fn wall(answers: Arc<Mutex<usize>>) -> (Sender<String>, String) {
    let (keys_in, keys_out) = channel::<String>();
    let (address_in, address_out) = channel();
    thread::spawn(move || {
        let (inbox, events) = channel();
        let room = Room::open(
            "127.0.0.1:0".parse().expect("address"),
            &inbox,
            Limits::default(),
        )
        .expect("the room opens");
        let mut app = workshop_app(example());
        room.publish(seam::room::room_state::view(&app));
        let url = format!("http://{}/{}", room.address, room.secret.to_lowercase());
        address_in.send(url).expect("the test waits");
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(120) {
            match keys_out.try_recv() {
                Ok(spec) => drop(keys(&mut app, &spec)),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => return,
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            }
            if let Ok(Event::App(msg)) = events.recv_timeout(Duration::from_millis(5)) {
                app.update(msg);
                // As the wall's writer reports it: everything so far is on disk, so a
                // phone hears that its answer is in.
                if let Some(generation) = app.workshop().map(|w| w.generation) {
                    app.update(seam::app::Msg::Saved {
                        generation,
                        result: Ok(()),
                    });
                }
            }
            room.publish(seam::room::room_state::view(&app));
            let count = app
                .workshop()
                .and_then(|w| w.session.steps[0].rounds.first())
                .map_or(0, |r| r.answers.len());
            *answers.lock().expect("count") = count;
        }
    });
    let url = address_out
        .recv_timeout(Duration::from_secs(10))
        .expect("the room's address");
    (keys_in, url)
}

/// Waits until the page holds `text`, never reloading it: the page follows the room by
/// itself (live with JavaScript, by its meta refresh without). The page source, not an
/// element: a page that reloads meanwhile leaves no stale handle. How long it took.
async fn wait_for_text(client: &Client, text: &str) -> Duration {
    let start = Instant::now();
    loop {
        let page = client.source().await.unwrap_or_default();
        if page.contains(text) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "waited for {text:?}; the page shows:\n{page}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

const SEND: Locator<'static> = Locator::Css("form[action$=answer] button");

async fn click(client: &Client, locator: Locator<'_>) {
    client
        .find(locator)
        .await
        .expect("on the page")
        .click()
        .await
        .expect("clicked");
}

/// Types into the field `name`, replacing what it held.
async fn type_into(client: &Client, name: &str, text: &str) {
    let field = client
        .find(Locator::Css(&format!("input[name={name}]")))
        .await
        .expect("the field");
    field.clear().await.expect("cleared");
    field.send_keys(text).await.expect("typed");
}

async fn phone(
    driver: &str,
    url: &str,
    javascript: bool,
    keys: Sender<String>,
    shot: &Path,
    answers: &Arc<Mutex<usize>>,
) {
    let profile = tempfile::tempdir().expect("a profile folder");
    // A phone's screen, as CSS pixels.
    let client = browser(driver, profile.path(), (360, 740), javascript).await;
    client.goto(url).await.expect("the join page");
    wait_for_text(&client, "Wer sind Sie?").await;
    click(
        &client,
        Locator::XPath("//button[contains(., 'Anna Berger')]"),
    )
    .await;
    wait_for_text(&client, "keine Frage offen").await;
    keys.send("<C-o>".into()).expect("the wall");
    let asked = wait_for_text(&client, "Wie groß ist der Markt").await;
    // A figure that does not read comes back with the reason, and with what was typed.
    type_into(&client, "euros", "viel").await;
    click(&client, SEND).await;
    wait_for_text(&client, "Euro: Unerwartetes Zeichen").await;
    let euros = client.find(Locator::Css("input[name=euros]"));
    let kept = euros
        .await
        .expect("euros")
        .prop("value")
        .await
        .expect("a value");
    assert_eq!(kept.as_deref(), Some("viel"), "what was typed is kept");
    type_into(&client, "euros", "1,2 Mrd").await;
    type_into(&client, "units", "90 Tsd.").await;
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(shot.with_extension("question.png"), png).expect("written");
    click(&client, SEND).await;
    wait_for_text(&client, "Ihre Antwort ist angekommen").await;
    assert_eq!(*answers.lock().expect("count"), 1, "counted on the wall");
    // The phone's own answer stands in its form, to change until the reveal.
    let page = without_ids(&client.source().await.expect("the page"));
    assert!(
        page.contains("1.200.000.000 €") && page.contains("90000"),
        "its own answer: {page}"
    );
    keys.send("<C-r><C-r>".into()).expect("the wall");
    let revealed = wait_for_text(&client, "Median 1,2 Mrd. €").await;
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(shot, png).expect("written");
    println!(
        "JavaScript {}: the question on the phone after {} ms, the reveal after {} ms",
        if javascript { "on" } else { "off" },
        asked.as_millis(),
        revealed.as_millis()
    );
    if javascript {
        // Live: far quicker than the 4 s of the meta refresh.
        assert!(
            asked < Duration::from_secs(2) && revealed < Duration::from_secs(2),
            "live updates: {asked:?}, {revealed:?}"
        );
    }
    if javascript {
        // The wall closes the room: the page says so at once.
        drop(keys);
        wait_for_text(&client, "Der Raum ist geschlossen").await;
        let png = client.screenshot().await.expect("a screenshot");
        std::fs::write(shot.with_extension("closed.png"), png).expect("written");
    }
    client.close().await.expect("closes");
}

/// chromedriver on a free port of 127.0.0.1, and its address.
fn start_driver() -> (Driver, String) {
    assert!(
        Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists(),
        "This test needs Chromium and chromedriver from the distribution: \
         sudo apt-get install chromium chromium-driver — then: \
         cargo test --features browser-test --test browser"
    );
    let port = free_port();
    let process = Driver(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let driver = format!("http://127.0.0.1:{port}");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "chromedriver did not start"
        );
        thread::sleep(Duration::from_millis(50));
    }
    (process, driver)
}

#[test]
fn a_phone_joins_answers_and_sees_the_reveal_in_chromium() {
    let (_driver, driver) = start_driver();
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    for javascript in [true, false] {
        let answers = Arc::new(Mutex::new(0));
        let (keys, url) = wall(Arc::clone(&answers));
        let shot = out.join(format!(
            "phone-360x740-javascript-{}.png",
            if javascript { "on" } else { "off" }
        ));
        runtime.block_on(phone(&driver, &url, javascript, keys, &shot, &answers));
        println!("screenshot: {}", shot.display());
    }
}

/// Chromium, headless, at `width` x `height` CSS pixels, with JavaScript or without.
async fn browser(
    driver: &str,
    profile: &Path,
    (width, height): (u32, u32),
    javascript: bool,
) -> Client {
    let mut options = serde_json::json!({
        "binary": CHROMIUM,
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.display()),
        ],
    });
    if !javascript {
        options["prefs"] =
            serde_json::json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), options);
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(driver)
        .await
        .expect("chromedriver starts Chromium");
    let _ = client.set_window_size(width, height).await;
    client
}

/// The full day's handout as a participant opens it: on a wide screen no table hides a
/// column behind a scroll bar; on a phone (390 px, in a frame: Chromium lays a window out
/// at least 500 px wide) nothing is wider than the screen and a table row is a card whose
/// every value says its column.
async fn handout(driver: &str, folder: &Path, out: &Path) {
    let profile = tempfile::tempdir().expect("a profile folder");
    let client = browser(driver, profile.path(), (1600, 1000), true).await;
    let page = format!("file://{}", folder.join("full.html").display());
    client.goto(&page).await.expect("the handout opens");
    let hidden = client
        .execute(
            "return [...document.querySelectorAll('.table')]\
             .filter(t => t.scrollWidth > t.clientWidth + 1).length",
            vec![],
        )
        .await
        .expect("a number");
    assert_eq!(hidden, serde_json::json!(0), "a table cut off at 1600 px");
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(out.join("handout-1600.png"), png).expect("written");

    let frame = folder.join("phone.html");
    std::fs::write(
        &frame,
        "<!DOCTYPE html><body style=\"margin:0\"><iframe src=\"full.html\" \
         style=\"width:390px;height:2400px;border:0\"></iframe></body>",
    )
    .expect("frame");
    client
        .goto(&format!("file://{}", frame.display()))
        .await
        .expect("the frame opens");
    client.enter_frame(0).await.expect("into the frame");
    let wide = client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            vec![],
        )
        .await
        .expect("a number");
    assert_eq!(wide, serde_json::json!(0), "nothing wider than a phone");
    let card = client
        .execute(
            "const td = document.querySelector('section.glance tbody td');\
             return [getComputedStyle(td).display, getComputedStyle(td, '::before').content,\
             getComputedStyle(document.querySelector('section.glance thead')).display]",
            vec![],
        )
        .await
        .expect("styles");
    assert_eq!(
        card,
        serde_json::json!(["block", "\"Wer: \"", "none"]),
        "a row is a card, each value with its column's name"
    );
    client.enter_parent_frame().await.expect("out of the frame");
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(out.join("handout-390.png"), png).expect("written");
    client.close().await.expect("closes");
}

#[test]
fn the_handout_hides_nothing_wide_and_reads_as_cards_on_a_phone_in_chromium() {
    let (_driver, driver) = start_driver();
    let folder = tempfile::tempdir().expect("a folder");
    let status = Command::new(env!("CARGO_BIN_EXE_seam"))
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(folder.path())
        .arg("export")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/workshops/examples/full-day.ron"
        ))
        .arg("-o")
        .arg(folder.path().join("full.html"))
        .status()
        .expect("seam runs");
    assert!(status.success());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(handout(&driver, folder.path(), &out));
    println!("screenshots: {}/handout-*.png", out.display());
}
