#include "core/text/progress_text.h"

namespace lestari {

std::string progressText(const Results& r, const Translations& strings, Lang lang, bool shortForm) {
  const std::size_t notApplicable = r.total - r.applicable;
  const std::string answered = std::to_string(r.answered);
  if (notApplicable == 0)
    return strings.format(shortForm ? "progress.short" : "progress.overall", lang, {answered, std::to_string(r.applicable)});
  return strings.format(shortForm ? "progress.shortNa" : "progress.withNa", lang,
                        {answered, std::to_string(notApplicable), std::to_string(r.total)});
}

}  // namespace lestari
