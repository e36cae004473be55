#!/usr/bin/env python3
"""Finishes the linked page (dist/lestari.html, also served as index.html).

- The one-file page carries its WebAssembly gzip-compressed by zopfli, in a
  base64 data block, instead of the binary in base64 inside the script: less
  than half the size. web/glue/ decompresses it with the browser's own
  DecompressionStream.
- The Content-Security-Policy: no 'unsafe-inline' anywhere. The page's own
  inline <script> and <style> blocks are allowed by their SHA-256 hashes; the
  page (hosted as index.html or opened as lestari.html, the same file)
  fetches nothing at all (connect-src 'none').
- The JavaScript (the page's script) is minified by terser: local names
  shortened, dead code dropped.
- The page's own source: what comes before the data blocks and after the
  script, in a JSON block, so that the page can write itself out byte for
  byte ("Save for offline", web/glue/ savePage) from any copy, also one
  that a browser saved from its changed DOM. Checked here: rebuilding the
  page from its parts as web/glue/saving.js does gives exactly this file.


Usage: finish_page.py <page.html> [<workbook writer .wasm>]
"""
import json
import base64
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

EMBEDDED_WASM = re.compile(r"data:application/octet-stream;base64,([A-Za-z0-9+/=]+)")


def deflate_best(data):
    """gzip as small as Debian's zopfli makes it (about 4 % under gzip -9,
    still plain gzip for DecompressionStream); gzip -9 when it is missing."""
    zopfli = shutil.which("zopfli")
    if not zopfli:
        print("finish_page.py: zopfli not found, using gzip -9 (bigger page)", file=sys.stderr)
        return gzip.compress(data, compresslevel=9, mtime=0)
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "m.wasm")
        with open(raw, "wb") as f:
            f.write(data)
        return subprocess.run([zopfli, "--gzip", "--i10", "-c", raw], check=True, stdout=subprocess.PIPE).stdout


# The compressed WebAssembly travels in base64 in an inert data block before
# the program (not inside the script as a string the JavaScript parser would
# have to read): web/glue/ decodes it with atob. Base64 rather than a denser
# text encoding: it costs a third more as it is, but gzips back almost to the
# payload, and both budgets (420 KB raw, 290 KB gzipped) hold with it.
DATA_BLOCK = '<script type="application/octet-stream" id="lestari-wasm" data-bytes="%d">%s</script>\n'




def compress_wasm(html):
    m = EMBEDDED_WASM.search(html)
    if not m:
        sys.exit("finish_page.py: no embedded WebAssembly found")
    wasm = base64.b64decode(m.group(1))
    if wasm[:4] != b"\0asm":
        sys.exit("finish_page.py: the embedded data is not WebAssembly")
    packed = deflate_best(wasm)
    html = html[:m.start(1)] + html[m.end(1):]  # the script keeps an empty data URL
    first_script = html.index("<script>")
    return html[:first_script] + DATA_BLOCK % (len(packed), base64.b64encode(packed).decode("ascii")) + html[first_script:]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TERSER = os.path.join(ROOT, "node_modules", "terser", "bin", "terser")


def minify_js(code):
    """Emscripten 3.1.6 only strips whitespace; terser (npm, installed by
    scripts/setup.sh) also shortens local names: about a quarter smaller."""
    if not os.path.exists(TERSER):
        print("finish_page.py: terser not installed, JavaScript left as linked", file=sys.stderr)
        return code
    return subprocess.run(["node", TERSER, "--compress", "passes=2", "--mangle", "--toplevel", "--ecma", "2017"], input=code.encode("utf-8"),
                          check=True, stdout=subprocess.PIPE).stdout.decode("utf-8").strip()


def minify_page_script(html):
    """The page's big inline script (the one-file page's whole program)."""
    bodies = list(re.finditer(r"<script>(.*?)</script>", html, flags=re.S))
    if not bodies:
        return html
    big = max(bodies, key=lambda m: len(m.group(1)))
    if len(big.group(1)) < 10000:
        return html
    return html[:big.start(1)] + minify_js(big.group(1)) + html[big.end(1):]


PLACEHOLDER = "LESTARI_CSP"


def hashes(html, tag):
    out = []
    for body in re.findall(r"<%s>(.*?)</%s>" % (tag, tag), html, flags=re.S):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        out.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    return out


# The block that holds the page's own source around its data and script
# (web/glue/ savePage reads it). JSON with "<" escaped: never a "</script".
SOURCE_BLOCK = '<script type="application/json" id="lestari-source">%s</script>\n'


# The text of <style> is in the page once: the source block marks where it
# goes, and the page copies it from its own element (whose text a browser
# keeps exactly, also in a copy saved from the DOM).
INNER = (("style", "\u0001style\u0001"),)


def add_source_block(html):
    start = html.index('<script type="application/octet-stream" id="lestari-wasm"')
    script_open = html.index("<script>", start)
    script_close = html.index("</script>", script_open) + len("</script>")
    before = html[:start]
    for tag, mark in INNER:
        body = re.search(r"<%s>(.*?)</%s>" % (tag, tag), before, flags=re.S)
        before = before[:body.start(1)] + mark + before[body.end(1):]
    source = json.dumps({"before": before, "after": html[script_close:]}, ensure_ascii=False, separators=(",", ":"))
    return html[:start] + SOURCE_BLOCK % source.replace("<", "\\u003c") + html[start:]


def rebuild(html):
    """The page from its parts, exactly as web/glue/ pageSource does."""
    src = re.search(r'<script type="application/json" id="lestari-source">(.*?)</script>', html, flags=re.S)
    wasm = re.search(r'<script type="application/octet-stream" id="lestari-wasm" data-bytes="(\d+)">([^<]*)</script>', html)
    script = re.search(r"<script>(.*?)</script>", html[wasm.end():], flags=re.S)
    parts = json.loads(src.group(1))
    before = parts["before"]
    for tag, mark in INNER:
        before = before.replace(mark, re.search(r"<%s>(.*?)</%s>" % (tag, tag), html, flags=re.S).group(1))
    return (before + SOURCE_BLOCK % src.group(1) + DATA_BLOCK % (int(wasm.group(1)), wasm.group(2)) +
            "<script>" + script.group(1) + "</script>" + parts["after"])


def main():
    path = sys.argv[1]
    html = open(path, encoding="utf-8").read()
    if PLACEHOLDER not in html:
        sys.exit("finish_page.py: no %s placeholder in %s" % (PLACEHOLDER, path))
    html = compress_wasm(html)
    html = minify_page_script(html)
    policy = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(hashes(html, "script") + ["'wasm-unsafe-eval'"]),
        "connect-src 'none'",
        "style-src " + " ".join(hashes(html, "style") or ["'none'"]),
        "img-src data:",
        # A hosted copy over https: its service worker and manifest (web/sw.js).
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    html = add_source_block(html.replace(PLACEHOLDER, policy))
    if rebuild(html) != html:
        sys.exit("finish_page.py: the page cannot rebuild itself from its parts")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
