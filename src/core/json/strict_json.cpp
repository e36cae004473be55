#include "core/json/strict_json.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lestari {
namespace {

using json = Json;

// "line", "column" (1-based, columns in code points) of byte pos in text.
std::vector<std::string> lineColumn(std::string_view text, std::size_t pos) {
  if (pos > text.size()) pos = text.size();
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < pos; ++i) {
    if (text[i] == '\n') { ++line; col = 1; }
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return {std::to_string(line), std::to_string(col)};
}

bool isIdentifier(const std::string& key) {
  if (key.empty()) return false;
  for (unsigned char c : key)
    if (!(std::isalnum(c) || c == '_')) return false;
  return !std::isdigit(static_cast<unsigned char>(key[0]));
}

// Strict JSON (RFC 8259) read straight into Lestari's Json, one pass, no
// exceptions. Own code rather than nlohmann's parser: a room reads thousands
// of reports, and this reads a string's run of plain bytes at once where
// nlohmann's lexer appends byte by byte (docs/performance.md). Every limit is
// checked as the text is read; a path is spelled out only for an error.
// The bytes of a string read for its shape only: counted, not kept
// (two thirds of a report are such strings).
struct Counted {
  std::size_t n = 0;
  void append(const char*, std::size_t count) { n += count; }
  std::size_t size() const { return n; }
};

class StrictParser {
 public:
  StrictParser(std::string_view text, const JsonLimits& limits, std::initializer_list<std::string_view> shapeOnly)
      : text_(text), limits_(limits), shapeOnly_(shapeOnly) {}

  Result<Json> run() {
    Json root;
    skipSpace();
    if (value(&root, true) && (skipSpace(), at_ != text_.size())) syntax();
    if (!error_) return Result<Json>{std::move(root), {}};
    return Result<Json>::fail({std::move(*error_)});
  }

 private:
  // Where the reader is, for an error's path: the containers it is inside,
  // each with the index or the key of the member being read. A key is where
  // it is kept (a string and an offset into it), never a view: the buffer
  // that holds the keys of an object read for its shape grows as its next key
  // is read, and a view into it would then point at freed memory. While a key
  // is read the frame names none (an error in a key is the object's).
  struct Frame {
    bool array;
    std::size_t index = 0;
    const std::string* keys = nullptr;  // none: between members
    std::size_t keyAt = 0, keySize = 0;
    std::string_view key() const { return keys ? std::string_view(*keys).substr(keyAt, keySize) : std::string_view(); }
  };

  std::string pathOf(std::size_t depth) const {
    std::string p = "$";
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = frames_[i];
      if (f.array) p = jsonPathIndex(p, f.index);
      else if (f.keys) p = jsonPathKey(p, std::string(f.key()));
    }
    return p;
  }
  std::string here() const { return pathOf(frames_.size()); }                          // the value being read
  std::string container() const { return pathOf(frames_.empty() ? 0 : frames_.size() - 1); }  // what holds it

  bool fail(std::string path, const char* code, std::vector<std::string> args) {
    if (!error_) error_ = Error{std::move(path), code, std::move(args)};
    return false;
  }
  bool syntax() { return fail("$", "invalid_json", lineColumn(text_, at_)); }
  bool count() {
    if (++values_ > limits_.maxValues) return fail("$", "too_many_values", {std::to_string(limits_.maxValues)});
    return true;
  }

