#!/usr/bin/env bash
# Installs what is missing, builds both presets and runs every test (CTest:
# core unit tests, schema validation, fuzzing, size budget, browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh web native
ctest --preset native
