#include "ui/router.h"

#include <algorithm>

namespace lestari::ui {

bool Router::goTo(std::string_view name, std::string_view anchor) {
  for (std::size_t s = 0; s < screens_.size(); ++s)
    for (std::size_t i = 0; i < screens_[s]->instances(); ++i)
      if (screens_[s]->name(i) == name) {
        if (!screens_[s]->available()) return false;
        go({s, i}, anchor);
        return true;
      }
  return false;
}

void Router::go(Route to, std::string_view anchor) {
  current_ = to;
  if (onNavigate_) onNavigate_(!anchor.empty());
  screens_[to.screen]->onEnter(to.instance, std::string(anchor));
}

const std::vector<Route>& Router::steps() const {
  if (steps_.empty())
    for (std::size_t s = 0; s < screens_.size(); ++s)
      if (screens_[s]->wizardStep())
        for (std::size_t i = 0; i < screens_[s]->instances(); ++i) steps_.push_back({s, i});
  return steps_;
}

int Router::stepIndex() const {
  const auto& all = steps();
  auto it = std::find(all.begin(), all.end(), current_);
  return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

void Router::goStep(int i) {
  if (i < 0) return go({0, 0});
  go(steps()[static_cast<std::size_t>(std::min<int>(i, static_cast<int>(steps().size()) - 1))]);
}

void Router::advance(int dir) {
  Screen& here = screen();
  const int to = here.view() + dir;
  if (here.views() > 0 && to >= 0 && to < here.views()) return here.showView(to);
  const int step = stepIndex();
  if (step < 0 && here.views() > 0) return;
  goStep(step + dir);
  if (dir < 0 && step >= 0) screen().showView(-1);
}

}  // namespace lestari::ui
