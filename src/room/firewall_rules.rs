//! What the firewalls answer, read and judged: the PowerShell question to Windows
//! Defender Firewall and its answer (one line per profile, rule and network, every value
//! an enum's name), and `socketfilterfw`'s sentences on macOS. Pure: no program runs
//! here (`firewall.rs` runs them), so every branch is tested with sample outputs on any
//! machine.

use std::net::IpAddr;

/// An interface served, the category of its network (`None`: Windows names none for it)
/// and what that profile does to seam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub interface: String,
    pub category: Option<Category>,
    pub access: Access,
}

/// The category Windows gives a network; each has a firewall profile of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Public,
    Private,
    Domain,
}

/// What a Windows firewall profile does to seam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// A rule allows seam, or the profile lets everything in (or is off).
    Open,
    /// A rule blocks seam: Windows writes one when its question is cancelled, and for the
    /// box left unticked (Public, often) when it is allowed. A block rule beats an allow.
    BlockedByRule,
    /// The profile blocks every incoming connection, allowed apps included.
    BlockedAll,
    /// No rule yet: Windows asks when seam starts listening.
    Asks,
    /// No rule, and Windows does not ask (its notifications are off): blocked.
    BlockedSilently,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MacAccess {
    Off,
    /// On, and seam is not blocked (or not known to it yet: then macOS asks).
    Open,
    BlockedApp,
    BlockedAll,
}

/// The question to PowerShell, answered one line per thing, fields split by `|`, every
/// value an enum's name (the same in every language); `end` last, so a script cut short
/// is not read as "no rules".
pub fn windows_script(program: &str) -> String {
    // A single-quoted PowerShell string: only quotes are special, and PowerShell counts
    // the typographic ones as quotes too.
    let mut quoted = String::new();
    for c in program.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}') {
            quoted.push(c);
        }
        quoted.push(c);
    }
    format!(
        "$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$exe = '{quoted}'
foreach ($p in Get-NetFirewallProfile -PolicyStore ActiveStore) {{
  'profile|{{0}}|{{1}}|{{2}}|{{3}}|{{4}}' -f $p.Name, $p.Enabled, $p.DefaultInboundAction, $p.AllowInboundRules, $p.NotifyOnListen
}}
foreach ($r in @(Get-NetFirewallApplicationFilter -Program $exe -PolicyStore ActiveStore -ErrorAction SilentlyContinue | Get-NetFirewallRule)) {{
  'rule|{{0}}|{{1}}|{{2}}|{{3}}' -f $r.Direction, $r.Action, $r.Enabled, $r.Profile
}}
foreach ($n in @(Get-NetConnectionProfile -ErrorAction SilentlyContinue)) {{
  $ips = @(Get-NetIPAddress -InterfaceIndex $n.InterfaceIndex -ErrorAction SilentlyContinue | ForEach-Object {{ $_.IPAddress }}) -join ','
  'network|{{0}}|{{1}}|{{2}}' -f $n.NetworkCategory, $ips, $n.InterfaceAlias
}}
'end'
"
    )
}

