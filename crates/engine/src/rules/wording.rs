//! Wording shared by the rules' messages: lists in prose and quoted links.

use crate::config::Link;

/// "a", "a and b", "a, b and c".
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A link as messages name it: "“label” (url)".
pub(crate) fn quoted_link(link: &Link) -> String {
    format!("\u{201c}{}\u{201d} ({})", link.label, link.url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_commas_and_a_final_and() {
        let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&items(&[])), "");
        assert_eq!(join_and(&items(&["a"])), "a");
        assert_eq!(join_and(&items(&["a", "b"])), "a and b");
        assert_eq!(join_and(&items(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn links_are_quoted_with_their_address() {
        let link = Link {
            label: "Contact us".into(),
            url: "https://example.org/contact".into(),
        };
        assert_eq!(
            quoted_link(&link),
            "\u{201c}Contact us\u{201d} (https://example.org/contact)"
        );
    }
}
