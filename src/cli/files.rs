//! The command line's files: inputs found in files and folders (Notepad's
//! `.yaml.txt` named), read with a size limit and checked with their
//! findings printed, outputs written atomically and never over a file
//! tirkeme did not make unless `--force`, standard output, the output
//! folder, and the temporary files removed on Ctrl+C.

use std::io::Write;
use std::path::{Path, PathBuf};

use tirkeme::diagnostics::{self, Format, Stream};
use tirkeme::locale::{Id, Lang, Msg, id};
use tirkeme::output::{is_yaml, write_atomic};
use tirkeme::pipeline::{self, Checked};

use super::error::{Error, Result};
use super::{Cx, Status, os_error};

/// On SIGINT or SIGTERM (Ctrl+C, a killed batch), removes the temporary
/// files being written and exits 130 or 143, as shells expect. On Windows
/// the same on Ctrl+C or a closed console window (`desktop`).
pub(crate) fn remove_temp_files_on_signal() {
    #[cfg(windows)]
    crate::desktop::remove_temp_files_on_close();
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    tirkeme::output::remove_temp_files();
                    std::process::exit(128 + signal);
                }
            });
        }
    }
}

/// Writes bytes to standard output; a full disk is exit 2 with a message,
/// a closed pipe exit 2 quietly (the reader has gone, like `head`).
pub(crate) fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| Error::stdout(&e))
}

/// Reads an input file, or gives why not. At most one byte more than the
/// size limit is read: enough for the check to refuse a huge file.
pub(crate) fn read_input(path: &Path) -> Result<Vec<u8>> {
    if missing_with_twin(path) {
        return Err(not_found(path));
    }
    read_bytes(path).map_err(|e| Error::io(id::IO_READ, path, e))
}

/// Whether `path` is missing where its folder exists (then [`not_found`]
/// says whether Notepad's `.txt` twin is there).
fn missing_with_twin(path: &Path) -> bool {
    !path.exists() && path.parent().is_none_or(Path::exists)
}

/// An input's bytes (at most one over the limit), or why they cannot be read.
fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    if path.is_dir() {
        return Err(std::io::ErrorKind::IsADirectory.into());
    }
    tirkeme::capped::read(std::fs::File::open(path)?, tirkeme::yaml::MAX_INPUT_BYTES)
}

/// Checks an input file and prints its findings. An unreadable file is an
/// error (under `--format json` also written as a JSON line with rule
/// `io`); findings that cannot be written are an I/O error, never dropped
/// silently.
pub(crate) fn check_file(
    cx: &Cx,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
) -> Result<Checked> {
    check_file_on(cx, path, lang, format, Stream::Stderr)
}

/// [`check_file`] with the human findings printed to `stream`.
pub(crate) fn check_file_on(
    cx: &Cx,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
    stream: Stream,
) -> Result<Checked> {
    let name = path.display().to_string();
    let bytes = match read_input(path) {
        Ok(b) => b,
        Err(e) => {
            if format == Format::Json {
                let detail = match &e {
                    Error::Io { source, .. } => os_error(cx.ui, source),
                    _ => os_error(cx.ui, &std::io::ErrorKind::NotFound.into()),
                };
                let line = diagnostics::io_json_line(&name, id::IO_READ, &detail, cx.ui);
                if let Err(w) = write_stdout(format!("{line}\n").as_bytes()) {
                    cx.report(e);
                    return Err(w);
                }
            }
            return Err(e);
        }
    };
    let checked = pipeline::check(&name, bytes, lang);
    diagnostics::print_on(
        stream,
        &name,
        &checked.text,
        &checked.findings,
        format,
        cx.ui,
    )
    .map_err(|e| Error::stdout(&e))?;
    Ok(checked)
}

/// Writes a file into place, atomically, or gives why not. A file that is
/// there already is replaced only when nothing is lost (see
/// [`tirkeme::output::may_replace`]) or with `--force`.
pub(crate) fn store(cx: &Cx, out: &Path, bytes: &[u8]) -> Result<()> {
    if std::fs::metadata(out).is_ok_and(|m| !m.is_file()) {
        return Err(Error::at(id::IO_NOT_REGULAR, out));
    }
    if !cx.force && !tirkeme::output::may_replace(out, bytes) {
        return Err(Error::at(id::IO_EXISTS_FORCE, out));
    }
    write_atomic(out, bytes).map_err(|e| Error::io(id::IO_WRITE, out, e))
}

