//! The organisation config: data, not code (INTERFACES.md, "Organisation config").
//!
//! Every field is optional and takes a built-in default. Unknown fields are rejected, and every
//! error names the field path (`rules.too-early.wait_days: expected a number of days, got "two weeks"`).
//!
//! Each type derives serde's `Deserialize` and `Serialize`; its `#[serde(...)]` attributes
//! (defaults, `deny_unknown_fields`) describe the JSON to both and to the JSON Schema (`schemars`,
//! feature `schema`).

mod custom;
mod rule_settings;
mod values;

use serde::{Deserialize, Serialize};

pub use crate::rules::RulesConfig;
pub use custom::CustomRuleConfig;
pub(crate) use rule_settings::{rule_settings, word_list};
pub use rule_settings::{strings, CommonSettings};
pub use values::{Count, Days, Fraction};

use crate::input::quoted;
use crate::page::PageProfile;
use crate::InputError;

/// What kind of organisation is responding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// A local Healthwatch.
    Healthwatch,
    /// A charity.
    Charity,
    /// A public-interest group.
    PublicInterest,
    /// An elected official's office (MP, MSP, councillor…).
    ElectedOfficial,
    /// A care provider.
    Provider,
    /// Anything else.
    #[default]
    Other,
}

/// The responding organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    /// The organisation's name, e.g. `Healthwatch Exampleshire`.
    pub name: Option<String>,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// The organisation learns from or uses stories (reports, board papers, visits), so
    /// `tells-author-of-use` applies.
    pub uses_stories: bool,
}

/// The person responding.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Responder {
    /// Their name.
    pub name: Option<String>,
    /// Their job title.
    pub role: Option<String>,
}

/// An approved link the organisation would rather its staff link to than paste.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link is, e.g. `Complaints advocacy`.
    pub label: String,
    /// Its address (`https://…`).
    pub url: String,
}

/// The whole organisation config.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The responding organisation.
    #[serde(deserialize_with = "crate::input::object")]
    pub organisation: Organisation,
    /// The person responding.
    #[serde(deserialize_with = "crate::input::object")]
    pub responder: Responder,
    /// Paragraphs the organisation would rather link to than paste.
    pub boilerplate: Vec<String>,
    /// Approved links with titles.
    #[serde(deserialize_with = "crate::input::objects")]
    pub links: Vec<Link>,
    /// Per-rule settings, keyed by rule id.
    #[serde(deserialize_with = "crate::input::object")]
    pub rules: RulesConfig,
    /// The organisation's own phrase rules.
    #[serde(deserialize_with = "crate::input::objects")]
    pub custom_rules: Vec<CustomRuleConfig>,
    /// How story pages are read (selectors and text patterns); overridable when the site changes.
    #[serde(deserialize_with = "crate::input::object")]
    pub page: PageProfile,
}

