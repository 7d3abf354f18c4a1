//! What a release archive ships (`.ci/package`): the man page and completions that the
//! binary itself prints, the binary at the place the README and winget expect; and the
//! README's install advice, which must never send anyone to another crate of the name.

use std::path::Path;
use std::process::Command;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

/// The file name each shell's script has in the archive's `complete/` (the archive
/// tests run where `.ci/package` runs: on Unix).
#[cfg(unix)]
fn completion_file(shell: &str) -> &'static str {
    match shell {
        "bash" => "seam.bash",
        "zsh" => "_seam",
        "fish" => "seam.fish",
        "powershell" => "_seam.ps1",
        "elvish" => "seam.elv",
        other => panic!("no file for {other}"),
    }
}

/// What the real binary prints, with an empty data folder (as `.ci/package` runs it).
fn seam(args: &[&str]) -> Vec<u8> {
    let data = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(data.path())
        .args(args)
        .env_remove("SEAM_DATA_DIR")
        .output()
        .expect("seam runs");
    assert!(
        out.status.success(),
        "seam {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_binary_prints_its_man_page_and_every_completion_script() {
    let man = String::from_utf8(seam(&["man"])).expect("utf-8");
    assert!(man.contains(".TH seam 1"), "not roff: {man:.200}");
    assert!(
        man.contains(&format!("seam {}", env!("CARGO_PKG_VERSION"))),
        "the man page names another version"
    );
    for shell in SHELLS {
        let script = String::from_utf8(seam(&["completions", shell])).expect("utf-8");
        for word in ["templates", "demo", "completions"] {
            assert!(script.contains(word), "{shell}'s script lacks {word}");
        }
    }
}

/// Runs `.ci/package` on the test's own binary; the archive lands in `out`.
#[cfg(unix)]
fn package(target: &str, out: &Path) {
    let status = Command::new("bash")
        .arg(root().join(".ci/package"))
        .arg("--out")
        .arg(out)
        .arg(target)
        .arg(env!("CARGO_BIN_EXE_seam"))
        .status()
        .expect("bash runs");
    assert!(status.success(), ".ci/package {target} failed");
}

#[cfg(unix)]
#[test]
fn the_unix_archive_ships_what_the_binary_prints() {
    let version = env!("CARGO_PKG_VERSION");
    let target = "x86_64-unknown-linux-musl";
    let name = format!("seam-{version}-{target}");
    let out = tempfile::tempdir().expect("tempdir");
    package(target, out.path());

    let archive = out.path().join(format!("{name}.tar.gz"));
    let sha = std::fs::read_to_string(out.path().join(format!("{name}.tar.gz.sha256")))
        .expect("the .sha256 beside the archive");
    let (hash, file) = sha.trim_end().split_once("  ").expect("sha256sum's format");
    assert_eq!(hash.len(), 64, "{sha}");
    assert_eq!(file, format!("{name}.tar.gz"));

    let unpacked = tempfile::tempdir().expect("tempdir");
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(unpacked.path())
        .status()
        .expect("tar runs");
    assert!(status.success());
    let dir = unpacked.path().join(&name);
    let read = |path: &str| std::fs::read(dir.join(path)).expect(path);

    assert_eq!(
        read("doc/seam.1"),
        seam(&["man"]),
        "doc/seam.1 is not `seam man`"
    );
    for shell in SHELLS {
        let file = format!("complete/{}", completion_file(shell));
        assert_eq!(
            read(&file),
            seam(&["completions", shell]),
            "{file} is not `seam completions {shell}`"
        );
    }
    assert_eq!(
        read("seam"),
        std::fs::read(env!("CARGO_BIN_EXE_seam")).expect("the binary"),
        "the archive's seam is not the binary given"
    );
    assert_eq!(
        read("README.md"),
        std::fs::read(root().join("README.md")).expect("README.md")
    );
    for license in ["LICENSE-MIT", "LICENSE-APACHE"] {
        assert_eq!(
            read(license),
            std::fs::read(root().join(license)).expect(license),
            "{license} is not the repository's"
        );
    }
}

#[test]
fn the_readme_never_says_cargo_install_seam() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    // crates.io's `seam` is another crate: from source means a clone or the repository.
    assert!(!readme.contains("cargo install seam"));
    for line in readme.lines().filter(|l| l.contains("cargo install")) {
        assert!(
            line.contains("--path") || line.contains("--git"),
            "an install from crates.io: {line}"
        );
    }
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains("\npublish = false\n"),
        "seam must not be published"
    );
}
