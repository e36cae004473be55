// libFuzzer target: the report reader and what a room reads must never
// crash, leak or throw, whatever the bytes: importReport, a share code,
// a chat's codes read into a room, and the caseless key of any valid text
// (a room's duplicates), which must also be stable (the key of a key is
// itself). The parser alone, against nlohmann's, is fuzz_json.cpp. Built
// with clang (-fsanitize=fuzzer,address,undefined) by tests/fuzz/run_fuzz.sh
// and run for a bounded time by CTest.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/room/aggregate.h"
#include "core/text/caseless.h"
#include "core/model/checklist.h"
#include "core/report/report.h"
#include "core/report/share_code.h"
#include "core/text/text.h"

static const lestari::Checklist& checklist() {
  static const lestari::Checklist c = [] {
    std::ifstream in(std::string(LESTARI_ASSETS_DIR) + "/checklist.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return *lestari::Checklist::load(ss.str()).value;
  }();
  return c;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = lestari::importReport(text, checklist());
  if (r.ok() && r.value->assessment.answers.size() > checklist().indicatorCount()) __builtin_trap();
  auto code = lestari::readShareCode(text, checklist());
  if (code.ok() && code.value->assessment.answers.size() > checklist().indicatorCount()) __builtin_trap();
  if (lestari::isChatWithCodes(text)) {
    // Every code found is one report or one listed failure.
    const std::size_t found = lestari::findShareCodes(text, checklist()).size();
    lestari::RoomBuilder room(checklist());
    room.add("chat", text);
    if (room.size() != found) __builtin_trap();
    lestari::RoomData g = std::move(room).finish();
    if (g.counted > g.reports.size()) __builtin_trap();
  }
  if (lestari::findInvalidUtf8(text) == std::string_view::npos) {
    std::string key = lestari::caselessKey(text);
    if (lestari::caselessKey(key) != key) __builtin_trap();
  }
  return 0;
}
