#pragma once
// The trainer's group view: many participants' reports at once. The group's
// weakest factor, statistics per factor and per indicator with the spread of
// levels, where reports disagree most, a ranked table sortable by column, the
// files that could not be read, exports for spreadsheets. Reports arrive one
// file at a time (picker or drop) between begin() and finish().
#include <optional>
#include <string>
#include <vector>

#include "aggregate.h"
#include "screen.h"

namespace lestari::ui {

class GroupScreen : public Screen {
 public:
  explicit GroupScreen(const Context& ctx) : Screen(ctx, "group") {}
  bool available() const override { return group_.has_value(); }
  [[gnu::noinline]] void draw(std::size_t) override;

  // append: add to the group already open.
  void begin(bool append);
  void add(const std::string& name, std::string_view bytes);
  void refuse(const std::string& name, const Error& error);
  void finish();
  const std::optional<Group>& group() const { return group_; }
  std::vector<std::size_t> order() const;  // report indices as the ranked table shows them
  // The report opened from its row (the group:report screen shows it).
  const GroupReport* selected() const;

 private:
  void drawFactors(const Group& g);
  void drawRanking(const Group& g);
  void drawIndicators(const Group& g);
  void statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id = "");
  std::optional<GroupBuilder> builder_;
  std::optional<Group> group_;
  GroupSort sort_ = GroupSort::Score;
  bool reversed_ = false;
  std::size_t selected_ = 0;
  std::vector<std::string> statsHeader_;  // the stats rows' column names, for reading a row aloud
};

}  // namespace lestari::ui
