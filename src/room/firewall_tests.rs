//! The firewall's answers as Windows and macOS give them, read on any machine.

use super::*;
use crate::room::firewall_rules::*;

const WLAN: &str = "192.168.43.17";

fn served(ip: &str, name: &str) -> Vec<(IpAddr, String)> {
    vec![(ip.parse().expect("an address"), name.to_owned())]
}

/// What the script prints (PowerShell writes CRLF; a UTF-8 console may begin with a BOM)
/// on a laptop whose owner ticked only Private when Windows asked: Windows wrote allow
/// rules for Private and block rules for Public, TCP and UDP each. The phone hotspot it
/// is on now is Public.
const ALLOWED_ON_PRIVATE_ONLY: &str =
    "\u{feff}profile|Domain|True|NotConfigured|NotConfigured|NotConfigured\r
profile|Private|True|NotConfigured|NotConfigured|NotConfigured\r
profile|Public|True|NotConfigured|NotConfigured|NotConfigured\r
rule|Inbound|Allow|True|Private\r
rule|Inbound|Allow|True|Private\r
rule|Inbound|Block|True|Public\r
rule|Inbound|Block|True|Public\r
network|Public|fe80::1c2b:3d4e:5f60:7182%14,192.168.43.17|WLAN\r
end\r
";

#[test]
fn a_block_rule_for_public_blocks_the_hotspot_and_wins_over_nothing_else() {
    let firewall = parse_windows(ALLOWED_ON_PRIVATE_ONLY).expect("read");
    assert_eq!(firewall.access(Category::Public), Access::BlockedByRule);
    assert_eq!(firewall.access(Category::Private), Access::Open);
    assert_eq!(
        firewall.on(&served(WLAN, "WLAN")),
        vec![Served {
            interface: "WLAN".into(),
            category: Some(Category::Public),
            access: Access::BlockedByRule,
        }]
    );
}

#[test]
fn a_block_rule_beats_an_allow_rule_of_the_same_profile() {
    let output = "profile|Public|True|Block|True|True
rule|Inbound|Allow|True|Private, Public
rule|Inbound|Block|True|Any
end";
    let firewall = parse_windows(output).expect("read");
    assert_eq!(firewall.access(Category::Public), Access::BlockedByRule);
    assert_eq!(firewall.access(Category::Domain), Access::BlockedByRule);
}

#[test]
fn disabled_and_outbound_rules_do_not_count() {
    let output = "profile|Private|True|Block|True|True
rule|Outbound|Block|True|Any
rule|Inbound|Block|False|Private
rule|Inbound|Allow|True|Domain, Private, Public
end";
    let firewall = parse_windows(output).expect("read");
    assert_eq!(firewall.access(Category::Private), Access::Open);
}

#[test]
fn without_a_rule_windows_asks_unless_its_notifications_are_off() {
    let asks = "profile|Private|True|NotConfigured|True|True\nend\n";
    let firewall = parse_windows(asks).expect("read");
    assert_eq!(firewall.access(Category::Private), Access::Asks);
    let silent = "profile|Public|True|Block|True|False\nend\n";
    let firewall = parse_windows(silent).expect("read");
    assert_eq!(firewall.access(Category::Public), Access::BlockedSilently);
}

#[test]
fn a_profile_that_lets_everything_in_or_is_off_keeps_no_phone_out() {
    let output = "profile|Private|False|Block|True|True
profile|Domain|True|Allow|True|True
end";
    let firewall = parse_windows(output).expect("read");
    assert_eq!(firewall.access(Category::Private), Access::Open);
    assert_eq!(firewall.access(Category::Domain), Access::Open);
}

#[test]
fn block_all_incoming_even_for_allowed_apps_blocks_seam() {
    // "Block all incoming connections, including those in the list of allowed apps".
    let output = "profile|Public|True|Block|False|True
rule|Inbound|Allow|True|Public
end";
    let firewall = parse_windows(output).expect("read");
    assert_eq!(firewall.access(Category::Public), Access::BlockedAll);
}

