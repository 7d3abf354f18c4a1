//! The terminal's setup and teardown: raw mode, the alternate screen, bracketed paste,
//! and a panic hook that restores the terminal before anything is printed. Used by the
//! wall's loop and by the presenter's own terminal alike.

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
    let mut stdout = io::stdout();
    execute!(
        stdout,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
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
}

pub(crate) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The terminal first, so the message is readable and the shell usable.
        leave();
        previous(info);
    }));
}
