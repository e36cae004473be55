#pragma once
// The assessment being worked on, and everything that keeps it safe:
// validated edits, autosave after every change, strict import, settings,
// other tabs of the page, damaged storage, and forgetting on this device.
// No ImGui here: the screens and the automation API both work through it.
#include <optional>
#include <string>
#include <vector>

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "app/host.h"
#include "page_contract.h"
#include "core/base/lang.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/report/share_code.h"
#include "app/stored_assessment.h"
#include "core/report/summary_html.h"
#include "core/model/translations.h"

namespace lestari::app {

struct Settings {
  Lang language = Lang::Id;
  float uiScale = 1.0f;  // 1.0 .. 2.0
  bool highContrast = false;
};

// An assessment (or damaged data set aside) kept in this browser.
struct SavedSummary {
  std::string key;        // its storage key
  bool damaged = false;   // set-aside data that does not read as a report
  std::string name;
  std::string changedAt;  // ISO UTC
  std::size_t answered = 0, total = 0;  // total: the applicable indicators
  std::size_t notApplicable = 0;
};

// A short message for the user about something that happened on its own.
struct Notice {
  std::string key;  // in assets/strings.json
  std::vector<std::string> args;
};

// Another tab saved (or removed) this assessment while this tab had changes
// it could not save: the user chooses, nothing is overwritten.
enum class Conflict { None, Newer, Removed };

class Session {
 public:
  static constexpr const char* kPrefix = contract::kStoragePrefix;  // every key of the app (the page knows it too)
  static constexpr const char* kAutosaveKey = "lestari.autosave";
  static constexpr const char* kSettingsKey = "lestari.settings";
  static constexpr const char* kCopyPrefix = "lestari.copy.";
  static constexpr const char* kBrokenPrefix = "lestari.autosave.broken.";

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

  // The follow-up plan: one action per recommendation's indicator.
  std::optional<Error> setAction(const Action& a);
  std::optional<Error> removeAction(const std::string& indicator);
  // A new action for that indicator, prefilled with its recommendation.
  Action draftAction(const std::string& indicator) const;

  // Replaces the assessment (new, demo, import). Autosaved at once.
  void replace(Assessment a, bool fromFile);
  void reset() { replace(Assessment{}, false); }

  // Parses and validates; the current assessment is untouched either way.
  Result<ImportedReport> parse(std::string_view text) const { return importReport(text, checklist_); }

  // "The file said 99.9 / Kokoh; recalculated from its answers: 46.5 / Bertumbuh."
  std::string describeRecalculation(const StoredResults& stored, const Assessment& answers) const;

  std::string exportText() const;
  // The results as a share code for a chat (src/core/report/share_code.h), stamped
  // as the report would be.
  Result<std::string> shareCode() const;
  std::string fileName() const;
  void download();
  // The report to the share sheet (Host::share); App::onShared hears how it went.
  void share();
  void markKept();  // the user has the file (shared, downloaded)
  // The browser keeps this window's storage only until it closes (a private
  // or guest window, where the browser lets the page know): said once
  // (tellUser), and leaving asks first while changes are not downloaded.
  void storageEndsWithWindow(bool tellUser);
  // The printable summary (src/core/report/summary_html.h) in the interface language.
  void setSummaryStyle(std::string_view css) { summaryCss_ = css; }
  std::string_view summaryStyle() const { return summaryCss_; }  // the event report's too
  std::string summaryText() const;
  // The same to print in the page: its language, its stylesheet and its body apart.
  struct Printable {
    Lang lang;
    std::string css, body;
  };
  Printable printable() const;
  std::string summaryName() const;
  void downloadSummary();
  // True when the assessment changed since it was last downloaded or imported.
  bool unsaved() const { return unsaved_ && !assessment_.empty(); }

  void setLanguage(Lang l);
  void setUiScale(float s);
  void setHighContrast(bool on);

  // The current assessment as stored (for "continue"), and everything else
  // this browser keeps: other copies and set-aside damaged data.
  std::optional<SavedSummary> savedSummary() const { return saved_; }
  const std::vector<SavedSummary>& others() const;
  const std::string& slot() const { return slot_; }
  // Switches to another stored copy (the current one stays stored). False
  // when the current work could not be saved, or the copy does not read.
  bool open(const std::string& key);
  void removeStored(const std::string& key);
  void downloadStored(const std::string& key);
  // Removes everything Lestari keeps in this browser (every assessment, copy,
  // set-aside data and the settings) and starts empty.
  void forgetAll();

  // Another tab changed storage (key "" when it was cleared).
  void onStorageChanged(const std::string& key);
  Conflict conflict() const { return conflict_; }
  void takeTheirs();       // this tab takes the other tab's version
  void keepMineAsCopy();   // this tab's version is kept as a separate copy

  const std::string& changedAt() const { return changedAt_; }
  // Storage problems to show the user (empty when all is well).
  const std::optional<Error>& storageProblem() const { return storageProblem_; }
  void dismissStorageProblem() { storageProblem_.reset(); }
  // Damaged data that could not be set aside stays under the autosave key;
  // nothing is saved over it until the user downloads or removes it.
  bool blocked() const { return blocked_; }
  void removeBlockingData();
  std::optional<Notice> takeNotice();
  // Every change is in storage (no failed save, no conflict, nothing blocking).
  bool allSaved() const { return !pendingLocal() && !settingsFailing_; }
  std::size_t saveCount() const { return saveCount_; }

 private:
  void changed();
  void autosave();
  void saveSettings();
  void loadSettings();
  void openSlot(const std::string& key);
  void startEmpty();  // an empty assessment, not yet stored
  void adopt(StoredAssessment stored);
  void setAside(const std::string& key);
  void checkOtherTabs();
  bool pendingLocal() const { return conflict_ != Conflict::None || blocked_ || writeFailing_; }
  void storeFailed(StoreResult r);
  void updateGuard();
  void updateSummary();
  void saved(const std::string& name, const std::string& text);  // downloads, with a notice

  const Checklist& checklist_;
  const Translations& tr_;
  Host& host_;
  Assessment assessment_;
  Results results_;
  Settings settings_;
  std::string changedAt_;
  bool unsaved_ = false;
  std::string slot_ = kAutosaveKey;
  std::string writer_;  // this tab's id in the saves it writes
  std::string head_;    // the stored save this tab's work is based on ("" when none)
  std::optional<Written> written_;  // this tab's last save: the next one continues it without reading it back
  Conflict conflict_ = Conflict::None;
  bool blocked_ = false, writeFailing_ = false, settingsFailing_ = false, guard_ = false, sessionOnly_ = false;
  std::optional<SavedSummary> saved_;
  mutable std::vector<SavedSummary> others_;
  mutable bool othersStale_ = true;
  std::optional<Error> storageProblem_;
  std::optional<Notice> notice_;
  std::size_t saveCount_ = 0;
  std::string_view summaryCss_;
};

}  // namespace lestari::app
