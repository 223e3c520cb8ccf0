#!/usr/bin/env bash
# Release speed against LibreOffice, in one run (`make bench-release`; not part of `make test`).
#
# Builds the release CLI, makes an agreement of about PAGES pages (20) and exports it as PDF
# with the release CLI (`avtale pdf`), and converts the same agreement's HTML (`avtale render
# --format html`) to PDF with LibreOffice (`soffice --headless --convert-to pdf`, Debian's
# libreoffice-writer-nogui, in a private profile). Each runs RUNS times (15) after WARMUP
# unmeasured runs (2), with hyperfine when it is installed, else in a loop. The report: the
# medians, their ratio, the page count of both PDFs, the peak memory of one run of each, the
# size of the release binaries (the CLI, and the app when it was built) and the build time.
#
# The agreement: FILE (the first argument) when given, else the example agreement with its
# sections (all but the signatures) repeated under ids of their own until its print has at
# least PAGES pages. The copies come from the real example, so the text, tables and lists are
# what a county writes; the file lives alone in a scratch folder (the print of a main
# agreement also reads the agreements beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/avtale/target}
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-2}
PAGES=${PAGES:-20}
EXAMPLE=examples/hovedavtale-vestland.avtale.yaml

out=$(mktemp -d "${TMPDIR:-/tmp}/avtale-bench-release.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$out"' EXIT

echo "== Building the release CLI (cargo build --release -p avtale-cli)"
start=$(date +%s.%N)
cargo build --release --locked -q -p avtale-cli
build_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
avtale="$CARGO_TARGET_DIR/release/avtale"

pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }

# The example with its sections before the signatures repeated `copies` more times, each copy's
# section ids suffixed (-k2, -k3, ...); the signature section stays last.
lengthen() {
  local copies=$1
  awk -v copies="$copies" '
    function flush_copies(   k, i, line) {
      for (k = 2; k <= copies + 1; k++)
        for (i = 1; i <= n; i++) {
          line = body[i]
          if (line ~ /^- id: /) line = line "-k" k
          print line
        }
    }
    /^sections:/ { print; in_sections = 1; next }
    in_sections && /^- id: underskrifter/ { flush_copies(); signatures = 1 }
    in_sections && /^[a-z_]+:/ { in_sections = 0 }
    in_sections && !signatures { body[++n] = $0 }
    { print }
  ' "$EXAMPLE"
}

agreement="$out/avtale.avtale.yaml"
if [ $# -ge 1 ]; then
  cp "$1" "$agreement"
else
  copies=0
  while :; do
    lengthen "$copies" > "$agreement"
    "$avtale" pdf "$agreement" -o "$out/probe.pdf"
    [ "$(pages_of "$out/probe.pdf")" -ge "$PAGES" ] && break
    copies=$((copies + 1))
  done
fi
"$avtale" render "$agreement" --format html -o "$out/avtale.html"

# LibreOffice in a private profile (made by the first, unmeasured run).
profile="file://$out/lo-profile"
cli_cmd=("$avtale" pdf "$agreement" -o "$out/avtale.pdf")
lo_cmd=(soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$out/lo" "$out/avtale.html")
"${cli_cmd[@]}"
"${lo_cmd[@]}" > /dev/null 2>&1

# Seconds for one command: the median of RUNS runs after WARMUP.
median_of() {
  if command -v hyperfine > /dev/null; then
    local json="$out/hyperfine.json"
    hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" \
      -- "$(printf '%q ' "$@")" > /dev/null
    jq -r '.results[0].median' "$json"
  else
    local i times=()
    for ((i = 0; i < WARMUP; i++)); do "$@" > /dev/null 2>&1; done
    for ((i = 0; i < RUNS; i++)); do
      local t0 t1
      t0=$(date +%s.%N)
      "$@" > /dev/null 2>&1
      t1=$(date +%s.%N)
      times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
  fi
}

# Peak resident memory of one run, in MiB.
peak_mib() {
  /usr/bin/time -f '%M' "$@" 2>&1 > /dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'
}

echo "== Timing ($RUNS runs each after $WARMUP warm-up runs; $(command -v hyperfine > /dev/null && echo hyperfine || echo 'a loop'))"
cli_s=$(median_of "${cli_cmd[@]}")
lo_s=$(median_of "${lo_cmd[@]}")
cli_mib=$(peak_mib "${cli_cmd[@]}")
lo_mib=$(peak_mib "${lo_cmd[@]}")
cli_pages=$(pages_of "$out/avtale.pdf")
lo_pages=$(pages_of "$out/lo/avtale.pdf")
size_mib() { [ -f "$1" ] && awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MiB", b / 1048576 }' || echo "not built"; }

awk -v c="$cli_s" -v l="$lo_s" -v cp="$cli_pages" -v lp="$lo_pages" -v cm="$cli_mib" -v lm="$lo_mib" \
  -v b="$build_s" -v cli_size="$(size_mib "$avtale")" -v app_size="$(size_mib "$CARGO_TARGET_DIR/release/avtale-app")" '
  BEGIN {
    printf "\n%-34s %10s %7s %10s\n", "PDF of the same agreement", "median", "pages", "peak RSS"
    printf "%-34s %7.0f ms %7d %6d MiB\n", "avtale pdf (release)", c * 1000, cp, cm
    printf "%-34s %7.0f ms %7d %6d MiB\n", "LibreOffice (HTML to PDF)", l * 1000, lp, lm
    printf "\nAvtale is %.1fx faster than LibreOffice.\n", l / c
    printf "Release binaries: avtale %s, avtale-app %s. This run'\''s release build: %.0f s.\n", cli_size, app_size, b
  }'
