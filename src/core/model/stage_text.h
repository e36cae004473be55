#pragma once
// The stage lens in words (docs/scoring.md, "Stage lens"): one wording for the
// results screen, the printable summary and the room, in either language.
#include <string>

#include "core/model/checklist.h"
#include "core/model/scoring.h"
#include "core/model/translations.h"

namespace lestari {

// A label as it reads inside a sentence: its first letter small ("Pengembangan" -> "pengembangan").
std::string lowerFirst(std::string text);
// "pengembangan" / "development": a stage's name as it reads inside a sentence.
std::string stageName(const Checklist& c, std::size_t stage, Lang lang);
// "Untuk tahap pengembangan: 3 dari 5 faktor sesuai harapan."
std::string stageSentence(const Checklist& c, const Translations& s, const StageLens& lens, Lang lang);
// "Skor harapan tahap ini: 65.0 · belum sesuai · 2 indikator di bawah harapan"
std::string factorStageText(const Translations& s, const FactorStage& fs, Lang lang);
// "Di bawah harapan tahap ini", "Diperlukan pada tahap pelembagaan", or "".
std::string recommendationStageText(const Checklist& c, const Translations& s, const Recommendation& rec, Lang lang);

}  // namespace lestari
