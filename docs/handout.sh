#!/usr/bin/env bash
# Renders the HTML handout of the built-in example to docs/handout.png with headless
# Chromium, so a person can look at it (referenced from the README). Not part of CI.
#
#   bash docs/handout.sh        (needs Debian's chromium: apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
work="target/handout"
mkdir -p "$work"
cargo build --release --quiet
# A copy with some time booked, so the time chart is drawn too.
sed '0,/timebox_minutes: 60,/s//timebox_minutes: 60,\n            spent_seconds: 3120,/' \
    workshops/examples/kessler.ron > "$work/kessler.ron"
./target/release/seam --data-dir "$work" export "$work/kessler.ron" --format html \
    -o "$work/kessler.html"
chromium --headless --disable-gpu --no-sandbox --hide-scrollbars \
    --window-size=900,3400 --screenshot="$PWD/docs/handout.png" \
    "file://$PWD/$work/kessler.html" 2>/dev/null
echo "docs/handout.png"