#[test]
fn a_network_is_found_by_address_then_by_name_else_judged_as_public() {
    let output = "profile|Public|True|Block|True|True
profile|Private|True|Block|True|True
rule|Inbound|Allow|True|Private
network|Private|10.0.0.5|Ethernet 2
network|DomainAuthenticated||corp.example
end";
    let firewall = parse_windows(output).expect("read");
    let found = firewall.on(&[
        ("10.0.0.5".parse().expect("ip"), "Ethernet 2".into()),
        ("10.9.9.9".parse().expect("ip"), "CORP.EXAMPLE".into()),
        (
            "192.168.137.1".parse().expect("ip"),
            "LAN-Verbindung* 10".into(),
        ),
    ]);
    let categories: Vec<_> = found.iter().map(|s| (s.category, s.access)).collect();
    assert_eq!(
        categories,
        [
            (Some(Category::Private), Access::Open),
            (Some(Category::Domain), Access::Asks),
            (None, Access::Asks),
        ]
    );
}

#[test]
fn an_answer_cut_short_or_foreign_is_not_read_as_no_rules() {
    assert_eq!(
        parse_windows("profile|Public|True|Block|True|True\nrule|Inbound|Block|True|Public\n"),
        None
    );
    assert_eq!(parse_windows(""), None);
    // PowerShell's error in German: nothing of it is read.
    assert_eq!(
        parse_windows("Get-NetFirewallProfile : Zugriff verweigert\r\n"),
        None
    );
    // Unknown words leave a line out, never a panic.
    let odd =
        parse_windows("profile|Elsewhere|True|Block|True|True\nrule|Inbound\nend\n").expect("read");
    assert_eq!(odd, WindowsFirewall::default());
}

#[test]
fn the_script_quotes_the_program_for_powershell() {
    let script = windows_script(r"C:\Users\O'Brien\Tools\seam\seam.exe");
    assert!(
        script.contains(r"$exe = 'C:\Users\O''Brien\Tools\seam\seam.exe'"),
        "{script}"
    );
    assert!(script.contains("Get-NetFirewallApplicationFilter -Program $exe"));
    assert!(script.trim_end().ends_with("'end'"));
    // PowerShell reads ’ as a quote too.
    assert!(windows_script("C:\\a’b\\seam.exe").contains("'C:\\a’’b\\seam.exe'"));
}

#[test]
fn the_encoded_command_is_utf16_in_base64() {
    // The example of `powershell.exe -EncodedCommand` in Microsoft's documentation.
    assert_eq!(
        encoded_command("dir \"c:\\program files\" "),
        "ZABpAHIAIAAiAGMAOgBcAHAAcgBvAGcAcgBhAG0AIABmAGkAbABlAHMAIgAgAA=="
    );
    assert_eq!(encoded_command("ab"), "YQBiAA==");
    assert_eq!(encoded_command("abc"), "YQBiAGMA");
    assert_eq!(encoded_command(""), "");
}

#[test]
fn the_macos_firewall_as_socketfilterfw_says_it() {
    let on = "Firewall is enabled. (State = 1)\n";
    let all_off = "Firewall has block all state set to disabled.\n";
    let blocked = "Incoming connection to /Users/anna/bin/seam is blocked.\n";
    let permitted = "Incoming connection to /Users/anna/bin/seam is permitted.\n";
    assert_eq!(mac_access(on, all_off, blocked), Ok(MacAccess::BlockedApp));
    assert_eq!(mac_access(on, all_off, permitted), Ok(MacAccess::Open));
    assert_eq!(
        mac_access("Firewall is disabled. (State = 0)\n", "", ""),
        Ok(MacAccess::Off)
    );
    assert_eq!(
        mac_access(
            "Firewall is blocking all non-essential incoming connections. (State = 2)\n",
            "",
            permitted
        ),
        Ok(MacAccess::BlockedAll)
    );
    assert_eq!(
        mac_access(
            on,
            "Firewall has block all state set to enabled.\n",
            permitted
        ),
        Ok(MacAccess::BlockedAll)
    );
    // Older systems: "Block all ENABLED!" / "Block all DISABLED!".
    assert_eq!(
        mac_access(on, "Block all ENABLED! \n", permitted),
        Ok(MacAccess::BlockedAll)
    );
    assert_eq!(
        mac_access(on, "Block all DISABLED! \n", permitted),
        Ok(MacAccess::Open)
    );
    let odd = mac_access("usage: socketfilterfw [-h]\n", "", "");
    assert!(odd.is_err_and(|e| e.contains("--getglobalstate")));
    assert!(mac_access(on, all_off, "").is_err());
}

