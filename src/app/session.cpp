#include "app/session.h"
#include "core/base/stable_sort.h"

#include "core/text/text.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "core/json/strict_json.h"

namespace lestari::app {

using json = Json;
using SA = StoredAssessment::State;

namespace {
constexpr bool underPrefix(std::string_view key) { return key.substr(0, std::string_view(Session::kPrefix).size()) == Session::kPrefix; }
static_assert(underPrefix(Session::kAutosaveKey) && underPrefix(Session::kSettingsKey) && underPrefix(Session::kCopyPrefix) &&
                  underPrefix(Session::kBrokenPrefix),
              "every key the app keeps starts with the prefix the page listens for");
bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }
bool isSaveProblem(const std::optional<Error>& e) {
  return e && (e->code == "storage_full" || e->code == "storage_unavailable");
}
}  // namespace

Session::Session(const Checklist& checklist, const Translations& tr, Host& host)
    : checklist_(checklist), tr_(tr), host_(host), writer_(host.uniqueId()) {
  results_ = score(checklist_, assessment_);
}

void Session::restore() {
  loadSettings();
  openSlot(kAutosaveKey);
}

void Session::loadSettings() {
  settings_ = Settings{};
  Stored stored = host_.load(kSettingsKey, 4096);
  if (stored.state != Stored::State::Ok) return;
  auto doc = parseStrictJson(stored.text);
  if (!doc.ok() || !doc.value->is_object()) return;  // damaged settings: the defaults
  const json& s = *doc.value;
  if (s.contains("language") && s["language"].is_string())
    if (auto l = parseLang(s["language"].get<std::string>())) settings_.language = *l;
  if (s.contains("uiScale") && s["uiScale"].is_number())
    settings_.uiScale = std::clamp(s["uiScale"].get<float>(), 1.0f, 2.0f);
  if (s.contains("highContrast") && s["highContrast"].is_boolean()) settings_.highContrast = s["highContrast"].get<bool>();
}

void Session::openSlot(const std::string& key) {
  slot_ = key;
  startEmpty();
  StoredAssessment s = readStored(host_, key, checklist_);
  if (s.state == SA::Ok) adopt(std::move(s));
  else if (s.state == SA::Damaged) setAside(key);
  else if (s.state == SA::Unavailable) storageProblem_ = Error{"$", "storage_unavailable", {}};
  othersStale_ = true;
  updateGuard();
}

void Session::startEmpty() {
  assessment_ = Assessment{};
  head_.clear();
  changedAt_.clear();
  unsaved_ = false;
  results_ = score(checklist_, assessment_);
  updateSummary();
}

void Session::adopt(StoredAssessment s) {
  assessment_ = std::move(s.report.assessment);
  head_ = s.id;
  changedAt_ = s.report.generatedAt;
  results_ = score(checklist_, assessment_);
  unsaved_ = true;  // not known to have been downloaded
  updateSummary();
}

// Damaged or foreign data is moved aside exactly as it is; when it cannot be
// (storage full), it stays where it is and nothing is saved over it.
void Session::setAside(const std::string& key) {
  std::string aside = std::string(kBrokenPrefix) + host_.nowIso() + "." + host_.uniqueId();
  if (host_.move(key, aside) == StoreResult::Ok) {
    storageProblem_ = Error{"$", "storage_corrupt", {aside}};
    head_.clear();
  } else {
    blocked_ = true;
    storageProblem_ = Error{"$", "storage_corrupt_kept", {key}};
  }
  othersStale_ = true;
}

void Session::removeBlockingData() {
  if (!blocked_) return;
  host_.remove(slot_);
  blocked_ = false;
  storageProblem_.reset();
  head_.clear();
  autosave();
}

std::optional<Error> Session::setLevel(const std::string& id, std::optional<int> level) {
  auto e = lestari::setLevel(assessment_, checklist_, id, level);
  if (!e) changed();
  return e;
}
std::optional<Error> Session::setNotApplicable(const std::string& id, bool na) {
  auto e = lestari::setNotApplicable(assessment_, checklist_, id, na);
  if (!e) changed();
  return e;
}
std::optional<Error> Session::setNote(const std::string& id, const std::string& note) {
  auto e = lestari::setNote(assessment_, checklist_, id, note);
  if (!e) changed();
  return e;
}
std::optional<Error> Session::setProfile(const std::string& field, const json& value) {
  auto e = setProfileValue(assessment_, checklist_, field, value);
  if (!e) changed();
  return e;
}

