#pragma once
// What a screen, a dialog or the frame's chrome may use: the whole of a
// screen's dependencies, passed as one object. The App owns every part.
#include <string>
#include <string_view>
#include <vector>

#include "app/host.h"
#include "app/room.h"
#include "app/session.h"
#include "core/model/checklist.h"
#include "core/model/translations.h"
#include "ui/app_names.h"
#include "ui/dialog_requests.h"
#include "ui/theme.h"

namespace lestari::ui {

class Router;
class FieldErrors;

// How the page is being shown: on a projector, with reduced motion.
struct ViewState {
  bool presenting = false;
  bool reducedMotion = false;
  // What a screen reader says once, unseen (a live region): a change that
  // happens where the focus is not, such as the language or the display size.
  std::string announcement;
  int announced = 0;  // counts announcements: the same words twice are said twice
};

// One way to each value: the checklist, the translations and the theme are
// reached here, the language through lang() (the session keeps it).
struct Context {
  Session& session;
  app::Room& room;
  const Checklist& checklist;
  const Translations& translations;
  const Theme& theme;
  Host& host;
  Router& router;
  DialogRequests& dialogs;
  FieldErrors& fieldErrors;
  std::string& notice;  // a short confirmation shown in the banner area
  ViewState& view;
  std::string_view demo, demoEn;  // the demo report, JSON, in Indonesian and in English

  Lang lang() const { return session.lang(); }
  const std::string& t(const char* key) const { return session.t(key); }
  std::string f(const char* key, const std::vector<std::string>& args) const {
    return translations.format(key, lang(), args);
  }
  bool narrow() const;       // a phone-sized window
  float sideMargin() const;  // the space at the window's sides: less on a phone
  std::string when(const std::string& iso) const;  // local, human date and time
  std::string factorLabel(std::size_t index) const;
  void announce(const std::string& text) const;
  // Presentation mode switches the keys to the presenter (see App::setPresenting).
  void setPresenting(bool on) const;
};

}  // namespace lestari::ui
