#pragma once
// How far the answers are, in words, the same on the footer, in the summary
// and for screen readers: "20 dari 25 indikator dijawab", and with indicators
// marked not applicable "24 dijawab · 1 tidak berlaku (dari 25 indikator)",
// so that the count always adds up to the 25 the start screen promised.
#include <string>

#include "core/base/lang.h"
#include "core/model/scoring.h"
#include "core/model/translations.h"

namespace lestari {

// shortForm: the phone footer's few words.
std::string progressText(const Results& r, const Translations& strings, Lang lang, bool shortForm = false);

}  // namespace lestari