std::optional<Error> Session::setAction(const Action& a) {
  auto e = lestari::setAction(assessment_, checklist_, a);
  if (!e) changed();
  return e;
}
std::optional<Error> Session::removeAction(const std::string& indicator) {
  auto e = lestari::removeAction(assessment_, checklist_, indicator);
  if (!e) changed();
  return e;
}

Action Session::draftAction(const std::string& indicator) const {
  const Indicator* ind = checklist_.indicator(indicator);
  return Action{indicator, ind ? ind->recommendation.in(lang()) : "", "", "", ActionStatus::NotStarted, ""};
}

void Session::replace(Assessment a, bool fromFile) {
  assessment_ = std::move(a);
  changed();
  unsaved_ = !fromFile;
  updateGuard();
}

void Session::changed() {
  changedAt_ = host_.nowIso();
  results_ = score(checklist_, assessment_);
  unsaved_ = true;
  autosave();
}

// Saves over the stored copy only when it is still the one this tab's work
// is based on; otherwise another tab saved since, and the user decides. When
// the stored bytes are exactly this tab's last save, it is not parsed again.
void Session::autosave() {
  ++saveCount_;
  if (blocked_ || conflict_ != Conflict::None) return updateGuard();
  long long revision = 0;
  std::vector<std::string> lineage;
  if (written_ && written_->key == slot_ && written_->lineage.back() == head_ && stillWritten(host_, *written_)) {
    revision = written_->revision;
    lineage = std::move(written_->lineage);
  } else {
    StoredAssessment current = readStored(host_, slot_, checklist_);
    if (current.state == SA::Absent && !head_.empty()) conflict_ = Conflict::Removed;
    if (current.state == SA::Ok && current.id != head_) conflict_ = Conflict::Newer;
    if (current.state == SA::Damaged) setAside(slot_);
    if (conflict_ != Conflict::None || blocked_) return updateGuard();
    if (current.state == SA::Ok) revision = current.revision, lineage = std::move(current.lineage);
  }
  written_.reset();
  const long long next = revision + 1;
  lineage.push_back(saveId(next, writer_));
  if (lineage.size() > kLineage) lineage.erase(lineage.begin(), lineage.end() - kLineage);
  const std::string text = storedForm(next, writer_, lineage, host_.nowIso(), exportText());
  StoreResult r = host_.store(slot_, text);
  writeFailing_ = r != StoreResult::Ok;
  if (writeFailing_) {
    storeFailed(r);
  } else {
    head_ = lineage.back();
    written_ = writtenAs(slot_, text, next, std::move(lineage));
    if (isSaveProblem(storageProblem_) && !settingsFailing_) storageProblem_.reset();
    updateSummary();
  }
  updateGuard();
}

void Session::storeFailed(StoreResult r) {
  storageProblem_ = Error{"$", r == StoreResult::Full ? "storage_full" : "storage_unavailable", {}};
}

void Session::updateSummary() {
  saved_.reset();
  if (!assessment_.empty())
    saved_ = SavedSummary{slot_, false, assessment_.profileText("name"), changedAt_, results_.answered, results_.applicable,
                          results_.total - results_.applicable};
}

void Session::markKept() {
  unsaved_ = false;
  updateGuard();
}

void Session::storageEndsWithWindow(bool tellUser) {
  sessionOnly_ = true;
  if (tellUser && !storageProblem_) storageProblem_ = Error{"$", "storage_session_only", {}};
  updateGuard();
}

void Session::updateGuard() {
  bool want = conflict_ != Conflict::None || blocked_ || writeFailing_ || settingsFailing_ || (sessionOnly_ && unsaved());
  if (want != guard_) {
    guard_ = want;
    host_.setLeaveGuard(want);
  }
}

void Session::onStorageChanged(const std::string& key) {
  othersStale_ = true;
  if (key.empty() || key == slot_) checkOtherTabs();
  if (key.empty() || key == kSettingsKey) loadSettings();
}

