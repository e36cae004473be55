// The trainer's room: many participants' reports at once. The room's
// weakest factor, statistics per factor and per indicator with the spread of
// levels, where reports disagree most, a ranked table sortable by column,
// the files that could not be read, exports for spreadsheets; one report
// opened from its row.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "app.h"
#include "group_export.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
std::string fixed(const std::optional<double>& v, const char* format = "%.1f") {
  if (!v) return "\xE2\x80\x93";
  char buf[32];
  std::snprintf(buf, sizeof buf, format, *v);
  return buf;
}
}  // namespace

// Reports arrive one file at a time from the picker or a drop.
void App::beginRoom(bool append) {
  if (!append || !groupBuilder_) groupBuilder_.emplace(checklist_);
}
void App::addRoomFile(const std::string& name, std::string_view bytes) {
  if (groupBuilder_) groupBuilder_->add(name, bytes);
}
void App::refuseRoomFile(const std::string& name, const Error& e) {
  if (groupBuilder_) groupBuilder_->refuse(name, e);
}
void App::finishRoom() {
  if (!groupBuilder_) return;
  group_ = groupBuilder_->finish();
  go(kGroup);
}

std::vector<std::size_t> App::groupOrder() const {
  return group_ ? lestari::groupOrder(*group_, checklist_, groupSort_, groupReversed_) : std::vector<std::size_t>{};
}

