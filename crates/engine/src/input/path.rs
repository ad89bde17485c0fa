//! `JsonPath`: where a value sits in the input, as error messages name it
//! (`rules.too-early.wait_days`, `responses[0].posted`).

use std::fmt;

/// The path from the whole input to one value: a chain of field names and list indexes, each
/// link borrowed from the reader one level up (building a path allocates nothing).
#[derive(Debug, Clone, Copy)]
pub(crate) enum JsonPath<'a> {
    /// The whole input.
    Root,
    /// A field of the object at the parent path.
    Field(&'a JsonPath<'a>, &'a str),
    /// An item of the list at the parent path.
    Index(&'a JsonPath<'a>, usize),
}

impl<'a> JsonPath<'a> {
    /// The path of field `name` of the object here.
    pub(crate) fn field(&'a self, name: &'a str) -> Self {
        JsonPath::Field(self, name)
    }

    /// The path of item `index` of the list here.
    pub(crate) fn index(&'a self, index: usize) -> Self {
        JsonPath::Index(self, index)
    }
}

impl fmt::Display for JsonPath<'_> {
    /// `a.b[2].c`; the root is the empty string.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonPath::Root => Ok(()),
            JsonPath::Field(JsonPath::Root, name) => f.write_str(name),
            JsonPath::Field(parent, name) => write!(f, "{parent}.{name}"),
            JsonPath::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_joined_by_dots_and_indexes_bracketed() {
        let rules = JsonPath::Root.field("rules");
        let rule = rules.field("too-early");
        assert_eq!(
            rule.field("wait_days").to_string(),
            "rules.too-early.wait_days"
        );
        let responses = JsonPath::Root.field("responses");
        let first = responses.index(0);
        assert_eq!(first.field("posted").to_string(), "responses[0].posted");
    }

    #[test]
    fn the_root_is_empty_and_a_top_level_index_has_no_dot() {
        assert_eq!(JsonPath::Root.to_string(), "");
        assert_eq!(JsonPath::Root.index(3).to_string(), "[3]");
    }
}
