#pragma once
// Functions implemented in JavaScript (web/library_lestari.js). Text crosses
// with its length (never on the stack); storage values are copied exactly.
extern "C" {
void lestari_js_download(const char* fileName, const char* text, int textLen);
// Downloads a stored value exactly as stored (unpaired surrogates as WTF-8).
void lestari_js_download_stored(const char* key, const char* fileName);
void lestari_js_download_workbook(const char* fileName, const char* bytes, int size);
void lestari_js_share(const char* fileName, const char* text, int textLen, const char* title);
void lestari_js_pick_file(int many);  // the picker for one file, or for many
// Downloads the page's own bytes as lestari.html; 0 when it cannot.
int lestari_js_save_page(void);
int lestari_js_print(void);
// A malloc'd copy of the value (caller frees) and its length in *len; null
// when absent (*status 0), larger than maxBytes (2) or unavailable (3).
char* lestari_js_storage_get(const char* key, int maxBytes, int* len, int* status);
// 0 ok, 1 quota exceeded, 2 storage unavailable.
int lestari_js_storage_set(const char* key, const char* value, int valueLen);
// Copies from -> to, reads the copy back, and only then removes from. Same codes.
int lestari_js_storage_move(const char* from, const char* to);
void lestari_js_storage_remove(const char* key);
// The keys starting with prefix, as a malloc'd JSON array (caller frees).
char* lestari_js_storage_keys(const char* prefix);
// The room kept across page loads (app::Host::keepRoom and the rest).
void lestari_js_keep_room(const char* id, const char* text, int textLen, const char* about, const char* replaces);
void lestari_js_forget_room(const char* id);  // null: every kept room
void lestari_js_list_rooms(void);
void lestari_js_read_room(const char* id);
void lestari_js_clipboard_set(const char* text);
void lestari_js_text_input(int mode);  // 0 none, 1 text, 2 digits
void lestari_js_set_cursor(const char* css);
void lestari_js_set_leave_guard(int on);
void lestari_js_screen_shown(const char* route);
void lestari_js_ready(const char* version);
// A character drawn by the browser's fonts for a line px tall (baseline px
// from its top, the em em px): malloc'd RGBA rows (caller frees), or null;
// info gets width, height, advance and 1 when it is in colour.
void* lestari_js_draw_glyph(unsigned codePoint, int px, int baseline, double em, int* info);
// 1 on a device whose only pointer is a finger (a phone, a tablet).
int lestari_js_touch_first(void);
// The canvas's body font (TTF bytes), for the page's own text (web/glue/).
void lestari_js_font_face(const char* ttf, int len);
// The frame's semantics as JSON (src/platform/web/mirror.cpp), and the
// milliseconds it took to build them (for the benchmark).
void lestari_js_semantics(const char* json, int len, double buildMs);
// Where the keyboard focus is: 0 the canvas (or nothing), 1 the accessible
// mirror, 2 an element that is not the app's (its keys are not the app's).
int lestari_js_key_target(void);
// Tab on the canvas: the focus moves on in the mirror, from the canvas's focused item.
// typed: text typed after the Tab, for the element it reaches ("" for none).
void lestari_js_tab(int backwards, const char* typed);
}
