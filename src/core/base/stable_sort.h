#pragma once
// One stable sort for every ordering the app makes (rankings, recommendations,
// plans, saved assessments). std::stable_sort is a template: each call site
// brought its own copy of the merge code, about 2.5 KB of WebAssembly each and
// 22 KB in all. Here the merge is written once, on indices, and the
// comparison is called through a pointer.
#include <cstddef>
#include <utility>
#include <vector>

namespace lestari {

using IndexLess = bool (*)(std::size_t a, std::size_t b, const void* context);

// Sorts the indices in [first, first + count) by less, keeping the order of equals.
void stableSortIndices(std::size_t* first, std::size_t count, IndexLess less, const void* context);

// A list of indices (into something else) by less(a, b) on two indices.
template <class Less>
void stableSortIndices(std::vector<std::size_t>& order, const Less& less) {
  stableSortIndices(order.data(), order.size(),
                    [](std::size_t a, std::size_t b, const void* l) { return (*static_cast<const Less*>(l))(a, b); }, &less);
}

// Any list by less(x, y) on two of its values: their order is sorted, then
// each value is moved once.
template <class T, class Less>
void stableSort(std::vector<T>& values, const Less& less) {
  if (values.size() < 2) return;
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  stableSortIndices(order, [&](std::size_t a, std::size_t b) { return less(values[a], values[b]); });
  std::vector<T> sorted;
  sorted.reserve(values.size());
  for (std::size_t i : order) sorted.push_back(std::move(values[i]));
  values = std::move(sorted);
}

}  // namespace lestari
