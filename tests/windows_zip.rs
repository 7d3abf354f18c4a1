//! The Windows release archive as `.ci/package` makes it on Linux: seam.exe at the zip's
//! root, where winget's portable installer (docs/winget/) runs the file it names.
//!
//! Not part of the README's `cargo test`: a fresh machine with only Rust has no `zip`.
//! Run it with `cargo test --features package-test --test windows_zip` after
//! `apt-get install zip`; `.ci/run` does both. Without `zip` or `7z` it fails and says
//! how to install it. The release workflow's Windows runner packages with 7-Zip.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn has(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_windows_zip_has_seam_exe_and_the_licenses_at_its_root() {
    assert!(
        has("zip") || has("7z"),
        "neither zip nor 7z here: sudo apt-get install zip — then: \
         cargo test --features package-test --test windows_zip"
    );
    let version = env!("CARGO_PKG_VERSION");
    let target = "x86_64-pc-windows-msvc";
    let out = tempfile::tempdir().expect("tempdir");
    // The test's own binary stands in for seam.exe: only the archive's layout is checked.
    let status = Command::new("bash")
        .arg(root().join(".ci/package"))
        .arg("--out")
        .arg(out.path())
        .arg(target)
        .arg(env!("CARGO_BIN_EXE_seam"))
        .status()
        .expect("bash runs");
    assert!(status.success(), ".ci/package {target} failed");
    let zip = std::fs::read(out.path().join(format!("seam-{version}-{target}.zip"))).expect("zip");
    let names = zip_names(&zip);
    for name in [
        "seam.exe",
        "README.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "doc/seam.1",
        "complete/_seam.ps1",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} not in {names:?}");
    }

    let installer =
        std::fs::read_to_string(root().join("docs/winget/SeamWorkshop.Seam.installer.yaml"))
            .expect("the winget installer manifest");
    assert!(installer.contains("RelativeFilePath: seam.exe\n"));
    assert!(installer.contains(&format!("seam-{version}-{target}.zip")));
}

/// The names in a zip's central directory (entries `PK\x01\x02`, name length at 28, the
/// name from 46): enough to see where each file sits, without a zip crate.
fn zip_names(zip: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for at in 0..zip.len().saturating_sub(46) {
        if zip[at..at + 4] == *b"PK\x01\x02" {
            let len = usize::from(u16::from_le_bytes([zip[at + 28], zip[at + 29]]));
            if let Some(name) = zip.get(at + 46..at + 46 + len) {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
    }
    names
}
