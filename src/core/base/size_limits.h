#pragma once
// Every size limit of Lestari, decided once (docs/limits.md). The browser
// layer reads them through lestari.limits() and refuses what is over them
// before anything is copied into WebAssembly memory.
#include <cstddef>

namespace lestari::limits {

// A report file (picker, drop, importReport, scoreReports, an autosave). A
// full report is about 40 KB; 5 MB leaves room for long notes and pretty-printing.
inline constexpr std::size_t kFileBytes = 5 * 1024 * 1024;
// JSON structure of a report: nesting, one string, one list, one object, all values.
inline constexpr std::size_t kDepth = 16;
inline constexpr std::size_t kStringBytes = 64 * 1024;
inline constexpr std::size_t kArrayItems = 2000;
inline constexpr std::size_t kObjectKeys = 200;
inline constexpr std::size_t kKeyBytes = 128;     // field names are short words
inline constexpr std::size_t kValues = 50000;     // a report holds about 500
// Arguments of one automation call, besides a report text (which is a file).
inline constexpr std::size_t kCallArgsBytes = 256 * 1024;
// Errors listed for one input; the rest are counted ("… and N more").
inline constexpr std::size_t kErrors = 50;
// Characters of a user value echoed in a message.
inline constexpr std::size_t kEcho = 60;
// A chat pasted into the room ("Tempel dari chat"): about 350 share codes
// with their messages around them. Longer chats are opened as a file.
inline constexpr std::size_t kChatChars = 100000;
// A room (a training event's reports): far above any real event, so that a
// mistaken drop or a script cannot take the page's memory (100,000 codes
// held 243 MB). Past it nothing more is read; the room says how many were
// not. Failed files are listed up to kRoomFailedListed and then only counted.
inline constexpr std::size_t kRoomReports = 20000;
inline constexpr std::size_t kRoomFailedListed = 1000;

}  // namespace lestari::limits
