#include "core/model/stage_text.h"

#include <cctype>

#include "core/text/text.h"

namespace lestari {

std::string lowerFirst(std::string text) {
  if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80)
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::string stageName(const Checklist& c, std::size_t stage, Lang lang) {
  // The labels start with a capital as options; in a sentence they do not.
  return lowerFirst(stage < c.stages().size() ? c.stages()[stage].label.in(lang) : std::string());
}

std::string stageSentence(const Checklist& c, const Translations& s, const StageLens& lens, Lang lang) {
  return s.format("stage.sentence", lang,
                  {stageName(c, lens.stage, lang), std::to_string(lens.factorsMet), std::to_string(lens.factorsTotal)});
}

std::string factorStageText(const Translations& s, const FactorStage& fs, Lang lang) {
  std::string out = s.format("stage.expected", lang, {formatNumber(fs.expected, lang)});
  if (fs.meets) out += " \xC2\xB7 " + s.get(*fs.meets ? "stage.met" : "stage.notMet", lang);
  if (fs.below) out += " \xC2\xB7 " + s.format("stage.belowCount", lang, {std::to_string(fs.below)});
  return out;
}

std::string recommendationStageText(const Checklist& c, const Translations& s, const Recommendation& rec, Lang lang) {
  if (rec.belowStage) return s.get("stage.recBelow", lang);
  if (rec.laterStage) return s.format("stage.recLater", lang, {stageName(c, *rec.laterStage, lang)});
  return {};
}

}  // namespace lestari
