#!/usr/bin/env bash
# Sets everything up and runs Tandem's main job on the bundled Meduza pair: import, segmentation,
# alignment, name mining, exports (TMX, bitext, TBX, TSV, CSV) into out/meduza/ with a summary on the
# terminal; then opens the workbench on the result when a display is present.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

sudo_if_needed ./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target tandem tandem-gui

./build/core/cli/tandem pipeline data/meduza/article.en.txt data/meduza/article.ru.txt \
  --src-lang en --tgt-lang ru --keep-line-breaks --name meduza -o out/meduza \
  --gold-glossary data/meduza/glossary.tsv

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  ./build/gui/tandem-gui out/meduza/meduza.tandem
else
  echo "No display: open the result later with  ./build/gui/tandem-gui out/meduza/meduza.tandem"
fi
