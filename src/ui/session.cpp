#include "session.h"

#include <algorithm>

#include "strict_json.h"

namespace lestari::ui {

using json = Json;

Session::Session(const Checklist& checklist, const Translations& tr, Host& host)
    : checklist_(checklist), tr_(tr), host_(host) {
  results_ = score(checklist_, assessment_);
}

void Session::restore() {
  if (auto text = host_.load(kSettingsKey)) {
    auto doc = parseStrictJson(*text);
    if (doc.ok() && doc.value->is_object()) {
      const json& s = *doc.value;
      if (s.contains("language") && s["language"].is_string())
        if (auto l = parseLang(s["language"].get<std::string>())) settings_.language = *l;
      if (s.contains("uiScale") && s["uiScale"].is_number())
        settings_.uiScale = std::clamp(s["uiScale"].get<float>(), 1.0f, 2.0f);
      if (s.contains("highContrast") && s["highContrast"].is_boolean()) settings_.highContrast = s["highContrast"].get<bool>();
    }
  }
  auto text = host_.load(kAutosaveKey);
  if (!text) return;
  auto r = parse(*text);
  if (!r.ok()) {
    // Corrupted or foreign: keep it under another key for rescue, start clean.
    std::string aside = std::string(kAutosaveKey) + ".broken." + host_.nowIso();
    host_.store(aside, *text);
    host_.remove(kAutosaveKey);
    storageProblem_ = Error{"$", "storage_corrupt", {aside}};
    return;
  }
  assessment_ = std::move(r.value->assessment);
  changedAt_ = r.value->generatedAt;
  results_ = score(checklist_, assessment_);
  unsaved_ = true;  // not known to have been downloaded
  if (!assessment_.empty())
    saved_ = SavedSummary{assessment_.profileText("name"), changedAt_, results_.answered, results_.applicable};
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

void Session::replace(Assessment a, bool fromFile) {
  assessment_ = std::move(a);
  changed();
  unsaved_ = !fromFile;
}

void Session::changed() {
  changedAt_ = host_.nowIso();
  results_ = score(checklist_, assessment_);
  unsaved_ = true;
  autosave();
}

void Session::autosave() {
  StoreResult r = host_.store(kAutosaveKey, exportText());
  ++saveCount_;
  if (r == StoreResult::Ok) {
    if (storageProblem_ && (storageProblem_->code == "storage_full" || storageProblem_->code == "storage_unavailable"))
      storageProblem_.reset();
    saved_ = SavedSummary{assessment_.profileText("name"), changedAt_, results_.answered, results_.applicable};
    if (assessment_.empty()) saved_.reset();
  } else {
    storageProblem_ = Error{"$", r == StoreResult::Full ? "storage_full" : "storage_unavailable", {}};
  }
}

std::string Session::exportText() const {
  return exportReport(checklist_, tr_, assessment_, settings_.language,
                      changedAt_.empty() ? host_.nowIso() : changedAt_);
}

std::string Session::fileName() const {
  std::string now = host_.nowIso();
  return reportFileName(assessment_.profileText("name"), now.substr(0, 10));
}

void Session::download() {
  host_.download(fileName(), exportReport(checklist_, tr_, assessment_, settings_.language, host_.nowIso()));
  unsaved_ = false;
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
  host_.store(kSettingsKey, s.dump());
}

}  // namespace lestari::ui
