//! tirkeme: YAML data to the official professional-development forms of
//! Talas State University, checked against the regulation, as PDF.
//!
//! The stages, one module each: [`yaml`] (text → nodes with positions),
//! [`input`] (nodes → typed values, schema findings), [`forms`] (the six
//! models, their rules and template data), `rules` (the regulation),
//! [`engine`] (Typst), [`pipeline`] (strings them together).

pub mod attachment;
mod choices;
mod country;
pub mod diagnostics;
pub mod engine;
mod examples;
pub mod fields;
pub mod finding;
pub mod forms;
mod hyphenate;
pub mod input;
pub mod locale;
mod lookalike;
mod names;
pub mod output;
pub mod pipeline;
pub mod roster;
mod rules;
pub mod schema;
mod syntax;
pub mod yaml;