fn windows(access: Access, category: Option<Category>) -> Finding {
    Finding::Windows {
        program: r"C:\Users\anna\Tools\seam\seam.exe".into(),
        networks: vec![Served {
            interface: "WLAN".into(),
            category,
            access,
        }],
    }
}

#[test]
fn a_blocked_seam_is_said_with_the_commands_for_it() {
    let finding = windows(Access::BlockedByRule, Some(Category::Public));
    assert_eq!(
        lines(&finding, Language::En, When::Before),
        [
            "✗ The firewall blocks seam on Public networks (WLAN is Public): phones cannot reach it – allow seam (admin rights) or ask IT for:",
            r#"  netsh advfirewall firewall delete rule name=all dir=in program="C:\Users\anna\Tools\seam\seam.exe""#,
            r#"  netsh advfirewall firewall add rule name="seam" dir=in action=allow program="C:\Users\anna\Tools\seam\seam.exe" enable=yes profile=private,public"#,
        ]
    );
    assert_eq!(
        lines(&finding, Language::De, When::After)[0],
        "✗ Die Firewall sperrt seam in öffentlichen Netzwerken (WLAN ist öffentlich): Telefone erreichen es nicht – seam zulassen (mit Administratorrechten) oder die IT bitten um:"
    );
}

#[test]
fn before_and_after_the_question_of_windows_reads_differently() {
    let finding = windows(Access::Asks, Some(Category::Private));
    let before = lines(&finding, Language::En, When::Before);
    assert!(
        before[0].starts_with(
            "Windows Defender Firewall has no rule for seam yet on Private networks (WLAN is Private); it asks as the test page opens: tick Private AND Public networks, then Allow access"
        ),
        "{before:?}"
    );
    assert_eq!(before.len(), 2, "the add rule only: {before:?}");
    let after = lines(&finding, Language::De, When::After);
    assert!(
        after[0].contains("ihre Frage ist noch offen oder kam nicht"),
        "{after:?}"
    );
    let unknown = lines(&windows(Access::Asks, None), Language::En, When::Before);
    assert!(
        unknown[0].contains("(Windows names no network for WLAN: taken as Public)"),
        "{unknown:?}"
    );
}

#[test]
fn open_silent_and_all_blocked_in_words() {
    let open = lines(
        &windows(Access::Open, Some(Category::Private)),
        Language::En,
        When::Before,
    );
    assert_eq!(
        open,
        ["Firewall: seam may receive connections on Private networks (WLAN is Private)."]
    );
    let all = lines(
        &windows(Access::BlockedAll, Some(Category::Public)),
        Language::De,
        When::Before,
    );
    assert_eq!(all.len(), 1, "nothing to run: {all:?}");
    assert!(all[0].contains("ändern kann das nur ein Administrator oder die IT"));
    let silent = lines(
        &windows(Access::BlockedSilently, Some(Category::Public)),
        Language::En,
        When::Before,
    );
    assert!(silent[0].contains("without asking"), "{silent:?}");
    assert!(silent[1].contains("add rule"), "{silent:?}");
}