void Session::checkOtherTabs() {
  StoredAssessment current = readStored(host_, slot_, checklist_);
  if (current.state == SA::Unavailable || current.state == SA::Damaged) return;  // damaged: set aside at the next save
  bool removed = current.state == SA::Absent;
  if (removed ? head_.empty() : current.id == head_) return;
  // Another tab's save that does not continue this tab's last one replaced
  // it (both saved at nearly the same moment): this tab's work is only here
  // now, so the user chooses, as when this tab holds changes it could not save.
  bool replacedMine = !removed && !head_.empty() &&
                      std::find(current.lineage.begin(), current.lineage.end(), head_) == current.lineage.end();
  if (pendingLocal() || replacedMine) {  // never mix, ask
    conflict_ = removed ? Conflict::Removed : Conflict::Newer;
    return updateGuard();
  }
  if (removed) {
    startEmpty();
    notice_ = Notice{"notice.removedElsewhere", {}};
  } else {
    adopt(std::move(current));
    notice_ = Notice{"notice.updatedElsewhere", {}};
  }
}

void Session::takeTheirs() {
  conflict_ = Conflict::None;
  writeFailing_ = false;
  StoredAssessment current = readStored(host_, slot_, checklist_);
  if (current.state == SA::Ok) adopt(std::move(current));
  else startEmpty();
  if (isSaveProblem(storageProblem_)) storageProblem_.reset();
  notice_ = Notice{"notice.tookTheirs", {}};
  updateGuard();
}

void Session::keepMineAsCopy() {
  slot_ = std::string(kCopyPrefix) + host_.nowIso() + "." + host_.uniqueId();
  head_.clear();
  conflict_ = Conflict::None;
  othersStale_ = true;
  autosave();
  if (!writeFailing_) notice_ = Notice{"notice.keptAsCopy", {}};
}

const std::vector<SavedSummary>& Session::others() const {
  if (!othersStale_) return others_;
  others_.clear();
  for (const std::string& key : host_.keys(kPrefix)) {
    if (key == slot_) continue;
    bool broken = startsWith(key, kBrokenPrefix);
    if (!broken && key != kAutosaveKey && !startsWith(key, kCopyPrefix)) continue;
    SavedSummary s{key, true, "", "", 0, 0};
    if (broken) {
      s.changedAt = key.substr(std::string(kBrokenPrefix).size(), 20);
    } else {
      StoredAssessment stored = readStored(host_, key, checklist_);
      if (stored.state == SA::Ok) {
        Results r = score(checklist_, stored.report.assessment);
        s = SavedSummary{key, false, stored.report.assessment.profileText("name"), stored.report.generatedAt,
                         r.answered, r.applicable, r.total - r.applicable};
      } else if (stored.state == SA::Absent) {
        continue;
      }
    }
    others_.push_back(std::move(s));
  }
  stableSort(others_, [](const SavedSummary& a, const SavedSummary& b) { return a.changedAt > b.changedAt; });
  othersStale_ = false;
  return others_;
}

bool Session::open(const std::string& key) {
  if (pendingLocal() || key == slot_) return false;
  if (readStored(host_, key, checklist_).state != SA::Ok) return false;
  storageProblem_.reset();
  openSlot(key);
  return true;
}

void Session::removeStored(const std::string& key) {
  if (key == slot_ || !startsWith(key, kPrefix)) return;
  host_.remove(key);
  othersStale_ = true;
}

void Session::downloadStored(const std::string& key) {
  StoredAssessment s = readStored(host_, key, checklist_);
  if (s.state == SA::Ok) {
    const ImportedReport& r = s.report;
    std::string at = r.generatedAt.empty() ? host_.nowIso() : r.generatedAt;
    saved(reportFileName(r.assessment.profileText("name"), at.substr(0, 10)),
          exportReport(checklist_, tr_, r.assessment, settings_.language, at));
    return;
  }
  // Not a report (damaged): exactly the stored bytes, under a name that says so.
  std::string name = "lestari-damaged-data-";
  std::string stamp = host_.nowIso();
  for (char ch : stamp) name += (ch == ':' ? '-' : ch);
  host_.downloadStored(key, name + ".txt");
  notice_ = Notice{"notice.downloadedFile", {name + ".txt"}};
}