  // Eight bytes at a time where they can be (a report is mostly long
  // strings and indentation): whether a word holds a byte equal to b, or
  // one below 0x20 (the classic "has zero byte" test).
  static constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  static std::uint64_t zeroByte(std::uint64_t w) { return (w - kOnes) & ~w & kHigh; }
  // The place in a word of its first nonzero byte in the text; w != 0.
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "a word's first byte in the text is its lowest (x86, WebAssembly)");
  static std::size_t firstByte(std::uint64_t w) { return static_cast<std::size_t>(__builtin_ctzll(w)) >> 3; }
  std::uint64_t word(std::size_t at) const {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + at, 8);
    return w;
  }
  // The end of the run of bytes from at that a string holds as they are.
  std::size_t plainRun(std::size_t at) const {
    for (; at + 8 <= text_.size(); at += 8) {
      const std::uint64_t w = word(at);
      // Each test marks its first byte exactly (a false mark comes only after
      // a true one): the lowest mark is where the run ends.
      if (const std::uint64_t marks = zeroByte(w ^ (kOnes * '"')) | zeroByte(w ^ (kOnes * '\\')) | ((w - kOnes * 0x20) & ~w & kHigh))
        return at + firstByte(marks);
    }
    while (at < text_.size()) {
      unsigned char c = static_cast<unsigned char>(text_[at]);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ++at;
    }
    return at;
  }

  // White space, if any: most often there is none, or a run to skip.
  __attribute__((always_inline)) void skipSpace() {
    if (at_ < text_.size() && static_cast<unsigned char>(text_[at_]) > ' ') return;
    skipSpaces();
  }
  // Spaces eight at a time (a line's indentation), other white space a byte at a time.
  void skipSpaces() {
    for (;;) {
      for (; at_ + 8 <= text_.size(); at_ += 8)
        if (const std::uint64_t other = word(at_) ^ (kOnes * ' ')) {
          at_ += firstByte(other);
          break;
        }
      if (at_ >= text_.size()) return;
      const char c = text_[at_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++at_;
    }
  }
  bool literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) {
      while (!word.empty() && at_ < text_.size() && text_[at_] == word[0]) ++at_, word.remove_prefix(1);  // to the first wrong byte
      return syntax();
    }
    at_ += word.size();
    return true;
  }

  // One value at at_. out: where it goes (null: nowhere, a part read for
  // its shape only); deep: its containers' contents are built too.
  bool value(Json* out, bool deep) {
    if (at_ >= text_.size()) return syntax();
    if (!count()) return false;
    switch (text_[at_]) {
      case '{': return object(out, deep && out);
      case '[': return array(out, deep && out);
      case '"': {
        auto tooLong = [&] { return fail(here(), "string_too_long", {std::to_string(limits_.maxStringBytes)}); };
        if (!out) {  // a string not kept is only checked, and its bytes counted
          Counted n;
          return string(n, limits_.maxStringBytes, tooLong);
        }
        std::string kept;
        if (!string(kept, limits_.maxStringBytes, tooLong)) return false;
        *out = std::move(kept);
        return true;
      }
      case 't': if (out) *out = true; return literal("true");
      case 'f': if (out) *out = false; return literal("false");
      case 'n': if (out) *out = nullptr; return literal("null");
      default: return number(out);
    }
  }

  bool open() {
    if (frames_.size() + 1 > limits_.maxDepth) return fail(here(), "too_deep", {std::to_string(limits_.maxDepth)});
    ++at_;
    return true;
  }

  bool object(Json* out, bool deep) {
    if (!open()) return false;
    if (out) *out = Json::object();
    Json::object_t::Container* members = deep ? &out->get_ref<Json::object_t&>() : nullptr;
    // Members are pairs with a const key: a growing list copies them whole,
    // so room is made first (a report's top level has a dozen).
    if (members) members->reserve(frames_.empty() ? 16 : 8);
    // The keys of an object not built, one after another (length, then
    // bytes) in this depth's buffer: duplicates are refused there too.
    while (!members && shapeKeys_.size() <= frames_.size()) shapeKeys_.push_back(std::make_unique<std::string>());
    std::string* seen = members ? nullptr : shapeKeys_[frames_.size()].get();
    if (seen) seen->clear();
    frames_.push_back({false});
    skipSpace();
    if (at_ < text_.size() && text_[at_] == '}') return close();
    for (std::size_t n = 0;; ++n) {
      frames_.back().keys = nullptr;  // the last member's key may move while this one is read
      if (at_ >= text_.size() || text_[at_] != '"') return syntax();
      // A kept key is its own string; one not kept goes straight into the
      // depth's buffer, after room for its length.
      std::string kept;
      const std::size_t from = seen ? seen->size() : 0;
      if (seen) seen->append(sizeof(std::uint32_t), '\0');
      if (!(seen ? string(*seen, std::string::npos, [] { return false; }) : string(kept, std::string::npos, [] { return false; })))
        return false;
      const std::uint32_t size = static_cast<std::uint32_t>(seen ? seen->size() - from - sizeof size : kept.size());
      if (seen) std::memcpy(&(*seen)[from], &size, sizeof size);
      const std::string_view key = seen ? std::string_view(seen->data() + from + sizeof size, size) : std::string_view(kept);
      if (key.size() > limits_.maxKeyBytes)
        return fail(container(), "key_too_long", {std::to_string(limits_.maxKeyBytes), echo(key)});
      if (seen) frames_.back() = Frame{false, 0, seen, from + sizeof size, size};
      else frames_.back() = Frame{false, 0, &kept, 0, kept.size()};
      if (members ? hasMember(*members, key) : hasKey(std::string_view(seen->data(), from), key))
        return fail(here(), "duplicate_key", {echo(key)});
      if (n >= limits_.maxObjectKeys) return fail(container(), "too_many_keys", {std::to_string(limits_.maxObjectKeys)});
      skipSpace();
      if (at_ >= text_.size() || text_[at_] != ':') return syntax();
      ++at_;
      skipSpace();
      if (members) {
        // A member of the top level named in shapeOnly: read in full, kept empty.
        const bool shapeOnly = frames_.size() == 1 && isShapeOnly(kept);
        members->emplace_back(std::move(kept), Json());
        frames_.back() = Frame{false, 0, &members->back().first, 0, members->back().first.size()};
        if (!value(&members->back().second, !shapeOnly)) return false;
      } else {
        if (!value(nullptr, false)) return false;
      }
      skipSpace();
      if (at_ < text_.size() && text_[at_] == ',') { ++at_; skipSpace(); continue; }
      if (at_ < text_.size() && text_[at_] == '}') return close();
      return syntax();
    }
  }

  static bool hasMember(const Json::object_t::Container& members, std::string_view key) {
    for (const auto& m : members)
      if (m.first == key) return true;
    return false;
  }
  static bool hasKey(std::string_view seen, std::string_view key) {
    for (std::size_t at = 0; at < seen.size();) {
      std::uint32_t size;
      std::memcpy(&size, seen.data() + at, sizeof size);
      if (size == key.size() && std::memcmp(seen.data() + at + sizeof size, key.data(), size) == 0) return true;
      at += sizeof size + size;
    }
    return false;
  }

  bool array(Json* out, bool deep) {
    if (!open()) return false;
    if (out) *out = Json::array();
    Json::array_t* items = deep ? &out->get_ref<Json::array_t&>() : nullptr;
    frames_.push_back({true});
    skipSpace();
    if (at_ < text_.size() && text_[at_] == ']') return close();
    for (std::size_t n = 0;; ++n) {
      frames_.back().index = n;
      if (n >= limits_.maxArrayItems) return fail(container(), "array_too_long", {std::to_string(limits_.maxArrayItems)});
      if (items) items->emplace_back();
      if (!value(items ? &items->back() : nullptr, true)) return false;
      skipSpace();
      if (at_ < text_.size() && text_[at_] == ',') { ++at_; skipSpace(); continue; }
      if (at_ < text_.size() && text_[at_] == ']') return close();
      return syntax();
    }
  }

  bool close() {
    ++at_;
    frames_.pop_back();
    return true;
  }

  bool isShapeOnly(const std::string& key) const {
    for (std::string_view k : shapeOnly_)
      if (k == key) return true;
    return false;
  }

  // A string at at_ (its opening quote) into out; more than max bytes calls tooLong().
  template <typename Out, typename TooLong>
  bool string(Out& out, std::size_t max, TooLong tooLong) {
    ++at_;
    for (;;) {
      // A run of plain bytes is copied at once.
      std::size_t run = plainRun(at_);
      out.append(text_.data() + at_, run - at_);
      at_ = run;
      if (out.size() > max) return tooLong();
      if (at_ >= text_.size() || static_cast<unsigned char>(text_[at_]) < 0x20) return syntax();
      if (text_[at_] == '"') { ++at_; return true; }
      escaped_.clear();
      if (!escape(escaped_)) return false;
      out.append(escaped_.data(), escaped_.size());
    }
  }

  // The escape at at_ (its backslash), decoded into out.
  bool escape(std::string& out) {
    const std::size_t backslash = at_++;
    if (at_ >= text_.size()) return syntax();
    char c = text_[at_++];
    switch (c) {
      case '"': case '\\': case '/': out += c; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: --at_; return syntax();
    }
    auto hex4 = [&](unsigned& v) {
      v = 0;
      for (int i = 0; i < 4; ++i, ++at_) {
        if (at_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[at_]))) return syntax();
        char h = text_[at_];
        v = v * 16 + static_cast<unsigned>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
      }
      return true;
    };
    unsigned cp = 0;
    if (!hex4(cp)) return false;
    // An escaped half of a UTF-16 pair alone ("\ud83d") is broken text, not
    // broken JSON: the user's fix is the text encoding, so it says so.
    auto lone = [&] { return fail(here(), "invalid_utf8", {std::to_string(backslash + 1)}); };
    if (cp >= 0xDC00 && cp <= 0xDFFF) return lone();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (text_.substr(at_, 2) != "\\u") return lone();
      at_ += 2;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return lone();
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, static_cast<char32_t>(cp));
    return true;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?  An integer is kept as
  // one (unsigned when not negative) while it fits 64 bits, else as a double,
  // as nlohmann's parser does; a double that overflows is refused.
  bool number(Json* out) {
    const std::size_t start = at_;
    auto digit = [&] { return at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; };
    auto digits = [&] {
      if (!digit()) return false;
      while (digit()) ++at_;
      return true;
    };
    bool negative = at_ < text_.size() && text_[at_] == '-';
    if (negative) ++at_;
    if (!digit()) return syntax();
    if (text_[at_] == '0') ++at_;
    else digits();
    bool integral = true;
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_, integral = false;
      if (!digits()) return syntax();
    }
    bool exponent = at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E');
    if (exponent) {
      ++at_, integral = false;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      if (!digits()) return syntax();
    }
    // Not kept, and too short to overflow a double: no need to convert it.
    if (!out && !exponent && at_ - start < 300) return true;
    if (out && !exponent && exactly(start + negative, negative, integral, out)) return true;
    const std::string token(text_.substr(start, at_ - start));
    if (integral) {
      errno = 0;
      char* end = nullptr;
      if (negative) {
        long long v = std::strtoll(token.c_str(), &end, 10);
        if (errno == 0) { if (out) *out = static_cast<std::int64_t>(v); return true; }
      } else {
        unsigned long long v = std::strtoull(token.c_str(), &end, 10);
        if (errno == 0) { if (out) *out = static_cast<std::uint64_t>(v); return true; }
      }
    }
    double d = std::strtod(token.c_str(), nullptr);
    if (!std::isfinite(d)) {
      at_ = start;
      return syntax();
    }
    if (out) *out = d;
    return true;
  }

  // A number without exponent whose digits fit in 15 (a report's scores and
  // levels), made without strtod: an integer as it is; a decimal as its
  // digits over a power of ten, both exact in a double, so the division is
  // the correctly rounded value strtod gives (Clinger's fast path).
  bool exactly(std::size_t from, bool negative, bool integral, Json* out) const {
    static const double kTens[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t digits = 0;
    int count = 0, after = 0;
    for (std::size_t i = from; i < at_; ++i) {
      if (text_[i] == '.') { after = static_cast<int>(at_ - i - 1); continue; }
      digits = digits * 10 + static_cast<unsigned>(text_[i] - '0');
      if (++count > 15) return false;
    }
    if (integral) {
      if (negative) *out = -static_cast<std::int64_t>(digits);
      else *out = digits;
      return true;
    }
    const double d = static_cast<double>(digits) / kTens[after];
    *out = negative ? -d : d;
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  std::initializer_list<std::string_view> shapeOnly_;
  std::size_t at_ = 0, values_ = 0;
  std::vector<Frame> frames_;
  std::string escaped_;                 // the bytes of one escape, decoded
  // Per depth; each its own allocation, so that growing the list moves none
  // (frames point into them). Not a deque: its code is 4 KB of WebAssembly.
  std::vector<std::unique_ptr<std::string>> shapeKeys_;
  std::optional<Error> error_;
};

}  // namespace

