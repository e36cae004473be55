#pragma once
// The assessment being worked on, and everything that keeps it safe:
// validated edits, autosave after every change, strict import, settings.
// No ImGui here: the screens and the automation API both work through it.
#include <optional>
#include <string>

#include "assessment.h"
#include "checklist.h"
#include "host.h"
#include "lang.h"
#include "report.h"
#include "scoring.h"
#include "translations.h"

namespace lestari::ui {

struct Settings {
  Lang language = Lang::Id;
  float uiScale = 1.0f;  // 1.0 .. 2.0
  bool highContrast = false;
};

struct SavedSummary {  // what the start screen shows about the autosave
  std::string name;
  std::string changedAt;  // ISO UTC
  std::size_t answered = 0, total = 0;
};

class Session {
 public:
  static constexpr const char* kAutosaveKey = "lestari.autosave";
  static constexpr const char* kSettingsKey = "lestari.settings";

  Session(const Checklist& checklist, const Translations& tr, Host& host);

  // Reads settings and the autosave. Damaged data is set aside, never dropped.
  void restore();

  const Checklist& checklist() const { return checklist_; }
  const Translations& tr() const { return tr_; }
  const Assessment& assessment() const { return assessment_; }
  const Results& results() const { return results_; }
  const Settings& settings() const { return settings_; }
  Lang lang() const { return settings_.language; }
  const std::string& t(const char* key) const { return tr_.get(key, settings_.language); }

  // Validated edits; each successful one is autosaved.
  std::optional<Error> setLevel(const std::string& id, std::optional<int> level);
  std::optional<Error> setNotApplicable(const std::string& id, bool na);
  std::optional<Error> setNote(const std::string& id, const std::string& note);
  std::optional<Error> setProfile(const std::string& field, const Json& value);

  // Replaces the assessment (new, demo, import). Autosaved at once.
  void replace(Assessment a, bool fromFile);
  void reset() { replace(Assessment{}, false); }

  // Parses and validates; the current assessment is untouched either way.
  Result<ImportedReport> parse(const std::string& text) const { return importReport(text, checklist_); }

  std::string exportText() const;
  std::string fileName() const;
  void download();
  // True when the assessment changed since it was last downloaded or imported.
  bool unsaved() const { return unsaved_ && !assessment_.empty(); }

  void setLanguage(Lang l);
  void setUiScale(float s);
  void setHighContrast(bool on);

  std::optional<SavedSummary> savedSummary() const { return saved_; }
  const std::string& changedAt() const { return changedAt_; }
  // Storage problems to show the user (empty when all is well).
  const std::optional<Error>& storageProblem() const { return storageProblem_; }
  void dismissStorageProblem() { storageProblem_.reset(); }
  std::size_t saveCount() const { return saveCount_; }

 private:
  void changed();
  void autosave();
  void saveSettings();

  const Checklist& checklist_;
  const Translations& tr_;
  Host& host_;
  Assessment assessment_;
  Results results_;
  Settings settings_;
  std::string changedAt_;
  bool unsaved_ = false;
  std::optional<SavedSummary> saved_;
  std::optional<Error> storageProblem_;
  std::size_t saveCount_ = 0;
};

}  // namespace lestari::ui
