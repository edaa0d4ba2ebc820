//! tirkeme: YAML data to the official professional-development forms of
//! Talas State University, checked against the regulation, as PDF.
//!
//! The stages, one module each: [`yaml`] (text → nodes with positions),
//! [`input`] (nodes → typed values, schema findings), [`forms`] (the six
//! models, their rules and template data), [`rules`] (the regulation),
//! [`engine`] (Typst), [`pipeline`] (strings them together).

pub mod attachment;
pub mod choices;
pub mod country;
pub mod diagnostics;
pub mod engine;
pub mod examples;
pub mod fields;
pub mod finding;
pub mod forms;
pub mod hyphenate;
pub mod input;
pub mod locale;
pub mod lookalike;
pub mod names;
pub mod output;
pub mod pipeline;
pub mod roster;
pub mod rules;
pub mod schema;
pub mod syntax;
pub mod to_yaml;
pub mod yaml;
