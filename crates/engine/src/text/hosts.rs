//! The site a web address belongs to, so rules can tell the organisation's own pages from
//! others' (`https://www.healthwatchexampleshire.org.uk/advocacy` and
//! `healthwatchexampleshire.org.uk/reports` are the same site).

use super::fold_text;

/// The host of `url`, lowercase, without `www.`, a port or a path; `None` when there is none.
pub fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = host.split_once(':').map_or(host, |(host, _)| host);
    let host = fold_text(host.trim_end_matches('.'));
    let host = host
        .strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_ignore_scheme_www_port_and_path() {
        for url in [
            "https://www.Example.org.uk/advocacy?x=1",
            "http://example.org.uk:8080",
            "www.example.org.uk/reports/2025",
            "example.org.uk/contact",
        ] {
            assert_eq!(url_host(url).as_deref(), Some("example.org.uk"), "{url}");
        }
        assert_eq!(url_host("https://"), None);
    }
}
