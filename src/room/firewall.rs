//! Does the firewall let phones reach seam? Asked by `seam room --check` before it serves
//! and again when no phone came. Windows Defender Firewall is asked through PowerShell's
//! firewall cmdlets, whose enum values (`Inbound`, `Block`, `Public` …) read the same in
//! every language — netsh's output is translated on a German Windows; the macOS
//! application firewall through `socketfilterfw`. Reading their answers and deciding is
//! pure (`firewall_rules.rs`, tested with sample outputs on any machine); `ask` alone runs
//! a program, with a deadline, and a failure is an answer too — "could not ask the
//! firewall" — never a panic, never a hang. What is found is said here, in both languages.

use std::io::Read;
use std::net::IpAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::{Label, Platform, Words, t};
use crate::model::Language;
use crate::text::one_line;

use super::firewall_rules::{
    Access, Category, MacAccess, Served, encoded_command, mac_access, mac_state, parse_windows,
    windows_script,
};

/// PowerShell starts slowly on a managed laptop (a virus scanner looks at it first).
const WINDOWS_DEADLINE: Duration = Duration::from_secs(20);
const MAC_DEADLINE: Duration = Duration::from_secs(5);
/// More than any of these programs says about one program's rules.
const OUTPUT_LIMIT: u64 = 64 * 1024;
const SOCKETFILTERFW: &str = "/usr/libexec/ApplicationFirewall/socketfilterfw";

/// What the firewall does to phones that open seam's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// This system's firewall neither asks nor can be read without root (Linux).
    Nothing,
    /// Windows: each network served, with the category Windows gives it (`None`: it names
    /// none for that interface) and what its profile does to seam.
    Windows {
        program: String,
        networks: Vec<Served>,
    },
    Mac {
        program: String,
        access: MacAccess,
    },
    /// The firewall could not be asked; why, in a few words.
    CouldNotAsk(String),
}

/// Asks this system's firewall about seam on the networks `served` (address, interface).
pub fn ask(platform: Platform, served: &[(IpAddr, String)]) -> Finding {
    match platform {
        Platform::Other => Finding::Nothing,
        Platform::Windows => {
            let program = match program(platform) {
                Ok(program) => program,
                Err(reason) => return Finding::CouldNotAsk(reason),
            };
            let answer = run(
                &powershell(),
                &[
                    "-NoProfile",
                    "-NonInteractive",
                    "-EncodedCommand",
                    &encoded_command(&windows_script(&program)),
                ],
                WINDOWS_DEADLINE,
            );
            match answer.map(|out| parse_windows(&out)) {
                Ok(Some(firewall)) => Finding::Windows {
                    networks: firewall.on(served),
                    program,
                },
                Ok(None) => Finding::CouldNotAsk("PowerShell: no answer to read".into()),
                Err(reason) => Finding::CouldNotAsk(format!("PowerShell: {reason}")),
            }
        }
        Platform::MacOs => {
            let program = match program(platform) {
                Ok(program) => program,
                Err(reason) => return Finding::CouldNotAsk(reason),
            };
            let ask = |args: &[&str]| {
                run(SOCKETFILTERFW, args, MAC_DEADLINE)
                    .map_err(|reason| format!("socketfilterfw: {reason}"))
            };
            let answers = ask(&["--getglobalstate"]).and_then(|state| {
                if mac_state(&state) == Some(0) {
                    return Ok((state, String::new(), String::new()));
                }
                Ok((
                    state,
                    ask(&["--getblockall"])?,
                    ask(&["--getappblocked", &program])?,
                ))
            });
            match answers {
                Ok((state, all, app)) => match mac_access(&state, &all, &app) {
                    Ok(access) => Finding::Mac { program, access },
                    Err(reason) => Finding::CouldNotAsk(reason),
                },
                Err(reason) => Finding::CouldNotAsk(reason),
            }
        }
    }
}

/// seam's own program as the firewall names it: the file that runs, not a link to it
/// (macOS judges the binary); without Windows' `\\?\` prefix, which its rules never carry.
fn program(platform: Platform) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let exe = match platform {
        Platform::MacOs => exe.canonicalize().unwrap_or(exe),
        _ => exe,
    };
    let exe = exe.to_string_lossy();
    Ok(exe.strip_prefix(r"\\?\").unwrap_or(&exe).to_owned())
}

/// Windows' own PowerShell, not whatever a `powershell.exe` earlier on the PATH is.
fn powershell() -> String {
    match std::env::var("SystemRoot") {
        Ok(root) => format!(r"{root}\System32\WindowsPowerShell\v1.0\powershell.exe"),
        Err(_) => "powershell.exe".into(),
    }
}

/// Runs `program` and returns what it wrote, or why not: not found, no answer before
/// `deadline` (then it is killed). Its exit status is not judged: the answer is read.
pub(crate) fn run(program: &str, args: &[&str], deadline: Duration) -> Result<String, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let Some(stdout) = child.stdout.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return Err("no output".into());
    };
    // Read beside the wait, so a full pipe never stalls the program.
    let (sender, heard) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.take(OUTPUT_LIMIT).read_to_end(&mut bytes);
        let _ = sender.send(bytes);
    });
    let end = Instant::now() + deadline;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() >= end => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer within {} s", deadline.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e.to_string()),
        }
    }
    // The program has ended; what it wrote is there unless something it started holds
    // the pipe open: then a moment, not for ever.
    let bytes = heard
        .recv_timeout(Duration::from_secs(2))
        .map_err(|_| "its output did not end".to_owned())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Whether the lines come before the test page is served or after nobody came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Before,
    After,
}

