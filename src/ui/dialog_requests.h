#pragma once
// What a screen may ask of the dialogs (src/ui/dialogs.h): a question, the
// errors of a file, the settings, the chat's paste. Screens hold this, not
// the dialogs themselves, which draw over them and hold the screens' Context.
#include <functional>
#include <string>
#include <vector>

#include "core/base/error.h"

namespace lestari::ui {

enum class Confirm { None, New, Demo, Import, Forget, RemoveStored, RemoveBlocking, RemoveKeptRoom };

class DialogRequests {
 public:
  // key: the stored copy the question is about (RemoveStored), or the kept room (RemoveKeptRoom).
  virtual void ask(Confirm what, const std::string& key = "") = 0;
  // A file that could not be read (compare: it was to be compared).
  virtual void showErrors(std::vector<Error> errors, const std::string& file, bool compare) = 0;
  virtual void openSettings() = 0;
  // "Tempel dari chat": a field for a chat's text; `add` gets the text when
  // it holds share codes (the room reads them).
  virtual void openPaste(std::function<void(const std::string&)> add) = 0;
  // A dialog is open or asked for (drawn over the screen from this frame on):
  // keys are the dialog's then, never the screen's behind it.
  virtual bool blocking() const = 0;

 protected:
  ~DialogRequests() = default;
};

}  // namespace lestari::ui
