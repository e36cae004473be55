#include "ui/screens/room_screen.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include <imgui.h>

#include "ui/commands.h"
#include "ui/room_chart.h"
#include "ui/context.h"
#include "ui/dialogs.h"
#include "ui/field_errors.h"
#include "ui/router.h"
#include "core/room/event_report.h"
#include "core/room/room_export.h"
#include "core/base/size_limits.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
float rankingRowHeight() { return ImGui::GetTextLineHeightWithSpacing() + em(0.3f); }
}  // namespace

// Counts and bands, factor means, the weakest factor, disagreement in as
// many views as its questions need, one view for each stage with
// innovations at it, then the ranking in as many views as its rows need.
int RoomScreen::views() const {
  const auto& group = ctx_.room.data();
  if (!ctx_.view.presenting || !group || group->counted == 0) return 0;
  const std::size_t rows = group->reports.size(), per = std::max<std::size_t>(rowsPerView_, 1);
  return 3 + static_cast<int>(disagreeViews_.size() + stagesShown(*group).size()) + static_cast<int>(rowsPerView_ ? (rows + per - 1) / per : 1);
}

std::vector<std::size_t> RoomScreen::stagesShown(const RoomData& g) {
  std::vector<std::size_t> out;
  for (std::size_t st = 0; st < g.stages.size(); ++st)
    if (g.stages[st].reports > 0) out.push_back(st);
  return out;
}

void RoomScreen::showView(int v) { view_ = std::clamp(v < 0 ? views() + v : v, 0, std::max(0, views() - 1)); }

