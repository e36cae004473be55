// Writes freshly exported reports (several kinds of assessment, both
// languages) into a folder, for tests/schema/validate.mjs to check against
// the JSON Schema.
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/room/aggregate.h"
#include "core/room/room_export.h"
#include "core/report/report.h"

using namespace lestari;

static std::string read(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  if (argc != 2) { std::cerr << "usage: export_examples <out-dir>\n"; return 2; }
  const std::string dir = argv[1];
  auto c = Checklist::load(read(LESTARI_ASSETS_DIR "/checklist.json"));
  auto s = Translations::load(read(LESTARI_ASSETS_DIR "/strings.json"));
  if (!c.ok() || !s.ok()) { std::cerr << "assets do not load\n"; return 1; }
  const Checklist& cl = *c.value;

  std::vector<std::pair<std::string, Assessment>> cases;
  cases.push_back({"empty", Assessment{}});
  Assessment full, mixed;
  int n = 0;
  for (const auto& f : cl.factors)
    for (const auto& i : f.indicators) {
      setLevel(full, cl, i.id, 4);
      if (n % 6 == 5) setNotApplicable(mixed, cl, i.id, true);
      else if (n % 4 != 3) setLevel(mixed, cl, i.id, n % 5);
      setNote(mixed, cl, i.id, "Catatan \"bukti\" ke-" + std::to_string(n));
      ++n;
    }
  for (const auto& field : cl.profile) {
    if (field.type == FieldType::Year) setProfileValue(mixed, cl, field.id, field.min + 1);
    else if (field.type == FieldType::Choice) setProfileValue(mixed, cl, field.id, field.options.back().id);
    else setProfileValue(mixed, cl, field.id, "Nilai " + field.id);
  }
  cases.push_back({"full", full});
  cases.push_back({"mixed", mixed});
  Assessment allNa;
  for (const auto& i : cl.factors[2].indicators) setNotApplicable(allNa, cl, i.id, true);
  for (const auto& i : cl.factors[0].indicators) setLevel(allNa, cl, i.id, 1);
  cases.push_back({"capped-na", allNa});

  Action act{cl.factors[0].indicators[0].id, "Susun SOP \"layanan\"", "Kasubag Umum", "2027-01-31", ActionStatus::InProgress, "x"};
  setAction(mixed, cl, act);
  cases.push_back({"with-plan", mixed});
  std::vector<std::pair<std::string, std::string>> room;
  for (const auto& [name, a] : cases)
    for (Lang lang : {Lang::Id, Lang::En}) {
      std::string text = exportReport(cl, *s.value, a, lang, "2026-11-27T08:30:00Z");
      std::ofstream out(dir + "/" + name + "-" + langCode(lang) + ".json", std::ios::binary);
      out << text;
      room.push_back({name + "-" + langCode(lang) + ".json", text});
    }
  room.push_back({"broken.json", "{\"schema\": tru"});
  RoomData g = aggregate(cl, room);
  for (Lang lang : {Lang::Id, Lang::En}) {
    std::ofstream out(dir + "/group-" + langCode(lang) + ".json", std::ios::binary);
    out << roomJson(g, cl, *s.value, lang, "2026-11-28T08:30:00Z");
  }
  std::cout << cases.size() * 2 << " reports and 2 group summaries written to " << dir << "\n";
  return 0;
}
