#pragma once
// The modal dialogs: another tab's changes, confirmations before anything is
// replaced or removed, import errors, display settings. One shows at a time,
// the most urgent first; while one shows, the screen under it waits.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/report/report.h"
#include "ui/context.h"
#include "ui/dialog_requests.h"

namespace lestari::ui {

class Dialogs final : public DialogRequests {
 public:
  explicit Dialogs(const Context& ctx) : ctx_(ctx) {}
  // A dialog is open: it takes the input, the screen under it waits.
  bool blocking() const override { return open() != Open::None; }
  [[gnu::noinline]] void draw();

  void ask(Confirm what, const std::string& key = "") override;
  // Opens a parsed report: at once, or after asking when the current
  // assessment has changes not yet downloaded.
  void offerImport(ImportedReport report, const std::string& name);
  void showErrors(std::vector<Error> errors, const std::string& file, bool compare) override;
  // A file that arrives while a question is open (a second drop) never
  // changes what the question is about: it is held back (true), and the
  // dialog says so.
  bool holdBack(const std::string& name);
  void openSettings() override { settings_ = true; }
  void openPaste(std::function<void(const std::string&)> add) override;
  const std::vector<Error>& importErrors() const { return errors_; }

 private:
  // The dialog shown, the most urgent first; reading: many files being read
  // into the room, how far ("1.200 dari 3.000 berkas", a bar) and a button that stops.
  enum class Open { None, Conflict, Confirm, Errors, Reading, Settings, Paste };
  Open open() const;
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
};

}  // namespace lestari::ui
