#include "stored_assessment.h"

#include "size_limits.h"
#include "strict_json.h"

namespace lestari::ui {

namespace {
constexpr const char* kTag = "autosave";
constexpr std::size_t kEnvelopeBytes = 512;  // the wrapper around the report
}  // namespace

StoredAssessment readStored(Host& host, const std::string& key, const Checklist& checklist) {
  StoredAssessment out;
  Stored s = host.load(key, limits::kFileBytes + kEnvelopeBytes);
  using S = Stored::State;
  if (s.state == S::Absent) return out;
  if (s.state == S::Unavailable) { out.state = StoredAssessment::State::Unavailable; return out; }
  out.state = StoredAssessment::State::Damaged;
  if (s.state == S::TooLarge) return out;
  JsonLimits lim;
  lim.maxBytes += kEnvelopeBytes;
  auto doc = parseStrictJson(s.text, lim);
  if (!doc.ok() || !doc.value->is_object()) return out;
  Json report;
  Json& d = *doc.value;
  if (d.contains("lestari")) {
    auto rev = d.find("rev"), at = d.find("savedAt"), rep = d.find("report");
    if (d["lestari"] != kTag || d.size() != 4 || rev == d.end() || !rev->is_number_unsigned() || at == d.end() ||
        !at->is_string() || rep == d.end())
      return out;
    out.revision = static_cast<long long>(rev->get<std::uint64_t>() & 0x3FFFFFFFFFFFFFFFull);
    out.savedAt = at->get<std::string>();
    report = std::move(*rep);
  } else {
    report = std::move(d);
  }
  auto r = readReport(std::move(report), checklist);
  if (!r.ok()) return out;
  out.report = std::move(*r.value);
  out.state = StoredAssessment::State::Ok;
  return out;
}

std::string storedForm(long long revision, const std::string& savedAt, const std::string& reportText) {
  return std::string("{\"lestari\":\"") + kTag + "\",\"rev\":" + std::to_string(revision) + ",\"savedAt\":\"" +
         savedAt + "\",\"report\":" + reportText + "}";
}

}  // namespace lestari::ui
