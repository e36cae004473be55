// Benchmark (not a test): what one click on a level costs natively, from the
// edit through scoring to the autosave written into storage (an in-memory
// host). Run by scripts/bench.sh on a release build; prints the median of
// many clicks against its budget and exits 1 when it is broken.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "fake_host.h"

using namespace lestari;
using namespace lestari::test;

int main() {
  constexpr double kBudgetMicros = 150;
  Storage storage;
  FakeHost host(storage);
  app::Session session = host.session();
  std::vector<std::string> ids;
  for (const Factor& f : checklist().factors)
    for (const Indicator& i : f.indicators) ids.push_back(i.id);
  for (std::size_t k = 0; k < ids.size(); ++k) session.setLevel(ids[k], static_cast<int>(k % 5));  // a full report
  std::vector<double> micros;
  for (int click = 0; click < 2000; ++click) {
    const auto start = std::chrono::steady_clock::now();
    session.setLevel(ids[static_cast<std::size_t>(click) % ids.size()], click % 5);
    micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(micros.begin(), micros.end());
  const double median = micros[micros.size() / 2];
  const bool pass = median <= kBudgetMicros && session.allSaved();
  std::printf("%s  click (native: an answer scored and autosaved): %.0f us  [budget %.0f]\n", pass ? "PASS" : "FAIL", median,
              kBudgetMicros);
  return pass ? 0 : 1;
}
