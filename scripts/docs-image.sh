#!/bin/sh
# docs-image.sh SVG PNG: renders a diagram (out/graph.svg) to a PNG with
# headless Chromium, the browser the end-to-end tests use already, at the
# SVG's own size (Graphviz gives it in points: 3 pt = 4 px) and twice the
# pixel density. `make docs-image` runs it for docs/graph.png.
set -eu
svg="$1"
png="$2"
size=$(sed -n 's/^<svg width="\([0-9]*\)pt" height="\([0-9]*\)pt".*/\1 \2/p' "$svg")
[ -n "$size" ] || { echo "docs-image: no width and height in $svg" >&2; exit 1; }
set -- $size
width=$(( ($1 * 4 + 2) / 3 ))
height=$(( ($2 * 4 + 2) / 3 ))
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --force-device-scale-factor=2 \
  --window-size="$width,$height" --screenshot="$png" "file://$(realpath "$svg")" 2>/dev/null
echo "docs-image: $png ($width x $height px at 2x)"
