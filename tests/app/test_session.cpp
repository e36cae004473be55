// Session (src/app/session.cpp, no ImGui): autosave after every change,
// damaged or foreign autosaves set aside exactly, full storage reported,
// settings kept, two tabs that never overwrite each other's newer work, and
// forgetting everything on this device. Two tabs are two sessions on one
// shared storage, as two tabs of a page share localStorage.
#include <doctest/doctest.h>

#include <map>

#include "fake_host.h"
#include "helpers.h"
#include "app/session.h"

using namespace lestari;
using namespace lestari::test;

namespace {

const std::string& indicator(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }
const std::string& firstIndicator() { return indicator(0, 0); }
std::optional<int> levelOf(const app::Session& s, const std::string& id) {
  auto it = s.assessment().answers.find(id);
  return it == s.assessment().answers.end() ? std::nullopt : it->second.level;
}
std::vector<std::string> keysWithPrefix(const Storage& st, const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& kv : st.values)
    if (kv.first.rfind(prefix, 0) == 0) out.push_back(kv.first);
  return out;
}
}  // namespace

TEST_CASE("every change is autosaved and comes back in a new session") {
  Storage st;
  FakeHost host(st);
  {
    app::Session s = host.session();
    REQUIRE_FALSE(s.setProfile("name", "Si Ikan Nila"));
    REQUIRE_FALSE(s.setLevel(firstIndicator(), 3));
    REQUIRE_FALSE(s.setNote(firstIndicator(), "SK ada"));
    CHECK(s.saveCount() == 3);
  }
  app::Session again = host.session();
  CHECK(again.assessment().profileText("name") == "Si Ikan Nila");
  CHECK(again.assessment().answers.at(firstIndicator()).level == 3);
  REQUIRE(again.savedSummary());
  CHECK(again.savedSummary()->name == "Si Ikan Nila");
  CHECK(again.savedSummary()->changedAt == "2026-11-27T09:15:00Z");
}

TEST_CASE("an autosave from before revisions (a bare report) still restores") {
  Storage st;
  FakeHost host(st);
  Assessment a;
  setLevel(a, checklist(), firstIndicator(), 2);
  st.values[app::Session::kAutosaveKey] = exportReport(checklist(), translations(), a, Lang::Id, "2026-01-01T00:00:00Z");
  app::Session s = host.session();
  CHECK(levelOf(s, firstIndicator()) == 2);
  CHECK_FALSE(s.storageProblem());
  s.setLevel(indicator(0, 1), 1);
  CHECK(st.values.at(app::Session::kAutosaveKey).rfind("{\"lestari\":\"autosave\",\"rev\":1,", 0) == 0);
}

TEST_CASE("a refused edit is not saved and changes nothing") {
  Storage st;
  FakeHost host(st);
  app::Session s = host.session();
  CHECK(s.setLevel(firstIndicator(), 9));
  CHECK(s.saveCount() == 0);
  CHECK(st.values.count(app::Session::kAutosaveKey) == 0);
}

TEST_CASE("a damaged or foreign autosave is set aside exactly, reported, and can be downloaded as it was") {
  const std::string nul("{\"schema\": \"lestari\0 oops\"}", 27);
  for (std::string bad : {std::string("{\"schema\": tru"), std::string("{\"schema\":\"someone.else\",\"schemaVersion\":1}"), nul,
                          std::string("{\"note\": \"\xED\xA0\x80 lone surrogate\"}")}) {
    Storage st;
    FakeHost host(st);
    st.values[app::Session::kAutosaveKey] = bad;
    app::Session s = host.session();
    REQUIRE(s.storageProblem());
    CHECK(s.storageProblem()->code == "storage_corrupt");
    CHECK(s.assessment().empty());
    std::string aside = s.storageProblem()->args.at(0);
    CHECK(st.values.at(aside) == bad);  // byte for byte, NUL and all
    CHECK(st.values.count(app::Session::kAutosaveKey) == 0);
    s.downloadStored(aside);
    REQUIRE(host.downloads.size() == 1);
    CHECK(host.downloads[0].second == bad);  // what was set aside, not the new empty assessment
    REQUIRE(s.others().size() == 1);
    CHECK(s.others()[0].damaged);
  }
}

