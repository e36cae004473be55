#include "core/room/xlsx.h"

#include <array>
#include <map>
#include <cstdio>

#include "core/json/json.h"

namespace lestari {

namespace {

constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

// Text in XML: & < > as entities, and a control character (other than tab
// and line feed), which XML cannot carry, as Office's own escape _xHHHH_
// (a text that holds _xHHHH_ literally was escaped before: spreadsheetText).
void xmlText(std::string& out, std::string_view s) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '&') out += "&amp;";
    else if (ch == '<') out += "&lt;";
    else if (ch == '>') out += "&gt;";
    else if (ch == '"') out += "&quot;";
    else if (c < 0x20 && ch != '\t' && ch != '\n') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%04X_", c);
      out += buf;
    } else {
      out += ch;
    }
  }
}

std::string number(double v) { return Json(v).dump(); }  // the shortest text that reads back the same

std::string contentTypes(std::size_t sheets) {
  std::string x = std::string(kXmlHead) +
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                  "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
  for (std::size_t i = 1; i <= sheets; ++i)
    x += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i) +
         ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  return x + "</Types>";
}

std::string workbookXml(const Workbook& w) {
  std::string x = std::string(kXmlHead) + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\"><sheets>";
  for (std::size_t i = 0; i < w.sheets.size(); ++i) {
    x += "<sheet name=\"";
    xmlText(x, w.sheets[i].name);
    x += "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
  }
  return x + "</sheets></workbook>";
}

std::string workbookRels(std::size_t sheets) {
  std::string x = std::string(kXmlHead) + "<Relationships xmlns=\"" + kPackageRel + "\">";
  for (std::size_t i = 1; i <= sheets; ++i)
    x += "<Relationship Id=\"rId" + std::to_string(i) + "\" Type=\"" + kRel + "/worksheet\" Target=\"worksheets/sheet" +
         std::to_string(i) + ".xml\"/>";
  return x + "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + kRel + "/styles\" Target=\"styles.xml\"/>" +
         "<Relationship Id=\"rId" + std::to_string(sheets + 2) + "\" Type=\"" + kRel +
         "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
}

// Two cell formats: 0 the default, 1 the frozen header rows' (bold, wrapped, on top).
std::string stylesXml() {
  return std::string(kXmlHead) + "<styleSheet xmlns=\"" + kMain + "\">" +
         "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
         "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
         "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}

// The workbook's texts, each once, in the order first used: cells name them
// by number (as spreadsheets write them; readers undo Office's _xHHHH_
// escape in these, not always in a text kept in its cell).
struct SharedStrings {
  std::map<std::string, std::size_t> index;
  std::string xml;
  std::size_t uses = 0;
  std::size_t of(const std::string& text) {
    ++uses;
    auto [it, fresh] = index.emplace(text, index.size());
    if (fresh) {
      xml += "<si><t xml:space=\"preserve\">";
      xmlText(xml, text);
      xml += "</t></si>";
    }
    return it->second;
  }
  std::string part() const {
    return std::string(kXmlHead) + "<sst xmlns=\"" + kMain + "\" count=\"" + std::to_string(uses) + "\" uniqueCount=\"" +
           std::to_string(index.size()) + "\">" + xml + "</sst>";
  }
};

std::string sheetXml(const Sheet& s, SharedStrings& strings) {
  std::string x = std::string(kXmlHead) + "<worksheet xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\">";
  x += "<sheetViews><sheetView workbookViewId=\"0\">";
  if (s.frozenRows > 0)
    x += "<pane ySplit=\"" + std::to_string(s.frozenRows) + "\" topLeftCell=\"" + cellName(static_cast<std::size_t>(s.frozenRows), 0) +
         "\" activePane=\"bottomLeft\" state=\"frozen\"/>";
  x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
  if (!s.widths.empty()) {
    x += "<cols>";
    for (std::size_t c = 0; c < s.widths.size(); ++c)
      x += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) + "\" width=\"" + number(s.widths[c]) +
           "\" customWidth=\"1\"/>";
    x += "</cols>";
  }
  x += "<sheetData>";
  for (std::size_t r = 0; r < s.rows.size(); ++r) {
    x += "<row r=\"" + std::to_string(r + 1) + "\">";
    const bool header = static_cast<int>(r) < s.frozenRows;
    for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
      const Cell& cell = s.rows[r][c];
      if (cell.kind == Cell::Kind::Empty && !header) continue;
      x += "<c r=\"" + cellName(r, c) + "\"" + (header ? " s=\"1\"" : "");
      if (cell.kind == Cell::Kind::Number) {
        x += "><v>" + number(cell.number) + "</v></c>";
      } else if (cell.kind == Cell::Kind::Text) {
        x += " t=\"s\"><v>" + std::to_string(strings.of(spreadsheetText(cell.text))) + "</v></c>";
      } else {
        x += "/>";
      }
    }
    x += "</row>";
  }
  return x + "</sheetData></worksheet>";
}

void le16(std::string& out, unsigned v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void le32(std::string& out, std::uint32_t v) {
  le16(out, v & 0xFFFF);
  le16(out, v >> 16);
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (const char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string cellName(std::size_t row, std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters + std::to_string(row + 1);
}

// Local headers with the data, then the central directory: stored entries,
// version 2.0, dated 1980-01-01 (no clock: the same workbook, the same bytes).
std::string zipStored(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out, central;
  for (const auto& file : files) {
    const std::string &name = file.first, &data = file.second;
    const std::uint32_t crc = crc32(data), size = static_cast<std::uint32_t>(data.size()), at = static_cast<std::uint32_t>(out.size());
    auto common = [&](std::string& h) {
      le16(h, 20), le16(h, 0), le16(h, 0);  // version needed, flags, stored
      le16(h, 0), le16(h, 0x21);            // time, date
      le32(h, crc), le32(h, size), le32(h, size);
      le16(h, static_cast<unsigned>(name.size())), le16(h, 0);  // name, extra
    };
    le32(out, 0x04034b50);
    common(out);
    out += name;
    out += data;
    le32(central, 0x02014b50);
    le16(central, 20);  // made by
    common(central);
    le16(central, 0), le16(central, 0), le16(central, 0);  // comment, disk, internal attributes
    le32(central, 0), le32(central, at);                    // external attributes, offset
    central += name;
  }
  const std::uint32_t dir = static_cast<std::uint32_t>(out.size());
  out += central;
  le32(out, 0x06054b50);
  le16(out, 0), le16(out, 0);
  le16(out, static_cast<unsigned>(files.size())), le16(out, static_cast<unsigned>(files.size()));
  le32(out, static_cast<std::uint32_t>(central.size())), le32(out, dir);
  le16(out, 0);
  return out;
}

std::string xlsxFile(const Workbook& w) {
  std::vector<std::pair<std::string, std::string>> files = {
      {"[Content_Types].xml", contentTypes(w.sheets.size())},
      {"_rels/.rels", std::string(kXmlHead) + "<Relationships xmlns=\"" + kPackageRel + "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", workbookXml(w)},
      {"xl/_rels/workbook.xml.rels", workbookRels(w.sheets.size())},
      {"xl/styles.xml", stylesXml()}};
  SharedStrings strings;
  for (std::size_t i = 0; i < w.sheets.size(); ++i)
    files.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheetXml(w.sheets[i], strings)});
  files.push_back({"xl/sharedStrings.xml", strings.part()});
  return zipStored(files);
}

}  // namespace lestari
