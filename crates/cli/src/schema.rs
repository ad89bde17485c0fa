//! JSON Schemas of the organisation config, generated from the engine's types (`schemars`), so the
//! config format is described once, in Rust:
//! - [`config_schema`]: standard JSON Schema (draft 2020-12), for editors and validators;
//! - [`managed_policy_schema`]: the same in the dialect Chromium accepts for an extension's
//!   `storage.managed_schema` (every `$ref` inlined, no `anyOf`/`oneOf`/`null`, enums of strings),
//!   plus the policy-only settings. `scripts/build-extension.sh` writes it into every build as
//!   `managed_schema.json`; the options page draws its form from it (descriptions, defaults).

use replyguide_engine::{Config, HistoryEntry};
use serde_json::{json, Map, Value};

/// Settings that only managed policy (not a config file) can give, with their schemas (in the
/// policy dialect). The extension reads them (`extension/shared/settings.js`,
/// `extension/shared/history-store.js`) and strips them before the config reaches the engine.
fn policy_only_properties() -> Map<String, Value> {
    let mut properties = Map::new();
    properties.insert(
        "allow_turning_off_guidelines".into(),
        json!({
            "type": "boolean",
            "title": "Allow turning off guidelines",
            "description": "Whether staff may turn a guideline off from a finding. When false, \
                            they can only dismiss a finding for the draft they are writing.",
            "default": true
        }),
    );
    let mut history =
        serde_json::to_value(schemars::schema_for!(Vec<HistoryEntry>)).expect("a schema is JSON");
    history["title"] = json!("Organisation's earlier replies");
    history["description"] = json!(
        "The organisation's earlier replies, checked by repeated-response before the person's own \
         (read by the extension's reply history, not by the config)."
    );
    let definitions = history.get("$defs").cloned().unwrap_or(Value::Null);
    properties.insert("history".into(), to_policy_dialect(&history, &definitions));
    properties
}

/// Keys of the Chromium policy-schema dialect that are kept (everything else is dropped).
/// Chromium ignores the `default`s; the options page uses them.
const KEPT_KEYS: &[&str] = &[
    "type",
    "title",
    "description",
    "properties",
    "items",
    "enum",
    "minimum",
    "maximum",
    "default",
];

/// The organisation config's JSON Schema (draft 2020-12).
pub fn config_schema() -> Value {
    serde_json::to_value(schemars::schema_for!(Config)).expect("a schema is JSON")
}

/// The config's schema in Chromium's policy-schema dialect, plus the policy-only settings: the
/// extension's `managed_schema.json`.
pub fn managed_policy_schema() -> Value {
    let schema = config_schema();
    let definitions = schema.get("$defs").cloned().unwrap_or(Value::Null);
    let mut managed = to_policy_dialect(&schema, &definitions);
    managed["title"] = json!("Reply Guide organisation settings");
    if let Some(Value::Object(properties)) = managed.get_mut("properties") {
        properties.extend(policy_only_properties());
    }
    managed
}

