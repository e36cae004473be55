#include "core/model/translations.h"

#include "core/json/json_read.h"
#include "core/base/size_limits.h"
#include "core/json/strict_json.h"

namespace lestari {

using json = Json;

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos && close > i + 1 && close - i <= 3) {
        bool digits = true;
        std::size_t n = 0;
        for (std::size_t k = i + 1; k < close; ++k) {
          digits = digits && pattern[k] >= '0' && pattern[k] <= '9';
          n = n * 10 + static_cast<std::size_t>(pattern[k] - '0');
        }
        if (digits && n < args.size()) {
          out += args[n];
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

Result<Translations> Translations::load(std::string_view text) {
  JsonLimits limits;
  limits.maxObjectKeys = 10000;  // one key per user-facing text
  auto doc = parseStrictJson(text, limits);
  if (!doc.ok()) return Result<Translations>::fail(doc.errors);
  Errors errors;
  JsonReader r(errors);
  const json& root = *doc.value;
  if (!r.isObject(root, "$")) return Result<Translations>::fail(errors);
  const json* id = r.member(root, "$", "id", true);
  const json* en = r.member(root, "$", "en", true);
  if (!id || !en || !r.isObject(*id, "$.id") || !r.isObject(*en, "$.en")) return Result<Translations>::fail(errors);
  Translations s;
  for (auto it = id->begin(); it != id->end(); ++it) {
    auto other = en->find(it.key());
    if (!it->is_string()) { r.add(jsonPathKey("$.id", it.key()), "wrong_type", {"string", jsonTypeName(*it)}); continue; }
    if (other == en->end() || !other->is_string()) { r.add(jsonPathKey("$.en", it.key()), "missing_field", {it.key()}); continue; }
    s.table_[it.key()] = Text{it->get<std::string>(), other->get<std::string>()};
  }
  for (auto it = en->begin(); it != en->end(); ++it)
    if (id->find(it.key()) == id->end()) r.add(jsonPathKey("$.id", it.key()), "missing_field", {it.key()});
  if (!errors.empty()) return Result<Translations>::fail(errors);
  return Result<Translations>{std::move(s), {}};
}

const std::string& Translations::get(std::string_view key, Lang lang) const {
  auto it = table_.find(key);
  if (it == table_.end()) {
    missing_ = std::string(key);  // shown as is: a visible, harmless gap
    return missing_;
  }
  return it->second.in(lang);
}

std::string Translations::format(std::string_view key, Lang lang, const std::vector<std::string>& args) const {
  return fillPlaceholders(get(key, lang), args);
}

std::string Translations::message(const Error& e, Lang lang) const {
  std::vector<std::string> args = e.args;
  for (auto& a : args)  // a last guard: values are echoed short where errors are made
    if (a.size() > 4 * limits::kEcho) a = echo(a, limits::kEcho);
  return format("error." + e.code, lang, args);
}

bool Translations::has(std::string_view key) const { return table_.find(key) != table_.end(); }

std::vector<std::string> Translations::keys() const {
  std::vector<std::string> out;
  for (const auto& kv : table_) out.push_back(kv.first);
  return out;
}

}  // namespace lestari