TEST_CASE("when damaged data cannot be set aside, it stays, and nothing is saved over it") {
  Storage st;
  FakeHost host(st);
  const std::string bad = "{\"schema\": \"x\"" + std::string(2700000, ' ') + "oops";
  st.values[app::Session::kAutosaveKey] = bad;
  st.quota = st.used() + 1000;  // nearly full: no room for a second copy
  app::Session s = host.session();
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_corrupt_kept");
  CHECK(s.blocked());
  CHECK(host.guard);  // leaving asks first: the new work is not being saved
  CHECK(st.values.at(app::Session::kAutosaveKey) == bad);
  CHECK(keysWithPrefix(st, app::Session::kBrokenPrefix).empty());  // no key named that does not exist
  s.setLevel(firstIndicator(), 3);
  CHECK(st.values.at(app::Session::kAutosaveKey) == bad);  // not overwritten
  CHECK(levelOf(s, firstIndicator()) == 3);                // kept in memory
  s.downloadStored(app::Session::kAutosaveKey);
  CHECK(host.downloads.back().second == bad);
  s.removeBlockingData();  // the user's choice, after the download
  CHECK_FALSE(s.blocked());
  CHECK_FALSE(host.guard);
  app::Session again = host.session();
  CHECK(levelOf(again, firstIndicator()) == 3);
}

TEST_CASE("full storage is reported until a save succeeds again; leaving asks meanwhile") {
  Storage st;
  FakeHost host(st);
  host.failKey = app::Session::kAutosaveKey;
  app::Session s = host.session();
  s.setLevel(firstIndicator(), 1);
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_full");
  CHECK(host.guard);
  CHECK(s.assessment().answers.at(firstIndicator()).level == 1);  // kept in memory
  host.failKey.clear();
  s.setLevel(firstIndicator(), 2);
  CHECK_FALSE(s.storageProblem());
  CHECK_FALSE(host.guard);
}

TEST_CASE("a window whose storage ends when it closes: said once, and leaving asks while changes are not downloaded") {
  Storage st;
  FakeHost host(st);
  app::Session s = host.session();
  s.storageEndsWithWindow(true);
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_session_only");
  CHECK_FALSE(host.guard);  // nothing to lose yet
  s.setLevel(firstIndicator(), 2);
  CHECK(host.guard);
  CHECK(s.storageProblem());  // saving works: the warning stays until dismissed
  CHECK(st.values.count(app::Session::kAutosaveKey) == 1);
  s.download();
  CHECK_FALSE(host.guard);
  s.setNote(firstIndicator(), "lagi");
  CHECK(host.guard);  // a change after the download is not in the file
  s.markKept();       // shared to a phone
  CHECK_FALSE(host.guard);
  s.dismissStorageProblem();
  // The same window reloaded: not said again, still guarded; a file opened is the user's already.
  app::Session again = host.session();
  again.storageEndsWithWindow(false);
  CHECK_FALSE(again.storageProblem());
  again.setLevel(firstIndicator(), 3);
  CHECK(host.guard);
  Assessment fromFile;
  setLevel(fromFile, checklist(), firstIndicator(), 1);
  again.replace(fromFile, true);
  CHECK_FALSE(host.guard);
}

TEST_CASE("failing to save settings is reported like failing to save the assessment") {
  Storage st;
  FakeHost host(st);
  host.failKey = app::Session::kSettingsKey;
  app::Session s = host.session();
  s.setLanguage(Lang::En);
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_full");
  CHECK(host.guard);
  CHECK(s.lang() == Lang::En);  // applied now, only not remembered
  host.failKey.clear();
  s.setUiScale(1.2f);
  CHECK_FALSE(s.storageProblem());
  st.broken = true;
  s.setHighContrast(true);
  REQUIRE(s.storageProblem());
  CHECK(s.storageProblem()->code == "storage_unavailable");
}

