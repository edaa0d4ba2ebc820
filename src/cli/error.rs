//! Why a command, or one input of a command over many, stopped: a value
//! made where the problem is found and said once, by [`Cx::report`], where
//! the command decides (at the end of `cli::run`, or per input by a command
//! that goes on to the next one), as ripgrep's `main` does. The words are
//! the locale files' (a message id and its arguments), never the system's
//! English.

use std::path::{Path, PathBuf};

use tirkeme::locale::{Id, Msg, id};

use super::{Cx, Status, os_error};

/// Why a command stopped.
#[derive(Debug)]
pub(crate) enum Error {
    /// The system refused to read or write `path`: said with the message
    /// `id` (`io-read`, `io-write`) and what the system answered.
    Io {
        /// The message.
        id: Id<'static>,
        /// The file or folder.
        path: PathBuf,
        /// What the system answered.
        source: std::io::Error,
    },
    /// A message of the tool, and the status the command ends with.
    Msg(Msg, Status),
    /// Nothing more to say (the findings were shown, or the reader of
    /// standard output has gone): only the status.
    Said(Status),
}

/// A command's result.
pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The system refused `path`.
    pub(crate) fn io(id: Id<'static>, path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            id,
            path: path.to_path_buf(),
            source,
        }
    }

    /// A usage or I/O problem (exit 2) said by message `id` with `path`.
    pub(crate) fn at(id: Id<'static>, path: &Path) -> Error {
        Error::Msg(Msg::new(id).arg("path", path.display()), Status::Io)
    }

    /// An input that is not rendered (exit 1), said by message `id` with `path`.
    pub(crate) fn invalid(id: Id<'static>, path: &Path) -> Error {
        Error::Msg(Msg::new(id).arg("path", path.display()), Status::Invalid)
    }

    /// Standard output could not be written: said unless the reader has
    /// gone (a closed pipe, like `head`).
    pub(crate) fn stdout(e: &std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::Said(Status::Io)
        } else {
            Error::Msg(Msg::new(id::IO_STDOUT).arg("detail", e), Status::Io)
        }
    }

    /// The status the command ends with.
    pub(crate) fn status(&self) -> Status {
        match self {
            Error::Io { .. } => Status::Io,
            Error::Msg(_, s) | Error::Said(s) => *s,
        }
    }
}

impl Cx {
    /// Says why a command (or one of its inputs) stopped, the progress bar
    /// off the screen; gives the status to end with.
    pub(crate) fn report(&self, e: Error) -> Status {
        let status = e.status();
        match e {
            Error::Io { id, path, source } => self.say(
                id,
                &[
                    ("path", &path.display().to_string()),
                    ("detail", &os_error(self.ui, &source)),
                ],
            ),
            Error::Msg(msg, _) => self.say_msg(&msg),
            Error::Said(_) => {}
        }
        status
    }
}
