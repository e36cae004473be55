#pragma once
// The room: many participants' reports at once (a coaching clinic, a training
// event). It reads them (files from the picker or a drop, share codes from a
// chat) in batches with progress and a way to stop, keeps the reports and
// their statistics (src/core/room/aggregate.h), the order of its ranked table
// (computed when the room or the sort changes, never per frame), whether
// names are hidden on the projector, and its exports. The screens draw it;
// the platform feeds it. No ImGui.
//
// In code and docs the concept is "the room". What people and programs
// outside already read keeps the older word "group": the automation API
// (state().group, the routes "group" and "group:report", the widget ids
// "group.*", lestari.aggregate's group summary), the summary's schema
// ("lestari.group-summary", assets/group.schema.json) and the translation keys
// "group.*" the widget ids follow. Renaming them would break the scripts,
// tests and spreadsheets that use them; this is the one place that says so.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/host.h"
#include "core/room/aggregate.h"
#include "core/room/kept_room.h"
#include "core/room/room_event.h"
#include "core/base/lang.h"
#include "core/model/translations.h"

namespace lestari::app {

class Room {
 public:
  explicit Room(const Checklist& checklist, std::size_t maxReports = limits::kRoomReports)
      : checklist_(checklist), maxReports_(maxReports) {}

  // ---- reading --------------------------------------------------------------
  // append: add to the room already open. files: how many are coming (more()
  // adds a batch dropped meanwhile). While files are read the room shown is
  // the one before them; it changes once they are all read (finish), and
  // stays as it was if reading is stopped (cancel).
  void begin(bool append, std::size_t files = 1);
  void more(std::size_t files);
  // A file's bytes, or a chat's text of share codes; false once reading has
  // stopped (stopped by the user, or the room is full): the caller reads no further.
  bool add(const std::string& name, std::string_view bytes);
  // A file refused before it was read (too large); false as add().
  bool refuse(const std::string& name, const Error& error);
  void finish();
  void cancel();
  // How far a reading of many files is (from kProgressFiles on: the dialog
  // that shows it and stops it); none otherwise.
  static constexpr std::size_t kProgressFiles = 50;
  struct Progress {
    std::size_t done = 0, total = 0;
  };
  std::optional<Progress> progress() const;
  // Told each time a reading finishes with a room to show (the app shows it).
  void onOpened(std::function<void()> f) { onOpened_ = std::move(f); }

  // ---- the room -------------------------------------------------------------
  struct File {  // an export or the event report, to download
    std::string name, body;  // Workbook: the XLSX file's bytes
  };
  const std::optional<RoomData>& data() const { return data_; }
  bool isOpen() const { return data_.has_value(); }
  // Counts the rooms opened: a view starts afresh when it changes.
  std::size_t opened() const { return opened_; }
  // Closes the room: its reports are forgotten.
  void close();

  // The ranked table's order: report indices. A column's sort, again: the other way.
  const std::vector<std::size_t>& order() const { return order_; }
  RoomSort sort() const { return sort_; }
  bool reversed() const { return reversed_; }
  void sortBy(RoomSort column);

  // Presenting, the room is anonymous unless the trainer shows the names
  // (the exports always keep them).
  bool anonymous(bool presenting) const { return presenting && hideNames_; }
  void setHideNames(bool hide);
  // A report's name as shown: its code while anonymous, "untitled" when it has none.
  std::string shownName(std::size_t report, bool presenting, const std::string& untitled) const;

  // The event the room was gathered at (the printed event report names it);
  // kept with the room, forgotten with it and when a new room is read.
  const RoomEvent& event() const { return event_; }
  // Typed in the room: kept at each change in a room of up to kKeepEachEdit
  // reports, else once the field is left (eventFieldLeft): a room of 10,000
  // is 2 MB to write, not at each key.
  void setEvent(RoomEvent event);
  void eventFieldLeft();
  static constexpr std::size_t kKeepEachEdit = 2000;
  // The event report (src/core/room/event_report.h): names only if the
  // trainer shows them on the projector; today: "YYYY-MM-DD".
  std::string eventReportBody(const Translations& tr, Lang lang, const std::string& today) const;
  File eventReportFile(const Translations& tr, Lang lang, const std::string& today, std::string_view css) const;

