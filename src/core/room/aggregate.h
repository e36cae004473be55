#pragma once
// A room's reports at once (a training event's participants): each participant's report is read and
// kept compact (its levels and results), a file that fails validation is
// listed with its errors and left out, and the same innovation sent twice is
// counted once (its newest report). Then the room's statistics: per factor
// and per indicator n, mean, median, min, max and standard deviation, the
// distribution of levels, where reports disagree most, the weakest factor.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/checklist.h"
#include "core/base/error.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/base/size_limits.h"

namespace lestari {

struct RoomReport {
  std::string file, name, agency, region, generatedAt;
  std::uint64_t contentHash = 0;  // of the report text: a tie-break that does not depend on order
  Results results;
  std::vector<std::optional<int>> levels;  // per indicator, checklist order; none: unanswered or N/A
  std::vector<bool> notApplicable;         // per indicator
  bool recalculated = false;               // its stored scores differed from its answers
  // The same innovation (name and agency, matched by caselessKey: any case,
  // normalisation form or surrounding white space) as another report: only
  // one of them is counted, the newest (ties: see aggregate.cpp's counts()).
  bool duplicate = false, counted = true;
  // Its place by overall score among the counted reports: 1 is the highest;
  // equal scores as shown (to a tenth) share a place ("1, 1, 3"); the
  // table's sort order never changes it. 0: not ranked (not counted, or no
  // score yet).
  int rank = 0;
  std::size_t answered = 0;  // indicators with a level or N/A (as read): fewer than all is an incomplete report
  // The indicators (checklist order) of the recommendations its results show
  // first (topRecommendations): what the room's topics are counted from.
  std::vector<std::uint16_t> topics;
};

struct FailedReport {
  std::string file;
  Errors errors;
};

// Statistics of a set of values; none when n is 0. sd: population standard deviation.
struct Stats {
  std::size_t n = 0;
  std::optional<double> mean, median, min, max, sd;
};
Stats statsOf(std::vector<double> values);

struct FactorStats {
  const Factor* factor = nullptr;
  Stats stats;  // over the counted reports' factor scores
};

struct IndicatorStats {
  const Factor* factor = nullptr;
  const Indicator* indicator = nullptr;
  Stats stats;                         // over the answered levels
  std::array<std::size_t, 5> levels{};  // how many reports chose each level
  std::size_t notApplicable = 0, unanswered = 0;
};

// The room by stage (docs/scoring.md, "Stage lens"): the counted reports that
// name one stage, and per factor their mean score against the mean of what
// that stage expects of each of them, and how many meet it.
struct StageFactorStats {
  std::size_t n = 0;                      // reports with a score for the factor
  std::optional<double> mean, expected;   // of their scores, of their expected scores
  std::size_t met = 0;                    // reports whose score reaches their expected score
};
struct StageStats {
  std::size_t reports = 0;                 // counted reports at this stage
  std::vector<StageFactorStats> factors;   // checklist order
};

struct RoomData {
  std::vector<RoomReport> reports;  // in the order given; at most limits::kRoomReports
  std::vector<FailedReport> failed;  // the first limits::kRoomFailedListed failures
  std::size_t failedUnlisted = 0;    // failures after those: counted only
  std::size_t notRead = 0;           // reports (files, codes) not read: the room was full
  std::size_t codes = 0;             // of the reports and failures, those read from share codes (the rest are files)
  std::size_t failedCount() const { return failed.size() + failedUnlisted; }
  std::size_t counted = 0;
  Stats overall;
  std::vector<std::size_t> bands;    // counted reports per band (checklist order)
  std::vector<FactorStats> factors;  // checklist order
  std::vector<IndicatorStats> indicators;
  const Factor* weakest = nullptr;   // lowest mean factor score
  std::vector<const Factor*> weakestTied;  // every factor at that lowest mean (to a tenth): more than one is a tie
  std::vector<std::size_t> weakestOf;      // per factor: counted reports whose own weakest factor it is
  // Indicators where reports disagree most: highest standard deviation
  // first (at least two answers), checklist order on ties.
  std::vector<std::size_t> disagreement;
  std::vector<StageStats> stages;  // one per stage of the checklist, in order
  // Report indices by score, highest first (ties in the order read): the
  // order the ranks were given in, and the ranked table's default.
  std::vector<std::size_t> byScore;
  std::size_t noStage = 0;         // counted reports that name no stage
  // The recommendations most common across the room, the topics for the
  // next clinic: indicators (into `indicators`) with how many counted
  // reports show them first; most first, checklist order on ties.
  struct Topic {
    std::size_t indicator = 0, reports = 0;
  };
  std::vector<Topic> topics;
};

// Reads reports one at a time (each text is dropped once read), then computes.
class RoomBuilder {
 public:
  // maxReports: the room's limit (tests make it small).
  explicit RoomBuilder(const Checklist& c, std::size_t maxReports = limits::kRoomReports)
      : checklist_(c), maxReports_(maxReports) {}
  // Goes on from a room already computed (more files join it): its
  // reports and failures, their counting and ranks to be made again.
  RoomBuilder(const Checklist& c, const RoomData& g, std::size_t maxReports = limits::kRoomReports);
  // A report file, or a chat's text whose every share code is a report
  // (src/core/report/share_code.h; a damaged code is listed as failed, "file:line").
  // Once the room is full, nothing more is read: counted as not read.
  void add(const std::string& file, std::string_view text);
  void refuse(const std::string& file, Error error);  // refused before it was read (too large)
  // A report read before (a kept room read back, src/core/room/kept_room.h): counted as add() counts it.
  void addRead(const std::string& file, ImportedReport& r, std::uint64_t contentHash) { addReport(file, r, contentHash); }
  // Every report read, failed or not read so far.
  std::size_t size() const { return group_.reports.size() + group_.failedCount() + group_.notRead; }
  // The room holds as many reports as it may: what comes next is not read.
  bool full() const { return group_.reports.size() >= maxReports_; }
  // That many more were not read (a full room's reader stopped).
  void notRead(std::size_t n) { group_.notRead += n; }
  // The statistics of every report read so far (more can be added after).
  RoomData finish() const&;
  // The same, for a builder that is done: its reports move, not copied.
  RoomData finish() &&;

 private:
  void addReport(const std::string& file, ImportedReport& r, std::uint64_t contentHash);  // its results move
  void addFailure(std::string file, Errors errors);  // listed, or once many are, counted
  static RoomData compute(RoomData g, const Checklist& c);
  const Checklist& checklist_;
  std::size_t maxReports_;
  RoomData group_;
};

// The code that stands for the report at `index` (in the order read) where
// names are hidden (a room on a projector): "P01", "P02", …, with as many
// digits as the room's largest number needs (at least two).
std::string participantCode(std::size_t index, std::size_t total);

RoomData aggregate(const Checklist& c, const std::vector<std::pair<std::string, std::string>>& files);

// How the room's table is ordered: score (highest first), name, band (best
// first) or weakest factor (checklist order); stable, so reports that are
// equal keep the order they came in. reversed turns the whole order round.
enum class RoomSort { Score, Name, Band, Weakest };
std::vector<std::size_t> roomOrder(const RoomData& g, const Checklist& c, RoomSort sort = RoomSort::Score,
                                    bool reversed = false);

}  // namespace lestari