impl Config {
    /// Parses and validates config JSON. Errors name the field path.
    ///
    /// `#[inline]`: compiled in the crate that calls it, with that crate's optimisation settings,
    /// so the wasm module compiles the config reader for size, as it does its binding, rather than
    /// for speed, as it does the engine's rules: a config is read once, not at every check.
    #[inline]
    pub fn from_json(json: &str) -> Result<Self, InputError> {
        let config: Config = crate::input::from_json(json)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks what types alone cannot: links are web addresses, custom rules are well formed
    /// and do not reuse an id.
    pub fn validate(&self) -> Result<(), InputError> {
        for (i, link) in self.links.iter().enumerate() {
            if !(link.url.starts_with("https://") || link.url.starts_with("http://")) {
                return Err(InputError::new(
                    format!("links[{i}].url"),
                    format!(
                        "expected a web address starting with https://, got {}",
                        quoted(&link.url)
                    ),
                ));
            }
            if link.label.trim().is_empty() {
                return Err(InputError::new(
                    format!("links[{i}].label"),
                    "expected a label, got an empty string",
                ));
            }
        }
        for (i, paragraph) in self.boilerplate.iter().enumerate() {
            if paragraph.trim().is_empty() {
                return Err(InputError::new(
                    format!("boilerplate[{i}]"),
                    "expected a paragraph, got an empty string",
                ));
            }
        }
        custom::validate_all(&self.custom_rules)?;
        self.page.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    #[test]
    fn empty_object_is_the_default_config() {
        assert_eq!(Config::from_json("{}").unwrap(), Config::default());
    }

    #[test]
    fn wait_days_in_words_names_the_field() {
        let err = Config::from_json(r#"{"rules": {"too-early": {"wait_days": "two weeks"}}}"#)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"rules.too-early.wait_days: expected a number of days, got "two weeks""#
        );
    }

    #[test]
    fn unknown_field_is_rejected_with_its_path() {
        let err = Config::from_json(r#"{"organisation": {"nmae": "x"}}"#).unwrap_err();
        assert_eq!(err.path, "organisation.nmae");
        assert!(err.message.starts_with("unknown field `nmae`"), "{err}");
    }

    #[test]
    fn days_out_of_range_are_told_the_range() {
        let err =
            Config::from_json(r#"{"rules": {"too-early": {"wait_days": 5000}}}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "rules.too-early.wait_days: expected a number of days between 0 and 3650, got 5000"
        );
    }

    #[test]
    fn unknown_rule_is_rejected() {
        let err = Config::from_json(r#"{"rules": {"too-earley": {}}}"#).unwrap_err();
        assert!(
            err.to_string().contains("unknown field `too-earley`"),
            "{err}"
        );
    }

    #[test]
    fn bad_severity_lists_the_choices() {
        let err =
            Config::from_json(r#"{"rules": {"takes-sides": {"severity": "error"}}}"#).unwrap_err();
        assert_eq!(err.path, "rules.takes-sides.severity");
        assert!(err.message.contains("`warning`"), "{err}");
    }

    #[test]
    fn settings_are_objects_not_arrays_of_field_values() {
        for (json, path, expected) in [
            (r#"["Org"]"#, "", "struct Config"),
            (
                r#"{"responder": ["Sam", "Manager"]}"#,
                "responder",
                "struct Responder",
            ),
            (
                r#"{"rules": {"too-early": [true]}}"#,
                "rules.too-early",
                "struct Settings",
            ),
            (
                r#"{"links": [["Advice", "https://x"]]}"#,
                "links[0]",
                "struct Link",
            ),
            (
                r#"{"page": {"wording": [[]]}}"#,
                "page.wording",
                "struct Wording",
            ),
        ] {
            let err = Config::from_json(json).unwrap_err();
            assert_eq!(err.path, path, "{json}");
            assert_eq!(
                err.message,
                format!("invalid type: sequence, expected {expected}")
            );
        }
    }

    #[test]
    fn link_must_be_a_web_address() {
        let err =
            Config::from_json(r#"{"links": [{"label": "Advice", "url": "ftp://x"}]}"#).unwrap_err();
        assert_eq!(err.path, "links[0].url");
    }

    #[test]
    fn written_config_reads_back_the_same() {
        let mut config = Config::from_json(
            r#"{"custom_rules": [{"id": "no-jargon", "phrases": ["going forward"], "message": "m"}]}"#,
        )
        .unwrap();
        config.rules.takes_sides.severity = Some(Severity::Hint);
        config.links.push(Link {
            label: "Advice".into(),
            url: "https://example.org".into(),
        });
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(Config::from_json(&json), Ok(config));
    }

    #[test]
    fn interfaces_example_config_parses() {
        let json = r#"{
          "organisation": {"name": "Healthwatch Exampleshire", "kind": "healthwatch", "uses_stories": true},
          "responder": { "name": "Sam Okoro", "role": "Engagement Officer" },
          "boilerplate": ["A paragraph the organisation would rather link to than paste …"],
          "links": [{ "label": "Complaints advocacy", "url": "https://www.example.org/advocacy" }],
          "rules": { "too-early": { "enabled": true, "severity": "warning", "wait_days": 14 } }
        }"#;
        let config = Config::from_json(json).unwrap();
        assert!(config.organisation.uses_stories);
        assert_eq!(config.rules.too_early.wait_days, Days(14));
    }
}
