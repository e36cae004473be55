#pragma once
// The checklist: versioned content read from assets/checklist.json. Five
// factors, each with indicators answered on a 0-4 maturity scale, plus the
// innovation profile fields and the readiness bands used by the scoring.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/error.h"
#include "core/base/lang.h"

namespace lestari {

inline constexpr int kMaxLevel = 4;  // levels are 0..4

struct Indicator {
  std::string id;
  Text question, guidance, evidenceSufficient, evidenceInsufficient, recommendation;
  Text levels[kMaxLevel + 1];  // what each maturity level means for this indicator
  // The level expected by the end of each stage of the innovation, in the
  // order of Checklist::stages(); never decreasing (docs/scoring.md, "Stage lens").
  std::vector<int> expected;
};

struct Factor {
  std::string id;
  Text title, shortTitle, description;
  double weight = 1.0;
  std::vector<Text> stageReasons;  // why the expectations are what they are, per stage
  std::vector<Indicator> indicators;
};

struct Band {
  std::string id;
  double min = 0;  // lowest score (inclusive) of the band
  Text label, description;
};

enum class FieldType { Text, Multiline, Choice, Year };

struct ChoiceOption {
  std::string id;
  Text label;
};

struct ProfileField {
  std::string id;
  FieldType type = FieldType::Text;
  Text label, help;
  std::size_t maxLength = 200;        // text fields, in characters
  std::int64_t min = 0, max = 0;      // year fields
  std::vector<ChoiceOption> options;  // choice fields
  const ChoiceOption* option(std::string_view optionId) const;
};

struct Checklist {
  std::string id, version;
  Text title;
  Text levelNames[kMaxLevel + 1];  // 0 none ... 4 institutionalised
  std::vector<Band> bands;         // ascending by min; the first starts at 0
  double weakestLinkThreshold = 40;
  std::string weakestLinkCapBand;  // overall band is at most this one when a factor is below the threshold
  std::size_t maxNoteLength = 4000;
  // Follow-up plan (rencana tindak lanjut): lengths of an action's texts.
  std::size_t actionMaxLength = 500, picMaxLength = 100, actionNoteMaxLength = 1000;
  std::vector<ProfileField> profile;
  std::vector<Factor> factors;

  static Result<Checklist> load(std::string_view json);
  // The same from its pre-parsed table (scripts/build/make_tables.py): the
  // browser's start-up, without a JSON parser (src/core/model/asset_tables.cpp).
  static Result<Checklist> fromTable(std::string_view table);

  const Factor* factor(std::string_view factorId) const;
  const Indicator* indicator(std::string_view indicatorId, const Factor** owner = nullptr) const;
  // "3.5": the factor's place and the indicator's place in it, as people cite it.
  std::string number(const Factor& factor, const Indicator& indicator) const;
  const ProfileField* field(std::string_view fieldId) const;
  const Band* band(std::string_view bandId) const;
  // The innovation's stages, in order: the options of the profile's "stage" field.
  const std::vector<ChoiceOption>& stages() const;
  std::optional<std::size_t> stageIndex(std::string_view stageId) const;
  std::size_t indicatorCount() const;
};

}  // namespace lestari
