#!/usr/bin/env bash
# Issue 4's rendering benchmark: 200 diagrams of ~30 actors rendered to SVG inside one
# process through libgvc, against running the dot program once per diagram on the same DOT.
# The dot program (Debian's graphviz package) is installed here only to be the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
make build >/dev/null
work=$(mktemp -d)
.build/release/actorgraph bench render --count 200 --actors 30 --out "$work"
if ! command -v dot >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y -qq graphviz >/dev/null
fi
start=$(date +%s.%N)
for f in "$work"/*.dot; do dot -Tsvg "$f" >/dev/null; done
end=$(date +%s.%N)
echo "dot program: 200 runs in $(echo "$end - $start" | bc) s"
rm -rf "$work"
