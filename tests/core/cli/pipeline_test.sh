#!/usr/bin/env bash
# End to end: `tandem pipeline` on the bundled Meduza pair writes a project and exports that strict
# validators and an independent reader (translate-toolkit) accept, and reports names against the gold.
# usage: pipeline_test.sh TANDEM_BINARY SOURCE_DIR SHARED_STANDARDS_DIR
set -euo pipefail
tandem=$1 src=$2 standards=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$tandem" pipeline "$src/data/meduza/article.en.txt" "$src/data/meduza/article.ru.txt" --src-lang en --tgt-lang ru \
  --keep-line-breaks --name meduza -o "$out" --gold-glossary "$src/data/meduza/glossary.tsv" > "$out/summary.txt"
cat "$out/summary.txt"

for f in meduza.tandem meduza.tmx meduza.bitext.tsv meduza.glossary.tbx meduza.glossary-2008.tbx \
         meduza.glossary.tsv meduza.glossary.csv; do
  [ -s "$out/$f" ] || { echo "FAIL: $f missing or empty"; exit 1; }
done
grep -q '^beads: ' "$out/summary.txt" || { echo "FAIL: no bead summary"; exit 1; }
grep -qE '^names against .*recall (0\.9|1\.0)' "$out/summary.txt" || { echo "FAIL: name recall below 0.9"; exit 1; }

xmllint --noout --dtdvalid "$standards/tmx14.dtd" "$out/meduza.tmx"
xmllint --noout --relaxng "$standards/TBXcoreStructV03.rng" "$out/meduza.glossary.tbx"

units=$(grep -c '<tu ' "$out/meduza.tmx" || true)
[ "$units" -gt 50 ] || { echo "FAIL: only $units translation units"; exit 1; }
/usr/bin/python3 - "$out" "$units" <<'PY'
import sys
from translate.storage import tmx, tbx
out, units = sys.argv[1], int(sys.argv[2])
memory = tmx.tmxfile.parsefile(out + "/meduza.tmx")
read = [u for u in memory.units if u.source and u.target]
assert len(read) == units, f"translate-toolkit read {len(read)} TMX units, the file has {units}"
glossary = tbx.tbxfile.parsefile(out + "/meduza.glossary-2008.tbx")
terms = [u for u in glossary.units if u.source and u.target]
assert len(terms) >= 30, f"translate-toolkit read only {len(terms)} TBX 2008 terms"
print(f"translate-toolkit: {len(read)} TMX units, {len(terms)} TBX terms")
PY

"$tandem" info "$out/meduza.tandem" > /dev/null
echo "pipeline test passed"
