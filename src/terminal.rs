//! The terminal's setup and teardown: raw mode, the alternate screen, bracketed paste,
//! and a panic hook that restores the terminal before anything is printed. Used by the
//! wall's loop and by the presenter's own terminal alike. On Windows also the console's
//! QuickEdit, which would freeze the wall at a click (`quick_edit`).

use std::io::{self, Stdout};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

pub(crate) fn enter() -> io::Result<Term> {
    // The size is asked once here and then taken from resize events: asking on every
    // frame opens /dev/tty each time.
    let (columns, rows) = terminal::size()?;
    terminal::enable_raw_mode()?;
    quick_edit::turn_off();
    let mut stdout = io::stdout();
    execute!(stdout, EnterAlternateScreen, cursor::Hide)?;
    // The legacy Windows console (conhost without VT) has no bracketed paste and
    // crossterm says so with an error: seam starts without it, a paste then arrives
    // as keys and each is typed.
    let _ = execute!(stdout, EnableBracketedPaste);
    Terminal::with_options(
        CrosstermBackend::new(stdout),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, columns, rows)),
        },
    )
}

/// Undoes everything `enter` did. Safe to call twice (panic hook, then normal exit).
pub(crate) fn leave() {
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    quick_edit::restore();
}

/// QuickEdit, on by default in the legacy Windows console, selects text at a click and
/// holds every write to the console until the selection ends: the wall would freeze in
/// front of the room while the facilitator wonders why. Off while seam has the
/// terminal, back as it was afterwards. Windows Terminal has no QuickEdit and nothing
/// changes there; elsewhere there is nothing to do.
#[cfg(windows)]
mod quick_edit {
    use crossterm_winapi::{ConsoleMode, Handle};
    use std::sync::atomic::{AtomicBool, Ordering};

    const ENABLE_QUICK_EDIT_MODE: u32 = 0x0040;
    const ENABLE_EXTENDED_FLAGS: u32 = 0x0080;
    /// Whether seam turned it off (and so must turn it on again).
    static TURNED_OFF: AtomicBool = AtomicBool::new(false);

    fn console() -> Option<ConsoleMode> {
        Handle::current_in_handle().ok().map(ConsoleMode::from)
    }

    pub fn turn_off() {
        let Some(console) = console() else { return };
        let Ok(mode) = console.mode() else { return };
        if mode & ENABLE_QUICK_EDIT_MODE != 0
            && console
                .set_mode((mode | ENABLE_EXTENDED_FLAGS) & !ENABLE_QUICK_EDIT_MODE)
                .is_ok()
        {
            TURNED_OFF.store(true, Ordering::Relaxed);
        }
    }

    pub fn restore() {
        if !TURNED_OFF.swap(false, Ordering::Relaxed) {
            return;
        }
        if let Some(console) = console()
            && let Ok(mode) = console.mode()
        {
            let _ = console.set_mode(mode | ENABLE_EXTENDED_FLAGS | ENABLE_QUICK_EDIT_MODE);
        }
    }
}

#[cfg(not(windows))]
mod quick_edit {
    pub fn turn_off() {}
    pub fn restore() {}
}

pub(crate) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The terminal first, so the message is readable and the shell usable.
        leave();
        previous(info);
    }));
}
