#include "core/json/json_writer.h"

#include <algorithm>
#include <cctype>

namespace lestari {

JsonWriter::JsonWriter(std::string& out, bool pretty, unsigned depth)
    : out_(out), write_(nlohmann::detail::output_adapter<char>(out), ' ', Json::error_handler_t::replace), pretty_(pretty), depth_(depth) {}

void JsonWriter::before() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (open_.empty()) return;
  if (open_.back()++) out_ += ',';
  if (pretty_) out_.append("\n").append(2 * (depth_ + open_.size()), ' ');
}

void JsonWriter::beginObject() {
  before();
  out_ += '{';
  open_.push_back(0);
}

void JsonWriter::beginArray() {
  before();
  out_ += '[';
  open_.push_back(0);
}

void JsonWriter::endObject() { end('}'); }
void JsonWriter::endArray() { end(']'); }

// An empty container closes on its own line's end ("[]"), a full one on a line of its own.
void JsonWriter::end(char close) {
  const std::size_t n = open_.back();
  open_.pop_back();
  if (pretty_ && n) out_.append("\n").append(2 * (depth_ + open_.size()), ' ');
  out_ += close;
}

void JsonWriter::key(std::string_view k) {
  before();
  const bool plain = std::all_of(k.begin(), k.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; });
  if (plain) out_.append("\"").append(k).append("\"");
  else write_.dump(Json(k), false, false, 0);  // escaped as dump escapes it
  out_ += pretty_ ? ": " : ":";
  afterKey_ = true;
}

void JsonWriter::value(const Json& v) {
  before();
  write_.dump(v, pretty_, false, pretty_ ? 2 : 0, 2 * (depth_ + static_cast<unsigned>(open_.size())));
}

void JsonWriter::members(const Json& object) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    key(it.key());
    value(it.value());
  }
}

}  // namespace lestari
