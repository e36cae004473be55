#pragma once
// A screen of the app: a class that owns its state and draws itself over the
// Context. The route table (router.h) lists every screen once; the wizard's
// steps are the wizard screens in the order they are registered.
#include <cstddef>
#include <string>
#include <string_view>

#include "ui/context.h"
#include "core/base/error.h"
#include "core/model/scoring.h"

namespace lestari::ui {

// What the step bar shows for a wizard step.
struct StepInfo {
  std::string label, count;  // count: "3/5", or empty
  bool done = false;
  std::string mark;  // in the step's disc: a factor's own number; empty for the other steps
};

enum class Kind { Page, WizardStep };

class Screen {
 public:
  // route: the route's name (screens with several instances name each).
  Screen(const Context& ctx, const char* route, Kind kind = Kind::Page) : ctx_(ctx), route_(route), kind_(kind) {}
  virtual ~Screen() = default;
  Screen(const Screen&) = delete;
  Screen& operator=(const Screen&) = delete;

  // The route's name for one instance ("results", "factor:fc_leadership").
  virtual std::string name(std::size_t instance) const {
    (void)instance;
    return route_;
  }
  virtual std::size_t instances() const { return 1; }  // e.g. one per factor
  bool wizardStep() const { return kind_ == Kind::WizardStep; }
  // False while there is nothing to show (the room without reports):
  // the route cannot be reached by name.
  virtual bool available() const { return true; }
  // On arrival. anchor: what to bring into view (an indicator, an action).
  virtual void onEnter(std::size_t instance, const std::string& anchor) {
    (void)instance;
    (void)anchor;
  }
  // Between the banner and the footer, inside the scrolling content column.
  // Each screen's draw is a function of its own in the WebAssembly (it is
  // called through the table), so the first frame compiles only the start
  // screen's (docs/performance.md).
  virtual void draw(std::size_t instance) = 0;
  virtual bool animating() const { return false; }  // something moves on its own: keep drawing
  // Presenting: the screen's own presenter keys, read before it is drawn
  // (the app has taken the stepping keys already).
  virtual void presenterKeys() {}
  // Presenting, a screen may show itself as views, one idea each, that fit
  // the screen (ResultsScreen, RoomScreen): views() counts them (0: shown
  // as a page), view() is the one shown, and the presenter's steps move
  // through them before the router moves on (Router::advance). Both from
  // the last frame drawn.
  virtual int views() const { return 0; }
  virtual int view() const { return 0; }
  virtual void showView(int v) { (void)v; }  // clamped; a negative v counts from the last
  // A file opened while this screen shows: true when the screen took it
  // (otherwise it is imported as an assessment).
  // A screen of the room: files chosen or dropped here join it.
  virtual bool ofRoom() const { return false; }
  virtual bool takeFile(const std::string& name, std::string_view bytes) {
    (void)name;
    (void)bytes;
    return false;
  }
  virtual bool takeRefusedFile(const std::string& name, const Error& error) {
    (void)name;
    (void)error;
    return false;
  }
  // Wizard steps: the step bar's entry, and the key of the words on the
  // "next" button that leads here ("nav.toResults").
  virtual StepInfo step(std::size_t instance, const Results& r) const {
    (void)instance;
    (void)r;
    return {};
  }
  virtual const char* arrivalKey() const { return "nav.next"; }

 protected:
  // A copy (of references): one indirection less on every use, which keeps
  // the WebAssembly small.
  const Context ctx_;

 private:
  const char* route_;
  Kind kind_;
};

}  // namespace lestari::ui
