// Reads the checklist and the translations from the pre-parsed tables that
// scripts/build/make_tables.py writes from assets/*.json (its docstring has
// the format). The browser build starts from these: no JSON parser runs, and
// so none is compiled, before the first frame. The native tests check that
// both paths give the same checklist and translations.
#include <cstdint>
#include <cstring>

#include "core/model/checklist.h"
#include "core/model/translations.h"

namespace lestari {

namespace {

// Reads values in order and stops at the first one that does not fit: a
// damaged table gives an error, never a read past its end or a huge allocation.
class TableReader {
 public:
  TableReader(std::string_view bytes, const char (&magic)[5]) : in_(bytes) {
    ok_ = in_.size() >= 4 && std::memcmp(in_.data(), magic, 4) == 0;
    pos_ = 4;
  }

  // A whole number of at most `max`.
  std::size_t number(std::size_t max = 1u << 30) {
    std::uint64_t v = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
      if (pos_ >= in_.size()) break;
      auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) {
        if (v <= max) return static_cast<std::size_t>(v);
        break;
      }
    }
    ok_ = false;
    return 0;
  }
  // A count of values still to come: each takes at least one byte.
  std::size_t count() {
    std::size_t n = number();
    if (n > in_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  std::string string() {
    std::size_t n = count();
    std::string s(ok_ ? in_.substr(pos_, n) : std::string_view());
    pos_ += s.size();
    return s;
  }
  Text text() {
    Text t;
    t.id = string();
    t.en = string();
    return t;
  }
  double real() {
    if (in_.size() - pos_ < 8) ok_ = false;
    if (!ok_) return 0;
    std::uint64_t bits = 0;
    for (int i = 7; i >= 0; --i) bits = bits << 8 | static_cast<unsigned char>(in_[pos_ + static_cast<std::size_t>(i)]);
    pos_ += 8;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  // Several values in order, each read as its type says.
  template <typename... T>
  void read(T&... values) {
    (into(values), ...);
  }
  // Whether every value was read and nothing is left over.
  bool complete() const { return ok_ && pos_ == in_.size(); }

 private:
  void into(std::string& v) { v = string(); }
  void into(Text& v) { v = text(); }
  void into(double& v) { v = real(); }
  void into(std::size_t& v) { v = number(); }
  void into(std::int64_t& v) { v = static_cast<std::int64_t>(number()); }

  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = false;
};

Error damaged(const char* table) { return Error{"$", "damaged_table", {table}}; }

}  // namespace

Result<Checklist> Checklist::fromTable(std::string_view bytes) {
  TableReader r(bytes, "LCK1");
  Checklist c;
  r.read(c.id, c.version, c.title, c.maxNoteLength, c.actionMaxLength, c.picMaxLength, c.actionNoteMaxLength);
  for (Text& name : c.levelNames) r.read(name);
  c.bands.resize(r.count());
  for (Band& b : c.bands) r.read(b.id, b.min, b.label, b.description);
  r.read(c.weakestLinkThreshold, c.weakestLinkCapBand);
  c.profile.resize(r.count());
  for (ProfileField& f : c.profile) {
    r.read(f.id);
    f.type = static_cast<FieldType>(r.number(static_cast<std::size_t>(FieldType::Year)));
    r.read(f.label, f.help, f.maxLength, f.min, f.max);
    f.options.resize(r.count());
    for (ChoiceOption& o : f.options) r.read(o.id, o.label);
  }
  c.factors.resize(r.count());
  for (Factor& f : c.factors) {
    r.read(f.id, f.title, f.shortTitle, f.description, f.weight);
    f.stageReasons.resize(r.count());
    for (Text& reason : f.stageReasons) r.read(reason);
    f.indicators.resize(r.count());
    for (Indicator& ind : f.indicators) {
      r.read(ind.id, ind.question, ind.guidance, ind.evidenceSufficient, ind.evidenceInsufficient, ind.recommendation);
      for (Text& level : ind.levels) r.read(level);
      ind.expected.resize(r.count());
      for (int& level : ind.expected) level = static_cast<int>(r.number(kMaxLevel));
    }
  }
  if (!r.complete()) return Result<Checklist>::fail(damaged("checklist"));
  return Result<Checklist>{std::move(c), {}};
}

Result<Translations> Translations::fromTable(std::string_view bytes) {
  TableReader r(bytes, "LST1");
  Translations s;
  for (std::size_t n = r.count(); n > 0; --n) {
    std::string key = r.string();
    s.table_.emplace_hint(s.table_.end(), std::move(key), r.text());
  }
  if (!r.complete()) return Result<Translations>::fail(damaged("strings"));
  return Result<Translations>{std::move(s), {}};
}

}  // namespace lestari
