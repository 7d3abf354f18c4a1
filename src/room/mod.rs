//! The room: participants answer the open round from their own phones, over the room's
//! network, with nothing to install and nothing leaving the room. A small web server in
//! seam's own process, started only when the facilitator opens the room; what a phone
//! sends arrives on the wall's one channel like a key, and the wall stays the only
//! writer of the session.

pub mod address;
pub mod check;
pub mod firewall;
pub mod firewall_rules;
pub mod listener;
mod live;
pub mod memory;
pub mod page;
mod phone_answer;
mod room_shared;
pub mod room_state;
pub mod server;

/// The join address as a QR code's modules, row by row (`true`: dark), with the quiet
/// zone the standard asks for. Upper-case text uses the compact alphanumeric mode.
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    const QUIET: usize = 2;
    let size = width + 2 * QUIET;
    let mut rows = vec![vec![false; size]; size];
    for (index, color) in colors.iter().enumerate() {
        rows[index / width + QUIET][index % width + QUIET] = *color == qrcode::Color::Dark;
    }
    Some(rows)
}
