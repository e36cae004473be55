#pragma once
// The trainer's room: many participants' reports at once. The room's
// weakest factor, statistics per factor and per indicator with the spread of
// levels, where reports disagree most, a ranked table sortable by column, the
// files that could not be read, exports for spreadsheets: a view of the
// room (src/app/room.h), which reads the reports and keeps them. Presenting,
// views that each fit the screen (counts and bands, factor means, the
// weakest factor, where the room disagrees, the ranking a page at a time),
// the names hidden behind codes unless the trainer shows them. The event the
// room was gathered at, and its printed report.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/room.h"
#include "ui/date_field.h"
#include "ui/screen.h"

namespace lestari::ui {

class RoomScreen : public Screen {
 public:
  explicit RoomScreen(const Context& ctx) : Screen(ctx, "group") {}
  bool available() const override { return ctx_.room.isOpen(); }
  [[gnu::noinline]] void draw(std::size_t) override;
  bool ofRoom() const override { return true; }

  int views() const override;
  int view() const override { return view_; }
  void showView(int v) override;

 private:
  void drawView(const RoomData& g);
  void drawActions();
  void drawEvent();
  bool hideNamesBox(const std::string& id);
  void drawWeakest(const RoomData& g);
  void drawFactors(const RoomData& g);
  void drawStages(const RoomData& g);
  // Rows [first, first + count) of the ranked table, all of them by default.
  void drawRanking(const RoomData& g, std::size_t first = 0, std::size_t count = SIZE_MAX);
  // The first kDisagreements indicators where reports disagree, [first, first + count) of them.
  void drawDisagreement(const RoomData& g, std::size_t first = 0, std::size_t count = kDisagreements);
  std::string disagreementText(const IndicatorStats& is) const;
  static constexpr std::size_t kDisagreements = 5;
  std::vector<std::size_t> disagreeViews_{0};  // presenting: where each of its views starts (as last drawn)
  void drawIndicators(const RoomData& g);
  void statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id = "");
  bool anonymous() const { return ctx_.room.anonymous(ctx_.view.presenting); }
  static std::vector<std::size_t> stagesShown(const RoomData& g);  // the stages with innovations at them
  std::size_t opened_ = 0;  // the room last drawn (Room::opened): a new one starts at its first view and page
  int view_ = 0;
  static constexpr std::size_t kRowsPerPage = 100;
  std::size_t page_ = 0;  // of the ranking, on the desk (presenting, views page it)
  std::size_t rowsPerView_ = 0;  // ranked rows that fit one view (as last drawn; 0: not yet)
  std::size_t rowsFitting(float height) const;
  DateField eventDate_;
  std::vector<std::string> statsHeader_;  // the stats rows' column names, for reading a row aloud
};

}  // namespace lestari::ui