/// `арыз.yaml.txt`, `арыз.yml.txt`: a YAML file Notepad saved with `.txt`;
/// gives the name it should have.
pub(crate) fn yaml_txt(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let lower = name.to_lowercase();
    (lower.ends_with(".yaml.txt") || lower.ends_with(".yml.txt"))
        .then(|| path.with_file_name(&name[..name.len() - 4]))
}

/// Collects `*.yaml` / `*.yml` files (any case) from files and folders,
/// recursively, sorted. A folder's `*.yaml.txt` files are named with how to
/// rename them; a `.yaml.txt` named on the command line is read, with a
/// note. What cannot be read (a missing input, a locked folder) and what is
/// not a regular file inside a folder (a FIFO, a device: opening one could
/// block forever) is reported and skipped; the status says whether anything
/// was (SPEC 4: go on, exit 2 at the end). When no file at all is found,
/// says so.
pub(crate) fn collect(cx: &Cx, inputs: &[PathBuf], format: Format) -> (Vec<PathBuf>, Status) {
    let (mut files, status) = collect_files(cx, inputs, format);
    if files.is_empty() {
        // Unless what was given was already reported as missing or unreadable.
        if status == Status::Ok {
            let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
            cx.say(id::INPUTS_NONE, &[("paths", &names.join(", "))]);
        }
        return (files, Status::Io);
    }
    for f in &files {
        if let Some(fixed) = yaml_txt(f) {
            cx.say(
                id::YAML_TXT_READ,
                &[
                    ("path", &f.display().to_string()),
                    ("fixed", &fixed.display().to_string()),
                ],
            );
        }
    }
    files.sort();
    files.dedup();
    (files, status)
}

fn collect_files(cx: &Cx, inputs: &[PathBuf], format: Format) -> (Vec<PathBuf>, Status) {
    let mut files = Vec::new();
    let mut status = Status::Ok;
    // `id` is the message, `None` for an input that does not exist (its
    // own message, with the nearest names).
    let mut problem = |path: &Path, id: Option<Id<'static>>, e: Option<std::io::Error>| {
        status = Status::Io;
        let detail = e.map(|e| super::os_error(cx.ui, &e)).unwrap_or_default();
        if let Some(id) = id {
            cx.say(
                id,
                &[("path", &path.display().to_string()), ("detail", &detail)],
            );
        } else {
            cx.report(not_found(path));
        }
        if format == Format::Json {
            let name = path.display().to_string();
            let id = id.unwrap_or(id::IO_READ);
            let line = diagnostics::io_json_line(&name, id, &detail, cx.ui);
            let _ = write_stdout(format!("{line}\n").as_bytes());
        }
    };
    for input in inputs {
        if input.is_dir() {
            let mut stack = vec![input.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) => {
                        problem(&dir, Some(id::IO_READ), Some(e));
                        continue;
                    }
                };
                for entry in entries.flatten() {
                    let path = entry.path();
                    let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
                    if is_dir {
                        stack.push(path);
                    } else if is_yaml(&path) {
                        // `stat`, not `open`: a FIFO is seen without blocking.
                        match std::fs::metadata(&path) {
                            Ok(m) if m.is_file() => files.push(path),
                            Ok(_) => problem(&path, Some(id::IO_SKIPPED), None),
                            Err(e) => problem(&path, Some(id::IO_READ), Some(e)),
                        }
                    } else if let Some(fixed) = yaml_txt(&path) {
                        cx.say(
                            id::YAML_TXT_SKIPPED,
                            &[
                                ("path", &path.display().to_string()),
                                ("fixed", &fixed.display().to_string()),
                            ],
                        );
                    }
                }
            }
        } else if input.exists() {
            files.push(input.clone());
        } else {
            problem(input, None, Some(std::io::ErrorKind::NotFound.into()));
        }
    }
    (files, status)
}

/// Why `path` cannot be read when it does not exist: it is missing, or,
/// when `path.txt` is there, Notepad added `.txt` to its name.
pub(crate) fn not_found(path: &Path) -> Error {
    let mut twin = path.as_os_str().to_owned();
    twin.push(".txt");
    let twin = PathBuf::from(twin);
    if twin.is_file() {
        return Error::Msg(
            Msg::new(id::YAML_TXT_TWIN)
                .arg("path", path.display())
                .arg("twin", twin.display()),
            Status::Io,
        );
    }
    Error::io(id::IO_READ, path, std::io::ErrorKind::NotFound.into())
}

/// Makes sure the output folder exists and is a folder.
pub(crate) fn output_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(id::IO_WRITE, dir, e))?;
    if !dir.is_dir() {
        return Err(Error::at(id::IO_NOT_DIR, dir));
    }
    Ok(())
}
