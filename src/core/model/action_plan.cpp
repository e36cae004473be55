#include "core/model/action_plan.h"
#include "core/base/stable_sort.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "core/model/assessment.h"
#include "core/model/scoring.h"
#include "core/json/strict_json.h"
#include "core/text/text.h"

namespace lestari {

const char* statusId(ActionStatus s) {
  switch (s) {
    case ActionStatus::InProgress: return "in_progress";
    case ActionStatus::Done: return "done";
    default: return "not_started";
  }
}

std::optional<ActionStatus> parseStatus(std::string_view id) {
  for (ActionStatus s : kAllStatuses)
    if (id == statusId(s)) return s;
  return std::nullopt;
}

namespace {
std::optional<std::string> isoDate(int year, int month, int day) {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
  char buf[40];  // (room for any int, so the compiler can prove nothing is cut)
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}
}  // namespace

int daysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[(month + 11) % 12];
}

int weekdayMondayFirst(int year, int month, int day) {
  // Sakamoto's method gives 0 for Sunday.
  static const int kOffset[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  int sunday0 = (year + year / 4 - year / 100 + year / 400 + kOffset[(month + 11) % 12] + day) % 7;
  return (sunday0 + 6) % 7;
}

bool isValidDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const int year = digitsValue(s.substr(0, 4)), month = digitsValue(s.substr(5, 2)), day = digitsValue(s.substr(8, 2));
  return year >= 0 && month >= 0 && day >= 0 && isoDate(year, month, day).has_value();
}

bool isOverdue(const Action& a, std::string_view today) {
  return !a.due.empty() && a.status != ActionStatus::Done && a.due < today;
}

std::optional<Error> checkAction(const Action& a, const Checklist& c, const std::string& path) {
  if (!c.indicator(a.indicator)) return Error{path + ".indicator", "unknown_indicator", {echo(a.indicator)}};
  struct Field { const std::string& text; std::size_t max; const char* name; bool oneLine; };
  for (const Field& f : {Field{a.text, c.actionMaxLength, "action", false}, Field{a.pic, c.picMaxLength, "pic", true},
                         Field{a.note, c.actionNoteMaxLength, "note", false}}) {
    std::string p = path + "." + f.name;
    if (auto bad = findInvalidUtf8(f.text); bad != std::string::npos) return invalidUtf8Error(p, f.text, bad);
    if (utf8Length(f.text) > f.max) return Error{p, "text_too_long", {std::to_string(f.max)}};
    if (f.oneLine && hasLineBreak(f.text)) return Error{p, "single_line", {}};
    if (auto cc = findControl(f.text, !f.oneLine); !cc.empty()) return Error{p, "control_character", {cc}};
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) return Error{path + ".action", "action_empty", {}};
  if (!a.due.empty() && !isValidDate(a.due)) return Error{path + ".due", "bad_date", {echo(a.due)}};
  return std::nullopt;
}

std::optional<Error> setAction(Assessment& assessment, const Checklist& c, const Action& a) {
  if (auto e = checkAction(a, c, echo(a.indicator))) return e;
  assessment.actions[a.indicator] = a;
  return std::nullopt;
}

std::optional<Error> removeAction(Assessment& assessment, const Checklist& c, std::string_view indicator) {
  if (!c.indicator(indicator)) return Error{echo(indicator), "unknown_indicator", {echo(indicator)}};
  assessment.actions.erase(std::string(indicator));
  return std::nullopt;
}

std::vector<const Action*> orderedActions(const Assessment& a, const Checklist& c, ActionOrder order) {
  // Rank: the recommendations' order, then the checklist's for the others.
  std::map<std::string, std::size_t> rank;
  for (const Recommendation& r : score(c, a).recommendations) rank.emplace(r.indicator->id, rank.size());
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) rank.emplace(i.id, rank.size());
  std::vector<const Action*> out;
  for (const auto& kv : a.actions) out.push_back(&kv.second);
  auto byRank = [&](const Action* x, const Action* y) { return rank[x->indicator] < rank[y->indicator]; };
  stableSort(out, byRank);
  if (order == ActionOrder::Due)
    stableSort(out, [](const Action* x, const Action* y) { return !x->due.empty() && (y->due.empty() || x->due < y->due); });
  if (order == ActionOrder::Status)
    stableSort(out, [](const Action* x, const Action* y) { return x->status < y->status; });
  return out;
}

}  // namespace lestari