const FIREWALL: Words = Words::new("Firewall", "Firewall");
const W_OPEN: Words = Words::new(
    "seam darf Verbindungen annehmen in",
    "seam may receive connections on",
);
const W_BLOCKED: Words = Words::new(
    "✗ Die Firewall sperrt seam in",
    "✗ The firewall blocks seam on",
);
const W_BLOCKED_END: Words = Words::new(
    "Telefone erreichen es nicht – seam zulassen (mit Administratorrechten) oder die IT bitten um:",
    "phones cannot reach it – allow seam (admin rights) or ask IT for:",
);
const W_ALL: Words = Words::new(
    "✗ Die Firewall sperrt jede eingehende Verbindung, auch zu zugelassenen Apps, in",
    "✗ The firewall blocks every incoming connection, even to allowed apps, on",
);
const W_ALL_END: Words = Words::new(
    "Telefone erreichen seam nicht – ändern kann das nur ein Administrator oder die IT.",
    "phones cannot reach seam – only an administrator or IT can change that.",
);
const W_ASKS: Words = Words::new(
    "Die Windows Defender Firewall hat noch keine Regel für seam in",
    "Windows Defender Firewall has no rule for seam yet on",
);
const W_ASKS_BEFORE: Words = Words::new(
    "sie fragt, sobald die Testseite öffnet: „Private Netzwerke“ UND „Öffentliche Netzwerke“ ankreuzen, dann „Zugriff zulassen“; ohne Administratorrechte die IT bitten um:",
    "it asks as the test page opens: tick Private AND Public networks, then Allow access; without admin rights ask IT for:",
);
const W_ASKS_AFTER: Words = Words::new(
    "ihre Frage ist noch offen oder kam nicht: beantworten („Private Netzwerke“ UND „Öffentliche Netzwerke“, „Zugriff zulassen“) oder die IT bitten um:",
    "its question is still open or did not come: answer it (Private AND Public networks, Allow access) or ask IT for:",
);
const W_SILENT: Words = Words::new(
    "✗ Die Firewall sperrt seam, ohne zu fragen (keine Regel für seam, ihre Benachrichtigungen sind aus), in",
    "✗ The firewall blocks seam without asking (no rule for seam, its notifications are off) on",
);
const W_SILENT_END: Words = Words::new(
    "Telefone erreichen es nicht – die IT bitten um:",
    "phones cannot reach it – ask IT for:",
);
const MAC_OFF: Words = Words::new(
    "Firewall: aus – sie hält keine Telefone ab.",
    "Firewall: off – it keeps no phone away.",
);
const MAC_OPEN: Words = Words::new(
    "Firewall: an, sie sperrt seam nicht.",
    "Firewall: on, and it does not block seam.",
);
const MAC_APP: Words = Words::new(
    "✗ Die macOS-Firewall sperrt seam: Telefone erreichen es nicht – Systemeinstellungen > Netzwerk > Firewall > Optionen: seam auf „Eingehende Verbindungen erlauben“ (Passwort eines Administrators), oder im Terminal:",
    "✗ The macOS firewall blocks seam: phones cannot reach it – System Settings > Network > Firewall > Options: set seam to “Allow incoming connections” (an administrator's password), or in a terminal:",
);
const MAC_ALL: Words = Words::new(
    "✗ Die macOS-Firewall blockiert alle eingehenden Verbindungen: Telefone erreichen seam nicht – Systemeinstellungen > Netzwerk > Firewall > Optionen: „Alle eingehenden Verbindungen blockieren“ ausschalten (Passwort eines Administrators).",
    "✗ The macOS firewall blocks all incoming connections: phones cannot reach seam – System Settings > Network > Firewall > Options: switch off “Block all incoming connections” (an administrator's password).",
);
const UNASKED: Words = Words::new(
    "Die Firewall ließ sich nicht fragen",
    "Could not ask the firewall",
);
const UNASKED_END: Words = Words::new(
    "kommt kein Telefon, kann es an ihr liegen – was zu tun ist, steht im README unter „The room's network“.",
    "if no phone comes, it may be the firewall – the README's “The room's network” says what to do.",
);

