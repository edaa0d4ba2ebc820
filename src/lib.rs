//! tirkeme: YAML data to the official professional-development forms of
//! Talas State University, checked against the regulation, as PDF.
//!
//! The stages, one module each: [`yaml`] (text → nodes with positions),
//! [`input`] (nodes → typed values, schema findings), [`forms`] (the forms'
//! models, their rules and template data), `rules` (the regulation),
//! [`engine`] (Typst), [`pipeline`] (strings them together).
//!
//! # The public surface
//!
//! What the `tirkeme` binary (the command line and `serve`), the benches and
//! the test suite use, and nothing else; every other item is `pub(crate)`:
//! - [`pipeline`]: the entry points: [`pipeline::check`] (bytes → a
//!   [`pipeline::Checked`]: the document or roster with its findings),
//!   [`pipeline::render`] and [`pipeline::render_draft`] (→ PDF) with
//!   [`pipeline::RenderOptions`], [`pipeline::decode`],
//!   [`pipeline::source_date_epoch`];
//! - [`forms`]: the handle of a checked document, [`forms::Document`], its
//!   form [`forms::FormId`] (id, appendix, built-in examples) and the
//!   [`forms::Form`] trait that names a form's typed model
//!   ([`forms::Document::model`]), with the models that programs read
//!   (annual and perspective plans, application);
//! - [`finding`] ([`finding::Finding`], [`finding::Severity`], the rules'
//!   ids) and [`diagnostics`] (findings printed as text or JSON lines);
//! - [`locale`]: the languages of the forms ([`locale::Lang`]) and of the
//!   tool ([`locale::UiLang`]) and the tool's messages;
//! - [`output`]: writing files atomically and never over a file tirkeme did
//!   not make; [`attachment`]: the YAML source embedded in a PDF;
//! - [`package`]: the application each row of an annual plan implies, for
//!   a plan's package;
//! - [`roster`]: the department's list of teachers, its import from a
//!   spreadsheet, the teachers' standing, and the plans drafted from it;
//! - [`schema`] and [`fields`]: the JSON Schema of each form and the
//!   description of the fields it is generated from;
//! - [`year`]: a department's folder read whole — the annual plans'
//!   execution and what still waits for a decision or a deadline;
//! - [`engine`] (a render with Typst's findings), [`yaml`] (the parser's
//!   nodes, limits and writer) and [`input`] (the reader's limits and
//!   positions), as far as the above need them.

pub mod attachment;
pub mod capped;
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
pub mod package;
mod pages;
pub mod pipeline;
pub mod present;
pub mod roster;
mod rules;
pub mod schema;
mod syntax;
pub mod yaml;
pub mod year;
