// The one stable sort (core/base/stable_sort.h) against the standard library's,
// on lists full of ties, at every length around its run size and far past it.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "core/base/stable_sort.h"

using namespace lestari;

TEST_CASE("stable sort: the same order as std::stable_sort, ties kept in order") {
  std::mt19937 rng(7);
  for (std::size_t n : {0u, 1u, 2u, 7u, 8u, 9u, 15u, 16u, 17u, 33u, 100u, 1000u, 10007u}) {
    std::vector<int> keys(n);
    for (int& k : keys) k = static_cast<int>(rng() % 5);  // many equal keys
    std::vector<std::size_t> mine(n), theirs(n);
    for (std::size_t i = 0; i < n; ++i) mine[i] = theirs[i] = i;
    auto less = [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; };
    stableSortIndices(mine, less);
    std::stable_sort(theirs.begin(), theirs.end(), less);
    CHECK_MESSAGE(mine == theirs, "length " << n);
  }
}

TEST_CASE("stable sort: values are moved, not copied, and keep their order among equals") {
  std::vector<std::string> words = {"bb", "a", "cc", "d", "ee", "f", "gg", "h", "ii", "j", "kk"};
  stableSort(words, [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  CHECK(words == std::vector<std::string>{"bb", "cc", "ee", "gg", "ii", "kk", "a", "d", "f", "h", "j"});
  std::vector<std::string> none;
  stableSort(none, [](const std::string& x, const std::string& y) { return x < y; });
  CHECK(none.empty());
}
