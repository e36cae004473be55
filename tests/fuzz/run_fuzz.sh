#!/usr/bin/env bash
# Builds the fuzzers with Debian's clang (libFuzzer, AddressSanitizer,
# UndefinedBehaviorSanitizer) and runs one for a bounded time.
# Usage: run_fuzz.sh <source-root> <work-dir> <seconds> [json|import]
#   seconds 0: build both only (the native build does that, so CTest's time
#   is the fuzzing's own).
# fuzz_json: the strict parser alone, quick; fuzz_import: the report reader,
# share codes and a room's chat. Both start from tests/fuzz/seeds (one error
# path each, written by make_seeds.py) with tests/fuzz/report.dict.
set -euo pipefail
ROOT="$1"; WORK="$2"; SECONDS_BUDGET="${3:-30}"; TARGET="${4:-import}"
CXX=clang++-14
FLAGS=(-std=c++17 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
mkdir -p "$WORK/obj"
stamp="$WORK/fuzzers.built"
newest=$(ls -t "$ROOT"/src/core/*/*.cpp "$ROOT"/src/core/*/*.h "$ROOT"/tests/fuzz/*.cpp "$ROOT/scripts/build/make_fold_table.py" | head -1)
if [ ! -f "$stamp" ] || [ "$newest" -nt "$stamp" ]; then
  mkdir -p "$WORK/gen/lestari"
  printf '#pragma once\nnamespace lestari { inline constexpr const char* kAppName = "Lestari"; inline constexpr const char* kAppVersion = "fuzz"; }\n' > "$WORK/gen/lestari/version.h"
  python3 "$ROOT/scripts/build/make_fold_table.py" "$WORK/gen/lestari/unicode_fold.inc"
  # The core once, as objects (two at a time), for both fuzzers.
  rm -f "$WORK"/obj/*.o
  pids=()
  for src in "$ROOT"/src/core/*/*.cpp; do
    $CXX "${FLAGS[@]}" -I"$ROOT/src" -I"$WORK/gen/lestari" -c "$src" -o "$WORK/obj/$(basename "$src" .cpp).o" &
    pids+=($!)
    if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  for t in json import; do
    $CXX "${FLAGS[@]/fuzzer-no-link/fuzzer}" -DLESTARI_ASSETS_DIR="\"$ROOT/assets\"" -I"$ROOT/src" -I"$WORK/gen/lestari" \
      "$ROOT/tests/fuzz/fuzz_$t.cpp" "$WORK"/obj/*.o -o "$WORK/fuzz_$t"
  done
  touch "$stamp"
fi
if [ "$SECONDS_BUDGET" = 0 ]; then exit 0; fi
BIN="$WORK/fuzz_$TARGET"
# The corpus grows in the build tree from the seeds (and the schema's examples).
SEEDS="${LESTARI_FUZZ_SEEDS:-$ROOT/tests/fuzz/seeds}"
mkdir -p "$WORK/corpus-$TARGET"
if [ "$TARGET" = json ]; then
  cp -f "$SEEDS"/p-* "$WORK/corpus-$TARGET/"  # small texts: many thousands a second
else
  cp -f "$SEEDS"/* "$WORK/corpus-$TARGET/"
  cp -f "$ROOT"/docs/examples/*.json "$WORK/corpus-$TARGET/"
fi
export ASAN_OPTIONS=detect_leaks=1
LOG="$WORK/fuzz_$TARGET.log"
set +e
"$BIN" "$WORK/corpus-$TARGET" -dict="${LESTARI_FUZZ_DICT:-$ROOT/tests/fuzz/report.dict}" -max_total_time="$SECONDS_BUDGET" \
  -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$WORK/$TARGET-" -print_final_stats=1 > "$LOG" 2>&1
status=$?
set -e
if [ $status -ne 0 ]; then
  # The sanitizer's report with its stack, and where the input was kept.
  grep -v '^#[0-9]*\s*\(NEW\|REDUCE\|pulse\|INITED\|RELOAD\)' "$LOG" | tail -n 80
  echo "fuzz_$TARGET: FAILED; the input is in $WORK/ ($TARGET-crash-*, -leak-*, -timeout-*)"
  exit $status
fi
tail -n 12 "$LOG"
echo "fuzz_$TARGET: ran ${SECONDS_BUDGET}s without crash, leak or uncaught exception"
