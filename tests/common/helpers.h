#pragma once
// Shared fixtures for the core tests: the real assets from assets/.
#include <fstream>
#include <sstream>
#include <string>

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "core/model/translations.h"

namespace lestari::test {

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string asset(const std::string& name) { return readFile(std::string(LESTARI_ASSETS_DIR) + "/" + name); }

inline const Checklist& checklist() {
  static const Checklist c = *Checklist::load(asset("checklist.json")).value;
  return c;
}

inline const Translations& translations() {
  static const Translations s = *Translations::load(asset("strings.json")).value;
  return s;
}

// Every indicator of the checklist answered with the same level.
inline Assessment allAt(int level) {
  Assessment a;
  for (const auto& f : checklist().factors)
    for (const auto& i : f.indicators) setLevel(a, checklist(), i.id, level);
  return a;
}

}  // namespace lestari::test
