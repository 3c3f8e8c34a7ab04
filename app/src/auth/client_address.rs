//! The client's address behind reverse proxies: `X-Forwarded-For` is believed only when the
//! connection comes from a configured trusted proxy, and then only up to the first hop that
//! is not one (server only).

use std::net::IpAddr;

use ipnet::IpNet;

/// The reverse proxies whose `X-Forwarded-For` is believed (`SHADOWDESK_TRUSTED_PROXIES`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(pub Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses and networks (`127.0.0.1, 10.0.0.0/8`).
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{item:?} is not an IP address or network"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address for a connection from `peer` carrying `forwarded_for`: the
    /// right-most address in the chain that is not a trusted proxy.
    pub fn client_address(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded_for.unwrap_or_default().rsplit(',') {
            match hop.trim().parse::<IpAddr>() {
                Ok(address) => {
                    client = address;
                    if !self.trusts(address) {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        // Straight from the internet: the header is the client's own claim, ignored.
        assert_eq!(
            proxies.client_address(ip("203.0.113.9"), Some("1.2.3.4")),
            ip("203.0.113.9")
        );
        // Through our proxy: the last untrusted hop, not a spoofed left-most entry.
        assert_eq!(
            proxies.client_address(ip("127.0.0.1"), Some("6.6.6.6, 198.51.100.7, 10.1.2.3")),
            ip("198.51.100.7")
        );
        assert_eq!(
            proxies.client_address(ip("127.0.0.1"), None),
            ip("127.0.0.1")
        );
        assert_eq!(
            proxies.client_address(ip("127.0.0.1"), Some("junk")),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn bad_entries_are_named() {
        assert!(TrustedProxies::parse("").unwrap().0.is_empty());
        let error = TrustedProxies::parse("10.0.0.0/8, proxy.local").unwrap_err();
        assert!(error.contains("proxy.local"), "{error}");
    }
}
