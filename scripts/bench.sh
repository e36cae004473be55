#!/usr/bin/env bash
# Performance benchmark: builds Lestari and the stock ImGui example, then
# prints size, idle cost, start time, responsiveness and bulk-scoring figures
# with their budgets and the ratios to the stock example. Non-zero exit when
# a budget is broken. See docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/build.sh web >/dev/null
IMGUI_DIR="$(sed -n 's/^IMGUI_DIR:PATH=//p' build/web/CMakeCache.txt)"
bash scripts/bench/build_stock.sh "$IMGUI_DIR" build/bench/stock
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(chromium --version 2>/dev/null)"
node scripts/bench/bench.mjs build/web/dist build/bench/stock/stock.html --json build/bench/results.json
