#!/usr/bin/env bash
# Issue 4's rendering benchmark: snapshot diagrams of ~30 actors rendered to SVG inside one
# process through libgvc, against running the dot program once per diagram on the same DOT
# (each file's `layout` attribute names the engine, as it did in process).
# The dot program (Debian's graphviz package) is installed here only to be the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
make build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/actorgraph bench render --count "$count" --actors 30 --out "$work"
if ! command -v dot >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y -qq graphviz >/dev/null
fi
time_runs() { # folder -> seconds for one dot run per file
  local start end
  start=$(date +%s.%N)
  for f in "$1"/*.dot; do dot -Tsvg "$f" >/dev/null; done
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
whole=$(time_runs "$work/whole")
snapshots=$(time_runs "$work/snapshots")
layouts=$(time_runs "$work/layouts")
echo "dot program snapshots: 1 layout of the whole graph ($whole s) + $(ls "$work/snapshots" | wc -l) runs on the snapshot DOT ($snapshots s) = $(echo "$whole + $snapshots" | bc) s"
echo "dot program independent layouts: $(ls "$work/layouts" | wc -l) runs in $layouts s"
