#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs the Debian packages, builds with warnings
# as errors (benchmarks included, not run), runs every test, then runs the core tests again under
# ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

sudo_if_needed ./scripts/install-deps.sh
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
cmake --build --preset ci -j "$jobs" --target bench   # built so they cannot rot; run by hand
ctest --preset ci -j "$jobs"

cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$jobs"
ctest --preset sanitize -j "$jobs" -L core