/// `-EncodedCommand`'s form: UTF-16LE in base64, so no quoting of the command line can
/// change the script.
pub fn encoded_command(script: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// What the PowerShell script found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WindowsFirewall {
    profiles: Vec<Profile>,
    rules: Vec<Rule>,
    networks: Vec<Network>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Profile {
    category: Category,
    on: bool,
    default_allows: bool,
    /// False: "Block all incoming connections, including those in the list of allowed
    /// apps".
    rules_count: bool,
    asks: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    inbound: bool,
    enabled: bool,
    block: bool,
    allow: bool,
    /// `None`: every profile (`Any`).
    profiles: Option<Vec<Category>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Network {
    category: Category,
    addresses: Vec<IpAddr>,
    alias: String,
}

fn category(word: &str) -> Option<Category> {
    match word.trim() {
        "Public" => Some(Category::Public),
        "Private" => Some(Category::Private),
        "Domain" | "DomainAuthenticated" => Some(Category::Domain),
        _ => None,
    }
}

/// A `GpoBoolean`: `NotConfigured` is the default, which is on for all the switches read.
fn switch(word: &str) -> bool {
    word.trim() != "False"
}

/// The script's answer; `None` when it did not run to its end.
pub fn parse_windows(output: &str) -> Option<WindowsFirewall> {
    let mut firewall = WindowsFirewall::default();
    let mut ended = false;
    for line in output.lines() {
        let line = line.trim_start_matches('\u{feff}').trim();
        let (kind, rest) = line.split_once('|').unwrap_or((line, ""));
        match kind {
            "end" => ended = true,
            "profile" => {
                if let [name, on, inbound, rules_count, asks] =
                    rest.split('|').collect::<Vec<_>>()[..]
                    && let Some(category) = category(name)
                {
                    firewall.profiles.push(Profile {
                        category,
                        on: switch(on),
                        default_allows: inbound.trim() == "Allow",
                        rules_count: switch(rules_count),
                        asks: switch(asks),
                    });
                }
            }
            "rule" => {
                if let [direction, action, enabled, profiles] =
                    rest.split('|').collect::<Vec<_>>()[..]
                {
                    let profiles = profiles.trim();
                    firewall.rules.push(Rule {
                        inbound: direction.trim() == "Inbound",
                        enabled: enabled.trim() == "True",
                        block: action.trim() == "Block",
                        allow: action.trim() == "Allow",
                        profiles: (profiles != "Any")
                            .then(|| profiles.split(',').filter_map(category).collect()),
                    });
                }
            }
            "network" => {
                // The alias last: a name may hold anything, `|` too.
                let mut fields = rest.splitn(3, '|');
                if let (Some(kind), Some(addresses), Some(alias)) =
                    (fields.next(), fields.next(), fields.next())
                    && let Some(category) = category(kind)
                {
                    firewall.networks.push(Network {
                        category,
                        addresses: addresses
                            .split(',')
                            .filter_map(|a| a.trim().parse().ok())
                            .collect(),
                        alias: alias.trim().to_owned(),
                    });
                }
            }
            _ => {}
        }
    }
    ended.then_some(firewall)
}

impl WindowsFirewall {
    /// What the profile of `category` does to seam.
    pub fn access(&self, category: Category) -> Access {
        let profile = self.profiles.iter().find(|p| p.category == category);
        let (on, default_allows, rules_count, asks) = profile
            .map_or((true, false, true, true), |p| {
                (p.on, p.default_allows, p.rules_count, p.asks)
            });
        if !on {
            return Access::Open;
        }
        if !rules_count {
            return Access::BlockedAll;
        }
        let applying: Vec<&Rule> = self
            .rules
            .iter()
            .filter(|r| {
                r.inbound && r.enabled && r.profiles.as_ref().is_none_or(|p| p.contains(&category))
            })
            .collect();
        if applying.iter().any(|r| r.block) {
            Access::BlockedByRule
        } else if applying.iter().any(|r| r.allow) || default_allows {
            Access::Open
        } else if asks {
            Access::Asks
        } else {
            Access::BlockedSilently
        }
    }

    /// Each served interface with its network's category: found by address, else by
    /// name (Windows' alias is the name seam shows). An interface Windows names no
    /// network for is judged as Public, the strictest profile.
    pub fn on(&self, served: &[(IpAddr, String)]) -> Vec<Served> {
        served
            .iter()
            .map(|(ip, name)| {
                let network = self
                    .networks
                    .iter()
                    .find(|n| n.addresses.contains(ip))
                    .or_else(|| {
                        self.networks
                            .iter()
                            .find(|n| n.alias.eq_ignore_ascii_case(name))
                    });
                let category = network.map(|n| n.category);
                Served {
                    interface: name.clone(),
                    category,
                    access: self.access(category.unwrap_or(Category::Public)),
                }
            })
            .collect()
    }
}

/// `Firewall is enabled. (State = 1)`: 0 off, 1 on, 2 on and blocking all but essential
/// services.
pub fn mac_state(output: &str) -> Option<u8> {
    let (_, rest) = output.split_once("(State = ")?;
    rest.split(')').next()?.trim().parse().ok()
}

/// The three answers of `socketfilterfw` read together.
pub fn mac_access(state: &str, block_all: &str, app: &str) -> Result<MacAccess, String> {
    let unread = |what: &str, said: &str| {
        format!(
            "socketfilterfw {what}: {}",
            said.lines().next().unwrap_or("nothing").trim()
        )
    };
    let state = mac_state(state).ok_or_else(|| unread("--getglobalstate", state))?;
    if state == 0 {
        return Ok(MacAccess::Off);
    }
    // "Firewall has block all state set to enabled." (before: "Block all ENABLED!").
    let all = block_all.to_lowercase();
    if state == 2 || all.contains("set to enabled") || all.contains("all enabled") {
        return Ok(MacAccess::BlockedAll);
    }
    // "Incoming connection to /path/seam is blocked." or "… is permitted."
    if app.contains(" is blocked") {
        Ok(MacAccess::BlockedApp)
    } else if app.contains(" is permitted") {
        Ok(MacAccess::Open)
    } else {
        Err(unread("--getappblocked", app))
    }
}