void RoomScreen::draw(std::size_t) {
  if (!ctx_.room.isOpen()) return (void)ctx_.router.goTo("start");
  const RoomData& g = *ctx_.room.data();
  if (opened_ != ctx_.room.opened()) {  // a room read anew: from its first view and page
    opened_ = ctx_.room.opened();
    view_ = 0;
    page_ = 0;
  }
  view_ = std::min(view_, std::max(0, views() - 1));
  if (views() > 0) return drawView(g);
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  heading(fonts.title, ctx_.t("group.title"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  text(roomCountsText(g, ctx_.translations, ctx_.lang()));
  track("group.counts");
  if (g.notRead) {
    text(ctx_.f("group.notRead", {groupedNumber(limits::kRoomReports, ctx_.lang()), groupedNumber(g.notRead, ctx_.lang())}), p.warn);
    track("group.notRead");
  }
  const app::StoreResult kept = ctx_.room.keptState();
  if (kept == app::StoreResult::Ok) textMuted(ctx_.t("group.kept"));
  else text(ctx_.t(kept == app::StoreResult::Full ? "group.keptFull" : "group.keptUnavailable"), p.warn);
  track("group.kept");
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  drawActions();
  if (!ctx_.room.isOpen()) return;  // closed
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  if (!g.failed.empty()) {
    beginCard("##failed", p.warnBg);
    text(ctx_.f("group.failedTitle", {groupedNumber(g.failedCount(), ctx_.lang())}), p.warn);
    std::size_t shown = 0;
    for (const FailedReport& fr : g.failed) {
      if (++shown > 20) { textMuted(ctx_.f("group.moreFailed", {groupedNumber(g.failedCount() - 20, ctx_.lang())})); break; }
      text(fr.file + ": " + ctx_.translations.message(fr.errors[0], lang) +
           (fr.errors.size() > 1 ? " " + ctx_.f("group.moreErrors", {groupedNumber(fr.errors.size() - 1, ctx_.lang())}) : ""));
    }
    endCard();
    track("group.failed");
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  if (g.counted == 0) return;

  // The room at a glance.
  beginCard("##glance");
  drawWeakest(g);
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  strongText(ctx_.t("group.chartBands"));
  bandChart(ctx_, g);
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  drawFactors(g);
  drawStages(g);
  // The ranking a page at a time: a room of thousands drawn whole took a
  // quarter of a second a frame; the pages' buttons reach every row.
  const std::size_t pages = (g.reports.size() + kRowsPerPage - 1) / kRowsPerPage;
  page_ = std::min(page_, std::max<std::size_t>(pages, 1) - 1);
  drawRanking(g, page_ * kRowsPerPage, kRowsPerPage);
  if (pages > 1) {
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    // Only the way there is (a button that does nothing would be heard as one that does).
    const bool back = page_ > 0, next = page_ + 1 < pages;
    if (back && button(ctx_.t("nav.back"), "group.page.prev", ButtonKind::Secondary)) --page_;
    if (back && next) ImGui::SameLine(0, em(0.5f));
    if (next && button(ctx_.t("nav.next"), "group.page.next", ButtonKind::Secondary)) ++page_;
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  drawDisagreement(g);
  drawIndicators(g);
  drawEvent();  // the wrap-up: what the organisers get on paper
}

// Actions: more files, the exports (each says where it went), closing.
void RoomScreen::drawActions() {
  using Export = app::Room::Export;
  struct Action {
    const char* label;
    const char* id;
    std::optional<Export> exports;  // none: not an export
  };
  const Action actions[] = {{"group.add", "group.add", {}},
                            {"group.paste", "group.paste", {}},
                            {"group.exportJson", "group.json", Export::Json},
                            {"group.exportXlsx", "group.xlsx", Export::Workbook},
                            {"group.exportCsv", "group.csv", Export::ReportsCsv},
                            {"group.exportIndicators", "group.csvIndicators", Export::IndicatorsCsv},
                            {"group.close", "group.close", {}}};
  for (std::size_t a = 0; a < std::size(actions); ++a) {
    const Action& action = actions[a];
    if (a > 0) sameLineIfFits(buttonWidth(ctx_.t(action.label)), em(0.5f));
    if (!button(ctx_.t(action.label), action.id, a == 0 ? ButtonKind::Primary : ButtonKind::Secondary)) continue;
    const std::string which = action.id;
    if (action.exports) {
      const app::Room::File file = ctx_.room.exportFile(*action.exports, ctx_.translations, ctx_.lang(), ctx_.host.today(), ctx_.host.nowIso());
      if (*action.exports == Export::Workbook) {  // the file's bytes; the page says when it is saved
        ctx_.host.downloadWorkbook(file.name, file.body);
      } else {
        ctx_.host.download(file.name, file.body);
        ctx_.notice = ctx_.f("notice.downloadedFile", {file.name});
      }
    } else if (which == "group.add") {
      ctx_.host.pickFiles();
    } else if (which == "group.paste") {  // a chat's share codes join the room
      ctx_.dialogs.openPaste([this](const std::string& chat) {
        auto counts = [&] {
          const RoomData& g = *ctx_.room.data();
          return std::array<std::size_t, 3>{g.reports.size(), g.failedCount(), g.reports.size() - g.counted};
        };
        const auto before = counts();
        ctx_.room.begin(true, 1);
        ctx_.room.add(ctx_.t("group.pasteName"), chat);
        ctx_.room.finish();
        // Said once, seen and heard: how many joined, how many were damaged, how many repeat an innovation.
        const auto after = counts();
        const Lang lang = ctx_.lang();
        std::string said = ctx_.f("group.codesJoined", {groupedNumber(after[0] - before[0], lang)});
        if (after[1] > before[1]) said += " " + ctx_.f("group.codesJoinedFailed", {groupedNumber(after[1] - before[1], lang)});
        if (after[2] > before[2]) said += " " + ctx_.f("group.codesJoinedDuplicate", {groupedNumber(after[2] - before[2], lang)});
        ctx_.notice = said;
        ctx_.announce(said);
      });
    } else {
      ctx_.room.close();
      ctx_.router.goTo("start");
      return;
    }
  }
}

// The event (name, date, place, facilitator) and "Cetak laporan kegiatan":
// what the organisers and the agencies' heads get on paper.
void RoomScreen::drawEvent() {
  beginCard("##event");
  heading(ctx_.theme.fonts().bold, ctx_.t("event.section"));
  textMuted(ctx_.t("event.hint"));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  RoomEvent e = ctx_.room.event();
  const float wide = ctx_.narrow() ? -1.0f : std::min(ImGui::GetContentRegionAvail().x, em(28));
  auto field = [&](const char* label, std::string& value, const char* id) {
    fieldLabel(ctx_.t(label));
    bool left = false;  // on the canvas or in the mirror
    FieldExtras extras;
    extras.left = &left;
    if (&value == &e.name) extras.description = ctx_.t("event.hint");  // heard with the card's first field
    if (inputLine(id, ctx_.t(label), value, kEventFieldChars, wide, extras)) ctx_.room.setEvent(e);
    if (left) ctx_.room.eventFieldLeft();
    ImGui::Dummy(ImVec2(1, em(0.3f)));
  };
  field("event.name", e.name, "##group.event.name");
  fieldLabel(ctx_.t("event.date"));
  eventDate_.draw(ctx_, "group.event.date", ctx_.t("event.date"), e.date, [&](const std::string& iso) {
    RoomEvent dated = ctx_.room.event();
    dated.date = iso;
    ctx_.room.setEvent(std::move(dated));
    ctx_.room.eventFieldLeft();  // a date is kept whole, not as it is typed
    return std::optional<Error>();
  });
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  field("event.place", e.place, "##group.event.place");
  field("event.facilitator", e.facilitator, "##group.event.facilitator");
  hideNamesBox("group.event.anonymous");
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  if (button(ctx_.t("event.print"), "group.print", ButtonKind::Secondary, ctx_.narrow() ? ImGui::GetContentRegionAvail().x : 0))
    printEventReport(ctx_);
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// Names hidden behind codes (P01, P02, …) on the projector and in the printed
// event report: one choice, offered where it shows. True when it changed.
bool RoomScreen::hideNamesBox(const std::string& id) {
  bool hide = ctx_.room.anonymous(true);
  const bool changed = ImGui::Checkbox((ctx_.t("group.anonymous") + "##" + id).c_str(), &hide);
  if (changed) ctx_.room.setHideNames(hide);
  describe(id, Role::Checkbox, ctx_.t("group.anonymous"), ctx_.t("group.anonymousHint"), "", hide ? kChecked : 0);
  return changed;
}

// The weakest factor (every one of a tie, with its mean), for how many
// innovations each factor is the weakest, and the overall score's
// statistics. On a projector it is a view of its own, the factor in the title font.
void RoomScreen::drawWeakest(const RoomData& g) {
  const Lang lang = ctx_.lang();
  if (!ctx_.view.presenting) textMuted(ctx_.t("group.weakestTitle"));
  ImGui::PushFont(ctx_.view.presenting ? ctx_.theme.fonts().title : ctx_.theme.fonts().heading);
  text(roomWeakestText(g, ctx_.checklist, lang));
  ImGui::PopFont();
  track("group.weakest");
  if (g.weakestTied.size() > 1) textMuted(ctx_.f("group.weakestTie", {groupedNumber(g.weakestTied.size(), lang)}));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  for (std::size_t fi : weakestOrder(g))
    text(ctx_.f("event.weakestOf", {ctx_.checklist.factors[fi].title.in(lang), groupedNumber(g.weakestOf[fi], lang), groupedNumber(g.counted, lang)}));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  text(ctx_.f("group.overall", {formatNumber(g.overall.mean, lang), formatNumber(g.overall.median, lang), formatNumber(g.overall.min, lang),
                                formatNumber(g.overall.max, lang)}));
}

// Presenting: one view, sized to the screen (no scrolling).
// The ranked rows that fit in `height` with the table's header and the card's padding.
std::size_t RoomScreen::rowsFitting(float height) const {
  const float rowH = rankingRowHeight();
  return static_cast<std::size_t>(std::max(1.0f, (height - 2 * rowH - em(1.5f)) / rowH));
}

void RoomScreen::drawView(const RoomData& g) {
  const Fonts& fonts = ctx_.theme.fonts();
  // How many views the ranking takes is known from the first view on (the
  // footer's "Bagian 1 dari 6" stays true): the rows that fit under the
  // ranking's heading and box (about 4.5 em).
  rowsPerView_ = rowsFitting(ImGui::GetContentRegionAvail().y - em(4.5f));
  // The questions the room disagrees on, as many a view as fit under the heading and the legend.
  std::vector<float> heights;
  const float wrap = ImGui::GetContentRegionAvail().x - em(2.0f);
  for (std::size_t k = 0; k < g.disagreement.size() && k < kDisagreements; ++k)
    heights.push_back(wrappedHeight(disagreementText(g.indicators[g.disagreement[k]]), wrap) + em(0.7f + 0.4f + 3 * 0.15f));
  const float avail = ImGui::GetContentRegionAvail().y - em(5.5f);
  disagreeViews_ = viewStarts(heights, avail, avail);
  auto chartView = [&](const char* title, void (*chart)(const Context&, const RoomData&)) {
    heading(fonts.heading, ctx_.t(title));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    beginCard(title);
    chart(ctx_, g);
    endCard();
  };
  switch (view_) {
    case 0: {
      heading(fonts.title, ctx_.t("group.title"));
      ImGui::PushFont(fonts.heading);
      wrappedText(ctx_.f("group.reportsCounted", {groupedNumber(g.counted, ctx_.lang())}), 0, Role::Text, 0);
      ImGui::PopFont();
      track("group.counts");
      textMuted(roomCountsText(g, ctx_.translations, ctx_.lang()));
      ImGui::Dummy(ImVec2(1, em(0.8f)));
      return chartView("group.chartBands", bandChart);
    }
    case 1:
      return chartView("group.chartFactors", factorSpreadChart);
    case 2:
      heading(fonts.heading, ctx_.t("group.weakestTitle"));
      ImGui::Dummy(ImVec2(1, em(0.3f)));
      beginCard("##weakestView");
      drawWeakest(g);
      endCard();
      return;
    default: {
      const std::size_t at = static_cast<std::size_t>(view_ - 3), disagree = disagreeViews_.size();
      if (at < disagree)
        return drawDisagreement(g, disagreeViews_[at], (at + 1 < disagree ? disagreeViews_[at + 1] : kDisagreements) - disagreeViews_[at]);
      const std::vector<std::size_t> stages = stagesShown(g);
      if (at - disagree < stages.size()) {
        const std::size_t st = stages[at - disagree];
        heading(fonts.heading, ctx_.f("group.stageViewTitle", {ctx_.checklist.stages()[st].label.in(ctx_.lang()), groupedNumber(g.stages[st].reports, ctx_.lang())}));
        ImGui::Dummy(ImVec2(1, em(0.3f)));
        beginCard("##stageView");
        stageChart(ctx_, g, st);
        endCard();
        return;
      }
      const std::size_t page = at - disagree - stages.size();
      return drawRanking(g, page * std::max<std::size_t>(rowsPerView_, 1), std::max<std::size_t>(rowsPerView_, 1));
    }
  }
}

// Rows of label + number columns, laid out by hand.
void RoomScreen::statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id) {
  const float col = em(ctx_.narrow() ? 3.0f : 4.6f);
  float x = ImGui::GetCursorPosX(), y = ImGui::GetCursorPosY();
  float labelW = ImGui::GetContentRegionAvail().x - col * static_cast<float>(cells.size());
  if (header) ImGui::PushFont(ctx_.theme.fonts().bold);
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

void RoomScreen::drawFactors(const RoomData& g) {
  const Lang lang = ctx_.lang();
  heading(ctx_.theme.fonts().heading, ctx_.t("compare.factors"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##spread");
  strongText(ctx_.t("group.chartFactors"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  factorSpreadChart(ctx_, g);
  endCard();
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  beginCard("##groupFactors");
  statsHeader_ = {"n", ctx_.t("group.mean"), ctx_.t("group.median"), ctx_.t("group.min"), ctx_.t("group.max")};
  statsRow(ctx_.t("compare.factor"), statsHeader_, true);
  for (std::size_t i = 0; i < g.factors.size(); ++i) {
    const Stats& s = g.factors[i].stats;
    statsRow(std::to_string(i + 1) + ". " + g.factors[i].factor->shortTitle.in(lang),
             {groupedNumber(s.n, ctx_.lang()), formatNumber(s.mean, ctx_.lang()), formatNumber(s.median, ctx_.lang()), formatNumber(s.min, ctx_.lang()), formatNumber(s.max, ctx_.lang())}, false,
             "group.factor." + g.factors[i].factor->id);
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// The room by stage: how many innovations at each, and each stage's factor
// means against what that stage expects of them.
void RoomScreen::drawStages(const RoomData& g) {
  const Lang lang = ctx_.lang();
  heading(ctx_.theme.fonts().heading, ctx_.t("group.stageTitle"));
  textMuted(ctx_.t("group.stageIntro"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##groupStages");
  statsHeader_ = {"n", ctx_.t("group.mean"), ctx_.t("group.expected"), ctx_.t("group.met")};
  for (std::size_t st = 0; st < g.stages.size(); ++st) {
    const StageStats& ss = g.stages[st];
    const ChoiceOption& stage = ctx_.checklist.stages()[st];
    strongText(ctx_.f("group.stageCount", {stage.label.in(lang), groupedNumber(ss.reports, ctx_.lang())}));
    track("group.stage." + stage.id);
    if (ss.reports == 0) {
      ImGui::Dummy(ImVec2(1, em(0.5f)));
      continue;
    }
    stageChart(ctx_, g, st);  // seen as a chart, read as a table
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    statsRow(ctx_.t("compare.factor"), statsHeader_, true);
    for (std::size_t fi = 0; fi < ss.factors.size(); ++fi) {
      const StageFactorStats& x = ss.factors[fi];
      statsRow(std::to_string(fi + 1) + ". " + ctx_.factorLabel(fi),
               {groupedNumber(x.n, ctx_.lang()), formatNumber(x.mean, ctx_.lang()), formatNumber(x.expected, ctx_.lang()), groupedNumber(x.met, ctx_.lang())}, false,
               "group.stage." + stage.id + "." + ctx_.checklist.factors[fi].id);
    }
    ImGui::Dummy(ImVec2(1, em(0.5f)));
  }
  textMuted(ctx_.f("group.noStage", {groupedNumber(g.noStage, ctx_.lang())}));
  track("group.noStage");
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// The innovations ranked; a column header sorts (again: the other way), a row opens the report.
void RoomScreen::drawRanking(const RoomData& g, std::size_t first, std::size_t count) {
  const Lang lang = ctx_.lang();
  const Palette& p = ctx_.theme.palette();
  const std::vector<std::size_t>& order = ctx_.room.order();
  first = std::min(first, order.size());
  const std::size_t end = count >= order.size() - first ? order.size() : first + count;
  const bool paged = ctx_.view.presenting || end - first < order.size();
  heading(ctx_.theme.fonts().heading, paged ? ctx_.f("group.rankingPage", {groupedNumber(first + 1, ctx_.lang()), groupedNumber(end, ctx_.lang()), groupedNumber(order.size(), ctx_.lang())})
                                            : ctx_.t("group.rankingTitle"));
  if (ctx_.view.presenting) {  // the trainer's choice, where the names would show
    ImGui::Dummy(ImVec2(1, em(0.2f)));
    if (hideNamesBox("group.anonymous")) view_ = std::min(view_, views() - 1);
  }
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  const float rowH = rankingRowHeight();
  beginCard("##ranking");
  const float scoreW = em(ctx_.narrow() ? 3.2f : 4.5f), bandW = em(ctx_.narrow() ? 5.5f : 7.5f), weakW = ctx_.narrow() ? 0 : em(10);
  float x0 = ImGui::GetCursorPosX(), nameW = ImGui::GetContentRegionAvail().x - scoreW - bandW - weakW;
  const std::pair<RoomSort, const char*> columns[] = {{RoomSort::Name, "group.colName"}, {RoomSort::Score, "group.colScore"},
                                                       {RoomSort::Band, "group.colBand"}, {RoomSort::Weakest, "group.colWeakest"}};
  const float starts[] = {0, nameW, nameW + scoreW, nameW + scoreW + bandW};
  const float widths[] = {nameW, scoreW, bandW, weakW};
  float y0 = ImGui::GetCursorPosY();
  for (int c = 0; c < 4; ++c) {
    if (widths[c] <= 0) continue;
    ImGui::SetCursorPos(ImVec2(x0 + starts[c], y0));
    const std::string& label = ctx_.t(columns[c].second);
    ImGui::PushFont(ctx_.theme.fonts().bold);
    const float labelW = ImGui::CalcTextSize(label.c_str()).x;
    const bool sorted = ctx_.room.sort() == columns[c].first;
    if (ImGui::Selectable((label + "###sort" + std::to_string(c)).c_str(), sorted, 0, ImVec2(widths[c] - em(0.4f), 0))) {
      ctx_.room.sortBy(columns[c].first);
      page_ = 0;
    }
    ImGui::PopFont();
    if (ctx_.room.sort() == columns[c].first) {
      // The sort's direction: a triangle drawn, not a character (the bold
      // font had no arrow: "Skor ?"). Down: the table's usual order; up: reversed.
      const ImVec2 at(ImGui::GetItemRectMin().x + labelW + em(0.8f), (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
      const float r = em(0.3f), down = ctx_.room.reversed() ? -1.0f : 1.0f;
      ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(at.x - r, at.y - r * 0.5f * down), ImVec2(at.x + r, at.y - r * 0.5f * down),
                                                    ImVec2(at.x, at.y + r * 0.6f * down), ctx_.theme.palette().text);
    }
    static const char* kSortIds[] = {"group.sort.name", "group.sort.score", "group.sort.band", "group.sort.weakest"};
    describe(kSortIds[c], Role::Button, ctx_.f("a11y.sortBy", {ctx_.t(columns[c].second)}), "", "", ctx_.room.sort() == columns[c].first ? kCurrent : 0);
  }
  // Every row is laid out (not clipped away): a screen reader reaches them all.
  for (int row = static_cast<int>(first); row < static_cast<int>(end); ++row) {
      const RoomReport& r = g.reports[order[static_cast<std::size_t>(row)]];
      float y = ImGui::GetCursorPosY();
      ImGui::PushID(row);
      if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, rowH - em(0.1f)))) {
        ctx_.room.select(order[static_cast<std::size_t>(row)]);
        ctx_.router.goTo("group:report");
      }
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      // The place comes from the score (ties share it), never from the sort order.
      const std::string place = r.rank ? groupedNumber(r.rank, ctx_.lang()) : "\xE2\x80\x93";
      const std::string incomplete = r.results.complete ? "" : ctx_.f("group.incomplete", {groupedNumber(r.answered, ctx_.lang()), groupedNumber(r.levels.size(), ctx_.lang())});
      const std::string shown = ctx_.room.shownName(order[static_cast<std::size_t>(row)], ctx_.view.presenting, ctx_.t("common.untitled"));
      describe("group.row." + std::to_string(row), Role::Button,
               ctx_.f("a11y.groupRow", {place, shown, formatNumber(r.results.overall, ctx_.lang()),
                                   r.results.band ? r.results.band->label.in(lang) : "-",
                                   r.results.weakest ? r.results.weakest->shortTitle.in(lang) : "-"}) +
                   (r.counted ? "" : " " + ctx_.t("group.notCounted")) + (incomplete.empty() ? "" : " " + incomplete + "."));
      ImGui::PopID();
      std::string name = place + ". " + shown;
      if (!r.counted) name += " \xC2\xB7 " + ctx_.t("group.notCounted");
      else if (r.duplicate) name += " \xC2\xB7 " + ctx_.t("group.duplicate");
      if (!incomplete.empty()) name += " \xC2\xB7 " + incomplete;
      auto cell = [&](float at, float width, const std::string& s, ImU32 color) {
        ImGui::SetCursorPos(ImVec2(x0 + at, y + em(0.15f)));
        ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(ImGui::GetCursorScreenPos().x + width - em(0.4f), ImGui::GetCursorScreenPos().y + rowH), true);
        ImGui::TextColored(toVec4(color), "%s", s.c_str());
        ImGui::PopClipRect();
      };
      cell(starts[0], widths[0], name, r.counted ? p.text : p.muted);
      cell(starts[1], widths[1], formatNumber(r.results.overall, ctx_.lang()), p.text);
      cell(starts[2], widths[2], r.results.band ? r.results.band->label.in(lang) : "\xE2\x80\x93", p.text);
      if (weakW > 0) cell(starts[3], widths[3], r.results.weakest ? r.results.weakest->shortTitle.in(lang) : "\xE2\x80\x93", p.muted);
      ImGui::SetCursorPos(ImVec2(x0, y + rowH));
    }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

std::string RoomScreen::disagreementText(const IndicatorStats& is) const {
  const Lang lang = ctx_.lang();
  return ctx_.f("group.disagreementItem", {is.indicator->question.in(lang), formatNumber(is.stats.sd, lang, 2), formatNumber(is.stats.min, lang, 0),
                                           formatNumber(is.stats.max, lang, 0)});
}

// The indicators where the reports disagree most ([first, first + count) of
// the first five), each with its levels' spread on a projector.
void RoomScreen::drawDisagreement(const RoomData& g, std::size_t first, std::size_t count) {
  const TightRows tight(ctx_.view.presenting);
  heading(ctx_.theme.fonts().heading, ctx_.t("group.disagreementTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (ctx_.view.presenting) levelLegend(ctx_);
  beginCard("##disagreement");
  if (g.disagreement.empty()) textMuted(ctx_.t("group.disagreementNone"));
  for (std::size_t k = first; k < g.disagreement.size() && k < kDisagreements && k - first < count; ++k) {
    const IndicatorStats& is = g.indicators[g.disagreement[k]];
    text(disagreementText(is));
    track("group.disagree." + is.indicator->id);
    if (ctx_.view.presenting) {  // on the projector the spread is seen, not only read
      levelBar(ctx_, is);
      ImGui::Dummy(ImVec2(1, em(0.4f)));
    }
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// Per indicator: the numbers and a bar of how many reports chose each level.
void RoomScreen::drawIndicators(const RoomData& g) {
  const Lang lang = ctx_.lang();
  heading(ctx_.theme.fonts().heading, ctx_.t("compare.indicators"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  levelLegend(ctx_);
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##groupIndicators");
  std::size_t fi = 0, ii = 0;
  const Factor* last = nullptr;
  for (const IndicatorStats& is : g.indicators) {
    if (is.factor != last) { last = is.factor; ++fi; ii = 0; }
    ++ii;
    strongText(std::to_string(fi) + "." + std::to_string(ii) + " " + is.indicator->question.in(lang));
    track("group.indicator." + is.indicator->id);
    const Stats& s = is.stats;
    textMuted(ctx_.f("group.indicatorStats", {groupedNumber(s.n, lang), formatNumber(s.mean, lang, 2), formatNumber(s.median, lang), formatNumber(s.min, lang, 0),
                                         formatNumber(s.max, lang, 0)}));
    levelBar(ctx_, is);
    ImGui::Dummy(ImVec2(1, em(0.7f)));
  }
  endCard();
}

}  // namespace lestari::ui