TEST_CASE("download marks the work saved; a change marks it unsaved again") {
  Storage st;
  FakeHost host(st);
  app::Session s = host.session();
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
  Storage st;
  FakeHost host(st);
  {
    app::Session s = host.session();
    s.setLanguage(Lang::En);
    s.setUiScale(1.5f);
    s.setHighContrast(true);
  }
  app::Session again = host.session();
  CHECK(again.settings().language == Lang::En);
  CHECK(again.settings().uiScale == doctest::Approx(1.5f));
  CHECK(again.settings().highContrast);
  st.values[app::Session::kSettingsKey] = "[1,2";
  app::Session broken = host.session();
  CHECK(broken.settings().language == Lang::Id);
}

TEST_CASE("two tabs: a tab that hears of the other's save takes it; nothing is lost") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session(), b = hostB.session();
  a.setProfile("name", "Si Ikan Nila");
  a.setLevel(firstIndicator(), 3);
  b.onStorageChanged(app::Session::kAutosaveKey);  // the browser's storage event
  CHECK(b.assessment() == a.assessment());
  auto notice = b.takeNotice();
  REQUIRE(notice);
  CHECK(notice->key == "notice.updatedElsewhere");
  b.setLevel(indicator(1, 0), 4);  // the other tab goes on from there
  a.onStorageChanged(app::Session::kAutosaveKey);
  CHECK(levelOf(a, firstIndicator()) == 3);
  CHECK(levelOf(a, indicator(1, 0)) == 4);
  app::Session reloaded = hostA.session();
  CHECK(reloaded.assessment() == b.assessment());
  CHECK(a.conflict() == app::Conflict::None);
  CHECK(b.conflict() == app::Conflict::None);
}

TEST_CASE("a tab's next save continues its last one without reading it back, but never over bytes it did not write") {
  Storage st;
  FakeHost host(st);
  app::Session s = host.session();
  s.setLevel(firstIndicator(), 1);
  s.setLevel(firstIndicator(), 2);
  const std::string second = st.values.at(app::Session::kAutosaveKey);
  CHECK(second.find("\"rev\":2,") != std::string::npos);
  s.setLevel(firstIndicator(), 3);  // continues its own save: revision 3, lineage of three
  const std::string third = st.values.at(app::Session::kAutosaveKey);
  CHECK(third.find("\"rev\":3,") != std::string::npos);
  CHECK(third.find("\"lineage\":[\"1.") != std::string::npos);

  SUBCASE("the same bytes changed in place (same size): set aside, not overwritten") {
    std::string changed = third;
    changed[changed.find("\"report\":") + 9] = '[';  // no longer a report
    st.values[app::Session::kAutosaveKey] = changed;
    s.setLevel(firstIndicator(), 4);
    REQUIRE(s.storageProblem());
    CHECK(s.storageProblem()->code == "storage_corrupt");
    bool keptAside = false;
    for (const auto& kv : st.values) keptAside = keptAside || kv.second == changed;
    CHECK(keptAside);
  }
  SUBCASE("another tab's save, unheard of: asked, not overwritten") {
    FakeHost other(st);
    app::Session b = other.session();
    b.setLevel(firstIndicator(), 0);
    const std::string theirs = st.values.at(app::Session::kAutosaveKey);
    s.setLevel(firstIndicator(), 4);
    CHECK(s.conflict() == app::Conflict::Newer);
    CHECK(st.values.at(app::Session::kAutosaveKey) == theirs);
  }
}

