// libFuzzer target: importReport must never crash, leak or throw, whatever
// the bytes. Built with clang (-fsanitize=fuzzer,address,undefined) by
// tests/fuzz/run_fuzz.sh and run for a bounded time by CTest.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "checklist.h"
#include "report.h"

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
  return 0;
}
