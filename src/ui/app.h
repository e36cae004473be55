#pragma once
// The Lestari application: set-up, the frame (chrome, the current screen,
// the dialogs) and the entry points the platform calls. The screens live in
// screens/, listed once in the route table (App's constructor).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/checklist.h"
#include "ui/context.h"
#include "ui/dialogs.h"
#include "ui/field_errors.h"
#include "app/host.h"
#include "ui/missing_glyphs.h"
#include "ui/router.h"
#include "app/session.h"
#include "ui/theme.h"
#include "core/model/translations.h"

namespace lestari::ui {

struct AppAssets {
  std::string_view checklistTable, stringsTable;  // pre-parsed (scripts/build/make_tables.py)
  std::string_view demo, demoEn;                  // the demo report, JSON, in Indonesian and in English
  std::string_view summaryCss;                    // the printable summary's stylesheet
  FontData fonts;
};

class App {
 public:
  App(const AppAssets& assets, Host& host);

  // Before ImGui::NewFrame: applies theme and fonts for this pixel density.
  // Returns true when the font atlas was rebuilt (the renderer re-uploads it).
  bool prepareFrame(float devicePixelRatio);
  // Between ImGui::NewFrame and ImGui::Render.
  void frame();
  // True while something moves on its own (chart animation): keep drawing.
  // Frames go on while a screen animates or drawn characters wait for the atlas.
  bool animating() const { return router_.screen().animating() || theme_.glyphsPending(); }
  // A finger drag: scrolls the page by dy physical pixels on the next frame.
  // Returns false while a dialog is open (the platform then sends wheel input).
  bool touchScroll(float dy);

  // Where files chosen or dropped together go, as the page asks before it
  // reads them: into the room (append: joining the one open) or, one file,
  // to be opened alone (onFileOpened).
  struct FilesGo {
    bool room = false, append = false;
  };
  FilesGo whereFilesGo(std::size_t files) const;
  // A file chosen in the picker or dropped on the page (its bytes, any encoding).
  void onFileOpened(const std::string& name, std::string_view bytes);
  void onFileRefused(const std::string& name, const Error& error);
  // The room kept across page loads (Host::keepRoom and the rest): how
  // keeping the open room went, the rooms kept by earlier pages, one kept
  // room's text read (none: it could not be read).
  void onRoomKept(app::StoreResult r) { room_.keptResult(r); }
  void onKeptRooms(std::vector<app::Room::Kept> rooms) { room_.setKeptRooms(std::move(rooms)); }
  void onKeptRoomRead(const std::string& id, std::optional<std::string_view> text);
  // The room's workbook was saved (Host::downloadWorkbook).
  void onWorkbookDone(const std::string& name);
  // The report went to the share sheet (how: "shared", "cancelled") or was
  // downloaded instead ("downloaded"): Host::share.
  void onShared(const std::string& name, const std::string& how);
  // Text typed or composed while a field has the focus. Line breaks
  // are fitted to the field; text that would not fit is refused with a
  // message under the field.
  void insertText(const std::string& utf8);
  // The same for a text about to go into the field being edited (a paste):
  // the text as the field takes it, or nothing when it was refused or when
  // no field is being edited.
  std::optional<std::string> fitText(const std::string& utf8);
  // Text of that many characters was refused before it reached the app.
  void refuseText(std::size_t chars);
  // "Save for offline use": the app as one file, and a notice that says so.
  bool saveOffline();
  // The field (a widget key) was given text of that many characters, over
  // its limit: the same message under it as for a paste on the canvas.
  void refuseFieldText(const std::string& field, std::size_t maxChars, std::size_t chars) {
    fieldErrors_.refuseText(field, maxChars, chars);
  }
  // Another tab changed the browser's storage.
  void onStorageChanged(const std::string& key);
  // This window's storage ends when it closes (Session::storageEndsWithWindow).
  void onStorageEndsWithWindow(bool tellUser) { session_->storageEndsWithWindow(tellUser); }

  // Presentation mode (projector): the projector theme, display size at least
  // 150 %, a larger chart, keys for the steps and for revealing level
  // descriptors one at a time. Not remembered: leaving it restores the
  // settings as they were, because they were never changed.
  void setPresenting(bool on) { ctx_.setPresenting(on); }
  bool presenting() const { return view_.presenting; }
  // The system asks for reduced motion: charts appear whole, without animation
  // (the platform also stops a fling at once).
  void setReducedMotion(bool on) { view_.reducedMotion = on; }
  bool reducedMotion() const { return view_.reducedMotion; }
  // How the page is shown, and what a screen reader is to say once.
  const ViewState& view() const { return view_; }

  // The room of many reports: the platform feeds it, the room's screens draw it.
  app::Room& room() { return room_; }
  const app::Room& room() const { return room_; }
  const Dialogs& dialogs() const { return dialogs_; }

  Session& session() { return *session_; }
  const Checklist& checklist() const { return content_.checklist; }
  std::string screenName() const { return router_.name(); }
  const Screen& screen() const { return router_.screen(); }
  // The screen the last frame drew: what its semantics describe. A button
  // drawn after the screen (the footer's "Next") changes the route within the
  // frame; the mirror must not take the old screen's heading for the new one's.
  const std::string& drawnScreen() const { return drawn_; }
  bool goTo(std::string_view name) { return router_.goTo(name); }
  // The browser's Back or Forward reached an entry for that screen: an open
  // dialog is answered as Esc answers it (Dialog, the screen stays), else
  // the screen is shown (Moved), or it cannot be (Refused: a room now empty).
  enum class History { Moved, Dialog, Refused };
  History fromHistory(std::string_view name);
  // What printing prints (Ctrl+P, the browser's menu, a print button): the
  // event report while the room is shown, else the assessment's summary.
  app::Session::Printable printable() const;
  // What the page shows besides the assessment (for the automation API).
  const std::string& notice() const { return notice_; }
  const Theme& theme() const { return theme_; }
  const std::vector<Error>& importErrors() const { return dialogs_.importErrors(); }

 private:
  void presenterKeys();
  void showSessionNotice();

  // What the app is made of, loaded once.
  struct Content {
    Checklist checklist;
    Translations translations;
    std::string demo, demoEn;
    FontData fonts;
    std::vector<std::string> errors;  // a broken build, never a broken user file
  };
  // Scrolling of the content column, applied in the next frame.
  struct Scroll {
    bool toTop = false;
    float pending = 0;             // a finger's drag, physical pixels
    float lastDisplayHeight = 0;   // a change (the on-screen keyboard) keeps the field in view
  };

  static Content load(const AppAssets& assets);

  Content content_;
  Host& host_;
  std::unique_ptr<Session> session_;
  Theme theme_;
  MissingGlyphs missingGlyphs_;
  ViewState view_;
  Scroll scroll_;
  std::string notice_;
  std::string drawn_;  // drawnScreen()
  std::string shown_;  // the screen the host was last told of (Host::screenShown)
  FieldErrors fieldErrors_;
  app::Room room_;
  Router router_;
  Context ctx_;  // refers to dialogs_ before it is made; nothing uses it until then
  Dialogs dialogs_;
};

}  // namespace lestari::ui
