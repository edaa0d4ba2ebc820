//! `tirkeme new`: a commented example of a form to fill in.

use std::io::IsTerminal;

use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, Msg, id, tr};

use super::args::NewArgs;
use super::{Cx, Error, Result, Status, store, write_stdout};

/// An unknown form is named with the forms there are and, when one is
/// close, the one meant (`aplication` → `application`).
pub(crate) fn unknown_form(found: &str, forms: &[&str]) -> Error {
    let list = forms.join(", ");
    let msg = match tirkeme::input::nearest(found, forms) {
        Some(hint) => Msg::new(id::UNKNOWN_FORM_HINT)
            .arg("found", found)
            .arg("forms", &list)
            .arg("hint", hint),
        None => Msg::new(id::UNKNOWN_FORM)
            .arg("found", found)
            .arg("forms", &list),
    };
    Error::Msg(msg, Status::Io)
}

/// `tirkeme new`: the example on standard output, or into a new file; with
/// a schema folder, the form's schema written there and the example's first
/// line pointing to it.
pub(crate) fn new(cx: &Cx, args: &NewArgs) -> Result<()> {
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let (output, schema_dir) = (args.output.as_deref(), args.schema_dir.as_deref());
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return Err(unknown_form(form, &forms));
    };
    let name = output.map_or_else(|| format!("{}.yaml", id.id()), |p| p.display().to_string());
    let mut text = String::new();
    if let Some(dir) = schema_dir {
        super::schema::write_into(cx, dir, id.id(), lang.into())?;
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
                return Err(Error::at(id::IO_EXISTS, path));
            }
            store(cx, path, text.as_bytes())?;
            cx.say(id::NEW_WRITTEN, &[("path", &name)]);
        }
        None => {
            write_stdout(text.as_bytes())?;
            if std::io::stdout().is_terminal() {
                cx.say(id::NEW_SAVE, &[("form", id.id())]);
            }
        }
    }
    Ok(())
}
