//! `tirkeme extract`: the attached YAML back out of a PDF, byte for byte.

use std::path::{Path, PathBuf};
use tirkeme::locale::{Msg, id};

use tirkeme::attachment::{MAX_PDF_BYTES, embedded_source};
use tirkeme::output::same_file;

use super::{Cx, Error, Result, Status, store, write_stdout};

/// `tirkeme extract FILE.pdf [-o OUT.yaml]` (`-o -` or none: standard output).
pub(crate) fn extract(cx: &Cx, file: &Path, output: Option<PathBuf>) -> Result<()> {
    let path = file.display().to_string();
    // At most one byte over the cap is read: a huge or endless file is
    // refused without filling memory.
    let pdf = std::fs::File::open(file)
        .and_then(|f| tirkeme::capped::read(f, MAX_PDF_BYTES))
        .map_err(|e| Error::io(id::IO_READ, file, e))?;
    if pdf.len() > MAX_PDF_BYTES {
        let max = (MAX_PDF_BYTES / 1024 / 1024).to_string();
        return Err(Error::Msg(
            Msg::new(id::EXTRACT_PDF_TOO_LARGE)
                .arg("path", &path)
                .arg("max", max),
            Status::Invalid,
        ));
    }
    let source = embedded_source(&pdf).map_err(|e| Error::Msg(e.msg(&path), Status::Invalid))?;
    match output {
        Some(out) if out.as_os_str() != "-" => {
            if same_file(file, &out) {
                return Err(Error::at(id::IO_SAME_FILE, &out));
            }
            store(cx, &out, &source)?;
            cx.say(id::EXTRACTED, &[("path", &out.display().to_string())]);
            Ok(())
        }
        _ => write_stdout(&source),
    }
}