/// "Public networks" as the sentences need it, and the category's own word.
fn category_words(category: Category) -> (Words, Words) {
    match category {
        Category::Public => (
            Words::new("öffentlichen Netzwerken", "Public networks"),
            Words::new("öffentlich", "Public"),
        ),
        Category::Private => (
            Words::new("privaten Netzwerken", "Private networks"),
            Words::new("privat", "Private"),
        ),
        Category::Domain => (
            Words::new("Domänennetzwerken", "domain networks"),
            Words::new("Domäne", "Domain"),
        ),
    }
}

/// `(WLAN ist öffentlich)`, or for an interface Windows names no network for, that it is
/// judged as Public.
fn where_(l: Language, interface: &str, category: Option<Category>) -> String {
    let interface = one_line(interface);
    match (category, l) {
        (Some(c), Language::De) => format!("{interface} ist {}", category_words(c).1.de),
        (Some(c), Language::En) => format!("{interface} is {}", category_words(c).1.en),
        (None, Language::De) => {
            format!("für {interface} nennt Windows kein Netzwerk: als öffentlich genommen")
        }
        (None, Language::En) => {
            format!("Windows names no network for {interface}: taken as Public")
        }
    }
}

/// The rule IT adds (after removing the block rules Windows wrote, which win over any
/// allow): netsh, the same on every Windows, for the program that runs.
pub fn netsh_rules(program: &str, remove_blocks: bool) -> Vec<String> {
    let program = one_line(program);
    let mut rules = Vec::new();
    if remove_blocks {
        rules.push(format!(
            "netsh advfirewall firewall delete rule name=all dir=in program=\"{program}\""
        ));
    }
    rules.push(format!(
        "netsh advfirewall firewall add rule name=\"seam\" dir=in action=allow program=\"{program}\" enable=yes profile=private,public"
    ));
    rules
}

/// What to print: sentences, then the commands to copy, indented.
pub fn lines(finding: &Finding, l: Language, when: When) -> Vec<String> {
    let mut said = Vec::new();
    let mut commands: Vec<String> = Vec::new();
    match finding {
        Finding::Nothing => {}
        Finding::CouldNotAsk(reason) => said.push(format!(
            "{} ({}): {}",
            UNASKED.get(l),
            one_line(reason),
            UNASKED_END.get(l)
        )),
        Finding::Mac { program, access } => match access {
            MacAccess::Off => said.push(MAC_OFF.get(l).to_owned()),
            MacAccess::Open => said.push(format!(
                "{} {}",
                MAC_OPEN.get(l),
                t(l, Label::RoomFirewallMac)
            )),
            MacAccess::BlockedAll => said.push(MAC_ALL.get(l).to_owned()),
            MacAccess::BlockedApp => {
                said.push(MAC_APP.get(l).to_owned());
                let quoted = one_line(program).replace('\'', r"'\''");
                commands.push(format!("sudo {SOCKETFILTERFW} --unblockapp '{quoted}'"));
            }
        },
        Finding::Windows { program, networks } => {
            for served in networks {
                let category = served.category.unwrap_or(Category::Public);
                let kind = category_words(category).0.get(l);
                let place = where_(l, &served.interface, served.category);
                let sentence = match served.access {
                    Access::Open => {
                        format!("{}: {} {kind} ({place}).", FIREWALL.get(l), W_OPEN.get(l))
                    }
                    Access::BlockedByRule => {
                        commands.extend(netsh_rules(program, true));
                        format!(
                            "{} {kind} ({place}): {}",
                            W_BLOCKED.get(l),
                            W_BLOCKED_END.get(l)
                        )
                    }
                    Access::BlockedAll => {
                        format!("{} {kind} ({place}): {}", W_ALL.get(l), W_ALL_END.get(l))
                    }
                    Access::Asks => {
                        commands.extend(netsh_rules(program, false));
                        let then = match when {
                            When::Before => W_ASKS_BEFORE,
                            When::After => W_ASKS_AFTER,
                        };
                        format!("{} {kind} ({place}); {}", W_ASKS.get(l), then.get(l))
                    }
                    Access::BlockedSilently => {
                        commands.extend(netsh_rules(program, false));
                        format!(
                            "{} {kind} ({place}): {}",
                            W_SILENT.get(l),
                            W_SILENT_END.get(l)
                        )
                    }
                };
                if !said.contains(&sentence) {
                    said.push(sentence);
                }
            }
        }
    }
    // Removing the block rules includes adding the allow: each command once, in order.
    let mut seen = Vec::new();
    for command in commands {
        if !seen.contains(&command) {
            seen.push(command);
        }
    }
    said.extend(seen.into_iter().map(|c| format!("  {c}")));
    said
}

#[cfg(test)]
#[path = "firewall_tests.rs"]
mod tests;
