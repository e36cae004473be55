#include "progress_text.h"

namespace lestari {

std::string groupedNumber(std::size_t n, Lang lang) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += lang == Lang::Id ? '.' : ',';
    out += digits[i];
  }
  return out;
}

std::string progressText(const Results& r, const Translations& strings, Lang lang, bool shortForm) {
  const std::size_t notApplicable = r.total - r.applicable;
  const std::string answered = std::to_string(r.answered);
  if (notApplicable == 0)
    return strings.format(shortForm ? "progress.short" : "progress.overall", lang, {answered, std::to_string(r.applicable)});
  return strings.format(shortForm ? "progress.shortNa" : "progress.withNa", lang,
                        {answered, std::to_string(notApplicable), std::to_string(r.total)});
}

}  // namespace lestari
