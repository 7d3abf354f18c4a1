//! `seam room --check`: can the room's phones reach this laptop? Run the day before, or
//! in the venue before people arrive. A test page is served on every usable network
//! interface (or the one `--bind` names), each with its address and QR code on the
//! terminal; every phone that opens one is reported with the interface it came over.
//! Nothing of a session is served, and nothing is kept. On Windows and macOS the
//! firewall is asked first, and again when no phone came (`firewall.rs`): a phone it
//! blocks never reaches the page, and the check says why instead of only "no phone".

use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use super::firewall::{self, Finding, When};
use super::page::esc;
use crate::i18n::{Platform, Words};
use crate::model::Language;
use crate::text::one_line;

/// A request's head larger than this is not a phone opening a page.
const HEAD_LIMIT: usize = 8 * 1024;
/// Requests answered at once; more wait for the next accept.
const AT_ONCE: usize = 32;
const READ_TIMEOUT: Duration = Duration::from_secs(5);

const INTRO: Words = Words::new(
    "Erreichen Telefone diesen Laptop? Mit einem Telefon (am besten mehreren, Android und iPhone) den QR-Code scannen oder die Adresse öffnen. Jedes Telefon, das die Seite sieht, steht unten. Strg-C beendet.",
    "Do phones reach this laptop? Scan a QR code with a phone (better several, Android and iPhone) or open the address. Every phone that sees the page is listed below. Ctrl-C ends.",
);
const NONE_USABLE: Words = Words::new(
    "Kein Netz, über das Telefone diesen Laptop erreichen könnten: mit dem WLAN verbinden oder einen Hotspot einschalten, dann noch einmal.",
    "No network phones could reach this laptop over: join the Wi-Fi or switch a hotspot on, then try again.",
);
const ASKING: Words = Words::new("Frage die Firewall …", "Asking the firewall …");
const REACHED: Words = Words::new("erreicht über", "reached over");
const NOT_REACHED: Words = Words::new(
    "kein Telefon – Telefone erreichen diesen Laptop hier nicht",
    "no phone – phones do not reach this laptop here",
);
const PHONES: Words = Words::new("Telefon(e)", "phone(s)");
const PAGE_TITLE: Words = Words::new("seam: Verbindung steht", "seam: connected");
const PAGE_TEXT: Words = Words::new(
    "Dieses Telefon erreicht den Laptop über",
    "This phone reaches the laptop over",
);
const PAGE_NEXT: Words = Words::new(
    "Im Workshop wird der Raum über dieses Netz funktionieren.",
    "In the workshop, the room will work over this network.",
);

/// One interface served: its name, and where phones open the test page.
struct Served {
    interface: String,
    address: SocketAddr,
}

/// A phone that opened the page.
struct Reached {
    interface: usize,
    device: &'static str,
    from: IpAddr,
}

/// Serves the test page on `targets` (address, interface name) until `seconds` have
/// passed, or for ever; says so on `out` as phones come. `Ok(true)` once any phone
/// reached the page.
pub fn run(
    targets: &[(IpAddr, String)],
    port: u16,
    seconds: Option<u64>,
    l: Language,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let platform = Platform::current();
    let ask = || firewall::ask(platform, targets);
    // No firewall stands between the loopback and itself (`--bind 127.0.0.1`).
    let outside = targets.iter().any(|(ip, _)| !ip.is_loopback());
    let firewall: Option<&dyn Fn() -> Finding> = match platform {
        Platform::Windows | Platform::MacOs if outside => Some(&ask),
        Platform::Windows | Platform::MacOs | Platform::Other => None,
    };
    run_with(targets, (port, seconds), l, firewall, out)
}

