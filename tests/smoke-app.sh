#!/usr/bin/env bash
# Starts the app under Xvfb on an agreement, waits for it to draw, takes a screenshot and checks
# that the app is still running and the screen shows a page (not a blank or black window).
# Usage: tests/smoke-app.sh APP_BINARY AGREEMENT_FILE [SCREENSHOT.png [TITLE_WORDS]]
# With TITLE_WORDS, it also checks that a window whose title holds those words (the opened
# agreement's title, which the core sets) is on screen, and prints the window's WM_CLASS.
set -euo pipefail
app=$1
file=$2
shot=${3:-${TMPDIR:-/tmp}/avtale-smoke.png}
title=${4:-}

xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  "$0" "$1" 2>/tmp/avtale-smoke.log & pid=$!
  sleep 8
  if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited early:"; cat /tmp/avtale-smoke.log; exit 1; fi
  if [ -n "$3" ]; then
    for _ in $(seq 20); do win=$(xdotool search --name "$3" 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 1; done
    if [ -z "${win:-}" ]; then echo "smoke: no window titled \"$3\""; kill "$pid"; exit 1; fi
    echo "smoke: window \"$(xdotool getwindowname "$win")\", $(xprop -id "$win" WM_CLASS)"
  fi
  import -window root "$2"
  kill "$pid"; wait "$pid" 2>/dev/null || true
' "$app" "$file" "$shot" "$title"

# ImageMagick's own identify (a stand-in `convert` may shadow ImageMagick on some machines).
colours=$(/usr/bin/identify -format %k "$shot")
echo "smoke: screenshot $shot has $colours colours"
if [ "$colours" -lt 50 ]; then
  echo "smoke: the window looks blank"; exit 1
fi