void App::drawGroup() {
  if (!group_) return go(kStart);
  const Group& g = *group_;
  const Fonts& fonts = theme_.fonts();
  const Palette& p = theme_.palette();
  const Lang lang = session_->lang();
  heading(fonts.title, t("group.title"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  std::size_t notCounted = 0;
  for (const GroupReport& r : g.reports) notCounted += !r.counted;
  text(f("group.counts", {std::to_string(g.reports.size() + g.failed.size()), std::to_string(g.counted),
                          std::to_string(notCounted), std::to_string(g.failed.size())}));
  track("group.counts");
  textMuted(t("group.notSaved"));
  ImGui::Dummy(ImVec2(1, em(0.6f)));

  // Actions: more files, the exports, closing.
  const std::pair<const char*, const char*> actions[] = {{"group.add", "group.add"}, {"group.exportJson", "group.json"},
                                                         {"group.exportCsv", "group.csv"}, {"group.exportIndicators", "group.csvIndicators"},
                                                         {"group.close", "group.close"}};
  for (std::size_t a = 0; a < std::size(actions); ++a) {
    const auto& [label, id] = actions[a];
    if (a > 0) sameLineIfFits(buttonWidth(t(label)), em(0.5f));
    if (!button(t(label), id, a == 0 ? ButtonKind::Primary : ButtonKind::Secondary)) continue;
    const std::string date = host_.today(), stem = t("group.fileStem"), which = id;
    if (which == "group.add") {
      host_.pickFiles();
    } else if (which == "group.json") {
      host_.download(stem + "-" + date + ".json", groupJson(g, checklist_, translations_, lang, host_.nowIso()));
    } else if (which == "group.csv") {
      host_.download(stem + "-" + t("group.fileReports") + "-" + date + ".csv", groupReportsCsv(g, checklist_));
    } else if (which == "group.csvIndicators") {
      host_.download(stem + "-" + t("group.fileIndicators") + "-" + date + ".csv", groupIndicatorsCsv(g, checklist_, lang));
    } else {
      group_.reset();
      groupBuilder_.reset();
      return go(kStart);
    }
  }
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  if (!g.failed.empty()) {
    beginCard("##failed", p.warnBg);
    text(f("group.failedTitle", {std::to_string(g.failed.size())}), p.warn);
    std::size_t shown = 0;
    for (const FailedReport& fr : g.failed) {
      if (++shown > 20) { textMuted(f("group.moreFailed", {std::to_string(g.failed.size() - 20)})); break; }
      text(fr.file + ": " + translations_.message(fr.errors[0], lang) +
           (fr.errors.size() > 1 ? " " + f("group.moreErrors", {std::to_string(fr.errors.size() - 1)}) : ""));
    }
    endCard();
    track("group.failed");
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  if (g.counted == 0) return;

  // The room at a glance.
  beginCard("##room");
  textMuted(t("group.weakestTitle"));
  ImGui::PushFont(fonts.heading);
  text(g.weakest ? g.weakest->title.in(lang) : std::string("\xE2\x80\x93"));
  ImGui::PopFont();
  track("group.weakest");
  text(f("group.overall", {fixed(g.overall.mean), fixed(g.overall.median), fixed(g.overall.min), fixed(g.overall.max)}));
  std::string bands;
  for (std::size_t b = 0; b < checklist_.bands.size(); ++b)
    bands += (b ? " \xC2\xB7 " : "") + checklist_.bands[b].label.in(lang) + " " + std::to_string(g.bands[b]);
  textMuted(bands);
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  drawGroupFactors(g);
  drawGroupRanking(g);
  drawGroupIndicators(g);
}

// Rows of label + number columns, laid out by hand.
void App::statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id) {
  const float col = em(narrow() ? 3.0f : 4.6f);
  float x = ImGui::GetCursorPosX(), y = ImGui::GetCursorPosY();
  float labelW = ImGui::GetContentRegionAvail().x - col * static_cast<float>(cells.size());
  if (header) ImGui::PushFont(theme_.fonts().bold);
  ImGui::PushTextWrapPos(x + labelW - em(0.4f));
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  if (!id.empty()) {  // a row: read as one sentence
    std::string said = label;
    for (std::size_t i = 0; i < cells.size() && i < statsHeader_.size(); ++i) said += ", " + statsHeader_[i] + " " + cells[i];
    describe(id, Role::Text, said);
  }
  float below = ImGui::GetCursorPosY();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    ImGui::SetCursorPos(ImVec2(x + labelW + col * static_cast<float>(i), y));
    ImGui::TextUnformatted(cells[i].c_str());
  }
  if (header) ImGui::PopFont();
  ImGui::SetCursorPos(ImVec2(x, std::max(below, ImGui::GetCursorPosY()) + em(0.2f)));
}

void App::drawGroupFactors(const Group& g) {
  const Lang lang = session_->lang();
  heading(theme_.fonts().heading, t("compare.factors"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##groupFactors");
  statsHeader_ = {"n", t("group.mean"), t("group.median"), t("group.min"), t("group.max")};
  statsRow(t("compare.factor"), statsHeader_, true);
  for (std::size_t i = 0; i < g.factors.size(); ++i) {
    const Stats& s = g.factors[i].stats;
    statsRow(std::to_string(i + 1) + ". " + g.factors[i].factor->shortTitle.in(lang),
             {std::to_string(s.n), fixed(s.mean), fixed(s.median), fixed(s.min), fixed(s.max)}, false,
             "group.factor." + g.factors[i].factor->id);
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// The innovations ranked; a column header sorts (again: the other way), a row opens the report.
void App::drawGroupRanking(const Group& g) {
  const Lang lang = session_->lang();
  const Palette& p = theme_.palette();
  heading(theme_.fonts().heading, t("group.rankingTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##ranking");
  const float scoreW = em(narrow() ? 3.2f : 4.5f), bandW = em(narrow() ? 5.5f : 7.5f), weakW = narrow() ? 0 : em(10);
  float x0 = ImGui::GetCursorPosX(), nameW = ImGui::GetContentRegionAvail().x - scoreW - bandW - weakW;
  const std::pair<GroupSort, const char*> columns[] = {{GroupSort::Name, "group.colName"}, {GroupSort::Score, "group.colScore"},
                                                       {GroupSort::Band, "group.colBand"}, {GroupSort::Weakest, "group.colWeakest"}};
  const float starts[] = {0, nameW, nameW + scoreW, nameW + scoreW + bandW};
  const float widths[] = {nameW, scoreW, bandW, weakW};
  float y0 = ImGui::GetCursorPosY();
  for (int c = 0; c < 4; ++c) {
    if (widths[c] <= 0) continue;
    ImGui::SetCursorPos(ImVec2(x0 + starts[c], y0));
    std::string label = t(columns[c].second) + (groupSort_ == columns[c].first ? (groupReversed_ ? " \xE2\x80\xB9" : " \xE2\x80\xBA") : "");
    ImGui::PushFont(theme_.fonts().bold);
    if (ImGui::Selectable((label + "##sort" + std::to_string(c)).c_str(), groupSort_ == columns[c].first, 0, ImVec2(widths[c] - em(0.4f), 0))) {
      groupReversed_ = groupSort_ == columns[c].first && !groupReversed_;
      groupSort_ = columns[c].first;
    }
    ImGui::PopFont();
    static const char* kSortIds[] = {"group.sort.name", "group.sort.score", "group.sort.band", "group.sort.weakest"};
    describe(kSortIds[c], Role::Button, f("a11y.sortBy", {t(columns[c].second)}), "", "", groupSort_ == columns[c].first ? kCurrent : 0);
  }
  std::vector<std::size_t> order = groupOrder();
  const float rowH = ImGui::GetTextLineHeightWithSpacing() + em(0.3f);
  // Every row is laid out (not clipped away): a screen reader reaches them all.
  for (int row = 0; row < static_cast<int>(order.size()); ++row) {
      const GroupReport& r = g.reports[order[static_cast<std::size_t>(row)]];
      float y = ImGui::GetCursorPosY();
      ImGui::PushID(row);
      if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, rowH - em(0.1f)))) {
        groupReport_ = order[static_cast<std::size_t>(row)];
        go(kGroupReport);
      }
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      describe("group.row." + std::to_string(row), Role::Button,
               f("a11y.groupRow", {std::to_string(row + 1), r.name.empty() ? t("common.untitled") : r.name, fixed(r.results.overall),
                                   r.results.band ? r.results.band->label.in(lang) : "-",
                                   r.results.weakest ? r.results.weakest->shortTitle.in(lang) : "-"}) +
                   (r.counted ? "" : " " + t("group.notCounted")));
      ImGui::PopID();
      std::string name = std::to_string(row + 1) + ". " + (r.name.empty() ? t("common.untitled") : r.name);
      if (!r.counted) name += " \xC2\xB7 " + t("group.notCounted");
      else if (r.duplicate) name += " \xC2\xB7 " + t("group.duplicate");
      auto cell = [&](float at, float width, const std::string& s, ImU32 color) {
        ImGui::SetCursorPos(ImVec2(x0 + at, y + em(0.15f)));
        ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(ImGui::GetCursorScreenPos().x + width - em(0.4f), ImGui::GetCursorScreenPos().y + rowH), true);
        ImGui::TextColored(toVec4(color), "%s", s.c_str());
        ImGui::PopClipRect();
      };
      cell(starts[0], widths[0], name, r.counted ? p.text : p.muted);
      cell(starts[1], widths[1], fixed(r.results.overall), p.text);
      cell(starts[2], widths[2], r.results.band ? r.results.band->label.in(lang) : "\xE2\x80\x93", p.text);
      if (weakW > 0) cell(starts[3], widths[3], r.results.weakest ? r.results.weakest->shortTitle.in(lang) : "\xE2\x80\x93", p.muted);
      ImGui::SetCursorPos(ImVec2(x0, y + rowH));
    }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// Per indicator: the numbers and a bar of how many reports chose each level.
void App::drawGroupIndicators(const Group& g) {
  const Lang lang = session_->lang();
  const Palette& p = theme_.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  heading(theme_.fonts().heading, t("group.disagreementTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##disagreement");
  if (g.disagreement.empty()) textMuted(t("group.disagreementNone"));
  for (std::size_t k = 0; k < g.disagreement.size() && k < 5; ++k) {
    const IndicatorStats& is = g.indicators[g.disagreement[k]];
    text(f("group.disagreementItem", {is.indicator->question.in(lang), fixed(is.stats.sd, "%.2f"), fixed(is.stats.min, "%.0f"),
                                      fixed(is.stats.max, "%.0f")}));
    track("group.disagree." + is.indicator->id);
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  heading(theme_.fonts().heading, t("compare.indicators"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  // Legend: levels 0-4, not applicable, unanswered.
  for (int lv = 0; lv <= kMaxLevel + 2; ++lv) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImU32 color = lv <= kMaxLevel ? p.level[lv] : lv == kMaxLevel + 1 ? p.muted : p.neutral;
    dl->AddRectFilled(ImVec2(at.x, at.y + em(0.25f)), ImVec2(at.x + em(0.8f), at.y + em(1.05f)), color, 2);
    ImGui::Dummy(ImVec2(em(0.8f), em(1)));
    ImGui::SameLine(0, em(0.3f));
    std::string label = lv <= kMaxLevel ? std::to_string(lv) : t(lv == kMaxLevel + 1 ? "compare.na" : "group.unanswered");
    ImGui::TextUnformatted(label.c_str());
    if (lv < kMaxLevel + 2) sameLineIfFits(em(3), em(0.8f));
  }
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##groupIndicators");
  std::size_t fi = 0, ii = 0;
  const Factor* last = nullptr;
  for (const IndicatorStats& is : g.indicators) {
    if (is.factor != last) { last = is.factor; ++fi; ii = 0; }
    ++ii;
    ImGui::PushFont(theme_.fonts().bold);
    text(std::to_string(fi) + "." + std::to_string(ii) + " " + is.indicator->question.in(lang));
    ImGui::PopFont();
    track("group.indicator." + is.indicator->id);
    const Stats& s = is.stats;
    textMuted(f("group.indicatorStats", {std::to_string(s.n), fixed(s.mean, "%.2f"), fixed(s.median, "%.1f"), fixed(s.min, "%.0f"),
                                         fixed(s.max, "%.0f")}));
    // The stacked bar: every counted report once.
    std::size_t total = s.n + is.notApplicable + is.unanswered;
    ImVec2 at = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x, h = em(0.7f), x = at.x;
    auto segment = [&](std::size_t count, ImU32 color) {
      if (!count || !total) return;
      float seg = w * static_cast<float>(count) / static_cast<float>(total);
      dl->AddRectFilled(ImVec2(x, at.y), ImVec2(x + seg, at.y + h), color);
      x += seg;
    };
    for (int lv = 0; lv <= kMaxLevel; ++lv) segment(is.levels[static_cast<std::size_t>(lv)], p.level[lv]);
    segment(is.notApplicable, p.muted);
    segment(is.unanswered, p.neutral);
    ImGui::Dummy(ImVec2(w, h));
    std::string alt = t("a11y.distribution");
    for (int lv = 0; lv <= kMaxLevel; ++lv) alt += " " + f("a11y.levelCount", {std::to_string(lv), std::to_string(is.levels[static_cast<std::size_t>(lv)])});
    alt += " " + t("compare.na") + " " + std::to_string(is.notApplicable) + ", " + t("group.unanswered") + " " + std::to_string(is.unanswered) + ".";
    describe("group.bar." + is.indicator->id, Role::Image, alt);
    ImGui::Dummy(ImVec2(1, em(0.7f)));
  }
  endCard();
}

// One participant's report, read-only: its result, chart and recommendations.
void App::drawGroupReport() {
  if (!group_ || groupReport_ >= group_->reports.size()) return go(kGroup);
  const GroupReport& r = group_->reports[groupReport_];
  const Lang lang = session_->lang();
  const Fonts& fonts = theme_.fonts();
  if (button("\xE2\x80\xB9  " + t("group.back"), "group.back", ButtonKind::Quiet)) return go(kGroup);
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  textMuted(r.file);
  heading(fonts.title, r.name.empty() ? t("common.untitled") : r.name);
  if (!r.agency.empty()) text(r.agency);
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  beginCard("##groupReportScore");
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted(fixed(r.results.overall).c_str());
  ImGui::PopFont();
  describe("group.report.score", Role::Text, f("a11y.overall", {fixed(r.results.overall), r.results.band ? r.results.band->label.in(lang) : "-"}));
  text(r.results.band ? r.results.band->label.in(lang) : t("results.noScore"));
  if (!r.counted) textMuted(t("group.notCountedHint"));
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
  if (r.results.overall) {
    drawChartCard(1.0f, r.results, nullptr);
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  heading(fonts.heading, t("results.recommendationsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  int rank = 0;
  for (const Recommendation& rec : r.results.recommendations) drawRecommendation(rec, ++rank, false);
}

}  // namespace lestari::ui
