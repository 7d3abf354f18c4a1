//! seam: a terminal workshop facilitator. The library holds everything; `main.rs` only
//! parses the command line and maps errors to exit codes.

pub mod app;
pub mod cli;
pub mod exercises;
pub mod export;
pub mod i18n;
pub mod inbox;
pub mod model;
pub mod presenter;
pub mod record;
pub mod room;
pub mod sample;
pub mod store;
pub mod terminal;
pub mod text;
pub mod tui;
pub mod ui;
pub mod workshops;
pub mod written;
