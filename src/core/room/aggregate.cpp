#include "core/room/aggregate.h"
#include "core/base/stable_sort.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>

#include "core/text/caseless.h"
#include "core/report/report.h"
#include "core/report/share_code.h"
#include "core/text/text.h"

namespace lestari {

namespace {
// Which of two reports of the same innovation counts: the newer one (as
// moments: a fraction of a second is later than none); at the same moment,
// the one whose text has the smaller hash, then the smaller file name:
// never the order the files came in.
bool counts(const RoomReport& a, const RoomReport& b) {
  if (generatedAfter(a.generatedAt, b.generatedAt)) return true;
  if (generatedAfter(b.generatedAt, a.generatedAt)) return false;
  if (a.contentHash != b.contentHash) return a.contentHash < b.contentHash;
  return a.file < b.file;
}
}  // namespace

Stats statsOf(std::vector<double> v) {
  Stats s;
  s.n = v.size();
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  double sum = 0;
  for (double x : v) sum += x;
  double mean = sum / static_cast<double>(v.size());
  double sq = 0;
  for (double x : v) sq += (x - mean) * (x - mean);
  std::size_t mid = v.size() / 2;
  s.mean = mean;
  s.median = v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  s.min = v.front();
  s.max = v.back();
  s.sd = std::sqrt(sq / static_cast<double>(v.size()));
  return s;
}

void RoomBuilder::add(const std::string& file, std::string_view text) {
  if (isChatWithCodes(text)) {
    // A pasted chat: every share code in it is one report, named by where it
    // stands ("chat:12" is line 12); a damaged one is named by its message
    // too, "Pak Hendra, 10.04 (chat:12)": the trainer finds it without
    // counting lines. Once the room is full, the codes left are counted, not read.
    group_.notRead += visitShareCodes(text, checklist_, [&](FoundCode&& code) {
      const std::string at = echo(file, 100) + ":" + std::to_string(code.line);
      ++group_.codes;
      if (code.report.ok()) addReport(at, *code.report.value, textHash(code.text));
      else addFailure(code.from.empty() ? at : echo(code.from, 100) + " (" + at + ")", std::move(code.report.errors));
    }, [&] { return !full(); });
    return;
  }
  if (full()) {
    ++group_.notRead;
    return;
  }
  auto r = importReport(text, checklist_);
  if (!r.ok()) {
    addFailure(echo(file, 120), std::move(r.errors));
    return;
  }
  addReport(echo(file, 120), *r.value, textHash(text));
}

void RoomBuilder::addFailure(std::string file, Errors errors) {
  if (group_.failed.size() < limits::kRoomFailedListed) group_.failed.push_back({std::move(file), std::move(errors)});
  else ++group_.failedUnlisted;
}

void RoomBuilder::addReport(const std::string& file, ImportedReport& r, std::uint64_t hash) {
  const Assessment& a = r.assessment;
  RoomReport g;
  g.file = file;
  g.name = a.profileText("name");
  g.agency = a.profileText("agency");
  g.region = a.profileText("region");
  g.generatedAt = r.generatedAt;
  g.contentHash = hash;
  g.results = std::move(r.results);
  for (std::size_t k : topRecommendations(g.results.recommendations)) {
    const Recommendation& rec = g.results.recommendations[k];
    std::size_t index = 0;  // the indicator's place in the whole checklist
    for (const Factor* f = checklist_.factors.data(); f != rec.factor; ++f) index += f->indicators.size();
    g.topics.push_back(static_cast<std::uint16_t>(index + static_cast<std::size_t>(rec.indicator - rec.factor->indicators.data())));
  }
  g.results.recommendations = {};  // a room shows only their topics: kept small
  g.recalculated = r.recalculated.has_value();
  for (const Factor& f : checklist_.factors)
    for (const Indicator& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      bool na = it != a.answers.end() && it->second.notApplicable;
      g.levels.push_back(it != a.answers.end() ? it->second.level : std::nullopt);
      g.notApplicable.push_back(na);
      g.answered += g.levels.back() || na;
    }
  group_.reports.push_back(std::move(g));
}

RoomBuilder::RoomBuilder(const Checklist& c, const RoomData& g, std::size_t maxReports) : checklist_(c), maxReports_(maxReports) {
  group_.reports = g.reports;
  group_.failed = g.failed;
  group_.failedUnlisted = g.failedUnlisted;
  group_.notRead = g.notRead;
  group_.codes = g.codes;
  for (RoomReport& r : group_.reports) r.duplicate = false, r.counted = true, r.rank = 0;
}

void RoomBuilder::refuse(const std::string& file, Error error) {
  if (full()) ++group_.notRead;
  else addFailure(echo(file, 120), {std::move(error)});
}

RoomData RoomBuilder::finish() const& { return compute(group_, checklist_); }
RoomData RoomBuilder::finish() && { return compute(std::move(group_), checklist_); }

namespace {
long long tenths(double score) { return std::llround(score * 10.0); }  // a score as it is shown

// Ranks by score as shown, walking the table's score order (already sorted,
// highest first): a report's rank is one more than the number of counted
// reports above it, the same as the one before it when they are shown equal.
void rank(RoomData& g, const Checklist& c) {
  int above = 0, last = 0;
  long long lastShown = 0;
  g.byScore = roomOrder(g, c);
  for (std::size_t i : g.byScore) {
    RoomReport& r = g.reports[i];
    r.rank = 0;
    if (!r.counted || !r.results.overall) continue;
    const long long shown = tenths(*r.results.overall);
    r.rank = above > 0 && shown == lastShown ? last : above + 1;
    last = r.rank, lastShown = shown;
    ++above;
  }
}
}  // namespace

RoomData RoomBuilder::compute(RoomData g, const Checklist& c) {
  // The same innovation twice: one report counts (see counts()).
  std::map<std::string, std::size_t> newest;
  for (std::size_t i = 0; i < g.reports.size(); ++i) {
    const RoomReport& r = g.reports[i];
    if (r.name.empty()) continue;
    std::string key = caselessKey(r.name) + "\n" + caselessKey(r.agency);
    auto [it, fresh] = newest.emplace(key, i);
    if (fresh) continue;
    std::size_t other = it->second;
    g.reports[other].duplicate = g.reports[i].duplicate = true;
    bool thisWins = counts(g.reports[i], g.reports[other]);
    g.reports[thisWins ? other : i].counted = false;
    if (thisWins) it->second = i;
  }
  std::vector<const RoomReport*> counted;
  for (const RoomReport& r : g.reports)
    if (r.counted) counted.push_back(&r);
  g.counted = counted.size();
  rank(g, c);

  std::vector<double> overall;
  g.bands.assign(c.bands.size(), 0);
  for (const RoomReport* r : counted)
    if (r->results.overall) {
      overall.push_back(*r->results.overall);
      ++g.bands[static_cast<std::size_t>(r->results.band - c.bands.data())];
    }
  g.overall = statsOf(overall);

  for (std::size_t fi = 0; fi < c.factors.size(); ++fi) {
    std::vector<double> scores;
    for (const RoomReport* r : counted)
      if (r->results.factors[fi].score) scores.push_back(*r->results.factors[fi].score);
    g.factors.push_back({&c.factors[fi], statsOf(scores)});
    const FactorStats& fs = g.factors.back();
    if (fs.stats.mean && (!g.weakest || *fs.stats.mean < *g.factors[static_cast<std::size_t>(g.weakest - c.factors.data())].stats.mean))
      g.weakest = fs.factor;
  }
  g.weakestOf.assign(c.factors.size(), 0);
  for (const RoomReport* r : counted)
    if (r->results.weakest) ++g.weakestOf[static_cast<std::size_t>(r->results.weakest - c.factors.data())];
  if (g.weakest) {
    const long long lowest = tenths(*g.factors[static_cast<std::size_t>(g.weakest - c.factors.data())].stats.mean);
    for (const FactorStats& fs : g.factors)
      if (fs.stats.mean && tenths(*fs.stats.mean) == lowest) g.weakestTied.push_back(fs.factor);
  }

  // The room by stage: each counted report into its stage's bucket, in one pass.
  std::vector<std::vector<const RoomReport*>> atStage(c.stages().size());
  for (const RoomReport* r : counted) {
    if (r->results.stage && r->results.stage->stage < atStage.size()) atStage[r->results.stage->stage].push_back(r);
    else ++g.noStage;
  }
  for (const auto& bucket : atStage) {
    StageStats ss{bucket.size(), std::vector<StageFactorStats>(c.factors.size())};
    for (std::size_t fi = 0; fi < c.factors.size(); ++fi) {
      std::vector<double> scores, expected;
      for (const RoomReport* r : bucket) {
        const FactorResult& fr = r->results.factors[fi];
        if (!fr.score) continue;
        scores.push_back(*fr.score);
        expected.push_back(r->results.stage->factors[fi].expected);
        ss.factors[fi].met += *r->results.stage->factors[fi].meets;
      }
      ss.factors[fi].n = scores.size();
      ss.factors[fi].mean = statsOf(scores).mean;
      ss.factors[fi].expected = statsOf(expected).mean;
    }
    g.stages.push_back(std::move(ss));
  }

  std::size_t k = 0;
  for (const Factor& f : c.factors)
    for (const Indicator& ind : f.indicators) {
      IndicatorStats is{&f, &ind, {}, {}, 0, 0};
      std::vector<double> levels;
      for (const RoomReport* r : counted) {
        if (r->levels[k]) {
          levels.push_back(*r->levels[k]);
          ++is.levels[static_cast<std::size_t>(*r->levels[k])];
        } else if (r->notApplicable[k]) {
          ++is.notApplicable;
        } else {
          ++is.unanswered;
        }
      }
      is.stats = statsOf(levels);
      g.indicators.push_back(is);
      ++k;
    }
  std::vector<std::size_t> shownFirst(g.indicators.size());
  for (const RoomReport* r : counted)
    for (std::uint16_t t : r->topics) ++shownFirst[t];
  std::vector<std::size_t> topics;
  for (std::size_t i = 0; i < shownFirst.size(); ++i)
    if (shownFirst[i]) topics.push_back(i);
  stableSortIndices(topics, [&](std::size_t x, std::size_t y) { return shownFirst[x] > shownFirst[y]; });
  for (std::size_t i : topics) g.topics.push_back({i, shownFirst[i]});
  for (std::size_t i = 0; i < g.indicators.size(); ++i)
    if (g.indicators[i].stats.n >= 2) g.disagreement.push_back(i);
  stableSortIndices(g.disagreement, [&](std::size_t x, std::size_t y) {
    return *g.indicators[x].stats.sd > *g.indicators[y].stats.sd + 1e-12;
  });
  return g;
}

std::vector<std::size_t> roomOrder(const RoomData& g, const Checklist& c, RoomSort sort, bool reversed) {
  const auto& rs = g.reports;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < rs.size(); ++i) order.push_back(i);
  auto score = [&](std::size_t i) { return rs[i].results.overall.value_or(-1.0); };
  auto bandOf = [&](std::size_t i) { return rs[i].results.band ? rs[i].results.band - c.bands.data() : -1; };
  auto weakOf = [&](std::size_t i) { return rs[i].results.weakest ? rs[i].results.weakest - c.factors.data() : 99; };
  stableSortIndices(order, [&](std::size_t x, std::size_t y) {
    switch (sort) {
      case RoomSort::Name: return rs[x].name < rs[y].name;
      case RoomSort::Band: return bandOf(x) > bandOf(y);
      case RoomSort::Weakest: return weakOf(x) < weakOf(y);
      default: return score(x) > score(y);
    }
  });
  if (reversed) std::reverse(order.begin(), order.end());
  return order;
}

RoomData aggregate(const Checklist& c, const std::vector<std::pair<std::string, std::string>>& files) {
  RoomBuilder b(c);
  for (const auto& [name, text] : files) b.add(name, text);
  return std::move(b).finish();
}

std::string participantCode(std::size_t index, std::size_t total) {
  std::string n = std::to_string(index + 1);
  const std::size_t digits = std::max<std::size_t>(2, std::to_string(std::max(total, index + 1)).size());
  return "P" + std::string(digits - std::min(digits, n.size()), '0') + n;
}

}  // namespace lestari
