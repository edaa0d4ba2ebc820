//! A double-click on `tirkeme.exe`: the forms in the browser, with nothing
//! typed. Explorer starts a console program in a new console window and
//! closes that window when the program ends; a secretary who double-clicks
//! the file must not see a flash of help text and nothing else.
//!
//! The decision (see [`is_double_click`]): tirkeme was given no arguments
//! AND its console window is its own, i.e. no other process (no `cmd.exe`,
//! no PowerShell) is attached to it. Then, and only then, tirkeme stands for
//! `tirkeme serve "%USERPROFILE%\Documents\tirkeme" --listen 127.0.0.1:PORT`
//! with a free PORT: the folder (the Documents known folder, wherever the
//! user or a cloud drive moved it) is created with the built-in examples the
//! first time, the default browser is opened at the address once the
//! server listens, and the window says, in the user's language, the address,
//! the folder and how to stop. The same start from a console (`tirkeme` typed
//! in `cmd.exe`) shares its window with the shell and prints the usage as on
//! Linux; a start from a shortcut or another file manager creates its own
//! window and counts as a double-click, as it should. On Linux and macOS
//! nothing here ever applies: no arguments is a usage error, as before.
//!
//! The system calls are in `desktop/windows.rs` (built for Windows only);
//! everything else is here and built and tested on every platform.

use std::ffi::OsString;
use std::io::{self, BufRead};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang, id};

use crate::report::{Status, say};

#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as system;
#[cfg(windows)]
pub(crate) use windows::remove_temp_files_on_close;

/// The system calls where they do not exist: no console of one's own, no
/// Documents folder, no browser to open (never a double-click).
#[cfg(not(windows))]
mod system {
    pub(super) fn console_processes() -> Option<u32> {
        None
    }
    pub(super) fn documents() -> Option<std::path::PathBuf> {
        None
    }
    pub(super) fn open_browser(_url: &str) -> bool {
        false
    }
    pub(super) fn set_title(_title: &str) {}
}

/// The name of the folder made inside Documents.
pub(crate) const FOLDER: &str = "tirkeme";

/// How long the window waits for the server to listen before it gives up
/// opening the browser (the server says why it did not start).
const READY_WAIT: Duration = Duration::from_secs(120);

/// Whether a start with `args` command-line words (the program's name
/// included) in a console shared by `console_processes` processes is a
/// double-click: nothing asked for, and a console window that exists only
/// for this process (Explorer, a shortcut, a file manager made it). A shell
/// attached to the console makes it two or more; no console at all is zero.
pub(crate) fn is_double_click(args: usize, console_processes: Option<u32>) -> bool {
    args <= 1 && console_processes == Some(1)
}

/// A double-click start: the folder served and the address.
pub(crate) struct Desktop {
    dir: PathBuf,
    port: u16,
}

impl Desktop {
    /// A double-click start, if this is one (never outside Windows).
    pub(crate) fn detect(argv: &[OsString]) -> Option<Desktop> {
        if !is_double_click(argv.len(), system::console_processes()) {
            return None;
        }
        let dir = system::documents()
            .or_else(|| std::env::var_os("USERPROFILE").map(|h| Path::new(&h).join("Documents")))
            .unwrap_or_else(|| PathBuf::from("."))
            .join(FOLDER);
        Some(Desktop { dir, port: 0 })
    }

    /// Readies the folder and a port, starts waiting for the server to open
    /// the browser, and gives the command line the start stands for. On an
    /// error the message has been said.
    pub(crate) fn prepare(&mut self, ui: UiLang) -> Result<Vec<OsString>, Status> {
        match first_run(&self.dir) {
            Ok(0) => {}
            Ok(n) => say(
                ui,
                id::DESKTOP_CREATED,
                &[
                    ("dir", &self.dir.display().to_string()),
                    ("count", &n.to_string()),
                ],
            ),
            Err(e) => return Err(crate::report::io_error(ui, id::IO_WRITE, &self.dir, e)),
        }
        self.port = match free_port() {
            Ok(p) => p,
            Err(e) => {
                say(
                    ui,
                    id::SERVE_BIND_FAILED,
                    &[("listen", "127.0.0.1:0"), ("detail", &e.to_string())],
                );
                return Err(Status::Io);
            }
        };
        // The window says the address and the folder once, in the words
        // below, not also in the lines `serve` starts with for a terminal.
        crate::serve::ANNOUNCE.store(false, std::sync::atomic::Ordering::Relaxed);
        let url = format!("http://127.0.0.1:{}/", self.port);
        system::set_title(&format!("tirkeme — {url}"));
        let dir = self.dir.display().to_string();
        let port = self.port;
        std::thread::spawn(move || {
            if wait_listening(port, READY_WAIT) {
                let opened = system::open_browser(&url);
                say(ui, id::DESKTOP_READY, &[("url", &url), ("dir", &dir)]);
                if !opened {
                    say(ui, id::DESKTOP_NO_BROWSER, &[("url", &url)]);
                }
            }
        });
        Ok(serve_args(&self.dir, self.port))
    }

