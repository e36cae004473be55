// libFuzzer target: Lestari's strict JSON parser (src/core/json/strict_json.cpp),
// alone and so quick (tens of thousands of inputs a second): against
// nlohmann's parser as the reference (what both read is the same document;
// what the reference refuses, Lestari refuses), with members read for their
// shape only, and under tight limits, so that every limit's error path is
// reached by small inputs. Its bugs show as sanitizer reports (a path made
// from freed memory was one). Built by tests/fuzz/run_fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json/strict_json.h"
#include "core/text/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  lestari::JsonLimits tight;
  tight.maxDepth = 6;
  tight.maxStringBytes = 48;
  tight.maxArrayItems = 12;
  tight.maxObjectKeys = 12;
  tight.maxKeyBytes = 40;
  tight.maxValues = 200;
  auto small = lestari::parseStrictJson(text, tight, {"method", "recommendations"});
  auto shaped = lestari::parseStrictJson(text, {}, {"method", "recommendations"});
  auto mine = lestari::parseStrictJson(text);
  // Each error names a place in the document: a path from "$".
  for (const auto* r : {&small, &shaped, &mine})
    if (!r->ok() && (r->errors.empty() || r->errors[0].path.rfind("$", 0) != 0)) __builtin_trap();
  // Reading for the shape changes what is kept, never the verdict.
  if (shaped.ok() != mine.ok()) __builtin_trap();
  if (!mine.ok() && (shaped.errors[0].code != mine.errors[0].code || shaped.errors[0].path != mine.errors[0].path)) __builtin_trap();
  // What fits the tight limits reads the same as with the usual ones.
  if (small.ok() && !mine.ok()) __builtin_trap();
  if (lestari::findInvalidUtf8(text) == std::string_view::npos) {
    lestari::Json ref = lestari::Json::parse(text.begin(), text.end(), nullptr, false);
    if (ref.is_discarded() && mine.ok()) __builtin_trap();
    if (!ref.is_discarded() && mine.ok() && (*mine.value != ref || mine.value->dump() != ref.dump())) __builtin_trap();
  }
  return 0;
}
