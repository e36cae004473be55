#include "core/model/compare.h"

#include <cctype>

#include "core/json/strict_json.h"
#include "core/text/text.h"

namespace lestari {

namespace {
template <typename T>
Direction directionOf(const std::optional<T>& before, const std::optional<T>& after) {
  if (!before || !after) return std::nullopt;
  double d = static_cast<double>(*after) - static_cast<double>(*before);
  return d > 1e-9 ? 1 : d < -1e-9 ? -1 : 0;
}
// Names compared as people see them: case and surrounding spaces aside.
std::string folded(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  std::size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}
}  // namespace

Comparison compare(const Checklist& c, const Assessment& before, const std::string& beforeAt, const Assessment& after,
                   const std::string& afterAt) {
  Comparison out;
  out.before = Side{beforeAt, before.profileText("name"), score(c, before)};
  out.after = Side{afterAt, after.profileText("name"), score(c, after)};
  out.namesDiffer = folded(out.before.name) != folded(out.after.name);
  out.overall = directionOf(out.before.results.overall, out.after.results.overall);
  auto stageOf = [](const Results& r) { return r.stage ? std::optional<std::size_t>(r.stage->stage) : std::nullopt; };
  out.stage = directionOf(stageOf(out.before.results), stageOf(out.after.results));
  for (std::size_t i = 0; i < c.factors.size(); ++i) {
    const FactorResult &b = out.before.results.factors[i], &a = out.after.results.factors[i];
    out.factors.push_back({&c.factors[i], b.score, a.score, directionOf(b.score, a.score)});
  }
  auto answerOf = [](const Assessment& as, const std::string& id) {
    auto it = as.answers.find(id);
    return it == as.answers.end() ? Answer{} : it->second;
  };
  for (const Factor& f : c.factors)
    for (const Indicator& ind : f.indicators) {
      Answer b = answerOf(before, ind.id), a = answerOf(after, ind.id);
      out.indicators.push_back({&f, &ind, b.level, a.level, b.notApplicable, a.notApplicable, directionOf(b.level, a.level)});
    }
  for (const Recommendation& r : out.before.results.recommendations) {
    Answer now = answerOf(after, r.indicator->id);
    if (now.level && *now.level >= r.level + 1) out.closed.push_back(r);
  }
  return out;
}

Result<Comparison> compareReports(std::string_view a, std::string_view b, const Checklist& c) {
  Errors errors;
  std::optional<ImportedReport> reports[2];
  const std::string_view texts[2] = {a, b};
  const char* names[2] = {"$A", "$B"};
  for (int k = 0; k < 2; ++k) {
    auto r = importReport(texts[k], c);
    if (r.ok()) {
      reports[k] = std::move(*r.value);
      continue;
    }
    for (Error e : r.errors) {
      if (e.code == "wrong_checklist") e = Error{"$", "compare_other_checklist", e.args};
      e.path = names[k] + e.path.substr(1);  // "$A.answers[2]": which file, and where
      errors.push_back(std::move(e));
    }
  }
  if (!errors.empty()) return Result<Comparison>::fail(std::move(errors));
  bool swap = generatedAfter(reports[0]->generatedAt, reports[1]->generatedAt);
  const ImportedReport& before = *reports[swap ? 1 : 0];
  const ImportedReport& after = *reports[swap ? 0 : 1];
  return Result<Comparison>{compare(c, before.assessment, before.generatedAt, after.assessment, after.generatedAt), {}};
}

}  // namespace lestari
