//! The test suite, one binary (ripgrep's and mdBook's layout): each module
//! is one concern, `common` runs the binary as a user does. Fixtures are
//! files under `tests/fixtures/`, reference pages under `tests/ref/`,
//! snapshots under `tests/snapshots/`.
//!
//! `cargo test --test suite MODULE::` runs one module.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code, unreachable_pub)]

mod common;

mod archive;
mod batch;
mod browser;
mod department;
mod deploy;
mod docs;
mod forms;
mod fuzz;
mod import;
mod layout;
mod locales;
mod messages;
mod names;
mod robust;
mod roster;
mod rules;
mod schema;
mod serve;
mod snapshots;
mod template;
mod visual;
mod windows;
mod year;
