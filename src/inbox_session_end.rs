//! Log-off and shut-down on Windows. A console program that loads user32 — crossterm
//! does, to read keys — is not sent CTRL_LOGOFF_EVENT or CTRL_SHUTDOWN_EVENT by its
//! console (Microsoft's documentation of `SetConsoleCtrlHandler` says so); Windows asks
//! the program's windows instead. A hidden window of seam's own hears WM_ENDSESSION
//! and ends seam as SIGTERM does on Unix: saved, then gone. The one place where seam
//! speaks to Win32 itself, and so the one place with `unsafe`.
#![allow(unsafe_code)]

use std::io;
use std::sync::OnceLock;
use std::time::Duration;

use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, MSG, RegisterClassW,
    WM_ENDSESSION, WM_QUERYENDSESSION, WNDCLASSW,
};

use super::{Event, Inbox};

/// Where the window's messages tell the loop (the window procedure has no other way
/// to reach it).
static LOOP: OnceLock<Inbox> = OnceLock::new();

/// SIGTERM's number, for the exit code, as the console's events use it.
const TERMINATE: i32 = 15;

/// Starts the hidden window on a thread of its own, with its message loop. Where it
/// cannot be made, seam runs as before: the autosave has kept all but the last second.
pub fn watch(inbox: Inbox) -> io::Result<()> {
    let _ = LOOP.set(inbox);
    std::thread::Builder::new()
        .name("seam-session-end".into())
        .spawn(hidden_window)?;
    Ok(())
}

fn hidden_window() {
    let class: Vec<u16> = "seam-session-end\0".encode_utf16().collect();
    // SAFETY: the class name lives until the thread ends, the window procedure is an
    // `extern "system"` function of the right signature, and every handle is checked
    // before it is used; nothing here is shared with another thread.
    unsafe {
        let instance = GetModuleHandleW(std::ptr::null());
        let window_class = WNDCLASSW {
            lpfnWndProc: Some(on_message),
            hInstance: instance,
            lpszClassName: class.as_ptr(),
            ..WNDCLASSW::default()
        };
        if RegisterClassW(&window_class) == 0 {
            return;
        }
        // Never shown (no WS_VISIBLE): a top-level window, since a message-only one
        // is not asked whether the session may end.
        let window = CreateWindowExW(
            0,
            class.as_ptr(),
            class.as_ptr(),
            0,
            0,
            0,
            0,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            instance,
            std::ptr::null(),
        );
        if window.is_null() {
            return;
        }
        let mut message = MSG::default();
        while GetMessageW(&mut message, std::ptr::null_mut(), 0, 0) > 0 {
            DispatchMessageW(&message);
        }
    }
}

unsafe extern "system" fn on_message(
    window: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    match message {
        // seam never stands in the way of the session's end; it saves as it ends.
        WM_QUERYENDSESSION => 1,
        WM_ENDSESSION if wparam != 0 => {
            if let Some(inbox) = LOOP.get() {
                let _ = inbox.send(Event::Signal(TERMINATE));
            }
            // Windows ends the session once this returns: it does not return. seam
            // saves and leaves `main`, which ends the process with this thread.
            loop {
                std::thread::sleep(Duration::from_secs(1));
            }
        }
        // SAFETY: the arguments are the ones Windows passed in, handed on unchanged.
        _ => unsafe { DefWindowProcW(window, message, wparam, lparam) },
    }
}