TEST_CASE("two tabs: an older tab never overwrites newer work; the user chooses") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session(), b = hostB.session();
  a.setProfile("name", "Tab A");
  a.setLevel(firstIndicator(), 3);
  const std::string stored = st.values.at(app::Session::kAutosaveKey);
  // B has not heard of A's save (a storage event still on its way) and edits.
  b.setLevel(indicator(2, 0), 1);
  CHECK(b.conflict() == app::Conflict::Newer);
  CHECK(st.values.at(app::Session::kAutosaveKey) == stored);  // A's work is still there
  CHECK(hostB.guard);
  b.setLevel(indicator(2, 1), 2);  // further edits stay in memory until B chooses
  CHECK(st.values.at(app::Session::kAutosaveKey) == stored);

  SUBCASE("take the other tab's version") {
    b.takeTheirs();
    CHECK(b.conflict() == app::Conflict::None);
    CHECK(b.assessment() == a.assessment());
    CHECK_FALSE(hostB.guard);
    b.setLevel(indicator(3, 0), 0);  // and B saves normally again, on top of A's work
    a.onStorageChanged(app::Session::kAutosaveKey);
    CHECK(levelOf(a, firstIndicator()) == 3);
    CHECK(levelOf(a, indicator(3, 0)) == 0);
  }
  SUBCASE("keep this tab's version as a separate copy") {
    Assessment mine = b.assessment();
    b.keepMineAsCopy();
    CHECK(b.conflict() == app::Conflict::None);
    CHECK(st.values.at(app::Session::kAutosaveKey) == stored);
    auto copies = keysWithPrefix(st, app::Session::kCopyPrefix);
    REQUIRE(copies.size() == 1);
    CHECK(b.slot() == copies[0]);
    app::Session reloaded = hostA.session();
    CHECK(reloaded.assessment() == a.assessment());
    REQUIRE(reloaded.others().size() == 1);
    CHECK(reloaded.others()[0].key == copies[0]);
    CHECK(reloaded.open(copies[0]));
    CHECK(reloaded.assessment() == mine);
    CHECK(reloaded.others().size() == 1);  // now the primary is the other one
  }
}

TEST_CASE("two tabs: a conflict found by the storage event waits for the user too") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  hostB.failKey = app::Session::kAutosaveKey;  // B cannot save: its change is only in memory
  app::Session a = hostA.session(), b = hostB.session();
  b.setLevel(firstIndicator(), 1);
  a.setLevel(firstIndicator(), 4);
  b.onStorageChanged(app::Session::kAutosaveKey);
  CHECK(b.conflict() == app::Conflict::Newer);
  CHECK(levelOf(b, firstIndicator()) == 1);  // B's own answer is not replaced behind its back
}

// Two tabs that save within a few milliseconds: each read the same stored
// save before either write reached the other (localStorage is copied per tab
// and kept in step by events). The storage ends with one of the two writes.
TEST_CASE("two tabs saving at the same moment: the tab whose save was replaced keeps its work and asks") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session(), b = hostB.session();
  a.setProfile("name", "Bersama");
  b.onStorageChanged(app::Session::kAutosaveKey);
  const std::string base = st.values.at(app::Session::kAutosaveKey);
  a.setLevel(firstIndicator(), 3);       // A writes revision N
  const std::string fromA = st.values.at(app::Session::kAutosaveKey);
  st.values[app::Session::kAutosaveKey] = base;  // B has not seen A's write yet
  b.setLevel(indicator(1, 0), 1);        // B writes revision N too, and wins
  CHECK(b.conflict() == app::Conflict::None);
  CHECK(fromA != st.values.at(app::Session::kAutosaveKey));
  a.onStorageChanged(app::Session::kAutosaveKey);  // A hears of B's write
  CHECK(a.conflict() == app::Conflict::Newer);      // not "updated elsewhere": A's answer would be gone
  CHECK(levelOf(a, firstIndicator()) == 3);
  CHECK(hostA.guard);
  a.setLevel(indicator(2, 0), 2);  // A's next edit does not overwrite B's save
  CHECK_FALSE(levelOf(app::Session(hostB.session()), indicator(2, 0)));
  a.keepMineAsCopy();  // both versions kept
  auto copies = keysWithPrefix(st, app::Session::kCopyPrefix);
  REQUIRE(copies.size() == 1);
  app::Session reread = hostA.session();
  CHECK(levelOf(reread, indicator(1, 0)) == 1);
  CHECK_FALSE(levelOf(reread, firstIndicator()));
  REQUIRE(reread.open(copies[0]));
  CHECK(levelOf(reread, firstIndicator()) == 3);
  CHECK(levelOf(reread, indicator(2, 0)) == 2);
  // B, whose save stands, goes on without a question.
  b.onStorageChanged(app::Session::kAutosaveKey);
  CHECK(b.conflict() == app::Conflict::None);
}

