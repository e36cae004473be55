#!/usr/bin/env bash
# Installs what is missing, builds both presets and runs every test (CTest:
# core unit tests, schema validation, fuzzing, size budget, browser tests).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native