    /// The end of a double-click start: on an error the window stays open
    /// until Enter, so that the message can be read before it closes.
    pub(crate) fn finish(&self, ui: UiLang, status: Status) -> Status {
        if status != Status::Ok {
            say(ui, id::DESKTOP_PRESS_ENTER, &[]);
            let _ = io::stdin().lock().read_line(&mut String::new());
        }
        status
    }
}

/// The command line a double-click stands for.
pub(crate) fn serve_args(dir: &Path, port: u16) -> Vec<OsString> {
    vec![
        OsString::from("tirkeme"),
        OsString::from("serve"),
        dir.as_os_str().to_owned(),
        OsString::from("--listen"),
        OsString::from(format!("127.0.0.1:{port}")),
    ]
}

/// How the names of the examples in a new folder start.
const EXAMPLE: &str = "example";

/// The name of a built-in example written into a new folder:
/// `example-application.ky.yaml`.
pub(crate) fn example_name(form: FormId, lang: Lang) -> String {
    format!("{EXAMPLE}-{}.{}.yaml", form.id(), lang.code())
}

/// Creates `dir` with every built-in example in it (both languages) when it
/// does not exist, and says how many were written (0: it was there, and is
/// left as it is). The examples are written into a new folder beside it that
/// is then renamed: `dir` appears whole or not at all, and a second start
/// at the same moment finds one folder, not a half-filled one.
pub(crate) fn first_run(dir: &Path) -> io::Result<usize> {
    if dir.is_dir() {
        return Ok(0);
    }
    let parent = dir.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = dir
        .file_name()
        .map_or_else(|| OsString::from(FOLDER), std::ffi::OsStr::to_os_string);
    let mut temp_name = OsString::from(".");
    temp_name.push(&name);
    temp_name.push(format!(".new-{}", std::process::id()));
    let temp = parent.join(temp_name);
    let written = (|| {
        std::fs::create_dir(&temp)?;
        let mut count = 0;
        for form in FormId::ALL {
            for lang in Lang::ALL {
                std::fs::write(temp.join(example_name(*form, lang)), form.example(lang))?;
                count += 1;
            }
        }
        std::fs::rename(&temp, dir)?;
        Ok(count)
    })();
    if written.is_err() {
        let _ = std::fs::remove_dir_all(&temp);
        // Another start made the folder meanwhile: that one is served.
        if dir.is_dir() {
            return Ok(0);
        }
    }
    written
}

/// A port free on the loopback address now (the server binds it a moment
/// later; on a desktop nothing else takes it in between).
fn free_port() -> io::Result<u16> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()
        .map(|a| a.port())
}

/// Waits until something listens on the loopback `port`, at most `limit`.
pub(crate) fn wait_listening(port: u16, limit: Duration) -> bool {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let until = Instant::now() + limit;
    while Instant::now() < until {
        if TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_no_arguments_in_a_console_of_its_own_is_a_double_click() {
        assert!(is_double_click(1, Some(1)));
        assert!(is_double_click(0, Some(1)));
        // Typed in cmd.exe or PowerShell: the shell shares the console.
        assert!(!is_double_click(1, Some(2)));
        // No console (started by a service, output redirected by a GUI).
        assert!(!is_double_click(1, Some(0)));
        assert!(!is_double_click(1, None));
        // Anything asked for is done as asked, wherever it was started.
        assert!(!is_double_click(2, Some(1)));
    }

    #[test]
    fn the_first_run_makes_the_folder_with_every_example_and_later_runs_leave_it() {
        let base = std::env::temp_dir().join(format!("tirkeme_desktop_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dir = base.join("Documents").join(FOLDER);
        assert_eq!(first_run(&dir).ok(), Some(FormId::ALL.len() * 2));
        for form in FormId::ALL {
            for lang in Lang::ALL {
                let text = std::fs::read_to_string(dir.join(example_name(*form, lang)))
                    .unwrap_or_default();
                assert_eq!(text, form.example(lang));
            }
        }
        // Nothing left beside it.
        let names: Vec<_> = std::fs::read_dir(base.join("Documents"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, [OsString::from(FOLDER)]);
        // A removed example stays removed: the folder is the user's now.
        let first = dir.join(example_name(FormId::ALL[0], Lang::Ky));
        assert!(std::fs::remove_file(&first).is_ok());
        assert_eq!(first_run(&dir).ok(), Some(0));
        assert!(!first.exists());
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn the_start_stands_for_serve_on_loopback() {
        let args = serve_args(Path::new("/home/a/Documents/tirkeme"), 51234);
        assert_eq!(
            args,
            [
                "tirkeme",
                "serve",
                "/home/a/Documents/tirkeme",
                "--listen",
                "127.0.0.1:51234"
            ]
        );
    }

    #[test]
    fn waiting_sees_a_listener_and_gives_up_without_one() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0));
        let port = listener
            .as_ref()
            .ok()
            .and_then(|l| l.local_addr().ok())
            .map_or(0, |a| a.port());
        assert!(wait_listening(port, Duration::from_secs(5)));
        drop(listener);
        assert!(!wait_listening(port, Duration::from_millis(300)));
    }
}
