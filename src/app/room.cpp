#include "app/room.h"

#include <algorithm>

#include "core/room/event_report.h"
#include "core/room/room_export.h"
#include "core/room/xlsx.h"

namespace lestari::app {

void Room::begin(bool append, std::size_t files) {
  if (append && data_) builder_.emplace(checklist_, *data_, maxReports_);
  else builder_.emplace(checklist_, maxReports_), fresh_ = true;
  progress_ = {0, files};
}

void Room::more(std::size_t files) { progress_.total += files; }

bool Room::add(const std::string& name, std::string_view bytes) {
  if (builder_) builder_->add(name, bytes);
  return oneRead();
}

bool Room::refuse(const std::string& name, const Error& e) {
  if (builder_) builder_->refuse(name, e);
  return oneRead();
}

// One more file read; false once reading was stopped. A full room counts the
// rest as not read and shows itself.
bool Room::oneRead() {
  if (!builder_) return false;
  ++progress_.done;
  if (builder_->full() && progress_.done < progress_.total) {
    builder_->notRead(progress_.total - progress_.done);
    finish();
    return false;
  }
  return true;
}

std::optional<Room::Progress> Room::progress() const {
  if (!builder_ || progress_.total < kProgressFiles) return std::nullopt;
  return progress_;
}

void Room::finish() {
  if (!builder_) return;  // stopped
  data_ = std::move(*builder_).finish();
  builder_.reset();
  if (fresh_) replaces_ = std::move(keptId_), keptId_.clear(), event_ = {};  // a new room replaces the one open
  fresh_ = false;
  show();
}

void Room::show() {
  ++opened_;
  reorder();
  keep();
  if (onOpened_) onOpened_();
}

void Room::cancel() { builder_.reset(), fresh_ = false; }

void Room::close() {
  data_.reset();
  builder_.reset();
  order_.clear();
  if (keeper_ && !keptId_.empty()) keeper_->forgetRoom(keptId_);
  keptId_.clear();
  keptState_ = StoreResult::Ok;
  event_ = {};
}

void Room::sortBy(RoomSort column) {
  reversed_ = sort_ == column && !reversed_;
  sort_ = column;
  reorder();
  keep();
}

void Room::setHideNames(bool hide) {
  hideNames_ = hide;
  keep();
}

void Room::setEvent(RoomEvent event) {
  if (event == event_) return;
  event_ = std::move(event);
  eventUnkept_ = true;
  if (data_ && data_->reports.size() <= kKeepEachEdit) keep();
}

void Room::eventFieldLeft() {
  if (eventUnkept_) keep();
}

std::string Room::eventReportBody(const Translations& tr, Lang lang, const std::string& today) const {
  if (!data_) return {};
  return lestari::eventReportBody({checklist_, tr, *data_, event_, !hideNames_, lang, today});
}

Room::File Room::eventReportFile(const Translations& tr, Lang lang, const std::string& today, std::string_view css) const {
  if (!data_) return {};
  const EventReportInput in{checklist_, tr, *data_, event_, !hideNames_, lang, today};
  return {eventReportFileName(in), eventReportHtml(in, css)};
}

// The open room, written whole where it is kept (a room of 10,000 is about
// 2 MB: written when it changes, never per frame).
void Room::keep() {
  if (!keeper_ || !data_) return;
  if (keptId_.empty()) keptId_ = "room-" + keeper_->uniqueId();
  const std::string about = Json{{"reports", data_->reports.size()}, {"savedAt", keeper_->nowIso()}}.dump();
  ++keepsAsked_;
  keeper_->keepRoom(keptId_, keptRoomText(*data_, {hideNames_, sort_, reversed_, event_}, checklist_), about, replaces_);
  eventUnkept_ = false;
  replaces_.clear();
}

void Room::setKeptRooms(std::vector<Kept> rooms) {
  kept_ = std::move(rooms);
  dropKept(keptId_);
}

void Room::dropKept(const std::string& id) {
  for (std::size_t i = 0; i < kept_.size(); ++i)
    if (kept_[i].id == id) kept_.erase(kept_.begin() + static_cast<std::ptrdiff_t>(i--));
}

std::optional<Error> Room::openKept(const std::string& id, std::string_view text) {
  auto read = readKeptRoom(text, checklist_);
  if (!read.ok()) return read.errors.front();
  builder_.reset();
  data_ = std::move(read.value->data);
  hideNames_ = read.value->view.hideNames;
  sort_ = read.value->view.sort;
  reversed_ = read.value->view.reversed;
  event_ = std::move(read.value->view.event);
  // Kept anew under an id of its own (another tab may open the same record);
  // the record read is removed in the same step as the new one is written,
  // the room that was open here is forgotten.
  if (keeper_ && !keptId_.empty()) keeper_->forgetRoom(keptId_);
  keptId_.clear();
  replaces_ = id;
  dropKept(id);
  show();
  return std::nullopt;
}

void Room::forgetAll() {
  close();
  kept_.clear();
  if (keeper_) keeper_->forgetAllRooms();
}

void Room::forgetKept(const std::string& id) {
  if (keeper_) keeper_->forgetRoom(id);
  dropKept(id);
}

// By score, the order the room was ranked in is kept (a room of thousands is not sorted twice).
void Room::reorder() {
  if (!data_) return order_.clear();
  if (sort_ != RoomSort::Score) return (void)(order_ = roomOrder(*data_, checklist_, sort_, reversed_));
  order_ = data_->byScore;
  if (reversed_) std::reverse(order_.begin(), order_.end());
}

std::string Room::shownName(std::size_t report, bool presenting, const std::string& untitled) const {
  if (!data_ || report >= data_->reports.size()) return {};
  if (anonymous(presenting)) return participantCode(report, data_->reports.size());
  const std::string& name = data_->reports[report].name;
  return name.empty() ? untitled : name;
}

std::string Room::exportText(Export what, const Translations& tr, Lang lang, const std::string& now, int indent) const {
  if (!data_) return {};
  switch (what) {
    case Export::Json: return roomJson(*data_, checklist_, tr, lang, now, indent);
    case Export::Workbook: return xlsxFile(roomWorkbook(*data_, checklist_, tr, lang));
    case Export::ReportsCsv: return roomReportsCsv(*data_, checklist_);
    case Export::IndicatorsCsv: return roomIndicatorsCsv(*data_, checklist_, lang);
  }
  return {};
}

// File names in the interface's language: "rekap-kelompok-2026-12-07.json",
// "rekap-kelompok-buku-kerja-2026-12-07.xlsx", …
Room::File Room::exportFile(Export what, const Translations& tr, Lang lang, const std::string& today, const std::string& now) const {
  const std::string stem = tr.get("group.fileStem", lang);
  auto named = [&](const char* part, const char* ext) {
    return stem + (part ? "-" + tr.get(part, lang) : "") + "-" + today + ext;
  };
  std::string name = what == Export::Json           ? named(nullptr, ".json")
                     : what == Export::Workbook     ? named("group.fileWorkbook", ".xlsx")
                     : what == Export::ReportsCsv   ? named("group.fileReports", ".csv")
                                                    : named("group.fileIndicators", ".csv");
  return {std::move(name), exportText(what, tr, lang, now)};
}

}  // namespace lestari::app
