#include "platform/web/web_host.h"

#include <emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <ctime>

#include "platform/web/js_bridge.h"
#include "core/json/json.h"
#include "platform/web/runtime.h"
#include "core/json/strict_json.h"

namespace lestari::web {

namespace {
app::StoreResult storeResult(int code) {
  switch (code) {
    case 0: return app::StoreResult::Ok;
    case 1: return app::StoreResult::Full;
    default: return app::StoreResult::Unavailable;
  }
}
}  // namespace

void WebHost::download(const std::string& fileName, const std::string& text) {
  lestari_js_download(fileName.c_str(), text.data(), static_cast<int>(text.size()));
}

void WebHost::downloadWorkbook(const std::string& fileName, const std::string& bytes) {
  lestari_js_download_workbook(fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void WebHost::share(const std::string& fileName, const std::string& text, const std::string& title) {
  lestari_js_share(fileName.c_str(), text.data(), static_cast<int>(text.size()), title.c_str());
}

void WebHost::downloadStored(const std::string& key, const std::string& fileName) {
  lestari_js_download_stored(key.c_str(), fileName.c_str());
}

bool WebHost::saveAppCopy() { return lestari_js_save_page() != 0; }
bool WebHost::openPrintDialog() { return lestari_js_print() != 0; }
void WebHost::pickFile() { lestari_js_pick_file(0); }
void WebHost::pickFiles() { lestari_js_pick_file(1); }

app::StoreResult WebHost::store(const std::string& key, const std::string& value) {
  return storeResult(lestari_js_storage_set(key.c_str(), value.data(), static_cast<int>(value.size())));
}

app::Stored WebHost::load(const std::string& key, std::size_t maxBytes) {
  int len = 0, status = 0;
  char* raw = lestari_js_storage_get(key.c_str(), static_cast<int>(maxBytes), &len, &status);
  if (!raw) {
    if (status == 2) return {app::Stored::State::TooLarge, ""};
    if (status == 3) return {app::Stored::State::Unavailable, ""};
    return {};
  }
  app::Stored s{app::Stored::State::Ok, std::string(raw, static_cast<std::size_t>(len))};
  std::free(raw);
  return s;
}

app::StoreResult WebHost::move(const std::string& from, const std::string& to) {
  return storeResult(lestari_js_storage_move(from.c_str(), to.c_str()));
}

void WebHost::remove(const std::string& key) { lestari_js_storage_remove(key.c_str()); }

void WebHost::keepRoom(const std::string& id, const std::string& text, const std::string& about, const std::string& replaces) {
  lestari_js_keep_room(id.c_str(), text.data(), static_cast<int>(text.size()), about.c_str(), replaces.c_str());
}
void WebHost::forgetRoom(const std::string& id) { lestari_js_forget_room(id.c_str()); }
void WebHost::forgetAllRooms() { lestari_js_forget_room(nullptr); }
void WebHost::listKeptRooms() { lestari_js_list_rooms(); }
void WebHost::readKeptRoom(const std::string& id) { lestari_js_read_room(id.c_str()); }

std::vector<std::string> WebHost::keys(const std::string& prefix) {
  std::vector<std::string> out;
  char* raw = lestari_js_storage_keys(prefix.c_str());
  if (!raw) return out;
  Json list = parseOwnJson(raw);
  std::free(raw);
  if (list.is_array())
    for (const auto& k : list)
      if (k.is_string()) out.push_back(k.get<std::string>());
  return out;
}

void WebHost::copyToClipboard(const std::string& text) { lestari_js_clipboard_set(text.c_str()); }

void WebHost::setLeaveGuard(bool on) { lestari_js_set_leave_guard(on ? 1 : 0); }
void WebHost::screenShown(const std::string& route) { lestari_js_screen_shown(route.c_str()); }

std::optional<app::GlyphBitmap> WebHost::drawGlyph(char32_t c, int px, int baseline) {
  // The page draws it on a canvas of its own (web/glue/) and hands back
  // malloc'd RGBA rows; the sizes come in the four ints.
  const double em = runtime().app->theme().bodyMetrics().em;
  int info[4] = {0, 0, 0, 0};  // width, height, advance, colour
  auto* rgba = static_cast<std::uint8_t*>(lestari_js_draw_glyph(static_cast<unsigned>(c), px, baseline, px * em, info));
  if (!rgba) return std::nullopt;
  app::GlyphBitmap b{info[0], info[1], static_cast<float>(info[2]), info[3] != 0, {}};
  b.rgba.assign(rgba, rgba + static_cast<std::size_t>(b.width) * static_cast<std::size_t>(b.height) * 4);
  std::free(rgba);
  return b;
}

std::string WebHost::nowIso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string WebHost::today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);  // the browser's time zone
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string WebHost::uniqueId() {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string id;
  for (int i = 0; i < 8; ++i) id += kDigits[static_cast<int>(emscripten_random() * 36) % 36];
  return id;
}

}  // namespace lestari::web
