//! seam: a terminal workshop facilitator. The library holds everything; `main.rs` only
//! parses the command line and maps errors to exit codes.

pub mod model;