TEST_CASE("a tab that missed several saves of the other tab still takes them (lineage), in bursts") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session(), b = hostB.session();
  a.setLevel(firstIndicator(), 1);
  b.onStorageChanged(app::Session::kAutosaveKey);
  for (int i = 0; i < 20; ++i) b.setLevel(indicator(1 + i % 4, i % 5), i % 5);  // A hears only at the end
  a.onStorageChanged(app::Session::kAutosaveKey);
  CHECK(a.conflict() == app::Conflict::None);
  CHECK(a.assessment() == b.assessment());
}

TEST_CASE("an autosave written before writers and lineage still restores and is continued") {
  Storage st;
  FakeHost host(st);
  Assessment x;
  setLevel(x, checklist(), firstIndicator(), 2);
  st.values[app::Session::kAutosaveKey] = R"({"lestari":"autosave","rev":7,"savedAt":"2026-11-28T10:00:00Z","report":)" +
                                         exportReport(checklist(), translations(), x, Lang::Id, "2026-11-28T10:00:00Z") + "}";
  app::Session s = host.session();
  CHECK(levelOf(s, firstIndicator()) == 2);
  s.setLevel(indicator(0, 1), 3);
  CHECK(s.conflict() == app::Conflict::None);
  CHECK(st.values.at(app::Session::kAutosaveKey).find("\"rev\":8,") != std::string::npos);
}

TEST_CASE("forget on this device removes everything with the app's prefix; other tabs follow") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session(), b = hostB.session();
  a.setLanguage(Lang::En);
  a.setProfile("name", "Rahasia");
  st.values["lestari.autosave.broken.2026-01-01T00:00:00Z.x"] = "junk";
  st.values["lestari.copy.2026-01-01T00:00:00Z.y"] = st.values.at(app::Session::kAutosaveKey);
  st.values["other.app"] = "kept";
  b.onStorageChanged(app::Session::kAutosaveKey);
  a.forgetAll();
  CHECK(keysWithPrefix(st, "lestari").empty());
  CHECK(st.values.at("other.app") == "kept");
  CHECK(a.assessment().empty());
  CHECK(a.settings().language == Lang::Id);
  CHECK(a.takeNotice()->key == "notice.forgotten");
  b.onStorageChanged("");  // localStorage cleared or keys removed elsewhere
  CHECK(b.assessment().empty());
  CHECK(b.takeNotice()->key == "notice.removedElsewhere");
  CHECK(keysWithPrefix(st, "lestari").empty());  // and B did not write it back
}

TEST_CASE("a tab that missed the removal asks before saving its copy again") {
  Storage st;
  FakeHost hostA(st), hostB(st);
  app::Session a = hostA.session();
  a.setLevel(firstIndicator(), 2);
  app::Session b = hostB.session();
  a.forgetAll();
  b.setLevel(indicator(0, 1), 3);
  CHECK(b.conflict() == app::Conflict::Removed);
  CHECK(keysWithPrefix(st, "lestari").empty());
  b.keepMineAsCopy();
  CHECK(keysWithPrefix(st, app::Session::kCopyPrefix).size() == 1);
}

TEST_CASE("the follow-up plan is autosaved, prefilled from the recommendation, and printed") {
  Storage st;
  FakeHost host(st);
  {
    app::Session s = host.session();
    s.setLevel(firstIndicator(), 1);
    Action a = s.draftAction(firstIndicator());
    CHECK(a.text == checklist().factors[0].indicators[0].recommendation.id);
    a.pic = "Kasubag Umum";
    a.due = "2026-12-31";
    REQUIRE_FALSE(s.setAction(a));
    a.due = "2026-02-30";
    CHECK(s.setAction(a)->code == "bad_date");
  }
  app::Session again = host.session();
  REQUIRE(again.assessment().actions.count(firstIndicator()) == 1);
  CHECK(again.assessment().actions.at(firstIndicator()).due == "2026-12-31");
  again.downloadSummary();
  REQUIRE(host.downloads.size() == 1);
  CHECK(host.downloads[0].first == "lestari-2026-11-27.html");
  CHECK(host.downloads[0].second.find("Kasubag Umum") != std::string::npos);
  REQUIRE_FALSE(again.removeAction(firstIndicator()));
  CHECK(host.session().assessment().actions.empty());
}
