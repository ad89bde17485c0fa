//! JSON input read with the browser's own parser (`JSON.parse`) into the `serde_json::Value` the
//! engine's readers take, so the module carries no JSON parser of its own.

use js_sys::{Array, JsString, Object, Reflect};
use serde_json::{Map, Number, Value};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use replyguide_engine::InputError;

/// Deepest nesting read, as serde_json allows: a deeper value is refused rather than risking the
/// stack of the walk (and of dropping the value).
const MAX_DEPTH: usize = 128;

/// Largest magnitude below which every whole JS number is exact (2^53).
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string as it is: the text is not copied into wasm and back.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsString) -> Result<JsValue, JsValue>;
}

/// Parses JSON text, a JS string. Errors, for the whole input, give the browser's words:
/// `not valid JSON: Unexpected token '}', …`.
pub fn parse(json: &JsString) -> Result<Value, InputError> {
    let parsed = json_parse(json).map_err(|err| {
        let reason = String::from(js_sys::Error::from(err).message());
        invalid(&reason)
    })?;
    value_of(&parsed, 0)
}

/// A value `JSON.parse` gave as a `serde_json::Value`: whole numbers below 2^53 as integers,
/// other numbers as floats.
fn value_of(js: &JsValue, depth: usize) -> Result<Value, InputError> {
    if depth > MAX_DEPTH {
        return Err(invalid("nested too deeply"));
    }
    // Strings first, then objects: they are most of what is read, and each test crosses into JS.
    if let Some(text) = js.as_string() {
        return Ok(Value::String(text));
    }
    if Array::is_array(js) {
        // A plain loop: collecting into `Result<Vec<_>, _>` costs more code.
        let mut items = Vec::new();
        for item in js.unchecked_ref::<Array>().iter() {
            items.push(value_of(&item, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    if js.is_object() {
        let object = js.unchecked_ref::<Object>();
        let mut map = Map::new();
        for key in Object::keys(object).iter() {
            let item = Reflect::get(object, &key).unwrap_or(JsValue::NULL);
            map.insert(
                key.as_string().unwrap_or_default(),
                value_of(&item, depth + 1)?,
            );
        }
        return Ok(Value::Object(map));
    }
    if let Some(flag) = js.as_bool() {
        return Ok(Value::Bool(flag));
    }
    // What `JSON.parse` gives besides: a number or null.
    Ok(js.as_f64().map_or(Value::Null, number_of))
}

fn number_of(number: f64) -> Value {
    if number.trunc() == number && number.abs() < EXACT_INTEGERS {
        Value::from(number as i64)
    } else {
        Number::from_f64(number).map_or(Value::Null, Value::Number)
    }
}

fn invalid(reason: &str) -> InputError {
    InputError::new("", format!("not valid JSON: {reason}"))
}
