//! RDAP for a host no catalogue knows: which regional registry holds an address (IANA's
//! bootstrap registry, RFC 9224), and what its answer says (RFC 9083): the network, and the
//! abuse contact of the entity with the `abuse` role, from its vCard.
//!
//! Pure: the bootstrap file and the answer arrive as text, and nothing here sends anything.

use core::net::IpAddr;

use serde::Serialize;
use serde_json::Value;

/// IANA's bootstrap registry for one address family: CIDR blocks and the registries' base URLs.
#[derive(Debug, Clone)]
pub(crate) struct Bootstrap {
    /// The file's `publication` date, shown so staff know how old the routing is.
    pub(crate) publication: String,
    services: Vec<(IpAddr, u8, Vec<String>)>,
}

/// Why a bootstrap file could not be read: it is embedded, so this is a build's fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the RDAP bootstrap file is malformed: {0}")]
pub(crate) struct BadBootstrap(&'static str);

impl Bootstrap {
    pub(crate) fn parse(text: &str) -> Result<Bootstrap, BadBootstrap> {
        let file: Value = serde_json::from_str(text).map_err(|_| BadBootstrap("not JSON"))?;
        let publication = file["publication"]
            .as_str()
            .ok_or(BadBootstrap("no publication date"))?
            .to_owned();
        let mut services = Vec::new();
        for service in file["services"]
            .as_array()
            .ok_or(BadBootstrap("no services"))?
        {
            let (Some(blocks), Some(urls)) = (service[0].as_array(), service[1].as_array()) else {
                return Err(BadBootstrap("a service is not [blocks, urls]"));
            };
            let urls: Vec<String> = urls
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            for block in blocks.iter().filter_map(Value::as_str) {
                let (net, len) = block.split_once('/').ok_or(BadBootstrap("a block"))?;
                let net: IpAddr = net.parse().map_err(|_| BadBootstrap("a block address"))?;
                let len: u8 = len.parse().map_err(|_| BadBootstrap("a prefix length"))?;
                services.push((net, len, urls.clone()));
            }
        }
        Ok(Bootstrap {
            publication,
            services,
        })
    }

    /// The https base URL of the registry for `addr` (the longest matching block), if any.
    pub(crate) fn registry(&self, addr: IpAddr) -> Option<&str> {
        self.services
            .iter()
            .filter(|(net, len, _)| in_block(addr, *net, *len))
            .max_by_key(|(_, len, _)| *len)
            .and_then(|(_, _, urls)| urls.iter().find(|u| u.starts_with("https://")))
            .map(String::as_str)
    }
}

fn in_block(addr: IpAddr, net: IpAddr, len: u8) -> bool {
    let (addr, net, bits) = match (addr, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => (u128::from(a.to_bits()), u128::from(n.to_bits()), 32),
        (IpAddr::V6(a), IpAddr::V6(n)) => (a.to_bits(), n.to_bits(), 128),
        _ => return false,
    };
    let len = u32::from(len).min(bits);
    if len == 0 {
        return true;
    }
    let shift = bits - len;
    addr >> shift == net >> shift
}

/// What a registry said about the network an address is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Network {
    pub(crate) handle: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) start: Option<String>,
    pub(crate) end: Option<String>,
    pub(crate) country: Option<String>,
    /// The names (vCard `fn`) of the entities holding the network (`registrant`).
    pub(crate) holders: Vec<String>,
    pub(crate) abuse: Vec<AbuseContact>,
    /// The registry the answer names itself as (its `self` link's host, or `port43`).
    pub(crate) registry: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct AbuseContact {
    pub(crate) name: Option<String>,
    pub(crate) emails: Vec<String>,
}

/// Why an answer is not an RDAP IP network object.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BadAnswer {
    #[error("it is not JSON")]
    NotJson,
    #[error("it is not an RDAP IP network (`objectClassName` is not `ip network`)")]
    NotANetwork,
}

