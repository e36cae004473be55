#pragma once
// The app layer's types (src/app), as the UI names them.
#include "app/host.h"
#include "app/session.h"

namespace lestari::ui {

using app::Conflict;
using app::GlyphBitmap;
using app::Host;
using app::SavedSummary;
using app::Session;
using app::Settings;

}  // namespace lestari::ui
