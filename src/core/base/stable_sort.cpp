#include "core/base/stable_sort.h"

#include <algorithm>

namespace lestari {

// Runs of eight sorted by insertion, then merged pairwise through a buffer,
// a right-hand value taken first only when strictly less: stable.
void stableSortIndices(std::size_t* a, std::size_t n, IndexLess less, const void* context) {
  constexpr std::size_t kRun = 8;
  for (std::size_t lo = 0; lo < n; lo += kRun) {
    const std::size_t hi = std::min(n, lo + kRun);
    for (std::size_t i = lo + 1; i < hi; ++i) {
      const std::size_t x = a[i];
      std::size_t j = i;
      for (; j > lo && less(x, a[j - 1], context); --j) a[j] = a[j - 1];
      a[j] = x;
    }
  }
  if (n <= kRun) return;
  std::vector<std::size_t> buffer(n);
  std::size_t* from = a;
  std::size_t* to = buffer.data();
  for (std::size_t width = kRun; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      std::size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) to[k++] = less(from[j], from[i], context) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    std::swap(from, to);
  }
  if (from != a) std::copy(from, from + n, a);
}

}  // namespace lestari
