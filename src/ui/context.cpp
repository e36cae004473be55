#include "ui/context.h"

#include <cstdio>
#include <ctime>

#include <imgui.h>

#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

bool Context::narrow() const { return ImGui::GetIO().DisplaySize.x < em(36); }

float Context::sideMargin() const { return em(narrow() ? 0.8f : 1.5f); }

std::string Context::factorLabel(std::size_t i) const { return checklist.factors[i].shortTitle.in(lang()); }

std::string Context::when(const std::string& iso) const {
  if (iso.size() < 19) return iso;
  const std::string_view s = iso;
  const int parts[] = {digitsValue(s.substr(0, 4)), digitsValue(s.substr(5, 2)), digitsValue(s.substr(8, 2)),
                       digitsValue(s.substr(11, 2)), digitsValue(s.substr(14, 2)), digitsValue(s.substr(17, 2))};
  for (int p : parts)
    if (p < 0) return iso;  // not a time this app wrote: shown as it is
  std::tm tm{};
  tm.tm_year = parts[0] - 1900;
  tm.tm_mon = parts[1] - 1;
  tm.tm_mday = parts[2];
  tm.tm_hour = parts[3];
  tm.tm_min = parts[4];
  tm.tm_sec = parts[5];
  std::time_t utc = timegm(&tm);
  std::tm local{};
  localtime_r(&utc, &local);
  char hh[4], mm[4];
  std::snprintf(hh, sizeof hh, "%02d", local.tm_hour);
  std::snprintf(mm, sizeof mm, "%02d", local.tm_min);
  std::string month = "month." + std::to_string(local.tm_mon + 1);
  return f("time.dateTime", {std::to_string(local.tm_mday), t(month.c_str()), std::to_string(local.tm_year + 1900), hh, mm});
}

void Context::announce(const std::string& text) const {
  view.announcement = text;
  ++view.announced;
}

void Context::setPresenting(bool on) const {
  view.presenting = on;
  // The keys belong to the presenter: arrows and Space step and reveal
  // instead of moving the keyboard focus.
  ImGuiIO& io = ImGui::GetIO();
  if (on) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

}  // namespace lestari::ui
