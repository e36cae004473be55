#pragma once
// The follow-up plan (rencana tindak lanjut): for each recommendation taken
// up, what will be done, by whom, by when, how far it is; sortable; overdue
// actions marked against today; the printable summary.
#include <optional>

#include "core/model/action_plan.h"
#include "ui/date_field.h"
#include "ui/screen.h"

namespace lestari::ui {

class PlanScreen : public Screen {
 public:
  explicit PlanScreen(const Context& ctx) : Screen(ctx, "plan", Kind::WizardStep) {}
  const char* arrivalKey() const override { return "nav.toPlan"; }
  StepInfo step(std::size_t, const Results&) const override;
  void onEnter(std::size_t, const std::string& anchor) override { scrollTo_ = anchor; }
  [[gnu::noinline]] void draw(std::size_t) override;

 private:
  void drawActionCard(const Action& action);
  ActionOrder order_ = ActionOrder::Rank;
  std::string scrollTo_;  // an action to bring into view
  DateField dueDate_;  // the calendar's month, for whichever action's date opened it
};

}  // namespace lestari::ui
