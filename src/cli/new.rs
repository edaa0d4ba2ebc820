//! `tirkeme new`: a commented example of a form to fill in.

use std::io::IsTerminal;

use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, id, tr};

use super::args::NewArgs;
use super::{Cx, Status, store, write_stdout};

/// An unknown form is named with the forms there are and, when one is
/// close, the one meant (`aplication` → `application`).
pub(crate) fn unknown_form(cx: &Cx, found: &str, forms: &[&str]) -> Status {
    let list = forms.join(", ");
    match tirkeme::input::nearest(found, forms) {
        Some(hint) => cx.say(
            id::UNKNOWN_FORM_HINT,
            &[("found", found), ("forms", &list), ("hint", hint)],
        ),
        None => cx.say(id::UNKNOWN_FORM, &[("found", found), ("forms", &list)]),
    }
    Status::Io
}

/// `tirkeme new`: the example on standard output, or into a new file; with
/// a schema folder, the form's schema written there and the example's first
/// line pointing to it.
pub(crate) fn new(cx: &Cx, args: &NewArgs) -> Status {
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let (output, schema_dir) = (args.output.as_deref(), args.schema_dir.as_deref());
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return unknown_form(cx, form, &forms);
    };
    let name = output.map_or_else(|| format!("{}.yaml", id.id()), |p| p.display().to_string());
    let mut text = String::new();
    if let Some(dir) = schema_dir {
        let s = super::schema::write_into(cx, dir, id.id(), lang.into());
        if s != Status::Ok {
            return s;
        }
        let path = super::schema::seen_from(output, dir, &super::schema::file_name(id.id()));
        text.push_str(&format!("# yaml-language-server: $schema={path}\n"));
    }
    text.push_str(&format!(
        "# {}\n{}",
        tr(lang, id::NEW_HINT, &[("file", &name)]),
        id.example(lang)
    ));
    match output {
        Some(path) => {
            if path.exists() {
                cx.say(id::IO_EXISTS, &[("path", &name)]);
                return Status::Io;
            }
            if store(cx, path, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            cx.say(id::NEW_WRITTEN, &[("path", &name)]);
        }
        None => {
            if write_stdout(cx, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            if std::io::stdout().is_terminal() {
                cx.say(id::NEW_SAVE, &[("form", id.id())]);
            }
        }
    }
    Status::Ok
}
