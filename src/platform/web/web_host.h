#pragma once
// app::Host for the browser: downloads, the file picker, localStorage,
// the clipboard, the leave guard and the clock.
#include "app/host.h"

namespace lestari::web {

class WebHost : public app::Host {
 public:
  void download(const std::string& fileName, const std::string& text) override;
  void downloadStored(const std::string& key, const std::string& fileName) override;
  void downloadWorkbook(const std::string& fileName, const std::string& bytes) override;
  void share(const std::string& fileName, const std::string& text, const std::string& title) override;
  void pickFile() override;
  void pickFiles() override;
  bool saveAppCopy() override;
  bool openPrintDialog() override;
  app::StoreResult store(const std::string& key, const std::string& value) override;
  app::Stored load(const std::string& key, std::size_t maxBytes) override;
  app::StoreResult move(const std::string& from, const std::string& to) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
  void keepRoom(const std::string& id, const std::string& text, const std::string& about, const std::string& replaces) override;
  void forgetRoom(const std::string& id) override;
  void forgetAllRooms() override;
  void listKeptRooms() override;
  void readKeptRoom(const std::string& id) override;
  void copyToClipboard(const std::string& text) override;
  void setLeaveGuard(bool on) override;
  std::string nowIso() override;
  std::string today() override;
  std::string uniqueId() override;
  void screenShown(const std::string& route) override;
  std::optional<app::GlyphBitmap> drawGlyph(char32_t c, int px, int baseline) override;
};

}  // namespace lestari::web
