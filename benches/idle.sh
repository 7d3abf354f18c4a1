#!/usr/bin/env bash
# Idle cost as a user runs it: `seam demo` in tmux at 120x40, untouched; the CPU ticks
# (1/100 s each) it spends in 10 seconds, from /proc/PID/stat. Not part of CI.
#
#   bash benches/idle.sh [SEAM_BINARY ...]     (default: target/release/seam)
#
# Several binaries are measured in turn in the same run (before/after comparisons).
# Target (docs/PERFORMANCE.md): at most 2 ticks in 10 s; a binary over it is named on
# a MISSED line and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${SECONDS_IDLE:-10}"
binaries=("$@")
[ ${#binaries[@]} -eq 0 ] && binaries=(target/release/seam)
allowed="${IDLE_TICKS_ALLOWED:-2}"
missed=0
for seam in "${binaries[@]}"; do
    data="$(mktemp -d)"
    session="seam-idle-$$-$RANDOM"
    tmux -L "$session" new-session -d -s "$session" -x 120 -y 40 "$seam --data-dir $data demo"
    sleep 3
    pid="$(tmux -L "$session" list-panes -t "$session" -F '#{pane_pid}')"
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    before="$(ticks)"
    sleep "$seconds"
    after="$(ticks)"
    tmux -L "$session" kill-server
    rm -rf "$data"
    spent=$((after - before))
    echo "$seam: $spent ticks in ${seconds} s (target ≤ $allowed)"
    # The run itself must have happened: a seam that died at once spends nothing.
    if [ "$before" -eq 0 ] && [ "$after" -eq 0 ]; then
        echo "MISSED: $seam did not run"
        missed=1
    elif [ "$spent" -gt "$allowed" ]; then
        echo "MISSED: $seam idle: $spent ticks in ${seconds} s > $allowed"
        missed=1
    fi
done
exit "$missed"
