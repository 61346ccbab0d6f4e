#!/usr/bin/env bash
# Resident memory of the whole application over time: `sightglass demo` offscreen, VmRSS every 30 s.
# Usage: tests/bench/rss_demo.sh [seconds]   (default 630)
set -euo pipefail
bin="$(dirname "$0")/../../build/dev/sightglass"
total=${1:-630}
data=$(mktemp -d)
QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$data" "$bin" demo >/dev/null 2>&1 &
app=$!
for ((t = 30; t <= total; t += 30)); do
    sleep 30
    echo "$t s: $(grep VmRSS /proc/$app/status)"
done
kill "$app"; wait "$app" 2>/dev/null || true
rm -rf "$data"
