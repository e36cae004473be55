// The printable summary: self-contained, no script, no external resource,
// every user text escaped, the stylesheet allowed by its hash only.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "helpers.h"
#include "core/text/sha256.h"
#include "core/model/scoring.h"
#include "core/report/summary_html.h"

using namespace lestari;
using namespace lestari::test;

namespace {
std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}
std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}
const std::string kCss = "body{color:#000}";
}  // namespace

TEST_CASE("SHA-256 and base64 (FIPS 180-2 test vectors)") {
  CHECK(base64(sha256("abc")) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  CHECK(base64(sha256("")) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(base64(sha256(std::string(1000000, 'a'))) == "zcduXJkU+5KBocfihNc+Z/GAmkiklyAOBG05zMcRLNA=");
  CHECK(base64("ab") == "YWI=");
}

TEST_CASE("hostile names and notes are escaped and isolated; nothing runs, nothing loads") {
  const Checklist& c = checklist();
  Assessment a = allAt(2);
  const std::string rtl = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
  setProfileValue(a, c, "name", "<script>alert(1)</script> \"Si\" 'Ikan' " + rtl + "Nila");
  setProfileValue(a, c, "agency", "</style><img src=x onerror=alert(2)>");
  setProfileValue(a, c, "region", "Kota & Kab. \" Malang");
  const std::string longNote = std::string(3990, 'n') + "</bdi>";
  setNote(a, c, c.factors[0].indicators[0].id, longNote);
  setNote(a, c, c.factors[1].indicators[1].id, "<a href=\"https://example.org\">link</a> " + rtl + "evil");
  Action act{c.factors[2].indicators[0].id, "<b onclick=\"x()\">Susun SOP</b>", "Budi \"PIC\" <Santi>", "2026-11-20",
             ActionStatus::InProgress, "Catatan </td></tr><script>"};
  REQUIRE_FALSE(setAction(a, c, act));
  Assessment harmless = a;
  for (const char* field : {"name", "agency", "region"}) setProfileValue(harmless, c, field, "A");
  setNote(harmless, c, c.factors[0].indicators[0].id, "n");
  setNote(harmless, c, c.factors[1].indicators[1].id, "n");
  setAction(harmless, c, Action{act.indicator, "a", "p", act.due, act.status, "n"});
  for (Lang lang : {Lang::Id, Lang::En}) {
    std::string html = summaryHtml({c, translations(), a, lang, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
    std::string l = lower(html);
    CHECK(l.find("<script") == std::string::npos);
    CHECK(count(l, "<style>") == 1);
    CHECK(count(l, "</style>") == 1);
    CHECK(l.find("<img") == std::string::npos);
    CHECK(l.find("<a ") == std::string::npos);
    CHECK(l.find("http://") == std::string::npos);
    // Not one tag more than with harmless texts: the hostile ones are text, not markup.
    CHECK(count(html, "<") == count(summaryHtml({c, translations(), harmless, lang, "2026-11-27T08:00:00Z", "2026-11-28", kCss}), "<"));
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Si&quot; &#39;Ikan&#39;") != std::string::npos);
    CHECK(html.find("<bdi>&lt;/style&gt;&lt;img src=x onerror=alert(2)&gt;</bdi>") != std::string::npos);
    CHECK(html.find("<bdi>" + rtl + "evil") == std::string::npos);  // the mark stays inside its own isolate
    CHECK(html.find("&lt;/a&gt; " + rtl + "evil</bdi>") != std::string::npos);
    CHECK(html.find(std::string(3990, 'n') + "&lt;/bdi&gt;</bdi>") != std::string::npos);  // the whole note
    CHECK(html.find("&lt;b onclick=&quot;x()&quot;&gt;Susun SOP&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("Catatan &lt;/td&gt;&lt;/tr&gt;&lt;script&gt;") != std::string::npos);
    CHECK(count(html, "<bdi>") == count(html, "</bdi>"));
    // The policy forbids scripts and loading anything; the stylesheet by its hash.
    CHECK(html.find("content=\"default-src 'none'; style-src 'sha256-" + base64(sha256(kCss)) + "'") != std::string::npos);
    CHECK(html.find("lang=\"" + std::string(langCode(lang)) + "\"") != std::string::npos);
  }
}

TEST_CASE("the summary holds every indicator, note, recommendation and action, and the method") {
  const Checklist& c = checklist();
  Assessment a = allAt(1);
  setNotApplicable(a, c, c.factors[3].indicators[2].id, true);
  setNote(a, c, c.factors[4].indicators[4].id, "SK Bupati No. 12/2025");
  setAction(a, c, Action{c.factors[0].indicators[0].id, "Bimtek tim inti", "Kasubag Umum", "2026-11-20", ActionStatus::NotStarted, ""});
  setAction(a, c, Action{c.factors[1].indicators[0].id, "SK tim", "Sekdin", "2027-01-31", ActionStatus::Done, ""});
  std::string html = summaryHtml({c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) {
      CHECK_MESSAGE(html.find(escapeHtml(i.question.id)) != std::string::npos, i.id);
      bool na = &i == &c.factors[3].indicators[2];  // all others at level 1: all recommended
      CHECK_MESSAGE((html.find(escapeHtml(i.recommendation.id)) != std::string::npos) != na, i.id);
    }
  CHECK(html.find("SK Bupati No. 12/2025") != std::string::npos);
  CHECK(html.find("Bimtek tim inti") != std::string::npos);
  CHECK(html.find("20 Nov 2026") != std::string::npos);
  CHECK(count(html, translations().get("plan.overdue", Lang::Id)) == 1);  // the done one is not late
  CHECK(html.find(escapeHtml(translations().get("method.factorScore", Lang::Id))) != std::string::npos);
  CHECK(html.find(translations().get("summary.preparedBy", Lang::Id)) != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(summaryFileName("Si Ikan Nila", "2026-11-28") == "lestari-si-ikan-nila-2026-11-28.html");
}

TEST_CASE("the signature block leaves the signer's name, NIP and title to be written, and counts not-applicable answers") {
  const Checklist& c = checklist();
  Assessment a = allAt(2);
  setNotApplicable(a, c, c.factors[4].indicators[3].id, true);
  setProfileValue(a, c, "agency", Json("Pemerintah Kabupaten Sleman"));
  std::string html = summaryHtml({c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  // No title made up from the agency's name ("Kepala Pemerintah Kabupaten Sleman").
  CHECK(html.find("Kepala Pemerintah") == std::string::npos);
  CHECK(count(html, translations().get("summary.signLine", Lang::Id)) == 2);
  // 24 answered and 1 not applicable add up to the checklist's 25.
  CHECK(html.find("24 dijawab") != std::string::npos);
  CHECK(html.find("1 tidak berlaku") != std::string::npos);
  CHECK(html.find("dari 25 indikator") != std::string::npos);
  CHECK(html.find("24 dari 24") == std::string::npos);
}

TEST_CASE("with a stage, the summary reads the results against it: the sentence, each factor's expectation and reason, the marks, the recommendations' order") {
  const Checklist& c = checklist();
  Assessment a = allAt(2);
  const std::string plain = summaryHtml({c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  CHECK(plain.find("class=\"expected") == std::string::npos);
  CHECK(plain.find("Untuk tahap") == std::string::npos);
  REQUIRE_FALSE(setProfileValue(a, c, "stage", Json("institutionalisation")));
  const Results r = score(c, a);
  const std::string html = summaryHtml({c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  CHECK(html.find("Untuk tahap pelembagaan: " + std::to_string(r.stage->factorsMet) + " dari 5 faktor sesuai harapan.") !=
        std::string::npos);
  CHECK(count(html, "<polygon class=\"expected\"") == 1);
  CHECK(count(html, "<line class=\"expected-mark\"") == 5);
  for (const Factor& f : c.factors) CHECK_MESSAGE(html.find(escapeHtml(f.stageReasons[2].id)) != std::string::npos, f.id);
  // The first recommendation listed is one the stage asks for now, and says so.
  const std::string below = translations().get("stage.recBelow", Lang::Id);
  const auto heading = html.find("<h3 class=\"warn\">" + below + "</h3>\n<ol>");
  REQUIRE(heading != std::string::npos);
  const auto others = html.find("<h3>" + translations().get("stage.recOthers", Lang::Id) + "</h3>");
  REQUIRE(others != std::string::npos);
  CHECK(count(html.substr(heading, others - heading), "<li>") == r.stage->indicatorsBelow);
  CHECK(html.find("<ol start=\"" + std::to_string(r.stage->indicatorsBelow + 1) + "\">", others) != std::string::npos);
  // In English, the English words only.
  const std::string en = summaryHtml({c, translations(), a, Lang::En, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  CHECK(en.find("For the institutionalisation stage: ") != std::string::npos);
  CHECK(en.find("Untuk tahap") == std::string::npos);
  CHECK(en.find(escapeHtml(c.factors[0].stageReasons[2].en)) != std::string::npos);
}

TEST_CASE("the summary writes numbers as its language does (37,3 or 37.3); the charts' coordinates stay machine numbers") {
  const Checklist& c = checklist();
  Assessment a = allAt(2);
  // Two answers apart make the score a fraction.
  setLevel(a, c, c.factors[0].indicators[0].id, 4);
  setLevel(a, c, c.factors[1].indicators[1].id, 3);
  const Results r = score(c, a);
  REQUIRE(r.overall);
  char machine[32];
  std::snprintf(machine, sizeof machine, "%.1f", *r.overall);
  std::string indonesian = machine;
  std::replace(indonesian.begin(), indonesian.end(), '.', ',');
  REQUIRE(indonesian != machine);
  const std::string id = summaryHtml({c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  const std::string en = summaryHtml({c, translations(), a, Lang::En, "2026-11-27T08:00:00Z", "2026-11-28", kCss});
  CHECK(id.find("<div class=\"score\">" + indonesian + " <small>") != std::string::npos);
  CHECK(en.find("<div class=\"score\">" + std::string(machine) + " <small>") != std::string::npos);
  for (const std::string* html : {&id, &en}) {
    CHECK(html->find("viewBox=\"0 0 300 220\"") != std::string::npos);
    CHECK(html->find(" cx=\"") != std::string::npos);
  }
  // No coordinate got a comma.
  for (auto at = id.find("=\""); at != std::string::npos; at = id.find("=\"", at + 1)) {
    const auto end = id.find('"', at + 2);
    const std::string value = id.substr(at + 2, end - at - 2);
    if (!value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '-'))
      CHECK_MESSAGE((value.find(',') == std::string::npos || value.find(' ') != std::string::npos), value);
  }
}
