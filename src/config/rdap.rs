//! Where `platforms whois` asks: IANA's RDAP bootstrap registry embedded in the binary (see
//! `assets/rdap/README.md` for its date and origin), or one RDAP server the user names instead
//! (a helpline's mirror, or a test server), checked before anything is sent to it.

use core::net::IpAddr;

use crate::domain::rdap::{BadBootstrap, Bootstrap};

const IPV4: &str = include_str!("../../assets/rdap/ipv4.json");
const IPV6: &str = include_str!("../../assets/rdap/ipv6.json");

/// The embedded bootstrap registry for `addr`'s family.
pub(crate) fn bootstrap(addr: IpAddr) -> Result<Bootstrap, BadBootstrap> {
    Bootstrap::parse(if addr.is_ipv4() { IPV4 } else { IPV6 })
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BadServer {
    #[error("`--rdap-server` is not a URL")]
    NotAUrl,
    #[error(
        "`--rdap-server` must be https (http only to this machine, for a local mirror or a test)"
    )]
    NotHttps,
    #[error("`--rdap-server` must be a base URL without a user name, query or fragment")]
    Extra,
}

/// A base URL the user named for RDAP queries, ending in `/` so that `ip/ADDR` joins under it.
pub(crate) fn server(text: &str) -> Result<url::Url, BadServer> {
    let mut url = url::Url::parse(text).map_err(|_| BadServer::NotAUrl)?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost",
        None => return Err(BadServer::NotAUrl),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(BadServer::NotHttps),
    }
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(BadServer::Extra);
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_embedded_files_parse() {
        for addr in ["8.8.8.8", "2a00::1"] {
            assert!(bootstrap(addr.parse().unwrap()).is_ok(), "{addr}");
        }
    }

    #[test]
    fn a_named_server_is_https_or_local_and_nothing_more() {
        assert_eq!(
            server("https://rdap.mirror.example/rdap").unwrap().as_str(),
            "https://rdap.mirror.example/rdap/"
        );
        assert!(server("http://127.0.0.1:8080/").is_ok());
        assert!(server("http://[::1]:8080/").is_ok());
        for (bad, why) in [
            ("rdap.example", BadServer::NotAUrl),
            ("http://rdap.example/", BadServer::NotHttps),
            ("ftp://127.0.0.1/", BadServer::NotHttps),
            ("file:///etc/passwd", BadServer::NotAUrl),
            ("https://u:p@rdap.example/", BadServer::Extra),
            ("https://rdap.example/?a=1", BadServer::Extra),
            ("https://rdap.example/#x", BadServer::Extra),
        ] {
            assert_eq!(server(bad), Err(why), "{bad}");
        }
    }
}
