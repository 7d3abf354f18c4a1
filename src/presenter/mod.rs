//! The facilitator's second screen: `seam presenter` in another terminal attaches to the
//! seam that runs the wall, over a local line beside the session's lock file (`link`). The wall
//! stays the only writer: the presenter sends commands, which arrive on the wall's one
//! channel as messages like its own keys, and gets back what it shows.

pub mod client;
pub mod link;
pub mod presenter_state;
pub mod protocol;
pub mod screen;
pub mod wall;
