#include "web_host.h"

#include <cstdlib>
#include <ctime>

#include "js_bridge.h"

namespace lestari::web {

void WebHost::download(const std::string& fileName, const std::string& text) {
  lestari_js_download(fileName.c_str(), text.c_str());
}

void WebHost::pickFile() { lestari_js_pick_file(); }

ui::StoreResult WebHost::store(const std::string& key, const std::string& value) {
  switch (lestari_js_storage_set(key.c_str(), value.c_str())) {
    case 0: return ui::StoreResult::Ok;
    case 1: return ui::StoreResult::Full;
    default: return ui::StoreResult::Unavailable;
  }
}

std::optional<std::string> WebHost::load(const std::string& key) {
  char* raw = lestari_js_storage_get(key.c_str());
  if (!raw) return std::nullopt;
  std::string s(raw);
  std::free(raw);
  return s;
}

void WebHost::remove(const std::string& key) { lestari_js_storage_remove(key.c_str()); }

void WebHost::copyToClipboard(const std::string& text) { lestari_js_clipboard_set(text.c_str()); }

std::string WebHost::nowIso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace lestari::web
