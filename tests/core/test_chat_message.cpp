// Who sent the message a share code stands in, as each chat app writes its
// exports and copies: a damaged code is then named "Pak Hendra, 10.04".
#include <doctest/doctest.h>

#include "core/report/chat_message.h"
#include "core/report/share_code.h"
#include "core/room/aggregate.h"
#include "helpers.h"

using namespace lestari;
using namespace lestari::test;

namespace {
// The sender and time of the message holding the first "LST1" in chat.
std::string from(const std::string& chat) { return chatMessageFrom(chat, chat.find("LST1")); }
}  // namespace

TEST_CASE("a message's sender and time, in each chat's own writing") {
  CHECK(from("7/12/26 10.04 - Pak Hendra: hasil saya LST1abc") == "Pak Hendra, 10.04");                 // Android, Indonesian
  CHECK(from("07/12/2026, 10:04 - Bu Sari: LST1abc") == "Bu Sari, 10:04");                              // Android, English
  CHECK(from("12/7/26, 9:41 AM - Joko: LST1abc") == "Joko, 9:41 AM");
  CHECK(from("[07/12/26 10.04.23] Pak Hendra: LST1abc") == "Pak Hendra, 10.04");                        // iPhone
  CHECK(from("\xE2\x80\x8E[7/12/26, 10:04:23 AM] Pak Hendra: LST1abc") == "Pak Hendra, 10:04 AM");
  CHECK(from("[07.12.26 10.04.23] Pak Hendra: LST1abc") == "Pak Hendra, 10.04");                        // a date that looks like a time
  CHECK(from("[10.04, 7/12/2026] Pak Hendra: LST1abc") == "Pak Hendra, 10.04");                         // WhatsApp Web, copied
  CHECK(from("Pak Hendra, [07.12.26 10:04]\nLST1abc") == "Pak Hendra, 10:04");                           // Telegram desktop, copied
  // A message of several lines: the code on a later line is still that message's.
  CHECK(from("7/12/26 10.04 - Pak Hendra: Ini hasil tim kami\nsudah dicek\r\nLST1abc\n7/12/26 10.05 - Bu Sari: ok") ==
        "Pak Hendra, 10.04");
  // Nothing to go by: no header above, or a line of its own with a name and no time.
  CHECK(from("LST1abc") == "");
  CHECK(from("tolong dicek\nLST1abc") == "");
  CHECK(from("7/12/26 10.04 - Pak Hendra: halo\nPeserta 13: LST1abc") == "");
  CHECK(from("7/12/26 10.04 - : LST1abc") == "");            // no sender
  CHECK(from("[catatan panjang tanpa waktu] Rapat: LST1abc") == "");
}

TEST_CASE("a damaged code in an exported chat is listed by its message, a sound one by its line") {
  const Checklist& c = checklist();
  Assessment a = allAt(2);
  setProfileValue(a, c, "name", "Si Ikan Nila");
  const std::string code = *shareCode(a, c, "2026-12-07T03:04:00Z").value;
  std::string broken = code;
  broken.pop_back();
  const std::string chat = "7/12/26 10.02 - Bu Sari: " + code + "\n7/12/26 10.04 - Pak Hendra: punya kami\n" + broken + "\n";
  const RoomData g = aggregate(c, {{"chat.txt", chat}});
  REQUIRE(g.reports.size() == 1);
  REQUIRE(g.failed.size() == 1);
  CHECK(g.reports[0].file == "chat.txt:1");
  CHECK(g.failed[0].file == "Pak Hendra, 10.04 (chat.txt:3)");
  CHECK(g.codes == 2);
}