/// `run` with the firewall's question given: asked before serving (listening is what
/// makes Windows ask its own question) and again when no phone came; `None` where no
/// firewall is asked.
pub fn run_with(
    targets: &[(IpAddr, String)],
    (port, seconds): (u16, Option<u64>),
    l: Language,
    firewall: Option<&dyn Fn() -> Finding>,
    out: &mut dyn Write,
) -> io::Result<bool> {
    if targets.is_empty() {
        writeln!(out, "{}", NONE_USABLE.get(l))?;
        return Ok(false);
    }
    if let Some(ask) = firewall {
        writeln!(out, "{}", ASKING.get(l))?;
        out.flush()?;
        say(out, &ask(), l, When::Before)?;
    }
    let secret = crate::store::secret(40)?;
    let (hits, heard) = channel::<Reached>();
    let mut served = Vec::new();
    let mut port = port;
    for (index, (ip, name)) in targets.iter().enumerate() {
        // The same port on every interface where it is free: one number to remember.
        let listener = TcpListener::bind((*ip, port)).or_else(|_| TcpListener::bind((*ip, 0)))?;
        let address = listener.local_addr()?;
        port = address.port();
        served.push(Served {
            interface: name.clone(),
            address,
        });
        let page = Page {
            secret: secret.clone(),
            host: address.to_string(),
            interface: name.clone(),
            index,
            language: l,
        };
        serve(listener, Arc::new(page), hits.clone())?;
    }
    drop(hits);
    writeln!(out, "{}\n", INTRO.get(l))?;
    for s in &served {
        let url = format!("HTTP://{}/{secret}", s.address);
        writeln!(out, "{}  {}", one_line(&s.interface), url.to_lowercase())?;
        if let Some(modules) = super::qr_modules(&url) {
            write_qr(out, &modules)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let mut counts = vec![0_usize; served.len()];
    loop {
        let wait = match deadline {
            Some(end) => end.saturating_duration_since(Instant::now()),
            None => Duration::from_secs(3600),
        };
        if wait.is_zero() {
            break;
        }
        match heard.recv_timeout(wait) {
            Ok(hit) => {
                counts[hit.interface] += 1;
                let s = &served[hit.interface];
                writeln!(
                    out,
                    "✓ {} {} {} ({})",
                    hit.device,
                    REACHED.get(l),
                    one_line(&s.interface),
                    hit.from
                )?;
                out.flush()?;
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    writeln!(out)?;
    for (s, count) in served.iter().zip(&counts) {
        match count {
            0 => writeln!(out, "{}: {}", one_line(&s.interface), NOT_REACHED.get(l))?,
            n => writeln!(out, "{}: {n} {}", one_line(&s.interface), PHONES.get(l))?,
        }
    }
    let reached = counts.iter().any(|c| *c > 0);
    if !reached && let Some(ask) = firewall {
        // Asked again: Windows' question may have been answered, or cancelled, meanwhile.
        writeln!(out)?;
        say(out, &ask(), l, When::After)?;
    }
    Ok(reached)
}

/// The firewall's finding in words, a blank line after it.
fn say(out: &mut dyn Write, finding: &Finding, l: Language, when: When) -> io::Result<()> {
    let lines = firewall::lines(finding, l, when);
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    if !lines.is_empty() {
        writeln!(out)?;
    }
    out.flush()
}

/// The test page of one interface.
struct Page {
    secret: String,
    /// `ip:port` as served: a request naming another host is not answered (DNS
    /// rebinding).
    host: String,
    interface: String,
    index: usize,
    language: Language,
}

/// Accepts on a thread of its own; each request on a short-lived thread, at most
/// `AT_ONCE` at a time.
fn serve(listener: TcpListener, page: Arc<Page>, hits: Sender<Reached>) -> io::Result<()> {
    let busy = Arc::new(AtomicUsize::new(0));
    std::thread::Builder::new()
        .name("room-check".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                if busy.load(Ordering::SeqCst) >= AT_ONCE {
                    continue;
                }
                busy.fetch_add(1, Ordering::SeqCst);
                let (page, hits, busy) = (Arc::clone(&page), hits.clone(), Arc::clone(&busy));
                let handled = std::thread::Builder::new().spawn(move || {
                    let _ = answer(stream, &page, &hits);
                    busy.fetch_sub(1, Ordering::SeqCst);
                });
                if handled.is_err() {
                    break;
                }
            }
        })?;
    Ok(())
}

/// Reads one request and answers it: the page for `GET /SECRET` with the right host,
/// a plain 404 for anything else.
fn answer(mut stream: TcpStream, page: &Page, hits: &Sender<Reached>) -> io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let from = stream.peer_addr()?.ip();
    let mut head = Vec::new();
    let mut buffer = [0_u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buffer)?;
        if n == 0 || head.len() + n > HEAD_LIMIT {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let mut lines = head.lines();
    let request = lines.next().unwrap_or_default();
    let header = |name: &str| {
        head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    };
    let path_ok = request
        .strip_prefix("GET /")
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|path| path.eq_ignore_ascii_case(&page.secret));
    let host_ok = header("host").is_some_and(|h| h.eq_ignore_ascii_case(&page.host));
    if !(path_ok && host_ok) {
        let body = "not found\n";
        return write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }
    let agent = header("user-agent").unwrap_or_default();
    let device = match () {
        () if agent.contains("iPhone") => "iPhone",
        () if agent.contains("iPad") => "iPad",
        () if agent.contains("Android") => "Android",
        () => match page.language {
            Language::De => "Ein Gerät",
            Language::En => "A device",
        },
    };
    let _ = hits.send(Reached {
        interface: page.index,
        device,
        from,
    });
    let l = page.language;
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body style=\"font-family:sans-serif;margin:2rem;\
         font-size:1.3rem\"><h1>✓ {title}</h1><p>{} <b>{}</b> ({}).</p><p>{}</p></body></html>",
        l.tag(),
        PAGE_TEXT.get(l),
        esc(&page.interface),
        esc(&page.host),
        PAGE_NEXT.get(l),
        title = PAGE_TITLE.get(l),
    );
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
         Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n\
         Cache-Control: no-store\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// The QR code in half blocks, dark on light whatever the terminal's colours (a scanner
/// reads dark modules on a light ground).
fn write_qr(out: &mut dyn Write, modules: &[Vec<bool>]) -> io::Result<()> {
    for row in crate::text::half_blocks(modules) {
        writeln!(out, "  \x1b[30;107m{row}\x1b[0m")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::firewall_rules::{Access, Category, Served};

    fn check(firewall: Option<&dyn Fn() -> Finding>, l: Language) -> (bool, String) {
        let targets = [("127.0.0.1".parse().expect("ip"), "WLAN".to_owned())];
        let mut out = Vec::new();
        let reached = run_with(&targets, (0, Some(0)), l, firewall, &mut out).expect("runs");
        (reached, String::from_utf8(out).expect("text"))
    }

    #[test]
    fn a_firewall_that_blocks_is_named_before_serving_and_again_when_nobody_came() {
        let asked = std::cell::Cell::new(0);
        let blocked = || {
            asked.set(asked.get() + 1);
            Finding::Windows {
                program: r"C:\Tools\seam\seam.exe".into(),
                networks: vec![Served {
                    interface: "WLAN".into(),
                    category: Some(Category::Public),
                    access: Access::BlockedByRule,
                }],
            }
        };
        let (reached, said) = check(Some(&blocked), Language::En);
        assert!(!reached);
        assert_eq!(asked.get(), 2, "before, and after nobody came");
        let sentence = "✗ The firewall blocks seam on Public networks (WLAN is Public): phones cannot reach it";
        assert_eq!(said.matches(sentence).count(), 2, "{said}");
        let asking = said.find("Asking the firewall").expect("said first");
        let blocked_at = said.find(sentence).expect("said");
        let served_at = said.find("http://127.0.0.1:").expect("served");
        let nobody_at = said
            .find("no phone – phones do not reach")
            .expect("summed up");
        assert!(asking < blocked_at && blocked_at < served_at && served_at < nobody_at);
        assert!(said.rfind(sentence) > Some(nobody_at), "{said}");
        assert!(said.contains(r#"  netsh advfirewall firewall add rule name="seam" dir=in action=allow program="C:\Tools\seam\seam.exe" enable=yes profile=private,public"#));
    }

    #[test]
    fn where_no_firewall_is_asked_nothing_is_said_of_one() {
        let (reached, said) = check(None, Language::De);
        assert!(!reached);
        assert!(!said.contains("Firewall"), "{said}");
        assert!(said.contains("kein Telefon"), "{said}");
    }
}
