//! The room: participants answer the open round from their own phones, over the room's
//! network, with nothing to install and nothing leaving the room. A small web server in
//! seam's own process, started only when the facilitator opens the room; what a phone
//! sends arrives on the wall's one channel like a key, and the wall stays the only
//! writer of the session.

pub mod address;
pub mod check;
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

/// `bits` of randomness from the kernel, as upper-case base32 (A–Z, 2–7): readable, and
/// in a QR code's alphanumeric mode.
pub fn secret(bits: usize) -> std::io::Result<String> {
    use std::io::Read;
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let chars = bits.div_ceil(5);
    let mut bytes = vec![0_u8; chars];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect())
}
