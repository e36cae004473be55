#pragma once
// The trainer's group view: many participants' reports at once. The group's
// weakest factor, statistics per factor and per indicator with the spread of
// levels, where reports disagree most, a ranked table sortable by column, the
// files that could not be read, exports for spreadsheets. Reports arrive one
// file at a time (picker or drop) between begin() and finish(). Presenting,
// views that each fit the screen (counts and bands, factor means, the
// weakest factor, where the room disagrees, the ranking a page at a time),
// the names hidden behind codes unless the trainer shows them.
#include <cstdint>
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

  // append: add to the group already open. files: how many are coming
  // (more() adds a batch dropped meanwhile); from kProgressFiles on, a
  // dialog shows how far reading is and stops it (cancel()).
  static constexpr std::size_t kProgressFiles = 50;
  void begin(bool append, std::size_t files = 1);
  void more(std::size_t files);
  // False once reading was stopped: the caller reads no further.
  bool add(const std::string& name, std::string_view bytes);
  bool refuse(const std::string& name, const Error& error);
  void finish();
  // Stops reading: the files of this batch are forgotten, the room stays as it was.
  void cancel();
  const std::optional<Group>& group() const { return group_; }
  std::vector<std::size_t> order() const;  // report indices as the ranked table shows them
  // The report opened from its row (the group:report screen shows it).
  const GroupReport* selected() const;
  // Presenting, the room is anonymous unless the trainer shows the names
  // (the exports always keep them).
  bool anonymous() const { return ctx_.view.presenting && anonymous_; }
  std::string shownName(std::size_t report) const;  // its name, or its code while anonymous
  std::string selectedName() const { return shownName(selected_); }

  int views() const override;
  int view() const override { return view_; }
  void showView(int v) override;

 private:
  void drawView(const Group& g);
  std::string countsText(const Group& g) const;
  void drawActions(const Group& g);
  void drawWeakest(const Group& g);
  void drawFactors(const Group& g);
  void drawStages(const Group& g);
  // Rows [first, first + count) of the ranked table, all of them by default.
  void drawRanking(const Group& g, std::size_t first = 0, std::size_t count = SIZE_MAX);
  void drawDisagreement(const Group& g);
  void drawIndicators(const Group& g);
  void levelBar(const IndicatorStats& is);  // how many reports chose each level
  void levelLegend();
  void statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id = "");
  bool oneRead();
  void progressed();
  std::optional<GroupBuilder> builder_;  // while files are being read: the room so far and this batch
  std::size_t readDone_ = 0, readTotal_ = 0;
  std::optional<Group> group_;
  GroupSort sort_ = GroupSort::Score;
  bool reversed_ = false;
  std::size_t selected_ = 0;
  bool anonymous_ = true;
  int view_ = 0;
  static constexpr std::size_t kRowsPerPage = 100;
  std::size_t page_ = 0;  // of the ranking, on the desk (presenting, views page it)
  std::size_t rowsPerView_ = 0;  // ranked rows that fit one view (as last drawn; 0: not yet)
  std::size_t rowsFitting(float height) const;
  std::vector<std::string> statsHeader_;  // the stats rows' column names, for reading a row aloud
};

}  // namespace lestari::ui