std::string jsonPathKey(const std::string& parent, const std::string& key) {
  if (isIdentifier(key) && key.size() <= limits::kEcho) return parent + "." + key;
  json quoted = echo(key);
  return parent + "[" + quoted.dump(-1, ' ', false, json::error_handler_t::replace) + "]";
}

std::string jsonPathIndex(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

Error invalidUtf8Error(std::string path, std::string_view text, std::size_t bad) {
  std::string kind = guessEncoding(text);
  std::string code = kind == "other" ? "invalid_utf8" : "invalid_utf8_" + kind;
  return Error{std::move(path), code, {std::to_string(bad + 1)}};
}

Result<Json> parseStrictJson(std::string_view text, const JsonLimits& limits,
                             std::initializer_list<std::string_view> shapeOnly) {
  if (text.size() > limits.maxBytes)
    return Result<json>::fail(Error{"$", "too_large", {std::to_string(limits.maxBytes / (1024 * 1024))}});
  if (const char* kind = fileKind(text)) return Result<json>::fail(Error{"$", std::string("foreign_") + kind, {}});
  std::size_t bad = findInvalidUtf8(text);  // in the whole file: positions are the file's own
  if (bad != std::string_view::npos) return Result<json>::fail(invalidUtf8Error("$", text, bad));
  // One byte-order mark (Windows editors write it) is allowed; nlohmann
  // would silently skip a second one, so that is refused here.
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  std::string_view body = text.substr(0, 3) == kBom ? text.substr(3) : text;
  if (body.substr(0, 3) == kBom)
    return Result<json>::fail(Error{"$", "invalid_json", lineColumn(text, text.size() - body.size())});
  // nlohmann takes a NUL byte for the end of the input: text after it would
  // be ignored. A NUL is never valid JSON (inside a string it must be escaped).
  if (std::size_t nul = body.find('\0'); nul != std::string_view::npos)
    return Result<json>::fail(Error{"$", "invalid_json", lineColumn(text, text.size() - body.size() + nul)});
  text = body;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Result<json>::fail(Error{"$", "empty", {}});

  return StrictParser(text, limits, shapeOnly).run();
}

Json parseOwnJson(std::string_view text) {
  JsonLimits open;
  open.maxBytes = open.maxStringBytes = open.maxArrayItems = open.maxObjectKeys = open.maxKeyBytes = open.maxValues =
      std::numeric_limits<std::size_t>::max();
  Result<Json> r = parseStrictJson(text, open);
  return r.ok() ? std::move(*r.value) : Json();
}

}  // namespace lestari
