#pragma once
// Functions implemented in JavaScript (web/library_lestari.js).
extern "C" {
void lestari_js_download(const char* fileName, const char* text);
void lestari_js_pick_file();
// Returns a malloc'd UTF-8 string (caller frees) or null when absent.
char* lestari_js_storage_get(const char* key);
// 0 ok, 1 quota exceeded, 2 storage unavailable.
int lestari_js_storage_set(const char* key, const char* value);
void lestari_js_storage_remove(const char* key);
void lestari_js_clipboard_set(const char* text);
void lestari_js_text_input(int active);
void lestari_js_set_cursor(const char* css);
void lestari_js_ready(const char* version);
}
