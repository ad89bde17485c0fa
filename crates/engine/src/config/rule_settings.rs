//! The settings every rule has (`enabled`, `severity`) and the macro that declares a rule's settings.

use crate::Severity;

/// What the engine needs to know of any rule's settings.
pub trait CommonSettings {
    /// Whether the rule runs at all.
    fn enabled(&self) -> bool;
    /// The organisation's severity for the rule, or `None` to keep the rule's own.
    fn severity(&self) -> Option<Severity>;
}

/// Declares a rule's settings struct: `enabled` and `severity`, plus the rule's own fields, each
/// with its built-in default. Read from JSON, the struct rejects unknown fields and fills missing
/// ones.
///
/// ```ignore
/// rule_settings! {
///     /// Settings of `too-early`.
///     pub struct Settings {
///         /// Days to leave the provider to respond first.
///         pub wait_days: Days = Days(14),
///     }
/// }
/// ```
macro_rules! rule_settings {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty = $default:expr ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields, default)]
        pub struct $name {
            /// Whether the rule runs.
            pub enabled: bool,
            /// Severity for the rule's findings; unset keeps the rule's own.
            #[serde(skip_serializing_if = "Option::is_none")]
            pub severity: Option<$crate::Severity>,
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl Default for $name {
            fn default() -> Self {
                Self {
                    enabled: true,
                    severity: None,
                    $( $field: $default, )*
                }
            }
        }

        impl $crate::config::CommonSettings for $name {
            fn enabled(&self) -> bool {
                self.enabled
            }
            fn severity(&self) -> Option<$crate::Severity> {
                self.severity
            }
        }
    };
}
pub(crate) use rule_settings;

/// A built-in word list, written as a list of string literals, packed into one `&'static str`
/// (one item a line) that [`strings`] splits when a rule's default settings are built.
macro_rules! word_list {
    ($($item:literal),* $(,)?) => {
        concat!($($item, "\n"),*)
    };
}
pub(crate) use word_list;

/// The items of a `word_list!` as owned strings, for word-list defaults.
pub fn strings(list: &str) -> Vec<String> {
    list.lines().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_splits_back_into_its_items() {
        const LIST: &str = word_list!["you are right", "it's a disgrace", "*ly"];
        assert_eq!(strings(LIST), ["you are right", "it's a disgrace", "*ly"]);
        assert!(strings(word_list![]).is_empty());
    }
}
