//! Typed values written as YAML in the style of the examples, for the
//! inputs tirkeme makes itself (`package`'s applications): block mappings
//! in the order of the type's fields, text double-quoted (a JSON string is
//! a valid YAML double-quoted scalar, so any text reads back as written),
//! numbers and booleans bare, and the values a type marks [`Plain`] (ids,
//! dates) bare.

use serde::Serialize;
use serde::ser::{self, Impossible};

/// A value written bare: an id (`application`, `course`), a language code
/// or a date (`2025-11-03`). Text a person wrote is never `Plain`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plain<T>(pub T);

const PLAIN: &str = "tirkeme::to_yaml::Plain";

impl<T: Serialize> Serialize for Plain<T> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(PLAIN, &self.0)
    }
}

/// Why a value could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Error(String);

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// The YAML of a value that serializes as a mapping (a struct).
pub fn to_string<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    match value.serialize(Tree)? {
        Node::Map(entries) => write_map(&entries, 0, &mut out),
        _ => return Err(Error("only a mapping can be a document".into())),
    }
    Ok(out)
}

/// A value as the writer sees it.
enum Node {
    /// A scalar as written, quoted or not.
    Scalar(String),
    /// Absent (`None`): its key is left out.
    Absent,
    /// A mapping, keys in order.
    Map(Vec<(String, Node)>),
    /// A sequence.
    Seq(Vec<Node>),
}

fn write_map(entries: &[(String, Node)], indent: usize, out: &mut String) {
    for (key, value) in entries {
        match value {
            Node::Absent => {}
            Node::Scalar(s) => out.push_str(&format!("{:indent$}{key}: {s}\n", "")),
            Node::Map(m) if m.iter().all(|(_, v)| matches!(v, Node::Absent)) => {
                out.push_str(&format!("{:indent$}{key}: {{}}\n", ""))
            }
            Node::Map(m) => {
                out.push_str(&format!("{:indent$}{key}:\n", ""));
                write_map(m, indent + 2, out);
            }
            Node::Seq(items) if items.is_empty() => {
                out.push_str(&format!("{:indent$}{key}: []\n", ""))
            }
            Node::Seq(items) => {
                out.push_str(&format!("{:indent$}{key}:\n", ""));
                write_seq(items, indent + 2, out);
            }
        }
    }
}

fn write_seq(items: &[Node], indent: usize, out: &mut String) {
    for item in items {
        match item {
            Node::Scalar(s) => out.push_str(&format!("{:indent$}- {s}\n", "")),
            Node::Absent => out.push_str(&format!("{:indent$}- null\n", "")),
            Node::Map(m) => {
                // `- key: value` with the other keys under the first.
                let mut inner = String::new();
                write_map(m, indent + 2, &mut inner);
                let inner = inner.get(indent + 2..).unwrap_or("{}\n");
                out.push_str(&format!("{:indent$}- {inner}", ""));
            }
            Node::Seq(s) => {
                out.push_str(&format!("{:indent$}-\n", ""));
                write_seq(s, indent + 2, out);
            }
        }
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Serializes a value into a [`Node`].
struct Tree;

/// Serializes the inner value of a [`Plain`]: strings bare.
struct Bare;

macro_rules! scalars {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, v: $t) -> Result<Node, Error> {
            Ok(Node::Scalar(v.to_string()))
        })*
    };
}

impl ser::Serializer for Tree {
    type Ok = Node;
    type Error = Error;
    type SerializeSeq = SeqNode;
    type SerializeTuple = SeqNode;
    type SerializeTupleStruct = SeqNode;
    type SerializeTupleVariant = Impossible<Node, Error>;
    type SerializeMap = MapNode;
    type SerializeStruct = MapNode;
    type SerializeStructVariant = Impossible<Node, Error>;

    scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64);

    fn serialize_char(self, v: char) -> Result<Node, Error> {
        Ok(Node::Scalar(quoted(&v.to_string())))
    }
    fn serialize_str(self, v: &str) -> Result<Node, Error> {
        Ok(Node::Scalar(quoted(v)))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Node, Error> {
        Err(Error("bytes cannot be written as YAML".into()))
    }
    fn serialize_none(self) -> Result<Node, Error> {
        Ok(Node::Absent)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Node, Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, Error> {
        Ok(Node::Scalar("null".into()))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Node, Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Node, Error> {
        Ok(Node::Scalar(variant.to_owned()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<Node, Error> {
        if name == PLAIN {
            v.serialize(Bare)
        } else {
            v.serialize(self)
        }
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<Node, Error> {
        Ok(Node::Map(vec![(variant.to_owned(), v.serialize(Tree)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqNode, Error> {
        Ok(SeqNode(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqNode, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqNode, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("tuple variants cannot be written as YAML".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<MapNode, Error> {
        Ok(MapNode::default())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<MapNode, Error> {
        Ok(MapNode::default())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("struct variants cannot be written as YAML".into()))
    }
}

/// A sequence being built.
struct SeqNode(Vec<Node>);

impl ser::SerializeSeq for SeqNode {
    type Ok = Node;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.0.push(v.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Result<Node, Error> {
        Ok(Node::Seq(self.0))
    }
}

impl ser::SerializeTuple for SeqNode {
    type Ok = Node;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<Node, Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for SeqNode {
    type Ok = Node;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<Node, Error> {
        ser::SerializeSeq::end(self)
    }
}

/// A mapping being built: its keys must be strings.
#[derive(Default)]
struct MapNode {
    entries: Vec<(String, Node)>,
    key: Option<String>,
}

impl ser::SerializeMap for MapNode {
    type Ok = Node;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        match k.serialize(Bare)? {
            Node::Scalar(s) => self.key = Some(s),
            _ => return Err(Error("a key must be a string".into())),
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        let key = self.key.take().unwrap_or_default();
        self.entries.push((key, v.serialize(Tree)?));
        Ok(())
    }
    fn end(self) -> Result<Node, Error> {
        Ok(Node::Map(self.entries))
    }
}

impl ser::SerializeStruct for MapNode {
    type Ok = Node;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.entries.push((key.to_owned(), v.serialize(Tree)?));
        Ok(())
    }
    fn end(self) -> Result<Node, Error> {
        Ok(Node::Map(self.entries))
    }
}

impl ser::Serializer for Bare {
    type Ok = Node;
    type Error = Error;
    type SerializeSeq = Impossible<Node, Error>;
    type SerializeTuple = Impossible<Node, Error>;
    type SerializeTupleStruct = Impossible<Node, Error>;
    type SerializeTupleVariant = Impossible<Node, Error>;
    type SerializeMap = Impossible<Node, Error>;
    type SerializeStruct = Impossible<Node, Error>;
    type SerializeStructVariant = Impossible<Node, Error>;

    scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char);

    fn serialize_str(self, v: &str) -> Result<Node, Error> {
        // Bare only what reads back as the same string; anything else quoted.
        let safe = !v.is_empty()
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !matches!(v, "null" | "true" | "false" | "~");
        Ok(Node::Scalar(if safe { v.to_owned() } else { quoted(v) }))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Node, Error> {
        Err(Error("bytes cannot be written as YAML".into()))
    }
    fn serialize_none(self) -> Result<Node, Error> {
        Ok(Node::Absent)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Node, Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, Error> {
        Ok(Node::Scalar("null".into()))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Node, Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Node, Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Node, Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Node, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("only a scalar can be plain".into()))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Person {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        position: Option<String>,
    }

    #[derive(Serialize)]
    struct Doc {
        form: Plain<&'static str>,
        start: Option<Plain<chrono::NaiveDate>>,
        end: Option<Plain<chrono::NaiveDate>>,
        hours: Option<i64>,
        who: Person,
        kind: Plain<&'static str>,
        notes: Vec<String>,
        flag: bool,
    }

    #[test]
    fn text_is_quoted_plain_values_bare_and_absent_keys_left_out() {
        let doc = Doc {
            form: Plain("application"),
            start: chrono::NaiveDate::from_ymd_opt(2025, 11, 3).map(Plain),
            end: None,
            hours: Some(72),
            who: Person {
                name: "Асанов \"Бакыт\": 1".into(),
                position: None,
            },
            kind: Plain("null"),
            notes: vec!["a".into(), "true".into()],
            flag: true,
        };
        assert_eq!(
            to_string(&doc).unwrap(),
            "form: application\nstart: 2025-11-03\nhours: 72\nwho:\n  name: \"Асанов \\\"Бакыт\\\": 1\"\nkind: \"null\"\nnotes:\n  - \"a\"\n  - \"true\"\nflag: true\n"
        );
    }
}
