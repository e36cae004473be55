#pragma once
// The printable summary for the head of the agency: one self-contained HTML
// file, laid out for A4 portrait, in one language. No script and no external
// resource: its Content-Security-Policy forbids both and allows only its own
// stylesheet (by hash). Every text from the user is escaped and isolated
// (<bdi>), so names and notes can never become markup or reorder the page.
#include <string>
#include <string_view>

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "core/base/lang.h"
#include "core/model/translations.h"

namespace lestari {

struct SummaryInput {
  const Checklist& checklist;
  const Translations& strings;
  const Assessment& assessment;
  Lang lang;
  std::string changedAt;  // ISO UTC: when the assessment last changed
  std::string today;      // "YYYY-MM-DD": the printing date, for overdue actions
  std::string_view css;   // assets/summary.css
};

std::string summaryHtml(const SummaryInput& in);
// What is inside the file's <body>: for a page that prints it with the
// stylesheet (SummaryInput::css) applied apart.
std::string summaryBody(const SummaryInput& in);
// A printable body as one self-contained HTML file: its stylesheet inline and
// the only style its Content-Security-Policy allows (by hash), no script.
std::string printablePage(Lang lang, const std::string& title, std::string_view css, const std::string& body);
// "lestari-si-ikan-nila-2026-11-28.html"
std::string summaryFileName(const std::string& innovationName, const std::string& isoDate);
// User text: escaped and isolated from the surrounding direction (<bdi>).
std::string userText(std::string_view s);
// Two signatures side by side, each with its label and a line to sign on with
// what is printed under it (the signer writes their own name, NIP and title
// where the page cannot know them); the place and date above the first.
std::string signBlock(const std::string& placeAndDate, const std::string& left, const std::string& leftLine, const std::string& right,
                      const std::string& rightLine);
// &, <, >, " and ' as entities.
std::string escapeHtml(std::string_view s);
// "28 Nov 2026" from "2026-11-28..." with the translated month names.
std::string displayDate(std::string_view iso, const Translations& strings, Lang lang);

}  // namespace lestari
