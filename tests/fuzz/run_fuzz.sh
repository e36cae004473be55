#!/usr/bin/env bash
# Builds the import fuzzer with Debian's clang and runs it for a bounded time.
# Usage: run_fuzz.sh <source-root> <work-dir> <seconds>   (seconds 0: build only;
# the native build does that, so CTest's time is the fuzzing's own)
set -euo pipefail
ROOT="$1"; WORK="$2"; SECONDS_BUDGET="${3:-30}"
mkdir -p "$WORK/corpus"
CXX=clang++-14
BIN="$WORK/fuzz_import"
SRCS=("$ROOT"/src/core/*.cpp "$ROOT/tests/fuzz/fuzz_import.cpp")
newest=$(ls -t "${SRCS[@]}" "$ROOT"/src/core/*.h "$ROOT/scripts/build/make_fold_table.py" | head -1)
if [ ! -x "$BIN" ] || [ "$newest" -nt "$BIN" ]; then
  mkdir -p "$WORK/gen/lestari"
  printf '#pragma once\nnamespace lestari { inline constexpr const char* kAppName = "Lestari"; inline constexpr const char* kAppVersion = "fuzz"; }\n' > "$WORK/gen/lestari/version.h"
  python3 "$ROOT/scripts/build/make_fold_table.py" "$WORK/gen/lestari/unicode_fold.inc"
  $CXX -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DLESTARI_ASSETS_DIR="\"$ROOT/assets\"" -I"$ROOT/src/core" -I"$WORK/gen/lestari" "${SRCS[@]}" -o "$BIN"
fi
if [ "$SECONDS_BUDGET" = 0 ]; then touch "$BIN"; exit 0; fi
# Seeds: the demo report and the schema examples.
cp -f "$ROOT"/assets/demo-report.json "$WORK/corpus/" 2>/dev/null || true
cp -f "$ROOT"/docs/examples/*.json "$WORK/corpus/" 2>/dev/null || true
export ASAN_OPTIONS=detect_leaks=1
"$BIN" "$WORK/corpus" -max_total_time="$SECONDS_BUDGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 2>&1 | tail -n 15
echo "fuzz: ran ${SECONDS_BUDGET}s without crash, leak or uncaught exception"
