#pragma once
// The frame around the screens: the header (title, presentation, language,
// settings, autosave status), the wizard's step bar and footer, and the
// banner of storage problems and notices.
#include "ui/context.h"

namespace lestari::ui {

void drawHeader(const Context& ctx);
void drawStepBar(const Context& ctx);
void drawFooter(const Context& ctx);
void drawBanner(const Context& ctx);
// The keyboard focus (from the mirror or Tab on the canvas), over everything.
void drawFocusRing(const Context& ctx);
// The wizard footer's height, in em (pop-ups keep clear of it).
constexpr float kFooterEm = 3.6f;

}  // namespace lestari::ui
