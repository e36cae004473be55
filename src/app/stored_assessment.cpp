#include "app/stored_assessment.h"


#include "core/base/size_limits.h"
#include "core/text/text.h"
#include "core/json/strict_json.h"

namespace lestari::app {

namespace {
constexpr const char* kTag = "autosave";
constexpr std::size_t kEnvelopeBytes = 4096;  // the wrapper around the report
constexpr std::size_t kIdChars = 40;

bool isWriter(const Json& v) {
  if (!v.is_string() || v.get_ref<const std::string&>().empty() || v.get_ref<const std::string&>().size() > 16) return false;
  for (char c : v.get_ref<const std::string&>())
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}
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
    auto writer = d.find("writer"), lineage = d.find("lineage");
    bool withWriter = writer != d.end() && lineage != d.end();
    if (d["lestari"] != kTag || d.size() != (withWriter ? 6u : 4u) || rev == d.end() || !rev->is_number_unsigned() ||
        at == d.end() || !at->is_string() || rep == d.end())
      return out;
    out.revision = static_cast<long long>(rev->get<std::uint64_t>() & 0x3FFFFFFFFFFFFFFFull);
    out.savedAt = at->get<std::string>();
    if (withWriter) {
      if (!isWriter(*writer) || !lineage->is_array() || lineage->size() > kLineage) return out;
      for (const Json& id : *lineage) {
        if (!id.is_string() || id.get_ref<const std::string&>().size() > kIdChars) return out;
        out.lineage.push_back(id.get<std::string>());
      }
      out.id = saveId(out.revision, writer->get<std::string>());
      if (out.lineage.empty() || out.lineage.back() != out.id) return out;
    } else {
      out.id = std::to_string(out.revision);
      out.lineage = {out.id};
    }
    report = std::move(*rep);
  } else {
    report = std::move(d);
    out.id = "0";
    out.lineage = {out.id};
  }
  auto r = readReport(std::move(report), checklist);
  if (!r.ok()) return out;
  out.report = std::move(*r.value);
  out.state = StoredAssessment::State::Ok;
  return out;
}

Written writtenAs(const std::string& key, const std::string& storedText, long long revision, std::vector<std::string> lineage) {
  return {key, storedText.size(), textHash(storedText), revision, std::move(lineage)};
}

bool stillWritten(Host& host, const Written& w) {
  Stored s = host.load(w.key, w.size);
  return s.state == Stored::State::Ok && s.text.size() == w.size && textHash(s.text) == w.hash;
}

std::string saveId(long long revision, const std::string& writer) { return std::to_string(revision) + "." + writer; }

std::string storedForm(long long revision, const std::string& writer, const std::vector<std::string>& lineage,
                       const std::string& savedAt, const std::string& reportText) {
  std::string ids;
  for (const std::string& id : lineage) ids += (ids.empty() ? "\"" : ",\"") + id + "\"";
  return std::string("{\"lestari\":\"") + kTag + "\",\"rev\":" + std::to_string(revision) + ",\"writer\":\"" + writer +
         "\",\"lineage\":[" + ids + "],\"savedAt\":\"" + savedAt + "\",\"report\":" + reportText + "}";
}

}  // namespace lestari::app
