#pragma once
// Hands each drawn frame's semantics (src/ui/semantics.h) to the accessible
// mirror in the page (web/mirror.js), only when they changed.
namespace lestari::web {

void publishSemantics();

}  // namespace lestari::web
