#pragma once
// Who sent the message at a place in a chat, and when, as the chat apps
// write it in an export or a copy: "Pak Hendra, 10.04". A damaged share code
// is then named by its message, not by a line the trainer would have to count.
#include <cstddef>
#include <string>
#include <string_view>

namespace lestari {

// The sender and time of the message that holds byte `at` of `chat`: its
// own line or the nearest line above it that starts a message. Lines that
// start a message, as WhatsApp and Telegram write them:
//   7/12/26 10.04 - Pak Hendra: …            (Android export; also "07/12/2026, 10:04 - …", "… 10:04 AM - …")
//   [07/12/26 10.04.23] Pak Hendra: …        (iPhone export; also "[7/12/26, 10:04:23 AM] …")
//   [10.04, 7/12/2026] Pak Hendra: …         (WhatsApp Web or desktop, messages copied)
//   Pak Hendra, [07.12.26 10:04]             (Telegram desktop, messages copied; the text below)
// "" when no line above names one, or when the code's own line starts
// "Name: " with no time (a message of its own, copied without times). The
// time is written as the chat wrote it, without seconds.
std::string chatMessageFrom(std::string_view chat, std::size_t at);

}  // namespace lestari
