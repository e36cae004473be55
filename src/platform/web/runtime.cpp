#include "platform/web/runtime.h"

namespace lestari::web {
Runtime& runtime() {
  static Runtime r;
  return r;
}
}  // namespace lestari::web