void Session::forgetAll() {
  for (const std::string& key : host_.keys(kPrefix)) host_.remove(key);
  settings_ = Settings{};
  slot_ = kAutosaveKey;
  conflict_ = Conflict::None;
  blocked_ = writeFailing_ = settingsFailing_ = false;
  storageProblem_.reset();
  startEmpty();
  othersStale_ = true;
  if (!host_.keys(kPrefix).empty()) storageProblem_ = Error{"$", "forget_failed", {}};
  else notice_ = Notice{"notice.forgotten", {}};
  updateGuard();
}

std::optional<Notice> Session::takeNotice() {
  std::optional<Notice> n = std::move(notice_);
  notice_.reset();
  return n;
}

std::string Session::describeRecalculation(const StoredResults& stored, const Assessment& answers) const {
  auto num = [&](const std::optional<double>& v) { return formatNumber(v, lang()); };
  auto bandLabel = [&](const std::string& id) {
    const Band* b = checklist_.band(id);
    return b ? b->label.in(lang()) : id.empty() ? std::string("\xE2\x80\x93") : id;
  };
  Results now = score(checklist_, answers);
  if (stored.overallDiffers)
    return tr_.format("import.recalculated", lang(),
                      {num(stored.score), bandLabel(stored.band), num(now.overall), now.band ? now.band->label.in(lang()) : "\xE2\x80\x93"});
  const Factor* f = checklist_.factor(stored.factor);
  std::optional<double> computed = f ? now.factors[static_cast<std::size_t>(f - checklist_.factors.data())].score : std::nullopt;
  return tr_.format("import.recalculatedFactor", lang(),
                    {f ? f->shortTitle.in(lang()) : stored.factor, num(stored.factorScore), num(computed)});
}

// With the results the last change computed: a click scores once.
std::string Session::exportText() const {
  return exportReport(checklist_, tr_, assessment_, results_, settings_.language,
                      changedAt_.empty() ? host_.nowIso() : changedAt_);
}

Result<std::string> Session::shareCode() const {
  return lestari::shareCode(assessment_, checklist_, changedAt_.empty() ? host_.nowIso() : changedAt_);
}

std::string Session::fileName() const {
  std::string now = host_.nowIso();
  return reportFileName(assessment_.profileText("name"), now.substr(0, 10));
}

void Session::download() {
  saved(fileName(), exportReport(checklist_, tr_, assessment_, results_, settings_.language, host_.nowIso()));
  markKept();
}

void Session::share() {
  host_.share(fileName(), exportReport(checklist_, tr_, assessment_, results_, settings_.language, host_.nowIso()),
              tr_.format("share.title", settings_.language, {}));
}

std::string Session::summaryText() const {
  return summaryHtml({checklist_, tr_, assessment_, settings_.language, changedAt_.empty() ? host_.nowIso() : changedAt_,
                      host_.today(), summaryCss_});
}

Session::Printable Session::printable() const {
  return {settings_.language, std::string(summaryCss_),
          summaryBody({checklist_, tr_, assessment_, settings_.language, changedAt_.empty() ? host_.nowIso() : changedAt_,
                       host_.today(), summaryCss_})};
}

std::string Session::summaryName() const { return summaryFileName(assessment_.profileText("name"), host_.today()); }

void Session::downloadSummary() { saved(summaryName(), summaryText()); }

// Every download says where the file went and that it is the copy to keep:
// the browser's storage is not a backup.
void Session::saved(const std::string& name, const std::string& text) {
  host_.download(name, text);
  notice_ = Notice{"notice.downloaded", {name}};
}

void Session::setLanguage(Lang l) {
  settings_.language = l;
  saveSettings();
}
void Session::setUiScale(float s) {
  settings_.uiScale = std::clamp(s, 1.0f, 2.0f);
  saveSettings();
}
void Session::setHighContrast(bool on) {
  settings_.highContrast = on;
  saveSettings();
}

void Session::saveSettings() {
  json s = {{"language", langCode(settings_.language)}, {"uiScale", settings_.uiScale}, {"highContrast", settings_.highContrast}};
  StoreResult r = host_.store(kSettingsKey, s.dump());
  settingsFailing_ = r != StoreResult::Ok;
  if (settingsFailing_) storeFailed(r);
  else if (isSaveProblem(storageProblem_) && !writeFailing_) storageProblem_.reset();
  updateGuard();
}

}  // namespace lestari::app
