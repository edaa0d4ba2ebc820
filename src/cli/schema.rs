//! `tirkeme schema`: the JSON Schema of a form's YAML for editors, one form
//! on standard output or every document's into a folder.

use std::path::Path;
use tirkeme::locale::id;

use tirkeme::locale::UiLang;
use tirkeme::schema::{documents, form_schema};

use super::{Cx, Error, Result, Status, output_dir, store, write_stdout};

/// The schema's file name for a document: `application.schema.json`.
pub(crate) fn file_name(id: &str) -> String {
    format!("{id}.schema.json")
}

/// Writes the schema of `id` into `dir` (created if missing).
pub(crate) fn write_into(cx: &Cx, dir: &Path, id: &str, lang: UiLang) -> Result<()> {
    output_dir(dir)?;
    match form_schema(id, lang) {
        Some(s) => store(cx, &dir.join(file_name(id)), &pretty(&s)),
        // Not reached: `id` comes from the registry.
        None => Err(Error::Said(Status::Io)),
    }
}

/// The path of `dir/file` as the `$schema=` line of a YAML file written to
/// `yaml` needs it: editors resolve it from the YAML file's folder. Without a
/// file (standard output) the folder is taken as given. `/` works on
/// Windows too.
pub(crate) fn seen_from(yaml: Option<&Path>, dir: &Path, file: &str) -> String {
    let relative = yaml.and_then(|y| {
        let parent = y.parent().filter(|p| !p.as_os_str().is_empty());
        let base = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
        let dir = dir.canonicalize().ok()?;
        Some(match dir.strip_prefix(&base) {
            Ok(rel) => rel.join(file),
            Err(_) => dir.join(file),
        })
    });
    relative
        .unwrap_or_else(|| dir.join(file))
        .display()
        .to_string()
        .replace('\\', "/")
}

fn pretty(v: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(v).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// `tirkeme schema FORM` (standard output, or `-o FILE`) and
/// `tirkeme schema --all -o DIR`.
pub(crate) fn schema(cx: &Cx, args: &super::args::SchemaArgs) -> Result<()> {
    let (form, all, output) = (args.form.as_deref(), args.all, args.output.as_deref());
    let lang = args.lang(cx.ui);
    if all {
        // clap requires `-o` with `--all`.
        let Some(dir) = output else {
            return Err(Error::Said(Status::Io));
        };
        for (id, _) in documents() {
            write_into(cx, dir, id, lang)?;
        }
        cx.say(
            id::SCHEMA_WRITTEN,
            &[
                ("count", &documents().len().to_string()),
                ("dir", &dir.display().to_string()),
            ],
        );
        return Ok(());
    }
    let form = form.unwrap_or_default();
    let Some(s) = form_schema(form, lang) else {
        let ids: Vec<&str> = documents().iter().map(|(id, _)| *id).collect();
        return Err(super::unknown_form(form, &ids));
    };
    match output {
        Some(path) => store(cx, path, &pretty(&s)),
        None => write_stdout(&pretty(&s)),
    }
}
