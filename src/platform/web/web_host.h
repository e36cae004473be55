#pragma once
// ui::Host for the browser: downloads, the file picker, localStorage,
// the clipboard and the clock.
#include "host.h"

namespace lestari::web {

class WebHost : public ui::Host {
 public:
  void download(const std::string& fileName, const std::string& text) override;
  void pickFile() override;
  ui::StoreResult store(const std::string& key, const std::string& value) override;
  std::optional<std::string> load(const std::string& key) override;
  void remove(const std::string& key) override;
  void copyToClipboard(const std::string& text) override;
  std::string nowIso() override;
};

}  // namespace lestari::web
