// Session (src/ui/session.cpp, no ImGui): autosave after every change,
// damaged or foreign autosaves set aside, full storage reported, settings kept.
#include <doctest/doctest.h>

#include <map>

#include "helpers.h"
#include "session.h"

using namespace lestari;
using namespace lestari::test;

namespace {
struct FakeHost : ui::Host {
  std::map<std::string, std::string> storage;
  bool full = false;
  std::vector<std::pair<std::string, std::string>> downloads;
  void download(const std::string& name, const std::string& text) override { downloads.push_back({name, text}); }
  void pickFile() override {}
  ui::StoreResult store(const std::string& k, const std::string& v) override {
    if (full && k == ui::Session::kAutosaveKey) return ui::StoreResult::Full;
    storage[k] = v;
    return ui::StoreResult::Ok;
  }
  std::optional<std::string> load(const std::string& k) override {
    auto it = storage.find(k);
    return it == storage.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  void remove(const std::string& k) override { storage.erase(k); }
  void copyToClipboard(const std::string&) override {}
  std::string nowIso() override { return "2026-11-27T09:15:00Z"; }
  // A session started on this host, as the app starts one: restored from storage.
  ui::Session session() {
    ui::Session s(checklist(), translations(), *this);
    s.restore();
    return s;
  }
};
const std::string& firstIndicator() { return checklist().factors[0].indicators[0].id; }
}  // namespace

TEST_CASE("every change is autosaved and comes back in a new session") {
  FakeHost host;
  {
    ui::Session s = host.session();
    REQUIRE_FALSE(s.setProfile("name", "Si Ikan Nila"));
    REQUIRE_FALSE(s.setLevel(firstIndicator(), 3));
    REQUIRE_FALSE(s.setNote(firstIndicator(), "SK ada"));
    CHECK(s.saveCount() == 3);
  }
  ui::Session again = host.session();
  CHECK(again.assessment().profileText("name") == "Si Ikan Nila");
  CHECK(again.assessment().answers.at(firstIndicator()).level == 3);
  REQUIRE(again.savedSummary());
  CHECK(again.savedSummary()->name == "Si Ikan Nila");
  CHECK(again.savedSummary()->changedAt == "2026-11-27T09:15:00Z");
}

TEST_CASE("a refused edit is not saved and changes nothing") {
  FakeHost host;
  ui::Session s = host.session();
  CHECK(s.setLevel(firstIndicator(), 9));
  CHECK(s.saveCount() == 0);
  CHECK(host.storage.count(ui::Session::kAutosaveKey) == 0);
}

TEST_CASE("a damaged or foreign autosave is set aside, reported, never lost") {
  for (std::string bad : {std::string("{\"schema\": tru"), std::string("{\"schema\":\"someone.else\",\"schemaVersion\":1}")}) {
    FakeHost host;
    host.storage[ui::Session::kAutosaveKey] = bad;
    ui::Session s = host.session();
    REQUIRE(s.storageProblem());
    CHECK(s.storageProblem()->code == "storage_corrupt");
    CHECK(s.assessment().empty());
    std::string aside = s.storageProblem()->args.at(0);
    CHECK(host.storage.at(aside) == bad);
    CHECK(host.storage.count(ui::Session::kAutosaveKey) == 0);
  }
}

TEST_CASE("full storage is reported until a save succeeds again") {
  FakeHost host;
  host.full = true;
  ui::Session s = host.session();
  s.setLevel(firstIndicator(), 1);
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_full");
  CHECK(s.assessment().answers.at(firstIndicator()).level == 1);  // kept in memory
  host.full = false;
  s.setLevel(firstIndicator(), 2);
  CHECK_FALSE(s.storageProblem());
}

TEST_CASE("download marks the work saved; a change marks it unsaved again") {
  FakeHost host;
  ui::Session s = host.session();
  s.setProfile("name", "Jarik Ma'Siti");
  CHECK(s.unsaved());
  s.download();
  REQUIRE(host.downloads.size() == 1);
  CHECK(host.downloads[0].first == "lestari-jarik-ma-siti-2026-11-27.json");
  CHECK_FALSE(s.unsaved());
  s.setLevel(firstIndicator(), 0);
  CHECK(s.unsaved());
}

TEST_CASE("settings are remembered and damaged settings fall back to defaults") {
  FakeHost host;
  {
    ui::Session s = host.session();
    s.setLanguage(Lang::En);
    s.setUiScale(1.5f);
    s.setHighContrast(true);
  }
  ui::Session again = host.session();
  CHECK(again.settings().language == Lang::En);
  CHECK(again.settings().uiScale == doctest::Approx(1.5f));
  CHECK(again.settings().highContrast);
  host.storage[ui::Session::kSettingsKey] = "[1,2";
  ui::Session broken = host.session();
  CHECK(broken.settings().language == Lang::Id);
}
