#!/usr/bin/env bash
# Fetch plotly's partial gl2d bundle (scatter and scattergl, what the explorer draws) from npm
# into assets/vendor/, with its licence. Run it to move to another version, then record the new
# file's sha256 in tests/test_bundles.py. Needs npm; the app itself never downloads anything.
set -euo pipefail
VERSION="${1:-3.7.0}"
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "plotly.js-gl2d-dist-min@$VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir -p assets/vendor
cp "$tmp/package/plotly-gl2d.min.js" assets/vendor/plotly-gl2d.min.js
cp "$tmp/package/LICENSE" assets/vendor/plotly-gl2d.LICENSE.txt
sha256sum assets/vendor/plotly-gl2d.min.js
