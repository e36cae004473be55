// libFuzzer target: importReport must never crash, leak or throw, whatever
// the bytes; the strict parser must agree with nlohmann's (see the body); nor the caseless key of any valid text (a room's duplicates),
// which must also be stable (the key of a key is itself). Built with clang (-fsanitize=fuzzer,address,undefined) by
// tests/fuzz/run_fuzz.sh and run for a bounded time by CTest.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "caseless.h"
#include "checklist.h"
#include "report.h"
#include "strict_json.h"
#include "text.h"

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
  if (lestari::findInvalidUtf8(text) == std::string_view::npos) {
    // Lestari's own parser against nlohmann's as the reference: what both
    // read is the same document; what the reference refuses, Lestari refuses.
    auto mine = lestari::parseStrictJson(text);
    lestari::Json ref = lestari::Json::parse(text.begin(), text.end(), nullptr, false);
    if (ref.is_discarded() && mine.ok()) __builtin_trap();
    if (!ref.is_discarded() && mine.ok() && (*mine.value != ref || mine.value->dump() != ref.dump())) __builtin_trap();
    std::string key = lestari::caselessKey(text);
    if (lestari::caselessKey(key) != key) __builtin_trap();
  }
  return 0;
}
