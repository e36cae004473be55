#pragma once
// JSON written value by value exactly as Json::dump writes it (indented by
// two spaces, or compact), without building the document as a tree first: a
// report written on every click, a room of ten thousand innovations.
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json.h"

namespace lestari {

class JsonWriter {
 public:
  // depth: how many levels in the first value is (its members indented one more).
  explicit JsonWriter(std::string& out, bool pretty = true, unsigned depth = 0);
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void beginObject();
  void endObject();
  void beginArray();
  void endArray();
  // A member's key (inside an object); its value comes next.
  void key(std::string_view k);
  // A value: a scalar, or a small tree written whole.
  void value(const Json& v);
  // Every member of a small object tree, as members of the object open here
  // (a document's head, then members written one by one).
  void members(const Json& object);
  template <typename T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(Json(v));
  }

 private:
  void before();  // the separator and the line a value starts on
  void end(char close);
  std::string& out_;
  nlohmann::detail::serializer<Json> write_;
  bool pretty_;
  unsigned depth_;
  std::vector<std::size_t> open_;  // values written in each open container
  bool afterKey_ = false;
};

}  // namespace lestari
