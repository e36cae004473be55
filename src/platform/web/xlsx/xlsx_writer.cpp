// The workbook writer: a WebAssembly module of its own, apart from the app's
// (it is compiled when a workbook is first asked for, never before the first
// frame). It reads a workbook's text (src/core/room/workbook.h) and writes the
// XLSX file with libxlsxwriter (Debian's source package, built with zlib's
// by emscripten.cmake), then hands the bytes to web/glue/. Errors are
// values: a code and its argument, for the app's messages
// (error.workbook_invalid, error.workbook_failed).
//
// No file system: libxlsxwriter's temporary files (tmpfile) and the zip it
// writes (fopen) are streams in memory here, through the linker's --wrap.
// Emscripten's file system would have added about 35 KB of JavaScript.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/types.h>

#include <emscripten/emscripten.h>
#include <xlsxwriter.h>

#include "core/room/workbook.h"

namespace {
std::string g_out;    // the last workbook's bytes
std::string g_error;  // "code:argument" when the last one failed
constexpr const char* kOut = "/lestari.xlsx";

// A stream in memory: read, written and sought like a file. The output one
// leaves its bytes in g_out when it is closed.
struct MemFile {
  std::string data;
  std::size_t pos = 0;
  bool output = false;
};
ssize_t memRead(void* c, char* buf, size_t n) {
  auto* f = static_cast<MemFile*>(c);
  const std::size_t k = f->pos < f->data.size() ? std::min(n, f->data.size() - f->pos) : 0;
  std::memcpy(buf, f->data.data() + f->pos, k);
  f->pos += k;
  return static_cast<ssize_t>(k);
}
ssize_t memWrite(void* c, const char* buf, size_t n) {
  auto* f = static_cast<MemFile*>(c);
  if (f->pos > f->data.size()) f->data.resize(f->pos);
  f->data.replace(f->pos, std::min(n, f->data.size() - f->pos), buf, n);
  f->pos += n;
  return static_cast<ssize_t>(n);
}
int memSeek(void* c, off_t* offset, int whence) {
  auto* f = static_cast<MemFile*>(c);
  const off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<off_t>(f->pos) : static_cast<off_t>(f->data.size());
  if (base + *offset < 0) return -1;
  f->pos = static_cast<std::size_t>(base + *offset);
  *offset = static_cast<off_t>(f->pos);
  return 0;
}
int memClose(void* c) {
  auto* f = static_cast<MemFile*>(c);
  if (f->output) g_out = std::move(f->data);
  delete f;
  return 0;
}
FILE* memFile(bool output) {
  return fopencookie(new MemFile{{}, 0, output}, "w+", cookie_io_functions_t{memRead, memWrite, memSeek, memClose});
}

int failed(const char* code, const std::string& arg) {
  g_error = std::string(code) + ":" + arg;
  return -1;
}
}  // namespace

extern "C" {

FILE* __wrap_tmpfile() { return memFile(false); }
// Only the workbook itself is opened by name (images, which would be read
// from files, are never added).
FILE* __wrap_fopen(const char* path, const char* mode) {
  if (std::strcmp(path, kOut) == 0 && mode[0] == 'w') return memFile(true);
  errno = ENOENT;
  return nullptr;
}

// Writes the workbook that `text` describes; its size in bytes, or -1 (see xlsx_error).
EMSCRIPTEN_KEEPALIVE int xlsx_write(const char* text, int length) {
  g_out.clear();
  g_error.clear();
  auto parsed = lestari::parseWorkbookText(std::string_view(text, static_cast<std::size_t>(length)));
  if (!parsed.ok()) return failed("workbook_invalid", parsed.errors[0].args.empty() ? "" : parsed.errors[0].args[0]);
  lxw_workbook* book = workbook_new(kOut);
  if (!book) return failed("workbook_failed", "workbook_new");
  lxw_format* header = workbook_add_format(book);  // the frozen rows: bold, wrapped, on top
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  for (const lestari::Sheet& s : parsed.value->sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(book, s.name.c_str());
    if (!ws) {
      workbook_close(book);
      return failed("workbook_failed", "sheet " + s.name);
    }
    for (std::size_t c = 0; c < s.widths.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), s.widths[c], nullptr);
    if (s.frozenRows > 0) worksheet_freeze_panes(ws, static_cast<lxw_row_t>(s.frozenRows), 0);
    for (std::size_t r = 0; r < s.rows.size(); ++r) {
      lxw_format* f = static_cast<int>(r) < s.frozenRows ? header : nullptr;
      for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
        const lestari::Cell& cell = s.rows[r][c];
        const auto row = static_cast<lxw_row_t>(r);
        const auto col = static_cast<lxw_col_t>(c);
        if (cell.kind == lestari::Cell::Kind::Number) worksheet_write_number(ws, row, col, cell.number, f);
        else if (cell.kind == lestari::Cell::Kind::Text) worksheet_write_string(ws, row, col, lestari::spreadsheetText(cell.text).c_str(), f);
        else if (f) worksheet_write_blank(ws, row, col, f);
      }
    }
  }
  const lxw_error closed = workbook_close(book);  // writes the zip: its bytes are in g_out
  if (closed != LXW_NO_ERROR) return failed("workbook_failed", lxw_strerror(closed));
  if (g_out.empty()) return failed("workbook_failed", "empty");
  return static_cast<int>(g_out.size());
}

EMSCRIPTEN_KEEPALIVE const unsigned char* xlsx_result() { return reinterpret_cast<const unsigned char*>(g_out.data()); }
EMSCRIPTEN_KEEPALIVE const char* xlsx_error() { return g_error.c_str(); }
EMSCRIPTEN_KEEPALIVE void xlsx_release() { std::string().swap(g_out); }

}  // extern "C"
