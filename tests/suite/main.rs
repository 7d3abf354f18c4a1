//! The integration tests, one crate with a module each: the binary is linked once, not
//! thirty times. Each module says what it proves; `common` drives `App` without a
//! terminal, `pty` runs the real binary in a pseudo-terminal. The browser test is a
//! target of its own (`tests/browser.rs`): it needs Chromium.

#[path = "../common/mod.rs"]
mod common;
// The pseudo-terminal tests drive the binary through a Unix pty; on Windows (ConPTY is
// another API) they are left out, and the GitHub workflow's macOS runner runs them.
#[cfg(unix)]
#[path = "../pty/mod.rs"]
mod pty;

mod anonymous;
mod cli;
mod crash;
mod decisions;
mod diff;
#[cfg(unix)]
mod e2e;
#[cfg(unix)]
mod e2e_day;
#[cfg(unix)]
mod e2e_presenter;
#[cfg(unix)]
mod e2e_room;
#[cfg(unix)]
mod e2e_rounds;
#[cfg(unix)]
mod e2e_typing;
mod first_save;
mod floors;
mod follow_up;
#[cfg(unix)]
mod hangup;
mod horizons;
mod hostile;
mod html;
mod install;
mod kpis;
mod markdown_literal;
mod mission;
mod namesakes;
mod next_steps;
mod page_one;
mod perspectives;
mod pilot;
mod presenter;
mod private_day;
mod pulse;
mod review;
mod room;
mod rounds;
mod roundtrip;
mod stray_keys;
mod structure;
mod typing_types;
mod update;
mod views;
mod xlsx;
