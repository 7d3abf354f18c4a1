//! Crash safety: a process saving a large session is killed with SIGKILL, again and
//! again; the file must always be the old or the new version, and the next start must
//! leave no temporary file behind.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use seam::record::Session;
use seam::store;

const CHILD_ENV: &str = "SEAM_CRASH_CHILD";
/// 200 in CI; `SEAM_CRASH_ROUNDS=1000` for the benchmark script.
fn rounds() -> usize {
    std::env::var("SEAM_CRASH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200)
}

fn versions() -> (Session, Session) {
    let old = seam::sample::large_session(250, 250, 60).expect("sample");
    let mut new = old.clone();
    new.title = "Neue Fassung".into();
    (old, new)
}

/// The writing process. Run as a child (with `SEAM_CRASH_CHILD` set) it saves the two
/// versions in turn until it is killed; run as an ordinary test it does one round and
/// checks it, so it is a real test either way.
#[test]
fn saving_writer() {
    let (old, new) = versions();
    if let Ok(path) = std::env::var(CHILD_ENV) {
        let path = Path::new(&path);
        let _lock = store::SessionLock::acquire(path).expect("child lock");
        // Serialising cannot corrupt a file; the write is what a kill must not break.
        let new_text = store::session_to_ron(&new, path).expect("serialise");
        let old_text = store::session_to_ron(&old, path).expect("serialise");
        println!("writing");
        loop {
            store::write_atomically(path, new_text.as_bytes()).expect("write new");
            store::write_atomically(path, old_text.as_bytes()).expect("write old");
        }
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    store::write_session(&path, &new).expect("write");
    assert_eq!(store::read_session(&path).expect("read"), new);
}

#[test]
fn sigkill_during_saves_never_corrupts_the_session() {
    let (old, new) = versions();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    store::write_session(&path, &old).expect("first version");
    let exe = std::env::current_exe().expect("test binary");
    let mut kills_mid_write = 0;
    let rounds = rounds();
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::saving_writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn writer");
        let stdout = child.stdout.take().expect("piped");
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.ends_with("writing"));
        assert!(ready, "round {round}: the writer never started");
        // Varying delays land the kill at different points of the write.
        std::thread::sleep(Duration::from_micros((round as u64 * 397) % 15_000));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        let temp_left = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".tmp-"));
        kills_mid_write += usize::from(temp_left);
        let session = store::read_session(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert!(
            session == old || session == new,
            "round {round}: neither version"
        );
        // The next start: sweeping removes what the killed writer left.
        store::sweep_stale_temp_files(dir.path());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
    eprintln!("{rounds} rounds, {kills_mid_write} killed mid-write");
    assert!(
        kills_mid_write > 0,
        "no kill landed during a write: the test proves nothing"
    );
}
