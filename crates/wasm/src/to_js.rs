//! The API's results as plain JS values, the JSON shapes of INTERFACES.md: objects for structs,
//! arrays for lists, `null` for `None`, numbers, strings and booleans. A serde `Serializer` for
//! just those kinds, far smaller than a general one; maps, tuples and enum variants that carry
//! data are refused (the API sends none).

use std::fmt;

use js_sys::{Array, Object};
use serde::ser::{self, Impossible, Serialize};
use wasm_bindgen::prelude::*;

/// `value` as a plain JS value, or `null` when it holds a kind the API never sends.
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    value.serialize(JsSerializer).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen]
extern "C" {
    /// A plain JS object being filled in.
    type PlainObject;

    /// `object[key] = value`.
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &PlainObject, key: &str, value: JsValue);
}

/// A value of a kind `to_js` does not convert.
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a plain JSON value")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Converted = Result<JsValue, Unsupported>;

/// Serializes into JS values (see the module comment).
#[derive(Clone, Copy)]
struct JsSerializer;

/// Numbers become JS numbers (every number the API sends is well below 2^53).
macro_rules! numbers {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method(self, v: $ty) -> Converted {
            Ok(JsValue::from_f64(v as f64))
        }
    )*};
}

impl ser::Serializer for JsSerializer {
    type Ok = JsValue;
    type Error = Unsupported;
    type SerializeSeq = ArrayBuilder;
    type SerializeTuple = Impossible<JsValue, Unsupported>;
    type SerializeTupleStruct = Impossible<JsValue, Unsupported>;
    type SerializeTupleVariant = Impossible<JsValue, Unsupported>;
    type SerializeMap = Impossible<JsValue, Unsupported>;
    type SerializeStruct = ObjectBuilder;
    type SerializeStructVariant = Impossible<JsValue, Unsupported>;

    numbers!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
    );

    fn serialize_bool(self, v: bool) -> Converted {
        Ok(JsValue::from_bool(v))
    }

    fn serialize_char(self, v: char) -> Converted {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Converted {
        Ok(JsValue::from_str(v))
    }

    fn serialize_bytes(self, _: &[u8]) -> Converted {
        Err(Unsupported)
    }

    fn serialize_none(self) -> Converted {
        Ok(JsValue::NULL)
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Converted {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Converted {
        Ok(JsValue::NULL)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Converted {
        Ok(JsValue::NULL)
    }

    /// A fieldless enum variant is its name: `"warning"`.
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Converted {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Converted {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Converted {
        Err(Unsupported)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<ArrayBuilder, Unsupported> {
        Ok(ArrayBuilder(Array::new()))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ObjectBuilder, Unsupported> {
        Ok(ObjectBuilder(Object::new().unchecked_into()))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

/// A JS array filled item by item.
struct ArrayBuilder(Array);

impl ser::SerializeSeq for ArrayBuilder {
    type Ok = JsValue;
    type Error = Unsupported;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.0.push(&value.serialize(JsSerializer)?);
        Ok(())
    }

    fn end(self) -> Converted {
        Ok(self.0.into())
    }
}

/// A JS object filled field by field.
struct ObjectBuilder(PlainObject);

impl ser::SerializeStruct for ObjectBuilder {
    type Ok = JsValue;
    type Error = Unsupported;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.0.set(key, value.serialize(JsSerializer)?);
        Ok(())
    }

    fn end(self) -> Converted {
        Ok(self.0.into())
    }
}