#[test]
fn several_networks_give_each_command_once() {
    let finding = Finding::Windows {
        program: r"C:\seam\seam.exe".into(),
        networks: vec![
            Served {
                interface: "WLAN".into(),
                category: Some(Category::Public),
                access: Access::BlockedByRule,
            },
            Served {
                interface: "Ethernet".into(),
                category: Some(Category::Private),
                access: Access::Asks,
            },
        ],
    };
    let said = lines(&finding, Language::En, When::Before);
    assert_eq!(said.len(), 4, "two sentences, two commands: {said:?}");
    assert_eq!(said.iter().filter(|l| l.contains("add rule")).count(), 1);
}

#[test]
fn the_mac_in_words() {
    let mac = |access| Finding::Mac {
        program: "/Users/anna/bin/seam".into(),
        access,
    };
    let blocked = lines(&mac(MacAccess::BlockedApp), Language::En, When::Before);
    assert!(blocked[0].contains("System Settings > Network > Firewall > Options"));
    assert_eq!(
        blocked[1],
        "  sudo /usr/libexec/ApplicationFirewall/socketfilterfw --unblockapp '/Users/anna/bin/seam'"
    );
    let open = lines(&mac(MacAccess::Open), Language::En, When::Before);
    assert_eq!(
        open,
        [
            "Firewall: on, and it does not block seam. If macOS asks ‘Do you want the application “seam” to accept incoming network connections?’: Allow."
        ]
    );
    assert!(
        lines(&mac(MacAccess::BlockedAll), Language::De, When::Before)[0]
            .contains("„Alle eingehenden Verbindungen blockieren“ ausschalten")
    );
    assert_eq!(
        lines(&mac(MacAccess::Off), Language::En, When::Before).len(),
        1
    );
    assert!(lines(&Finding::Nothing, Language::En, When::After).is_empty());
}

#[test]
fn what_comes_from_outside_reaches_the_terminal_sanitised() {
    let finding = Finding::Windows {
        program: "C:\\x\u{1b}[2J\\seam.exe".into(),
        networks: vec![Served {
            interface: "WLAN\u{1b}]0;owned\u{7}\n2".into(),
            category: None,
            access: Access::BlockedByRule,
        }],
    };
    let said = lines(&finding, Language::En, When::Before);
    assert!(
        said.iter()
            .all(|l| !l.contains('\u{1b}') && !l.contains('\u{7}') && !l.contains('\n')),
        "{said:?}"
    );
    let unasked = lines(
        &Finding::CouldNotAsk("PowerShell: \u{1b}[31mZugriff\nverweigert".into()),
        Language::De,
        When::Before,
    );
    assert_eq!(unasked.len(), 1);
    assert!(
        unasked[0].starts_with(
            "Die Firewall ließ sich nicht fragen (PowerShell: �[31mZugriff verweigert)"
        ),
        "{unasked:?}"
    );
}

#[test]
fn linux_is_not_asked() {
    assert_eq!(
        ask(Platform::Other, &served(WLAN, "wlan0")),
        Finding::Nothing
    );
}

/// On a machine without PowerShell or socketfilterfw, asking is an answer too.
#[test]
#[cfg(target_os = "linux")]
fn a_firewall_that_cannot_be_asked_says_so() {
    for platform in [Platform::Windows, Platform::MacOs] {
        let finding = ask(platform, &served(WLAN, "wlan0"));
        assert!(matches!(finding, Finding::CouldNotAsk(_)), "{finding:?}");
    }
}

#[test]
#[cfg(unix)]
fn a_program_that_does_not_answer_is_given_up_on() {
    let started = Instant::now();
    let said = run("sh", &["-c", "sleep 10"], Duration::from_millis(300));
    assert!(said.is_err_and(|e| e.contains("no answer")));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        run("sh", &["-c", "echo 'State = 1'"], Duration::from_secs(5)),
        Ok("State = 1\n".to_owned())
    );
    assert!(run("/nonexistent/socketfilterfw", &[], Duration::from_secs(1)).is_err());
}
