//! Jobs at build time:
//! - links the `tirkeme` binary as a position-dependent executable: a 50 MB
//!   binary full of Typst's static tables otherwise spends milliseconds of
//!   every start in the dynamic loader, relocating pointers (see README, Speed);
//! - lists every `locales/<lang>/*.ftl` file so that the words are built into
//!   the binary without a hand-kept list (a new topic file is picked up by
//!   itself), which file holds each message id, and a constant for each id
//!   (`locale::id::META_SUBJECT`), so that a wrong id fails to compile;
//! - names the commit in the version (`tirkeme --version`), see [`version`].

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rustc-env=TIRKEME_VERSION={}", version());
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    // The package being built, read when the script runs: `env!` would be
    // the folder the script itself was compiled in, and a copied target/
    // (another checkout of the repository) would then build that folder's
    // words into the binary.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&manifest).join("locales");
    let mut files = Vec::new();
    // `locales/<lang>/*.ftl`, and a form's own words in
    // `locales/<lang>/forms/<id>.ftl` (named `forms/<id>.ftl`), each file
    // parsed only when one of its messages is asked for.
    for lang in ["ky", "ru", "en"] {
        for sub in ["", "forms"] {
            let dir = root.join(lang).join(sub);
            println!("cargo:rerun-if-changed={}", dir.display());
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().and_then(|x| x.to_str()) == Some("ftl") {
                    println!("cargo:rerun-if-changed={}", p.display());
                    let file = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                    let name = if sub.is_empty() {
                        file.to_owned()
                    } else {
                        format!("{sub}/{file}")
                    };
                    files.push((lang, name, p));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// Every built-in `.ftl` file: language, file name, text.\n");
    out.push_str("pub(crate) const SOURCES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in &files {
        let _ = writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    // Which file holds each message: a document then parses only the files
    // of the words it prints, not all of a language's files (the locale
    // test checks this list against Fluent's own reading of the files).
    let mut ids = Vec::new();
    for (k, (lang, _, path)) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let message = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if message {
                ids.push((*lang, id.to_owned(), k));
            }
        }
    }
    ids.sort();
    out.push_str("/// Every message: language, id, the index of its file in `SOURCES`; sorted.\n");
    out.push_str("pub(crate) const IDS: &[(&str, &str, usize)] = &[\n");
    for (lang, id, k) in &ids {
        let _ = writeln!(out, "    ({lang:?}, {id:?}, {k}),");
    }
    out.push_str("];\n");
    // A constant for every message id, so that a misspelt id fails to
    // compile instead of printing itself on a form.
    let mut names: Vec<&str> = ids.iter().map(|(_, id, _)| id.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    out.push_str("/// Every message id of the locale files, as a constant: `id::META_SUBJECT`\n");
    out.push_str("/// is `meta-subject`. Made by `build.rs` from the files.\n");
    out.push_str("pub mod id {\n    use super::Id;\n");
    for id in names {
        let name: String = id
            .chars()
            .map(|c| {
                if c == '-' {
                    '_'
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "    /// `{id}`\n    pub const {name}: Id<'static> = Id({id:?});"
        );
    }
    out.push_str("}\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// The version `tirkeme --version` prints: `0.1.0 (abc1234 2026-12-06)`, the
/// package's version with the commit it was built from and that commit's
/// date (not the build's: two builds of one commit say the same). Built
/// from a source archive, with no repository of its own, it is just `0.1.0`.
fn version() -> String {
    let package = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&manifest)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_owned())
    };
    // Only the package's own repository names its commit: a source archive
    // unpacked inside some other repository must not take that one's.
    let top = git(&["rev-parse", "--show-toplevel"]).map(std::path::PathBuf::from);
    let ours = top
        .and_then(|t| t.canonicalize().ok())
        .is_some_and(|t| Path::new(&manifest).canonicalize().ok() == Some(t));
    if !ours {
        return package;
    }
    // Run again when HEAD moves (a commit, a checkout, a merge: each one
    // writes HEAD's log), and only on files that exist: a missing one would
    // run this script, and rebuild the crate, on every build.
    for name in ["HEAD", "logs/HEAD"] {
        if let Some(path) = git(&["rev-parse", "--git-path", name]) {
            let path = Path::new(&manifest).join(path);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    match git(&["log", "-1", "--format=%h %cs"]) {
        Some(commit) if !commit.is_empty() => format!("{package} ({commit})"),
        _ => package,
    }
}
