#pragma once
// The single browser runtime: the app, its host, and the drawing state.
#include <cstdint>
#include <memory>

#include "page_contract.h"
#include "ui/app.h"
#include "platform/web/web_host.h"

namespace lestari::web {

struct Runtime {
  WebHost host;
  std::unique_ptr<ui::App> app;
  float dpr = 1.0f;
  std::uint64_t frameCount = 0;
  bool ready = false;
  bool textInputActive = false;
  contract::TextInputMode textInputMode = contract::TextInputMode::None;
};

Runtime& runtime();

}  // namespace lestari::web
