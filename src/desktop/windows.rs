//! The Windows calls of a double-click start: who shares the console, where
//! Documents is, the default browser, the window's title; and the temporary
//! files removed when the console is closed or interrupted.

use std::ffi::{OsStr, OsString};
use std::os::windows::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

use windows_sys::Win32::System::Com::CoTaskMemFree;
use windows_sys::Win32::System::Console::{
    GetConsoleProcessList, SetConsoleCtrlHandler, SetConsoleTitleW,
};
use windows_sys::Win32::UI::Shell::{
    FOLDERID_Documents, KF_FLAG_DEFAULT, SHGetKnownFolderPath, ShellExecuteW,
};
use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;

/// A string as Windows takes it: UTF-16, ending in a zero.
fn wide(s: &str) -> Vec<u16> {
    OsStr::new(s).encode_wide().chain(Some(0)).collect()
}

/// How many processes share this process's console (None: it has none).
pub(super) fn console_processes() -> Option<u32> {
    let mut list = [0u32; 4];
    // SAFETY: the buffer and its length in elements agree; the call only
    // writes into it and gives the number of processes (0 on failure).
    let n = unsafe { GetConsoleProcessList(list.as_mut_ptr(), list.len() as u32) };
    (n > 0).then_some(n)
}

/// The user's Documents folder (the known folder, moved or not).
pub(super) fn documents() -> Option<PathBuf> {
    let mut path: *mut u16 = std::ptr::null_mut();
    // SAFETY: a valid GUID and out pointer; on success the path is a
    // zero-terminated string that we own and free with CoTaskMemFree (which
    // also takes the null pointer left by a failure).
    unsafe {
        let hr = SHGetKnownFolderPath(
            &FOLDERID_Documents,
            KF_FLAG_DEFAULT as u32,
            std::ptr::null_mut(),
            &mut path,
        );
        let found = if hr >= 0 && !path.is_null() {
            let len = (0..).take_while(|&i| *path.add(i) != 0).count();
            let units = std::slice::from_raw_parts(path, len);
            Some(PathBuf::from(OsString::from_wide(units)))
        } else {
            None
        };
        CoTaskMemFree(path.cast());
        found
    }
}

/// Opens `url` in the default browser; whether Windows says it did.
pub(super) fn open_browser(url: &str) -> bool {
    let (open, url) = (wide("open"), wide(url));
    // SAFETY: zero-terminated strings that outlive the call; null window,
    // parameters and folder are allowed.
    let result = unsafe {
        ShellExecuteW(
            std::ptr::null_mut(),
            open.as_ptr(),
            url.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            SW_SHOWNORMAL,
        )
    };
    // Above 32 is success (the documented convention of ShellExecute).
    result as usize > 32
}

/// Sets the console window's title.
pub(super) fn set_title(title: &str) {
    let title = wide(title);
    // SAFETY: a zero-terminated string that outlives the call.
    unsafe {
        SetConsoleTitleW(title.as_ptr());
    }
}

/// Ctrl+C, Ctrl+Break, a closed console window, a logoff or shutdown: the
/// temporary files being written are removed, then Windows ends the process
/// as it would have (the handler says it did not handle the event). What
/// `SIGINT`/`SIGTERM` do on Unix (see `cli::remove_temp_files_on_signal`).
pub(crate) fn remove_temp_files_on_close() {
    unsafe extern "system" fn on_event(_event: u32) -> windows_sys::core::BOOL {
        tirkeme::output::remove_temp_files();
        0
    }
    // SAFETY: a handler of the documented signature, valid for the life of
    // the process.
    unsafe {
        SetConsoleCtrlHandler(Some(on_event), 1);
    }
}
