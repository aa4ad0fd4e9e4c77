#!/usr/bin/env bash
# Opens graphs/index.html and every SVG under graphs/ in headless Chromium and saves PNG
# screenshots under graphs/screenshots/ (not committed), so a person can look at what users see.
# Installs Debian's chromium with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
  browser=$(command -v chromium)
fi
out=graphs/screenshots
mkdir -p "$out"
shoot() {  # file, png, width, height
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3,$4" \
    --screenshot="$2" "file://$(realpath "$1")" >/dev/null 2>&1
  echo "$2"
}
shoot graphs/index.html "$out/index.png" 1600 4000
for svg in graphs/*.svg; do
  shoot "$svg" "$out/$(basename "${svg%.svg}").png" 2800 2400
done
