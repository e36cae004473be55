#pragma once
// The follow-up plan (rencana tindak lanjut): for a recommendation, what will
// be done, by whom, by when, and how far it is. At most one action per
// indicator; kept in the assessment, so it is autosaved and in the report.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/error.h"

namespace lestari {

struct Checklist;
struct Assessment;

enum class ActionStatus { NotStarted, InProgress, Done };
inline constexpr ActionStatus kAllStatuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done};

// "not_started", "in_progress", "done": as in the report.
const char* statusId(ActionStatus s);
std::optional<ActionStatus> parseStatus(std::string_view id);

struct Action {
  std::string indicator;  // the recommendation it follows up (an indicator id)
  std::string text;       // what will be done
  std::string pic;        // person in charge
  std::string due;        // target date "YYYY-MM-DD", or "" when not set
  ActionStatus status = ActionStatus::NotStarted;
  std::string note;
  bool operator==(const Action& o) const {
    return indicator == o.indicator && text == o.text && pic == o.pic && due == o.due && status == o.status && note == o.note;
  }
};

// A real calendar date "YYYY-MM-DD" from 2000 to 2100 (leap years included).
bool isValidDate(std::string_view ymd);
// What a person types is typed_date.h's.
// Calendar arithmetic for the date picker.
int daysInMonth(int year, int month);
int weekdayMondayFirst(int year, int month, int day);  // 0 Monday ... 6 Sunday

// Overdue: a target date before today and not done. today is "YYYY-MM-DD".
bool isOverdue(const Action& a, std::string_view today);

// Checks every field against the checklist (known indicator, lengths, one-line
// person in charge, date). path names the action in errors.
std::optional<Error> checkAction(const Action& a, const Checklist& c, const std::string& path);
// Adds the action, or replaces the one of the same indicator. Refused actions change nothing.
std::optional<Error> setAction(Assessment& assessment, const Checklist& c, const Action& a);
std::optional<Error> removeAction(Assessment& assessment, const Checklist& c, std::string_view indicator);

// The plan in a reading order: by recommendation rank (checklist order for
// the rest), by target date (undated last), or by status (open first).
enum class ActionOrder { Rank, Due, Status };
std::vector<const Action*> orderedActions(const Assessment& a, const Checklist& c, ActionOrder order);

}  // namespace lestari
