#include "core/room/workbook.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text/text.h"

namespace lestari {

namespace {
constexpr std::string_view kHead = "lestari-workbook 1";

std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += ch;
    }
  }
  return out;
}

std::optional<std::string> unescaped(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') { out += s[i]; continue; }
    if (++i == s.size()) return std::nullopt;
    const char c = s[i];
    if (c == '\\') out += '\\';
    else if (c == 't') out += '\t';
    else if (c == 'n') out += '\n';
    else if (c == 'r') out += '\r';
    else return std::nullopt;
  }
  return out;
}

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::optional<double> parseNumber(std::string_view s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  std::string copy(s);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }
}  // namespace

std::string spreadsheetText(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t bad = findInvalidUtf8(text.substr(i, 4));
    if (bad == 0) {  // a broken byte
      out += kReplacement;
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = nextCodePoint(text, i);
    if (cp == 0 || cp == 0xFFFE || cp == 0xFFFF) {
      out += kReplacement;
    } else {
      if (cp == '_' && start + 7 <= text.size() && text[start + 1] == 'x' && isHex(text[start + 2]) && isHex(text[start + 3]) &&
          isHex(text[start + 4]) && isHex(text[start + 5]) && text[start + 6] == '_')
        out += "_x005F";
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string workbookText(const Workbook& w) {
  std::string out(kHead);
  out += '\n';
  for (const Sheet& s : w.sheets) {
    out += "sheet\t" + escaped(s.name) + "\t" + std::to_string(s.frozenRows) + "\n";
    out += "widths";
    for (double width : s.widths) out += "\t" + number(width);
    out += "\n";
    for (const auto& row : s.rows) {
      out += "row\n";
      for (const Cell& c : row) {
        if (c.kind == Cell::Kind::Number) out += "n\t" + number(c.number) + "\n";
        else if (c.kind == Cell::Kind::Text) out += "t\t" + escaped(c.text) + "\n";
        else out += "e\n";
      }
    }
  }
  return out;
}

Result<Workbook> parseWorkbookText(std::string_view text) {
  Workbook w;
  std::size_t pos = 0, line = 0;
  auto fail = [&line]() { return Result<Workbook>::fail(Error{"$", "workbook_invalid", {std::to_string(line)}}); };
  bool inRow = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (line == 1) {
      if (l != kHead) return fail();
      continue;
    }
    const std::vector<std::string_view> f = fields(l);
    const std::string_view kind = f[0];
    if (kind == "sheet" && f.size() == 3) {
      auto name = unescaped(f[1]);
      auto frozen = parseNumber(f[2]);
      if (!name || !frozen || *frozen < 0 || *frozen > 100 || *frozen != std::floor(*frozen)) return fail();
      w.sheets.push_back(Sheet{*name, static_cast<int>(*frozen), {}, {}});
      inRow = false;
      continue;
    }
    if (w.sheets.empty()) return fail();
    Sheet& s = w.sheets.back();
    if (kind == "widths") {
      for (std::size_t i = 1; i < f.size(); ++i) {
        auto width = parseNumber(f[i]);
        if (!width || *width < 0 || *width > 255) return fail();
        s.widths.push_back(*width);
      }
    } else if (kind == "row" && f.size() == 1) {
      s.rows.emplace_back();
      inRow = true;
    } else if (!inRow) {
      return fail();
    } else if (kind == "e" && f.size() == 1) {
      s.rows.back().push_back(Cell{});
    } else if (kind == "n" && f.size() == 2) {
      auto v = parseNumber(f[1]);
      if (!v) return fail();
      s.rows.back().push_back(Cell::of(*v));
    } else if (kind == "t" && f.size() == 2) {
      auto v = unescaped(f[1]);
      if (!v) return fail();
      s.rows.back().push_back(Cell::of(std::move(*v)));
    } else {
      return fail();
    }
  }
  if (line == 0) return fail();
  return Result<Workbook>{std::move(w), {}};
}

}  // namespace lestari
