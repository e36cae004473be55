#pragma once
// The Lestari application: screens, navigation and dialogs over a Session.
// Platform-neutral ImGui code; the browser layer feeds it input and assets.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aggregate.h"
#include "checklist.h"
#include "compare.h"
#include "host.h"
#include "session.h"
#include "theme.h"
#include "translations.h"

namespace lestari::ui {

struct AppAssets {
  std::string_view checklistTable, stringsTable;  // pre-parsed (scripts/build/make_tables.py)
  std::string_view demo;                          // the demo report, JSON
  std::string_view summaryCss;                    // the printable summary's stylesheet
  FontData fonts;
};

class App {
 public:
  // Screens: the start screen, then steps 0 (profile), 1..N (factors), N+1
  // (results), N+2 (follow-up plan); and the comparison with an earlier report.
  static constexpr int kStart = -1;
  static constexpr int kCompare = -2;
  static constexpr int kGroup = -3, kGroupReport = -4;  // a room's reports, and one of them

  App(const AppAssets& assets, Host& host);

  // Before ImGui::NewFrame: applies theme and fonts for this pixel density.
  // Returns true when the font atlas was rebuilt (the renderer re-uploads it).
  bool prepareFrame(float devicePixelRatio);
  // Between ImGui::NewFrame and ImGui::Render.
  void frame();
  // True while something moves on its own (chart animation): keep drawing.
  bool animating() const;
  float chartProgress() const;  // the charts' growth since shown, 0 .. 1
  // A finger drag: scrolls the page by dy physical pixels on the next frame.
  // Returns false while a dialog is open (the platform then sends wheel input).
  bool touchScroll(float dy);

  // A file chosen in the picker or dropped on the page (its bytes, any encoding).
  void onFileOpened(const std::string& name, std::string_view bytes);
  void onFileRefused(const std::string& name, const Error& error);
  // Text typed, composed or pasted while a field has the focus. Line breaks
  // are fitted to the field; text that would not fit is refused with a
  // message under the field.
  void insertText(const std::string& utf8);
  // Text of that many characters was refused before it reached the app.
  void refuseText(std::size_t chars);
  // "Save for offline use": the app as one file, and a notice that says so.
  bool saveOffline();
  // The field (a widget key) was given text of that many characters, over
  // its limit: the same message under it as for a paste on the canvas.
  void refuseFieldText(const std::string& field, std::size_t maxChars, std::size_t chars);
  // Another tab changed the browser's storage.
  void onStorageChanged(const std::string& key);

  // Presentation mode (projector): the projector theme, display size at least
  // 150 %, a larger chart, keys for the steps and for revealing level
  // descriptors one at a time. Not remembered: leaving it restores the
  // settings as they were, because they were never changed.
  void setPresenting(bool on);
  bool presenting() const { return presenting_; }

  // The system asks for reduced motion: charts appear whole, without animation
  // (the platform also stops a fling at once).
  void setReducedMotion(bool on) { reducedMotion_ = on; }
  bool reducedMotion() const { return reducedMotion_; }

  // A training room's reports, one file at a time (picker or drop), then the
  // group view. `append` adds to the group already open.
  void beginRoom(bool append);
  void addRoomFile(const std::string& name, std::string_view bytes);
  void refuseRoomFile(const std::string& name, const Error& error);
  void finishRoom();
  const std::optional<Group>& group() const { return group_; }
  std::vector<std::size_t> groupOrder() const;  // report indices as the ranked table shows them

  Session& session() { return *session_; }
  const Checklist& checklist() const { return checklist_; }
  int screen() const { return screen_; }
  std::string screenName() const;
  bool goTo(std::string_view name);
  float devicePixelRatio() const { return dpr_; }
  // What the page shows besides the assessment (for the automation API).
  const std::string& notice() const { return notice_; }
  const std::vector<Error>& importErrors() const { return importErrors_; }

 private:
  int resultsStep() const { return static_cast<int>(checklist_.factors.size()) + 1; }
  int planStep() const { return resultsStep() + 1; }
  void go(int screen);
  bool narrow() const;

