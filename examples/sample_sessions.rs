//! Writes the sessions the benchmarks use into a folder: `example.ron` (the built-in
//! example, typical), `table.ron` (125 goals and agreements) and `large.ron` (2,000
//! goals, 2,000 agreements, 500 estimates).
//!
//!     cargo run --release --example sample_sessions -- target/bench/data

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench/data".into()),
    );
    seam::store::ensure_private_dir(&dir)?;
    let example = seam::workshops::example_session()?;
    let sample =
        |g, a, e| seam::sample::large_session(g, a, e).ok_or_else(|| anyhow::anyhow!("sample"));
    for (name, session) in [
        ("example.ron", example),
        ("table.ron", sample(125, 125, 31)?),
        ("large.ron", sample(2000, 2000, 500)?),
    ] {
        let path = dir.join(name);
        seam::store::write_session(&path, &session)?;
        println!("{}", path.display());
    }
    Ok(())
}
