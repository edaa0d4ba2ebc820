//! What the front ends (the command line, `serve`, the double-click start
//! of `desktop`) share to report: how a command ended ([`Status`], the exit
//! code) and a message of the tool said on standard error, in the user's
//! language. The library makes the words (message ids, typed errors,
//! findings); this says them, once, where the front end decides.

use std::io::Write;
use std::path::Path;

use tirkeme::diagnostics::{self, Format, Stream};
use tirkeme::locale::{Id, UiLang, id, tr};

/// How a command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Done (warnings allowed).
    Ok,
    /// Invalid input or a failed render.
    Invalid,
    /// Usage or I/O error.
    Io,
}

impl Status {
    /// The process exit code.
    pub(crate) fn code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Invalid => 1,
            Status::Io => 2,
        }
    }
}

/// Prints a message of the tool to standard error, with any control
/// character from a path or the input shown, not obeyed. A closed or full
/// standard error is no reason to stop.
pub(crate) fn say(ui: UiLang, id: Id<'_>, args: &[(&str, &str)]) {
    let text = tirkeme::diagnostics::visible(&tr(ui, id, args));
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Says a message the library made (an error's words) on standard error.
pub(crate) fn say_msg(ui: UiLang, msg: &tirkeme::locale::Msg) {
    let text = tirkeme::diagnostics::visible(&msg.text(ui));
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Typst's own errors or warnings, printed like findings.
pub(crate) fn template_findings(ui: UiLang, found: &[tirkeme::engine::TemplateFinding]) {
    if !found.is_empty() {
        let _ = diagnostics::print_template(Stream::Stderr, found, Format::Human, ui);
    }
}

/// Says an I/O problem (`io-read`, `io-write`) with its path and what the
/// system answered, in the user's words; gives the status to end with.
pub(crate) fn io_error(ui: UiLang, id: Id<'_>, path: &Path, e: std::io::Error) -> Status {
    say(
        ui,
        id,
        &[
            ("path", &path.display().to_string()),
            ("detail", &os_error(ui, &e)),
        ],
    );
    Status::Io
}

/// What the system answered, in the user's language, from the error's kind
/// (never the system's own English).
pub(crate) fn os_error(ui: UiLang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // Windows: the file is open in another program (Word, Acrobat).
    if cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33)) {
        return tr(ui, id::OS_IN_USE, &[]);
    }
    let id = match e.kind() {
        K::NotFound => id::OS_NOT_FOUND,
        K::PermissionDenied => id::OS_PERMISSION,
        K::AlreadyExists => id::OS_EXISTS,
        K::IsADirectory => id::OS_IS_FOLDER,
        K::NotADirectory => id::OS_NOT_FOLDER,
        K::StorageFull | K::QuotaExceeded => id::OS_DISK_FULL,
        K::ReadOnlyFilesystem => id::OS_READ_ONLY,
        K::FileTooLarge => id::OS_TOO_LARGE,
        K::ResourceBusy => id::OS_IN_USE,
        K::InvalidFilename => id::OS_BAD_NAME,
        K::InvalidData | K::UnexpectedEof => id::OS_BAD_DATA,
        K::OutOfMemory => id::OS_MEMORY,
        K::BrokenPipe => id::OS_PIPE,
        K::TimedOut | K::Interrupted => id::OS_INTERRUPTED,
        _ => {
            let code = e
                .raw_os_error()
                .map_or_else(|| "?".to_owned(), |c| c.to_string());
            return tr(ui, id::OS_OTHER, &[("code", &code)]);
        }
    };
    tr(ui, id, &[])
}
