#pragma once
// The modal dialogs: another tab's changes, confirmations before anything is
// replaced or removed, import errors, display settings. One shows at a time,
// the most urgent first; while one shows, the screen under it waits.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "context.h"
#include "report.h"

namespace lestari::ui {

enum class Confirm { None, New, Demo, Import, Forget, RemoveStored, RemoveBlocking };

class Dialogs {
 public:
  explicit Dialogs(const Context& ctx) : ctx_(ctx) {}
  // A dialog is open: it takes the input, the screen under it waits.
  bool blocking() const;
  [[gnu::noinline]] void draw();

  // key: the stored copy the question is about (RemoveStored).
  void ask(Confirm what, const std::string& key = "");
  // Opens a parsed report: at once, or after asking when the current
  // assessment has changes not yet downloaded.
  void offerImport(ImportedReport report, const std::string& name);
  // A file that could not be read (compare: it was to be compared).
  void showErrors(std::vector<Error> errors, const std::string& file, bool compare);
  // A file that arrives while a question is open (a second drop) never
  // changes what the question is about: it is held back (true), and the
  // dialog says so.
  bool holdBack(const std::string& name);
  void openSettings() { settings_ = true; }
  // "Tempel dari chat": a field for a chat's text; `add` gets the text when
  // it holds share codes (GroupScreen reads them into the room).
  void openPaste(std::function<void(const std::string&)> add);
  const std::vector<Error>& importErrors() const { return errors_; }
  // Many files being read into the room: how far ("1.200 dari 3.000
  // berkas", a bar) and a button that stops; shown until readingDone().
  void reading(std::size_t done, std::size_t total, std::function<void()> cancel);
  void readingDone() { readCancel_ = nullptr; }

 private:
  [[gnu::noinline]] void drawConflict();
  [[gnu::noinline]] void drawConfirm();
  [[gnu::noinline]] void drawErrors();
  std::string where(const std::string& path) const;
  [[gnu::noinline]] void drawSettings();
  [[gnu::noinline]] void drawPaste();
  [[gnu::noinline]] void drawReading();
  void confirmed(Confirm what);

  const Context ctx_;  // a copy, as screens keep theirs
  Confirm confirm_ = Confirm::None;
  std::string key_;       // the stored copy a confirmation is about
  std::string heldBack_;  // a file that arrived while a question was open: not opened
  std::optional<ImportedReport> import_;
  std::string importName_;
  std::vector<Error> errors_;
  std::string errorFile_;
  bool compareFailed_ = false;  // the error dialog is about a comparison
  bool settings_ = false;
  std::function<void(const std::string&)> pasteAdd_;  // set while the paste dialog is open
  std::string pasteText_;
  std::size_t pasteCodes_ = 0;  // share codes in the text, counted when it changes
  bool pasteNone_ = false;      // "add" was pressed on a text without a code
  std::function<void()> readCancel_;  // set while files are being read
  std::size_t readDone_ = 0, readTotal_ = 0;
};

}  // namespace lestari::ui
