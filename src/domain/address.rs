//! Which hosts the tool may connect to: public addresses only. Links come from victims and pages
//! from abusers, so a link, a redirect or an `og:image` naming `localhost`, `10.0.0.1` or the
//! cloud metadata address `169.254.169.254` would otherwise make the helpline's own machine
//! probe its own network (server-side request forgery). A host the helpline's own platforms
//! file names exactly (a local mirror, the tests' server) is the one exception.
//!
//! One rule for every caller: `link add` asks it about the host as written (no DNS lookup
//! there), and `net` asks it about each hop's host and every address a name resolves to, before
//! connecting to that very address. Pure: no I/O, no lookups.

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::collections::BTreeSet;

/// Why a host or an address is not one the tool connects to. Never quotes the host: it can be
/// part of a link, which is sensitive (DESIGN §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Refused {
    #[error(
        "a local name (`localhost`, a name without a dot, `.local`, `.internal`, `.home.arpa`)"
    )]
    LocalName,
    #[error("a loopback address")]
    Loopback,
    #[error("a private network address")]
    Private,
    #[error("a link-local address")]
    LinkLocal,
    #[error("a carrier-grade NAT address (100.64.0.0/10)")]
    SharedAddressSpace,
    #[error("a multicast address")]
    Multicast,
    #[error("the unspecified address")]
    Unspecified,
    #[error("the broadcast address")]
    Broadcast,
    #[error("a documentation or benchmarking address")]
    Documentation,
    #[error("a reserved address")]
    Reserved,
    #[error("an unreadable address")]
    Malformed,
}

/// The hosts a user platforms file names exactly in its host patterns: reachable even when they
/// are not public. Wildcard patterns never count, so `*.example.org` cannot open the way to
/// whatever a name under it resolves to, and `*.0.0.1` does not cover `127.0.0.1`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct AllowedHosts(BTreeSet<HostKey>);

/// A host in one spelling: `0x7f000001`, `127.1` and `[::ffff:127.0.0.1]` are all `127.0.0.1`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum HostKey {
    Ip(IpAddr),
    Name(String),
}

impl AllowedHosts {
    /// From host patterns as written in a platforms file: wildcards and entries that are no
    /// host (which the loader has refused already) are left out.
    pub(crate) fn new<'h>(hosts: impl IntoIterator<Item = &'h str>) -> AllowedHosts {
        let exact = hosts.into_iter().filter(|h| !h.contains('*'));
        AllowedHosts(exact.filter_map(|h| key(h).ok()).collect())
    }

    /// This set and `host` too (the proxy staff chose, for the connection to it).
    pub(crate) fn with(&self, host: &str) -> AllowedHosts {
        let mut more = self.clone();
        more.0.extend(key(host).ok());
        more
    }
}

/// Whether the tool may connect to `host` (a name or an address literal in any spelling: with or
/// without brackets, trailing dots, decimal, hex or octal IPv4), and, when a name was resolved,
/// to `resolved`, the address it would connect to.
///
/// A host that `allowed` names is reachable at every address it resolves to: the helpline
/// named it. Otherwise a name must not be a local one, and every address (the literal, or the
/// one resolved) must be public.
pub(crate) fn check(
    host: &str,
    resolved: Option<IpAddr>,
    allowed: &AllowedHosts,
) -> Result<(), Refused> {
    let host = key(host)?;
    if allowed.0.contains(&host) {
        return Ok(());
    }
    match &host {
        HostKey::Ip(ip) => classify(*ip)?,
        HostKey::Name(name) => local_name(name)?,
    }
    resolved.map_or(Ok(()), classify)
}

