#include "core/model/assessment.h"

#include <algorithm>

#include "core/json/json_read.h"
#include "core/json/strict_json.h"

namespace lestari {

using json = Json;

bool Assessment::empty() const {
  for (const auto& kv : profile)
    if (!kv.second.is_null() && !(kv.second.is_string() && kv.second.get_ref<const std::string&>().empty()))
      return false;
  for (const auto& kv : answers)
    if (!kv.second.empty()) return false;
  return actions.empty();
}

std::string Assessment::profileText(const std::string& fieldId) const {
  auto it = profile.find(fieldId);
  return it != profile.end() && it->second.is_string() ? it->second.get<std::string>() : std::string();
}

std::optional<Error> checkProfileValue(const ProfileField& field, const json& value, const std::string& path) {
  if (value.is_null()) return std::nullopt;
  switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
      if (!value.is_string()) return Error{path, "wrong_type", {"string", jsonTypeName(value)}};
      const auto& s = value.get_ref<const std::string&>();
      if (auto bad = findInvalidUtf8(s); bad != std::string::npos) return invalidUtf8Error(path, s, bad);
      if (utf8Length(s) > field.maxLength) return Error{path, "text_too_long", {std::to_string(field.maxLength)}};
      if (field.type == FieldType::Text && hasLineBreak(s)) return Error{path, "single_line", {}};
      if (auto cc = findControl(s, field.type == FieldType::Multiline); !cc.empty())
        return Error{path, "control_character", {cc}};
      return std::nullopt;
    }
    case FieldType::Choice: {
      if (!value.is_string()) return Error{path, "wrong_type", {"string", jsonTypeName(value)}};
      const auto& s = value.get_ref<const std::string&>();
      if (!s.empty() && !field.option(s)) return Error{path, "unknown_option", {echo(s)}};
      return std::nullopt;
    }
    case FieldType::Year: {
      if (!value.is_number()) return Error{path, "wrong_type", {"integer", jsonTypeName(value)}};
      if (!isIntegral(value)) return Error{path, "not_integer", {value.dump()}};
      if (!integerIn(value, field.min, field.max))
        return Error{path, "out_of_range", {std::to_string(field.min), std::to_string(field.max)}};
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<Error> setProfileValue(Assessment& a, const Checklist& c, std::string_view fieldId, const json& value) {
  const ProfileField* f = c.field(fieldId);
  if (!f) return Error{echo(fieldId), "unknown_field", {echo(fieldId)}};
  if (auto e = checkProfileValue(*f, value, f->id)) return e;
  bool clear = value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty());
  if (clear) a.profile.erase(f->id);
  else a.profile[f->id] = canonicalProfileValue(value);
  return std::nullopt;
}

Result<Json> readTypedYear(std::string_view typed, const std::string& path) {
  if (typed.empty()) return Result<Json>{Json(), {}};
  bool digits = typed.size() == 4 && std::all_of(typed.begin(), typed.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  if (!digits) return Result<Json>::fail(Error{path, "bad_year", {echo(typed, 20)}});
  int year = 0;
  for (char ch : typed) year = year * 10 + (ch - '0');
  return Result<Json>{Json(year), {}};
}

Json canonicalProfileValue(const Json& value) {
  if (value.is_number_float()) return static_cast<std::int64_t>(value.get<double>());  // 2021.0 -> 2021 (checked integral)
  return value;
}

namespace {
// The answer of a known indicator, or the error for an unknown one.
std::optional<Error> checkIndicator(const Checklist& c, std::string_view id) {
  if (!c.indicator(id)) return Error{echo(id), "unknown_indicator", {echo(id)}};
  return std::nullopt;
}
void dropIfEmpty(Assessment& a, const std::string& id) {
  auto it = a.answers.find(id);
  if (it != a.answers.end() && it->second.empty()) a.answers.erase(it);
}
}  // namespace

std::optional<Error> setLevel(Assessment& a, const Checklist& c, std::string_view indicatorId, std::optional<int> level) {
  if (auto e = checkIndicator(c, indicatorId)) return e;
  if (level && (*level < 0 || *level > kMaxLevel))
    return Error{std::string(indicatorId), "out_of_range", {"0", std::to_string(kMaxLevel)}};
  std::string id(indicatorId);
  Answer& ans = a.answers[id];
  ans.level = level;
  if (level) ans.notApplicable = false;
  dropIfEmpty(a, id);
  return std::nullopt;
}

std::optional<Error> setNotApplicable(Assessment& a, const Checklist& c, std::string_view indicatorId, bool na) {
  if (auto e = checkIndicator(c, indicatorId)) return e;
  std::string id(indicatorId);
  Answer& ans = a.answers[id];
  ans.notApplicable = na;
  if (na) ans.level.reset();
  dropIfEmpty(a, id);
  return std::nullopt;
}

std::optional<Error> setNote(Assessment& a, const Checklist& c, std::string_view indicatorId, std::string_view note) {
  if (auto e = checkIndicator(c, indicatorId)) return e;
  std::string text(note);
  if (auto bad = findInvalidUtf8(text); bad != std::string::npos) return invalidUtf8Error(std::string(indicatorId), text, bad);
  if (utf8Length(text) > c.maxNoteLength)
    return Error{std::string(indicatorId), "text_too_long", {std::to_string(c.maxNoteLength)}};
  if (auto cc = findControl(text, true); !cc.empty()) return Error{std::string(indicatorId), "control_character", {cc}};
  std::string id(indicatorId);
  a.answers[id].note = std::move(text);
  dropIfEmpty(a, id);
  return std::nullopt;
}

const Indicator* firstUnanswered(const Assessment& a, const Checklist& c, const Factor* only) {
  for (const Factor& f : c.factors) {
    if (only && &f != only) continue;
    for (const Indicator& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      if (it == a.answers.end() || (!it->second.level && !it->second.notApplicable)) return &ind;
    }
  }
  return nullptr;
}

}  // namespace lestari
