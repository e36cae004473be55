#include "core/report/chat_message.h"

namespace lestari {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The time among a header's words, without its seconds: "10.04", "10:04",
// "10:04 AM". A word is a time when it is H:MM or H.MM, with seconds or
// not; a date can look like one ("07.12.26"), so a word with a colon wins,
// and else the last such word (an export writes the date first).
std::string timeIn(std::string_view s) {
  std::string found;
  bool colon = false;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    const std::string_view w = s.substr(i, j - i);
    const std::size_t h = w.size() > 1 && digit(w[0]) && digit(w[1]) ? 2 : w.size() > 0 && digit(w[0]) ? 1 : 0;
    const bool time = h > 0 && (w.size() == h + 3 || (w.size() == h + 6 && w[h + 3] == w[h] && digit(w[h + 4]) && digit(w[h + 5]))) &&
                      (w[h] == ':' || w[h] == '.') && digit(w[h + 1]) && digit(w[h + 2]);
    if (time && !(colon && w[h] != ':')) {
      colon = w[h] == ':';
      found = std::string(w.substr(0, h + 3));
      const std::string_view next = s.substr(j, 3);
      if (next == " AM" || next == " PM" || next == " am" || next == " pm") found += next;
    }
    i = j;
  }
  return found;
}

// A sender's name: up to ": ", short, not empty.
std::string senderBefore(std::string_view s, std::string_view end) {
  const std::size_t colon = s.find(end);
  if (colon == 0 || colon == std::string_view::npos || colon > 80) return {};
  return std::string(s.substr(0, colon));
}

std::string joined(const std::string& sender, const std::string& time) {
  return sender.empty() || time.empty() ? std::string() : sender + ", " + time;
}

// The sender and time a line names when it starts a message; "" otherwise.
std::string messageStart(std::string_view line) {
  while (line.substr(0, 3) == "\xE2\x80\x8E") line.remove_prefix(3);  // the left-to-right mark iPhone exports put first
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (!line.empty() && line.front() == '[') {  // [date time] Sender: … or [time, date] Sender: …
    const std::size_t close = line.find(']');
    if (close == std::string_view::npos || close > 40 || close + 2 > line.size() || line[close + 1] != ' ') return {};
    return joined(senderBefore(line.substr(close + 2), ": "), timeIn(line.substr(1, close - 1)));
  }
  if (const std::size_t dash = line.find(" - "); dash != std::string_view::npos && dash <= 30 && !line.empty() && digit(line.front()))
    return joined(senderBefore(line.substr(dash + 3), ": "), timeIn(line.substr(0, dash)));
  if (const std::size_t open = line.rfind(", ["); open != std::string_view::npos && !line.empty() && line.back() == ']' &&
      line.size() - open <= 40)
    return joined(std::string(line.substr(0, open)), timeIn(line.substr(open + 3, line.size() - open - 4)));
  return {};
}

}  // namespace

std::string chatMessageFrom(std::string_view chat, std::size_t at) {
  if (at > chat.size()) at = chat.size();
  std::size_t end = chat.find('\n', at);
  if (end == std::string_view::npos) end = chat.size();
  // A line "Name: …" that names no time is a message of its own (a chat
  // copied without times): not the message above it.
  const std::size_t lineStart = at == 0 || chat.rfind('\n', at - 1) == std::string_view::npos ? 0 : chat.rfind('\n', at - 1) + 1;
  const std::string_view before = chat.substr(lineStart, at - lineStart);
  if (messageStart(chat.substr(lineStart, end - lineStart)).empty() && before.find(": ") != std::string_view::npos) return {};
  // Line by line upwards, at most 200 lines (a message is rarely longer).
  for (int lines = 0; lines < 200; ++lines) {
    const std::size_t start = end == 0 ? 0 : chat.rfind('\n', end - 1) == std::string_view::npos ? 0 : chat.rfind('\n', end - 1) + 1;
    std::string_view line = chat.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (std::string from = messageStart(line); !from.empty()) return from;
    if (start == 0) break;
    end = start - 1;
  }
  return {};
}

}  // namespace lestari