  // Each screen and dialog stays a function of its own in the WebAssembly
  // (LTO would inline them all into the frame): the browser compiles a
  // function when it first runs, so the first frame compiles only the start
  // screen. See docs/performance.md.
  void drawHeader();
  void drawStepBar();
  void drawFooter();
  void drawBanner();
  void drawModals();
  [[gnu::noinline]] void drawConflict();
  [[gnu::noinline]] void drawConfirm();
  [[gnu::noinline]] void drawImportErrors();
  void drawStart();
  float sideMargin() const;
  bool dialogOpen() const;
  void drawOfflineSection(const char* id, float width);
  void drawOthers();
  void drawDataSection();
  [[gnu::noinline]] void drawProfile();
  [[gnu::noinline]] void drawFactor(std::size_t index);
  void drawIndicator(const Factor& f, std::size_t fi, const Indicator& ind, std::size_t ii);
  [[gnu::noinline]] void drawResults();
  void drawRecommendation(const Recommendation& rec, int rank, bool planButton);
  [[gnu::noinline]] void drawPlan();
  void drawActionCard(const Action& action);
  void drawDateField(Action& edit, const std::string& key);
  std::optional<std::string> drawCalendar(const std::string& selected);
  [[gnu::noinline]] void drawCompare();
  [[gnu::noinline]] void drawGroup();
  void drawGroupFactors(const Group& g);
  void drawGroupRanking(const Group& g);
  void drawGroupIndicators(const Group& g);
  [[gnu::noinline]] void drawGroupReport();
  void statsRow(const std::string& label, const std::vector<std::string>& cells, bool header, const std::string& id = "");
  void drawCompareTables(const Comparison& cmp);
  // The charts; with `before`, an earlier result drawn beside the current one.
  void drawRadar(float size, float t, const Results& r, const Results* before = nullptr);
  void drawBars(float width, float t, const Results& r, const Results* before = nullptr);
  void drawChartCard(float t, const Results& r, const Results* before);
  void drawChange(Direction d);  // a drawn up or down mark, or "="
  std::string changeWord(Direction d) const;  // the same in words
  [[gnu::noinline]] void drawSettings();

  void setFieldError(const std::string& widget, const std::optional<Error>& e);
  void showFieldError(const std::string& widget);
  void startNew();
  void openDemo();
  void loadDemo();
  void finishImport(ImportedReport r, const std::string& name);
  void compareWith(const std::string& name, std::string_view bytes);
  void addToPlan(const std::string& indicator);
  void showSessionNotice();
  void jumpToFirstUnanswered();
  std::string when(const std::string& iso) const;  // local, human date and time
  std::string factorLabel(std::size_t index) const;

  const std::string& t(const char* key) const { return session_->t(key); }
  std::string f(const char* key, const std::vector<std::string>& args) const {
    return translations_.format(key, session_->lang(), args);
  }

  Checklist checklist_;
  Translations translations_;
  std::string demo_;
  FontData fontData_;
  Host& host_;
  std::unique_ptr<Session> session_;
  std::vector<std::string> loadErrors_;
  Theme theme_;
  float dpr_ = 1.0f;
  float lastDisplayHeight_ = 0;
  float pendingScroll_ = 0;

  int screen_ = kStart;
  bool presenting_ = false;
  bool reducedMotion_ = false;
  std::optional<GroupBuilder> groupBuilder_;
  std::optional<Group> group_;
  GroupSort groupSort_ = GroupSort::Score;
  bool groupReversed_ = false;
  std::size_t groupReport_ = 0;
  std::vector<std::string> statsHeader_;  // the stats rows' column names, for reading a row aloud
  int revealed_ = 0;  // presentation: level descriptors shown on a factor screen
  void presentationKeys();
  ActionOrder planOrder_ = ActionOrder::Rank;
  std::string scrollToAction_;
  int calendarYear_ = 0, calendarMonth_ = 0;
  std::optional<Comparison> comparison_;
  bool pickForCompare_ = false;  // the next file chosen is compared, not imported
  bool compareFailed_ = false;   // the error dialog is about a comparison
  bool scrollTop_ = false;
  std::string scrollToIndicator_;
  double resultsShownAt_ = -1;

  enum class Confirm { None, New, Demo, Import, Forget, RemoveStored, RemoveBlocking };
  std::string heldBack_;  // a file that arrived while a question was open: not opened
  Confirm confirm_ = Confirm::None;
  std::string pendingKey_;  // the stored copy a confirmation is about
  std::optional<ImportedReport> pendingImport_;
  std::string pendingName_;
  std::vector<Error> importErrors_;
  std::string importErrorFile_;
  bool showSettings_ = false;
  std::string notice_;  // a short confirmation shown in the banner area
  std::vector<std::pair<std::string, Error>> fieldErrors_;  // refused edits, by widget
};

}  // namespace lestari::ui
