//! `tirkeme extract`: the attached YAML back out of a PDF, byte for byte.

use std::io::Read;
use std::path::{Path, PathBuf};
use tirkeme::locale::id;

use tirkeme::attachment::{MAX_PDF_BYTES, embedded_source};
use tirkeme::output::same_file;

use super::{Cx, Status, io_error, store, write_stdout};

/// `tirkeme extract FILE.pdf [-o OUT.yaml]` (`-o -` or none: standard output).
pub(crate) fn extract(cx: &Cx, file: &Path, output: Option<PathBuf>) -> Status {
    let path = file.display().to_string();
    // At most one byte over the cap is read: a huge or endless file is
    // refused without filling memory.
    let mut pdf = Vec::new();
    let read = std::fs::File::open(file)
        .and_then(|f| f.take(MAX_PDF_BYTES as u64 + 1).read_to_end(&mut pdf));
    if let Err(e) = read {
        return io_error(cx, id::IO_READ, file, e);
    }
    if pdf.len() > MAX_PDF_BYTES {
        let max = (MAX_PDF_BYTES / 1024 / 1024).to_string();
        cx.say(id::EXTRACT_PDF_TOO_LARGE, &[("path", &path), ("max", &max)]);
        return Status::Invalid;
    }
    let source = match embedded_source(&pdf) {
        Ok(s) => s,
        Err(e) => {
            cx.say_msg(&e.msg(&path));
            return Status::Invalid;
        }
    };
    match output {
        Some(out) if out.as_os_str() != "-" => {
            if same_file(file, &out) {
                cx.say(id::IO_SAME_FILE, &[("path", &out.display().to_string())]);
                return Status::Io;
            }
            if store(cx, &out, &source) != Status::Ok {
                return Status::Io;
            }
            cx.say(id::EXTRACTED, &[("path", &out.display().to_string())]);
            Status::Ok
        }
        _ => write_stdout(cx, &source),
    }
}