  // The report opened from its row (its own screen shows it); none when the room has no such report.
  void select(std::size_t report) { selected_ = report; }
  const RoomReport* selected() const {
    return data_ && selected_ < data_->reports.size() ? &data_->reports[selected_] : nullptr;
  }
  std::size_t selectedIndex() const { return selected_; }

  // ---- kept across page loads ------------------------------------------------
  // The page's room is kept through the host (IndexedDB in the browser) each
  // time it changes, until it is closed; lestari.aggregate's room is not.
  // A room read anew gets an id of its own, so that two tabs never write
  // over each other's room; a kept room opened again is taken over (kept
  // under a new id, the old record forgotten).
  void keepWith(Host& host) { keeper_ = &host; }
  struct Kept {
    std::string id;
    std::size_t reports = 0;  // read (counted or not)
    std::string savedAt;      // ISO time
  };
  // Rooms kept by earlier pages (not the one open here), in the host's
  // order (newest first).
  const std::vector<Kept>& keptRooms() const { return kept_; }
  void setKeptRooms(std::vector<Kept> rooms);
  // Opens a kept room's text as the room: nothing changes when it is damaged
  // or of another checklist (the error says which).
  std::optional<Error> openKept(const std::string& id, std::string_view text);
  void forgetKept(const std::string& id);
  // Closes the room and forgets every kept room ("remove all Lestari data from this browser").
  void forgetAll();
  // How keeping the open room last went: Full or Unavailable, it lives only in this page.
  StoreResult keptState() const { return keptState_; }
  void keptResult(StoreResult r) { keptState_ = r, ++keepsAnswered_; }
  // Every change asked to be kept has been answered (a reload now loses nothing).
  bool keptAll() const { return keepsAnswered_ >= keepsAsked_; }

  // ---- exports --------------------------------------------------------------
  enum class Export { Json, Workbook, ReportsCsv, IndicatorsCsv };
  // today: "YYYY-MM-DD" for the file name; now: the summary's generatedAt.
  File exportFile(Export what, const Translations& tr, Lang lang, const std::string& today, const std::string& now) const;
  // The same body without a file (the automation API; indent -1 for JSON: compact).
  std::string exportText(Export what, const Translations& tr, Lang lang, const std::string& now, int indent = 2) const;

 private:
  bool oneRead();
  void reorder();
  void show();  // a room to show: counted, ordered, kept, told
  void keep();
  void dropKept(const std::string& id);  // from the list offered

  const Checklist& checklist_;
  std::size_t maxReports_;
  std::optional<RoomBuilder> builder_;  // while files are read: the room so far and this batch
  Progress progress_;
  std::optional<RoomData> data_;
  std::size_t opened_ = 0;
  std::function<void()> onOpened_;
  std::vector<std::size_t> order_;
  RoomSort sort_ = RoomSort::Score;
  bool reversed_ = false;
  bool hideNames_ = true;
  RoomEvent event_;
  bool eventUnkept_ = false;  // changed, not yet kept (a large room while its field is typed in)
  std::size_t selected_ = 0;
  Host* keeper_ = nullptr;
  std::string keptId_;  // the open room's record; empty: none yet
  std::string replaces_;  // a record the next keep() replaces
  bool fresh_ = false;  // the reading under way starts a new room (not added to the open one)
  std::vector<Kept> kept_;
  StoreResult keptState_ = StoreResult::Ok;
  std::size_t keepsAsked_ = 0, keepsAnswered_ = 0;
};

}  // namespace lestari::app
