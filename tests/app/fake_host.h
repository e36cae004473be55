#pragma once
// A host for tests: storage in memory (with a quota, or broken), downloads
// kept, a fixed clock. Two hosts on one Storage are two tabs of one browser.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "helpers.h"
#include "app/host.h"
#include "app/room.h"
#include "app/session.h"

namespace lestari::test {

struct Storage {
  std::map<std::string, std::string> values;
  std::size_t quota = 1 << 30;  // bytes of keys and values together
  bool broken = false;          // storage unavailable (private mode, disabled)
  // The rooms kept (IndexedDB in the browser): id -> text and about.
  struct KeptRecord {
    std::string text, about;
  };
  std::map<std::string, KeptRecord> rooms;
  bool roomsFull = false;  // keeping a room fails as a full storage would
  std::size_t used() const {
    std::size_t n = 0;
    for (const auto& kv : values) n += kv.first.size() + kv.second.size();
    return n;
  }
};

struct FakeHost : app::Host {
  explicit FakeHost(Storage& s) : storage(s) {}
  Storage& storage;
  std::string failKey;  // writes to this key fail with "full"
  bool guard = false;
  int ids = 0;
  int prints = 0;
  // The system's fonts drawing a character the app's fonts lack (none by default).
  std::function<std::optional<app::GlyphBitmap>(char32_t, int, int)> glyphs;
  std::vector<std::pair<char32_t, int>> glyphsAsked;  // character and pixel size
  std::optional<app::GlyphBitmap> drawGlyph(char32_t c, int px, int baseline) override {
    glyphsAsked.push_back({c, px});
    return glyphs ? glyphs(c, px, baseline) : std::nullopt;
  }
  bool canPrint = true;  // false: a browser that cannot print (an in-app web view)
  std::vector<std::pair<std::string, std::string>> downloads;
  void download(const std::string& name, const std::string& text) override { downloads.push_back({name, text}); }
  std::vector<std::pair<std::string, std::string>> workbooks;  // name, the workbook's text
  void downloadWorkbook(const std::string& name, const std::string& text) override { workbooks.push_back({name, text}); }
  struct Share { std::string name, text, title; };
  std::vector<Share> shares;
  void share(const std::string& name, const std::string& text, const std::string& title) override { shares.push_back({name, text, title}); }
  void downloadStored(const std::string& key, const std::string& name) override {
    downloads.push_back({name, storage.values.at(key)});
  }
  bool saveAppCopy() override { return false; }
  bool openPrintDialog() override { ++prints; return canPrint; }
  int picks = 0;  // times the file picker was opened
  void pickFile() override { ++picks; }
  void pickFiles() override {}
  app::StoreResult store(const std::string& k, const std::string& v) override {
    if (storage.broken) return app::StoreResult::Unavailable;
    auto old = storage.values.find(k);
    std::size_t after = storage.used() - (old == storage.values.end() ? 0 : k.size() + old->second.size()) + k.size() + v.size();
    if (k == failKey || after > storage.quota) return app::StoreResult::Full;
    storage.values[k] = v;
    return app::StoreResult::Ok;
  }
  app::Stored load(const std::string& k, std::size_t maxBytes) override {
    if (storage.broken) return {app::Stored::State::Unavailable, ""};
    auto it = storage.values.find(k);
    if (it == storage.values.end()) return {};
    if (it->second.size() > maxBytes) return {app::Stored::State::TooLarge, ""};
    return {app::Stored::State::Ok, it->second};
  }
  app::StoreResult move(const std::string& from, const std::string& to) override {
    auto r = store(to, storage.values.at(from));
    if (r == app::StoreResult::Ok) storage.values.erase(from);
    return r;
  }
  void remove(const std::string& k) override { storage.values.erase(k); }
  std::vector<std::string> keys(const std::string& prefix) override {
    std::vector<std::string> out;
    for (const auto& kv : storage.values)
      if (kv.first.rfind(prefix, 0) == 0) out.push_back(kv.first);
    return out;
  }
  // Kept rooms answer at once here; each keepRoom's outcome is listed for the test to hand to the app.
  std::vector<app::StoreResult> roomResults;
  std::vector<std::string> roomReads;
  int roomLists = 0;
  void keepRoom(const std::string& id, const std::string& text, const std::string& about, const std::string& replaces) override {
    const app::StoreResult r = storage.broken ? app::StoreResult::Unavailable : storage.roomsFull ? app::StoreResult::Full : app::StoreResult::Ok;
    roomResults.push_back(r);
    if (r != app::StoreResult::Ok) return;
    storage.rooms[id] = {text, about};
    if (!replaces.empty()) storage.rooms.erase(replaces);
  }
  void forgetRoom(const std::string& id) override { storage.rooms.erase(id); }
  void forgetAllRooms() override { storage.rooms.clear(); }
  void listKeptRooms() override { ++roomLists; }
  void readKeptRoom(const std::string& id) override { roomReads.push_back(id); }
  // The list the browser would give (Host::listKeptRooms' answer): newest first.
  std::vector<app::Room::Kept> keptRooms() const {
    std::vector<app::Room::Kept> out;
    for (const auto& [id, rec] : storage.rooms) {
      const Json about = Json::parse(rec.about);
      out.push_back({id, about["reports"].get<std::size_t>(), about["savedAt"].get<std::string>()});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.savedAt > b.savedAt; });
    return out;
  }
  std::string clipboard;
  void copyToClipboard(const std::string& text) override { clipboard = text; }
  void setLeaveGuard(bool on) override { guard = on; }
  std::vector<std::string> shown;  // the screens the app said it shows (history entries in the browser)
  void screenShown(const std::string& route) override { shown.push_back(route); }
  std::string nowIso() override { return "2026-11-27T09:15:00Z"; }
  std::string today() override { return "2026-11-27"; }
  // Different in every tab (host), as the browser's random ids are.
  std::string uniqueId() override { return "h" + std::to_string(tag) + "id" + std::to_string(++ids); }
  int tag = ++hostCount;
  static inline int hostCount = 0;
  // A session started on this host, as the app starts one: restored from storage.
  app::Session session() {
    app::Session s(checklist(), translations(), *this);
    s.restore();
    return s;
  }
};

}  // namespace lestari::test
