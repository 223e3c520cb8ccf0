#!/usr/bin/env bash
# Copies the repository's real files into fuzz/corpus/<target>/ as the fuzzers' seeds (the
# corpus folders are not committed; libFuzzer adds what it finds to them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/fuzz/corpus"
agreements=("$root"/examples/*.avtale.yaml "$root"/tests/fixtures/*.avtale.yaml "$root"/tests/fixtures/formats/*/*.avtale.yaml)
templates=("$root"/templates/*.yaml "$root"/templates/terms/*.yaml)
mkdir -p "$corpus"/{agreement,template,render,prose_diff,docx_import}
cp "${agreements[@]}" "$corpus/agreement/"
cp "${templates[@]}" "$corpus/template/"
cp "${agreements[@]}" "${templates[@]}" "$corpus/render/"
# Pairs for the diff, split at a NUL: the first 4 KB of two agreements (a section's length;
# whole files take seconds apiece under the fuzzer's instrumentation).
i=0
for a in "${agreements[@]}"; do
  for b in "${agreements[@]}"; do
    { head -c 4000 "$a"; printf '\0'; head -c 4000 "$b"; } > "$corpus/prose_diff/pair-$i"
    i=$((i + 1))
  done
done
# Word documents made elsewhere (and refused ones: encrypted) for the import.
cp "$root"/tests/fixtures/word/*.docx "$corpus/docx_import/"
echo "Seeded $(find "$corpus" -type f | wc -l) files into $corpus"