/// The one spelling of a host, or why it has none.
fn key(host: &str) -> Result<HostKey, Refused> {
    if let Some(inner) = host.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or(Refused::Malformed)?;
        let ip: Ipv6Addr = inner.parse().map_err(|_| Refused::Malformed)?;
        return Ok(HostKey::Ip(IpAddr::V6(ip).to_canonical()));
    }
    if host.contains(':') {
        let ip: Ipv6Addr = host.parse().map_err(|_| Refused::Malformed)?;
        return Ok(HostKey::Ip(IpAddr::V6(ip).to_canonical()));
    }
    let name = host.trim_end_matches('.').to_ascii_lowercase();
    if name.is_empty() {
        return Err(Refused::Malformed);
    }
    match ipv4(&name) {
        Some(Ok(ip)) => Ok(HostKey::Ip(IpAddr::V4(ip))),
        Some(Err(())) => Err(Refused::Malformed),
        None => Ok(HostKey::Name(name)),
    }
}

/// An IPv4 address as URL parsers read one (WHATWG URL Standard, "IPv4 parser"): one to four
/// dot-separated numbers, each decimal, octal (leading `0`) or hex (`0x`), the last filling the
/// remaining bytes, so `2130706433`, `0x7f000001`, `017700000001` and `127.1` are all
/// 127.0.0.1. `None` when the host does not end in a number (it is a name); `Some(Err)` when it
/// does but is no address, which the URL parser refuses too.
fn ipv4(host: &str) -> Option<Result<Ipv4Addr, ()>> {
    let parts: Vec<&str> = host.split('.').collect();
    let last = parts.last().copied().unwrap_or_default();
    let hex_tail = last
        .strip_prefix("0x")
        .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
    if !(hex_tail || !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if parts.len() > 4 {
        return Some(Err(()));
    }
    let numbers: Option<Vec<u64>> = parts.iter().map(|p| number(p)).collect();
    let Some(numbers) = numbers else {
        return Some(Err(()));
    };
    let (init, last) = numbers.split_at(numbers.len() - 1);
    if init.iter().any(|&n| n > 255) {
        return Some(Err(()));
    }
    let room = 8 * (5 - numbers.len() as u32);
    if last[0] >= 1u64 << room {
        return Some(Err(()));
    }
    let mut value = last[0];
    for (n, part) in init.iter().enumerate() {
        value += part << (8 * (3 - n as u32));
    }
    Some(u32::try_from(value).map(Ipv4Addr::from).map_err(|_| ()))
}

/// One number of an IPv4 address; `None` for text that is not one, or one beyond 32 bits.
fn number(part: &str) -> Option<u64> {
    let (digits, radix) = if let Some(hex) = part.strip_prefix("0x") {
        (hex, 16)
    } else if part.len() > 1 && part.starts_with('0') {
        (&part[1..], 8)
    } else {
        (part, 10)
    };
    if part.is_empty() {
        return None;
    }
    if digits.is_empty() {
        // `0x` alone is zero, as browsers read it.
        return Some(0);
    }
    // Anything longer than a 32-bit number's digits is refused before it can overflow.
    if digits.len() > 11 || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(digits, radix)
        .ok()
        .filter(|&n| n <= u64::from(u32::MAX))
}

/// Names that only mean something on this machine or this network: RFC 6761 `localhost`, mDNS
/// `.local` (RFC 6762), `.home.arpa` (RFC 8375), ICANN's private-use `.internal`, the common
/// `.localdomain`, and single labels, which resolvers complete with the local search domain.
fn local_name(name: &str) -> Result<(), Refused> {
    let last = name.rsplit('.').next().unwrap_or(name);
    let local = !name.contains('.')
        || ["localhost", "local", "internal", "localdomain"].contains(&last)
        || name.ends_with(".home.arpa");
    if local {
        Err(Refused::LocalName)
    } else {
        Ok(())
    }
}

/// Whether an address is public. IPv6 is public only inside the global unicast block
/// (2000::/3), less its special ranges; addresses that carry an IPv4 address (mapped, NAT64,
/// 6to4) are judged by that address.
fn classify(ip: IpAddr) -> Result<(), Refused> {
    match ip.to_canonical() {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Result<(), Refused> {
    let [a, b, c, _] = ip.octets();
    let refused = match (a, b, c) {
        _ if ip.is_unspecified() => Refused::Unspecified,
        _ if ip.is_broadcast() => Refused::Broadcast,
        (0, ..) => Refused::Reserved, // "this network": Linux connects 0.x to itself
        (127, ..) => Refused::Loopback,
        (10, ..) | (172, 16..=31, _) | (192, 168, _) => Refused::Private,
        (100, 64..=127, _) => Refused::SharedAddressSpace,
        (169, 254, _) => Refused::LinkLocal,
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) | (198, 18..=19, _) => Refused::Documentation,
        // IETF protocol assignments; the deprecated 6to4 relay anycast
        (192, 0, 0) | (192, 88, 99) => Refused::Reserved,
        (224..=239, ..) => Refused::Multicast,
        (240..=255, ..) => Refused::Reserved,
        _ => return Ok(()),
    };
    Err(refused)
}

fn classify_v6(ip: Ipv6Addr) -> Result<(), Refused> {
    let s = ip.segments();
    if ip.is_unspecified() {
        return Err(Refused::Unspecified);
    }
    if ip.is_loopback() {
        return Err(Refused::Loopback);
    }
    let embedded = || {
        let o = ip.octets();
        Ipv4Addr::new(o[12], o[13], o[14], o[15])
    };
    let refused = match s[0] {
        // NAT64 (RFC 6052) reaches the IPv4 address it carries.
        0x0064 if s[1] == 0xff9b && s[2..6] == [0; 4] => return classify_v4(embedded()),
        0x0064 if s[1] == 0xff9b && s[2] == 1 => Refused::Private,
        // 6to4 (RFC 3056) carries an IPv4 address in its second and third groups.
        0x2002 => {
            let [a, b] = s[1].to_be_bytes();
            let [c, d] = s[2].to_be_bytes();
            return classify_v4(Ipv4Addr::new(a, b, c, d));
        }
        0x2001 if s[1] == 0x0db8 => Refused::Documentation,
        0x2001 if s[1] == 0x0002 && s[2] == 0 => Refused::Documentation, // benchmarking
        0x2001 if s[1] == 0 => Refused::Reserved,                        // Teredo
        0x3fff if s[1] < 0x1000 => Refused::Documentation,               // RFC 9637
        0xfc00..=0xfdff | 0xfec0..=0xfeff => Refused::Private, // unique local, old site-local
        0xfe80..=0xfebf => Refused::LinkLocal,
        0xff00..=0xffff => Refused::Multicast,
        0x2000..=0x3fff => return Ok(()),
        // IPv4-compatible (::a.b.c.d, deprecated), discard-only, and everything unassigned
        _ => Refused::Reserved,
    };
    Err(refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn none() -> AllowedHosts {
        AllowedHosts::default()
    }

    #[test]
    fn every_spelling_of_a_local_address_is_refused() {
        let cases = [
            ("localhost", Refused::LocalName),
            ("LOCALHOST.", Refused::LocalName),
            ("a.localhost", Refused::LocalName),
            ("printer.local", Refused::LocalName),
            ("db.internal", Refused::LocalName),
            ("router.home.arpa", Refused::LocalName),
            ("host.localdomain", Refused::LocalName),
            ("intranet", Refused::LocalName),
            ("127.0.0.1", Refused::Loopback),
            ("127.0.0.1.", Refused::Loopback),
            ("127.0.0.1..", Refused::Loopback),
            ("127.1", Refused::Loopback),
            ("127.0.1", Refused::Loopback),
            ("2130706433", Refused::Loopback),
            ("0x7f000001", Refused::Loopback),
            ("0X7F000001", Refused::Loopback),
            ("017700000001", Refused::Loopback),
            ("0x7f.0.0.1", Refused::Loopback),
            ("0177.0.0.01", Refused::Loopback),
            ("127.254.254.254", Refused::Loopback),
            ("[::1]", Refused::Loopback),
            ("::1", Refused::Loopback),
            ("[0:0:0:0:0:0:0:1]", Refused::Loopback),
            ("[::ffff:127.0.0.1]", Refused::Loopback),
            ("[::ffff:7f00:1]", Refused::Loopback),
            ("[64:ff9b::127.0.0.1]", Refused::Loopback),
            ("[2002:7f00:1::]", Refused::Loopback),
            ("10.0.0.1", Refused::Private),
            ("167772161", Refused::Private),
            ("172.16.0.1", Refused::Private),
            ("172.31.255.255", Refused::Private),
            ("192.168.1.1", Refused::Private),
            ("[::ffff:10.0.0.1]", Refused::Private),
            ("[fd00::1]", Refused::Private),
            ("[fc00::1]", Refused::Private),
            ("[fec0::1]", Refused::Private),
            ("169.254.169.254", Refused::LinkLocal),
            ("[fe80::1]", Refused::LinkLocal),
            ("100.64.0.1", Refused::SharedAddressSpace),
            ("100.127.255.254", Refused::SharedAddressSpace),
            ("224.0.0.1", Refused::Multicast),
            ("239.255.255.250", Refused::Multicast),
            ("[ff02::1]", Refused::Multicast),
            ("0.0.0.0", Refused::Unspecified),
            ("0", Refused::Unspecified),
            ("[::]", Refused::Unspecified),
            ("0.1.2.3", Refused::Reserved),
            ("255.255.255.255", Refused::Broadcast),
            ("240.0.0.1", Refused::Reserved),
            ("192.0.2.7", Refused::Documentation),
            ("198.51.100.1", Refused::Documentation),
            ("203.0.113.9", Refused::Documentation),
            ("198.18.0.1", Refused::Documentation),
            ("[2001:db8::1]", Refused::Documentation),
            ("[3fff::1]", Refused::Documentation),
            ("[::127.0.0.1]", Refused::Reserved),
            ("[100::1]", Refused::Reserved),
            ("[2001::1]", Refused::Reserved),
            ("256.0.0.1", Refused::Malformed),
            ("1.2.3.4.5", Refused::Malformed),
            ("0x100000000", Refused::Malformed),
            ("4294967296", Refused::Malformed),
            ("09.0.0.1", Refused::Malformed),
            ("1..1", Refused::Malformed),
            ("[::1", Refused::Malformed),
            ("[fe80::1%25eth0]", Refused::Malformed),
            ("", Refused::Malformed),
            (".", Refused::Malformed),
        ];
        for (host, reason) in cases {
            assert_eq!(check(host, None, &none()), Err(reason), "{host}");
        }
    }

    #[test]
    fn public_hosts_and_addresses_pass() {
        for host in [
            "example.com",
            "WWW.Example.COM.",
            "xn--bcher-kva.example",
            "no-such-host.invalid",
            "8.8.8.8",
            "134744072",
            "1.1",
            "172.32.0.1",
            "100.128.0.1",
            "192.169.0.1",
            "[2606:4700::1111]",
            "[2001:4860::8888]",
            "[::ffff:8.8.8.8]",
            "[2002:808:808::]",
            "0x.example",
            "1e3.example",
        ] {
            assert_eq!(check(host, None, &none()), Ok(()), "{host}");
        }
    }

    #[test]
    fn a_public_name_is_refused_at_a_local_address() {
        let loopback = Some(IpAddr::from([127, 0, 0, 1]));
        let metadata = Some(IpAddr::from([169, 254, 169, 254]));
        let mapped: IpAddr = "::ffff:10.1.2.3".parse().unwrap();
        assert_eq!(
            check("example.com", loopback, &none()),
            Err(Refused::Loopback)
        );
        assert_eq!(
            check("example.com", metadata, &none()),
            Err(Refused::LinkLocal)
        );
        assert_eq!(
            check("example.com", Some(mapped), &none()),
            Err(Refused::Private)
        );
        let public = Some(IpAddr::from([93, 184, 215, 14]));
        assert_eq!(check("example.com", public, &none()), Ok(()));
    }

    #[test]
    fn only_hosts_named_exactly_are_allowed_and_only_themselves() {
        let allowed = AllowedHosts::new([
            "127.0.0.1",
            "mirror.helpline.lan",
            "*.0.0.1",
            "*.example.org",
        ]);
        // the named hosts, in any spelling, at any address they resolve to
        for host in [
            "127.0.0.1",
            "2130706433",
            "127.0.0.1.",
            "[::ffff:127.0.0.1]",
        ] {
            assert_eq!(check(host, None, &allowed), Ok(()), "{host}");
        }
        let private = Some(IpAddr::from([10, 0, 0, 5]));
        assert_eq!(check("Mirror.Helpline.LAN.", private, &allowed), Ok(()));
        // but nothing else at those addresses, and wildcards open nothing
        let loopback = Some(IpAddr::from([127, 0, 0, 1]));
        assert_eq!(
            check("localhost", loopback, &allowed),
            Err(Refused::LocalName)
        );
        assert_eq!(check("127.0.0.2", None, &allowed), Err(Refused::Loopback));
        assert_eq!(check("[::1]", None, &allowed), Err(Refused::Loopback));
        assert_eq!(
            check("evil.example", loopback, &allowed),
            Err(Refused::Loopback)
        );
        assert_eq!(
            check("a.example.org", private, &allowed),
            Err(Refused::Private)
        );
        assert_eq!(
            check("other.lan.", private, &allowed),
            Err(Refused::Private)
        );
        assert_eq!(
            AllowedHosts::new(["*.example.org"]),
            AllowedHosts::default()
        );
        // the proxy staff chose is added for the connection to it
        let with_proxy = allowed.with("localhost");
        assert_eq!(check("localhost", loopback, &with_proxy), Ok(()));
        assert_eq!(
            check("localhost", loopback, &allowed),
            Err(Refused::LocalName)
        );
    }

    #[test]
    fn ipv4_is_read_as_url_parsers_read_it() {
        // Every spelling the url crate turns into an address gives the same address here.
        for text in [
            "127.1",
            "0x7f.1",
            "0177.1",
            "1.2.3",
            "1.0x10000",
            "0x.0x.0",
            "4294967295",
            "0.0.0.0.",
            "08",
            "0x",
            "1.256",
            "1.2.65536",
            "0xffffffff",
        ] {
            let ours = key(text).ok().and_then(|k| match k {
                HostKey::Ip(IpAddr::V4(ip)) => Some(ip),
                _ => None,
            });
            let theirs = match url::Url::parse(&format!("http://{text}/"))
                .ok()
                .and_then(|u| u.host().map(|h| h.to_owned()))
            {
                Some(url::Host::Ipv4(ip)) => Some(ip),
                _ => None,
            };
            assert_eq!(ours, theirs, "{text}");
        }
    }

    proptest! {
        /// Whatever the url crate reads as an IPv4 address, this module reads as the same one,
        /// so no spelling slips past the rule as a "name".
        #[test]
        fn agrees_with_the_url_crate_on_addresses(
            parts in prop::collection::vec(
                prop_oneof![
                    (0u64..=0x1_0000_0000).prop_map(|n| n.to_string()),
                    (0u64..=0x1_0000_0000).prop_map(|n| format!("0x{n:x}")),
                    (0u64..=0x1_0000_0000).prop_map(|n| format!("0{n:o}")),
                ],
                1..5,
            ),
            dot in any::<bool>(),
        ) {
            let text = format!("{}{}", parts.join("."), if dot { "." } else { "" });
            let theirs = url::Url::parse(&format!("http://{text}/")).ok().and_then(|u| match u.host() {
                Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
                _ => None,
            });
            let ours = match key(&text) {
                Ok(HostKey::Ip(ip)) => Some(ip),
                _ => None,
            };
            prop_assert_eq!(ours, theirs, "{}", text);
        }

        #[test]
        fn never_panics(host in any::<String>(), ip in any::<[u8; 16]>()) {
            let _ = check(&host, Some(IpAddr::from(ip)), &AllowedHosts::new([host.as_str()]));
            let _ = check(&host, None, &none());
        }
    }
}
