#pragma once
// The route table: owns the screens, in the order they were registered, and
// which one shows. Names, goTo, drawing, the wizard's order and the resets on
// arrival all come from it; adding a screen is one add<>() line in App.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ui/screen.h"

namespace lestari::ui {

struct Route {
  std::size_t screen = 0, instance = 0;
  bool operator==(const Route& o) const { return screen == o.screen && instance == o.instance; }
};

class Router {
 public:
  template <class S, class... Args>
  S& add(Args&&... args) {
    screens_.push_back(std::make_unique<S>(std::forward<Args>(args)...));
    return static_cast<S&>(*screens_.back());
  }
  // Called on every move, before the screen's onEnter (the app's resets).
  void onNavigate(std::function<void(bool anchored)> f) { onNavigate_ = std::move(f); }

  // By route name; false for an unknown name or a screen with nothing to show.
  bool goTo(std::string_view name, std::string_view anchor = {});
  void go(Route to, std::string_view anchor = {});
  std::string name() const { return screen().name(current_.instance); }
  Screen& screen() const { return *screens_[current_.screen]; }
  std::size_t instance() const { return current_.instance; }
  bool is(std::string_view name) const { return this->name() == name; }

  // The wizard: its steps in order, the current one (-1: not a step).
  const std::vector<Route>& steps() const;
  int stepIndex() const;
  // Moves to step i (clamped); i < 0 leaves the wizard for the first screen
  // registered (the start screen).
  void goStep(int i);
  const Screen& stepScreen(std::size_t i) const { return *screens_[steps()[i].screen]; }
  // One step forward (dir 1) or back (-1), as the footer's buttons and the
  // presenter's keys go: through the screen's views first, then the
  // wizard's steps (a step arrived at from the next starts at its last
  // view). A page that is not a step stays at its first and last view.
  void advance(int dir);

 private:
  std::vector<std::unique_ptr<Screen>> screens_;
  mutable std::vector<Route> steps_;  // built on first use (screens are all added by then)
  Route current_;
  std::function<void(bool)> onNavigate_;
};

}  // namespace lestari::ui
