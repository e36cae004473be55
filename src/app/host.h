#pragma once
// What the UI needs from the platform it runs on. The browser layer
// (src/platform/web) implements it; the UI never calls the browser directly,
// so dependencies point one way: platform -> ui -> core.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lestari::app {

enum class StoreResult { Ok, Full, Unavailable };

// A character drawn by the system's fonts (an emoji the app's fonts lack):
// RGBA rows, `advance` the room it takes on its line (0 for a joiner).
struct GlyphBitmap {
  int width = 0, height = 0;
  float advance = 0;
  bool colour = false;  // kept as drawn; else white, tinted as the text is
  std::vector<std::uint8_t> rgba;
};

// A value read from storage. Values over the size asked for are not copied.
struct Stored {
  enum class State { Absent, Ok, TooLarge, Unavailable };
  State state = State::Absent;
  std::string text;  // exact bytes (UTF-8); unpaired UTF-16 surrogates come as WTF-8
};

class Host {
 public:
  virtual ~Host() = default;
  // Saves a file through a real browser download.
  virtual void download(const std::string& fileName, const std::string& text) = 0;
  // Saves the room's workbook (an XLSX file's bytes, src/core/room/xlsx.h)
  // as a download; App::onWorkbookDone hears it was saved.
  virtual void downloadWorkbook(const std::string& fileName, const std::string& bytes) = 0;
  // The report file to the system's share sheet (a phone's chat apps), where
  // the browser can share files; elsewhere a download. How it went arrives
  // through App::onShared.
  virtual void share(const std::string& fileName, const std::string& text, const std::string& title) = 0;
  // Downloads a stored value exactly as it is stored (damaged data included).
  virtual void downloadStored(const std::string& key, const std::string& fileName) = 0;
  // Downloads the app itself as one self-contained file (lestari.html) that
  // runs from disk with no network. False when the page cannot reach its
  // own bytes.
  virtual bool saveAppCopy() = 0;
  // Opens the browser's print dialog on what the page prints (ui::App::printable:
  // the summary, or the event report while the room is shown; never the
  // canvas). False where the browser cannot print.
  virtual bool openPrintDialog() = 0;
  // Opens the file picker; the chosen file arrives through App::onFileOpened.
  virtual void pickFile() = 0;
  // Opens the picker for many files at once (a room's reports: a training event's participants).
  virtual void pickFiles() = 0;
  // Persistent key/value storage (localStorage in the browser), shared by
  // every tab of the page.
  virtual StoreResult store(const std::string& key, const std::string& value) = 0;
  virtual Stored load(const std::string& key, std::size_t maxBytes) = 0;
  // Copies a value to another key exactly, checks the copy, and only then
  // removes the original. When anything fails, the original stays.
  virtual StoreResult move(const std::string& from, const std::string& to) = 0;
  virtual void remove(const std::string& key) = 0;
  virtual std::vector<std::string> keys(const std::string& prefix) = 0;
  // The room kept across page loads (app::Room; IndexedDB in the browser,
  // any size). Each answer comes later: App::onRoomKept (how keeping went),
  // App::onKeptRooms (the list, newest first), App::onKeptRoomRead (one room's text).
  // about: {"reports", "savedAt"} for the list, read without the room;
  // replaces: a record removed in the same step (none: ""), only if this one is kept.
  virtual void keepRoom(const std::string& id, const std::string& text, const std::string& about,
                        const std::string& replaces) = 0;
  virtual void forgetRoom(const std::string& id) = 0;
  virtual void forgetAllRooms() = 0;  // every kept room ("remove all Lestari data")
  virtual void listKeptRooms() = 0;
  virtual void readKeptRoom(const std::string& id) = 0;
  virtual void copyToClipboard(const std::string& text) = 0;
  // While on, leaving or reloading the page asks first (work is not saved).
  virtual void setLeaveGuard(bool on) = 0;
  // Current time as "YYYY-MM-DDTHH:MM:SSZ".
  virtual std::string nowIso() = 0;
  // Today's date where the user is, "YYYY-MM-DD" (overdue actions, printing date).
  virtual std::string today() = 0;
  // A short random id (letters and digits), different in every tab.
  virtual std::string uniqueId() = 0;
  // The screen now shown (a route name): the browser's history gets an
  // entry, so Back and Forward move between screens. Nothing elsewhere.
  virtual void screenShown(const std::string& /*route*/) {}
  // A character the app's fonts lack, drawn by the system's fonts for a
  // line `px` tall with its baseline `baseline` px from the top. Nothing
  // where nothing can draw it.
  virtual std::optional<GlyphBitmap> drawGlyph(char32_t /*c*/, int /*px*/, int /*baseline*/) { return std::nullopt; }
};

}  // namespace lestari::app