/// Reads an RDAP IP network answer (RFC 9083 §5.4).
pub(crate) fn parse_network(body: &[u8]) -> Result<Network, BadAnswer> {
    let answer: Value = serde_json::from_slice(body).map_err(|_| BadAnswer::NotJson)?;
    if answer["objectClassName"].as_str() != Some("ip network") {
        return Err(BadAnswer::NotANetwork);
    }
    let text = |key: &str| answer[key].as_str().map(str::to_owned);
    let mut holders = Vec::new();
    let mut abuse = Vec::new();
    walk_entities(&answer, 0, &mut |entity| {
        let roles: Vec<&str> = entity["roles"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let card = vcard(entity);
        if roles.contains(&"registrant")
            && let Some(name) = card.name.clone()
        {
            holders.push(name);
        }
        if roles.contains(&"abuse") && !abuse.contains(&card) {
            abuse.push(card);
        }
    });
    let self_link = answer["links"].as_array().and_then(|links| {
        links
            .iter()
            .find(|l| l["rel"].as_str() == Some("self"))
            .and_then(|l| l["href"].as_str())
            .and_then(|href| url::Url::parse(href).ok())
            .and_then(|u| u.host_str().map(str::to_owned))
    });
    Ok(Network {
        handle: text("handle"),
        name: text("name"),
        start: text("startAddress"),
        end: text("endAddress"),
        country: text("country"),
        holders,
        abuse,
        registry: self_link.or_else(|| text("port43")),
    })
}

/// Entities nest (a registrant's abuse contact is an entity of the registrant); a hostile
/// answer could nest them without end, so the walk stops at a depth no registry uses.
fn walk_entities(object: &Value, depth: usize, visit: &mut impl FnMut(&Value)) {
    const MAX_DEPTH: usize = 8;
    if depth >= MAX_DEPTH {
        return;
    }
    for entity in object["entities"].as_array().into_iter().flatten() {
        visit(entity);
        walk_entities(entity, depth + 1, visit);
    }
}

/// The `fn` and `email` properties of an entity's jCard (RFC 7095: `["vcard", [[name, params,
/// type, value], ...]]`).
fn vcard(entity: &Value) -> AbuseContact {
    let mut contact = AbuseContact {
        name: None,
        emails: Vec::new(),
    };
    let properties = entity["vcardArray"][1].as_array().into_iter().flatten();
    for property in properties {
        match (property[0].as_str(), property[3].as_str()) {
            (Some("fn"), Some(name)) if !name.trim().is_empty() => {
                contact.name = Some(name.trim().to_owned());
            }
            (Some("email"), Some(email)) if email.contains('@') => {
                contact.emails.push(email.trim().to_owned());
            }
            _ => {}
        }
    }
    contact
}

#[cfg(test)]
mod tests {
    use super::*;

    const V4: &str = include_str!("../../assets/rdap/ipv4.json");
    const V6: &str = include_str!("../../assets/rdap/ipv6.json");

    #[test]
    fn the_embedded_bootstrap_routes_addresses_to_their_registry() {
        let (v4, v6) = (Bootstrap::parse(V4).unwrap(), Bootstrap::parse(V6).unwrap());
        assert_eq!(v4.publication, "2019-06-07T19:00:02Z");
        for (addr, registry) in [
            ("8.8.8.8", Some("https://rdap.arin.net/registry/")),
            ("39.32.1.1", Some("https://rdap.apnic.net/")),
            ("193.0.6.139", Some("https://rdap.db.ripe.net/")),
            ("41.1.1.1", Some("https://rdap.afrinic.net/rdap/")),
            ("200.1.1.1", Some("https://rdap.lacnic.net/rdap/")),
            ("10.0.0.1", None),
        ] {
            assert_eq!(v4.registry(addr.parse().unwrap()), registry, "{addr}");
        }
        assert_eq!(
            v6.registry("2a00:1450::1".parse().unwrap()),
            Some("https://rdap.db.ripe.net/")
        );
        assert_eq!(v4.registry("2a00:1450::1".parse().unwrap()), None);
    }

    #[test]
    fn the_longest_block_wins_and_bad_files_are_refused() {
        let file = r#"{"publication":"x","services":[[["10.0.0.0/8"],["http://a.example/","https://a.example/"]],[["10.1.0.0/16"],["https://b.example/"]]]}"#;
        let b = Bootstrap::parse(file).unwrap();
        assert_eq!(
            b.registry("10.1.2.3".parse().unwrap()),
            Some("https://b.example/")
        );
        assert_eq!(
            b.registry("10.2.2.3".parse().unwrap()),
            Some("https://a.example/")
        );
        for bad in [
            "",
            "{}",
            r#"{"publication":"x","services":[[["10/8"],[]]]}"#,
        ] {
            assert!(Bootstrap::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_answer_gives_the_network_and_the_abuse_contact_nested_or_not() {
        let body = br#"{
          "objectClassName": "ip network", "handle": "NET-1", "name": "EXAMPLE-HOSTING",
          "startAddress": "8.8.8.0", "endAddress": "8.8.8.255", "country": "US",
          "port43": "whois.arin.net",
          "links": [{"rel": "self", "href": "https://rdap.arin.net/registry/ip/8.8.8.0"}],
          "entities": [
            {"roles": ["registrant"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example Hosting Ltd"]]],
             "entities": [
               {"roles": ["abuse"], "vcardArray": ["vcard", [["fn", {}, "text", "Abuse Desk"], ["email", {}, "text", "abuse@hosting.example"]]]}
             ]},
            {"roles": ["technical"], "vcardArray": ["vcard", [["email", {}, "text", "noc@hosting.example"]]]}
          ]}"#;
        let network = parse_network(body).unwrap();
        assert_eq!(network.name.as_deref(), Some("EXAMPLE-HOSTING"));
        assert_eq!(network.holders, ["Example Hosting Ltd"]);
        assert_eq!(
            network.abuse,
            [AbuseContact {
                name: Some("Abuse Desk".into()),
                emails: vec!["abuse@hosting.example".into()]
            }]
        );
        assert_eq!(network.registry.as_deref(), Some("rdap.arin.net"));
    }

    #[test]
    fn malformed_answers_are_refused_and_deep_nesting_is_cut() {
        assert_eq!(parse_network(b"<html>"), Err(BadAnswer::NotJson));
        assert_eq!(
            parse_network(br#"{"objectClassName": "domain"}"#),
            Err(BadAnswer::NotANetwork)
        );
        let mut deep = String::from(
            r#"{"roles":["abuse"],"vcardArray":["vcard",[["email",{},"text","deep@x.example"]]]}"#,
        );
        for _ in 0..50 {
            deep = format!(r#"{{"roles":[],"entities":[{deep}]}}"#);
        }
        let body = format!(r#"{{"objectClassName":"ip network","entities":[{deep}]}}"#);
        let network = parse_network(body.as_bytes()).unwrap();
        assert!(
            network.abuse.is_empty(),
            "nesting past the limit is ignored"
        );
        let odd = br#"{"objectClassName":"ip network","entities":[{"roles":"abuse","vcardArray":[1,2]}, 7]}"#;
        assert!(parse_network(odd).unwrap().abuse.is_empty());
    }
}
