#!/usr/bin/env bash
# Exports the example agreement and each starter (bokmål and nynorsk) as PDF, the example's
# short version, and a redline of the example against an edited copy, and writes every page as
# a PNG with pdftoppm, so the pages can be looked at. Default folder: tests/out/pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-tests/out/pdf}")
mkdir -p "$out"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/avtale/target}
cargo build -q -p avtale-cli
avtale="$CARGO_TARGET_DIR/debug/avtale"
"$avtale" pdf examples/hovedavtale-vestland.avtale.yaml -o "$out/eksempel.pdf"
"$avtale" pdf examples/hovedavtale-vestland.avtale.yaml --short -o "$out/eksempel-kort.pdf"
sed -e '0,/per_year: 2/s//per_year: 4/' -e 's/forpliktende samarbeid/forpliktende og tett samarbeid/' \
  examples/hovedavtale-vestland.avtale.yaml > "$out/eksempel-endret.avtale.yaml"
"$avtale" diff examples/hovedavtale-vestland.avtale.yaml "$out/eksempel-endret.avtale.yaml" \
  --format pdf -o "$out/eksempel-endringer.pdf"
for starter in hovedavtale underavtale-ot handlingsplan; do
  for lang in nb nn; do
    "$avtale" new --starter "$starter" --county Vestland --lang "$lang" -o "$out/$starter-$lang.avtale.yaml" --force
    "$avtale" pdf "$out/$starter-$lang.avtale.yaml" -o "$out/$starter-$lang.pdf" --draft
  done
done
for pdf in "$out"/*.pdf; do
  pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}"
done
ls "$out"
