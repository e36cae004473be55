#pragma once
// What the UI needs from the platform it runs on. The browser layer
// (src/platform/web) implements it; the UI never calls the browser directly,
// so dependencies point one way: platform -> ui -> core.
#include <optional>
#include <string>

namespace lestari::ui {

enum class StoreResult { Ok, Full, Unavailable };

class Host {
 public:
  virtual ~Host() = default;
  // Saves a file through a real browser download.
  virtual void download(const std::string& fileName, const std::string& text) = 0;
  // Opens the file picker; the chosen file arrives through App::onFileOpened.
  virtual void pickFile() = 0;
  // Persistent key/value storage (localStorage in the browser).
  virtual StoreResult store(const std::string& key, const std::string& value) = 0;
  virtual std::optional<std::string> load(const std::string& key) = 0;
  virtual void remove(const std::string& key) = 0;
  virtual void copyToClipboard(const std::string& text) = 0;
  // Current time as "YYYY-MM-DDTHH:MM:SSZ".
  virtual std::string nowIso() = 0;
};

}  // namespace lestari::ui
