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
# A room of 10,000 as the report generator writes them (tests/analysis).
cmake --preset native >/dev/null
cmake --build --preset native --target generate_reports >/dev/null
if [ "$(find build/bench/reports -name '*.json' 2>/dev/null | wc -l)" -ne 10000 ]; then
  rm -rf build/bench/reports && mkdir -p build/bench/reports
  build/native/tests/generate_reports build/bench/reports 10000 >/dev/null
fi
# One click natively (release build, no sanitizers): an answer scored once and autosaved.
cmake -S . -B build/bench/native -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ -DLESTARI_SANITIZE=OFF >/dev/null
cmake --build build/bench/native --target click_bench -j "$(nproc)" >/dev/null
click_ok=0
build/bench/native/tests/click_bench || click_ok=$?
bench_ok=0
node scripts/bench/bench.mjs build/web/dist build/bench/stock/stock.html --json build/bench/results.json --reports build/bench/reports || bench_ok=$?
# The first paint on a phone's connection: Lighthouse (npm, its own folder,
# not the project's dependencies) on the page as scripts/serve.sh serves it.
LH=build/bench/lighthouse
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH" && echo '{"private":true}' > "$LH/package.json"
  (cd "$LH" && npm install --no-audit --no-fund --silent lighthouse@12.2.3 >/dev/null)
fi
lh_ok=0
node scripts/bench/lighthouse.mjs build/web/dist "$LH/node_modules/lighthouse/cli/index.js" --json build/bench/lighthouse.json || lh_ok=$?
[ "$click_ok" -eq 0 ] && [ "$bench_ok" -eq 0 ] && [ "$lh_ok" -eq 0 ]
