#include "strict_json.h"

#include <cctype>
#include <limits>
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

// Builds the DOM like nlohmann's own SAX DOM parser, but refuses what a
// readiness report never contains (duplicate keys, deep nesting, huge strings).
class StrictSax {
 public:
  StrictSax(const JsonLimits& limits, std::string_view text) : limits_(limits), text_(text) {}

  bool null() { return value(json(nullptr)); }
  bool boolean(bool v) { return value(json(v)); }
  bool number_integer(json::number_integer_t v) { return value(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
  bool number_float(json::number_float_t v, const std::string&) { return value(json(v)); }
  bool string(std::string& v) {
    if (v.size() > limits_.maxStringBytes)
      return fail(childPath(), "string_too_long", {std::to_string(limits_.maxStringBytes)});
    return value(json(std::move(v)));
  }
  bool binary(json::binary_t&) { return fail(childPath(), "invalid_json", {"?", "?"}); }

  bool start_object(std::size_t) { return open(json::object()); }
  bool key(std::string& k) {
    json& obj = *stack_.back().node;
    if (k.size() > limits_.maxKeyBytes)
      return fail(stack_.back().path, "key_too_long", {std::to_string(limits_.maxKeyBytes), echo(k)});
    if (obj.find(k) != obj.end())
      return fail(jsonPathKey(stack_.back().path, k), "duplicate_key", {echo(k)});
    if (obj.size() >= limits_.maxObjectKeys)
      return fail(stack_.back().path, "too_many_keys", {std::to_string(limits_.maxObjectKeys)});
    key_ = std::move(k);
    return true;
  }
  bool end_object() { stack_.pop_back(); return true; }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { stack_.pop_back(); return true; }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    // nlohmann reports the byte just past the offending token.
    std::size_t pos = position > 0 ? position - 1 : 0;
    // An escaped half of a UTF-16 pair alone ("\ud83d") is broken text, not
    // broken JSON: the user's fix is the text encoding, so it says so.
    if (std::string_view(ex.what()).find("surrogate") != std::string_view::npos)
      return fail(childPath(), "invalid_utf8", {std::to_string(pos + 1)});
    return fail("$", "invalid_json", lineColumn(text_, pos));
  }

  json root;
  Errors errors;

 private:
  struct Frame { json* node; std::string path; };

  std::string childPath() const {
    if (stack_.empty()) return "$";
    const Frame& top = stack_.back();
    return top.node->is_array() ? jsonPathIndex(top.path, top.node->size()) : jsonPathKey(top.path, key_);
  }
  json* insert(json&& v) {
    if (++values_ > limits_.maxValues) return nullptr;
    if (stack_.empty()) { root = std::move(v); return &root; }
    json& parent = *stack_.back().node;
    if (parent.is_array()) {
      if (parent.size() >= limits_.maxArrayItems) return nullptr;
      parent.push_back(std::move(v));
      return &parent.back();
    }
    return &(parent[key_] = std::move(v));
  }
  bool value(json&& v) {
    if (!insert(std::move(v))) return overflow();
    return true;
  }
  // Why insert() refused: too many values in all, or in this list.
  bool overflow() {
    if (values_ > limits_.maxValues) return fail("$", "too_many_values", {std::to_string(limits_.maxValues)});
    return fail(stack_.back().path, "array_too_long", {std::to_string(limits_.maxArrayItems)});
  }
  bool open(json&& container) {
    std::string path = childPath();
    if (stack_.size() + 1 > limits_.maxDepth) return fail(path, "too_deep", {std::to_string(limits_.maxDepth)});
    json* node = insert(std::move(container));
    if (!node) return overflow();
    stack_.push_back({node, std::move(path)});
    return true;
  }
  bool fail(std::string path, const char* code, std::vector<std::string> args) {
    if (errors.empty()) errors.push_back({std::move(path), code, std::move(args)});
    return false;
  }

  const JsonLimits& limits_;
  std::string_view text_;
  std::vector<Frame> stack_;
  std::string key_;
  std::size_t values_ = 0;
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

Result<Json> parseStrictJson(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.maxBytes)
    return Result<json>::fail(Error{"$", "too_large", {std::to_string(limits.maxBytes / (1024 * 1024))}});
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

  StrictSax sax(limits, text);
  bool ok = json::sax_parse(text.begin(), text.end(), &sax, json::input_format_t::json, true, false);
  if (!ok || !sax.errors.empty()) {
    if (sax.errors.empty()) sax.errors.push_back({"$", "invalid_json", {"?", "?"}});
    return Result<json>::fail(std::move(sax.errors));
  }
  return Result<json>{std::move(sax.root), {}};
}

Json parseOwnJson(std::string_view text) {
  JsonLimits open;
  open.maxBytes = open.maxStringBytes = open.maxArrayItems = open.maxObjectKeys = open.maxKeyBytes = open.maxValues =
      std::numeric_limits<std::size_t>::max();
  Result<Json> r = parseStrictJson(text, open);
  return r.ok() ? std::move(*r.value) : Json();
}

}  // namespace lestari
