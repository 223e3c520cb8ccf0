#!/usr/bin/env bash
# Takes a screenshot of each main screen of the app (start, new agreement, editor, parties,
# template picker, a diagnostic, preview, recovery) by running the end-to-end tests under Xvfb
# with AVTALE_SCREENSHOTS set. Writes PNGs to the folder given (default tests/out/screens).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-tests/out/screens}")
mkdir -p "$out"
AVTALE_SCREENSHOTS="$out" make e2e
echo "screenshots: $out"
ls "$out"