/// Rewrites one schema node (and everything under it) into Chromium's dialect.
fn to_policy_dialect(node: &Value, definitions: &Value) -> Value {
    let Value::Object(fields) = node else {
        return node.clone();
    };
    let mut flat = fields.clone();
    // `$ref` → the definition itself; the node's own words (description, default) win.
    if let Some(Value::String(reference)) = flat.remove("$ref") {
        let name = reference.trim_start_matches("#/$defs/");
        if let Some(Value::Object(definition)) = definitions.get(name) {
            for (key, value) in definition {
                flat.entry(key.clone()).or_insert_with(|| value.clone());
            }
        }
        return to_policy_dialect(&Value::Object(flat), definitions);
    }
    // `anyOf`/`oneOf`: `Option<T>` becomes T; an enum whose variants are documented becomes
    // one string enum.
    for alternatives_key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(alternatives)) = flat.remove(alternatives_key) {
            let choices: Vec<Value> = alternatives
                .iter()
                .filter(|choice| choice.get("type") != Some(&json!("null")))
                .map(|choice| to_policy_dialect(choice, definitions))
                .collect();
            let merged = match choices.as_slice() {
                [only] => only.clone(),
                many => string_enum(many),
            };
            if let Value::Object(merged) = merged {
                for (key, value) in merged {
                    flat.entry(key).or_insert(value);
                }
            }
        }
    }
    if let Some(Value::Array(types)) = flat.get("type") {
        let non_null: Vec<&Value> = types.iter().filter(|t| *t != "null").collect();
        if let [only] = non_null.as_slice() {
            flat.insert("type".into(), (*only).clone());
        }
    }
    if let Some(constant) = flat.remove("const") {
        flat.insert("enum".into(), json!([constant]));
    }
    if flat.get("type") != Some(&json!("integer")) {
        flat.remove("minimum");
        flat.remove("maximum");
    }
    // An object's default repeats its properties' own; a null default means "unset".
    if flat.get("default") == Some(&Value::Null) || flat.get("type") == Some(&json!("object")) {
        flat.remove("default");
    }
    let mut out = Map::new();
    for (key, value) in flat {
        if !KEPT_KEYS.contains(&key.as_str()) {
            continue;
        }
        let value = match key.as_str() {
            "properties" => Value::Object(
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(name, property)| {
                        (name.clone(), to_policy_dialect(property, definitions))
                    })
                    .collect(),
            ),
            "items" => to_policy_dialect(&value, definitions),
            _ => value,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

/// One `{"type": "string", "enum": [...]}` from alternatives that are each a string enum.
fn string_enum(choices: &[Value]) -> Value {
    let values: Vec<Value> = choices
        .iter()
        .flat_map(|choice| {
            choice
                .get("enum")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    json!({ "type": "string", "enum": values })
}

/// Pretty JSON with a final newline, as the schema files are written.
pub fn render(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node of the managed schema uses only the Chromium dialect's keys and has a type.
    fn assert_policy_dialect(node: &Value, path: &str) {
        let fields = node
            .as_object()
            .unwrap_or_else(|| panic!("{path}: not an object"));
        for key in fields.keys() {
            assert!(KEPT_KEYS.contains(&key.as_str()), "{path}: {key}");
        }
        let kind = fields.get("type").and_then(Value::as_str);
        assert!(kind.is_some(), "{path}: no single type in {node}");
        for (name, property) in fields
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            assert_policy_dialect(property, &format!("{path}.{name}"));
        }
        if let Some(items) = fields.get("items") {
            assert_policy_dialect(items, &format!("{path}[]"));
        }
    }

    #[test]
    fn managed_schema_is_in_the_policy_dialect() {
        assert_policy_dialect(&managed_policy_schema(), "$");
    }

    #[test]
    fn managed_schema_keeps_bounds_enums_and_policy_settings() {
        let schema = managed_policy_schema();
        let wait_days =
            &schema["properties"]["rules"]["properties"]["too-early"]["properties"]["wait_days"];
        assert_eq!(wait_days["type"], "integer");
        assert_eq!(wait_days["maximum"], 3650);
        let severity =
            &schema["properties"]["rules"]["properties"]["takes-sides"]["properties"]["severity"];
        assert_eq!(severity["enum"], json!(["hint", "warning"]));
        let kind = &schema["properties"]["organisation"]["properties"]["kind"];
        assert_eq!(kind["type"], "string");
        assert!(kind["enum"]
            .as_array()
            .unwrap()
            .contains(&json!("elected_official")));
        assert_eq!(
            schema["properties"]["allow_turning_off_guidelines"]["type"],
            "boolean"
        );
        let history = &schema["properties"]["history"];
        assert_eq!(history["type"], "array");
        assert_eq!(history["items"]["properties"]["posted"]["type"], "string");
        assert_eq!(
            schema["properties"]["organisation"]["properties"]["name"]["type"],
            "string"
        );
    }
}
