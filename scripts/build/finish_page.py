#!/usr/bin/env python3
"""Finishes a linked page (dist/index.html or dist/lestari.html).

- The one-file page carries its WebAssembly gzip-compressed by zopfli, in a
  base64 data block, instead of the binary in base64 inside the script: less
  than half the size. web/glue.js decompresses it with the browser's own
  DecompressionStream.
- The Content-Security-Policy: no 'unsafe-inline' anywhere. The page's own
  inline <script> and <style> blocks are allowed by their SHA-256 hashes; the
  hosted page loads index.js and index.wasm from its own origin, the single
  file fetches nothing at all (connect-src 'none').
- The JavaScript (index.js, or the one-file page's script) is minified by
  terser: local names shortened, dead code dropped.

Usage: finish_page.py <page.html> hosted|single
"""
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
# have to read): web/glue.js decodes it with atob. Base64 rather than a denser
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


def main():
    path, mode = sys.argv[1], sys.argv[2]
    html = open(path, encoding="utf-8").read()
    if PLACEHOLDER not in html:
        sys.exit("finish_page.py: no %s placeholder in %s" % (PLACEHOLDER, path))
    if mode == "single":
        html = minify_page_script(compress_wasm(html))
    else:
        # (index.js is written afresh by every link, before this runs once.)
        js = os.path.join(os.path.dirname(path), "index.js")
        with open(js, encoding="utf-8") as f:
            code = f.read()
        with open(js, "w", encoding="utf-8") as f:
            f.write(minify_js(code))
    scripts = hashes(html, "script")
    if mode == "hosted":
        script_src, connect_src = ["'self'"] + scripts, "'self'"
    else:
        script_src, connect_src = scripts, "'none'"
    policy = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(script_src + ["'wasm-unsafe-eval'"]),
        "connect-src " + connect_src,
        "style-src " + " ".join(hashes(html, "style") or ["'none'"]),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    html = html.replace(PLACEHOLDER, policy)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
