#pragma once
// SHA-256, for the Content-Security-Policy hash of the printable summary's
// own stylesheet ('sha256-<base64>').
#include <string>
#include <string_view>

namespace lestari {

std::string sha256(std::string_view data);        // 32 raw bytes
std::string base64(std::string_view bytes);        // standard alphabet, padded

}  // namespace lestari
