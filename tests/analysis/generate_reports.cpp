// Writes a national programme's worth of reports with Lestari's own exporter
// and scorer: varied levels, "not applicable" and unanswered indicators, and
// some innovations sent twice (a newer resubmission). Deterministic.
// Usage: generate_reports <out-dir> <count>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/report/report.h"

using namespace lestari;

namespace {
std::string read(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
struct Random {  // a small linear congruential generator: the same files every run
  std::uint64_t state = 20241120;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) { std::cerr << "usage: generate_reports <out-dir> <count>\n"; return 2; }
  const std::string dir = argv[1];
  const int count = std::stoi(argv[2]);
  auto c = Checklist::load(read(LESTARI_ASSETS_DIR "/checklist.json"));
  auto s = Translations::load(read(LESTARI_ASSETS_DIR "/strings.json"));
  if (!c.ok() || !s.ok()) { std::cerr << "assets do not load\n"; return 1; }
  const Checklist& cl = *c.value;
  Random rnd;
  for (int i = 0; i < count; ++i) {
    Assessment a;
    // One report in 30 resubmits an earlier innovation (same name and agency, later date).
    int who = (i > 100 && i % 30 == 0) ? static_cast<int>(rnd.next(static_cast<unsigned>(i))) : i;
    setProfileValue(a, cl, "name", "Inovasi " + std::to_string(who));
    setProfileValue(a, cl, "agency", "Pemerintah Daerah " + std::to_string(who % 34 + 1));
    setProfileValue(a, cl, "region", "Provinsi " + std::to_string(who % 34 + 1));
    if (who % 10 != 9) setProfileValue(a, cl, "stage", cl.stages()[static_cast<std::size_t>(who) % 3].id);  // one in ten names none
    unsigned skill = rnd.next(5);  // innovations differ in maturity
    for (const Factor& f : cl.factors)
      for (const Indicator& ind : f.indicators) {
        unsigned roll = rnd.next(100);
        if (roll < 4) setNotApplicable(a, cl, ind.id, true);
        else if (roll < 10) continue;  // unanswered
        else setLevel(a, cl, ind.id, static_cast<int>(std::min(4u, (skill + rnd.next(3)) % 5)));
      }
    char at[32];
    std::snprintf(at, sizeof at, "2026-%02d-%02dT%02d:%02d:00Z", 1 + i / 200 % 12, 1 + i % 28, i % 24, i % 60);
    std::ofstream out(dir + "/report-" + std::to_string(10000 + i) + ".json", std::ios::binary);
    out << exportReport(cl, *s.value, a, i % 2 ? Lang::En : Lang::Id, at);
  }
  std::cout << count << " reports written to " << dir << "\n";
  return 0;
}
