#include "app/room.h"

#include <algorithm>

#include "core/room/room_export.h"
#include "core/room/xlsx.h"

namespace lestari::app {

void Room::begin(bool append, std::size_t files) {
  if (append && data_) builder_.emplace(checklist_, *data_, maxReports_);
  else builder_.emplace(checklist_, maxReports_);
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
  ++opened_;
  reorder();
  if (onOpened_) onOpened_();
}

void Room::cancel() { builder_.reset(); }

void Room::close() {
  data_.reset();
  builder_.reset();
  order_.clear();
}

void Room::sortBy(RoomSort column) {
  reversed_ = sort_ == column && !reversed_;
  sort_ = column;
  reorder();
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
