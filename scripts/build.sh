#!/usr/bin/env bash
# Installs what is missing, then builds the given presets (default: web).
# Usage: build.sh [web] [native]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
for preset in "${@:-web}"; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
