#pragma once
// One innovation's self-assessment: its profile and the answer per indicator.
// Every edit is validated against the checklist; a refused edit changes nothing.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/json/json.h"

#include "core/model/action_plan.h"
#include "core/model/checklist.h"
#include "core/base/error.h"

namespace lestari {

struct Answer {
  std::optional<int> level;  // 0..4, or unanswered
  bool notApplicable = false;  // excluded from scoring; level is then empty
  std::string note;            // the evidence note
  bool operator==(const Answer& o) const {
    return level == o.level && notApplicable == o.notApplicable && note == o.note;
  }
  bool empty() const { return !level && !notApplicable && note.empty(); }
};

struct Assessment {
  // Field id -> value: a string (text and choice fields) or an integer (year
  // fields). An absent field is empty.
  std::map<std::string, Json> profile;
  // Indicator id -> answer. An absent indicator is unanswered.
  std::map<std::string, Answer> answers;
  // Indicator id -> the follow-up action for its recommendation.
  std::map<std::string, Action> actions;

  bool operator==(const Assessment& o) const {
    return profile == o.profile && answers == o.answers && actions == o.actions;
  }
  bool empty() const;
  std::string profileText(const std::string& fieldId) const;  // "" when unset or not a string
};

// Checks a profile value against its field: type, length, year range, choice
// option. null or "" clears the field. `path` names the value in errors.
std::optional<Error> checkProfileValue(const ProfileField& field, const Json& value, const std::string& path);

// A year as typed in its field: "" clears it (null); anything but four
// digits is refused with "bad_year" (never parsed in part: "2O19" is not
// 219); the range is checked where the value is set.
Result<Json> readTypedYear(std::string_view typed, const std::string& path);

// A valid value as it is kept: a whole number written 2021.0 becomes 2021.
Json canonicalProfileValue(const Json& value);
std::optional<Error> setProfileValue(Assessment& a, const Checklist& c, std::string_view fieldId, const Json& value);
// level: 0..4 or nullopt (unanswered). Setting a level clears "not applicable".
std::optional<Error> setLevel(Assessment& a, const Checklist& c, std::string_view indicatorId, std::optional<int> level);
// Marking "not applicable" clears the level; the note stays.
std::optional<Error> setNotApplicable(Assessment& a, const Checklist& c, std::string_view indicatorId, bool notApplicable);
std::optional<Error> setNote(Assessment& a, const Checklist& c, std::string_view indicatorId, std::string_view note);

// The first indicator with neither a level nor "not applicable", in checklist
// order (within one factor when `only` is given); nullptr when there is none.
const Indicator* firstUnanswered(const Assessment& a, const Checklist& c, const Factor* only = nullptr);

}  // namespace lestari
