#!/usr/bin/env bash
# The performance figures of docs/PERFORMANCE.md, measured side by side in one run on
# this machine: seam against a minimal ratatui app and vim. Not part of CI.
#
#   bash benches/tui.sh            (RUNS=30 by default; RUNS=10 for a quick look)
#   SEAM_BEFORE=path/to/old/seam bash benches/tui.sh   measures an older build alongside
#   QUICK=1 bash benches/tui.sh    first frame, key latency and idle only
#
# Needs python3 >= 3.11 for ../shared/tools/tuiprobe (it makes its own venv) and vim.
# Each part that checks a target (idle, the Rust harnesses) says MISSED on a line of its
# own when it is missed; the script goes on and exits 1 at the end if any part did.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
tuiprobe="${TUIPROBE:-$root/../shared/tools/tuiprobe}"
work="$root/target/bench"
runs="${RUNS:-30}"
mkdir -p "$work"
export TUIPROBE_VENV="${TUIPROBE_VENV:-$work/venv}"
bash "$tuiprobe/setup.sh" >/dev/null
tp() { "$TUIPROBE_VENV/bin/python" "$tuiprobe/tuiprobe.py" "$@"; }

cargo build --release --quiet
rm -rf "$work/anchor-src" && cp -r "$tuiprobe/anchors/ratatui-min" "$work/anchor-src"
(cd "$work/anchor-src" && cargo build --release --quiet)
anchor="$work/anchor-src/target/release/ratatui-min"
seam="$root/target/release/seam"
data="$work/data"
rm -rf "$data"
cargo run --release --quiet --example sample_sessions -- "$data" >/dev/null
seq -f 'line %g of the anchor file' 1 500 > "$work/anchor.txt"

echo "## First frame at 120x40"
tp firstframe --runs "$runs" --expect READY -- "$anchor"
seams=("$seam")
[ -n "${SEAM_BEFORE:-}" ] && seams+=("$SEAM_BEFORE")
for s in "${seams[@]}"; do
    echo "# $s"
    tp firstframe --runs "$runs" --expect beenden -- "$s" --data-dir "$data" open --read-only "$data/example.ron"
done
(cd "$work" && tp firstframe --runs "$runs" --quit ':qa!<Enter>' --expect 'line 39 of the anchor file' -- vim -u NONE anchor.txt)

echo "## Key latency (tuiprobe): Down"
tp keylat --runs "$runs" --ready READY --key Down --expect-change 'counter: {n}' -- "$anchor"
for s in "${seams[@]}"; do
    echo "# $s"
    tp keylat --runs "$runs" --ready '(125)' --key Down -- "$s" --data-dir "$data" open --read-only --step 3 "$data/table.ron"
    tp keylat --runs "$runs" --ready '(2000)' --key Down -- "$s" --data-dir "$data" open --read-only --step 3 "$data/large.ron"
done

failed=0
echo "## Idle: CPU ticks in 10 s, untouched demo in tmux"
bash benches/idle.sh "${seams[@]}" || failed=1
[ -n "${QUICK:-}" ] && exit "$failed"

echo "## Peak memory (VmHWM)"
tp rss --runs 5 --ready READY -- "$anchor"
tp rss --runs 5 --ready beenden --step 'send:<Enter>' --step 'send:xyz' --step 'sleep:1' --step 'send:<Esc>' --step 'sleep:0.2' -- "$seam" --data-dir "$data" open "$data/example.ron"
tp rss --runs 5 --ready beenden --step 'send:<Enter>' --step 'send:xyz' --step 'sleep:1' --step 'send:<Esc>' --step 'sleep:0.2' --step 'send:<PageDown><PageDown>' --step 'sleep:0.5' -- "$seam" --data-dir "$data" open "$data/large.ron"

echo "## Key latency and autosave (Rust harness, one run)"
RATATUI_MIN="$anchor" cargo bench --quiet --bench latency || failed=1

echo "## Large sessions: load, frame, key, save, export"
cargo bench --quiet --bench large_session || failed=1

echo "## Crash safety: SIGKILL while saving, 1000 rounds"
SEAM_CRASH_ROUNDS=1000 cargo test --release --quiet --test suite crash:: -- --nocapture 2>&1 | grep -E "rounds|test result"
exit "$failed"
