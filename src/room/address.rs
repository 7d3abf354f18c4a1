//! Which address phones can reach: the one of the interface the default route leaves
//! by (asked with a UDP "connect", which sends nothing), else the first other network
//! interface; none without a network — then the wall says so instead of a dead code.

use std::net::{IpAddr, Ipv4Addr, UdpSocket};

/// A documentation address (TEST-NET-1): connecting a UDP socket to it only asks the
/// kernel for a route; no packet is sent, to it or anywhere.
const PROBE: (Ipv4Addr, u16) = (Ipv4Addr::new(192, 0, 2, 1), 9);

/// The address to serve on, and the interface's name when known.
pub fn lan_address() -> Option<(IpAddr, String)> {
    let interfaces = if_addrs::get_if_addrs().unwrap_or_default();
    let routed = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|socket| {
            socket.connect(PROBE)?;
            socket.local_addr()
        })
        .ok()
        .map(|local| local.ip())
        .filter(|ip| !ip.is_loopback() && !ip.is_unspecified());
    let name_of = |ip: IpAddr| {
        interfaces
            .iter()
            .find(|i| i.ip() == ip)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    if let Some(ip) = routed {
        return Some((ip, name_of(ip)));
    }
    // No default route (a room Wi-Fi without internet): the first interface that is not
    // the loopback, IPv4 first because phones type it more easily.
    interfaces
        .iter()
        .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
        .chain(
            interfaces
                .iter()
                .filter(|i| !i.is_loopback() && i.ip().is_ipv6()),
        )
        .map(|i| (i.ip(), i.name.clone()))
        .next()
}

/// Every interface a phone could reach: IPv4 and not the loopback (phones type and scan
/// IPv4 addresses most easily), by name; `seam room --check` serves on each, `Tab` on
/// the room's code goes round them.
pub fn usable_interfaces() -> Vec<(IpAddr, String)> {
    let mut found: Vec<(IpAddr, String)> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
        .map(|i| (i.ip(), i.name))
        .collect();
    found.dedup();
    found
}

/// The interface after the one served on, among `usable` (round and round): what the
/// wall switches to when the facilitator asks for another network (the venue's Wi-Fi, a
/// hotspot). `None` when there is no other.
pub fn next_interface(usable: &[(IpAddr, String)], current: IpAddr) -> Option<(IpAddr, String)> {
    let at = usable.iter().position(|(ip, _)| *ip == current);
    let next = match at {
        Some(at) => usable.get((at + 1) % usable.len())?,
        None => usable.first()?,
    };
    (next.0 != current).then(|| next.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_network_goes_round_the_usable_ones() {
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        let usable = vec![
            (ip("192.168.1.20"), "wlan0".to_owned()),
            (ip("10.42.0.1"), "hotspot".to_owned()),
            (ip("172.20.10.3"), "usb0".to_owned()),
        ];
        let next = |current: &str| next_interface(&usable, ip(current)).map(|(_, name)| name);
        assert_eq!(next("192.168.1.20").as_deref(), Some("hotspot"));
        assert_eq!(
            next("172.20.10.3").as_deref(),
            Some("wlan0"),
            "round and round"
        );
        assert_eq!(
            next("127.0.0.1").as_deref(),
            Some("wlan0"),
            "from a --bind elsewhere"
        );
        assert_eq!(
            next_interface(&usable[..1], ip("192.168.1.20")),
            None,
            "only one"
        );
        assert_eq!(next_interface(&[], ip("192.168.1.20")), None);
    }
}
