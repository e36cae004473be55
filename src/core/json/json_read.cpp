#include "core/json/json_read.h"

#include <cmath>

#include "core/base/size_limits.h"
#include "core/json/strict_json.h"

namespace lestari {

using json = Json;

const char* jsonTypeName(const json& v) {
  switch (v.type()) {
    case json::value_t::object: return "object";
    case json::value_t::array: return "array";
    case json::value_t::string: return "string";
    case json::value_t::boolean: return "boolean";
    case json::value_t::null: return "null";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number";
    default: return "other";
  }
}

void JsonReader::add(std::string path, std::string code, std::vector<std::string> args) {
  if (errors_.size() >= limits::kErrors) { ++dropped_; return; }
  for (auto& a : args) a = echo(a);
  errors_.push_back({std::move(path), std::move(code), std::move(args)});
}

Errors JsonReader::finish() {
  Errors out = std::move(errors_);
  if (dropped_) out.push_back({"$", "more_errors", {std::to_string(dropped_)}});
  errors_.clear();
  dropped_ = 0;
  return out;
}

const json* JsonReader::member(const json& obj, const std::string& path, const char* key, bool required) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(std::string_view(key));  // compared by length first, not by strlen each time
  if (it == obj.end()) {
    if (required) add(jsonPathKey(path, key), "missing_field", {key});
    return nullptr;
  }
  return &*it;
}

bool JsonReader::isObject(const json& v, const std::string& path) {
  if (v.is_object()) return true;
  add(path, "wrong_type", {"object", jsonTypeName(v)});
  return false;
}

bool JsonReader::isArray(const json& v, const std::string& path) {
  if (v.is_array()) return true;
  add(path, "wrong_type", {"array", jsonTypeName(v)});
  return false;
}

const std::string* JsonReader::text(const json& obj, const std::string& path, const char* key, bool required,
                                    std::size_t maxChars) {
  const json* v = member(obj, path, key, required);
  if (!v) return nullptr;
  // The path is spelled out only for an error (a room reads thousands of fields).
  if (!v->is_string()) { add(jsonPathKey(path, key), "wrong_type", {"string", jsonTypeName(*v)}); return nullptr; }
  const std::string& s = v->get_ref<const std::string&>();
  if (s.size() > maxChars && utf8Length(s) > maxChars) {
    add(jsonPathKey(path, key), "text_too_long", {std::to_string(maxChars)});
    return nullptr;
  }
  return &s;
}

std::optional<std::string> JsonReader::string(const json& obj, const std::string& path, const char* key,
                                              bool required, std::size_t maxChars) {
  if (const std::string* s = text(obj, path, key, required, maxChars)) return *s;
  return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const json& obj, const std::string& path, const char* key, bool required) {
  const json* v = member(obj, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) { add(jsonPathKey(path, key), "wrong_type", {"boolean", jsonTypeName(*v)}); return std::nullopt; }
  return v->get<bool>();
}

std::optional<double> JsonReader::number(const json& obj, const std::string& path, const char* key, bool required) {
  const json* v = member(obj, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) { add(jsonPathKey(path, key), "wrong_type", {"number", jsonTypeName(*v)}); return std::nullopt; }
  return v->get<double>();
}

std::optional<std::int64_t> JsonReader::integer(const json& obj, const std::string& path, const char* key,
                                                bool required, std::int64_t min, std::int64_t max) {
  const json* v = member(obj, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) { add(jsonPathKey(path, key), "wrong_type", {"integer", jsonTypeName(*v)}); return std::nullopt; }
  if (!isIntegral(*v)) { add(jsonPathKey(path, key), "not_integer", {v->dump()}); return std::nullopt; }
  if (!integerIn(*v, min, max)) {
    add(jsonPathKey(path, key), "out_of_range", {std::to_string(min), std::to_string(max)});
    return std::nullopt;
  }
  return v->is_number_float() ? static_cast<std::int64_t>(v->get<double>()) : v->get<std::int64_t>();
}

bool isIntegral(const json& v) {
  if (v.is_number_integer()) return true;
  if (!v.is_number_float()) return false;
  double d = v.get<double>();
  return std::isfinite(d) && std::floor(d) == d;
}

bool integerIn(const json& v, std::int64_t min, std::int64_t max) {
  if (!isIntegral(v)) return false;
  if (v.is_number_unsigned()) {  // may be past INT64_MAX
    std::uint64_t u = v.get<std::uint64_t>();
    return max >= 0 && u <= static_cast<std::uint64_t>(max) && (min <= 0 || u >= static_cast<std::uint64_t>(min));
  }
  double d = v.get<double>();
  if (d < static_cast<double>(min) || d > static_cast<double>(max)) return false;
  if (v.is_number_integer()) return v.get<std::int64_t>() >= min && v.get<std::int64_t>() <= max;
  return true;
}

void JsonReader::onlyKeys(const json& obj, const std::string& path, std::initializer_list<std::string_view> allowed) {
  if (!obj.is_object()) return;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (std::string_view a : allowed) known = known || it.key() == a;
    if (!known) add(jsonPathKey(path, it.key()), "unknown_field", {it.key()});
  }
}

}  // namespace lestari
