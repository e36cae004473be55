#pragma once
// What more than one screen or dialog offers: start a new assessment, open
// the demo, finish an import, save the app for offline use, go to what is
// still unanswered; and the two sections shown both on the start screen and
// in the settings dialog.
#include <string>

#include "ui/context.h"
#include "core/report/report.h"

namespace lestari::ui {

// Ask first when the assessment has changes not yet downloaded.
void startNew(const Context& ctx);
// The display language and size: changed, and said (the page changes around the focus, silently otherwise).
void switchLanguage(const Context& ctx, Lang to);
void setDisplayScale(const Context& ctx, int percent);
// The language switch, as a screen reader gets it: named in the language it
// switches to (and read in it), described in the page's.
void describeLanguageSwitch(const Context& ctx, Lang to);
void openDemo(const Context& ctx);
// Without asking (the question was answered).
void loadDemo(const Context& ctx);
void finishImport(const Context& ctx, ImportedReport r, const std::string& name);
// "Save for offline use": the app as one file, and a notice that says so.
bool saveOffline(const Context& ctx);
// "Cetak / simpan PDF": the browser's print dialog on the summary; where the
// browser cannot print, the summary as a file and how to print it.
void printSummary(const Context& ctx);
// The same for the room's event report (the room is shown: App::printable gives it).
void printEventReport(const Context& ctx);
// The summary's ways out, as a row: print (or PDF) and its HTML file.
void summaryButtons(const Context& ctx, const std::string& prefix);
// The first indicator with no answer, on its factor's page.
void goToFirstUnanswered(const Context& ctx);

// The app as one file, for a USB stick, a chat group or a day with no network.
void offlineSection(const Context& ctx, const char* id, float width);
// Where the data is kept, and the way to remove it (shared laptops).
void dataSection(const Context& ctx);

}  // namespace lestari::ui
