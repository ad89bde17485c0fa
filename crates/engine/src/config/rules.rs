//! `rules`: one entry per built-in rule, keyed by its id. Each rule declares its own settings
//! in its file under `rules/`.

use serde::Serialize;

use crate::input::read_json_struct;

use crate::rules::{
    adds_to_conversation, criticises_others, offers_guidance, organisational_voice, paste_not_link,
    personal_address, repeated_response, takes_sides, tells_author_of_use, too_early, too_late,
    unsubstantiated_concern,
};

/// Settings of every built-in rule.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct RulesConfig {
    /// `adds-to-conversation`
    pub adds_to_conversation: adds_to_conversation::Settings,
    /// `criticises-others`
    pub criticises_others: criticises_others::Settings,
    /// `offers-guidance`
    pub offers_guidance: offers_guidance::Settings,
    /// `organisational-voice`
    pub organisational_voice: organisational_voice::Settings,
    /// `paste-not-link`
    pub paste_not_link: paste_not_link::Settings,
    /// `personal-address`
    pub personal_address: personal_address::Settings,
    /// `repeated-response`
    pub repeated_response: repeated_response::Settings,
    /// `takes-sides`
    pub takes_sides: takes_sides::Settings,
    /// `tells-author-of-use`
    pub tells_author_of_use: tells_author_of_use::Settings,
    /// `too-early`
    pub too_early: too_early::Settings,
    /// `too-late`
    pub too_late: too_late::Settings,
    /// `unsubstantiated-concern`
    pub unsubstantiated_concern: unsubstantiated_concern::Settings,
}

read_json_struct! {
    RulesConfig, unknown_fields: Reject, missing_fields: unchanged,
    "adds-to-conversation" => adds_to_conversation,
    "criticises-others" => criticises_others,
    "offers-guidance" => offers_guidance,
    "organisational-voice" => organisational_voice,
    "paste-not-link" => paste_not_link,
    "personal-address" => personal_address,
    "repeated-response" => repeated_response,
    "takes-sides" => takes_sides,
    "tells-author-of-use" => tells_author_of_use,
    "too-early" => too_early,
    "too-late" => too_late,
    "unsubstantiated-concern" => unsubstantiated_concern,
}
